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

measure() { # name, command...
  local name=$1; shift
  local best="" mem=""
  for run in 1 2 3; do
    /usr/bin/time -f '%e s %M KB' -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt"
    local status=$?
    if [ $status -gt 1 ]; then printf '%-34s failed (exit %d)\n' "$name" "$status"; cat "$work/err.txt" >&2; return; fi
    read -r seconds _ kb _ < <(tail -1 "$work/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; mem=$kb; fi
  done
  printf '%-36s %6s s %9s KB  (%d MB)\n' "$name" "$best" "$mem" "$(( mem / 1024 ))"
}

size_mb=$(( $(stat -c %s "$old") / 1048576 ))
echo "old: $old ($size_mb MB); new: $new ($(( $(stat -c %s "$new") / 1048576 )) MB); best of 3 runs"
echo "target: whole diff < 3 s, peak memory < $(( 2 * size_mb )) MB (twice one file)"
measure "vaktaal stats OLD (load one)" "$vaktaal" stats "$old"
measure "vaktaal diff OLD NEW --summary" "$vaktaal" diff "$old" "$new" --summary
measure "vaktaal diff OLD NEW --format json" "$vaktaal" diff "$old" "$new" --format json
echo
echo "summary of the diff:"
"$vaktaal" diff "$old" "$new" --summary
exit 0
