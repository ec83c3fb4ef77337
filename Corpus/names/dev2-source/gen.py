#!/usr/bin/env python3
"""Generator for names-dev2: PERSON-focused annotated split (dev2.jsonl).

Texts are written inline (in d01.py .. d12.py) with markers ⟦ALIAS|surface⟧.
This script strips the markers, computes code-point offsets, writes dev2.jsonl,
verifies everything and re-reads the file to check again.
"""
import json, re, sys, importlib, collections, unicodedata

ALIASES = {
    "P": "PERSON", "T": "PHONE", "L": "PLATE", "E": "EMAIL", "Z": "POSTAL_CODE",
    "A": "ADDRESS", "B": "BIRTHDATE", "MN": "MY_NUMBER", "C": "CARD",
    "K": "BANK_ACCOUNT", "DL": "DRIVER_LICENSE", "PP": "PASSPORT",
    "RC": "RESIDENCE_CARD", "V": "VIN", "RA": "RACE", "CD": "CREED",
    "SS": "SOCIAL_STATUS", "M": "MEDICAL", "D": "DISABILITY", "CRM": "CRIMINAL",
    "CV": "CRIME_VICTIM", "U": "UNION", "FO": "FAMILY_ORIGIN", "SX": "SEX_LIFE",
}
LABELS = set(ALIASES.values())
STYLES = ["form", "phone_log", "chat", "voice", "email", "inheritance",
          "workshop", "review", "foreign", "fleet", "event", "negative"]
MARK = re.compile(r"⟦([A-Z]+)\|([^⟦⟧|]+)⟧")
HONORIFIC_END = ("様", "さま", "サマ", "さん", "サン", "殿", "どの", "くん", "君", "ちゃん", "氏",
                 "先生", "課長", "部長", "社長", "店長", "係長", "専務", "常務", "会長", "所長",
                 "メカ", "FA", "教諭", "隊長", "-san")
TITLE_START = ("様", "さん", "殿", "Mr.", "Mrs.", "Ms.", "Dr.", "代表取締役", "課長", "部長",
               "社長", "店長", "担当", "整備士", "故", "亡", "FA", "メカ")

# ---- computed identifiers (valid check digits) ----
def my_number(first11: str) -> str:
    d = [int(c) for c in first11]
    s = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return first11 + str(0 if r <= 1 else 11 - r)

def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError

def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dg in enumerate(reversed(digits)):
        if i % 2 == 1:
            dg *= 2
            if dg > 9:
                dg -= 9
        tot += dg
    return tot % 10 == 0

def mn_ok(num: str) -> bool:
    digits = "".join(c for c in unicodedata.normalize("NFKC", num) if c.isdigit())
    return len(digits) == 12 and my_number(digits[:11]) == digits

MN1 = my_number("40719385216")
MN1_FMT = f"{MN1[:4]} {MN1[4:8]} {MN1[8:]}"
CARD1 = luhn_complete("492017438820153")
CARD1_FMT = " ".join(CARD1[i:i + 4] for i in range(0, 16, 4))
SUBST = {"«MN1»": MN1_FMT, "«CARD1»": CARD1_FMT}


def parse(raw: str):
    for k, v in SUBST.items():
        raw = raw.replace(k, v)
    raw = raw.strip("\n")
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        pre = raw[pos:m.start()]
        out.append(pre)
        length += len(pre)
        alias, surface = m.group(1), m.group(2)
        if alias not in ALIASES:
            raise SystemExit(f"unknown alias {alias!r} in: {raw[:60]}")
        spans.append({"start": length, "end": length + len(surface), "label": ALIASES[alias]})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    return text, spans, raw


def load():
    items = []
    for i in range(1, 13):
        mod = importlib.import_module(f"d{i:02d}")
        for raw in mod.TEXTS:
            items.append((mod.STYLE, raw))
    return items


