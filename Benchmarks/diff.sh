#!/usr/bin/env bash
# Times `vaktaal diff` on two ESCO-sized versions of a vocabulary (15,000 concepts, 28 languages,
# SKOS-XL, ≈217 MB of RDF/XML each; the second with --drift 3) and prints wall time and peak
# memory, for the whole diff and for loading one version alone (vaktaal stats) for comparison.
#
#   bash Benchmarks/diff.sh                       # uses /tmp/bench/big.rdf and big-v2.rdf, generating them if missing
#   OLD=a.rdf NEW=b.rdf bash Benchmarks/diff.sh
#
# Needs: python3 (for generating), GNU time (/usr/bin/time).
set -uo pipefail
cd "$(dirname "$0")/.."
work=${WORK:-/tmp/bench}
mkdir -p "$work"
old=${OLD:-$work/big.rdf}
new=${NEW:-$work/big-v2.rdf}
generator=../shared/tools/gen-vocabulary.py
if [ ! -s "$old" ]; then
  echo "generating $old ..." >&2
  python3 "$generator" --concepts 15000 --langs 28 --skosxl > "$old"
fi
if [ ! -s "$new" ]; then
  echo "generating $new ..." >&2
  python3 "$generator" --concepts 15000 --langs 28 --skosxl --drift 3 > "$new"
fi
swift build -c release --scratch-path .build-diff --product vaktaal >&2 || exit 2
vaktaal=$(swift build -c release --scratch-path .build-diff --show-bin-path)/vaktaal

source Benchmarks/measure.sh

size_mb=$(( $(stat -c %s "$old") / 1048576 ))
echo "old: $old ($size_mb MB); new: $new ($(( $(stat -c %s "$new") / 1048576 )) MB); best of 3 runs"
echo "target: whole diff < 3 s, peak memory < $(( 2 * size_mb )) MB (twice one file)"
measure_header
measure "vaktaal stats OLD (load one)" "$vaktaal" stats "$old"
OK="0 1" measure "vaktaal diff OLD NEW --summary" "$vaktaal" diff "$old" "$new" --summary
OK="0 1" measure "vaktaal diff OLD NEW --format json" "$vaktaal" diff "$old" "$new" --format json
echo
echo "summary of the diff:"
"$vaktaal" diff "$old" "$new" --summary
exit 0
