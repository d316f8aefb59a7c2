#!/usr/bin/env bash
# Reads and writes Turtle with a release build of vaktaal and prints wall time, CPU time and peak
# memory (best of 3 runs): the UNESCO thesaurus (2.5 MB Turtle, 75 k triples) and an ESCO-sized
# generated vocabulary (--concepts 15000 --langs 28 --skosxl, 2.66 M triples) written as Turtle by
# vaktaal and read back; rapper (raptor2-utils) parses the same Turtle for comparison.
#
#   bash Benchmarks/turtle.sh
#   SCRATCH=.build-turtle BIG=path/to/file.rdf bash Benchmarks/turtle.sh
#
# Needs: GNU time (/usr/bin/time), python3 (for the generator); rapper is optional.
set -uo pipefail
cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build-turtle}
work=${WORK:-/tmp/vaktaal-bench}
mkdir -p "$work"
big=${BIG:-$work/big.rdf}
unesco=../shared/data/unesco/2016-10-26/unesco-thesaurus.ttl
if [ ! -s "$big" ]; then
  echo "generating $big (15000 concepts, 28 languages, SKOS-XL) ..." >&2
  python3 ../shared/tools/gen-vocabulary.py --concepts 15000 --langs 28 --skosxl > "$big"
fi
swift build -c release --scratch-path "$scratch" --product vaktaal >&2 || exit 2
vaktaal=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/vaktaal
"$vaktaal" convert "$big" --to turtle -o "$work/big.ttl" || exit 2

source Benchmarks/measure.sh

echo "UNESCO: $unesco ($(( $(stat -c %s "$unesco") / 1024 )) KB); generated: $work/big.ttl ($(( $(stat -c %s "$work/big.ttl") / 1048576 )) MB Turtle, from $(( $(stat -c %s "$big") / 1048576 )) MB RDF/XML); best of 3 runs"
measure_header command
measure "vaktaal: UNESCO Turtle -> N-Triples" "$vaktaal" convert "$unesco" --to ntriples -o /dev/null
measure "vaktaal: UNESCO Turtle -> Turtle" "$vaktaal" convert "$unesco" --to turtle -o /dev/null
measure "rapper: UNESCO Turtle -> N-Triples" rapper -q -i turtle -o ntriples "$unesco"
measure "vaktaal: generated RDF/XML -> Turtle" "$vaktaal" convert "$big" --to turtle -o /dev/null
measure "vaktaal: generated Turtle -> N-Triples" "$vaktaal" convert "$work/big.ttl" --to ntriples -o /dev/null
measure "rapper: generated Turtle -> N-Triples" rapper -q -i turtle -o ntriples "$work/big.ttl"
