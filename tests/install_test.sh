#!/usr/bin/env bash
# Installs the built tiqu into a scratch prefix, then builds the one-sentence
# example against it twice, with find_package(tiqu) and with pkg-config, and
# runs both.
set -euo pipefail
BUILD="$1"; ROOT="$2"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
cmake --install "$BUILD" --prefix "$TMP/prefix" >/dev/null

cmake -S "$ROOT/tests/consumer" -B "$TMP/cmake" -DCMAKE_PREFIX_PATH="$TMP/prefix" \
  -DEXAMPLE_SOURCE="$ROOT/examples/one_sentence.cc" >/dev/null
cmake --build "$TMP/cmake" >/dev/null
out=$("$TMP/cmake/one_sentence")
grep -q "organization	北京市总工会	union" <<<"$out" || { echo "find_package build: unexpected output"; echo "$out"; exit 1; }
echo "ok: find_package(tiqu) consumer"

export PKG_CONFIG_PATH="$TMP/prefix/lib/pkgconfig:$TMP/prefix/lib/x86_64-linux-gnu/pkgconfig"
g++ -std=c++17 "$ROOT/examples/one_sentence.cc" -o "$TMP/pc_one_sentence" \
  $(pkg-config --cflags --libs tiqu)
out=$("$TMP/pc_one_sentence")
grep -q "date	5月28日上午	2024-05-28TMO" <<<"$out" || { echo "pkg-config build: unexpected output"; echo "$out"; exit 1; }
echo "ok: pkg-config consumer"
