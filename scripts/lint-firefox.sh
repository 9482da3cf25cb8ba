#!/usr/bin/env bash
# npm run lint:firefox: Mozilla's add-on linter on the Firefox build
# (the checks AMO applies). Fails on errors; warnings are listed only
# (Preact's innerHTML and zod's eval probe, both known and harmless here).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${SL_OUT_DIR:-.output}"
if [ ! -f "$out/firefox-mv2/manifest.json" ]; then npx wxt build -b firefox; fi
npx web-ext lint --source-dir "$out/firefox-mv2" --no-config-discovery
