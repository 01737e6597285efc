#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a temporary root (as dpkg would install it), checks
# its metadata and files, and runs the installed hoist-cli: its sandbox must serve a real upload.
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
root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/hoist usr/bin/hoist-cli usr/share/applications/org.hoist.Hoist.desktop \
         usr/share/metainfo/org.hoist.Hoist.metainfo.xml usr/share/icons/hicolor/scalable/apps/org.hoist.Hoist.svg \
         usr/share/icons/hicolor/256x256/apps/org.hoist.Hoist.png; do
    [ -e "$root/$f" ] || fail "missing $f"
done
grep -q '^Exec=hoist' "$root/usr/share/applications/org.hoist.Hoist.desktop" || fail "desktop Exec"
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
echo "package OK: $(basename "$deb"), installed hoist-cli served /me as $name"
