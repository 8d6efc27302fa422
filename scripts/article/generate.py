#!/usr/bin/env python3
"""Generates Sources/BaoArticle/ArticleWords.swift from the word lists here.

Each list is a text file with one entry a line; lines starting with '#' say what the list is for
and where it comes from. Two kinds:
- folded sets (LISTS): entries folded the way the parser compares text (`Folding.fold`: lower
  case, tone marks and other diacritics removed, "đ" as "d", single spaces), written as a Set
  literal. An entry that is not folded could never match, so it stops the script.
- written lists (WRITTEN): entries as they appear in articles, one quoted string a line (JSON
  syntax, so that a trailing space shows), in the order the parser tries them, written as an
  array literal. A list may require a text in every entry (the caption labels hold "ảnh", "Ảnh"
  or "ẢNH", which `Captions` looks for before trying any; the other caption lists "ả" or "Ả").
The output needs no resource lookup at run time.

Run from the repository root:  python3 scripts/article/generate.py
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Sources", "BaoArticle", "ArticleWords.swift")

# File stem, Swift name, one-line summary for the doc comment (the file's comments say more).
LISTS = [
    ("trailer-tag-headings", "trailerTagHeadings", "Headings of a page's tag list; the page's tail starts there."),
    ("trailer-share-words", "trailerShareWords", "Words of share and print buttons; a line of them only is furniture."),
    ("trailer-related-headings", "trailerRelatedHeadings", "Headings that introduce related articles."),
    ("trailer-furniture", "trailerFurniture", "Buttons and button rows: page furniture, anywhere on the page."),
    ("trailer-clutter", "trailerClutter", "Headings that start the page's tail: nothing after them is the article."),
    ("date-line-words", "dateLineWords", "Words that may stand beside a publication date on its line."),
    ("date-opening-words", "dateOpeningWords", "Words that may open a paragraph before its date."),
    ("date-reporting-words", "dateReportingWords", "Verbs of saying and deciding: after one, \"sẽ\" is what was said."),
    ("date-plan-words", "datePlanWords", "Words after which a year is a plan's target or period, or a birth year."),
    ("date-plan-words-dated", "datePlanWordsDated", "The same right before a date or month with its year."),
    ("date-anniversary-before", "dateAnniversaryBefore", "Words before \"N năm\" that make it an anniversary."),
    ("date-anniversary-after", "dateAnniversaryAfter", "Words after \"N năm\" that make it an anniversary."),
    ("series-ordinals", "seriesOrdinals", "Numerals one to ten, read as part numbers of a series."),
]

# File stem, Swift name, summary, texts of which every entry must hold one (or None).
WRITTEN = [
    ("byline-source-prefixes", "bylineSourcePrefixes", "Words that open a byline or a line naming the outlet.", None),
    ("byline-credit-prefixes", "bylineCreditPrefixes", "Labels before a writer's name in a byline, in the order tried.", None),
    ("byline-unit-heads", "bylineUnitHeads", "First words of the unit a writer signs with.", None),
    ("byline-compiled-suffixes", "bylineCompiledSuffixes", "Marks after a byline that say the article was compiled.", None),
    ("caption-in-photo", "captionInPhoto", "\"In the photo:\" as captions write it.", ("ả", "Ả")),
    ("caption-illustration", "captionIllustration", "\"Illustration\" marks that end a caption.", ("ả", "Ả")),
    ("caption-credit-labels", "captionCreditLabels", "Labels before a photo credit at the end of a caption, in the order tried.", ("ảnh", "Ảnh", "ẢNH")),
]

FOLDED = re.compile(r"[a-z0-9]+( [a-z0-9]+)*")


def read_entries(stem, entry_of):
    """The entries of `stem`.txt: `entry_of(line)` turns each line that is not a comment into its
    entry, or returns an error message; an entry listed twice or an empty list stops the script."""
    entries = []
    with open(os.path.join(HERE, stem + ".txt"), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            entry, error = entry_of(line)
            if error:
                sys.exit(f"{stem}.txt:{number}: {error}: {line!r}")
            if entry in entries:
                sys.exit(f"{stem}.txt:{number}: {line!r} is listed twice")
            entries.append(entry)
    if not entries:
        sys.exit(f"{stem}.txt: no entries")
    return entries


def folded_entry(line):
    if not FOLDED.fullmatch(line):
        return None, "not folded (lower-case ASCII words, single spaces)"
    return line, None


def written_entry(required):
    def entry_of(line):
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            entry = None
        if not isinstance(entry, str) or not entry.strip():
            return None, "not one quoted, non-empty string"
        entry = unicodedata.normalize("NFC", entry)
        if '"' in entry or "\\" in entry or "\n" in entry:
            return None, "quotes, backslashes and line breaks are not allowed"
        if required and not any(text in entry for text in required):
            return None, f"every entry must hold one of {required}"
        return entry, None
    return entry_of


def literal(entries, indent="        ", width=112):
    """The entries as Swift string literals, wrapped into lines of at most `width` characters."""
    lines, current = [], indent
    for entry in entries:
        item = f'"{entry}",'
        if current != indent and len(current) + 1 + len(item) > width:
            lines.append(current)
            current = indent
        current += ("" if current == indent else " ") + item
    lines.append(current)
    return lines


def main():
    parts = [
        "// Generated by scripts/article/generate.py from scripts/article/*.txt. Do not edit by hand:",
        "// change the lists and run the script again. Each list's use and source are noted at its top.",
        "",
        "/// Word lists of the article parser: folded sets it compares folded text with (`Folding.fold`),",
        "/// then lists of labels as articles write them, in the order tried.",
        "enum ArticleWords {",
    ]
    for stem, name, doc in LISTS:
        entries = read_entries(stem, folded_entry)
        parts.append(f"    /// {doc} From `scripts/article/{stem}.txt` ({len(entries)} entries).")
        parts.append(f"    static let {name}: Set<String> = [")
        parts.extend(literal(entries))
        parts.append("    ]")
        parts.append("")
    for stem, name, doc, required in WRITTEN:
        entries = read_entries(stem, written_entry(required))
        parts.append(f"    /// {doc} From `scripts/article/{stem}.txt` ({len(entries)} entries).")
        parts.append(f"    static let {name}: [String] = [")
        parts.extend(literal(entries))
        parts.append("    ]")
        parts.append("")
    parts[-1] = "}"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
