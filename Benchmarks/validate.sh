#!/usr/bin/env bash
# Validates the ESCO-sized generated vocabulary with a release build of vaktaal and prints wall
# time and peak memory: the whole command (load + checks + report), and loading alone (convert
# to N-Triples, for comparison). Target: validate under 5 s.
#
#   bash Benchmarks/validate.sh                    # uses /tmp/bench/big.rdf, generating it if missing
#   BIG=path/to/file.rdf bash Benchmarks/validate.sh
#   SCRATCH=.build-validate bash Benchmarks/validate.sh   # build in another scratch path
#
# Needs: GNU time (/usr/bin/time), python3 to generate the file.
set -uo pipefail
cd "$(dirname "$0")/.."
big=${BIG:-/tmp/bench/big.rdf}
scratch=${SCRATCH:-.build-validate}
work=${WORK:-/tmp/vaktaal-bench}
mkdir -p "$work" "$(dirname "$big")"
if [ ! -s "$big" ]; then
  echo "generating $big (15000 concepts, 28 languages, SKOS-XL) ..." >&2
  python3 ../shared/tools/gen-vocabulary.py --concepts 15000 --langs 28 --skosxl > "$big"
fi
swift build -c release --scratch-path "$scratch" --product vaktaal >&2 || exit 2
vaktaal=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/vaktaal
size_mb=$(( $(stat -c %s "$big") / 1048576 ))

source Benchmarks/measure.sh

echo "file: $big ($size_mb MB); best of 3 runs"
measure_header command
measure "vaktaal convert --to ntriples" "$vaktaal" convert "$big" --to ntriples -o /dev/null
OK="0 1" measure "vaktaal validate (text)" "$vaktaal" validate "$big"
OK="0 1" measure "vaktaal validate --format json" "$vaktaal" validate "$big" --format json
"$vaktaal" validate "$big" | head -1
