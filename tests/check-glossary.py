#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-glossary.py PODIR: every catalog uses the glossary's terms.

PODIR holds GLOSSARY.md and one catalog per language column of its table
(中文 → zh_CN.po, ᠮᠣᠩᠭᠣᠯ → mn_CN.po).  For each row and each filled language
cell, every message whose msgid holds the English term must hold that
language's term in each of its msgstr forms.  The English term matches as
whole words, in any case, hyphen or space alike, with a plural -s/-es/-ies;
where a longer term's occurrence covers it, only the longer term is checked.
The glossary's "Exceptions" table (term | language | msgid excerpt | reason)
lets a message use a term in another sense (^ and $ pin an excerpt to the
msgid's start and end); an exception that matches no message is itself a
failure.  Prints one line per failure, then "N passed, N failed" (a check
is one term in one message in one language); exits 1 on any failure.

check-glossary.py --expect FILE PODIR: the same check, passing only when
its failure lines are exactly those of FILE, which shows that mismatches
are caught (tests/fixtures/glossary).
"""

import re
import sys
from pathlib import Path

LANGUAGE_COLUMNS = {"中文": "zh_CN", "ᠮᠣᠩᠭᠣᠯ": "mn_CN"}
MIN_ROWS = 80
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a",
           "b": "\b", "f": "\f", "v": "\v"}
# Placeholders are names for the program, not words for the reader.
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%(?:\d+\$)?[-+ #0']*\d*(?:\.\d+)?(?:l|ll|h|z)?[diouxXeEfgGcsp%]")


TOKEN = re.compile(r'\s*(?:(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)|"((?:[^"\\]|\\.)*)")')


def unescape(text):
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(1)), text)


def parse_po(path):
    """The entries of a PO file, without its header and obsolete entries.

    Reads keywords and strings as tokens, as gettext does, so a string and
    the next keyword on one line are two tokens."""
    entries = []
    entry = None
    field = None

    def finish():
        if entry is not None and "msgid" in entry:
            if entry["msgid"] != "" or "msgctxt" in entry:
                entries.append(entry)

    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line and field is None:
            entry = None  # comments of an obsolete entry, or of none
        if not line or line.startswith("#~"):
            continue
        if line.startswith("#"):
            # A comment after a message's strings starts the next entry.
            if field is not None:
                finish()
                entry, field = None, None
            if entry is None:
                entry = {"line": number, "flags": set(), "msgstr": {}}
            if line.startswith("#,"):
                entry["flags"].update(f.strip() for f in line[2:].split(","))
            continue
        position = 0
        while position < len(line):
            token = TOKEN.match(line, position)
            if not token or token.end() == position:
                raise ValueError(f"{path}:{number}: cannot read {raw!r}")
            position = token.end()
            keyword, index, string = token.groups()
            if keyword == "msgctxt" or (keyword == "msgid" and (field is None or field[0] != "msgctxt")):
                if field is not None:
                    finish()
                    entry = None
                if entry is None:
                    entry = {"line": number, "flags": set(), "msgstr": {}}
            if keyword and keyword.startswith("msgstr"):
                field = ("msgstr", int(index or 0))
                entry["msgstr"][field[1]] = ""
            elif keyword:
                field = (keyword, None)
                entry[keyword] = ""
            elif field is None:
                raise ValueError(f"{path}:{number}: a string without a keyword")
            elif field[0] == "msgstr":
                entry["msgstr"][field[1]] += unescape(string)
            else:
                entry[field[0]] += unescape(string)
    finish()
    return entries


def table_rows(lines, start):
    """The header and the rows of the Markdown table at or after lines[start]."""
    index = start
    while index < len(lines) and not lines[index].startswith("|"):
        index += 1
    rows = []
    while index < len(lines) and lines[index].startswith("|"):
        cells = [c.strip() for c in lines[index].strip().strip("|").split("|")]
        if not all(re.fullmatch(r":?-+:?", c) for c in cells):
            rows.append(cells)
        index += 1
    return (rows[0], rows[1:]) if rows else ([], [])


def parse_glossary(path):
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    header, rows = table_rows(lines, 0)
    if header[:4] != ["English", "中文", "ᠮᠣᠩᠭᠣᠯ", "Source"]:
        raise ValueError(f"{path}: the table's columns are {header}, "
                         "not English | 中文 | ᠮᠣᠩᠭᠣᠯ | Source")
    terms = []
    for cells in rows:
        cells += [""] * (len(header) - len(cells))
        targets = {LANGUAGE_COLUMNS[h]: c for h, c in zip(header, cells)
                   if h in LANGUAGE_COLUMNS and c}
        terms.append((cells[0], targets))

    exceptions = []
    for index, line in enumerate(lines):
        if re.match(r"#+\s*Exceptions\b", line):
            header, rows = table_rows(lines, index + 1)
            if [h.lower() for h in header[:4]] != ["term", "language", "msgid excerpt", "reason"]:
                raise ValueError(f"{path}: the Exceptions table's columns are {header}, "
                                 "not term | language | msgid excerpt | reason")
            for cells in rows:
                term, language, excerpt, reason = (cells + [""] * 4)[:4]
                excerpt = excerpt.strip("`")
                if not (term and language and excerpt and reason):
                    raise ValueError(f"{path}: an exception needs a term, a language "
                                     f"(or “all”), an excerpt and a reason: {cells}")
                exceptions.append({"term": term.lower(), "language": language,
                                   "excerpt": excerpt, "reason": reason, "used": False})
    return terms, exceptions


def term_pattern(term):
    """A regex for an English term: whole words, hyphen = space, ’ = ', plural forms."""
    words = re.split(r"[-\s]+", term.strip())
    parts = [re.escape(w).replace("'", "['’]") for w in words]
    last = words[-1]
    if re.search(r"[^aeiou]y$", last):
        parts[-1] = re.escape(last[:-1]) + "(?:y|ies)"
    elif re.search(r"(s|x|z|ch|sh)$", last):
        parts[-1] += "(?:es)?"
    else:
        parts[-1] += "(?:s|es)?"
    return re.compile(r"(?<![\w’'-])" + r"[-\s]+".join(parts) + r"(?![\w-])", re.IGNORECASE)


def excerpt_matches(excerpt, msgid):
    """An excerpt is part of the msgid; ^ and $ pin it to the start and end."""
    pattern = re.escape(excerpt.lstrip("^").rstrip("$"))
    if excerpt.startswith("^"):
        pattern = "^" + pattern
    if excerpt.endswith("$"):
        pattern += "$"
    return re.search(pattern, msgid, re.IGNORECASE) is not None


def mask_placeholders(text):
    return PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), text)


