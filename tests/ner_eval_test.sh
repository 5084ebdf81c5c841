#!/usr/bin/env bash
# tiqu-ner-eval's contract: exact-span scores per record, and --by_article
# extracting the paragraphs of one article together (a name found with a
# title in one paragraph is then found in the next, where alone it is not).
set -u
EVAL="$1"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }

cat > "$TMP/set.jsonl" <<'JSON'
{"id": "20240101-01-001-001", "text": "本市副市长郑砚田今天说，新线路明年开通。", "entities": [{"type": "PER", "start": 5, "end": 8, "text": "郑砚田"}]}
{"id": "20240101-01-001-002", "text": "这次郑砚田带来了好消息。", "entities": [{"type": "PER", "start": 2, "end": 5, "text": "郑砚田"}]}
{"id": "20240101-01-002-001", "text": "北京市总工会举办职工运动会。", "entities": [{"type": "ORG", "start": 0, "end": 6, "text": "北京市总工会"}, {"type": "LOC", "start": 0, "end": 3, "text": "北京市"}]}
JSON
out=$("$EVAL" "$TMP/set.jsonl"); rc=$?
check "exit 0" "[ $rc -eq 0 ]"
check "per record: PER tp 1 fn 1" 'grep -Eq "^PER +1 +0 +1 " <<<"$out"'
check "per record: ORG tp 1, LOC not scored" 'grep -Eq "^ORG +1 +0 +0 " <<<"$out" && ! grep -q "^LOC" <<<"$out"'
out=$("$EVAL" --by_article "$TMP/set.jsonl")
check "by article: PER tp 2" 'grep -Eq "^PER +2 +0 +0 " <<<"$out"'
out=$("$EVAL" --errors "$TMP/set.jsonl")
check "errors: the missed name with its context" 'grep -q "^FN PER 郑砚田	这次\[郑砚田\]带来了好消息。" <<<"$out"'
printf 'not json\n' > "$TMP/bad.jsonl"
"$EVAL" "$TMP/bad.jsonl" >/dev/null 2>"$TMP/err"; rc=$?
check "a bad line: exit 1 naming file and line" '[ $rc -eq 1 ] && grep -q "bad.jsonl:1" "$TMP/err"'
exit $fail
