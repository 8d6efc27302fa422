#!/usr/bin/env python3
"""Generate Sources/BaoEntities/Gazetteer/GazetteerData.swift for baoterm.

Data source: the PyPI package `vietnamadminunits` (MIT, Copyright (c) 2025 Tran Ngoc Minh Hieu),
version pinned below. Its SQLite dataset holds the 63 province-level units, 696 districts and
10,040 wards in force at the start of 2025 (table `admin_units_legacy`), the 34 units after the
July 2025 merger with their 3,321 communes, wards and special zones (table `admin_units`), and
`converter_2025.json` maps old provinces to new ones.
The unit names and codes are the public list of the General Statistics Office of Viet Nam.

Added by hand in this folder (baoterm project notes): `aliases.tsv` (news spellings such as
"TPHCM", "Sài Gòn", "Huế"), `common_words.txt` (district names that are ordinary words) and the
three Hồ Chí Minh City districts abolished on 2021-01-01 (Quận 2, Quận 9, Quận Thủ Đức), which
2017-2020 news still names.

Regenerate:
    python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install vietnamadminunits==1.0.4
    /tmp/gaz/bin/python scripts/gazetteer/generate.py [--check-reference DIR]

`--check-reference DIR` compares the result with a provinces.tsv / districts.tsv pair (columns as
in the project notes) and prints every difference; it changes nothing.
"""

import argparse
import importlib.metadata
import json
import os
import re
import sqlite3
import sys
import unicodedata

PINNED_VERSION = "1.0.4"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUTPUT = os.path.join(ROOT, "Sources", "BaoEntities", "Gazetteer", "GazetteerData.swift")
ORG_OUTPUT = os.path.join(ROOT, "Sources", "BaoEntities", "Gazetteer", "OrganizationData.swift")
CONTEXT_OUTPUT = os.path.join(ROOT, "Sources", "BaoEntities", "Gazetteer", "ContextWordData.swift")

# Districts abolished before the 2025 snapshot that news of the corpus years still names.
HISTORICAL_DISTRICTS = [
    # (province short, district type, district short)
    ("Hồ Chí Minh", "Quận", "Quận 2"),
    ("Hồ Chí Minh", "Quận", "Quận 9"),
    ("Hồ Chí Minh", "Quận", "Thủ Đức"),
]

# Province-level units whose capital "thành phố X" is a different, district-level unit inside them.
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}


def nfc(text):
    return unicodedata.normalize("NFC", text.strip())


def fix_type(name):
    """The dataset writes a few type words with a capital second word ("Thành Phố Bắc Kạn")."""
    for wrong, right in (("Thành Phố ", "Thành phố "), ("Thị Xã ", "Thị xã "), ("Thị Trấn ", "Thị trấn ")):
        if name.startswith(wrong):
            return right + name[len(wrong):]
    return name


