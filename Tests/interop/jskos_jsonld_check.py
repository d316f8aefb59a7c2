#!/usr/bin/env python3
"""Check that a JSKOS file says, as JSON-LD, the SKOS triples of a reference N-Triples file.

Usage: python3 jskos_jsonld_check.py DOC.json REFERENCE.nt CONTEXT.json [--strict]

DOC.json is a JSKOS document written by `JSKOSWriter.document` (or NDJSON from `JSKOSWriter.ndjson`,
or any JSKOS object / array of objects). REFERENCE.nt is N-Triples of the same vocabulary (written
by Vaktaal from the vocabulary's graph). CONTEXT.json is a local copy of the JSKOS JSON-LD context;
it is served for https://gbv.github.io/jskos/context.json, so nothing is fetched from the network.
The IIIF context that the JSKOS context scopes to the field `media` (which Vaktaal never writes) is
served as an empty context, because pyld loads scoped contexts eagerly.

The document is expanded with pyld and converted to RDF; rdflib compares the SKOS triples
(predicates in the SKOS namespace, plus rdf:type with a SKOS class) with those of the reference,
modulo blank-node renaming. Three JSKOS conventions the JSKOS context cannot express are applied:

* JSKOS mappings are not RDF in the context (`from` and `to` are unmapped, `type` makes the mapping
  node an instance of skos:exactMatch…). Triples about mapping nodes are dropped, and each mapping
  with one concept in `from` and one in `to` contributes `from type to` (unless `_asserted` is false).
* JSKOS requires language tags; Vaktaal writes untagged strings under `und`. Literals tagged `und`
  count as untagged on both sides.
* Language ranges (`-`, `en-`) are JSKOS closed-world markers that JSON-LD rejects; they are
  removed before expansion.

SKOS triples that Vaktaal keeps only in the `_triples` extension (N-Triples lines that JSON-LD
ignores) are counted separately: they are accepted by default and a failure with --strict.
The check also fails when an extension key leaks into the JSON-LD output, or when a triple is
both in JSON-LD and in `_triples`.

Prints one summary line; exits 0 on match, 1 on mismatch, 2 on bad usage or unreadable input.
"""

import copy
import json
import re
import sys

from pyld import jsonld
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

CONTEXT_URL = "https://gbv.github.io/jskos/context.json"
IIIF_CONTEXT_URL = "http://iiif.io/api/presentation/3/context.json"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
MAPPING_TYPES = {SKOS + name for name in
                 ("mappingRelation", "exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")}
BUNDLE_FIELDS = ("memberSet", "memberList", "memberChoice")
LANGUAGE_RANGE = re.compile(r"^([a-z]{1,8}(-[a-z0-9]{1,8})*)?-$")


def load_json(path):
    """The JSKOS objects of a document, NDJSON file, single object or array."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = [json.loads(line) for line in text.splitlines() if line.strip()]
    if isinstance(data, dict) and "@graph" in data:
        return data
    objects = data if isinstance(data, list) else [data]
    return {"@context": CONTEXT_URL, "@graph": objects}


def strip_language_ranges(value):
    """A copy without JSKOS language-range keys, which JSON-LD does not allow."""
    if isinstance(value, list):
        return [strip_language_ranges(item) for item in value]
    if isinstance(value, dict):
        return {key: strip_language_ranges(item) for key, item in value.items()
                if not LANGUAGE_RANGE.match(key)}
    return value


def walk(value):
    """Every JSON object inside a value, depth first."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


def single_member(bundle):
    """The URI of the one concept of a concept bundle, or None."""
    if not isinstance(bundle, dict):
        return None
    for field in BUNDLE_FIELDS:
        members = [member for member in bundle.get(field) or [] if member is not None]
        if len(members) == 1 and isinstance(members[0], dict) and "uri" in members[0]:
            return members[0]["uri"]
    return None


def mapping_triples(document):
    """`from type to` for every JSKOS mapping between single concepts; and the count of others."""
    graph, skipped = Graph(), 0
    for node in walk(document):
        if "from" not in node or "to" not in node:
            continue
        source, target = single_member(node["from"]), single_member(node["to"])
        types = node.get("type") or []
        if source is None or target is None or not types or types[0] not in MAPPING_TYPES:
            skipped += 1
        elif node.get("_asserted", True) is not False:
            graph.add((URIRef(source), URIRef(types[0]), URIRef(target)))
    return graph, skipped


def extension_triples(document):
    """The triples of every `_triples` array."""
    lines = [line for node in walk(document) for line in node.get("_triples", [])]
    graph = Graph()
    graph.parse(data="\n".join(lines) + "\n", format="nt")
    return graph


