#!/usr/bin/env bash
# Runs every test: type check, unit tests (engine, packs, CLI, extension
# modules), then the end-to-end suite in Debian's Chromium and Firefox ESR
# with the built extension. Expects `npm run setup` to have run.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== type check"
npx tsc --noEmit
echo "== unit tests"
npx vitest run
if [ -f playwright.config.ts ]; then
  echo "== end-to-end tests"
  npx playwright test
fi
