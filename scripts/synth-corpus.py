#!/usr/bin/env python3
"""Writes a synthetic corpus for scale measurements: COUNT articles in the corpus-file layout
(line 1 title, line 2 lead, line 3 the body), each recombining a title, a lead and body sentences
drawn from the articles of SOURCE, with the length of a real body. Deterministic (seeded). The
output is meant for /tmp, never the repository.

usage: synth-corpus.py SOURCE OUTPUT [--count N] [--seed S]
"""
import argparse
import os
import random
import sys


def sentence_split(text):
    """Splits at ". " followed by an upper-case letter (good enough for recombining)."""
    out, start = [], 0
    for index in range(len(text) - 2):
        if text[index] in ".!?" and text[index + 1] == " " and text[index + 2].isupper():
            out.append(text[start:index + 1])
            start = index + 2
    out.append(text[start:])
    return [sentence for sentence in out if sentence]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("output")
    parser.add_argument("--count", type=int, default=350_000)
    parser.add_argument("--seed", type=int, default=2017)
    args = parser.parse_args()

    titles, leads, sentences, lengths = [], [], [], []
    for root, _, files in os.walk(args.source):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            try:
                with open(os.path.join(root, name), encoding="utf-8") as handle:
                    lines = [line.strip() for line in handle if line.strip()]
            except (OSError, UnicodeDecodeError):
                continue
            if len(lines) < 3:
                continue
            titles.append(lines[0])
            leads.append(lines[1])
            body = sentence_split(" ".join(lines[2:]))
            sentences.extend(body)
            lengths.append(len(body))
    if not titles:
        sys.exit(f"synth-corpus: no articles under {args.source}")

    rng = random.Random(args.seed)
    os.makedirs(args.output, exist_ok=True)
    per_folder = 1000
    for number in range(args.count):
        folder = os.path.join(args.output, f"{number // per_folder:04d}")
        if number % per_folder == 0:
            os.makedirs(folder, exist_ok=True)
        body = " ".join(rng.choice(sentences) for _ in range(rng.choice(lengths)))
        text = "\n".join([rng.choice(titles), rng.choice(leads), body]) + "\n"
        with open(os.path.join(folder, f"{number:07d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
    print(f"synth-corpus: {args.count} articles in {args.output} from {len(titles)} articles, {len(sentences)} sentences")


if __name__ == "__main__":
    main()
