#!/usr/bin/env bash
# switch-command: points the router at DEPLOY_COLOR (an atomic rename, as a load balancer would).
set -euo pipefail
run_dir="${DEMO_RUN_DIR:?}"
echo "${DEPLOY_COLOR:?}" >"$run_dir/live.tmp"
mv "$run_dir/live.tmp" "$run_dir/live"
echo "traffic now goes to ${DEPLOY_COLOR}"
