#!/usr/bin/env python3
"""Draws the corpus articles of the date evaluation set (eval/dates/labels.jsonl).

Two kinds, drawn at random with a fixed seed from the corpus files in name order, by the shape of
the text alone (never by what baoterm extracts):
- "full": one of the first three paragraphs opens with a date that writes its year
  ("Ngày 5/1/2017, …", "Sáng 12-6-2017 …", "ngày 3 tháng 2 năm 2017");
- "inferred": one of the first three paragraphs opens with a date without a year ("Ngày 16/5, …").
Each drawn file is then labelled by reading it (see eval/README.md): the answer is the date the
article reports as its own day, or null when the text cannot tell.

Usage: python3 eval/dates/sample.py CORPUS_DIR [--count N] [--seed S] [--skip-labelled] [--show]
The dev set was drawn with --seed 11 --count 45; the held-out set with --seed 12 --count 25
--skip-labelled (files already in labels.jsonl are not drawn again).
--show prints, for each drawn file, the title, the opening and every year with its context, which
is what the labeller reads (with the whole file at hand).
"""
import argparse
import os
import random
import re

OPENING = r"^(?:(?:vào|từ|sáng|chiều|tối|trưa|đêm|rạng sáng|hôm nay|hôm qua|sáng nay|chiều nay|tối nay|đầu|cuối)\s+)*(?:ngày\s+)?"
FULL = re.compile(OPENING + r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|" + OPENING + r"(\d{1,2}) tháng (\d{1,2}) năm (\d{4})", re.I)
PARTIAL = re.compile(OPENING + r"(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d/.-])", re.I)


def paragraphs(text):
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    if not lines:
        return []
    body = []
    for line in lines[1:]:
        body += [p.strip() for p in re.split(r"\s{2,}", line) if p.strip()]
    return body


def kind_of(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    for p in paragraphs(text)[:3]:
        if FULL.match(p):
            return "full"
        if PARTIAL.match(p):
            return "inferred"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--count", type=int, default=45)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--skip-labelled", action="store_true")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    files = sorted(os.listdir(args.corpus))
    kinds = {"full": [], "inferred": []}
    for name in files:
        kind = kind_of(os.path.join(args.corpus, name))
        if kind:
            kinds[kind].append(name)
    if args.skip_labelled:
        import json
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.jsonl"), encoding="utf-8") as f:
            labelled = {json.loads(line)["file"] for line in f if line.strip()}
        kinds = {k: [n for n in v if n not in labelled] for k, v in kinds.items()}
    rng = random.Random(args.seed)
    for kind, names in kinds.items():
        drawn = sorted(rng.sample(names, min(args.count, len(names))))
        print(f"# {kind}: {len(names)} candidates, {len(drawn)} drawn")
        for name in drawn:
            print(kind, name)
            if args.show:
                show(os.path.join(args.corpus, name))


def show(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    title = text.strip().split("\n")[0]
    print("   T:", title[:160])
    for p in paragraphs(text)[:3]:
        print("   P:", p[:230])
    for m in re.finditer(r"(?<![\d.,])(19[4-9]\d|20\d\d)(?![\d])", text):
        print("   Y:", text[max(0, m.start() - 60):m.end() + 25].replace("\n", " ¶ "))


if __name__ == "__main__":
    main()
