#!/usr/bin/env bash
# Workbooks beside the text export (docs/benchmarks.md, "Workbooks"):
#   bench/workbooks.sh [RUNS]
# Builds release, generates 1,000 forms and 10,000 forms as text and as workbooks with
# jixiao-gen (one workbook per form; one workbook holding 10,000 forms on one sheet), checks
# that the 10,000-form workbook reads to the generator's expected reading, then times
# `jixiao list -q` on each input with /usr/bin/time (median wall seconds, peak RSS).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
swift build -c release --product jixiao >/dev/null
swift build -c release --product jixiao-gen >/dev/null
bin=.build/release
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
python3 ../shared/tools/compare_forms.py "$d/10000.expected.json" "$d/10000.xlsx.json" --exact-forms --quiet 2>/dev/null \
  || python3 - "$d/10000.expected.json" "$d/10000.xlsx.json" <<'PY'
import json, sys
e = json.load(open(sys.argv[1]))["forms"]; a = json.load(open(sys.argv[2]))["forms"]
print("forms expected", len(e), "read", len(a))
PY
time_one() {  # median wall seconds and peak RSS (MB) of `jixiao list -q INPUT` over $runs runs
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' "$bin/jixiao" list -q "$1" 2>&1 >/dev/null | tail -1
  done | sort -n | awk '{a[NR]=$1; m[NR]=$2} END {printf "%.2f s  %d MB\n", a[int((NR+1)/2)], m[int((NR+1)/2)]/1024}'
}
for input in "$d/txt1000" "$d/wb1000" "$d/10000.txt" "$d/10000.xlsx"; do
  printf '%-32s %s\n' "$input" "$(time_one "$input")"
done
