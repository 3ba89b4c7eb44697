#!/usr/bin/env bash
# Builds the console and renders its screens in English, French and Dutch to screenshots/<lang>/,
# then with a dark palette to screenshots/dark/<lang>/ and at twice the pixel density (a HiDPI
# screen) to screenshots/scale-2/<lang>/.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
configure_and_build
"$CC_BUILD_DIR/tests/ui/cc_screenshots" "$CC_ROOT/screenshots"
"$CC_BUILD_DIR/tests/ui/cc_screenshots" "$CC_ROOT/screenshots/dark" --dark
QT_SCALE_FACTOR=2 "$CC_BUILD_DIR/tests/ui/cc_screenshots" "$CC_ROOT/screenshots/scale-2"
