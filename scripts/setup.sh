#!/usr/bin/env bash
# Sets up and builds everything on a fresh Debian machine: the browsers the
# end-to-end tests drive (Debian's chromium and firefox-esr), the npm
# packages (exactly as locked), the CLI, both extension builds and the
# local test pages. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-browsers.sh
npm ci --no-audit --no-fund
npm run build:cli
npx wxt build
npx wxt build -b firefox
npx wxt zip -b firefox >/dev/null
if [ -f scripts/build-test-pages.mjs ]; then node scripts/build-test-pages.mjs; fi
echo "Second Look is set up: run 'npm test'."
