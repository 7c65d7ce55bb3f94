#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium (Playwright's browser download does not work here), and the
# printed report's test renders its PDF pages with poppler's pdftoppm: both come from Debian's packages.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
if [ ! -x "$chromium_path" ]; then missing+=(chromium); fi
if ! command -v pdftoppm >/dev/null 2>&1; then missing+=(poppler-utils); fi
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Installing Debian's ${missing[*]} (not found)…"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
if [ -x "$chromium_path" ]; then echo "Chromium: $("$chromium_path" --version)"; fi
echo "pdftoppm: $(pdftoppm -v 2>&1 | head -n 1)"