def loader(context_path):
    with open(context_path, encoding="utf-8") as handle:
        context = json.load(handle)

    def load(url, options=None):
        if url == IIIF_CONTEXT_URL:
            return {"contentType": "application/ld+json", "contextUrl": None,
                    "documentUrl": url, "document": {"@context": {}}}
        if url != CONTEXT_URL:
            raise jsonld.JsonLdError("refusing to load " + url + " (no network)",
                                     "jsonld.LoadDocumentError", code="loading document failed")
        return {"contentType": "application/ld+json", "contextUrl": None,
                "documentUrl": url, "document": copy.deepcopy(context)}
    return load


def json_ld_triples(document, context_path):
    """The RDF that pyld makes of the document."""
    options = {"format": "application/n-quads", "documentLoader": loader(context_path),
               "base": "urn:x-jskos-check:"}
    nquads = jsonld.to_rdf(strip_language_ranges(document), options)
    graph = Graph()
    graph.parse(data=nquads, format="nquads")
    return graph


def is_skos(triple):
    _, predicate, obj = triple
    return str(predicate).startswith(SKOS) or (str(predicate) == RDF_TYPE and str(obj).startswith(SKOS))


def normalise(triple):
    subject, predicate, obj = triple
    if isinstance(obj, Literal) and obj.language == "und":
        obj = Literal(str(obj))
    return subject, predicate, obj


def skos_subset(graph, exclude_subjects=frozenset()):
    result = Graph()
    for triple in graph:
        if is_skos(triple) and triple[0] not in exclude_subjects:
            result.add(normalise(triple))
    return result


def union(*graphs):
    """A graph of all the triples of the given graphs (or lists of triples)."""
    result = Graph()
    for graph in graphs:
        for triple in graph:
            result.add(triple)
    return result


def describe(graph, limit=5):
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)
    more = f" (+{len(lines) - limit} more)" if len(lines) > limit else ""
    return "; ".join(lines[:limit]) + more


def check(doc_path, reference_path, context_path, strict):
    document = load_json(doc_path)
    expanded = json_ld_triples(document, context_path)
    leaked = [t for t in expanded if any(str(term).startswith("urn:x-jskos-check:") for term in t)
              or any(key in str(t[1]) for key in ("_triples", "_bnode", "_asserted", "_prefixes"))]
    if leaked:
        return 1, f"FAIL: extension keys leaked into JSON-LD: {describe(union(leaked))}"
    mapping_nodes = {s for s, p, o in expanded if str(p) == RDF_TYPE and str(o) in MAPPING_TYPES}
    via_json_ld = skos_subset(expanded, exclude_subjects=mapping_nodes)
    via_mappings, skipped = mapping_triples(document)
    via_extension = skos_subset(extension_triples(document))
    visible = union(via_json_ld, via_mappings)
    ground_overlap = [t for t in via_extension
                      if not any(isinstance(term, BNode) for term in t) and t in visible]
    if ground_overlap:
        return 1, f"FAIL: {len(ground_overlap)} triples both in JSON-LD and in _triples: {describe(union(ground_overlap))}"
    reference = Graph()
    reference.parse(reference_path, format="nt")
    expected = skos_subset(reference)
    actual = visible if strict else union(visible, via_extension)
    counts = (f"{len(via_json_ld)} via JSON-LD, {len(via_mappings)} via JSKOS mappings, "
              f"{len(via_extension)} only in _triples" + (f", {skipped} n:m mappings skipped" if skipped else ""))
    if isomorphic(actual, expected):
        return 0, f"OK: {len(expected)} SKOS triples match {reference_path} ({counts})"
    _, missing, unexpected = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    return 1, (f"FAIL: SKOS triples differ from {reference_path} ({counts}): "
               f"{len(missing)} missing [{describe(missing)}], {len(unexpected)} unexpected [{describe(unexpected)}]")


def main(argv):
    arguments = [argument for argument in argv[1:] if argument != "--strict"]
    if len(arguments) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        status, summary = check(*arguments, strict="--strict" in argv)
    except (OSError, ValueError, jsonld.JsonLdError) as error:
        causes = []
        while error is not None:
            is_jsonld = isinstance(error, jsonld.JsonLdError) and error.args
            causes.append(str(error.args[0]) if is_jsonld else str(error))
            error = error.__cause__ or getattr(error, "cause", None)
        print("ERROR: " + ": ".join(causes), file=sys.stderr)
        return 2
    print(summary)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
