#!/usr/bin/env bash
# Workbooks beside the text export (docs/benchmarks.md, "Workbooks"):
#   bench/workbooks.sh [RUNS]      (COMPARE_FORMS=… names another copy of compare_forms.py)
# Builds release, generates 1,000 forms and 10,000 forms as text and as workbooks with
# jixiao-gen (one workbook per form; one workbook holding 10,000 forms on one sheet), checks
# that the 10,000-form workbook reads to the generator's expected reading, then times
# `jixiao list -q` on each input with /usr/bin/time (median wall seconds, peak RSS).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
swift build -c release --scratch-path .build-release --product jixiao >/dev/null
swift build -c release --scratch-path .build-release --product jixiao-gen >/dev/null
bin=.build-release/release
d=bench-data/workbooks
mkdir -p "$d"
if [ ! -f "$d/10000.xlsx" ]; then
  "$bin/jixiao-gen" --forms 1000 --seed 7 --out "$d/1000.txt" --xlsx-dir "$d/wb1000"
  python3 - "$d/1000.txt" "$d/txt1000" <<'PY'
import os, sys
text = open(sys.argv[1], encoding="utf-8").read().split("\n")
os.makedirs(sys.argv[2], exist_ok=True)
starts = [i for i, l in enumerate(text) if l.strip().endswith("项目支出绩效目标表") and "\t" not in l.strip()]
for k, s in enumerate(starts):
    e = starts[k + 1] if k + 1 < len(starts) else len(text)
    open(os.path.join(sys.argv[2], "form%06d.txt" % (k + 1)), "w", encoding="utf-8").write("\n".join(text[s:e]) + "\n")
PY
  "$bin/jixiao-gen" --forms 10000 --seed 7 --out "$d/10000.txt" --expected "$d/10000.expected.json" --xlsx "$d/10000.xlsx"
fi
"$bin/jixiao" export -q "$d/10000.xlsx" > "$d/10000.xlsx.json"
python3 "${COMPARE_FORMS:-/work/shared/tools/compare_forms.py}" "$d/10000.expected.json" "$d/10000.xlsx.json" --exact-forms --quiet 2>/dev/null \
  || python3 - "$d/10000.expected.json" "$d/10000.xlsx.json" <<'PY'
import json, sys
e = json.load(open(sys.argv[1]))["forms"]; a = json.load(open(sys.argv[2]))["forms"]
print("forms expected", len(e), "read", len(a))
PY
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
time_one() {  # median CPU seconds (user + system), wall seconds and peak RSS of `jixiao list -q INPUT`
  local out
  out=$(for _ in $(seq "$runs"); do
    /usr/bin/time -f '%U %S %e %M' "$bin/jixiao" list -q "$1" 2>&1 >/dev/null | tail -1
  done)
  printf '%.2f s cpu  %.2f s wall  %d MB\n' "$(awk '{print $1 + $2}' <<<"$out" | median)" \
    "$(awk '{print $3}' <<<"$out" | median)" "$(( $(awk '{print $4}' <<<"$out" | median) / 1024 ))"
}
for pair in "txt1000 wb1000" "10000.txt 10000.xlsx"; do
  set -- $pair
  text=$(time_one "$d/$1"); book=$(time_one "$d/$2")
  printf '%-24s %s\n%-24s %s\n' "$1" "$text" "$2" "$book"
  awk -v a="${book%% s*}" -v b="${text%% s*}" 'BEGIN {printf "%-24s %.1fx cpu\n", "workbook / text", a / b}'
done
