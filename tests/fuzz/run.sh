#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (tests/fuzz/clang) and runs them over their seed corpora.
#   tests/fuzz/run.sh build BUILD_DIR                    configure and build (ccache when present)
#   tests/fuzz/run.sh run BUILD_DIR codec|scenario SECONDS [extra libFuzzer options, e.g. -jobs=2]
# A crash, leak, sanitizer report or failed round trip fails the run; the input is saved as
# BUILD_DIR/crash-<harness>-* (add it to tests/fuzz/corpus/<harness>/ with a regression test).
# New interesting inputs go to BUILD_DIR/corpus-<harness>/, never into the repository.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
action=${1:?usage: run.sh build|run BUILD_DIR ...}
build=${2:?usage: run.sh build|run BUILD_DIR ...}

case "$action" in
build)
    compiler=$(command -v clang++-14 || command -v clang++ || true)
    [ -n "$compiler" ] || { echo "run.sh: clang++ not found (Debian: clang-14 libfuzzer-14-dev libclang-rt-14-dev)" >&2; exit 1; }
    launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$here/clang" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$compiler" "${launcher[@]}" >/dev/null
    cmake --build "$build" -j2 --target fuzz_codec fuzz_scenario
    ;;
run)
    harness=${3:?which harness: codec or scenario}
    seconds=${4:?how many seconds}
    shift 4
    scratch="$build/corpus-$harness"
    mkdir -p "$scratch"
    dict=()
    [ -f "$here/$harness.dict" ] && dict=(-dict="$here/$harness.dict")
    # halt on the first report of any sanitizer; leaks count (libFuzzer's -detect_leaks=1 default).
    export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
    exec "$build/fuzz_$harness" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=70000 \
        -print_final_stats=1 -artifact_prefix="$build/crash-$harness-" "${dict[@]}" "$@" \
        "$scratch" "$here/corpus/$harness"
    ;;
*)
    echo "usage: run.sh build|run BUILD_DIR ..." >&2
    exit 2
    ;;
esac
