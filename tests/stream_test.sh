#!/usr/bin/env bash
# The streaming contract tiqu-csv keeps as a Hadoop Streaming mapper or a
# Spark RDD.pipe() command: JSON Lines in (files or stdin), output in input
# order whatever --threads, one CSV header or none with --no-header, the
# same rows when the input is split into parts, nothing on stderr when it is
# not a terminal, exit 0 / 1 (a bad record, named, the others processed) /
# 2 (bad usage).
set -u
CLI="$1"; ROOT="$2"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }

# 25 documents: the five seed pages five times over, ids doc-00..doc-24,
# written as JSON strings by the CLI's own dependency-free route: each page
# escaped with sed (backslash, quote, tab, CR, then lines joined by \n).
esc() { sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/\\t/g' -e 's/\r/\\r/g' "$1" | awk 'BEGIN{ORS=""} NR>1{print "\\n"} {print}'; }
seeds=("$ROOT"/seeds/*.txt)
for i in $(seq 0 24); do
  printf '{"id":"doc-%02d","text":"%s","extra":[1,2]}\n' "$i" "$(esc "${seeds[$((i % 5))]}")"
done > "$TMP/in.jsonl"
check "built 25 JSON lines" '[ "$(wc -l < "$TMP/in.jsonl")" -eq 25 ]'

# Ordered output, identical for 1 and 4 threads, CSV and JSON Lines.
"$CLI" --input-format=jsonl --threads=1 --table=articles "$TMP/in.jsonl" > "$TMP/t1.csv" 2>"$TMP/err"; rc=$?
check "exit 0 on good JSON Lines" "[ $rc -eq 0 ]"
check "nothing on stderr when it is not a terminal" '[ ! -s "$TMP/err" ]'
"$CLI" --input-format=jsonl --threads=4 --table=articles "$TMP/in.jsonl" > "$TMP/t4.csv"
check "4 threads give the bytes of 1 thread (csv)" 'cmp -s "$TMP/t1.csv" "$TMP/t4.csv"'
check "the id becomes source, in input order" \
  '[ "$(tail -n +2 "$TMP/t4.csv" | cut -d, -f1 | uniq | tr "\n" " ")" == "$(seq -f "doc-%02g" 0 24 | tr "\n" " ")" ]'
check "one header row" '[ "$(grep -c "^source,article," "$TMP/t4.csv")" -eq 1 ]'
"$CLI" --input-format=jsonl --threads=1 --format=jsonl "$TMP/in.jsonl" > "$TMP/j1.jsonl"
"$CLI" --input-format=jsonl --threads=3 --format=jsonl "$TMP/in.jsonl" > "$TMP/j3.jsonl"
check "3 threads give the bytes of 1 thread (jsonl)" 'cmp -s "$TMP/j1.jsonl" "$TMP/j3.jsonl"'
check "one JSON object per article" \
  '[ "$(wc -l < "$TMP/j1.jsonl")" -eq "$(($(wc -l < "$TMP/t1.csv") - 1))" ]'
check "articles nest their typed fields" \
  'head -n1 "$TMP/j1.jsonl" | grep -q "^{\"source\":\"doc-00\",\"article\":0,.*\"dates\":\[{\"text\":"'
if command -v python3 >/dev/null; then
  check "every output line parses as JSON" \
    'python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$TMP/j1.jsonl"'
fi

# On a terminal (script(1) gives one) a progress line goes to stderr,
# not with --quiet; stdout is unchanged either way.
if command -v script >/dev/null; then
  script -qec "$CLI --input-format=jsonl --table=articles $TMP/in.jsonl >$TMP/tty.csv" "$TMP/tty.log" >/dev/null 2>&1 </dev/null
  check "progress line on a terminal" 'grep -q "25 docs, .* MB, .* MB/s" "$TMP/tty.log" && cmp -s "$TMP/tty.csv" "$TMP/t1.csv"'
  script -qec "$CLI --quiet --input-format=jsonl --table=articles $TMP/in.jsonl >/dev/null" "$TMP/quiet.log" >/dev/null 2>&1 </dev/null
  check "--quiet: no progress line" '! grep -q "docs," "$TMP/quiet.log"'
fi

# stdin is the same as the file; --no-header drops the header.
"$CLI" --input-format=jsonl --table=articles - < "$TMP/in.jsonl" > "$TMP/stdin.csv"
check "stdin gives the output of the file" 'cmp -s "$TMP/t1.csv" "$TMP/stdin.csv"'
"$CLI" --input-format=jsonl --table=articles --no-header "$TMP/in.jsonl" > "$TMP/nh.csv"
check "--no-header: no header row" '! grep -q "^source,article," "$TMP/nh.csv"'
check "--no-header: the same rows" 'cmp -s <(tail -n +2 "$TMP/t1.csv") "$TMP/nh.csv"'

# A mapper sees a split of the input: parts run separately and concatenated
# give the rows of one run.
head -n 11 "$TMP/in.jsonl" > "$TMP/part0"; tail -n +12 "$TMP/in.jsonl" > "$TMP/part1"
for p in 0 1; do "$CLI" --input-format=jsonl --table=articles --no-header - < "$TMP/part$p"; done > "$TMP/parts.csv"
check "split input, concatenated output" 'cmp -s "$TMP/nh.csv" "$TMP/parts.csv"'
"$CLI" --input-format=jsonl --out-dir="$TMP/o" --no-header "$TMP/part0" "$TMP/part1"
check "--out-dir writes six tables" '[ "$(ls "$TMP/o" | wc -l)" -eq 6 ] && cmp -s "$TMP/nh.csv" "$TMP/o/articles.csv"'
"$CLI" --input-format=jsonl --format=jsonl --out-dir="$TMP/oj" "$TMP/part0" "$TMP/part1"
check "--out-dir with --format=jsonl writes articles.jsonl" 'cmp -s "$TMP/j1.jsonl" "$TMP/oj/articles.jsonl"'

# Field names, ids that are numbers, lines without id, blank lines.
printf '{"body":"本报讯 5月28日上午，北京市总工会召开座谈会。","n":7}\n\n{"body":"近日，27家企业的80余名职工参加活动。"}\n' > "$TMP/fields.jsonl"
out=$("$CLI" --input-format=jsonl --text-field=body --id-field=n --table=counts --no-header "$TMP/fields.jsonl")
check "numeric id and FILE:LINE without one" \
  '[[ "$(cut -d, -f1 <<<"$out" | tr "\n" " ")" == "$TMP/fields.jsonl:3 $TMP/fields.jsonl:3 " ]]'
out=$("$CLI" --input-format=jsonl --text-field=body --id-field=n --table=dates --no-header "$TMP/fields.jsonl")
check "numeric id becomes source" 'grep -q "^7,0,5月28日上午," <<<"$out"'

# Bad records: named with FILE:LINE on stderr, exit 1, the others processed.
{ head -n 2 "$TMP/in.jsonl"; echo 'not json'; echo '{"id":"x","text":5}'; echo '{"id":"nul","text":"a\u0000b"}'; echo '["a"]'; tail -n 1 "$TMP/in.jsonl"; } > "$TMP/bad.jsonl"
"$CLI" --input-format=jsonl --table=articles --no-header --threads=2 "$TMP/bad.jsonl" > "$TMP/bad.csv" 2>"$TMP/err"; rc=$?
check "bad records: exit 1" "[ $rc -eq 1 ]"
check "bad JSON named by line" 'grep -q "bad.jsonl:3: not a JSON object" "$TMP/err"'
check "missing text named by line" 'grep -q "bad.jsonl:4: no string field .text." "$TMP/err"'
check "NUL in text is refused by id" 'grep -q "^tiqu-csv: nul: .*NUL" "$TMP/err"'
check "array line refused" 'grep -q "bad.jsonl:6: not a JSON object" "$TMP/err"'
check "good records around them processed, in order" \
  '[ "$(cut -d, -f1 "$TMP/bad.csv" | uniq | tr "\n" " ")" == "doc-00 doc-01 doc-24 " ]'

"$CLI" --input-format=jsonl --table=articles --no-header --skip-bad-records "$TMP/bad.jsonl" > "$TMP/skip.csv" 2>"$TMP/err"; rc=$?
check "--skip-bad-records: exit 0, bad records still named, same rows" \
  '[ $rc -eq 0 ] && grep -q "bad.jsonl:3: not a JSON object" "$TMP/err" && cmp -s "$TMP/bad.csv" "$TMP/skip.csv"'
"$CLI" --input-format=jsonl --skip-bad-records "$TMP/in.jsonl" "$TMP/missing.jsonl" >/dev/null 2>&1; rc=$?
check "--skip-bad-records: a missing file is still exit 1" "[ $rc -eq 1 ]"

# Empty input: a header and nothing else, or nothing at all.
: > "$TMP/empty.jsonl"
out=$("$CLI" --input-format=jsonl --table=articles "$TMP/empty.jsonl" | tr -d '\r'); rc=$?
check "empty input: exit 0, header only" '[ $rc -eq 0 ] && [ "$out" == "$(head -n1 "$TMP/t1.csv" | tr -d "\r")" ]'
out=$("$CLI" --input-format=jsonl --format=jsonl - < /dev/null); rc=$?
check "empty stdin as JSON Lines: exit 0, no output" '[ $rc -eq 0 ] && [ -z "$out" ]'
"$CLI" --input-format=jsonl "$ROOT/seeds" >/dev/null 2>"$TMP/err"; rc=$?
check "directory as JSON Lines file: exit 1 with message" '[ $rc -eq 1 ] && grep -q "is a directory" "$TMP/err"'

# A 50 MB line: read whole (the buffer grows to the largest record), its
# mention at the far end found at the right offset, the next line after it.
# (TIQU_STREAM_BIG=0 skips it, for the slow ThreadSanitizer build.)
if [ "${TIQU_STREAM_BIG:-1}" != 0 ]; then
{ printf '{"id":"big","text":"'; head -c 50000000 /dev/zero | tr '\0' 'a'
  printf '，80余名职工参加。"}\n{"id":"after","text":"27家企业参加。"}\n'; } > "$TMP/big.jsonl"
out=$("$CLI" --input-format=jsonl --table=counts --no-header --threads=2 "$TMP/big.jsonl" | tr -d '\r'); rc=$?
check "50 MB line: exit 0, its count at offset 50000003, then the next line" \
  '[ $rc -eq 0 ] && [ "$out" == "big,0,80余名,80,more_than,名,职工,people,50000003,50000011,
after,0,27家,27,exact,家,企业,organizations,0,5," ]'
rm -f "$TMP/big.jsonl"
fi

# Bad usage: exit 2.
for args in "--input-format=xml" "--format=xml" "--threads=-1" "--text-field="; do
  "$CLI" $args "$TMP/in.jsonl" >/dev/null 2>&1; rc=$?
  check "$args: exit 2" "[ $rc -eq 2 ]"
done

exit $fail
