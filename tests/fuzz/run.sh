#!/usr/bin/env bash
# Runs every libFuzzer target of BUILD_DIR/tests/fuzz for SECONDS each
# (default 30) on a seed corpus built from seeds/*.txt (whole pages and
# their paragraphs), the sentences quoted in tests/*_test.cc, and the
# inputs of tests/fuzz/regressions/ (every crash ever found).  Exits
# non-zero if any target crashes, leaks or times out; the reproducer is
# written to BUILD_DIR/fuzz-artifacts/.
#   tests/fuzz/run.sh build-hardening 30
set -uo pipefail
BUILD_DIR=${1:?usage: run.sh BUILD_DIR [SECONDS]}; SECONDS_PER_TARGET=${2:-30}
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
FUZZ_DIR="$BUILD_DIR/tests/fuzz"
SEEDS="$BUILD_DIR/fuzz-seeds"; ARTIFACTS="$BUILD_DIR/fuzz-artifacts"
rm -rf "$SEEDS"; mkdir -p "$SEEDS" "$ARTIFACTS"

# The first byte of an input is the targets' flag byte (bit 0: split into
# articles, bit 1: fixed reference date); pages get 3, snippets 2.
n=0
for page in "$ROOT"/seeds/*.txt; do
  { printf '\x03'; cat "$page"; } > "$SEEDS/page-$((n++))"
  # Paragraphs (blank-line separated) of the page, each a small input.
  awk -v dir="$SEEDS" -v base="$n" 'BEGIN{RS=""} {f=sprintf("%s/para-%d-%d", dir, base, NR); printf "\x02%s", $0 > f; close(f)}' "$page"
done
# String literals with non-ASCII text from the tests: real sentences and
# the degenerate inputs the tests pin down.
grep -ho '"[^"]*[^ -~"][^"]*"' "$ROOT"/tests/*_test.cc | sed 's/^"//; s/"$//' | sort -u |
  while IFS= read -r s; do printf '\x02%s' "$s" > "$SEEDS/test-$((n++))"; done
[ -d "$ROOT/tests/fuzz/regressions" ] && cp "$ROOT"/tests/fuzz/regressions/* "$SEEDS/" 2>/dev/null
echo "fuzz seed corpus: $(ls "$SEEDS" | wc -l) inputs"

status=0
for target in "$FUZZ_DIR"/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  work="$BUILD_DIR/fuzz-corpus/$name"; mkdir -p "$work"
  echo "== $name: ${SECONDS_PER_TARGET}s"
  if ! "$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=16384 -timeout=20 \
       -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$ARTIFACTS/$name-" \
       "$work" "$SEEDS" > "$BUILD_DIR/$name.log" 2>&1; then
    echo "FAIL: $name (log: $BUILD_DIR/$name.log)"
    grep -E "ERROR|SUMMARY|Test unit written|#0 |#1 |#2 |#3 |#4 " "$BUILD_DIR/$name.log" | head -30
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$BUILD_DIR/$name.log" | tail -3
  fi
done
exit $status
