#!/usr/bin/env bash
# Installs what a Debian 12 machine lacks (idempotent: apt-get runs only if a
# package is missing), then configures and builds tiqu into build/.
set -euo pipefail
cd "$(dirname "$0")/.."

# The Debian packages tiqu builds with (see README, "Dependencies").
PACKAGES=(cmake g++ make pkgconf libre2-dev libicu-dev libabsl-dev libmarisa-dev
          libcsv-dev nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev)
scripts/install_packages.sh "${PACKAGES[@]}"

BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-Release} >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
