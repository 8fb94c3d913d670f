#!/usr/bin/env bash
# The example's stand-in status: a service runs when deploy.sh recorded a version for it.
set -euo pipefail
root=${DEPLOY_ROOT:-${RUNNER_TEMP:-/tmp}/monorepo-example}
if [ -s "$root/$DEPLOY_SERVICE" ]; then
  echo "$DEPLOY_SERVICE runs $(cat "$root/$DEPLOY_SERVICE")"
else
  echo "$DEPLOY_SERVICE is not running"
  exit 1
fi
