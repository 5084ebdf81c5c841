#!/usr/bin/env bash
# Builds tiqu (installing what is missing) and runs the whole test suite:
# unit tests, the gold evaluation with its quality floors, the CLI contract.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
