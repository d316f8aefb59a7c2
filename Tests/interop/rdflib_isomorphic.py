#!/usr/bin/env python3
"""Independent check: rdflib reads a file Vaktaal wrote and compares it with a reference graph.

usage: rdflib_isomorphic.py FILE FORMAT REFERENCE.nt
FORMAT is an rdflib parser name (xml, nt, turtle, json-ld). Prints one line; exit 0 when the two
graphs are isomorphic, 1 when not, 2 when a file cannot be read.
"""
import sys

from rdflib import BNode, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic


def split(graph):
    """The triples without blank nodes as a set, and those with blank nodes as a graph."""
    ground, blank = set(), Graph()
    for triple in graph:
        if any(isinstance(term, BNode) for term in triple):
            blank.add(triple)
        else:
            ground.add(triple)
    return ground, blank


def relabelled(blank):
    """The blank-node triples with every blank node named by its ground neighbourhood, or None
    when two blank nodes look alike (then only full canonicalisation can decide)."""
    signature = {}
    for s, p, o in blank:
        for node, entry in ((s, ("out", p, o)), (o, ("in", p, s))):
            if isinstance(node, BNode):
                other = entry[2]
                signature.setdefault(node, []).append((entry[0], entry[1], None if isinstance(other, BNode) else other))
    names = {node: repr(sorted(map(repr, entries))) for node, entries in signature.items()}
    if len(set(names.values())) != len(names):
        return None
    return {tuple(BNode(names[t]) if isinstance(t, BNode) else t for t in triple) for triple in blank}


def same_graph(ours, reference):
    """Isomorphism, fast: ground triples compare as sets; blank nodes are matched by their
    neighbourhood, and only when that is ambiguous does rdflib canonicalise."""
    ours_ground, ours_blank = split(ours)
    reference_ground, reference_blank = split(reference)
    if ours_ground != reference_ground or len(ours_blank) != len(reference_blank):
        return False
    ours_named, reference_named = relabelled(ours_blank), relabelled(reference_blank)
    if ours_named is not None and reference_named is not None:
        return ours_named == reference_named
    return isomorphic(ours_blank, reference_blank)


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
    if same_graph(ours, reference):
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
