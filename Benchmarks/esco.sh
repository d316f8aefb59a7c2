#!/usr/bin/env bash
# Imports the whole ESCO v1.1.1 CSV download (../shared/data/esco/v1.1.1: en + nl + relations,
# 18 files, 45 MB) with a release build of vaktaal and prints wall time and peak memory, best of
# 3 runs, for `vaktaal stats` (import + SKOS model + statistics) and for a conversion of the
# import to N-Triples and to the spreadsheet CSV layout. "CPU s" is user + system time of the
# fastest run: on a busy machine it tells more than the wall time.
#
#   bash Benchmarks/esco.sh
#   ESCO=path/to/esco/folder SCRATCH=.build-csv bash Benchmarks/esco.sh
#
# Needs: GNU time (/usr/bin/time). The goal is under 3 s for `vaktaal stats` (docs/esco.md).
set -uo pipefail
cd "$(dirname "$0")/.."
esco=${ESCO:-../shared/data/esco/v1.1.1}
scratch=${SCRATCH:-.build-csv}
work=${WORK:-/tmp/vaktaal-bench}
mkdir -p "$work"
swift build -c release --scratch-path "$scratch" --product vaktaal >&2 || exit 2
vaktaal=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/vaktaal

source Benchmarks/measure.sh

files=$(find "$esco" -name '*.csv' | wc -l)
megabytes=$(find "$esco" -name '*.csv' -exec stat -c %s {} + | awk '{ total += $1 } END { printf "%.1f", total / 1048576 }')
echo "ESCO download: $esco ($files CSV files, $megabytes MB); best of 3 runs"
measure_header command
measure "vaktaal stats ESCO" "$vaktaal" stats "$esco"
measure "vaktaal convert ESCO --to ntriples" "$vaktaal" convert "$esco" --to ntriples -o /dev/null
measure "vaktaal convert ESCO --to csv" "$vaktaal" convert "$esco" --to csv -o "$work/esco.csv"