def short_province(name):
    for prefix in ("Thành phố ", "Tỉnh "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def district_short(full, dtype):
    full = fix_type(full)
    if full.startswith(dtype + " "):
        rest = full[len(dtype) + 1:]
    else:
        rest = full
    # Numbered districts keep their type word: "Quận 2", not "2".
    if rest.isdigit():
        return f"{dtype} {rest}"
    return rest


def load_package():
    try:
        version = importlib.metadata.version("vietnamadminunits")
    except importlib.metadata.PackageNotFoundError:
        sys.exit("vietnamadminunits is not installed: pip install vietnamadminunits==" + PINNED_VERSION)
    if version != PINNED_VERSION:
        print(f"warning: vietnamadminunits {version} installed, generator written for {PINNED_VERSION}",
              file=sys.stderr)
    import vietnamadminunits
    data_dir = os.path.join(os.path.dirname(vietnamadminunits.__file__), "data")
    return version, sqlite3.connect(os.path.join(data_dir, "dataset.db")), json.load(
        open(os.path.join(data_dir, "converter_2025.json"), encoding="utf-8"))


def read_lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [nfc(line) for line in f if line.strip() and not line.startswith("#")]


def field(text):
    if "\t" in text or "\n" in text or '"""#' in text:
        sys.exit(f"unexpected character in {text!r}")
    return text


def build():
    version, db, converter = load_package()

    # 63 pre-2025 provinces.
    provinces = {}
    for name, short, code, key in db.execute(
            "select distinct province, provinceShort, provinceCode, provinceKey from admin_units_legacy"):
        short = nfc(short)
        provinces[key] = {"code": code, "short": short, "official": nfc(name), "key": key}
    # Post-merger units: converter maps new key -> old keys; names and codes come from admin_units.
    new_units = {}
    for name, short, code, key in db.execute(
            "select distinct province, provinceShort, provinceCode, provinceKey from admin_units"):
        new_units[key] = {"short": nfc(short), "code": code, "official": nfc(name)}
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        unit = new_units.get(new_key)
        if unit is None:
            sys.exit(f"post-merger unit {new_key} missing from admin_units")
        for old in old_keys:
            if old not in provinces:
                sys.exit(f"old province {old} missing from admin_units_legacy")
            provinces[old]["merged"] = unit
    missing = [p["short"] for p in provinces.values() if "merged" not in p]
    if missing:
        sys.exit(f"provinces without a post-merger unit: {missing}")
    # The dataset already says "Huế" (centrally-run city since 2025); news of the corpus years and
    # the canonical names of this project use the pre-2025 province name.
    for p in provinces.values():
        if p["short"] == "Huế":
            p["short"] = "Thừa Thiên Huế"
            p["official"] = "Tỉnh Thừa Thiên Huế"
    by_short = {p["short"]: p for p in provinces.values()}

    common = set(read_lines("common_words.txt"))

    # Districts.
    districts = []
    for code, pkey, full, dtype in db.execute(
            "select distinct districtCode, provinceKey, district, districtType from admin_units_legacy"):
        dtype = fix_type(nfc(dtype))
        short = district_short(nfc(full), dtype)
        districts.append((code, provinces[pkey]["short"], dtype, short, ""))
    for pshort, dtype, short in HISTORICAL_DISTRICTS:
        districts.append(("", pshort, dtype, short, "h"))
    districts.sort(key=lambda d: (by_short[d[1]]["code"], d[0] or "~", d[3]))

    # Wards: kept for "phường X" / "xã X" / "thị trấn X"; numbered wards name nothing on their own.
    wards = []
    for pkey, dcode, full, wtype, short in db.execute(
            "select provinceKey, districtCode, ward, wardType, wardShort from admin_units_legacy"):
        short = nfc(short or "")
        if not short or short.isdigit():
            continue
        wards.append((dcode, fix_type(nfc(wtype)), short))
    wards = sorted(set(wards))

    # Communes, wards and special zones since 1 July 2025 (no districts), by post-merger unit code.
    new_codes = {u["code"] for u in new_units.values()}
    new_wards = []
    for pcode, wtype, short in db.execute("select provinceCode, wardType, wardShort from admin_units"):
        short = nfc(short or "")
        if pcode not in new_codes:
            sys.exit(f"post-2025 ward {short} of an unknown unit {pcode}")
        if not short or short.isdigit():
            continue
        new_wards.append((pcode, fix_type(nfc(wtype)), short))
    new_wards = sorted(set(new_wards))

    aliases = []
    for line in read_lines("aliases.tsv"):
        target, alias, mode = line.split("\t")
        if mode not in ("plain", "context", "none"):
            sys.exit(f"unknown alias mode {mode!r}")
        for t in ([] if mode == "none" else target.split("+")):
            if t not in by_short:
                sys.exit(f"alias target {t} is not a province")
        aliases.append((target, alias, mode))

    lines = []
    for p in sorted(provinces.values(), key=lambda p: p["code"]):
        kind = "city" if p["short"] in CENTRAL_CITIES else "province"
        m = p["merged"]
        lines.append("\t".join(["P", p["code"], p["short"], p["official"], kind, m["short"], m["code"],
                                m["official"]]))
    for target, alias, mode in aliases:
        lines.append("\t".join(["A", target, alias, mode]))
    for code, pshort, dtype, short, hist in districts:
        flags = hist
        if short in common:
            flags += "c"
        lines.append("\t".join(["D", code, by_short[pshort]["code"], dtype, short, flags]))
    for dcode, wtype, short in wards:
        lines.append("\t".join(["W", dcode, wtype, short]))
    for pcode, wtype, short in new_wards:
        lines.append("\t".join(["N", pcode, wtype, short]))
    for line in lines:
        field(line.replace("\t", " "))
    return version, provinces, districts, wards, new_wards, aliases, lines


def write(version, provinces, districts, wards, new_wards, lines):
    header = f"""// GENERATED FILE: do not edit. Regenerate with:
//     python3 -m venv /tmp/gaz && /tmp/gaz/bin/pip install vietnamadminunits=={PINNED_VERSION}
//     /tmp/gaz/bin/python scripts/gazetteer/generate.py
//
// Provenance: PyPI package `vietnamadminunits` {version} (MIT licence,
// Copyright (c) 2025 Tran Ngoc Minh Hieu; github.com/tranngocminhhieu/vietnamadminunits), which
// carries the General Statistics Office's list of administrative units: {len(provinces)} province-level
// units, {len(districts) - len(HISTORICAL_DISTRICTS)} districts and the named wards as of early 2025, the
// mapping to the 34 units in force from 1 July 2025 and their {len(new_wards)} communes, wards and special
// zones. Hand-curated additions from
// scripts/gazetteer/: aliases.tsv, common_words.txt and {len(HISTORICAL_DISTRICTS)} Hồ Chí Minh City districts
// abolished in 2021.
//
// Format, one record per line, fields separated by tabs:
//   P code short official kind(city|province) mergedShort mergedCode mergedOfficial
//   A target(s "A+B", "-" for none) alias mode(plain|context|none)
//   D code provinceCode type short flags(h historical, c ordinary word: needs a type word)
//   W districtCode type short                  (before 1 July 2025)
//   N postMergerCode type short                (since 1 July 2025: Phường, Xã, Đặc khu)

/// The gazetteer's source records; parsed once by `Gazetteer`.
enum GazetteerData {{
    static let records = #\"\"\"
"""
    footer = '\n"""#\n}\n'
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(header + "\n".join(lines) + footer)
    print(f"wrote {OUTPUT}: {len(provinces)} provinces, {len(districts)} districts, {len(wards)} wards, "
          f"{len(new_wards)} wards since July 2025")


# The organisation extractor's word tables besides the names: file, Swift name, doc comment, and a
# check of each row's fields (the rows are copied as they are).
ORG_WORD_TABLES = [
    ("organization-committees.tsv", "committees",
     "Party committees: two words, keepsUnit (yes/no), bare (primary/unit/none).",
     lambda f: len(f) == 3 and len(f[0].split(" ")) == 2 and f[1] in ("yes", "no")
     and f[2] in ("primary", "unit", "none")),
    ("organization-units.tsv", "units",
     "Unit words after a body: words, name in the organisation's name, numbered (yes/no).",
     lambda f: len(f) == 3 and 1 <= len(f[0].split(" ")) <= 2 and f[1] and f[2] in ("yes", "no")),
    ("organization-words.tsv", "words",
     "Words after a name that change what it names: words, role (central/country), name.",
     lambda f: len(f) == 3 and f[1] in ("central", "country") and f[2]),
]


def write_organizations():
    lines = []
    for line in read_lines("organizations.tsv"):
        parts = line.split("\t")
        if len(parts) != 3 or parts[2] not in ("body", "state", "national"):
            sys.exit(f"bad organizations.tsv line: {line!r}")
        lines.append("\t".join(field(part) for part in parts))
    header = """// GENERATED FILE: do not edit. Regenerate with scripts/gazetteer/generate.py (see GazetteerData.swift).
//
// Provenance: scripts/gazetteer/organizations.tsv and organization-*.tsv (hand-curated for baoterm).
// Format, one record per line, fields separated by tabs: for `records`, full name, abbreviations
// ("|"), kind; for the other tables, the columns their TSV files describe.

/// Organisation names and abbreviations, and the committee, unit and other words read around
/// them; parsed once by `OrganizationExtractor`.
enum OrganizationData {
    static let records = #\"\"\"
"""
    body = header + "\n".join(lines) + '\n"""#\n'
    for file, name, doc, valid in ORG_WORD_TABLES:
        rows = []
        for line in read_lines(file):
            parts = line.split("\t")
            if not valid(parts):
                sys.exit(f"bad {file} line: {line!r}")
            rows.append("\t".join(field(part) for part in parts))
        body += f'\n    /// {doc} From `scripts/gazetteer/{file}`.\n    static let {name} = #"""\n'
        body += "\n".join(rows) + '\n"""#\n'
    with open(ORG_OUTPUT, "w", encoding="utf-8") as f:
        f.write(body + "}\n")
    print(f"wrote {ORG_OUTPUT}: {len(lines)} organisation names")


# The roles of context-words.tsv, in the order of the generated file, with the Swift name of each list.
CONTEXT_ROLES = [
    ("personName", "personNameWords"), ("nameHead", "nameHeads"), ("institution", "institutionWords"),
    ("street", "streetWords"), ("organ", "organWords"), ("roleEnding", "roleEndings"), ("title", "titleWords"),
    ("venue", "venueWords"),
]


def write_context_words():
    by_role = {role: [] for role, _ in CONTEXT_ROLES}
    for line in read_lines("context-words.tsv"):
        parts = line.split("\t")
        if len(parts) != 2 or parts[1] not in by_role or not parts[0] or '"' in parts[0] or "\\" in parts[0]:
            sys.exit(f"bad context-words.tsv line: {line!r}")
        by_role[parts[1]].append(parts[0])
    out = [
        "// GENERATED FILE: do not edit. Regenerate with scripts/gazetteer/generate.py (see GazetteerData.swift).",
        "//",
        "// Provenance: scripts/gazetteer/context-words.tsv and national-bodies.txt (hand-curated for baoterm),",
        "// which say what each list is for.",
        "",
        "/// The words around a name that decide whether it is a place, one entry a line: the names of",
        "/// national bodies (read by `ProvinceExtractor`), then each role of context-words.tsv (read word",
        "/// by word into key tables by `ContextWords`).",
        "enum ContextWordData {",
    ]
    national = read_lines("national-bodies.txt")
    for entry in national:
        if not re.fullmatch(r"[a-z0-9]+( [a-z0-9]+)*", entry):
            sys.exit(f"national-bodies.txt: not folded (lower-case ASCII words, single spaces): {entry!r}")
    out.append("    /// Folded names of national bodies and their meetings (`scripts/gazetteer/national-bodies.txt`).")
    out.append('    static let nationalBodies = """')
    out.extend("    " + entry for entry in national)
    out.append('    """')
    out.append("")
    for role, name in CONTEXT_ROLES:
        if not by_role[role]:
            sys.exit(f"context-words.tsv: no word has role {role}")
        out.append(f"    /// Role {role} of `scripts/gazetteer/context-words.tsv`.")
        out.append(f'    static let {name} = """')
        out.extend("    " + word for word in by_role[role])
        out.append('    """')
        out.append("")
    out[-1] = "}"
    with open(CONTEXT_OUTPUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {CONTEXT_OUTPUT}: {sum(len(v) for v in by_role.values())} context words")


def check_reference(directory, provinces, districts):
    import csv
    by_short = {p["short"]: p for p in provinces.values()}
    problems = 0
    with open(os.path.join(directory, "provinces.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            p = by_short.get(row["short_name"])
            if p is None:
                print("reference province not generated:", row["short_name"]); problems += 1
            elif p["merged"]["short"] != row["merged_into_2025"]:
                print("merger differs:", row["short_name"], p["merged"]["short"], row["merged_into_2025"]); problems += 1
            elif p["code"] != row["code"]:
                print("code differs:", row["short_name"], p["code"], row["code"]); problems += 1
    ours = {(d[1], d[3]) for d in districts}
    with open(os.path.join(directory, "districts.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["status"] != "in_2025-01_snapshot" and row["source"] != "hand-added":
                continue
            pair = (row["province_short"], row["district_short"])
            if pair not in ours:
                print("reference district not generated:", pair); problems += 1
    print(f"reference check: {problems} difference(s)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-reference", metavar="DIR")
    args = parser.parse_args()
    version, provinces, districts, wards, new_wards, aliases, lines = build()
    if args.check_reference:
        check_reference(args.check_reference, provinces, districts)
        return
    write(version, provinces, districts, wards, new_wards, lines)
    write_organizations()
    write_context_words()


if __name__ == "__main__":
    main()
