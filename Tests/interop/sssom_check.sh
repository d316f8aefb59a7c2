#!/usr/bin/env bash
# Independent check: sssom-py's `sssom validate` accepts every SSSOM/TSV file Vaktaal writes.
#
# usage: sssom_check.sh FILE_OR_FOLDER...   validate these files (every *.tsv below a folder)
#        sssom_check.sh --vaktaal BINARY    first write, with that vaktaal binary, the shipped mapping
#                                           sets (vaktaal convert Vocabularies/mappings/X.rdf --to
#                                           sssom) and a round trip of every valid sssom-py test file
#                                           (convert F --to sssom, and F --to rdfxml --to sssom), then
#                                           validate those
#
# Prints one line per file and a summary; exits 0 when every file is valid, 1 when one is not,
# 2 when sssom-py is missing (pip install sssom) or a file cannot be written.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

if ! command -v sssom >/dev/null 2>&1; then
  echo "sssom_check: sssom-py is not installed (pip install sssom)" >&2
  exit 2
fi

files=()
if [ "${1:-}" = "--vaktaal" ]; then
  vaktaal=${2:?usage: sssom_check.sh --vaktaal BINARY}
  work=$(mktemp -d "${TMPDIR:-/tmp}/vaktaal-sssom-check.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  for rdf in "$root"/Vocabularies/mappings/*.rdf; do
    out="$work/$(basename "$rdf" .rdf).sssom.tsv"
    "$vaktaal" convert "$rdf" --to sssom -o "$out" || exit 2
    files+=("$out")
  done
  # The sssom-py test files that are valid SSSOM/TSV (the others are rejected, see docs/sssom.md).
  data="$root/../shared/data/sssom/tests/data"
  for name in asymmetric.tsv basic.tsv basic2.tsv basic3.tsv basic_subset.tsv cardinality-scope.sssom.tsv \
      cardinality-with-NoTermFound.sssom.tsv cardinality-with-literal-mappings.sssom.tsv cardinality.sssom.tsv \
      cob-to-external.tsv literals-condensed.sssom.tsv literals.sssom.tsv propagatable.tsv reconcile_1.tsv \
      reconcile_2.tsv sssom11-extensions.sssom.tsv test_annotate_sssom.tsv test_filter_sssom.tsv \
      trailing-tabs.sssom.tsv; do
    stem=${name%.tsv}; stem=${stem%.sssom}
    "$vaktaal" convert "$data/$name" --to sssom -o "$work/$stem.roundtrip.sssom.tsv" || exit 2
    "$vaktaal" convert "$data/$name" --to rdfxml -o "$work/$stem.rdf" || exit 2
    "$vaktaal" convert "$work/$stem.rdf" --to sssom -o "$work/$stem.via-rdf.sssom.tsv" || exit 2
    files+=("$work/$stem.roundtrip.sssom.tsv" "$work/$stem.via-rdf.sssom.tsv")
  done
else
  for argument in "$@"; do
    if [ -d "$argument" ]; then
      while IFS= read -r file; do files+=("$file"); done < <(find "$argument" -name '*.tsv' | sort)
    else
      files+=("$argument")
    fi
  done
fi

if [ ${#files[@]} -eq 0 ]; then
  echo "sssom_check: no files to validate" >&2
  exit 2
fi

failed=0
for file in "${files[@]}"; do
  if log=$(sssom validate "$file" 2>&1); then
    echo "sssom validate: ok    $(basename "$file")"
  else
    echo "sssom validate: FAIL  $file"
    echo "$log" | grep -v '^  File \|^    ' | tail -5 | sed 's/^/    /'
    failed=$((failed + 1))
  fi
done
echo "sssom validate: $(( ${#files[@]} - failed )) of ${#files[@]} files valid"
[ "$failed" -eq 0 ]
