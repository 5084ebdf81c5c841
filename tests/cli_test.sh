#!/usr/bin/env bash
# The CLI's contract: the six tables and their leading columns, stdin, the
# default table, exit codes for unreadable files and bad flags.
set -u
CLI="$1"; ROOT="$2"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }

"$CLI" --reference-date=2024-05-29 --out-dir "$TMP/out" "$ROOT"/seeds/*.txt
check "exit 0 on the seeds" "[ $? -eq 0 ]"
head1() { head -n1 "$TMP/out/$1.csv" | tr -d '\r'; }
check "articles columns" '[[ "$(head1 articles)" == source,article,title,start,end,reference_date,event_type* ]]'
check "persons columns" '[[ "$(head1 persons)" == source,article,name,roles,organization,mentions,start,end* ]]'
check "organizations columns" '[[ "$(head1 organizations)" == source,article,name,type,aliases,mentions,start,end* ]]'
check "dates columns" '[[ "$(head1 dates)" == source,article,text,kind,value,mod,start,end* ]]'
check "counts columns" '[[ "$(head1 counts)" == source,article,text,value,approx,unit,counted,category,start,end* ]]'
check "events columns" '[[ "$(head1 events)" == source,article,type,trigger,date,organizations,persons,start,end* ]]'
check "every seed has articles" '[ "$(cut -d, -f1 "$TMP/out/articles.csv" | sort -u | grep -c seeds/)" -eq 5 ]'
check "count values are plain decimals" '! grep -q "e+0" "$TMP/out/counts.csv"'

# stdin and the default table
out=$(printf '本报讯（记者 陈曦）近日，西城区金融街街道总工会组织职工开展健步行活动，吸引了27家企业的80余名职工参加。' | "$CLI" --reference-date=2024-05-29 -)
check "stdin, default mentions table" '[[ "$(head -n1 <<<"$out" | tr -d "\r")" == source,article,kind,text,value,start,end ]]'
check "mentions has the count 80余名" 'grep -q "^-,0,count,80余名,80," <<<"$out"'

# an unreadable file is named, the others still processed, exit non-zero
out=$("$CLI" --table=articles "$TMP/missing.txt" "$ROOT/seeds/000_839ec5b0349401bf.txt" 2>"$TMP/err"); rc=$?
check "missing file: exit 1" "[ $rc -eq 1 ]"
check "missing file named on stderr" 'grep -q "missing.txt" "$TMP/err"'
check "other file still processed" 'grep -q "000_839ec5b0349401bf.txt" <<<"$out"'
"$CLI" --table=articles "$ROOT/seeds" >/dev/null 2>"$TMP/err"; rc=$?
check "directory as file: exit 1 with message" '[ $rc -eq 1 ] && grep -q "is a directory" "$TMP/err"'

# invalid UTF-8 is reported with the file name
printf 'abc\xff' > "$TMP/bad.txt"
"$CLI" "$TMP/bad.txt" >/dev/null 2>"$TMP/err"; rc=$?
check "invalid UTF-8: exit 1 naming file and offset" '[ $rc -eq 1 ] && grep -q "bad.txt.*byte offset 3" "$TMP/err"'

# adversarial files: empty, NUL bytes, mixed scripts
: > "$TMP/empty.txt"
out=$("$CLI" --table=articles "$TMP/empty.txt" | tr -d '\r'); rc=$?
check "empty file: exit 0, header only" '[ $rc -eq 0 ] && [ "$out" == "$(head1 articles)" ]'
printf '5月28日\0上午' > "$TMP/nul.txt"
"$CLI" "$TMP/nul.txt" >/dev/null 2>"$TMP/err"; rc=$?
check "NUL byte: exit 1 naming file and offset" '[ $rc -eq 1 ] && grep -q "nul.txt.*NUL byte at byte offset 9" "$TMP/err"'
printf 'Москва 😀 ｆｕｌｌ عربي\n\n5月28日上午，27家企业参加。' > "$TMP/mixed.txt"
out=$("$CLI" --reference-date=2024-05-29 --table=dates --no-header "$TMP/mixed.txt" | tr -d '\r'); rc=$?
check "mixed scripts: the date at its byte offset" '[ $rc -eq 0 ] && [[ "$out" == *",0,5月28日上午,date,2024-05-28TMO,,41,56,"* ]]'

# bad flags: usage and exit 2
"$CLI" --reference-date=yesterday "$ROOT/seeds/000_839ec5b0349401bf.txt" >/dev/null 2>"$TMP/err"; rc=$?
check "bad --reference-date: exit 2" '[ $rc -eq 2 ] && grep -q Usage "$TMP/err"'
"$CLI" --table=nope "$ROOT/seeds/000_839ec5b0349401bf.txt" >/dev/null 2>&1; rc=$?
check "bad --table: exit 2" "[ $rc -eq 2 ]"
"$CLI" --no-such-flag "$ROOT/seeds/000_839ec5b0349401bf.txt" >/dev/null 2>&1; rc=$?
check "unknown flag: exit 2" "[ $rc -eq 2 ]"
"$CLI" >/dev/null 2>&1; rc=$?
check "no file: exit 2" "[ $rc -eq 2 ]"

exit $fail
