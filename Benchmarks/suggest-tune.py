#!/usr/bin/env python3
"""`vaktaal suggest`'s weights, cross-validated: tuned on two sector sets, scored on the third.

For each sector held out, coordinate ascent over a small grid of each weight (`--weight NAME=VALUE`
of `vaktaal evaluate-suggest`), starting from the shipped defaults, maximises recall@1 + recall@5
on the two other sectors; the held-out sector is then scored with the weights found. Prints, per
fold, the weights that moved and the held-out figures, then the pooled held-out recall beside the
pooled figures of the shipped defaults.

Usage: python3 Benchmarks/suggest-tune.py [--vaktaal BIN] [--rounds 2] [--base NAME=VALUE …]
"""
import argparse, json, os, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTORS = ["metaal", "metalektro", "installatietechniek"]
# name: values tried (the shipped default is always tried too).
GRID = {
    "labels": [0.8, 0.9, 0.95, 1.0],
    "definitions": [0.3, 0.4, 0.5, 0.6, 0.7],
    "english": [0.5, 0.65, 0.8],
    "branches": [0.3, 0.4, 0.5, 0.6, 0.7],
    "hierarchy": [0.25, 0.35, 0.45],
    "esco": [0.0, 0.15, 0.3],
    "parent": [0.4, 0.6, 0.8, 1.0],
    "under": [0.6, 0.8, 1.0],
    "common": [0.4, 0.6, 0.8],
    "defquery": [0.5, 0.75, 1.0],
    "sharpness": [1.0, 1.5, 2.0],
    "ancestorslot": [0, 2, 3],
    "defparts": [0, 1],
}


def evaluate(binary, weights, cache):
    key = tuple(sorted(weights.items()))
    if key not in cache:
        command = [binary, "evaluate-suggest", "--format", "json", "--vocab", os.path.join(ROOT, "Vocabularies")]
        if weights:
            command += ["--weight"] + [f"{name}={value}" for name, value in sorted(weights.items())]
        rows = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        cache[key] = {row["pair"].split("→")[0]: row for row in rows}
    return cache[key]


def objective(rows, sectors):
    hits = sum((rows[s]["recallAt1"] + rows[s]["recallAt5"]) * rows[s]["concepts"] for s in sectors)
    return hits / sum(rows[s]["concepts"] for s in sectors)


def tune(binary, train, rounds, cache, base):
    weights = dict(base)
    best = objective(evaluate(binary, weights, cache), train)
    for _ in range(rounds):
        moved = False
        for name, values in GRID.items():
            for value in values:
                trial = dict(weights, **{name: value})
                score = objective(evaluate(binary, trial, cache), train)
                if score > best + 1e-9:
                    best, weights, moved = score, trial, True
        if not moved:
            break
    return weights


def pooled(rows_by_sector):
    n = sum(r["concepts"] for r in rows_by_sector)
    return (sum(r["recallAt1"] * r["concepts"] for r in rows_by_sector) / n,
            sum(r["recallAt5"] * r["concepts"] for r in rows_by_sector) / n)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vaktaal", default=os.path.join(ROOT, ".build", "release", "vaktaal"))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--base", nargs="*", default=[], help="NAME=VALUE weights to start from instead of the defaults")
    args = parser.parse_args()
    base = dict(entry.split("=", 1) for entry in args.base)
    cache = {}
    held = []
    for sector in SECTORS:
        train = [s for s in SECTORS if s != sector]
        weights = tune(args.vaktaal, train, args.rounds, cache, base)
        row = evaluate(args.vaktaal, weights, cache)[sector]
        held.append(row)
        print(f"{sector:22} held out  recall@1 {row['recallAt1']:.3f}  recall@5 {row['recallAt5']:.3f}"
              f"  type@1 {row['typePrecisionAt1']:.3f}  weights {weights or 'defaults'}", flush=True)
    defaults = evaluate(args.vaktaal, base, cache)
    print("pooled held out     recall@1 %.3f  recall@5 %.3f" % pooled(held))
    print("pooled start        recall@1 %.3f  recall@5 %.3f" % pooled([defaults[s] for s in SECTORS]))


if __name__ == "__main__":
    main()
