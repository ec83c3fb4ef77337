#!/usr/bin/env python3
"""Generator for the cd6 special-care evaluation set.

Texts are written with inline markers {CODE:surface}; offsets are computed here
(Unicode code points) and every span is verified. Run: python3 gen.py
"""
import json
import re
import sys
import unicodedata

from texts import TEXTS  # list of (style, lookalike: bool, marked_text)

CODES = {
    "P": "PERSON", "T": "PHONE", "E": "EMAIL", "PL": "PLATE", "Z": "POSTAL_CODE",
    "A": "ADDRESS", "B": "BIRTHDATE", "MN": "MY_NUMBER", "CC": "CARD",
    "BA": "BANK_ACCOUNT", "DL": "DRIVER_LICENSE", "PP": "PASSPORT",
    "RC": "RESIDENCE_CARD", "V": "VIN",
    "M": "MEDICAL", "D": "DISABILITY", "CV": "CRIME_VICTIM", "CR": "CRIMINAL",
    "R": "RACE", "CD": "CREED", "SS": "SOCIAL_STATUS", "U": "UNION",
    "F": "FAMILY_ORIGIN", "SX": "SEX_LIFE",
}
SPECIAL = {"MEDICAL", "DISABILITY", "CRIME_VICTIM", "CRIMINAL", "RACE", "CREED",
           "SOCIAL_STATUS", "UNION", "FAMILY_ORIGIN", "SEX_LIFE"}
IDENT = set(CODES.values()) - SPECIAL
MARK = re.compile(r"\{([A-Z]+):([^{}]*)\}")
FW = str.maketrans("０１２３４５６７８９", "0123456789")


def parse(marked):
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        code, surface = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError("unknown code %s" % code)
        spans.append({"start": length, "end": length + len(surface),
                      "label": CODES[code], "_s": surface})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def bad_edge(ch):
    cat = unicodedata.category(ch)
    return ch.isspace() or cat[0] in "PZSC"


def digits(s):
    return re.sub(r"\D", "", s.translate(FW))


def mynumber_ok(s):
    d = digits(s)
    if len(d) != 12:
        return False
    body = d[:11]
    total = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    cd = 0 if r <= 1 else 11 - r
    return cd == int(d[11])


def luhn_ok(s):
    d = digits(s)
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return len(d) >= 13 and tot % 10 == 0


PHONE_RE = re.compile(r"(?<![0-9０-９])[0０][0-9０-９]{1,4}[-－ー‐（(][0-9０-９]{1,4}[-－ー‐）)][0-9０-９]{3,4}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._+-]+(?:[@＠]|\(at\))[A-Za-z0-9-]+\.[A-Za-z0-9.]+")
POSTAL_RE = re.compile(r"[0-9０-９]{3}[-－][0-9０-９]{4}(?![0-9０-９])")


def main():
    errors = []
    rows = []
    seen_text = set()
    for i, (style, look, marked) in enumerate(TEXTS, 1):
        rid = "cd6-%04d" % i
        if "{" in MARK.sub("", marked) or "}" in MARK.sub("", marked):
            errors.append("%s: stray brace" % rid)
        text, spans = parse(marked)
        if text in seen_text:
            errors.append("%s: duplicate text" % rid)
        seen_text.add(text)
        prev_end = -1
        for s in spans:
            surf = text[s["start"]:s["end"]]
            if surf != s["_s"]:
                errors.append("%s: surface mismatch %r" % (rid, surf))
            if not surf:
                errors.append("%s: empty span" % rid)
                continue
            if bad_edge(surf[0]) or bad_edge(surf[-1]):
                errors.append("%s: edge whitespace/punct in %r" % (rid, surf))
            if s["start"] < prev_end:
                errors.append("%s: overlap at %r" % (rid, surf))
            prev_end = s["end"]
            if s["label"] == "MY_NUMBER" and not mynumber_ok(surf):
                errors.append("%s: bad My Number %r" % (rid, surf))
            if s["label"] == "CARD" and not luhn_ok(surf):
                errors.append("%s: bad card %r" % (rid, surf))
            if s["label"] == "DRIVER_LICENSE" and len(digits(surf)) != 12:
                errors.append("%s: licence not 12 digits %r" % (rid, surf))
            if s["label"] == "POSTAL_CODE" and len(digits(surf)) != 7:
                errors.append("%s: postal not 7 digits %r" % (rid, surf))
        special = [s for s in spans if s["label"] in SPECIAL]
        if look and special:
            errors.append("%s: look-alike carries special-care span %r" % (rid, [s["_s"] for s in special]))
        if not look and not special:
            errors.append("%s: positive text without special-care span" % rid)
        # unannotated identifiers / repeated names outside spans
        mask = list(text)
        for s in spans:
            for k in range(s["start"], s["end"]):
                mask[k] = "\u25a0"
        masked = "".join(mask)
        for rx, what in ((PHONE_RE, "phone"), (EMAIL_RE, "email"), (POSTAL_RE, "postal")):
            for m in rx.finditer(masked):
                errors.append("%s: unannotated %s %r" % (rid, what, m.group(0)))
        for s in spans:
            if s["label"] in IDENT and len(s["_s"]) >= 2 and s["_s"] in masked:
                errors.append("%s: %s %r also appears unannotated" % (rid, s["label"], s["_s"]))
        row = {"id": rid, "text": text,
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans],
               "note": "style=%s" % style}
        rows.append((row, look))
    ids = [r["id"] for r, _ in rows]
    if len(ids) != 240 or len(set(ids)) != 240:
        errors.append("expected 240 unique ids, got %d" % len(ids))
    # re-verify from the serialised JSON
    with open("dev6.jsonl", "w", encoding="utf-8") as f:
        for row, _ in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open("dev6.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for s in r["spans"]:
                if not (0 <= s["start"] < s["end"] <= len(r["text"])):
                    errors.append("%s: bad offsets" % r["id"])
    # stats
    from collections import Counter
    lab = Counter()
    lab_texts = Counter()
    styles = Counter()
    nospecial = 0
    for row, look in rows:
        styles[row["note"]] += 1
        ls = set()
        for s in row["spans"]:
            lab[s["label"]] += 1
            ls.add(s["label"])
        for l in ls:
            lab_texts[l] += 1
        if not (ls & SPECIAL):
            nospecial += 1
    print("texts:", len(rows), " without special care:", nospecial,
          " look-alikes flagged:", sum(1 for _, l in rows if l))
    print("spans total:", sum(lab.values()))
    for l in list(CODES.values()):
        print("  %-15s spans=%3d texts=%3d" % (l, lab[l], lab_texts[l]))
    for k, v in sorted(styles.items()):
        print("  %s: %d" % (k, v))
    print("errors:", len(errors))
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
