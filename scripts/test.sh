#!/usr/bin/env bash
# The README's test command: everything the suite needs on a fresh machine, then the suite.
# System tools come from Debian's packages (installed when missing, as root or with sudo);
# Node packages from the lock file; the suite runs on Node 24, the action's runtime (scripts/node24.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
command -v git >/dev/null 2>&1 || need+=(git)
# The metric checks' tests start their own Prometheus (loopback, temp folder); the package's own
# service, which some setups start on install, is not used.
[ -x /usr/bin/prometheus ] || need+=(prometheus)
# The Kubernetes test server makes its CA and certificates with openssl (test/servers/kubernetes/pki.ts).
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${need[@]}" >/dev/null
fi

# Install dependencies when missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
# The integration tests run the committed bundle; build it when it is missing.
[ -f dist/index.js ] || node scripts/package.mjs

# Everything the suite starts (the bundle, `node` in test commands) runs on the same Node 24.
node24=$(bash scripts/node24.sh)
export PATH="$node24:$PATH"
echo "Tests under Node $(node --version)" >&2
exec node node_modules/vitest/vitest.mjs run "$@"
