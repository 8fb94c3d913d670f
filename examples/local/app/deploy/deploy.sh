#!/usr/bin/env bash
# deploy-command: (re)starts the service for DEPLOY_COLOR with DEPLOY_VERSION on that colour's port.
set -euo pipefail
color="${DEPLOY_COLOR:-blue}"
port_var="DEMO_${color^^}_PORT"
port="${!port_var}"
run_dir="${DEMO_RUN_DIR:?}"
if [ -f "$run_dir/$color.pid" ]; then
  kill "$(cat "$run_dir/$color.pid")" 2>/dev/null || true
  rm -f "$run_dir/$color.pid"
fi
# A rollback redeploys an older version: check it out beside the work tree.
src="$PWD"
if [ "${DEPLOY_OPERATION}" = "rollback" ] && [ -n "${DEPLOY_VERSION}" ]; then
  src="$run_dir/checkout-$DEPLOY_VERSION"
  [ -d "$src" ] || git worktree add --detach --quiet "$src" "$DEPLOY_VERSION"
fi
PORT="$port" VERSION="$DEPLOY_VERSION" nohup node "$src/service.mjs" >>"$run_dir/$color.log" 2>&1 &
echo $! >"$run_dir/$color.pid"
# Wait until it listens (the health checks judge whether it is healthy).
for _ in $(seq 1 50); do
  if node -e "require('net').connect($port,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then
    echo "version ${DEPLOY_VERSION:0:7} listening on $color (port $port)"
    exit 0
  fi
  sleep 0.1
done
echo "version ${DEPLOY_VERSION:0:7} did not start on port $port" >&2
exit 1
