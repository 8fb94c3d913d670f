#!/usr/bin/env bash
# Prints the directory of a Node 24 binary: this machine's node when it is 24 or later, else Node 24
# from the npm registry (the package node-linux-<arch>), installed once into a cache folder.
# The action runs on node24 (action.yml), and the Kubernetes client's undici 8 needs Node >= 22.19,
# so the suite runs on the runtime the action has, whatever Node this machine came with.
set -euo pipefail
version=24.22.3
if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 24 ]; then
  dirname "$(command -v node)"
  exit 0
fi
arch=$(node -p 'process.arch')
cache="${XDG_CACHE_HOME:-$HOME/.cache}/deploy-orchestrator/node-v$version-linux-$arch"
bin="$cache/node_modules/node-linux-$arch/bin"
if [ ! -x "$bin/node" ]; then
  echo "Installing Node $version from the npm registry (node-linux-$arch) into $cache" >&2
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --no-audit --no-fund --silent "node-linux-$arch@$version" >&2
fi
"$bin/node" --version >/dev/null
echo "$bin"
