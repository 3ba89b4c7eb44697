#!/usr/bin/env bash
# Installs what is missing, builds, and starts Channel Console.
# With a display it opens the window. Without one it starts the console in a virtual display
# (Xvfb), saves a screenshot of the main window, prints the PNG's path and exits.
# Extra arguments go to the console (for example --language fr).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
configure_and_build

app=("$CC_BUILD_DIR/channel-console" "$@")
headless=0
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    headless=1
    shot="$CC_ROOT/screenshots/main-window.png"
    app+=(--screenshot "$shot")
fi

if [ -z "${CC_PRIVATE_KEYRING:-}" ] && ! secret_service_reachable; then
    say "No keychain service is reachable: starting a private one (GNOME Keyring) for this run only."
    say "Secrets saved in this run are forgotten when the console exits."
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/channel-console.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    mkdir -m 0700 "$tmp/runtime"
    export XDG_RUNTIME_DIR="$tmp/runtime" CC_PRIVATE_KEYRING=1
    export HOME="${HOME:-$tmp}"
    # A random password: this keyring lives only as long as this run.
    dbus-run-session -- bash -c '
        eval "$(head -c 24 /dev/urandom | base64 | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
        "$0" "$@"' "$0" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
    exit $?
fi

if [ "$headless" -eq 1 ]; then
    say "No display: starting the console in a virtual display (Xvfb)"
    xvfb-run -a -s "-screen 0 1280x800x24" "${app[@]}"
else
    exec "${app[@]}"
fi
