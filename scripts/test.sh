#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with CTest.
# The keychain tests start their own private keyring; nothing touches your own.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
configure_and_build
say "Running the tests"
cd "$CC_BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" "$@"
