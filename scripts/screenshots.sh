#!/usr/bin/env bash
# Builds the console and renders its screens in English, French and Dutch to screenshots/<lang>/.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
configure_and_build
"$CC_BUILD_DIR/tests/ui/cc_screenshots" "$CC_ROOT/screenshots"
