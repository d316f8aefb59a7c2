#!/usr/bin/env bash
# Converts an ESCO-sized RDF/XML file to N-Triples with vaktaal and with its peers, on the same
# file in one go, and prints wall time and peak memory for each.
#
#   bash Benchmarks/convert.sh            # generates /tmp/vaktaal-bench/big.rdf if missing
#   BIG=path/to/file.rdf bash Benchmarks/convert.sh
#
# Needs: python3 with pyoxigraph (pip install pyoxigraph), raptor2-utils (rapper), libxml2-utils
# (xmllint), GNU time. Peers that are missing are reported as such.
set -uo pipefail
cd "$(dirname "$0")/.."
work=${WORK:-/tmp/vaktaal-bench}
mkdir -p "$work"
big=${BIG:-$work/big.rdf}
if [ ! -s "$big" ]; then
  echo "generating $big (15000 concepts, 28 languages, SKOS-XL) ..." >&2
  python3 ../shared/tools/gen-vocabulary.py --concepts 15000 --langs 28 --skosxl > "$big"
fi
swift build -c release --product vaktaal >&2 || exit 2
vaktaal=$(swift build -c release --show-bin-path)/vaktaal
size_mb=$(( $(stat -c %s "$big") / 1048576 ))
triples=$("$vaktaal" convert "$big" --to ntriples | wc -l)

source Benchmarks/measure.sh

echo "file: $big ($size_mb MB, $triples triples); best of 3 runs"
measure_header tool
measure "xmllint --stream (floor)" xmllint --stream --noout "$big"
measure "vaktaal convert" "$vaktaal" convert "$big" --to ntriples -o /dev/null
measure "rapper -c" rapper -q -c -i rdfxml "$big"
cat > "$work/oxigraph.py" <<'PY'
import sys, pyoxigraph
count = sum(1 for _ in pyoxigraph.parse(path=sys.argv[1], format=pyoxigraph.RdfFormat.RDF_XML))
print(count)
PY
measure "pyoxigraph parse" python3 "$work/oxigraph.py" "$big"
