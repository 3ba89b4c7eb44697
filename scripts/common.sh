# Shared by run.sh and test.sh: install what is missing, configure and build. Idempotent: a second
# run installs nothing and rebuilds only what changed.
set -euo pipefail

CC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CC_BUILD_DIR=${CC_BUILD_DIR:-$CC_ROOT/build}

CC_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus dbus-x11 libsecret-tools
    libphonenumber-dev qt6-httpserver-dev qt6-websockets-dev
    xvfb xauth fonts-dejavu-core clang-format curl
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    local p
    for p in "${CC_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "All ${#CC_PACKAGES[@]} packages are installed"
        return
    fi
    say "Installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    if [ ! -f "$CC_BUILD_DIR/build.ninja" ]; then
        say "Configuring in $CC_BUILD_DIR"
        cmake -S "$CC_ROOT" -B "$CC_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
    fi
    say "Building"
    cmake --build "$CC_BUILD_DIR" --parallel "$(nproc)"
}

# Is a Secret Service (a keyring) reachable on the session bus, or can the bus start one?
secret_service_reachable() {
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || return 1
    local names
    names=$(timeout 5 dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.ListActivatableNames 2>/dev/null; timeout 5 dbus-send --session --print-reply \
        --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.ListNames 2>/dev/null) || return 1
    grep -q '"org.freedesktop.secrets"' <<<"$names"
}
