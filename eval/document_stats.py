#!/usr/bin/env python3
"""Counts over `baoterm extract --format jsonl` output, or over an index: documents cited, how
many keep an unknown qualifier, how Party Central terms were decided, and (with --compare) how
many document keys changed between two runs.

Usage:
    python3 eval/document_stats.py AFTER.jsonl [--compare BEFORE.jsonl]
    python3 eval/document_stats.py --index INDEX.sqlite [--compare BEFORE.jsonl | --compare-reading] [--left-by-text]

`extract` gives each article's own reading; the index (built by `baoterm index --index
INDEX.sqlite CORPUS`) also holds the corpus step, which decides a term or year an article does
not give from what other articles write (term evidence `corpus`): `--index` counts the keys the
index gives (those `documents`, `cites` and the browser show), and `--compare-reading` compares
them with the articles' own readings kept in the same index.

A "citation" is one document entry of one article (one document cited several times in an
article counts once). "Party Central" is a document whose issuer is TW or a Central body, or a
plenum resolution (NQTW…).
"""
import argparse
import collections
import json
import re
import sqlite3


def load(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


def index_records(path, reading=False):
    """Records shaped as `extract`'s ({path, documents: [{key, id, issuer, term, unknown,
    termEvidence, mentions}]}) from an index: the keys the index gives, or with `reading` each
    article's own reading. Reads the database without writing to it."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    column = "c.read_key" if reading else "c.document_key"
    rows = db.execute(f"""
        SELECT a.path, {column}, d.id, d.issuer, d.term, d.unknown, c.evidence, c.corpus, c.mention, c."offset"
        FROM citation c JOIN article a ON a.id = c.article_id JOIN document d ON d.key = {column}
        ORDER BY a.path, c."offset"
        """).fetchall()
    db.close()
    records = {}
    for path, key, ident, issuer, term, unknown, evidence, corpus, mention, offset in rows:
        documents = records.setdefault(path, {})
        doc = documents.setdefault(key, {
            "key": key, "id": ident, "issuer": issuer, "term": term,
            "unknown": [u for u in unknown.split(",") if u], "termEvidence": None, "mentions": []})
        if term is not None:
            decided = "corpus" if corpus and not reading else evidence
            doc["termEvidence"] = doc["termEvidence"] or decided
        doc["mentions"].append({"text": mention, "offset": offset})
    for path, documents in records.items():
        yield {"path": path, "documents": list(documents.values())}


def is_central(doc):
    issuer = doc.get("issuer") or ""
    return doc["id"].startswith("NQTW") or issuer.endswith("TW")


def open_left(path):
    """Citations (article, key) the corpus step left with an unknown term or year, by why: no
    other article writes a term, date or year for the symbol; or some do, but not one candidate
    (several keys, a later date, another subject, or the article cites the symbol otherwise)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = db.execute("""
        SELECT c.qualifier, c.article_id, c.family, EXISTS (
            SELECT 1 FROM citation o WHERE o.family = c.family AND o.qualifier = c.qualifier
            AND o.article_id <> c.article_id AND o.value IS NOT NULL
            AND (o.qualifier = 'year' OR o.evidence IN ('written', 'date')))
        FROM citation c WHERE c.family IS NOT NULL AND c.value IS NULL AND c.corpus = 0 GROUP BY c.article_id, c.read_key
        """).fetchall()
    db.close()
    why = collections.Counter()
    for qualifier, _, _, written_elsewhere in rows:
        why[(qualifier, "written elsewhere, no single candidate" if written_elsewhere else "written nowhere else")] += 1
    return why


FULL_DATE = re.compile(r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d\b|\bnăm\s+(?:19|20)\d\d\b|\b\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d\b")
DAY_MONTH = re.compile(r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\b(?!\s*[/.\-]\s*\d)")


def left_by_text(path):
    """Citations (article, key) the index leaves with an unknown term or year, by what their
    sentences and article write about time: a year or full date in a sentence (not read as the
    document's: another document's, a period's, the subject's), a day and month without a year in
    an article without a date (whose year the text does not give), an article with a date, or
    nothing at all. The best class over a citation's mentions counts."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = db.execute("""
        SELECT c.qualifier, c.article_id, c.document_key, c.sentence, a.published IS NOT NULL
        FROM citation c JOIN article a ON a.id = c.article_id
        WHERE c.document_key LIKE '%?' AND c.qualifier IN ('term', 'year')
        """).fetchall()
    db.close()
    order = ["a year or full date in its sentence, not the document's",
             "a day and month without a year, in an article without a date",
             "an article with a date, nothing in the sentence",
             "nothing: no date in the sentence, an article without a date"]
    best = {}
    for qualifier, article, key, sentence, dated in rows:
        if FULL_DATE.search(sentence):
            rank = 0
        elif DAY_MONTH.search(sentence) and not dated:
            rank = 1
        elif dated:
            rank = 2
        else:
            rank = 3
        citation = (qualifier, article, key)
        best[citation] = min(best.get(citation, rank), rank)
    counts = collections.Counter((citation[0], order[rank]) for citation, rank in best.items())
    return counts


def stats(records):
    total = unknown = central = central_unknown = 0
    reasons = collections.Counter()
    evidence = collections.Counter()
    keys = {}
    for record in records:
        for doc in record["documents"]:
            total += 1
            if doc["unknown"]:
                unknown += 1
                for reason in doc["unknown"]:
                    reasons[reason] += 1
            if is_central(doc):
                central += 1
                if "term" in doc["unknown"]:
                    central_unknown += 1
                evidence[doc.get("termEvidence") or "-"] += 1
            for mention in doc["mentions"]:
                keys[(record["path"], mention["offset"])] = doc["key"]
    return total, unknown, reasons, central, central_unknown, evidence, keys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("after", nargs="?", help="extract --format jsonl output")
    parser.add_argument("--index", help="an index database instead of extract output")
    parser.add_argument("--compare", help="extract --format jsonl output to compare with")
    parser.add_argument("--compare-reading", action="store_true",
                        help="with --index: compare with the articles' own readings in the index")
    parser.add_argument("--left-by-text", action="store_true",
                        help="with --index: what the text writes around the unknown terms and years left")
    args = parser.parse_args()
    if (args.after is None) == (args.index is None):
        parser.error("give extract output or --index, not both")
    if args.compare_reading and not args.index:
        parser.error("--compare-reading reads an index: give --index")
    records = index_records(args.index) if args.index else load(args.after)
    total, unknown, reasons, central, central_unknown, evidence, keys = stats(records)
    print(f"citations: {total}; with an unknown qualifier: {unknown} ({100 * unknown / max(total, 1):.1f} %)")
    print("  unknown by qualifier: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    print(f"Party Central citations: {central}; term unknown: {central_unknown} ({100 * central_unknown / max(central, 1):.1f} %)")
    print("  term evidence: " + ", ".join(f"{k} {v}" for k, v in evidence.most_common()))
    if args.index:
        print("  unknown terms and years left by the corpus step: " + ", ".join(
            f"{qualifier} {why} {n}" for (qualifier, why), n in sorted(open_left(args.index).items())))
    if args.left_by_text:
        if not args.index:
            parser.error("--left-by-text reads an index: give --index")
        for (qualifier, why), n in sorted(left_by_text(args.index).items()):
            print(f"  unknown {qualifier}: {why}: {n}")
    if args.compare or args.compare_reading:
        before_records = index_records(args.index, reading=True) if args.compare_reading else load(args.compare)
        _, _, _, _, _, _, before = stats(before_records)
        common = set(keys) & set(before)
        changed = sum(1 for m in common if keys[m] != before[m])
        print(f"mentions in both runs: {len(common)}; key changed: {changed}; "
              f"mentions only before: {len(set(before) - set(keys))}; only after: {len(set(keys) - set(before))}")
        changes = collections.Counter((before[m], keys[m]) for m in common if keys[m] != before[m])
        for (old, new), n in changes.most_common(25):
            print(f"  {n:4d}  {old}  →  {new}")


if __name__ == "__main__":
    main()
