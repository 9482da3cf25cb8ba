#!/usr/bin/env bash
# Installs the browsers the end-to-end tests drive: Debian's Chromium and
# Firefox ESR (Playwright 1.64.1 drives both; see shared/docs/e2e-recipes.md).
# Idempotent: packages that are already installed are skipped, and apt is
# not touched at all when everything is present.
#   usage: sudo bash scripts/install-browsers.sh   (or as root)
set -euo pipefail

packages=(chromium firefox-esr)
# For `npm run demo`: xvfb (xvfb-run, on machines without a display) and a
# colour emoji font (the site copies use emoji). Skip with SL_NO_DEMO_EXTRAS=1.
[ "${SL_NO_DEMO_EXTRAS:-0}" = "1" ] || packages+=(xvfb fonts-noto-color-emoji)

missing=()
for p in "${packages[@]}"; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    echo "install-browsers: $p already installed ($(dpkg-query -W -f='${Version}' "$p"))"
  else
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-browsers: nothing to do"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-browsers: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-browsers: installing ${missing[*]}"
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"

# Sanity check: the binaries the Playwright config points at.
for bin in /usr/lib/chromium/chromium /usr/bin/firefox-esr; do
  [ -x "$bin" ] || { echo "install-browsers: expected $bin after install" >&2; exit 1; }
done
echo "install-browsers: done"
