#!/usr/bin/env bash
# Snapshots (issue #20), measured side by side in one run with a release build of vaktaal:
#   - cold `lookup`, `show` and `translate` with the shipped vocabularies + the ESCO v1.1.1 CSV
#     download, read from the sources (VAKTAAL_CACHE=off, as before snapshots) and from a
#     snapshot; and `lookup`/`show` on the ESCO-sized generated file;
#   - `vaktaal snapshot` against loading the same sources once (`lookup` from the sources, which
#     loads and indexes them), and the snapshot's size against its sources.
# Wall seconds, CPU seconds and peak resident MB, best of 3 runs (Benchmarks/measure.sh).
#
#   bash Benchmarks/snapshot.sh
#   BIG=/tmp/bench/big.rdf SCRATCH=.build bash Benchmarks/snapshot.sh
#
# BIG defaults to $work/big.rdf, generated when missing with ../shared/tools/gen-vocabulary.py
# --concepts 15000 --langs 28 --skosxl (217 MB, about a minute). Goals: under 100 ms and 60 MB
# with ESCO, under 150 ms on the generated file; snapshot build no slower than one load; size at
# most 0.3 times the RDF/XML.
set -uo pipefail
cd "$(dirname "$0")/.."
esco=${ESCO:-../shared/data/esco/v1.1.1}
scratch=${SCRATCH:-.build}
work=${WORK:-/tmp/vaktaal-bench}
mkdir -p "$work"
swift build -c release --scratch-path "$scratch" --product vaktaal >&2 || exit 2
vaktaal=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/vaktaal
big=${BIG:-$work/big.rdf}
if [ ! -s "$big" ]; then
  python3 ../shared/tools/gen-vocabulary.py --concepts 15000 --langs 28 --skosxl > "$big" || exit 2
fi
export VAKTAAL_CACHE=off
source Benchmarks/measure.sh

mb() { awk "BEGIN{printf \"%.1f\", $1 / 1048576}"; }
size() { find "$@" -type f -exec stat -c %s {} + | awk '{ total += $1 } END { print total }'; }

echo "Shipped vocabularies + ESCO v1.1.1 ($esco)"
measure_header
measure "snapshot Vocabularies+ESCO" "$vaktaal" snapshot Vocabularies "$esco" -o "$work/esco.vaktaal"
measure "lookup weld, from the sources" "$vaktaal" lookup weld --vocab Vocabularies "$esco"
measure "lookup weld, from the snapshot" "$vaktaal" lookup weld --vocab "$work/esco.vaktaal"
measure "show H01.01, from the sources" "$vaktaal" show H01.01 --vocab Vocabularies "$esco"
measure "show H01.01, from the snapshot" "$vaktaal" show H01.01 --vocab "$work/esco.vaktaal"
measure "translate lassen, from the sources" "$vaktaal" translate lassen --to esco --vocab Vocabularies "$esco"
measure "translate lassen, from the snapshot" "$vaktaal" translate lassen --to esco --vocab "$work/esco.vaktaal"
echo "sizes: sources $(mb "$(size Vocabularies "$esco")") MB, snapshot $(mb "$(size "$work/esco.vaktaal")") MB"
echo
echo "Generated ESCO-sized file ($big)"
label=$(grep -m1 -o '<skos:prefLabel xml:lang="nl">[^<]*' "$big" | sed 's/.*>//')
measure_header
measure "snapshot big.rdf" "$vaktaal" snapshot "$big" -o "$work/big.vaktaal"
measure "lookup, from the RDF/XML" "$vaktaal" lookup "$label" --vocab "$big"
measure "lookup, from the snapshot" "$vaktaal" lookup "$label" --vocab "$work/big.vaktaal"
OK="0 1" measure "show, from the snapshot" "$vaktaal" show "$label" --vocab "$work/big.vaktaal"
echo "sizes: RDF/XML $(mb "$(size "$big")") MB, snapshot $(mb "$(size "$work/big.vaktaal")") MB ($(awk "BEGIN{printf \"%.2f\", $(size "$work/big.vaktaal") / $(size "$big")}")×)"
