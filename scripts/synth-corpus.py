#!/usr/bin/env python3
"""Writes a synthetic corpus for scale measurements: COUNT articles in the corpus-file layout
(line 1 title, line 2 lead, then the body), each recombining a title, a lead and paragraphs drawn
from the articles of SOURCE. Deterministic (seeded). The output is meant for /tmp, never the repo.

usage: synth-corpus.py SOURCE OUTPUT [--count N] [--seed S]
"""
import argparse
import os
import random
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("output")
    parser.add_argument("--count", type=int, default=350_000)
    parser.add_argument("--seed", type=int, default=2017)
    args = parser.parse_args()

    titles, leads, paragraphs, bylines = [], [], [], []
    for root, _, files in os.walk(args.source):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            try:
                with open(os.path.join(root, name), encoding="utf-8") as handle:
                    lines = [line.strip() for line in handle if line.strip()]
            except (OSError, UnicodeDecodeError):
                continue
            if len(lines) < 4:
                continue
            titles.append(lines[0])
            leads.append(lines[1])
            paragraphs.extend(lines[2:-1])
            bylines.append(lines[-1])
    if not titles:
        sys.exit(f"synth-corpus: no articles under {args.source}")

    rng = random.Random(args.seed)
    os.makedirs(args.output, exist_ok=True)
    per_folder = 1000
    for number in range(args.count):
        folder = os.path.join(args.output, f"{number // per_folder:04d}")
        if number % per_folder == 0:
            os.makedirs(folder, exist_ok=True)
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(4, 14)))
        text = "\n".join([rng.choice(titles), rng.choice(leads), *body, rng.choice(bylines)]) + "\n"
        with open(os.path.join(folder, f"{number:07d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
    print(f"synth-corpus: {args.count} articles in {args.output} from {len(titles)} articles, {len(paragraphs)} paragraphs")


if __name__ == "__main__":
    main()
