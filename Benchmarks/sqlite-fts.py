#!/usr/bin/env python3
"""SQLite + FTS5 as the lookup store: the SQLite side of the measurement asked for in issue #20.

Issue #20 ("Instant start at ESCO scale") asks whether SQLite with FTS5 (what GRDB would give us)
serves as well as a memory-mapped snapshot of our own in-memory indexes. This script builds the
SQLite database one would ship for `vaktaal lookup` and measures what the CLI would pay:

 1. Labels: each source is converted to N-Triples with `vaktaal convert SRC --to ntriples`
    (the shipped Vocabularies/*.rdf and the ESCO v1.1.1 CSV download; optionally the ESCO-sized
    generated big.rdf). skos:prefLabel/altLabel/hiddenLabel/notation and SKOS-XL literal forms
    (joined to their concept through skosxl:prefLabel/altLabel/hiddenLabel) of every skos:Concept
    are read with a small N-Triples parser and de-duplicated per (concept, kind, language, text).
 2. Database: concepts(iri, scheme, preferred label), concept_schemes (every skos:inScheme),
    labels(concept, kind, lang, label, folded) with a B-tree index on the folded label, an
    external-content FTS5 index over the labels (tokenize 'unicode61 remove_diacritics 2') and a
    second one over the folded labels with the 'trigram' tokenizer (SQLite >= 3.34), both
    'optimize'd, then VACUUM. Build time per step; file size beside the RDF/XML and N-Triples.
 3. Cold queries as a fresh CLI process pays them (wall by the clock around the process, max RSS
    by /usr/bin/time -f %M): (a) a tiny
    Python script (open, one query, print; python3 start-up included: see the `python3 baseline`
    row) and (b) the sqlite3 shell with the same SQL (what a native binary linking SQLite
    pays). Query types: exact label (B-tree on the folded label), word match (FTS5, bm25; also
    with a language filter), prefix (FTS5 'weld'*), one typo (trigram OR query ranked by bm25;
    in Python also re-ranked by word edit distance over the 200 best). Wall and max RSS are the
    median of 5 runs after one warm-up run (page cache warm); with --drop-caches (root) one more
    run right after `echo 3 > /proc/sys/vm/drop_caches`. The same queries through
    `vaktaal lookup --vocab ...` (which parses the sources on every start) in the same run.
 4. Answer quality: the same queries through vaktaal lookup and through the SQLite variants, side
    by side (compounds, typos, word order, language and scheme filters, notations).

Run (about 3 minutes, 10 with --big, on 2 busy cores; temporary files under /tmp/sqlite-fts):

    python3 Benchmarks/sqlite-fts.py [--big /tmp/bench/big.rdf] [--vaktaal .build/release/vaktaal]
                                     [--esco ../shared/data/esco/v1.1.1] [--drop-caches] [--no-quality]

Generate big.rdf with: python3 ../shared/tools/gen-vocabulary.py --concepts 15000 --langs 28 --skosxl
Standard library only (sqlite3 with FTS5); needs GNU time (/usr/bin/time) and, for (b), sqlite3.
"""
import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = "/tmp/sqlite-fts"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XL = "http://www.w3.org/2008/05/skos-xl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL_KINDS = {SKOS + "prefLabel": "pref", SKOS + "altLabel": "alt",
               SKOS + "hiddenLabel": "hidden", SKOS + "notation": "notation"}
XL_LINKS = {XL + "prefLabel": "pref", XL + "altLabel": "alt", XL + "hiddenLabel": "hidden"}
WANTED = set(LABEL_KINDS) | set(XL_LINKS) | {XL + "literalForm", SKOS + "inScheme", RDF_TYPE}
RUNS = 5
DROP_CACHES = False  # --drop-caches

TRIPLE = re.compile(r'^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+(.*?)\s*\.\s*$')
LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<[^>]*>)?$')
ESCAPE = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')
SIMPLE_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def unescape(text):
    if "\\" not in text:
        return text
    def one(m):
        e = m.group(1)
        if e[0] in "uU":
            return chr(int(e[1:], 16))
        return SIMPLE_ESCAPES.get(e, e)
    return ESCAPE.sub(one, text)


