# Shared by run.sh and test.sh: install what is missing, configure and build. Idempotent: a second
# run installs nothing and rebuilds only what changed.
set -euo pipefail

CC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CC_BUILD_DIR=${CC_BUILD_DIR:-$CC_ROOT/build}

CC_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus dbus-x11 libsecret-tools
    libphonenumber-dev qt6-httpserver-dev qt6-websockets-dev libsqlite3-dev
    xvfb xauth fonts-dejavu-core clang-format curl openssl
    clang libclang-rt-14-dev
    dpkg-dev file lintian desktop-file-utils appstream man-db groff-base bash-completion
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

# configure_and_build [cmake options...]: in $CC_BUILD_DIR; CC_BUILD_TARGETS limits what is built.
configure_and_build() {
    if [ ! -f "$CC_BUILD_DIR/build.ninja" ]; then
        say "Configuring in $CC_BUILD_DIR"
        cmake -S "$CC_ROOT" -B "$CC_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
    fi
    say "Building in $CC_BUILD_DIR"
    local targets=()
    [ -z "${CC_BUILD_TARGETS:-}" ] || targets=(--target ${CC_BUILD_TARGETS})
    cmake --build "$CC_BUILD_DIR" --parallel "$(nproc)" "${targets[@]}"
}

# The sanitizers' settings for every stage that runs instrumented code: leaks of the system
# libraries we link (glib, libsecret, D-Bus, fontconfig, Qt's own caches) are suppressed by
# tests/sanitizers/lsan.supp; a leak or error of ours fails the run.
export_sanitizer_options() {
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0:strict_string_checks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
    export LSAN_OPTIONS="suppressions=$CC_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
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
