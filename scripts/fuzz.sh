#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (in build-fuzz/) and runs each for SECONDS (default 600),
# starting from its seed corpus in tests/fuzz/corpus/<target>/. New inputs go to
# build-fuzz/corpus/<target>/, a crashing input to build-fuzz/artifacts/. Fails on any finding.
# Usage: ./scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: store import sinchsms sinchmms infobip twilio keywords custom)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(store import sinchsms sinchmms infobip twilio keywords custom)
install_missing
CC=clang CXX=clang++ CC_BUILD_DIR=$CC_ROOT/build-fuzz CC_BUILD_TARGETS=fuzzers \
    configure_and_build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCC_FUZZ=ON -DCC_BUILD_TESTS=OFF
export_sanitizer_options
mkdir -p "$CC_ROOT/build-fuzz/artifacts"
failed=()
for t in "${targets[@]}"; do
    say "Fuzzing $t for ${seconds}s"
    mkdir -p "$CC_ROOT/build-fuzz/corpus/$t"
    if ! "$CC_ROOT/build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$CC_ROOT/build-fuzz/artifacts/$t-" \
        "$CC_ROOT/build-fuzz/corpus/$t" "$CC_ROOT/tests/fuzz/corpus/$t" 2>"$CC_ROOT/build-fuzz/$t.log"; then
        tail -n 60 "$CC_ROOT/build-fuzz/$t.log"
        failed+=("$t")
    else
        grep -E '^stat::number_of_executed_units|^Done' "$CC_ROOT/build-fuzz/$t.log" || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    say "Fuzzing found problems in: ${failed[*]} (inputs in build-fuzz/artifacts/)"
    exit 1
fi
say "No fuzzer found anything"
