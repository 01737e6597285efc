#!/usr/bin/env bash
# Takes a screenshot of Hoist's main window in the middle of an upload, so anyone can look at it.
#
#   tests/screenshot.sh [BUILD_DIR] [OUTPUT_PNG]     (defaults: build/debug, tests/screenshots/mainwindow.png)
#
# Builds nothing. Runs `BUILD_DIR/ui/hoist --sandbox --demo`: the built-in sandbox, plus a demo
# driver that writes ten generated sample files (random bytes, construction-style names, 47 MB)
# to a temporary folder, picks Summit Ridge Builders › its first project › Drawings/Architectural
# through the destination bar, adds the files like a drop and presses Upload. --demo also slows
# the sandbox's storage to 0.7 MB/s per request, so the picture catches rows done, uploading
# and queued, and has the sandbox refuse the first storage POST once (403, which the engine does
# not retry), so a failed row with its reason shows too. Everything else is the real window and
# the real upload engine.
#
# Uses $DISPLAY when set (HOIST_SCREENSHOT_USE_DISPLAY=1), otherwise a virtual display (xvfb-run).
# Settings go to a throwaway XDG_CONFIG_HOME so earlier runs do not change the picture.
# HOIST_SCREENSHOT_DELAY: seconds between the window appearing and the picture (default 8).
# HOIST_SCREENSHOT_SCALE=2: a high-DPI picture (QT_SCALE_FACTOR=2 on a twice as large screen).
# HOIST_SCREENSHOT_THEME=light|dark: the Appearance chosen in Settings (default: the system's).
# HOIST_SCREENSHOT_SIZE=WxH: the window's size in logical pixels (default 1280x800).
# HOIST_SCREENSHOT_ARGS: hoist's arguments instead of "--sandbox --demo" (set and empty: the first
# start of a fresh installation: the sign-in page).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build/debug}" && pwd)
out=${2:-$here/screenshots/mainwindow.png}
scale=${HOIST_SCREENSHOT_SCALE:-1}
size=${HOIST_SCREENSHOT_SIZE:-1280x800}
width=$((${size%x*} * scale))
height=$((${size#*x} * scale))

if [ -z "${HOIST_SCREENSHOT_INNER:-}" ] && { [ -z "${DISPLAY:-}" ] || [ -z "${HOIST_SCREENSHOT_USE_DISPLAY:-}" ]; }; then
    export HOIST_SCREENSHOT_INNER=1
    exec xvfb-run --auto-servernum --server-args="-screen 0 ${width}x${height}x24 -nolisten tcp" \
        "$0" "$build" "$out"
fi

hoist="$build/ui/hoist"
[ -x "$hoist" ] || { echo "no $hoist: build first (cmake --build --preset debug)" >&2; exit 1; }
mkdir -p "$(dirname "$out")"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hoist-screenshot.XXXXXX")
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"
export QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$scale"
if [ -n "${HOIST_SCREENSHOT_THEME:-}" ]; then
    mkdir -p "$XDG_CONFIG_HOME/Hoist"
    printf '[appearance]\ntheme=%s\n' "$HOIST_SCREENSHOT_THEME" > "$XDG_CONFIG_HOME/Hoist/Hoist.conf"
fi

# shellcheck disable=SC2086 # the arguments are words
"$hoist" ${HOIST_SCREENSHOT_ARGS---sandbox --demo} -geometry "$((width / scale))x$((height / scale))+0+0" >"$tmp/hoist.log" 2>&1 &
pid=$!

# Wait (up to 20 s) for the window to be mapped, then let the upload run for a while.
for _ in $(seq 1 200); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"[^"]*Hoist"'; then break; fi
    kill -0 "$pid" 2>/dev/null || { echo "hoist exited early:" >&2; cat "$tmp/hoist.log" >&2; exit 1; }
    sleep 0.1
done
sleep "${HOIST_SCREENSHOT_DELAY:-8}"
kill -0 "$pid" 2>/dev/null || { echo "hoist exited early:" >&2; cat "$tmp/hoist.log" >&2; exit 1; }

import -window root "$out"
echo "saved $out"
