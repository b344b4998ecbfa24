#!/usr/bin/env bash
# Builds the site and serves it on localhost (prints the URL).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BANGFU_SKIP_BROWSER=1 source scripts/setup.sh
pnpm exec turbo run build --filter=@bangfu/site... --output-logs=errors-only
pnpm --filter @bangfu/site run preview
