#!/usr/bin/env bash
# The hardening steps of CI, each in its own clang build directory:
#   scripts/hardening.sh sanitize      whole test suite under ASan + UBSan
#                                      (build-hardening: the same build also
#                                      holds the libFuzzer targets)
#   scripts/hardening.sh fuzz [SECS]   every fuzz target SECS seconds (default 30)
#   scripts/hardening.sh tsan          the threaded tests under ThreadSanitizer
#                                      (build-tsan)
# Installs clang and its sanitizer/libFuzzer runtimes where missing
# (Debian 12: clang, libclang-rt-14-dev; llvm-14 for symbolized reports).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:?usage: hardening.sh sanitize|fuzz [SECONDS]|tsan}

PACKAGES=(clang libclang-rt-14-dev llvm-14)
scripts/install_packages.sh "${PACKAGES[@]}"
scripts/build.sh >/dev/null  # the Debian -dev packages tiqu itself needs

export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)}
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
JOBS=$(nproc)

configure() {  # configure DIR cmake-args...
  local dir=$1; shift
  CC=clang CXX=clang++ cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTIQU_BUILD_BENCH=OFF "$@" >/dev/null
}

case "$MODE" in
  sanitize)
    configure build-hardening -DTIQU_SANITIZE=address,undefined -DTIQU_FUZZ=ON
    cmake --build build-hardening -j"$JOBS"
    # The install test builds consumers without sanitizer flags: it runs in
    # the plain build (scripts/test.sh).
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
      ctest --test-dir build-hardening --output-on-failure -j"$JOBS" -E '^install$'
    ;;
  fuzz)
    [ -x build-hardening/tests/fuzz/fuzz_extractor ] || {
      configure build-hardening -DTIQU_SANITIZE=address,undefined -DTIQU_FUZZ=ON
      cmake --build build-hardening -j"$JOBS"
    }
    tests/fuzz/run.sh build-hardening "${2:-30}"
    ;;
  tsan)
    configure build-tsan -DTIQU_SANITIZE=thread
    cmake --build build-tsan -j"$JOBS" --target extractor_test tiqu-csv
    # Many threads on one Extractor, and tiqu-csv's worker pool.
    TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
      build-tsan/tests/extractor_test --gtest_filter='*Concurrent*'
    TIQU_STREAM_BIG=0 TSAN_OPTIONS=halt_on_error=1 bash tests/stream_test.sh build-tsan/examples/tiqu-csv .
    ;;
  *)
    echo "unknown mode '$MODE'" >&2
    exit 2
    ;;
esac
