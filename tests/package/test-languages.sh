#!/usr/bin/env bash
# Starts hoist (the built or the installed one) in each language, offscreen:
#  - with the system's language (LANG/LANGUAGE) and with --language, its --help must speak it;
#  - `hoist --sandbox` in that language must come up and keep running (no crash at start).
# Settings and data go to a temporary home. Usage: test-languages.sh <path to hoist>
set -euo pipefail
hoist=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
fail() { echo "FAIL: $*" >&2; exit 1; }

declare -A expect=(
    [de]="Dateien und Ordner zu Procore hochladen."
    [es]="Subir archivos y carpetas a Procore."
    [fr]="Envoyer des fichiers et des dossiers vers Procore."
    [pt_BR]="Enviar arquivos e pastas para o Procore."
    [en]="Upload files and folders to Procore."
)
for lang in de es fr pt_BR en; do
    want=${expect[$lang]}
    out=$(env -u LC_ALL -u LC_MESSAGES LANG="$lang.UTF-8" LANGUAGE="$lang" "$hoist" --help 2>&1) || fail "$lang: --help failed"
    grep -qF "$want" <<<"$out" || fail "$lang: the system language was not followed; --help said: $(head -3 <<<"$out")"
    out=$(env LANG=C.UTF-8 LANGUAGE= "$hoist" --language "$lang" --help 2>&1) || fail "$lang: --language --help failed"
    grep -qF "$want" <<<"$out" || fail "$lang: --language was not followed; --help said: $(head -3 <<<"$out")"
    set +e
    LANG=C.UTF-8 timeout -s TERM 3 "$hoist" --sandbox --language "$lang" >"$home/run-$lang.log" 2>&1
    rc=$?
    set -e
    [ "$rc" -eq 124 ] || { cat "$home/run-$lang.log" >&2; fail "$lang: hoist --sandbox exited early (status $rc)"; }
    echo "$lang: OK"
done
echo "hoist starts in every language"
