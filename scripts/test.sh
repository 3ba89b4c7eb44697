#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with CTest, then the same suite
# under AddressSanitizer + UBSan (build-asan/) and a short run of every fuzzer (build-fuzz/), and
# checks that every C++ file follows .clang-format.
# The keychain tests start their own private keyring; nothing touches your own.
# CC_SKIP_HARDENING=1 skips the sanitizer and fuzz stages on a developer's machine; CI (CI=true)
# always runs them. Every stage runs even when an earlier one fails; the exit status says whether
# all passed. Extra arguments go to ctest (both suites).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
configure_and_build
failed=()

# The suite under the sanitizers. LeakSanitizer's own tracer can crash at a test's exit ("Tracer caught
# signal 11 ... LeakSanitizer has encountered a fatal error": a fault of the tool, which then checked
# nothing). When that is the only thing that went wrong (no test failed, no error, leak or undefined
# behaviour reported), the tests it hit run once more, and must pass; if the tool crashes in them
# again, they run a last time without leak detection (AddressSanitizer and UBSan still on), and the
# script names them. Anything else fails the stage.
only_tracer_crashes() {
    local dir=$CC_ROOT/build-asan/Testing/Temporary failures crashes
    failures=$(grep -c . "$dir/LastTestsFailed.log" 2>/dev/null) || return 1
    crashes=$(grep -c "LeakSanitizer has encountered a fatal error" "$dir/LastTest.log") || return 1
    [ "$crashes" -eq "$failures" ] || return 1 # every failed test is one the tool crashed in
    ! grep -qE "FAIL!|ERROR: AddressSanitizer|LeakSanitizer: detected|runtime error" "$dir/LastTest.log"
}
# ctest in the sanitizers' build with their options; CC_NO_LEAK_CHECK=1: without leak detection.
sanitized_ctest() {
    (export_sanitizer_options && export ASAN_OPTIONS="$ASAN_OPTIONS${CC_NO_LEAK_CHECK:+:detect_leaks=0}" &&
        cd "$CC_ROOT/build-asan" && ctest --output-on-failure "$@")
}
sanitized_suite() {
    sanitized_ctest --parallel "$(nproc)" "$@" && return 0
    only_tracer_crashes || return 1
    say "LeakSanitizer itself crashed (a fault of the tool, not a leak): the tests it hit run once more"
    sanitized_ctest --rerun-failed && return 0
    only_tracer_crashes || return 1
    say "LeakSanitizer crashed again in: $(cut -d: -f2 "$CC_ROOT/build-asan/Testing/Temporary/LastTestsFailed.log" |
        tr '\n' ' ')- they run once more WITHOUT leak detection (AddressSanitizer and UBSan still on)"
    CC_NO_LEAK_CHECK=1 sanitized_ctest --rerun-failed
}

say "Checking the formatting (.clang-format)"
(cd "$CC_ROOT" && find app ui tests \( -name '*.cpp' -o -name '*.h' \) -print0 |
    xargs -0 clang-format --dry-run --Werror) || failed+=("formatting")

say "Running the tests"
(cd "$CC_BUILD_DIR" && ctest --output-on-failure --parallel "$(nproc)" "$@") || failed+=("tests")

if [ "${CC_SKIP_HARDENING:-0}" = 1 ] && [ "${CI:-}" != true ]; then
    say "Skipping the sanitizer and fuzz stages (CC_SKIP_HARDENING=1)"
else
    say "The whole suite again under AddressSanitizer + UBSan"
    CC_BUILD_DIR=$CC_ROOT/build-asan configure_and_build -DCMAKE_BUILD_TYPE=Debug -DCC_SANITIZE=ON
    sanitized_suite "$@" || failed+=("sanitizers")

    say "A short run of every fuzzer"
    "$CC_ROOT/scripts/fuzz.sh" "${CC_FUZZ_SECONDS:-15}" || failed+=("fuzzing")
fi

if [ ${#failed[@]} -gt 0 ]; then
    say "FAILED: ${failed[*]}"
    exit 1
fi
say "All passed"
