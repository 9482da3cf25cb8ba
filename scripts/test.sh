#!/usr/bin/env bash
# Runs every test: type check, unit tests (engine, packs, CLI, extension
# modules), then the end-to-end suite in Debian's Chromium and Firefox ESR
# with the built extension. Expects `npm run setup` to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
count() { sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -oE "$2" | grep -oE '[0-9]+' | tail -n 1 || echo 0; }

echo "== type check"
npx tsc --noEmit
echo "== unit tests"
npx vitest run 2>&1 | tee "$logs/unit.txt"
unit=$(count "$logs/unit.txt" 'Tests +[0-9]+ passed')
e2e=0
if [ -f playwright.config.ts ]; then
  echo "== end-to-end tests"
  npx playwright test 2>&1 | tee "$logs/e2e.txt"
  e2e=$(count "$logs/e2e.txt" '^ *[0-9]+ passed')
fi
echo "unit: ${unit} passed; end-to-end: ${e2e} passed"
echo "$((unit + e2e)) passed, 0 failed"