def verify(records, surfaces=None):
    errs = []
    seen = set()
    for r in records:
        t = r["text"]
        if t in seen:
            errs.append(f"{r['id']}: duplicate text")
        seen.add(t)
        for ch in "⟦⟧«»":
            if ch in t:
                errs.append(f"{r['id']}: marker char {ch} left")
        last_end = -1
        for k, s in enumerate(sorted(r["spans"], key=lambda s: (s["start"], s["end"]))):
            if s["label"] not in LABELS:
                errs.append(f"{r['id']}: bad label {s['label']}")
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append(f"{r['id']}: bad offsets {s}")
                continue
            surf = t[s["start"]:s["end"]]
            if surf != surf.strip() or surf.strip("　 \t\n") != surf:
                errs.append(f"{r['id']}: whitespace at span edge {surf!r}")
            if s["start"] < last_end:
                errs.append(f"{r['id']}: overlap at {s}")
            last_end = max(last_end, s["end"])
            if s["label"] == "PERSON":
                if surf.endswith(HONORIFIC_END) or surf.startswith(TITLE_START):
                    errs.append(f"{r['id']}: PERSON with honorific/title {surf!r}")
            if s["label"] == "MY_NUMBER" and not mn_ok(surf):
                errs.append(f"{r['id']}: MY_NUMBER check digit {surf!r}")
            if s["label"] == "CARD" and not luhn_ok(surf):
                errs.append(f"{r['id']}: CARD Luhn {surf!r}")
            if s["label"] == "DRIVER_LICENSE" and len([c for c in surf if c.isdigit()]) != 12:
                errs.append(f"{r['id']}: licence not 12 digits {surf!r}")
        if surfaces is not None:
            exp = surfaces[r["id"]]
            got = [t[s["start"]:s["end"]] for s in r["spans"]]
            if got != exp:
                errs.append(f"{r['id']}: surfaces differ {got} vs {exp}")
        if not r.get("note", "").startswith("style="):
            errs.append(f"{r['id']}: note missing")
    return errs


def main():
    items = load()
    records, surfaces = [], {}
    for n, (style, raw) in enumerate(items, 1):
        assert style in STYLES, style
        text, spans, src = parse(raw)
        rid = f"names-dev2-{n:04d}"
        # surfaces as written in the markers, for the self-check
        surf = []
        for m in MARK.finditer(src):
            surf.append(m.group(2))
        surfaces[rid] = surf
        for s in spans:
            assert text[s["start"]:s["end"]] == surf[len([x for x in spans if x["start"] < s["start"]])]
        records.append({"id": rid, "text": text, "spans": spans, "note": f"style={style}"})
    errs = verify(records, surfaces)
    with open("dev2.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # read back
    back = []
    with open("dev2.jsonl", encoding="utf-8") as f:
        for line in f:
            back.append(json.loads(line))
    if back != records:
        errs.append("read-back differs from written records")
    errs += verify(back, surfaces)
    ids = [r["id"] for r in back]
    if ids != [f"names-dev2-{i:04d}" for i in range(1, len(back) + 1)]:
        errs.append("ids not sequential")
    lab = collections.Counter(s["label"] for r in back for s in r["spans"])
    sty = collections.Counter(r["note"][6:] for r in back)
    per_style_person = collections.Counter()
    zero = collections.Counter()
    for r in back:
        st = r["note"][6:]
        k = sum(1 for s in r["spans"] if s["label"] == "PERSON")
        per_style_person[st] += k
        if k == 0:
            zero[st] += 1
    print(f"texts: {len(back)}")
    print("labels:", dict(sorted(lab.items(), key=lambda x: -x[1])))
    print("styles (texts / PERSON spans / texts without PERSON):")
    for st in STYLES:
        print(f"  {st:12s} {sty[st]:3d} {per_style_person[st]:4d} {zero[st]:3d}")
    if len(back) != 240:
        errs.append(f"expected 240 texts, got {len(back)}")
    if lab["PERSON"] < 550:
        errs.append(f"PERSON spans {lab['PERSON']} < 550")
    for st in STYLES:
        if sty[st] != 20:
            errs.append(f"style {st}: {sty[st]} texts")
    for r in back:
        if r["note"] == "style=negative" and any(s["label"] == "PERSON" for s in r["spans"]):
            errs.append(f"{r['id']}: negative with PERSON")
    if errs:
        print("VERIFICATION FAILED")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print("verification OK")


if __name__ == "__main__":
    sys.path.insert(0, ".")
    main()
