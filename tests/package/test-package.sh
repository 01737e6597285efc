#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with dpkg into a temporary root (dpkg --root, its own
# dpkg database), checks its metadata, declared dependencies and files, runs the installed
# hoist-cli (its sandbox must answer for real) and starts the installed hoist offscreen in each
# language (tests/package/test-languages.sh).
# Usage: test-package.sh <build-dir>
set -euo pipefail
build=$1
work=$(mktemp -d)
cleanup() { [ -n "${sandbox_pid:-}" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
control=$(dpkg-deb -f "$deb")
grep -q '^Package: hoist$' <<<"$control" || fail "package name"
grep -q '^Depends:.*libqt6core6' <<<"$control" || fail "Qt dependency not declared"
grep -q '^Depends:.*libqt6sql6-sqlite' <<<"$control" || fail "SQLite driver dependency not declared"
grep -q '^Depends:.*libqt6widgets6' <<<"$control" || fail "Qt Widgets dependency not declared"
grep -q '^Depends:.*qt6-qpa-plugins' <<<"$control" || fail "Qt platform plugins dependency not declared"
grep -q '^Recommends:.*qt6-translations-l10n' <<<"$control" || fail "Qt translations not recommended"
# Every declared dependency resolves on this system's package lists (nothing is installed).
if command -v apt-get >/dev/null; then
    apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
        || { cat "$work/apt.log" >&2; fail "the .deb's dependencies do not resolve"; }
fi
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# The root's dpkg database knows none of the system's packages: dependencies are checked above.
dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless --log=/dev/null \
    -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i into a temporary root"; }
dpkg --root="$root" -s hoist 2>/dev/null | grep -q '^Status: install ok installed' || fail "dpkg does not list hoist as installed"
dpkg --root="$root" -L hoist >"$work/files.txt"
for f in usr/bin/hoist usr/bin/hoist-cli usr/share/applications/org.hoist.Hoist.desktop \
         usr/share/metainfo/org.hoist.Hoist.metainfo.xml usr/share/icons/hicolor/scalable/apps/org.hoist.Hoist.svg \
         usr/share/icons/hicolor/16x16/apps/org.hoist.Hoist.png usr/share/icons/hicolor/48x48/apps/org.hoist.Hoist.png \
         usr/share/icons/hicolor/256x256/apps/org.hoist.Hoist.png usr/share/icons/hicolor/512x512/apps/org.hoist.Hoist.png; do
    [ -e "$root/$f" ] || fail "missing $f"
    grep -qx "/$f" "$work/files.txt" || fail "dpkg does not list /$f"
done
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net "$root/usr/share/metainfo/org.hoist.Hoist.metainfo.xml" >/dev/null; fi
grep -q '^Exec=hoist -- %F' "$root/usr/share/applications/org.hoist.Hoist.desktop" || fail "desktop Exec"
grep -q '^MimeType=.*application/pdf' "$root/usr/share/applications/org.hoist.Hoist.desktop" || fail "desktop MimeType"
# File managers: the Dolphin service menu, the Nautilus script and the systemd unit example.
[ -f "$root/usr/share/kio/servicemenus/hoist-upload.desktop" ] || fail "missing the Dolphin service menu"
[ -x "$root/usr/share/hoist/nautilus-scripts/Upload to Procore with Hoist" ] || fail "missing the Nautilus script"
[ -f "$root/usr/share/doc/hoist/examples/hoist-watch.service" ] || fail "missing the hoist-watch.service example"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$root/usr/share/applications/org.hoist.Hoist.desktop"; fi

coproc SANDBOX { exec "$root/usr/bin/hoist-cli" sandbox 2>/dev/null; }
sandbox_pid=$SANDBOX_PID
read -r -t 30 line1 <&"${SANDBOX[0]}" || fail "no first line from the installed sandbox"
read -r -t 30 line2 <&"${SANDBOX[0]}" || fail "no second line from the installed sandbox"
base=${line1#HOIST_API_BASE=}
token=${line2#HOIST_ACCESS_TOKEN=}
[ "$line1" != "$base" ] && [ "$line2" != "$token" ] || fail "unexpected first lines: $line1 / $line2"
[ -n "$base" ] && [ -n "$token" ] || fail "installed hoist-cli sandbox did not print its base and token"
name=$(curl -sf -H "Authorization: Bearer $token" "$base/rest/v1.0/me" | sed -n 's/.*"name":"\([^"]*\)".*/\1/p')
[ "$name" = "Pat Morgan" ] || fail "installed sandbox /me answered '$name'"
kill "$sandbox_pid" 2>/dev/null; sandbox_pid=

# The installed window starts offscreen in each language and speaks it.
"$(dirname "$0")/test-languages.sh" "$root/usr/bin/hoist" >"$work/languages.log" 2>&1 \
    || { cat "$work/languages.log" >&2; fail "the installed hoist in each language"; }
echo "package OK: $(basename "$deb"), installed with dpkg; hoist-cli served /me as $name; hoist starts in de, es, fr, pt_BR, en"
