#!/usr/bin/env python3
"""Candidates for eval/search-queries.tsv, from the corpus text.

    python3 scripts/search-eval-candidates.py CORPUS              # frequent capitalised 2-4 word runs
    python3 scripts/search-eval-candidates.py CORPUS --check TSV  # per phrase: articles holding it
                                                                  # marked / as its folded query

The first form lists names of institutions, places and people by the number of articles holding
them; political terms were added by hand. The second shows how often the folded query spells
another word (e.g. "thuy dien": thủy điện and Thụy Điển), which marks a query ambiguous.
"""
import collections
import os
import re
import sys
import unicodedata

WORD = re.compile(r"\w+", re.U)


def fold(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def key(word):
    """A word compared without case or tone placement: its folded letters and its set of marks."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    marks = "".join(sorted(c for c in decomposed if unicodedata.category(c) == "Mn"))
    return fold(word) + "|" + marks + ("đ" if "đ" in word.lower() else "")


def articles(corpus):
    for name in sorted(os.listdir(corpus)):
        with open(os.path.join(corpus, name), encoding="utf-8", errors="replace") as handle:
            yield name, WORD.findall(unicodedata.normalize("NFC", handle.read()))


def contains(words, pattern):
    first, size = pattern[0], len(pattern)
    return any(words[i] == first and words[i:i + size] == pattern for i in range(len(words) - size + 1))


def main():
    corpus = sys.argv[1]
    if "--check" in sys.argv:
        rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[sys.argv.index("--check") + 1], encoding="utf-8")
                if line.strip() and not line.startswith("#")]
        folded = [[fold(w) for w in phrase.split()] for _, phrase, _ in rows]
        keyed = [[key(w) for w in phrase.split()] for _, phrase, _ in rows]
        marked_count = [0] * len(rows)
        folded_count = [0] * len(rows)
        for _, words in articles(corpus):
            folded_words = [fold(w) for w in words]
            keyed_words = None
            for i in range(len(rows)):
                if contains(folded_words, folded[i]):
                    folded_count[i] += 1
                    keyed_words = keyed_words or [key(w) for w in words]
                    if contains(keyed_words, keyed[i]):
                        marked_count[i] += 1
        for (query, phrase, kind), marked, any_form in zip(rows, marked_count, folded_count):
            print(f"{marked:6d} {any_form:6d} {marked / max(any_form, 1):.2f}  {query}\t{phrase}\t{kind}")
        return
    counts = collections.Counter()
    for _, words in articles(corpus):
        runs = set()
        for size in (2, 3, 4):
            for i in range(len(words) - size + 1):
                gram = words[i:i + size]
                if all(w[0].isupper() for w in gram):
                    runs.add(" ".join(gram))
        counts.update(runs)
    for gram, count in counts.most_common(400):
        print(count, gram)


if __name__ == "__main__":
    main()
