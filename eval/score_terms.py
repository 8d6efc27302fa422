#!/usr/bin/env python3
"""Scores the terms baoterm gives Party Central citations against eval/terms.tsv.

Each gold row names a corpus file, a document id (a plenum without its term: "NQTW4") and the term
or terms (comma-separated: "Nghị quyết Trung ương 4 khóa XI, khóa XII" is two documents) the article
cites it in, labelled by reading the article: the term or date it writes ("written", "date",
"year"), or the known issue date of a well-known document ("known"). A row is right when the terms
baoterm gives that id in that file are exactly the gold terms (an unknown term counts as wrong).

By default it scores each article's own reading (`baoterm extract` on the gold files). With
`--index INDEX.sqlite` (an index of the whole corpus: `baoterm index --index INDEX.sqlite CORPUS`)
it scores the keys the index gives, after the corpus step (term evidence `corpus`): those that
`documents`, `cites` and the browser show.

Usage:
    python3 eval/score_terms.py [CORPUS_DIR] [--baoterm PATH] [--verbose]
    python3 eval/score_terms.py --index INDEX.sqlite [--verbose]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from score import find_baoterm  # noqa: E402  (eval/score.py)
from document_stats import index_records  # noqa: E402  (eval/document_stats.py)


def load_gold():
    rows = []
    with open(os.path.join(HERE, "terms.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#") or line.startswith("file\t"):
                continue
            file, ident, terms, basis = line.rstrip("\n").split("\t")
            rows.append((file, ident, set(terms.split(",")), basis))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default="/work/corpus/baomoi-2017")
    parser.add_argument("--baoterm")
    parser.add_argument("--index", help="score the keys of this index instead of extract's")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    gold = load_gold()
    files = sorted({row[0] for row in gold})
    if args.index:
        records = index_records(args.index)
    else:
        output = subprocess.run([find_baoterm(args.baoterm), "extract", "--format", "jsonl"]
                                + [os.path.join(args.corpus, f) for f in files],
                                capture_output=True, text=True, check=True).stdout
        records = (json.loads(line) for line in output.splitlines())
    documents = {}
    for record in records:
        documents[os.path.basename(record["path"])] = record["documents"]
    right = 0
    by_basis = collections.Counter()
    right_by_basis = collections.Counter()
    evidence = collections.Counter()
    for file, ident, terms, basis in gold:
        found = set()
        for doc in documents.get(file, []):
            if doc["id"] == ident or (ident.startswith("NQTW") and doc["id"].startswith(ident + "-")):
                found.add(doc["term"])
                evidence[doc.get("termEvidence") or "none"] += 1
        ok = found == terms
        by_basis[basis] += 1
        if ok:
            right += 1
            right_by_basis[basis] += 1
        elif args.verbose:
            print(f"  {file}  {ident}: gold {sorted(terms)}, baoterm {sorted(found, key=str)}")
    print(f"term right: {right} of {len(gold)} Party Central citations ({100 * right / len(gold):.1f} %)")
    for basis in sorted(by_basis):
        print(f"  labelled from {basis}: {right_by_basis[basis]} / {by_basis[basis]}")
    print("  evidence baoterm used: " + ", ".join(f"{k} {v}" for k, v in evidence.most_common()))


if __name__ == "__main__":
    main()