def fold(text):
    """Case and diacritics folded, every non-alphanumeric a space: what our lookup compares."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def convert(vaktaal, source, out):
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(source):
        subprocess.run(["nice", "-n", "10", vaktaal, "convert", source, "--to", "ntriples", "-o", out],
                       check=True)
    return out


def extract(nt_files):
    """Concepts {iri: {schemes, labels}} from N-Triples files; returns (concepts, raw label count)."""
    types, schemes, labels = set(), {}, {}
    forms, links = {}, []
    raw = 0
    for path in nt_files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = TRIPLE.match(line)
                if not m or m.group(2) not in WANTED:
                    continue
                s, p, o = m.group(1), m.group(2), m.group(3)
                s = s[1:-1] if s[0] == "<" else s
                if p == RDF_TYPE:
                    if o == "<" + SKOS + "Concept>":
                        types.add(s)
                elif p == SKOS + "inScheme":
                    schemes.setdefault(s, []).append(o[1:-1])
                elif p in XL_LINKS:
                    links.append((s, XL_LINKS[p], o[1:-1] if o[0] == "<" else o))
                else:
                    lit = LITERAL.match(o)
                    if not lit:
                        continue
                    raw += 1
                    value = (unescape(lit.group(1)), (lit.group(2) or "").lower())
                    if p == XL + "literalForm":
                        forms[s] = value
                    else:
                        labels.setdefault(s, set()).add((LABEL_KINDS[p],) + value)
    for concept, kind, node in links:
        if node in forms:
            labels.setdefault(concept, set()).add((kind,) + forms[node])
    concepts = {iri: (schemes.get(iri, []), labels.get(iri, set())) for iri in sorted(types)}
    return concepts, raw


def preferred(labels):
    prefs = {lang: text for kind, text, lang in labels if kind == "pref"}
    for lang in ("nl", "en"):
        if lang in prefs:
            return prefs[lang]
    return next(iter(sorted(prefs.values())), "")


def build(db, concepts):
    """Builds the database; returns [(step, seconds)]."""
    for suffix in ("", "-journal", "-wal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    steps = []
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-262144")
    con.executescript("""
        CREATE TABLE concepts(id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE, scheme TEXT, pref TEXT);
        CREATE TABLE concept_schemes(concept INTEGER NOT NULL, scheme TEXT NOT NULL);
        CREATE TABLE labels(id INTEGER PRIMARY KEY, concept INTEGER NOT NULL, kind TEXT NOT NULL,
                            lang TEXT NOT NULL, label TEXT NOT NULL, folded TEXT NOT NULL);
    """)
    t = time.perf_counter()
    con.execute("BEGIN")
    label_id = 0
    for cid, (iri, (schemes, labels)) in enumerate(concepts.items(), 1):
        con.execute("INSERT INTO concepts VALUES(?,?,?,?)",
                    (cid, iri, schemes[0] if schemes else None, preferred(labels)))
        con.executemany("INSERT INTO concept_schemes VALUES(?,?)", [(cid, s) for s in schemes])
        rows = []
        for kind, text, lang in sorted(labels):
            label_id += 1
            rows.append((label_id, cid, kind, lang, text, fold(text)))
        con.executemany("INSERT INTO labels VALUES(?,?,?,?,?,?)", rows)
    con.execute("COMMIT")
    steps.append(("tables (insert, fold in Python)", time.perf_counter() - t))
    t = time.perf_counter()
    con.executescript("""
        CREATE INDEX labels_folded ON labels(folded);
        CREATE INDEX labels_concept ON labels(concept);
        CREATE INDEX concept_schemes_scheme ON concept_schemes(scheme, concept);
    """)
    steps.append(("B-tree indexes", time.perf_counter() - t))
    t = time.perf_counter()
    con.executescript("""
        CREATE VIRTUAL TABLE labels_word USING fts5(label, content='labels', content_rowid='id',
                                                    tokenize='unicode61 remove_diacritics 2');
        INSERT INTO labels_word(labels_word) VALUES('rebuild');
        INSERT INTO labels_word(labels_word) VALUES('optimize');
    """)
    steps.append(("FTS5 unicode61 index", time.perf_counter() - t))
    t = time.perf_counter()
    con.executescript("""
        CREATE VIRTUAL TABLE labels_tri USING fts5(folded, content='labels', content_rowid='id',
                                                   tokenize='trigram');
        INSERT INTO labels_tri(labels_tri) VALUES('rebuild');
        INSERT INTO labels_tri(labels_tri) VALUES('optimize');
    """)
    steps.append(("FTS5 trigram index", time.perf_counter() - t))
    t = time.perf_counter()
    con.execute("ANALYZE")
    con.execute("VACUUM")
    steps.append(("ANALYZE + VACUUM", time.perf_counter() - t))
    con.close()
    return steps


def breakdown(db):
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:
        return {}
    finally:
        pass
    con.close()
    parts = {"tables": 0, "B-tree indexes": 0, "FTS5 unicode61": 0, "FTS5 trigram": 0}
    for name, size in rows:
        if name.startswith("labels_word"):
            parts["FTS5 unicode61"] += size
        elif name.startswith("labels_tri"):
            parts["FTS5 trigram"] += size
        elif name in ("labels_folded", "labels_concept", "concept_schemes_scheme") or name.startswith("sqlite_autoindex"):
            parts["B-tree indexes"] += size
        else:
            parts["tables"] += size
    return parts


# ---------------------------------------------------------------------------------------------
# The query side: SQL shared by the Python query script and the sqlite3 shell.

def fts_words(query):
    return " ".join('"%s"' % w for w in fold(query).split())


def fts_prefix(query):
    words = fold(query).split()
    return " ".join(['"%s"' % w for w in words[:-1]] + ['"%s"*' % words[-1]])


def fts_trigrams(query):
    grams = []
    for w in fold(query).split():
        for i in range(len(w) - 2):
            if w[i:i + 3] not in grams:
                grams.append(w[i:i + 3])
    return " OR ".join('"%s"' % g for g in grams)


def sql_for(kind, query, lang=None, scheme=None, limit=10, pool=None):
    """One statement: the best label hits, joined to their concept."""
    where, args = [], []
    if lang:
        where.append("l.lang = '%s'" % lang)
    if scheme:
        where.append("l.concept IN (SELECT concept FROM concept_schemes WHERE scheme = '%s')" % scheme)
    extra = "".join(" AND " + w for w in where)
    if kind == "exact":
        hits = ("SELECT l.id, CASE WHEN l.kind IN ('pref', 'notation') THEN 0 ELSE 1 END AS score "
                "FROM labels l WHERE l.folded = '%s'%s" % (fold(query), extra))
    else:
        table, match = {"word": ("labels_word", fts_words), "prefix": ("labels_word", fts_prefix),
                        "typo": ("labels_tri", fts_trigrams)}[kind]
        if where:  # a filter has to be inside, or LIMIT keeps too few; it costs the rank shortcut
            hits = ("SELECT f.rowid AS id, f.rank AS score FROM %s f JOIN labels l ON l.id = f.rowid "
                    "WHERE %s MATCH '%s'%s ORDER BY f.rank LIMIT %d" % (table, table, match(query), extra, pool or limit * 5))
        else:
            hits = ("SELECT rowid AS id, rank AS score FROM %s WHERE %s MATCH '%s' ORDER BY rank LIMIT %d"
                    % (table, table, match(query), pool or limit * 5))
    return ("SELECT c.iri, c.pref, l.kind, l.lang, l.label, h.score FROM (%s) h "
            "JOIN labels l ON l.id = h.id JOIN concepts c ON c.id = l.concept ORDER BY h.score" % hits)


QUERY_SCRIPT = r'''
import sqlite3, sys, time
t = time.perf_counter()
db, sql, rerank, query, limit = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4], int(sys.argv[5])
con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
rows = con.execute(sql).fetchall()
def dist(a, b, cap):
    if abs(len(a) - len(b)) > cap: return cap + 1
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
def similarity(q, label):
    words = label.split()
    if not words: return 0.0
    total = 0.0
    for w in q.split():
        best = min(dist(w, v, 2) for v in words)
        total += max(0.0, 1 - best / max(len(w), 1)) if best <= (0 if len(w) <= 3 else 1 if len(w) <= 7 else 2) else 0
    return total / max(len(q.split()), 1) - 0.01 * abs(len(words) - len(q.split()))
if rerank:
    import unicodedata
    def fold(s):
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()
        return " ".join("".join(c if c.isalnum() else " " for c in s).split())
    fq = fold(query)
    rows.sort(key=lambda r: -similarity(fq, fold(r[4])))
seen, out = set(), []
for iri, pref, kind, lang, label, score in rows:
    if iri in seen: continue
    seen.add(iri); out.append("%s\t%s\t(%s %s@%s)" % (iri, pref, kind, label, lang))
    if len(out) == limit: break
sys.stdout.write("\n".join(out) + "\n")
sys.stderr.write("inprocess_ms %.2f\n" % ((time.perf_counter() - t) * 1000))
'''


def run_timed(cmd, drop=False):
    """One fresh process: (wall seconds, max RSS MB, stdout, stderr); wall by perf_counter, RSS by GNU time."""
    tfile = os.path.join(WORK, "time.txt")
    if drop:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
    t = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", tfile] + cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    kb = int(open(tfile).read().split()[-1])
    return wall, kb / 1024, p.stdout, p.stderr


def timed(cmd, runs=RUNS, drop=False):
    """Median wall seconds and max RSS (MB) of `runs` fresh processes after one warm-up run, the
    median in-process milliseconds the query script reports, its output, and with drop=True the
    wall seconds of one more run right after the page cache was dropped."""
    walls, rss, inproc = [], [], []
    _, _, out, err = run_timed(cmd)
    out = out if out.strip() else err
    for _ in range(runs):
        w, r, _, e = run_timed(cmd)
        walls.append(w)
        rss.append(r)
        m = re.search(r"inprocess_ms ([\d.]+)", e)
        if m:
            inproc.append(float(m.group(1)))
    cold = run_timed(cmd, drop=True)[0] if drop else None
    return (statistics.median(walls), statistics.median(rss),
            statistics.median(inproc) if inproc else None, out, cold)


def sqlite_rows(db, kind, query, lang=None, scheme=None, rerank=False, limit=5):
    p = subprocess.run([sys.executable, os.path.join(WORK, "query.py"), db,
                        sql_for(kind, query, lang, scheme, pool=200 if rerank else None), "1" if rerank else "0", query, str(limit)],
                       capture_output=True, text=True)
    return [line.split("\t", 1)[1].replace("\t", " ") for line in p.stdout.splitlines() if "\t" in line]


def vaktaal_rows(vaktaal, vocab_args, query, extra=(), limit=5):
    p = subprocess.run([vaktaal, "lookup", query, "--limit", str(limit), "--format", "json"]
                       + list(vocab_args) + list(extra), capture_output=True, text=True)
    try:
        hits = json.loads(p.stdout) if p.stdout.strip() else []
    except ValueError:
        hits = []
    rows = ["%s (%s %s %s@%s)" % (h.get("prefLabel"), h.get("match"), h.get("matchedLabelKind"),
                                   h.get("matchedLabel"), h.get("matchedLanguage")) for h in hits]
    return rows or ["(none) " + " ".join(p.stderr.split())[:160]]


def mb(path_or_paths):
    paths = path_or_paths if isinstance(path_or_paths, list) else [path_or_paths]
    total = 0
    for p in paths:
        if os.path.isdir(p):
            for d, _, fs in os.walk(p):
                total += sum(os.path.getsize(os.path.join(d, f)) for f in fs)
        else:
            total += os.path.getsize(p)
    return total / 1048576


def dataset(name, sources, raw_paths, vocab_args, queries, vaktaal, quality):
    print("\n## %s" % name)
    nts = []
    t = time.perf_counter()
    for i, src in enumerate(sources):
        nts.append(convert(vaktaal, src, os.path.join(WORK, "%s-%d.nt" % (name.split()[0], i))))
    conv = time.perf_counter() - t
    t = time.perf_counter()
    concepts, raw = extract(nts)
    parse = time.perf_counter() - t
    nlabels = sum(len(l) for _, l in concepts.values())
    db = os.path.join(WORK, name.split()[0] + ".sqlite")
    steps = build(db, concepts)
    total = sum(s for _, s in steps)
    print("%d concepts, %d label/notation literals read, %d distinct (concept, kind, lang, label) rows"
          % (len(concepts), raw, nlabels))
    print("\n| build step | seconds |\n|---|---:|")
    print("| vaktaal convert -> N-Triples (cached if newer) | %.2f |" % conv)
    print("| parse N-Triples in Python (not SQLite's cost) | %.2f |" % parse)
    for step, s in steps:
        print("| %s | %.2f |" % (step, s))
    print("| **SQLite build total** | **%.2f** |" % total)
    print("\n| size | MB |\n|---|---:|")
    print("| source (%s) | %.1f |" % (", ".join(os.path.basename(p.rstrip("/")) for p in raw_paths), mb(raw_paths)))
    print("| N-Triples | %.1f |" % mb(nts))
    for part, size in breakdown(db).items():
        print("| SQLite: %s | %.1f |" % (part, size / 1048576))
    print("| **SQLite file** | **%.1f** |" % mb(db))

    drop = DROP_CACHES
    print("\n| cold query: a fresh process (median of %d, page cache warm) | result | wall s | max RSS MB "
          "| in-process ms | wall s, page cache dropped (1 run) |" % RUNS)
    print("|---|---|---:|---:|---:|---:|")
    qpy = os.path.join(WORK, "query.py")

    def row(name, result, figures):
        w, r, ms, _, cold = figures
        print("| %s | %s | %.3f | %.1f | %s | %s |" % (name, result, w, r, "%.1f" % ms if ms is not None else "",
                                                      "%.3f" % cold if cold is not None else "n/a"))

    row("python3 baseline (`import sqlite3`, no query)", "", timed([sys.executable, "-c", "import sqlite3"], drop=drop))
    if shutil.which("sqlite3"):
        row("sqlite3 shell baseline (open, `SELECT 1`)", "", timed(["sqlite3", db, "SELECT 1"], drop=drop))
    for kind, query, vquery, lang in queries:
        variants = [(kind, False)] + ([(kind, True)] if kind == "typo" else [])
        for k, rerank in variants:
            sql = sql_for(k, query, lang=lang, pool=200 if rerank else None)
            f = timed([sys.executable, qpy, db, sql, "1" if rerank else "0", query, "10"], drop=drop)
            out = f[3]
            first = out.splitlines()[0].split("\t")[1] if out.strip() and "\t" in out else "(none)"
            row("python: %s `%s`%s%s" % (k, query, " lang=" + lang if lang else "",
                                          " + edit-distance re-rank of 200" if rerank else ""),
                "%d concepts; 1st: %s" % (len(out.splitlines()) if "\t" in out else 0, first[:40]), f)
            if not rerank and shutil.which("sqlite3"):
                f = timed(["sqlite3", "-readonly", db, sql], drop=drop)
                row("sqlite3 shell: %s `%s`%s" % (k, query, " lang=" + lang if lang else ""), "%d label rows" % len(f[3].splitlines()), f)
        f = timed([vaktaal, "lookup", vquery] + vocab_args + (["--lang", lang] if lang else []), drop=drop)
        out = f[3].strip()
        lines = out.splitlines()
        first = lines[0][7:].split("  ")[0] + ": " + " ".join(lines[0].split()[3:])[:40] \
            if lines and not out.startswith("no concept") else out[:50]
        row("**vaktaal lookup `%s`%s** (parses the sources)" % (vquery, " --lang " + lang if lang else ""), "%d lines; 1st: %s" % (len(lines), first), f)

    if quality:
        print("\n### answer quality: top 3 of each (vaktaal lookup; SQLite word, prefix, trigram bm25, trigram + re-rank)")
        for query, note, kw in quality:
            print("\n`%s` -- %s" % (query, note))
            extra = []
            if kw.get("lang"):
                extra += ["--lang", kw["lang"]]
            if kw.get("scheme"):
                extra += ["--scheme", kw["scheme"].rsplit("/", 1)[-1]]
            print("  vaktaal      : " + " | ".join(vaktaal_rows(vaktaal, vocab_args, query, extra, 3)))
            for label, k, rr in (("fts5 word    ", "word", False), ("fts5 prefix  ", "prefix", False),
                                 ("trigram bm25 ", "typo", False), ("trigram+edit ", "typo", True)):
                rows = sqlite_rows(db, k, query, kw.get("lang"), kw.get("scheme"), rr, 3)
                print("  %s: %s" % (label, " | ".join(rows) if rows else "(none)"))
    return concepts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--big", help="the ESCO-sized generated RDF/XML (e.g. /tmp/bench/big.rdf)")
    ap.add_argument("--vaktaal", default=os.path.join(ROOT, ".build/release/vaktaal"))
    ap.add_argument("--esco", default=os.path.join(ROOT, "../shared/data/esco/v1.1.1"))
    ap.add_argument("--drop-caches", action="store_true",
                    help="also time one run per query right after `echo 3 > /proc/sys/vm/drop_caches` "
                         "(root; empties the page cache of the whole machine)")
    ap.add_argument("--no-quality", action="store_true", help="skip the answer-quality comparison")
    args = ap.parse_args()
    global DROP_CACHES
    DROP_CACHES = args.drop_caches
    os.makedirs(WORK, exist_ok=True)
    with open(os.path.join(WORK, "query.py"), "w") as f:
        f.write(QUERY_SCRIPT)
    con = sqlite3.connect(":memory:")
    tokenizers = []
    for tok in ("unicode61 remove_diacritics 2", "trigram", "trigram remove_diacritics 1"):
        try:
            con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='%s')" % tok)
            con.execute("DROP TABLE t")
            tokenizers.append(tok + ": yes")
        except sqlite3.OperationalError:
            tokenizers.append(tok + ": no")
    shell = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0] \
        if shutil.which("sqlite3") else "missing"
    print("# SQLite FTS5 as the lookup store (issue #20)")
    print("SQLite %s (Python %s), sqlite3 shell %s; FTS5 tokenizers: %s" % (
        sqlite3.sqlite_version, sys.version.split()[0], shell, "; ".join(tokenizers)))
    print("vaktaal: %s; load average %s; page cache warm; dropped for one extra run per query: %s" % (
        args.vaktaal, " ".join(open("/proc/loadavg").read().split()[:3]),
        "used: --drop-caches" if args.drop_caches else "not used"))

    vocab = os.path.join(ROOT, "Vocabularies")
    rdfs = sorted(os.path.join(vocab, f) for f in os.listdir(vocab) if f.endswith(".rdf"))
    queries = [("exact", "welding", "welding", None), ("word", "welding", "welding", None),
               ("word", "lasser", "lasser", "nl"), ("prefix", "weld", "weld", None),
               ("typo", "wleding equipment", "wleding equipment", None)]
    quality = [
        ("welding", "one word: exact label vs every label containing it", {}),
        ("weld", "a word begun: vaktaal completes it by itself; FTS5 only with an explicit *", {}),
        ("wleding equipment", "a transposition (two edits) in a two-word query", {}),
        ("weldng equipment", "one letter left out in a two-word query", {}),
        ("frezzen", "a typo in a Dutch word (README example)", {}),
        ("koperleiding", "compound vs its inflected/longer forms (koperleidingen)", {}),
        ("leiding", "last part of compounds (koperleiding) vs words beginning with it", {}),
        ("koperen leiding", "split form of a compound (vaktaal: koperleiding ~ koperen leiding)", {}),
        ("lassen MIG", "other word order of the alt label MIG-lassen", {}),
        ("solderen hard", "other word order of the hidden label 'hard solderen'", {}),
        ("inspicient", "diacritics folded (inspiciënt)", {}),
        ("MB-002", "a notation", {}),
        ("lasser", "language filter --lang nl", {"lang": "nl"}),
        ("lassen", "scheme filter --scheme metaal", {"scheme": "https://data.vaktaal.nl/metaal"}),
    ]
    vocab_args = ["--vocab", vocab, "--vocab", args.esco]
    dataset("vocab+esco (Vocabularies/*.rdf + ESCO v1.1.1 CSV)", rdfs + [args.esco], [vocab, args.esco],
            vocab_args, queries, args.vaktaal, None if args.no_quality else quality)

    if args.big:
        nt = convert(args.vaktaal, args.big, os.path.join(WORK, "big-0.nt"))  # dataset() reuses it
        # a label drawn from the data: the Dutch preferred label of the middle concept
        labels = []
        with open(nt, encoding="utf-8") as f:
            for line in f:
                if "core#prefLabel>" in line and line.rstrip().endswith('"@nl .'):
                    labels.append(unescape(LITERAL.match(TRIPLE.match(line).group(3)).group(1)))
        label = labels[len(labels) // 2]
        first = label.split()[0]
        typo = first[1] + first[0] + first[2:] + label[len(first):]
        word = label.split()[1]
        bq = [("exact", label, label, None), ("word", label, label, None), ("word", word, word, None),
              ("word", word, word, "nl"), ("prefix", first[:5], first[:5], None), ("typo", typo, typo, None)]
        dataset("big (%s)" % os.path.basename(args.big), [args.big], [args.big], ["--vocab", args.big],
                bq, args.vaktaal, None)


if __name__ == "__main__":
    main()
