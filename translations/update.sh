#!/usr/bin/env bash
# Refreshes translations/hoist_*.ts from the sources with lupdate and lists what is left to
# translate per language; with --check, changes nothing and fails when a string is missing,
# unfinished or no longer used (the ctest translations_complete runs that).
#
#   translations/update.sh            # refresh the .ts files, list unfinished strings,
#                                     # write them to $TODO_DIR/<lang>.json (default /tmp/hoist-tr)
#   (fill the "" values in /tmp/hoist-tr/de.json, es.json, fr.json, pt_BR.json)
#   translations/update.sh --apply    # writes them into the .ts files, marked finished
#   translations/update.sh --check    # what CI runs
#
# Sources: app/ and ui/, without app/cli (hoist-cli speaks English) and app/sandbox (no tr()).
# hoist_en.ts keeps only the English plural forms (lupdate -pluralonly).
# LUPDATE may name the lupdate binary (default: Qt 6's, then PATH).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
mode=${1:-update}
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for c in /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate "$(command -v lupdate || true)"; do
        [ -n "$c" ] && [ -x "$c" ] && { lupdate=$c; break; }
    done
fi
[ -n "$lupdate" ] || { echo "lupdate not found (apt install qt6-l10n-tools, or set LUPDATE)" >&2; exit 2; }

cd "$root"
mapfile -t sources < <(find app ui \( -name '*.cpp' -o -name '*.h' \) \
    -not -path 'app/cli/*' -not -path 'app/sandbox/*' | LC_ALL=C sort)

run_lupdate() { # <ts file> [extra options]
    local ts=$1; shift
    # lupdate 6.4 never returns on some constructs (e.g. translate(…, n) with n written int(x / 60));
    # a time limit turns that into an error instead of a hang.
    if ! timeout 120 "$lupdate" -silent -locations none -no-obsolete "$@" "${sources[@]}" -ts "$ts"; then
        echo "lupdate failed or hung on $ts (a functional cast as translate()'s count argument hangs it)" >&2
        exit 2
    fi
}

update_dir() { # <dir with hoist_*.ts>
    for ts in "$1"/hoist_*.ts; do
        case $(basename "$ts") in
            hoist_en.ts) run_lupdate "$ts" -pluralonly ;;
            *) run_lupdate "$ts" ;;
        esac
    done
}

if [ "$mode" = "--check" ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp "$here"/hoist_*.ts "$tmp"/
    update_dir "$tmp"
    exec python3 "$here/ts_tool.py" check "$here" "$tmp"
fi

todo=${TODO_DIR:-/tmp/hoist-tr}
if [ "$mode" = "--apply" ]; then
    for json in "$todo"/*.json; do
        lang=$(basename "$json" .json)
        [ -f "$here/hoist_$lang.ts" ] || { echo "no translations/hoist_$lang.ts for $json" >&2; exit 2; }
        python3 "$here/ts_tool.py" apply "$here/hoist_$lang.ts" "$json"
    done
    update_dir "$here" # lupdate's own layout, so the diff shows only the new translations
    exec python3 "$here/ts_tool.py" status "$here"/hoist_*.ts
fi

update_dir "$here"
mkdir -p "$todo"
for ts in "$here"/hoist_*.ts; do
    lang=$(basename "$ts" .ts); lang=${lang#hoist_}
    python3 "$here/ts_tool.py" status "$ts"
    python3 "$here/ts_tool.py" export "$ts" "$todo/$lang.json"
done
echo "Fill the \"\" values in $todo/<lang>.json (plural messages: a list of forms), then: translations/update.sh --apply"
