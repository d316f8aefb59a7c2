#!/usr/bin/env python3
"""`vaktaal suggest`, measured: leave one mapping set out and look for its curated targets.

For each sector (metaal, metalektro, installatietechniek) the curated sector→hub mappings are
taken away and candidates are suggested for every sector concept; for the hub, the hub→ESCO
mappings are taken away and candidates are suggested among the skills of the ESCO v1.1.1
download. Figures per source concept that has curated targets:

  recall@1   the first candidate is a curated target
  recall@5   a curated target is among the first five
  pairs@5    share of curated (concept, target) pairs found among the first five
  type@1     of the curated targets found at rank 1, the share proposed with the curated relation

Systems, side by side:
  vaktaal    `vaktaal evaluate-suggest --format json` (the binary given; default the release build)
  rapidfuzz  the lexical matcher a terminologist would script: token_set_ratio between folded
             pref and alt labels of source and target (Dutch for the sectors, English for ESCO,
             whose download is English), best label pair per target, ties by IRI.

Usage: python3 Benchmarks/suggest.py [--vaktaal BIN] [--esco DIR] [--ablation]
Needs: pip install rdflib rapidfuzz numpy
"""
import argparse, collections, csv, glob, json, os, re, subprocess, sys, time, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKOS = "http://www.w3.org/2004/02/skos/core#"
HUB = "https://data.vaktaal.nl/hub"
SECTORS = ["metaal", "metalektro", "installatietechniek"]
TYPES = ["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"]


