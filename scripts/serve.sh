#!/usr/bin/env bash
# Builds the site and serves it on localhost (prints the URL).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -f apps/site/package.json ]; then
  echo "serve: the site (apps/site) does not exist yet; the SDK and CLI work (see README, 'Status')." >&2
  exit 1
fi
BANGFU_SKIP_BROWSER=1 source scripts/setup.sh
pnpm exec turbo run build --filter=@bangfu/site... --output-logs=errors-only
pnpm --filter @bangfu/site run preview
