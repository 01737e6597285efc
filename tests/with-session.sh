#!/usr/bin/env bash
# Runs a command the way Hoist's tests need it: a virtual X display (Xvfb), a private D-Bus
# session bus, and an unlocked gnome-keyring providing the Secret Service, in a throwaway HOME
# so no real keyring is touched. Usage: tests/with-session.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${HOIST_SESSION_INNER:-}" ]; then
    export HOIST_SESSION_INNER=1
    session_home=$(mktemp -d "${TMPDIR:-/tmp}/hoist-session.XXXXXX")
    trap 'rm -rf "$session_home"' EXIT
    export HOIST_SESSION_HOME="$session_home"
    # dbus-run-session ends the bus (and the keyring daemon on it) when the command ends.
    dbus-run-session -- "$0" "$@"
    exit $?
fi

export HOME="$HOIST_SESSION_HOME"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$HOME/runtime"
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# Create and unlock a login keyring with a throwaway password, then start its Secret Service.
eval "$(printf '%s' "hoist-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL

exec xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24 -nolisten tcp" "$@"