def fold(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return " ".join(re.findall(r"[a-z0-9]+", "".join(c for c in text if not unicodedata.combining(c))))


def load_graph():
    import rdflib
    graph = rdflib.Graph()
    for path in glob.glob(os.path.join(ROOT, "Vocabularies", "*.rdf")) + glob.glob(os.path.join(ROOT, "Vocabularies", "mappings", "*.rdf")):
        graph.parse(path, format="xml")
    return graph


def labels(graph, concept, language):
    import rdflib
    return [fold(str(o)) for p in ("prefLabel", "altLabel") for o in graph.objects(concept, rdflib.URIRef(SKOS + p))
            if getattr(o, "language", None) == language]


def in_scheme(graph, scheme):
    import rdflib
    return sorted(graph.subjects(rdflib.URIRef(SKOS + "inScheme"), rdflib.URIRef(scheme)), key=str)


def curated(graph, source_concepts, target_test):
    import rdflib
    gold = collections.defaultdict(dict)
    for concept in source_concepts:
        for kind in TYPES:
            for target in graph.objects(concept, rdflib.URIRef(SKOS + kind)):
                if target_test(str(target)):
                    gold[str(concept)][str(target)] = kind
    return gold


def score(gold, ranked):
    """ranked: {subject: [target, …] best first}."""
    n = len(gold)
    hit1 = sum(1 for s, targets in gold.items() if ranked.get(s, [])[:1] and ranked[s][0] in targets)
    hit5 = sum(1 for s, targets in gold.items() if set(ranked.get(s, [])[:5]) & set(targets))
    pairs = sum(len(t) for t in gold.values())
    found = sum(len(set(ranked.get(s, [])[:5]) & set(t)) for s, t in gold.items())
    return {"concepts": n, "recallAt1": hit1 / n, "recallAt5": hit5 / n, "pairRecallAt5": found / pairs}


def rapidfuzz_rank(queries, targets, limit=5):
    """queries: {iri: [labels]}, targets: {iri: [labels]} → {iri: [target iri, …]}."""
    import numpy
    from rapidfuzz import fuzz, process
    choice_labels, choice_owner = [], []
    target_iris = sorted(targets)
    for number, iri in enumerate(target_iris):
        for label in targets[iri]:
            choice_labels.append(label)
            choice_owner.append(number)
    owner = numpy.array(choice_owner)
    order = numpy.argsort(owner, kind="stable")
    starts = numpy.searchsorted(owner[order], numpy.arange(len(target_iris)))
    result = {}
    for iri, own in queries.items():
        if not own:
            result[iri] = []
            continue
        matrix = process.cdist(own, choice_labels, scorer=fuzz.token_set_ratio, workers=-1)
        best = matrix.max(axis=0)[order]
        per_target = numpy.maximum.reduceat(best, starts)
        # Highest score first, ties by IRI (target_iris is sorted, argsort is stable).
        ranking = numpy.argsort(-per_target, kind="stable")[:limit]
        result[iri] = [target_iris[i] for i in ranking]
    return result


def esco_skills(folder):
    skills = {}
    with open(os.path.join(folder, "en", "skills_en.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            skills[row["conceptUri"]] = [fold(row["preferredLabel"])] + [fold(l) for l in row["altLabels"].split("\n") if l.strip()]
    return skills


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vaktaal", default=os.path.join(ROOT, ".build", "release", "vaktaal"))
    parser.add_argument("--esco", default=os.path.join(ROOT, "..", "shared", "data", "esco", "v1.1.1"))
    parser.add_argument("--ablation", action="store_true", help="also each signal switched off and alone (vaktaal only)")
    args = parser.parse_args()
    has_esco = os.path.exists(os.path.join(args.esco, "en", "skills_en.csv"))

    command = [args.vaktaal, "evaluate-suggest", "--format", "json", "--vocab", os.path.join(ROOT, "Vocabularies")]
    if has_esco:
        command += ["--esco", args.esco]
    if args.ablation:
        command.append("--ablation")
    started = time.time()
    ours = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    print(f"vaktaal evaluate-suggest: {time.time() - started:.1f} s in all", file=sys.stderr)

    graph = load_graph()
    hub = in_scheme(graph, HUB)
    baseline = {}
    for sector in SECTORS:
        source = in_scheme(graph, f"https://data.vaktaal.nl/{sector}")
        gold = curated(graph, source, lambda iri: iri.startswith(HUB + "/"))
        ranked = rapidfuzz_rank({str(c): labels(graph, c, "nl") for c in source}, {str(h): labels(graph, h, "nl") for h in hub})
        baseline[f"{sector}→hub"] = score(gold, ranked)
    if has_esco:
        gold = curated(graph, hub, lambda iri: iri.startswith("http://data.europa.eu/esco/skill/"))
        ranked = rapidfuzz_rank({str(h): labels(graph, h, "en") for h in hub if str(h) in gold}, esco_skills(args.esco))
        baseline["hub→esco"] = score(gold, ranked)

    print("| pair | concepts | vaktaal recall@1 | vaktaal recall@5 | rapidfuzz recall@1 | rapidfuzz recall@5 | vaktaal pairs@5 | rapidfuzz pairs@5 | type@1 | seconds |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    totals = collections.Counter()
    for row in ours:
        if not row["signals"].startswith("all"):
            continue
        base = baseline.get(row["pair"])
        cells = [row["pair"], row["concepts"], f'{row["recallAt1"]:.1%}', f'{row["recallAt5"]:.1%}',
                 f'{base["recallAt1"]:.1%}' if base else "–", f'{base["recallAt5"]:.1%}' if base else "–",
                 f'{row["pairRecallAt5"]:.1%}', f'{base["pairRecallAt5"]:.1%}' if base else "–",
                 f'{row["typePrecisionAt1"]:.1%}', row["seconds"]]
        print("| " + " | ".join(str(c) for c in cells) + " |")
        if row["pair"].endswith("→hub") and base:
            for key, value in (("n", row["concepts"]), ("o1", row["recallAt1"] * row["concepts"]), ("o5", row["recallAt5"] * row["concepts"]),
                               ("b1", base["recallAt1"] * row["concepts"]), ("b5", base["recallAt5"] * row["concepts"])):
                totals[key] += value
    if totals["n"]:
        n = totals["n"]
        print(f'| three sectors | {n} | {totals["o1"] / n:.1%} | {totals["o5"] / n:.1%} | {totals["b1"] / n:.1%} | {totals["b5"] / n:.1%} | | | | |')
    if args.ablation:
        print()
        print("| pair | signals | recall@1 | recall@5 | pairs@5 | type@1 |")
        print("|---|---|---|---|---|---|")
        for row in ours:
            print(f'| {row["pair"]} | {row["signals"]} | {row["recallAt1"]:.1%} | {row["recallAt5"]:.1%} | {row["pairRecallAt5"]:.1%} | {row["typePrecisionAt1"]:.1%} |')


if __name__ == "__main__":
    main()
