#!/usr/bin/env bash
# Runs every test: type check, unit tests (engine, packs, CLI, extension
# modules), the release zips (checked for keys) and Mozilla's add-on lint,
# then the end-to-end suite in Debian's Chromium and Firefox ESR with the
# built extension, including the managed-policy tests that write real policy
# files under /etc (root needed, as on CI). Expects `npm run setup` to have run.
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
echo "== packaging: Chrome, Firefox and sources zips (no keys), Firefox add-on lint"
npm run --silent zip >"$logs/zip.txt" 2>&1 || { cat "$logs/zip.txt"; exit 1; }
tail -n 1 "$logs/zip.txt"
npm run --silent lint:firefox >"$logs/lint.txt" 2>&1 || { cat "$logs/lint.txt"; exit 1; }
echo "web-ext lint: $(grep -E '^(errors|warnings) ' "$logs/lint.txt" | tr -s ' ' | paste -sd ' ')"
e2e=0
if [ -f playwright.config.ts ]; then
  echo "== end-to-end tests"
  npx playwright test 2>&1 | tee "$logs/e2e.txt"
  e2e=$(count "$logs/e2e.txt" '^ *[0-9]+ passed')
fi
echo "unit: ${unit} passed; end-to-end: ${e2e} passed"
echo "$((unit + e2e)) passed, 0 failed"
