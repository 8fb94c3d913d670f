#!/usr/bin/env bash
# status-command: up when the live colour's process runs.
set -euo pipefail
run_dir="${DEMO_RUN_DIR:?}"
live="$(cat "$run_dir/live" 2>/dev/null || echo blue)"
pid_file="$run_dir/$live.pid"
if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
  echo "$live is running"
else
  echo "$live is not running"
  exit 1
fi
