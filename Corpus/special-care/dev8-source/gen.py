#!/usr/bin/env python3
"""Build dev8.jsonl from styles/sNN_<style>.txt.

Each style file holds 20 texts separated by a line that is exactly '---'.
Markers: [[CODE:surface]] for a labelled span, [[surface]] for PERSON.
"""
import json, re, sys, glob, os, unicodedata
from collections import Counter, defaultdict

CODES = {
    'MED': 'MEDICAL', 'DIS': 'DISABILITY', 'CRI': 'CRIMINAL', 'VIC': 'CRIME_VICTIM',
    'RACE': 'RACE', 'CREED': 'CREED', 'SOC': 'SOCIAL_STATUS', 'UNION': 'UNION',
    'FAM': 'FAMILY_ORIGIN', 'SEX': 'SEX_LIFE',
    'TEL': 'PHONE', 'PLATE': 'PLATE', 'MAIL': 'EMAIL', 'ZIP': 'POSTAL_CODE',
    'ADDR': 'ADDRESS', 'BD': 'BIRTHDATE', 'BANK': 'BANK_ACCOUNT', 'DL': 'DRIVER_LICENSE',
    'PASS': 'PASSPORT', 'RC': 'RESIDENCE_CARD', 'VIN': 'VIN', 'CARD': 'CARD', 'MYNUM': 'MY_NUMBER',
}
SPECIAL = {'RACE', 'CREED', 'SOCIAL_STATUS', 'MEDICAL', 'DISABILITY', 'CRIMINAL', 'CRIME_VICTIM',
           'UNION', 'FAMILY_ORIGIN', 'SEX_LIFE'}
HONORIFICS = ['様', 'さん', '殿', 'くん', '君', 'ちゃん', '先生', '氏', 'さま']
MARK = re.compile(r'\[\[(?:([A-Z]+)(!?):|(!))?(.+?)\]\]', re.S)
# spans allowed to start with a hiragana that looks like a particle (kana words in voice input)
PARTICLE_START_OK = set()
KANA_WORDS = ('がん', 'にんしん', 'とうにょう', 'のうこうそく', 'はいえん', 'ものわすれ', 'にゅういん', 'とうせき', 'にんち', 'ぬすまれ', 'はんしん', 'てんかん', 'はつでん', 'ぼけ', 'めが', 'みみが', 'あしが', 'こしが', 'はったつ', 'もうどう', 'はいの', 'めの')
MANUAL = set()  # indices (per text) of spans whose word boundary was checked by hand ([[CODE!:...]])


def parse(marked):
    MANUAL.clear()
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(marked):
        code, bang, surf = m.group(1), (m.group(2) or m.group(3)), m.group(4)
        if code is not None and code not in CODES:
            raise ValueError('unknown code %r in %r' % (code, m.group(0)))
        pre = marked[last:m.start()]
        out.append(pre)
        pos += len(pre)
        label = CODES[code] if code else 'PERSON'
        spans.append({'start': pos, 'end': pos + len(surf), 'label': label})
        if bang:
            MANUAL.add(len(spans) - 1)
        out.append(surf)
        pos += len(surf)
        last = m.end()
    out.append(marked[last:])
    text = ''.join(out)
    return text, spans


def kind(ch):
    if ch is None:
        return 'none'
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF or ch in '々〆':
        return 'kanji'
    if 0x30A0 <= o <= 0x30FF and ch != '・':
        return 'kata'
    if 0x3040 <= o <= 0x309F:
        return 'hira'
    if ch.isalnum():
        return 'alnum'
    return 'other'


def is_punct_or_space(ch):
    cat = unicodedata.category(ch)
    return ch.isspace() or cat.startswith('P') or cat.startswith('Z') or ch in '〜～ー…'


