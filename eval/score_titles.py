#!/usr/bin/env python3
"""Scores the titles `baoterm documents --json` shows for the 30 most-cited documents of the corpus
against eval/titles.tsv (read by hand from the citing articles).

A title is right when it is the gold title (case, tone placement, quotes, a leading "về" and spaces
aside), one of its alternatives, or the gold title cut at one of its own ";" or "," (articles often
cite only the first part); "-" in the gold means no citing article writes the document's own title,
and then no title is right. Any other title is wrong (a fragment of a sentence about something
else); no title where the gold has one is "none".

Usage:
    python3 eval/score_titles.py [CORPUS_DIR] [--baoterm PATH] [--top 30] [--verbose]
    python3 eval/score_titles.py [CORPUS_DIR] --gold eval/titles-untouched.tsv [--baoterm PATH]
It builds a fresh index of CORPUS_DIR in a temporary folder (about a minute). With --gold, the
documents scored are those the gold file names, wherever they rank.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TONE_PAIRS = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy",
              "uỹ": "ũy", "uỵ": "ụy", "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe"}


def norm(text):
    text = unicodedata.normalize("NFC", text).lower()
    for old, new in TONE_PAIRS.items():
        text = re.sub(old + r"(?!\w)", new, text)
    text = re.sub(r"[“”\"«»']", "", text)
    # A date written with dots is the same date: "30.5.2017" = "30/5/2017".
    text = re.sub(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", r"\1/\2/\3", text)
    text = re.sub(r"\s*[–—-]\s*", " - ", text)
    text = " ".join(text.split()).strip(" .,;:")
    return re.sub(r"^về\s+", "", text)


def right(found, gold):
    if gold == "-":
        return found is None
    if found is None:
        return False
    f = norm(found)
    for alternative in gold.split(" | "):
        g = norm(alternative)
        if f == g or (g.startswith(f) and len(f) >= 8 and g[len(f):len(f) + 1] in (";", ",")):
            return True
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default="/work/corpus/baomoi-2017")
    parser.add_argument("--baoterm")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--gold", help="another gold file; scores the documents it names")
    args = parser.parse_args()
    baoterm = args.baoterm or os.path.join(ROOT, ".build", "release", "baoterm")
    gold = {}
    with open(args.gold or os.path.join(HERE, "titles.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("key\t") or not line.strip():
                continue
            key, title = line.rstrip("\n").split("\t")
            gold[key] = title
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, XDG_CACHE_HOME=folder, XDG_STATE_HOME=folder)
        out = subprocess.run([baoterm, "documents", "--json", "--index", os.path.join(folder, "index.db"), args.corpus],
                             capture_output=True, text=True, env=env)
        if out.returncode not in (0,):
            sys.stderr.write(out.stderr[-2000:])
    documents = json.loads(out.stdout)
    if args.gold:
        top = [d for d in documents if d["key"] in gold]
        for key in sorted(set(gold) - {d["key"] for d in top}):
            print(f"  not in the index: {key}")
    else:
        top = documents[:args.top]
    counts = {"right": 0, "wrong": 0, "none": 0, "unlabelled": 0}
    for document in top:
        key, title = document["key"], document.get("title")
        if key not in gold:
            counts["unlabelled"] += 1
            print(f"  not labelled: {key} ({document['count']}): {title}")
            continue
        if right(title, gold[key]):
            counts["right"] += 1
            verdict = "right"
        elif title is None:
            counts["none"] += 1
            verdict = "none"
        else:
            counts["wrong"] += 1
            verdict = "WRONG"
        if args.verbose or verdict != "right":
            print(f"  {verdict:5}  {key} ({document['count']}): {title!r}  gold: {gold[key]!r}")
    labelled = len(top) - counts["unlabelled"]
    what = f"{len(top)} documents of {os.path.basename(args.gold)}" if args.gold else f"the {len(top)} most-cited documents"
    print(f"titles of {what}: right {counts['right']} of {labelled} "
          f"({100 * counts['right'] / max(labelled, 1):.1f} %), wrong {counts['wrong']}, none {counts['none']}, "
          f"unlabelled {counts['unlabelled']}")


if __name__ == "__main__":
    main()
