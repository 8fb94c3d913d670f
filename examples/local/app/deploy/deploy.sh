#!/usr/bin/env bash
# deploy-command: (re)starts the service for DEPLOY_COLOR with DEPLOY_VERSION on that colour's port.
set -euo pipefail
color="${DEPLOY_COLOR:-blue}"
port_var="DEMO_${color^^}_PORT"
port="${!port_var}"
run_dir="${DEMO_RUN_DIR:?}"
# Stop what runs on this colour, and wait until its port is free: until the old process is gone it
# holds the port, where the new one would fail to listen (and the probe below would find the old one).
if [ -f "$run_dir/$color.pid" ]; then
  kill "$(cat "$run_dir/$color.pid")" 2>/dev/null || true
  rm -f "$run_dir/$color.pid"
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
    sleep 0.02
  done
fi
# A rollback redeploys an older version: check it out beside the work tree.
src="$PWD"
if [ "${DEPLOY_OPERATION}" = "rollback" ] && [ -n "${DEPLOY_VERSION}" ]; then
  src="$run_dir/checkout-$DEPLOY_VERSION"
  [ -d "$src" ] || git worktree add --detach --quiet "$src" "$DEPLOY_VERSION"
fi
PORT="$port" VERSION="$DEPLOY_VERSION" nohup node "$src/service.mjs" >>"$run_dir/$color.log" 2>&1 &
pid=$!
echo "$pid" >"$run_dir/$color.pid"
# Wait until it listens (the health checks judge whether it is healthy), and stop waiting at once
# when it exits first: a release that crashes must not hold the deploy (and its users) for seconds.
# The probe is bash's own /dev/tcp: it connects without sending a request, and starts no process.
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "version ${DEPLOY_VERSION:0:7} listening on $color (port $port)"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "version ${DEPLOY_VERSION:0:7} exited before it listened on $color (port $port): see $run_dir/$color.log" >&2
    exit 1
  fi
  sleep 0.05
done
echo "version ${DEPLOY_VERSION:0:7} did not listen on port $port within 5 s" >&2
exit 1
