#!/usr/bin/env bash
# Floors on the out-of-sample person and organization figures: the
# third-party NER development sets (../shared/eval/external, kept outside the
# repository; exit 77, skipped, where they are absent), scored per record by
# exact span with tiqu-ner-eval.  Floors only ever go up; the issue's targets
# are PFR PER 0.75 / ORG 0.67, MSRA 0.63 / 0.65, CLUENER 0.49 / 0.31.
set -u
EVAL="$1"; DIR="$2"
[ -d "$DIR/pfr" ] && [ -d "$DIR/msra" ] && [ -d "$DIR/cluener" ] || { echo "no $DIR: skipped"; exit 77; }
fail=0
#      set      PER floor  ORG floor
FLOORS="pfr     0.785      0.710
        msra    0.750      0.710
        cluener 0.580      0.390"
while read -r set per org; do
  out=$("$EVAL" "$DIR/$set/dev.jsonl") || { echo "FAIL: $set: tiqu-ner-eval failed"; fail=1; continue; }
  for type in PER ORG; do
    floor=$([ $type = PER ] && echo "$per" || echo "$org")
    f1=$(awk -v t=$type '$1 == t {print $7}' <<<"$out")
    if awk -v f="$f1" -v m="$floor" 'BEGIN {exit !(f != "" && f + 0 >= m + 0)}'; then
      echo "ok: $set $type F1 $f1 >= $floor"
    else
      echo "FAIL: $set $type F1 '$f1' < $floor"; fail=1
    fi
  done
done <<<"$FLOORS"
exit $fail
