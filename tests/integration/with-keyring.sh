#!/usr/bin/env bash
# Runs a command against a real gnome-keyring, unlocked, in a private D-Bus session, with a
# temporary HOME and XDG directories, so that tests never touch the user's own keychain or files.
set -euo pipefail
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cc-keyring.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache"
mkdir -m 0700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    XDG_CACHE_HOME="$tmp/cache"
# No display: a locked keyring must fail, not pop up a prompt.
unset DISPLAY WAYLAND_DISPLAY
# The password only unlocks this throw-away keyring.
dbus-run-session -- bash -c '
    eval "$(printf cc-throwaway | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    export GNOME_KEYRING_CONTROL
    exec "$@"' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
# The keyring daemon leaves with its bus.
