#!/usr/bin/env bash
# Times the ESCO import against Python's csv module reading the same files, in one run: Python
# opens every *.csv of the download with csv.reader and touches every cell; vaktaal imports the
# download and writes it as N-Triples (`vaktaal convert ESCO --to ntriples -o /dev/null`). Best of
# 3 runs each (wall seconds), then the ratio vaktaal / Python. The goal (issue #20) is 2 or less.
#
#   bash Benchmarks/esco-import.sh
#   ESCO=path/to/esco/folder SCRATCH=.build-esco bash Benchmarks/esco-import.sh
#   VAKTAAL=/tmp/vaktaal-before bash Benchmarks/esco-import.sh   (time another binary)
#
# Needs: python3, GNU time (/usr/bin/time).
set -uo pipefail
cd "$(dirname "$0")/.."
esco=${ESCO:-../shared/data/esco/v1.1.1}
scratch=${SCRATCH:-.build-csv}
work=${WORK:-/tmp/vaktaal-bench}
mkdir -p "$work"
if [ -n "${VAKTAAL:-}" ]; then
  vaktaal=$VAKTAAL  # a binary built elsewhere, say from the commit before, to compare
else
  swift build -c release --scratch-path "$scratch" --product vaktaal >&2 || exit 2
  vaktaal=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/vaktaal
fi

source Benchmarks/measure.sh

cat > "$work/read-csv.py" <<'PYTHON'
import csv, pathlib, sys
csv.field_size_limit(sys.maxsize)  # conceptSchemes_en.csv lists thousands of top concepts in one cell
cells = 0
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.csv")):
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.reader(file):
            for cell in row:
                cells += len(cell) > 0
print(cells)
PYTHON

files=$(find "$esco" -name '*.csv' | wc -l)
megabytes=$(find "$esco" -name '*.csv' -exec stat -c %s {} + | awk '{ total += $1 } END { printf "%.1f", total / 1048576 }')
echo "ESCO download: $esco ($files CSV files, $megabytes MB); best of 3 runs"
measure_header command
python=$(measure "python3 csv.reader, every cell" python3 "$work/read-csv.py" "$esco")
echo "$python"
vaktaal_line=$(measure "vaktaal convert ESCO --to ntriples" "$vaktaal" convert "$esco" --to ntriples -o /dev/null)
echo "$vaktaal_line"
python_seconds=$(awk '{ print $(NF - 2) }' <<<"$python")
vaktaal_seconds=$(awk '{ print $(NF - 2) }' <<<"$vaktaal_line")
awk -v v="$vaktaal_seconds" -v p="$python_seconds" 'BEGIN { if (p + 0 > 0 && v + 0 > 0) printf "ratio vaktaal / python: %.2f (goal: 2 or less)\n", v / p }'
