#!/usr/bin/env python3
"""The advisor's answer, measured: `vaktaal translate` against two peers on the evaluation set.

For every need in Tests/Evaluation/advisor-needs.tsv, each system offers up to 10 target concepts;
we report per direction hit@1, hit@3 and MRR over the needs that have an accepted answer, and for
"no counterpart" needs whether the first answer is honestly *not* offered as a counterpart.

Systems, all run here in one go:
  vaktaal     `vaktaal translate --format json` (the binary given, default .build/release/vaktaal)
  baseline    an older vaktaal binary, when --baseline is given (before/after), on the shipped
              vocabularies or on its own release's with --baseline-vocabularies DIR
  fuzzy       rapidfuzz WRatio of the need against the target branch's own Dutch pref/alt labels
              (no mappings at all): the generic search a developer would script
  tfidf       TF-IDF over each target concept's labels and definition, cosine similarity with the
              need (the approach of Annif's tfidf backend; word tokens, Dutch stopwords not removed)
Peers offer no "nearest" flag: their first answer always counts as a counterpart claim.

Usage: python3 Benchmarks/advisor.py [--vaktaal BIN] [--baseline BIN [--baseline-vocabularies DIR]] [--split dev|test]
Needs: pip install rdflib rapidfuzz scikit-learn
"""
import argparse, collections, csv, glob, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMES = {name: f"https://data.vaktaal.nl/{name}" for name in ["metaal", "metalektro", "installatietechniek", "hub"]}
ESCO = "http://data.europa.eu/esco/skill/"


def read_cases(split):
    rows = []
    with open(os.path.join(ROOT, "Tests/Evaluation/advisor-needs.tsv"), encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        if split and row["split"] != split:
            continue
        row["accepted"] = set() if row["accepted"] == "none" else set(row["accepted"].split())
        rows.append(row)
    return rows


def target_documents():
    """Per target name: {iri: (labels, definition)} from the shipped vocabularies and ESCO's CSV."""
    import rdflib
    graph = rdflib.Graph()
    for path in glob.glob(os.path.join(ROOT, "Vocabularies", "*.rdf")):
        graph.parse(path, format="xml")
    documents = collections.defaultdict(dict)
    for name, scheme in SCHEMES.items():
        for concept in graph.subjects(rdflib.URIRef(SKOS + "inScheme"), rdflib.URIRef(scheme)):
            labels = [str(o) for p in ("prefLabel", "altLabel", "hiddenLabel")
                      for o in graph.objects(concept, rdflib.URIRef(SKOS + p)) if getattr(o, "language", None) in (None, "nl")]
            definition = " ".join(str(o) for o in graph.objects(concept, rdflib.URIRef(SKOS + "definition"))
                                  if getattr(o, "language", None) in (None, "nl"))
            documents[name][str(concept)] = (labels, definition)
    esco = os.path.join(ROOT, "..", "shared", "data", "esco", "v1.1.1", "en", "skills_en.csv")
    if os.path.exists(esco):
        with open(esco, encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                labels = [row["preferredLabel"]] + [l for l in row.get("altLabels", "").split("\n") if l]
                documents["esco"][row["conceptUri"]] = (labels, row.get("description", ""))
    return documents


def run_vaktaal(binary, case, vocabularies=None):
    environment = dict(os.environ, VAKTAAL_VOCABULARIES=vocabularies) if vocabularies else None
    result = subprocess.run([binary, "translate", case["query"], "--from", case["from"], "--to", case["to"],
                             "--limit", "10", "--format", "json"], capture_output=True, text=True, cwd=ROOT,
                            env=environment)
    if result.returncode != 0:
        return [], False
    answers = json.loads(result.stdout)
    first_is_counterpart = bool(answers) and answers[0].get("answer", "counterpart") == "counterpart" \
        and answers[0].get("type") not in (None, "relatedMatch")
    return [a["target"]["iri"] for a in answers], first_is_counterpart


def fuzzy_system(documents):
    from rapidfuzz import fuzz, process, utils
    def answer(case):
        docs = documents[case["to"]]
        choices = [(iri, label) for iri, (labels, _) in docs.items() for label in labels]
        scored = process.extract(case["query"], [label for _, label in choices], scorer=fuzz.WRatio,
                                 processor=utils.default_process, limit=200)
        ranked = []
        for _, _, index in scored:
            iri = choices[index][0]
            if iri not in ranked:
                ranked.append(iri)
        return ranked[:10], True
    return answer


def tfidf_system(documents):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import linear_kernel
    models = {}
    for name, docs in documents.items():
        iris = list(docs)
        texts = [" ".join(labels) + " " + definition for labels, definition in docs.values()]
        vectorizer = TfidfVectorizer(sublinear_tf=True, strip_accents="unicode")
        models[name] = (iris, vectorizer, vectorizer.fit_transform(texts))
    def answer(case):
        iris, vectorizer, matrix = models[case["to"]]
        scores = linear_kernel(vectorizer.transform([case["query"]]), matrix)[0]
        order = scores.argsort()[::-1][:10]
        return [iris[i] for i in order if scores[i] > 0], True
    return answer


def score(system, cases):
    groups = collections.defaultdict(lambda: collections.Counter())
    for case in cases:
        offered, first_is_counterpart = system(case)
        for key in (f"{case['from']}→{case['to']}", case["kind"], "all"):
            figures = groups[key]
            figures["cases"] += 1
            if not case["accepted"]:
                figures["none"] += 1
                figures["honest"] += 0 if first_is_counterpart and offered else 1
                continue
            rank = next((i + 1 for i, iri in enumerate(offered) if iri in case["accepted"]), None)
            figures["answerable"] += 1
            figures["hit1"] += rank == 1
            figures["hit3"] += rank is not None and rank <= 3
            figures["rr"] += 1 / rank if rank else 0
    return groups


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vaktaal", default=os.path.join(ROOT, ".build", "release", "vaktaal"))
    parser.add_argument("--baseline")
    parser.add_argument("--baseline-vocabularies", help="the Vocabularies/ folder the baseline reads (its own release)")
    parser.add_argument("--split")
    args = parser.parse_args()
    cases = read_cases(args.split)
    documents = target_documents()
    systems = {"vaktaal": lambda case: run_vaktaal(args.vaktaal, case)}
    if args.baseline:
        systems["baseline"] = lambda case: run_vaktaal(args.baseline, case, args.baseline_vocabularies)
    systems["fuzzy"] = fuzzy_system(documents)
    systems["tfidf"] = tfidf_system(documents)
    results = {name: score(system, cases) for name, system in systems.items()}
    keys = sorted(k for k in results["vaktaal"] if "→" in k) + ["term", "sentence", "all"]
    print(f"{len(cases)} needs{' (' + args.split + ')' if args.split else ''}; hit@1 / hit@3 / MRR over answerable needs; honest = 'none' needs not answered with a counterpart")
    print(f"{'group':32} " + " ".join(f"{name:>22}" for name in systems))
    for key in keys:
        cells = []
        for name in systems:
            f = results[name][key]
            n = max(f["answerable"], 1)
            cells.append(f"{f['hit1']/n:5.2f} {f['hit3']/n:5.2f} {f['rr']/n:5.2f} {f['honest']}/{f['none']}")
        print(f"{key:32} " + " ".join(f"{cell:>22}" for cell in cells))


if __name__ == "__main__":
    sys.exit(main())
