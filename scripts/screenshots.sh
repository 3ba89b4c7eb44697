#!/usr/bin/env bash
# Builds the console and renders its screens in English, French and Dutch to screenshots/<lang>/,
# then with a dark palette to screenshots/dark/<lang>/ and at twice the pixel density (a HiDPI
# screen) to screenshots/scale-2/<lang>/. With --readme: only the pictures the README shows, written
# to docs/screenshots/ (fake data, fixed clock and locale: a second run writes the same files).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
CC_BUILD_TARGETS=${CC_BUILD_TARGETS:-cc_screenshots} configure_and_build
if [ "${1:-}" = "--readme" ]; then
    "$CC_BUILD_DIR/tests/ui/cc_screenshots" --readme "$CC_ROOT/docs/screenshots"
else
    "$CC_BUILD_DIR/tests/ui/cc_screenshots" "$CC_ROOT/screenshots"
    "$CC_BUILD_DIR/tests/ui/cc_screenshots" "$CC_ROOT/screenshots/dark" --dark
    QT_SCALE_FACTOR=2 "$CC_BUILD_DIR/tests/ui/cc_screenshots" "$CC_ROOT/screenshots/scale-2"
fi
