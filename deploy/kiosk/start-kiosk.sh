#!/bin/sh
# Starts Chromium on the exhibition's attract screen with the kiosk flags and a dedicated profile directory.
# Used by exhibition-kiosk.service; EXHIBITION_URL and EXHIBITION_PROFILE_DIR may be set in its environment.
set -eu
here=$(dirname "$0")
url=${EXHIBITION_URL:-http://127.0.0.1:4173/kiosk/}
profile=${EXHIBITION_PROFILE_DIR:-/var/lib/exhibition-kiosk/chromium}
mkdir -p "$profile"
# shellcheck disable=SC2046 # one flag per line, no spaces inside a flag
exec /usr/bin/chromium $(grep -v '^#' "$here/chromium-flags.conf" | grep -v '^$') --user-data-dir="$profile" "$url"