def verify(rec, errors, warns):
    t, sp = rec['text'], rec['spans']
    rid = rec['id']
    if '[[' in t or ']]' in t:
        errors.append('%s: leftover marker' % rid)
    prev_end = -1
    manual = rec.pop('_manual', set())
    for i, s in sorted(enumerate(sp), key=lambda x: x[1]['start']):
        a, b, lab = s['start'], s['end'], s['label']
        surf = t[a:b]
        if not surf:
            errors.append('%s: empty span' % rid); continue
        if a < prev_end:
            errors.append('%s: overlap at %d' % (rid, a))
        prev_end = b
        if is_punct_or_space(surf[0]) or is_punct_or_space(surf[-1]):
            if not (lab == 'PERSON' and surf[-1] == 'ー'):  # e.g. katakana name ending in long mark
                if not (surf[-1] == 'ー' and kind(surf[-2] if len(surf) > 1 else None) == 'kata'):
                    errors.append('%s: span %r starts/ends with space/punct' % (rid, surf))
        if lab == 'PERSON':
            for h in HONORIFICS:
                if h in surf:
                    errors.append('%s: PERSON %r contains honorific' % (rid, surf))
        before = t[a - 1] if a > 0 else None
        after = t[b] if b < len(t) else None
        for x, y, where in ((before, surf[0], 'start'), (surf[-1], after, 'end')):
            kx, ky = kind(x), kind(y)
            if lab == 'PERSON' and where == 'end' and any(t.startswith(h, b) for h in HONORIFICS + ['宛', '名義', '家', '区長', '部長', '課長', '店長', '係長', '主任', '支店長', '所長']):
                continue
            if i in manual:
                continue
            if kx == ky and kx in ('kanji', 'kata', 'alnum'):
                errors.append('%s: half word at %s of %r (%r|%r)' % (rid, where, surf, x, y))
        if lab in SPECIAL:
            if surf[0] in 'をがはにでとものへや' and not surf.startswith(KANA_WORDS):
                errors.append('%s: special span starts with particle %r' % (rid, surf))
            if surf.endswith(('でし', 'まし', 'ませ', 'でご', 'てお', 'てい')):
                errors.append('%s: special span ends inside inflection %r' % (rid, surf))
    # every occurrence of a PERSON surface must be covered
    covered = set()
    for s in sp:
        covered.update(range(s['start'], s['end']))
    names = {t[s['start']:s['end']] for s in sp if s['label'] == 'PERSON'}
    names |= {part for n in list(names) for part in re.split(r'[ 　・]', n) if len(part) >= 2}
    for n in names:
        for m in re.finditer(re.escape(n), t):
            if not set(range(m.start(), m.end())) <= covered:
                errors.append('%s: unannotated occurrence of name %r at %d' % (rid, n, m.start()))
    # identifier-looking strings left unannotated
    for m in re.finditer(r'(?<![\d\-])0\d{1,4}[-－ー（(]\d{1,4}[-－ー）)]\d{3,4}|(?<![\d\-])[0-9０-９]{3}[-－][0-9０-９]{4}(?![\d\-])|[\w.+-]+@[\w-]+\.[\w.]+', t):
        if not set(range(m.start(), m.end())) <= covered:
            errors.append('%s: unannotated identifier-like %r' % (rid, m.group(0)))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = sorted(glob.glob(os.path.join(here, 'styles', 's*.txt')))
    recs, errors, warns = [], [], []
    per_style = {}
    n = 0
    for f in files:
        style = os.path.basename(f)[4:-4]
        raw = open(f, encoding='utf-8').read()
        chunks = [c.strip('\n') for c in re.split(r'(?m)^---\s*$', raw)]
        chunks = [c for c in chunks if c.strip()]
        per_style[style] = len(chunks)
        if len(chunks) != 20:
            errors.append('%s: %d texts (want 20)' % (style, len(chunks)))
        for c in chunks:
            n += 1
            rid = 'sc8-%04d' % n
            try:
                text, spans = parse(c)
            except ValueError as e:
                errors.append('%s: %s' % (rid, e)); continue
            rec = {'id': rid, 'text': text, 'spans': spans, 'note': 'style=%s' % style, '_manual': set(MANUAL)}
            verify(rec, errors, warns)
            recs.append(rec)
    # hard-negative check
    neg = [r for r in recs if r['note'] == 'style=negative']
    neg_clean = sum(1 for r in neg if not any(s['label'] in SPECIAL for s in r['spans']))
    if neg and neg_clean < 15:
        errors.append('negative style: only %d/%d texts without special-care span' % (neg_clean, len(neg)))
    # re-verify surfaces round-trip through JSON
    with open(os.path.join(here, 'dev8.jsonl'), 'w', encoding='utf-8') as out:
        for r in recs:
            line = json.dumps(r, ensure_ascii=False)
            back = json.loads(line)
            for s, s2 in zip(r['spans'], back['spans']):
                if back['text'][s2['start']:s2['end']] != r['text'][s['start']:s['end']]:
                    errors.append('%s: round-trip mismatch' % r['id'])
            out.write(line + '\n')
    # stats
    lab = Counter(s['label'] for r in recs for s in r['spans'])
    style_sc = defaultdict(Counter)
    for r in recs:
        st = r['note'][6:]
        style_sc[st]['texts'] += 1
        style_sc[st]['special'] += sum(1 for s in r['spans'] if s['label'] in SPECIAL)
        style_sc[st]['all'] += len(r['spans'])
        style_sc[st]['nospecial'] += 0 if any(s['label'] in SPECIAL for s in r['spans']) else 1
    print('lines', len(recs), 'spans', sum(lab.values()))
    for k, v in sorted(lab.items(), key=lambda x: -x[1]):
        print('  %-15s %d' % (k, v))
    print('per style: texts / special spans / all spans / texts without special')
    for st in per_style:
        c = style_sc[st]
        print('  %-12s %3d %4d %4d %3d' % (st, c['texts'], c['special'], c['all'], c['nospecial']))
    print('negative clean:', neg_clean, '/', len(neg))
    for e in errors:
        print('ERROR', e)
    print('errors:', len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