def occurrences(msgid, patterns):
    """(term, start, end) for each occurrence no longer term's occurrence covers."""
    found = []
    text = mask_placeholders(msgid)
    for term, pattern in patterns:
        for match in pattern.finditer(text):
            found.append((term, match.start(), match.end()))
    kept = []
    for term, start, end in found:
        covered = any(s <= start and end <= e and (e - s > end - start or len(t) > len(term))
                      for t, s, e in found)
        if not covered:
            kept.append((term, start, end))
    return kept


def check(po_dir):
    po_dir = Path(po_dir)
    terms, exceptions = parse_glossary(po_dir / "GLOSSARY.md")
    failures = []
    passed = 0
    if len(terms) < MIN_ROWS:
        failures.append(f"glossary: {len(terms)} rows, fewer than {MIN_ROWS}")
    targets = {term.lower(): t for term, t in terms}
    patterns = [(term.lower(), term_pattern(term)) for term, _ in terms]
    for term, cells in terms:
        text = cells.get("mn_CN", "")
        if re.search(r"[\u0400-\u04ff]", text) or re.search(r"[^\u1800-\u18af \u202f]", text):
            failures.append(f"glossary: mn_CN: {term}: “{text}” is not only Mongolian script")

    catalogs = {}
    for language in LANGUAGE_COLUMNS.values():
        if any(language in t for t in targets.values()):
            catalogs[language] = parse_po(po_dir / f"{language}.po")

    for language, entries in catalogs.items():
        for entry in entries:
            msgid = entry["msgid"]
            for term in dict.fromkeys(t for t, _, _ in occurrences(msgid, patterns)):
                wanted = targets[term].get(language)
                if not wanted:
                    continue
                excused = [e for e in exceptions if e["term"] == term
                           and e["language"] in (language, "all")
                           and excerpt_matches(e["excerpt"], msgid)]
                if excused:
                    for e in excused:
                        e["used"] = True
                    continue
                forms = [entry["msgstr"][i] for i in sorted(entry["msgstr"])]
                if "fuzzy" in entry["flags"] or not forms or not all(forms):
                    failures.append(f"{language}: {term} → {wanted}: msgid “{msgid}” "
                                    "is untranslated or fuzzy")
                    continue
                missing = [f for f in forms if wanted not in f]
                if missing:
                    failures.append(f"{language}: {term} → {wanted}: msgid “{msgid}” "
                                    f"has msgstr “{missing[0]}”")
                else:
                    passed += 1
    for e in exceptions:
        if not e["used"]:
            failures.append(f"glossary: exception for “{e['term']}” ({e['language']}) "
                            f"matches no message: “{e['excerpt']}”")
    return passed, failures


def main(argv):
    expect = None
    if len(argv) == 4 and argv[1] == "--expect":
        expect, po_dir = argv[2], argv[3]
    elif len(argv) == 2:
        po_dir = argv[1]
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    passed, failures = check(po_dir)
    if expect is not None:
        wanted = [l for l in Path(expect).read_text(encoding="utf-8").splitlines() if l]
        for line in failures:
            print(("caught: " if line in wanted else "unexpected: ") + line)
        for line in wanted:
            if line not in failures:
                print("not caught: " + line)
        same = sorted(failures) == sorted(wanted)
        print(f"{1 if same else 0} passed, {0 if same else 1} failed")
        return 0 if same else 1
    for line in failures:
        print("not ok: " + line)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
