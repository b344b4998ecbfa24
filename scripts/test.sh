#!/usr/bin/env bash
# Runs every test on a fresh machine: set-up, then unit, provenance, build and end-to-end tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
pnpm exec turbo run build typecheck test e2e --output-logs=errors-only --concurrency=2 "$@"
