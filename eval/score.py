#!/usr/bin/env python3
"""Scores baoterm's entity extraction against the hand annotations in eval/annotations.jsonl.

Runs `baoterm extract --format jsonl` on the annotated corpus files and prints precision, recall
and F1 (micro-averaged over the articles) for provinces, numbered document ids and people, and the
accuracy of the primary province.

Usage:
    python3 eval/score.py [CORPUS_DIR] [--baoterm PATH] [--set dev|heldout|all] [--verbose]

CORPUS_DIR defaults to /tmp/baomoi/baomoi-2017 (the unpacked shared corpus); the annotations
name files in it. --baoterm defaults to .build/release/baoterm, then .build/debug/baoterm.
--set chooses the annotations scored: "dev" (the 25 articles looked at while writing rules),
"heldout" (15 articles annotated and scored without tuning on them) or "all"; by default each set
is scored separately. --verbose lists, per article, what was missed and what was found in excess.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Old and new tone placement ("hoà"/"hòa", "thuỷ"/"thủy") compare alike.
TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}


def canonical(text):
    text = unicodedata.normalize("NFC", text).strip()
    lower = text.lower()
    for old, new in TONE_PAIRS.items():
        # Only where the pair ends the syllable: "hoà" → "hòa", never "hoàng" → "hòang".
        lower = re.sub(old + r"(?!\w)", new, lower)
    return " ".join(lower.split())


def is_numbered(doc_id):
    """A document id written with a symbol ("5-CT/TW", "35/NQ-CP"), not a plenum or congress id."""
    return "/" in doc_id and any(c.isdigit() for c in doc_id)


def load_annotations():
    with open(os.path.join(HERE, "annotations.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def find_baoterm(explicit):
    if explicit:
        return explicit
    for build in ("release", "debug"):
        path = os.path.join(ROOT, ".build", build, "baoterm")
        if os.access(path, os.X_OK):
            return path
    sys.exit("score.py: no baoterm binary; run `swift build` or pass --baoterm PATH")


def extract(baoterm, paths):
    result = subprocess.run(
        [baoterm, "extract", "--format", "jsonl", *paths],
        capture_output=True, text=True, encoding="utf-8",
    )
    if result.returncode not in (0, 1):
        sys.exit(f"score.py: baoterm extract failed ({result.returncode}): {result.stderr.strip()}")
    found = {}
    for line in result.stdout.splitlines():
        if line.strip():
            record = json.loads(line)
            found[os.path.basename(record["path"])] = record
    return found


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, truth, predicted):
        self.tp += len(truth & predicted)
        self.fp += len(predicted - truth)
        self.fn += len(truth - predicted)

    def line(self, name):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<11} precision {p:6.1%}  recall {r:6.1%}  F1 {f:6.1%}   (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="/tmp/baomoi/baomoi-2017")
    parser.add_argument("--baoterm")
    parser.add_argument("--set", choices=["dev", "heldout", "all"])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    all_annotations = load_annotations()
    paths = [os.path.join(args.corpus, a["file"]) for a in all_annotations]
    missing = [p for p in paths if not os.path.isfile(p)]
    if missing:
        sys.exit(f"score.py: {len(missing)} annotated files not found under {args.corpus}, e.g. {missing[0]}")
    found = extract(find_baoterm(args.baoterm), paths)

    sets = ["dev", "heldout"] if args.set is None else [args.set]
    for name in sets:
        chosen = [a for a in all_annotations if name == "all" or a.get("set") == name]
        score(name, chosen, found, args.corpus, args.verbose)


def score(name, annotations, found, corpus, verbose):
    tallies = {"provinces": Tally(), "documents": Tally(), "people": Tally()}
    primary_right = 0
    for a in annotations:
        record = found.get(a["file"])
        if record is None:
            print(f"{a['file']}: not in baoterm's output", file=sys.stderr)
            record = {}
        predicted = {
            "provinces": {canonical(p["name"]) for p in record.get("provinces") or []},
            "documents": {canonical(d["id"]) for d in record.get("documents") or [] if is_numbered(d["id"])},
            "people": {canonical(p["name"]) for p in record.get("people") or []},
        }
        truth = {
            "provinces": {canonical(p) for p in a["provinces"]},
            "documents": {canonical(d) for d in a["documents"]},
            "people": {canonical(p) for p in a["people"]},
        }
        for kind, tally in tallies.items():
            tally.add(truth[kind], predicted[kind])
        want = a["primaryProvince"]
        got = record.get("primaryProvince")
        right = (want is None and got is None) or (
            want is not None and got is not None and canonical(want) == canonical(got))
        primary_right += right
        if verbose:
            lines = []
            for kind in tallies:
                miss = sorted(truth[kind] - predicted[kind])
                extra = sorted(predicted[kind] - truth[kind])
                if miss or extra:
                    lines.append(f"  {kind}: missed {miss} extra {extra}")
            if not right:
                lines.append(f"  primary: want {want!r} got {got!r}")
            if lines:
                print(a["file"])
                print("\n".join(lines))

    print(f"[{name}] {len(annotations)} annotated articles from {corpus}")
    for kind, tally in tallies.items():
        print(tally.line(kind))
    n = max(1, len(annotations))
    print(f"{'primary':<11} accuracy {primary_right / n:6.1%}   ({primary_right} of {len(annotations)})")
    print()


if __name__ == "__main__":
    main()
