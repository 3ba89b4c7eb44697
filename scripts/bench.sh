#!/usr/bin/env bash
# Installs what is missing, builds (Release) and runs the benchmarks. Prints each figure as a ratio
# against a floor measured in the same run; BENCHMARKS.md says what each one measures.
# CC_BENCH_RUNS sets the number of fresh-process start-ups and file runs (default 7); arguments go to
# cc_bench (--only start-up,sends measures only those figures).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing
CC_BUILD_TARGETS=cc_bench configure_and_build
say "Running the benchmarks"
QT_QPA_PLATFORM=offscreen "$CC_BUILD_DIR/tests/bench/cc_bench" "$@"
