#!/usr/bin/env python3
"""Scores baoterm's publication dates against the hand labels in eval/dates/labels.jsonl.

Runs `baoterm extract --format jsonl` on the labelled files (corpus files by name under
CORPUS_DIR, seeds by their path in the repository) and compares the day of `published`
(YYYY-MM-DD) with the label, which is the day the article reports as its own, or null when the
text does not tell it. For each set and overall it prints:
- precision: the share of the dates baoterm gives that are right (a date given where the label
  is null counts as wrong);
- coverage: the share of the labelled dates that baoterm gives right.

Usage: python3 eval/dates/score.py [CORPUS_DIR] [--baoterm PATH] [--verbose]
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# The entity scorer's binary lookup (release build, then debug).
sys.path.insert(0, os.path.dirname(HERE))
from score import find_baoterm  # noqa: E402  (eval/score.py)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="/tmp/baomoi/baomoi-2017")
    parser.add_argument("--baoterm")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    paths = {}
    for label in labels:
        name = label["file"]
        path = os.path.join(ROOT, name) if "/" in name else os.path.join(args.corpus, name)
        if not os.path.isfile(path):
            sys.exit(f"score.py: {path} not found (corpus folder: {args.corpus})")
        paths[os.path.realpath(path)] = label
    result = subprocess.run([find_baoterm(args.baoterm), "extract", "--format", "jsonl", *paths],
                            capture_output=True, text=True, encoding="utf-8")
    if result.returncode not in (0, 1):
        sys.exit(f"score.py: baoterm extract failed ({result.returncode}): {result.stderr.strip()}")
    found = {}
    for line in result.stdout.splitlines():
        if line.strip():
            record = json.loads(line)
            found[os.path.realpath(record["path"])] = record
    sets = {}
    for path, label in paths.items():
        record = found.get(path, {})
        got = (record.get("published") or "")[:10] or None
        want = label["published"]
        for name in (label["set"], "all"):
            s = sets.setdefault(name, {"n": 0, "labelled": 0, "given": 0, "right": 0, "wrong": []})
            s["n"] += 1
            s["labelled"] += want is not None
            if got is not None:
                s["given"] += 1
                if got == want:
                    s["right"] += 1
                else:
                    s["wrong"].append((label["file"], want, got))
        if args.verbose and got != want:
            flag = " (year inferred)" if record.get("publishedYearInferred") else ""
            print(f"{label['set']:<16}{label['file']}: want {want} got {got}{flag}")
    order = ["full", "inferred", "seed", "issue", "full-heldout", "inferred-heldout", "full-untouched", "inferred-untouched", "full-fresh", "inferred-fresh", "all"]
    for name in sorted(sets, key=lambda n: order.index(n) if n in order else 99):
        s = sets[name]
        precision = s["right"] / s["given"] if s["given"] else 1.0
        coverage = s["right"] / s["labelled"] if s["labelled"] else 1.0
        print(f"{name:<16} {s['n']:>3} articles, {s['labelled']:>3} with a date: given {s['given']:>3}, right {s['right']:>3}"
              f"  precision {precision:6.1%}  coverage {coverage:6.1%}")


if __name__ == "__main__":
    main()
