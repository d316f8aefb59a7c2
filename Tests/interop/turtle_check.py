#!/usr/bin/env python3
"""Independent check of Vaktaal's Turtle reader and writer against rdflib, on real files.

usage: turtle_check.py VAKTAAL [FILE...]

For every Turtle file (default: the UNESCO thesaurus, Skosmos' test vocabularies and Skosify's
dctype.out.rdf, which is Turtle despite its name), with one base IRI for both tools:
  1. `vaktaal convert FILE --from turtle --to ntriples` must be isomorphic to rdflib's reading of FILE;
  2. `vaktaal convert FILE --from turtle --to turtle` must read (in rdflib) to that same graph.
Prints one line per file; exit 0 when all agree, 1 when one differs, 2 on a usage or tool error.
"""
import glob
import logging
import os
import subprocess
import sys
import tempfile

import rdflib
from rdflib import Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import XSD

# Compare lexical forms as written (RDF terms), not rdflib's canonical values, and keep quiet about
# literals rdflib cannot convert to Python values (Skosmos has deliberately invalid dates).
rdflib.NORMALIZE_LITERALS = False
logging.getLogger("rdflib").setLevel(logging.CRITICAL)

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data")


def default_files():
    files = [os.path.join(SHARED, "unesco/2016-10-26/unesco-thesaurus.ttl")]
    files += sorted(glob.glob(os.path.join(SHARED, "skosmos/tests/test-vocab-data/*.ttl")))
    files.append(os.path.join(SHARED, "skosify/examples/dctype.out.rdf"))
    return [os.path.normpath(f) for f in files]


def parse(path, fmt, base=None):
    """Reads a file with rdflib, in RDF 1.1 terms: `"x"^^xsd:string` is `"x"`, language tags are
    compared case-insensitively (both as Vaktaal keeps them: lower case)."""
    graph = Graph().parse(path, format=fmt, publicID=base)
    normalized = Graph()
    for subject, predicate, obj in graph:
        if isinstance(obj, Literal):
            if obj.datatype == XSD.string:
                obj = Literal(str(obj))
            elif obj.language:
                obj = Literal(str(obj), lang=obj.language.lower())
        normalized.add((subject, predicate, obj))
    return normalized


def convert(vaktaal, path, to, output, base):
    command = [vaktaal, "convert", path, "--from", "turtle", "--to", to, "--base", base, "-o", output]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"vaktaal exited {result.returncode}: {result.stderr.strip()}")


def explain(ours, reference, label):
    _, only_ours, only_reference = graph_diff(to_isomorphic(ours), to_isomorphic(reference))
    print(f"  {label}: {len(ours)} vs {len(reference)} triples", file=sys.stderr)
    for triple in sorted(only_ours)[:5]:
        print(f"    only in vaktaal's: {triple}", file=sys.stderr)
    for triple in sorted(only_reference)[:5]:
        print(f"    only in rdflib's: {triple}", file=sys.stderr)


def check(vaktaal, path, directory):
    name = os.path.basename(path)
    base = "http://example.org/interop/" + name
    reference = parse(path, "turtle", base)
    nt, ttl = os.path.join(directory, name + ".nt"), os.path.join(directory, name + ".ttl")
    convert(vaktaal, path, "ntriples", nt, base)
    convert(vaktaal, path, "turtle", ttl, base)
    read = parse(nt, "nt")
    written = parse(ttl, "turtle")
    ok = True
    if not isomorphic(read, reference):
        explain(read, reference, f"{name}: vaktaal's reading differs from rdflib's")
        ok = False
    if not isomorphic(written, reference):
        explain(written, reference, f"{name}: vaktaal's Turtle, read by rdflib, differs")
        ok = False
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {len(reference)} triples")
    return ok


def main():
    if len(sys.argv) < 2 or not os.access(sys.argv[1], os.X_OK):
        print(__doc__, file=sys.stderr)
        return 2
    vaktaal, files = sys.argv[1], sys.argv[2:] or default_files()
    failures = 0
    with tempfile.TemporaryDirectory() as directory:
        for path in files:
            try:
                failures += not check(vaktaal, path, directory)
            except Exception as error:  # rdflib raises many types; a tool error is a failure too
                print(f"FAIL {os.path.basename(path)}: {error}", file=sys.stderr)
                failures += 1
    print(f"{len(files) - failures}/{len(files)} files agree with rdflib")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
