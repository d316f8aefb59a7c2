#!/usr/bin/env python3
"""Independent check: rdflib reads a file Vaktaal wrote and compares it with a reference graph.

usage: rdflib_isomorphic.py FILE FORMAT REFERENCE.nt
FORMAT is an rdflib parser name (xml, nt, turtle, json-ld). Prints one line; exit 0 when the two
graphs are isomorphic, 1 when not, 2 when a file cannot be read.
"""
import sys

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    path, fmt, reference_path = sys.argv[1:]
    try:
        ours = Graph().parse(path, format=fmt)
        reference = Graph().parse(reference_path, format="nt")
    except Exception as error:  # rdflib raises many types; all mean "cannot read"
        print(f"rdflib could not read: {error}", file=sys.stderr)
        return 2
    if isomorphic(ours, reference):
        print(f"rdflib: {path} isomorphic to {reference_path} ({len(ours)} triples)")
        return 0
    _, only_ours, only_reference = graph_diff(to_isomorphic(ours), to_isomorphic(reference))
    print(f"rdflib: NOT isomorphic: {len(ours)} vs {len(reference)} triples", file=sys.stderr)
    for triple in sorted(only_ours)[:10]:
        print(f"  only in {path}: {triple}", file=sys.stderr)
    for triple in sorted(only_reference)[:10]:
        print(f"  only in {reference_path}: {triple}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
