#!/usr/bin/env bash
# The example's stand-in deploy: "runs" a service by recording its version under $DEPLOY_ROOT.
# Yours would be e.g. `docker compose up -d --build "$DEPLOY_SERVICE"` or
# `kubectl apply -k "$DEPLOY_SERVICE_PATH/deploy"`.
set -euo pipefail
root=${DEPLOY_ROOT:-${RUNNER_TEMP:-/tmp}/monorepo-example}
mkdir -p "$root"
printf '%s\n' "$DEPLOY_VERSION" > "$root/$DEPLOY_SERVICE"
printf '%s %s (%s) at %s\n' "$DEPLOY_OPERATION" "$DEPLOY_SERVICE" "$DEPLOY_SERVICE_PATH" "$DEPLOY_VERSION" | tee -a "$root/deploys.log"
