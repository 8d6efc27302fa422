#!/usr/bin/env python3
"""Counts over `baoterm extract --format jsonl` output: documents cited, how many keep an unknown
qualifier, how Party Central terms were decided, and (with --compare) how many document keys
changed between two runs.

Usage:
    python3 eval/document_stats.py AFTER.jsonl [--compare BEFORE.jsonl]

A "citation" is one document entry of one article (one document cited several times in an
article counts once). "Party Central" is a document whose issuer is TW or a Central body, or a
plenum resolution (NQTW…).
"""
import argparse
import collections
import json


def load(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


def is_central(doc):
    issuer = doc.get("issuer") or ""
    return doc["id"].startswith("NQTW") or issuer.endswith("TW")


def stats(path):
    total = unknown = central = central_unknown = 0
    reasons = collections.Counter()
    evidence = collections.Counter()
    keys = {}
    for record in load(path):
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
    parser.add_argument("after")
    parser.add_argument("--compare")
    args = parser.parse_args()
    total, unknown, reasons, central, central_unknown, evidence, keys = stats(args.after)
    print(f"citations: {total}; with an unknown qualifier: {unknown} ({100 * unknown / max(total, 1):.1f} %)")
    print("  unknown by qualifier: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    print(f"Party Central citations: {central}; term unknown: {central_unknown} ({100 * central_unknown / max(central, 1):.1f} %)")
    print("  term evidence: " + ", ".join(f"{k} {v}" for k, v in evidence.most_common()))
    if args.compare:
        _, _, _, _, _, _, before = stats(args.compare)
        common = set(keys) & set(before)
        changed = sum(1 for m in common if keys[m] != before[m])
        print(f"mentions in both runs: {len(common)}; key changed: {changed}; "
              f"mentions only before: {len(set(before) - set(keys))}; only after: {len(set(keys) - set(before))}")
        changes = collections.Counter((before[m], keys[m]) for m in common if keys[m] != before[m])
        for (old, new), n in changes.most_common(25):
            print(f"  {n:4d}  {old}  →  {new}")


if __name__ == "__main__":
    main()
