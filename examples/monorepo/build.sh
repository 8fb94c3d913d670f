#!/usr/bin/env bash
# The example's stand-in build: names the image it would build from the service's folder.
set -euo pipefail
echo "image=registry.example.com/$DEPLOY_SERVICE:${DEPLOY_VERSION:0:12}"
