#!/usr/bin/env python3
"""Prints, for every row of scripts/documents/central.tsv, the corpus articles that back it: those
that write the row's date next to its symbol (or its number and a Central body: "Chỉ thị 05 của Bộ
Chính trị", or its plenum: "Nghị quyết Trung ương 4"), and those that write its term there
("khóa XII", "khóa 12"). Exits 1 when a row is backed by no article.

Usage:
    python3 scripts/documents/central-backing.py CORPUS_DIR [--quiet]

Only file names are printed; no article text is copied.
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROMAN = {"III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
         "XIII": 13, "XIV": 14}
TYPE_WORDS = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quy định|Quyết định", "HD": "Hướng dẫn"}
CENTRAL = r"(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|BCH Trung ương|Trung ương|TW|TƯ|T\.Ư)"


def rows():
    with open(os.path.join(HERE, "central.tsv"), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def date_pattern(iso):
    year, month, day = iso.split("-")
    sep = r"\s*[/\-.]\s*"
    return re.compile(rf"\b0?{int(day)}{sep}0?{int(month)}{sep}{year}\b|\b0?{int(day)} tháng 0?{int(month)} năm {year}\b")


def term_pattern(term):
    return re.compile(rf"[Kk]hó?o?[aá]\s+(?:{term}|{ROMAN[term]})\b|[Kk]hoá\s+(?:{term}|{ROMAN[term]})\b")


def citation_patterns(ident):
    """Ways an article cites the document: its symbol, or its number and type before a Central body."""
    m = re.fullmatch(r"NQTW(\d+)", ident)
    if m:
        n = m.group(1)
        return [re.compile(rf"(?:Nghị quyết|NQ)\s+(?:Hội nghị\s+)?(?:Trung ương|TW|TƯ)\s+(?:{n}|{'IV' if n == '4' else n})\b", re.I)]
    m = re.fullmatch(r"(\d+)-(NQ|CT|KL|QĐ|HD)/TW", ident)
    if not m:
        return []
    number, kind = m.groups()
    # "09/NQ-TW": a Party symbol written with State punctuation.
    symbol = re.compile(rf"\b0*{number}\s*(?:-\s*{kind}\s*/|/\s*{kind}\s*-)\s*(?:TW|TƯ)\b")
    words = re.compile(rf"(?:{TYPE_WORDS[kind]})\s+(?:số\s+)?0*{number}\b(?![/\-])[^.;]{{0,40}}?(?:của|do)\s+{CENTRAL}", re.I)
    return [symbol, words]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    quiet = "--quiet" in sys.argv
    if not args:
        print(__doc__)
        return 2
    corpus = args[0]
    texts = {}
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".txt"):
            with open(os.path.join(corpus, name), encoding="utf-8", errors="replace") as f:
                texts[name] = unicodedata.normalize("NFC", f.read())
    failures = 0
    for row in rows():
        patterns = citation_patterns(row["id"])
        if row.get("also", "-") != "-":
            patterns += citation_patterns(row["also"])
        dated, termed = set(), set()
        date_re, term_re = date_pattern(row["date"]), term_pattern(row["term"])
        for name, text in texts.items():
            for pattern in patterns:
                for m in pattern.finditer(text):
                    window = text[m.end():m.end() + 90]
                    span = text[m.start():m.end() + 90]
                    before = text[max(0, m.start() - 40):m.start()]
                    if date_re.search(span) or date_re.search(before):
                        dated.add(name)
                    if term_re.search(window[:60]):
                        termed.add(name)
        backed = bool(dated or termed)
        failures += 0 if backed else 1
        status = "ok" if backed else "NOT BACKED"
        print(f"{row['id']}\t{row['date']}\t{row['term']}\t{status}\tdate: {len(dated)}\tterm: {len(termed)}")
        if not quiet:
            if dated:
                print("    date written in: " + " ".join(sorted(dated)[:12]) + (" …" if len(dated) > 12 else ""))
            if termed:
                print("    term written in: " + " ".join(sorted(termed)[:12]) + (" …" if len(termed) > 12 else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
