#!/usr/bin/env python3
"""Makes the seed corpus of each fuzz target (run.sh calls it).

    corpus.py REPO SHARED_DATA OUT

writes OUT/<reader>/<name> for the readers rdfxml, ntriples, turtle, json, ndjson, sssom, csv and
esco, from the files of ../shared/data, the repository's Vocabularies/ and the committed seeds
in Tests/fuzz/seeds/<reader>/ (formats that no shared file is in). A file larger than MAX (16 KB)
is cut to its first MAX bytes, at the end of a record for the line-based formats, so that the seed
still parses. ESCO seeds start with the byte that tells the target which file of the
download they are (ESCOInput.names in Sources/VaktaalFuzz/ESCOInput.swift).
"""
import hashlib
import json
import os
import sys

# Seeds are kept small: a sanitized reader takes milliseconds for 64 KB, and libFuzzer mutates
# big inputs slowly (the targets still take inputs up to 64 KB, -max_len in run.sh).
MAX = 16 * 1024
# The ESCO tables are long and alike: their first records are enough.
ESCO_MAX = 8 * 1024

EXTENSIONS = {
    "rdfxml": (".rdf", ".owl", ".xml"),
    "ntriples": (".nt",),
    "turtle": (".ttl",),
    "json": (".json", ".jsonld"),
    "ndjson": (".ndjson", ".jsonl"),
    "sssom": (".tsv",),
    "csv": (".csv",),
}

# The order of ESCOInput.names: the seed's first byte is the index of its file's name.
ESCO_NAMES = [
    "skills", "occupations", "skillGroups", "ISCOGroups", "conceptSchemes", "skillsHierarchy",
    "greenSkillsCollection", "researchOccupationsCollection", "broaderRelationsOccPillar",
    "broaderRelationsSkillPillar", "occupationSkillRelations", "skillSkillRelations",
]


def files_below(folder):
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            yield os.path.join(root, name)


def cut(data, limit, csv_quotes=False, lines=False):
    """The first `limit` bytes, ended at a record boundary when `lines` (a newline outside
    double quotes when `csv_quotes`)."""
    if len(data) <= limit:
        return data
    head = data[:limit]
    if not lines:
        return head
    end = 0
    quoted = False
    for index, byte in enumerate(head):
        if csv_quotes and byte == 0x22:
            quoted = not quoted
        elif byte == 0x0A and not quoted:
            end = index + 1
    return head[:end] if end else head


def ndjson_lines(data):
    """A JSON array, a JSON-LD @graph or an object as NDJSON, one object a line; None for other
    JSON."""
    try:
        value = json.loads(data)
    except ValueError:
        return None
    if isinstance(value, dict):
        value = value.get("@graph", [value])
    if not isinstance(value, list) or not value:
        return None
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in value).encode()


def esco_index(path):
    name = os.path.basename(path)[:-4]
    stem = name.rsplit("_", 1)[0] if "_" in name else name
    if stem in ESCO_NAMES:
        return ESCO_NAMES.index(stem)
    if stem.endswith("Collection"):
        return ESCO_NAMES.index("greenSkillsCollection")
    return None


class Corpus:
    def __init__(self, out):
        self.out = out
        self.counts = {}

    def add(self, reader, data, origin):
        if not data.strip():
            return
        folder = os.path.join(self.out, reader)
        os.makedirs(folder, exist_ok=True)
        digest = hashlib.sha1(data).hexdigest()[:12]
        name = origin.replace("/", "_")[-80:] + "-" + digest
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(data)
        self.counts[reader] = self.counts.get(reader, 0) + 1


def main():
    repo, shared, out = sys.argv[1:4]
    corpus = Corpus(out)
    sources = [(shared, "shared"), (os.path.join(repo, "Vocabularies"), "vocabularies"),
               (os.path.join(repo, "Tests", "fuzz", "seeds"), "seeds")]
    for folder, label in sources:
        if not os.path.isdir(folder):
            print(f"corpus.py: no {folder}; its seeds are left out", file=sys.stderr)
            continue
        for path in files_below(folder):
            origin = label + "/" + os.path.relpath(path, folder)
            lower = path.lower()
            with open(path, "rb") as handle:
                data = handle.read(4 * MAX)
            if "/esco/" in path and lower.endswith(".csv"):
                index = esco_index(path)
                if index is not None:
                    corpus.add("esco", bytes([index]) + cut(data, ESCO_MAX, csv_quotes=True, lines=True), origin)
                    continue
            for reader, extensions in EXTENSIONS.items():
                if lower.endswith(extensions):
                    line_based = reader in ("ntriples", "sssom", "csv", "ndjson")
                    corpus.add(reader, cut(data, MAX, csv_quotes=reader == "csv", lines=line_based), origin)
                    if reader == "json" and len(data) < 4 * MAX:  # the whole file
                        lines = ndjson_lines(data)
                        if lines:
                            corpus.add("ndjson", cut(lines, MAX, lines=True), origin)
    for reader in [*EXTENSIONS, "esco"]:
        print(f"{reader}: {corpus.counts.get(reader, 0)} seeds")


if __name__ == "__main__":
    main()
