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

measure() { # name, expected exit statuses, command...
  local name=$1 ok=$2; shift 2
  local best="" mem="" status
  for run in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt"
    status=$?
    if [[ " $ok " != *" $status "* ]]; then printf '%-34s %10s (exit %s)\n' "$name" "failed" "$status"; cat "$work/err.txt" >&2; return; fi
    read -r seconds kb < <(tail -1 "$work/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; mem=$kb; fi
  done
  printf '%-34s %10s %12s\n' "$name" "$best" "$(( mem / 1024 ))"
}

echo "file: $big ($size_mb MB); best of 3 runs"
printf '%-34s %10s %12s\n' "command" "seconds" "peak MB"
measure "vaktaal convert --to ntriples" "0" "$vaktaal" convert "$big" --to ntriples -o /dev/null
measure "vaktaal validate (text)" "0 1" "$vaktaal" validate "$big"
measure "vaktaal validate --format json" "0 1" "$vaktaal" validate "$big" --format json
"$vaktaal" validate "$big" | head -1
