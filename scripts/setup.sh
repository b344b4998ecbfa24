#!/usr/bin/env bash
# Everything a fresh machine needs before bangfu builds: Debian Chromium (for the end-to-end tests),
# a CJK font, pnpm 10, and the workspace's dependencies from the lockfile. Node 24 itself comes
# from the registry as the root devDependency `node`, so system Node 20 is enough to start.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PNPM_VERSION=10.34.8
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qiE 'wqy|noto.*cjk' || need_apt+=(fonts-wqy-microhei)
if [ "${#need_apt[@]}" -gt 0 ] && [ "${BANGFU_SKIP_BROWSER:-}" != 1 ]; then
  echo "setup: installing ${need_apt[*]} from Debian" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >&2
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm@$PNPM_VERSION" >&2
  npm install -g --silent "pnpm@$PNPM_VERSION" >&2 || true
fi
if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
  pnpm() { command pnpm "$@"; }
else
  pnpm() { npx -y "pnpm@$PNPM_VERSION" "$@"; }
fi

pnpm install --frozen-lockfile >&2

# The SDK's data is compiled from content/ (packages/sdk/build/compile-content.ts); the CLI and the
# tests read the result, so set-up compiles it once (the build does it again whenever content changes).
pnpm --filter @bangfu/sdk run generate >&2
