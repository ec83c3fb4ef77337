#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""names-dev17: hand-written annotated split (PERSON weighted) for a Japanese PII redactor.

Markers: [[value]] = PERSON, [[LABEL:value]] = any other label.
Every text is written inline below, in style order (20 texts per style).
`python3 source.py` writes out.jsonl and stats.md only when every check passes; exits 1 otherwise.
"""
import json
import re
import sys
import time
import unicodedata
from collections import Counter, OrderedDict

SOURCE = "synthetic:names-dev17"
ID_PREFIX = "nm17-"
STYLES = ["handover", "signature", "attendees", "fields", "chat", "voice",
          "foreign", "kin", "plainprose", "reviews", "records", "hardneg"]
PER_STYLE = 20
MIN_PERSON = 460
MAX_PERSON_HARDNEG = 25

LABELS = {"PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE",
          "MY_NUMBER", "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT",
          "RESIDENCE_CARD", "VIN", "RACE", "CREED", "SOCIAL_STATUS", "MEDICAL",
          "DISABILITY", "CRIMINAL", "CRIME_VICTIM", "UNION", "FAMILY_ORIGIN", "SEX_LIFE"}
EXAMPLE_DOMAINS = ("example.com", "example.jp", "example.net", "example.org")

# honorifics / titles that must not sit inside a PERSON span
HON_ANYWHERE = ["様", "さん", "サン", "殿", "ちゃん", "チャン", "くん", "課長", "部長", "先生",
                "社長", "店長", "所長", "監督", "議員", "選手", "係長", "主任", "専務", "常務",
                "会長", "先輩", "御中", "さま", "サマ"]
HON_END = ["氏", "君", "様", "さん"]

TEXTS = []  # (style, marked_text, allow)


def T(style, text, allow=None):
    """Register one text. allow: {surface: reason} for a PERSON surface that may appear
    outside a span (part of a company / place name ...) or that legitimately contains an
    honorific-like character."""
    TEXTS.append((style, text, dict(allow or {})))


MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
LABEL_PREFIX = re.compile(r"^([A-Z_]+):(.*)$", re.S)


def parse(marked):
    out = []
    spans = []
    pos = 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        inner = m.group(1)
        lm = LABEL_PREFIX.match(inner)
        if lm and lm.group(1) in LABELS:
            label, value = lm.group(1), lm.group(2)
        elif lm:
            raise ValueError("unknown label prefix %r" % lm.group(1))
        else:
            label, value = "PERSON", inner
        spans.append({"start": n, "end": n + len(value), "label": label})
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def fold_digits(s):
    s = unicodedata.normalize("NFKC", s)
    kan = {"〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
           "七": "7", "八": "8", "九": "9", "零": "0"}
    return "".join(kan.get(c, c) for c in s if c.isdigit() or c in kan)


def my_number_ok(v):
    d = fold_digits(v)
    if len(d) != 12:
        return False
    digits = [int(c) for c in d]
    s = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return digits[11] == (0 if r <= 1 else 11 - r)


def luhn_ok(v):
    d = fold_digits(v)
    if not 12 <= len(d) <= 19:
        return False
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def email_ok(v):
    v = unicodedata.normalize("NFKC", v)
    v = re.sub(r"\s*(\(at\)|\[at\]|アットマーク)\s*", "@", v)
    if "@" not in v:
        return False
    dom = v.rsplit("@", 1)[1].strip().lower()
    dom = dom.replace("(dot)", ".").replace("[dot]", ".").replace(" ", "")
    return any(dom == d or dom.endswith("." + d) for d in EXAMPLE_DOMAINS)


def is_ascii_letter(c):
    return c.isascii() and c.isalpha()


def occurrences(text, surface):
    i = text.find(surface)
    while i >= 0:
        yield i
        i = text.find(surface, i + 1)


def check_all():
    errors, warnings = [], []
    records = []
    ids = set()
    for k, (style, marked, allow) in enumerate(TEXTS, 1):
        tid = "%s%04d" % (ID_PREFIX, k)
        if tid in ids:
            errors.append("%s: duplicate id" % tid)
        ids.add(tid)
        try:
            text, spans = parse(marked)
        except ValueError as e:
            errors.append("%s: %s" % (tid, e))
            continue
        if "[[" in text or "]]" in text:
            errors.append("%s: stray marker" % tid)
        if style not in STYLES:
            errors.append("%s: unknown style %s" % (tid, style))
        # overlap, labels, slices
        last_end = -1
        for sp in sorted(spans, key=lambda s: s["start"]):
            if sp["label"] not in LABELS:
                errors.append("%s: bad label %s" % (tid, sp["label"]))
            if sp["start"] < last_end:
                errors.append("%s: overlapping spans at %d" % (tid, sp["start"]))
            last_end = max(last_end, sp["end"])
            surf = text[sp["start"]:sp["end"]]
            if not surf or surf != surf.strip():
                errors.append("%s: empty or space-padded span %r" % (tid, surf))
        marked_vals = [m.group(1) for m in MARK.finditer(marked)]
        for sp, mv in zip(spans, marked_vals):
            surf = text[sp["start"]:sp["end"]]
            want = mv if sp["label"] == "PERSON" else mv.split(":", 1)[1]
            if surf != want:
                errors.append("%s: slice mismatch %r vs %r" % (tid, surf, want))
            lab = sp["label"]
            if lab == "PERSON":
                if surf not in allow:
                    for h in HON_ANYWHERE:
                        if h in surf:
                            errors.append("%s: honorific %s inside PERSON %r" % (tid, h, surf))
                    for h in HON_END:
                        if surf.endswith(h):
                            errors.append("%s: PERSON %r ends with %s" % (tid, surf, h))
                    if re.search(r"[0-9０-９@＠]", surf):
                        errors.append("%s: digit/@ inside PERSON %r" % (tid, surf))
            elif lab == "MY_NUMBER":
                if not my_number_ok(surf):
                    errors.append("%s: MY_NUMBER check digit %r" % (tid, surf))
            elif lab == "CARD":
                if not luhn_ok(surf):
                    errors.append("%s: CARD Luhn %r" % (tid, surf))
            elif lab == "EMAIL":
                if not email_ok(surf):
                    errors.append("%s: e-mail not on an example domain %r" % (tid, surf))
            elif lab == "DRIVER_LICENSE":
                if len(fold_digits(surf)) != 12:
                    errors.append("%s: licence not 12 digits %r" % (tid, surf))
            elif lab == "POSTAL_CODE":
                if len(fold_digits(surf)) != 7:
                    errors.append("%s: postal code not 7 digits %r" % (tid, surf))
            elif lab == "ADDRESS":
                if surf.startswith("〒"):
                    errors.append("%s: address starts with 〒 %r" % (tid, surf))
        # every mention of a PERSON surface must be a span
        covered = [(s["start"], s["end"]) for s in spans]
        person_surfs = {text[s["start"]:s["end"]] for s in spans if s["label"] == "PERSON"}
        tokens = set()
        for ps in person_surfs:
            for tok in re.split(r"[ \u3000・･=＝]+", ps):
                if len(tok) >= 2 and tok != ps:
                    tokens.add(tok)
        for ps in sorted(person_surfs | tokens):
            if ps in allow:
                continue
            for i in occurrences(text, ps):
                j = i + len(ps)
                if any(a <= i and j <= b for a, b in covered):
                    continue
                if is_ascii_letter(ps[0]) and i > 0 and is_ascii_letter(text[i - 1]):
                    continue
                if is_ascii_letter(ps[-1]) and j < len(text) and is_ascii_letter(text[j]):
                    continue
                errors.append("%s: PERSON surface %r at %d outside a span" % (tid, ps, i))
        # identifiers repeated outside a span: warning only
        for s in spans:
            if s["label"] in ("PERSON",) or s["label"] in (
                    "RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL",
                    "CRIME_VICTIM", "UNION", "FAMILY_ORIGIN", "SEX_LIFE"):
                continue
            surf = text[s["start"]:s["end"]]
            for i in occurrences(text, surf):
                j = i + len(surf)
                if not any(a <= i and j <= b for a, b in covered):
                    warnings.append("%s: %s %r repeated outside a span" % (tid, s["label"], surf))
        for a in allow:
            if a not in person_surfs and a not in tokens:
                warnings.append("%s: allow-list entry %r unused" % (tid, a))
        records.append(OrderedDict([
            ("id", tid), ("text", text),
            ("spans", [OrderedDict([("start", s["start"]), ("end", s["end"]),
                                    ("label", s["label"])]) for s in spans]),
            ("source", SOURCE), ("note", "style=%s" % style)]))
    # counts
    if len(records) != PER_STYLE * len(STYLES):
        errors.append("text count %d != %d" % (len(records), PER_STYLE * len(STYLES)))
    styles_seen = [r["note"][6:] for r in records]
    for k, st in enumerate(STYLES):
        block = styles_seen[k * PER_STYLE:(k + 1) * PER_STYLE]
        if block != [st] * PER_STYLE:
            errors.append("style block %d (%s) wrong: %s" % (k, st, Counter(block)))
    n_person = sum(1 for r in records for s in r["spans"] if s["label"] == "PERSON")
    if n_person < MIN_PERSON:
        errors.append("PERSON spans %d < %d" % (n_person, MIN_PERSON))
    n_hn = sum(1 for r in records if r["note"] == "style=hardneg"
               for s in r["spans"] if s["label"] == "PERSON")
    if n_hn > MAX_PERSON_HARDNEG:
        errors.append("hardneg PERSON spans %d > %d" % (n_hn, MAX_PERSON_HARDNEG))
    return records, errors, warnings


def stats_md(records):
    lab = Counter()
    per_style = OrderedDict((s, [0, 0, 0]) for s in STYLES)  # texts, spans, person
    surf = set()
    for r in records:
        st = r["note"][6:]
        per_style[st][0] += 1
        for s in r["spans"]:
            lab[s["label"]] += 1
            per_style[st][1] += 1
            if s["label"] == "PERSON":
                per_style[st][2] += 1
                surf.add(r["text"][s["start"]:s["end"]])
    lines = ["# stats: names-dev17", "",
             "- texts: %d" % len(records),
             "- spans: %d" % sum(lab.values()),
             "- distinct PERSON surfaces: %d" % len(surf),
             "- texts without any span: %d" % sum(1 for r in records if not r["spans"]), "",
             "## spans per label", "", "| label | spans |", "| --- | ---: |"]
    for l, c in sorted(lab.items(), key=lambda x: (-x[1], x[0])):
        lines.append("| %s | %d |" % (l, c))
    lines += ["", "## per style", "", "| style | ids | texts | spans | PERSON |",
              "| --- | --- | ---: | ---: | ---: |"]
    for k, (st, (t, s, p)) in enumerate(per_style.items()):
        lines.append("| %s | %s%04d–%s%04d | %d | %d | %d |" % (
            st, ID_PREFIX, k * PER_STYLE + 1, ID_PREFIX, (k + 1) * PER_STYLE, t, s, p))
    return "\n".join(lines) + "\n"


def main():
    t0 = time.time()
    records, errors, warnings = check_all()
    for w in warnings:
        print("WARNING: " + w, file=sys.stderr)
    if errors:
        for e in errors:
            print("ERROR: " + e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    with open("out.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open("stats.md", "w", encoding="utf-8") as f:
        f.write(stats_md(records))
    print("ok: %d texts written in %.2fs" % (len(records), time.time() - t0))


# ============================================================================
# TEXTS
# Setting: 東西モビリティ株式会社 (トーザイ・モビリティ), a dealer group in Kanto and Kansai.
# ============================================================================

# ---------------------------------------------------------------- handover
T("handover", """【引継ぎ】[[齋藤]]→[[宍戸]]
・[[鯉渕]]様 ノート見積り 下取り査定まだ。TEL[[PHONE:090-4417-2836]] 夕方以降希望
・[[小圷]]様 納車日 3/14(木) 確定、ナンバー[[PLATE:水戸 530 に 47-19]]
以上よろしくです""")
T("handover", """遅番→早番 申し送り（[[髙橋]]→[[濵田]]）
1) [[勅使河原]]さん、昨日の試乗のお礼TEL済。奥様が[[MEDICAL:腰の手術後]]なのでシートの高さ気にされてた
2) 〔[[大和田]]〕オイル交換ピット予約 10:30 → 11:00へ変更
3) 鍵BOX 14番 [[綿引]]氏の代車（[[PLATE:宇都宮 500 ち 3-08]]）返却まだ""")
T("handover", """申し送り 9/2 姫路店
[[北尾]]→[[垣内]]→[[乾]]
・[[藪内]]　車検見積 OK 出た。入庫 9/6
・[[巽]] 様　連絡取れず。留守電2回（[[PHONE:079-284-6631]]）
・[[寺西]]様のお嬢さん（[[寺西]] [[紬]]さん）来店予定、免許取りたてで軽探し""")
T("handover", """([[K]])→([[S]]) 引継ぎ
[[K]]＝[[国分]]、[[S]]＝[[椎名]]
・[[百目鬼]]さま　バイク（PCX）の名変書類　印鑑証明のみ不足
・前回の[[飯泉]]さんの件はクローズ""")
T("handover", """[[東郷]]さんへ
昨日の件、[[税所]]様の奥さまから電話ありました。「主人は[[MEDICAL:入院中]]なので車検は延期で」とのこと。
折返し先は奥さまの携帯 [[PHONE:080 3391 7702]] です。
[[肝付]]""")
T("handover", """夜間受付メモ→朝礼で共有
22:40 [[PHONE:0120-558-017]]（ロードサービス窓口）経由で、[[猪股]]様がバッテリー上がり。
現場：[[ADDRESS:川越市新宿町3丁目18-4]] 月極P
出動：提携先（[[小野寺]]が手配）
[[猪股]]様 携帯 [[PHONE:070-2263-5581]]""")
T("handover", """【早番】[[四十物]]
【遅番】[[左右田]]
【休】[[八木橋]]、[[宇佐美]]
客：[[鴨志田]]様（CX-5下取り）/[[古閑]]様（任意保険更新）/[[財前]]様（未来店）""")
T("handover", """引継ぎです
[[首藤]]様の件、担当[[甲斐]]→[[冨永]]に変更になりました。
[[首藤]]様は[[DISABILITY:左足が不自由]]なので、手動運転装置付きの試乗車を用意しておいてください。
ご自宅：[[ADDRESS:堺市北区中百舌鳥町2丁173-9]]""")
T("handover", """〔申送〕[[多々良]]→[[我妻]]
・[[生田目]]さんの軽トラ、部品待ち。入荷予定来週水曜。
・[[生田目]]さんへは[[我妻]]から連絡お願いします　携帯[[PHONE:090-1182-7410]]
・ショールームのポップ差し替えは[[多々良]]がやりました""")
T("handover", """bike corner handover
[[蓮見]]→[[鬼頭]]
- 中古CB400 商談 [[雲母]]様 （[[きらら]]様）来週末に再来店
- 新規 [[御手洗]]さん（大学生）ヘルメット予約、入荷TEL→[[PHONE:080-6674-1029]]
- [[鬼頭]]さん、在庫表更新よろしく""")
T("handover", """法人フリートデスク　週次引継ぎ
前任：[[比嘉]]　後任：[[新垣]]
(株)みなと物流 総務[[仲宗根]]氏 リース満了5台、入替提案中。
[[知念]]氏（経理）へ請求書送付済。
※[[仲宗根]]氏の直通 [[PHONE:045-663-2107]] 内線なし""")
T("handover", """引継ぎ
あした10時、[[喜屋武]]様ご夫婦来店
ご主人[[喜屋武]] [[朝勇]]様、奥様[[喜屋武]] [[ハツ]]様
ご主人は[[DISABILITY:耳が遠い]]ので筆談ボードを用意
担当 [[上原]]（不在時[[大城]]）""")
T("handover", """【引継】買取デスク
[[宮里]]さん→[[國分]]さん
査定済：[[畠山]]様 プリウス 査定額は社外秘なので口頭で
未査定：[[紺野]]様　来店予約13:00
[[紺野]]様住所 [[ADDRESS:船橋市本町4-31-12 ｻﾝﾗｲｽﾞ本町205]]""")
T("handover", """A勤→B勤
・[[今野]]様 リコール入庫 → 完了、洗車して引き渡し待ち
・[[菅原]]様 TEL有 → [[及川]]が対応済
・[[阿部]]様（横浜の方の[[阿部]]様）→ 折返し要 [[PHONE:045-972-3384]]""")
T("handover", """申し送り。[[栁田]]です。
[[曾根]]様より、車上荒らしの件で連絡あり。[[CRIME_VICTIM:カーナビを盗まれた]]とのこと、警察には届け済み。
修理見積を[[德永]]さんに依頼しました。
[[曾根]]様 TEL [[PHONE:06-6942-1185]]""")
T("handover", """↓↓引継↓↓
[[廣瀬]]（朝）→[[邉見]]（夜）
[[髙木]]様→代車OK
[[岩﨑]]様→入金確認待ち
[[山﨑]]様→キャンセル
[[渡邊]]様→来週""")
T("handover", """奈良店 申送
(担当)[[奥野]] → (担当)[[辻本]]
[[中西]]様 ご来店。下取車 [[PLATE:奈良 301 る 88-21]]、走行 12.4万km。
[[中西]]様は旧姓[[岸本]]様で、以前の顧客カードは[[岸本]]名義。統合お願いします。""")
T("handover", """【引継ぎ】[[櫻井]]→[[澤田]]
京都南店 ショールーム
1. [[濱口]]様 見積書再発行（前回の住所が旧住所だった）
   新住所：[[ADDRESS:京都市伏見区深草西浦町6丁目21番地]]
2. [[堀江]]さん（[[堀江]]板金の社長ではない方）来店
3. 試乗車[[PLATE:京都 330 め 5-50]] 洗車済""", allow={"堀江": "part of the company name 堀江板金 (a shop), not a mention of the customer"})
T("handover", """大宮店
12/20 引継ぎ [[新井]]→[[強矢]]
[[茂木]]様 冬タイヤ交換 → 済
[[狩野]]様 スマートキー電池 → 済
[[星野]]様（[[星野]] [[とし]]様、ご高齢）→ 息子さんが代わりに来る予定
以上""")
T("handover", """(引継)
[[T]]→[[N]]
[[T]]=[[鮫島]]　[[N]]=[[西尾]]
[[大槻]]様 任意保険の事故報告書、保険会社へFAX済
[[大槻]]様は[[CRIME_VICTIM:当て逃げされた]]とのことで、被害届の受理番号待ち""")

# ---------------------------------------------------------------- signature
T("signature", """[[鯉渕 智子]] 様

いつもお世話になっております。
ご依頼の見積書を添付いたします。ご不明点がございましたらお気軽にご連絡ください。

━━━━━━━━━━━━━━━━
東西モビリティ株式会社
水戸店　新車営業課
[[綿引 拓真]]（[[わたひき たくま]]）
〒[[POSTAL_CODE:310-0836]] [[ADDRESS:茨城県水戸市元吉田町1045-3]]
TEL [[PHONE:029-247-5130]] / FAX 029-247-5131
Mail: [[EMAIL:t.watahiki@tozai-mobility.example.jp]]
━━━━━━━━━━━━━━━━""")
T("signature", """お世話になります。
車検の件、承知しました。当日は代車をご用意しておきます。

--
TOZAI MOBILITY 大阪北店
サービスフロント
[[上田 美咲]]
[[Misaki Ueda]]
[[PHONE:06-6398-2214]]
[[EMAIL:ueda.misaki@tozai-mobility.example.com]]""")
T("signature", """[[寺西]]様

先日はご来店いただきありがとうございました。
お見積りの有効期限は今月末となっております。

東西モビリティ株式会社
姫路店
店長
[[北尾 勝利]]
（[[ｷﾀｵ ｶﾂﾄｼ]]）
直通 [[PHONE:079-284-6630]]""")
T("signature", """Subject: Re: 試乗のご予約

[[Dubois]]様

ご予約承りました。10月5日（土）11時にお待ちしております。

────────
TZ Import 芦屋
セールスコンサルタント
[[栗原 玲奈]] / [[Reina Kurihara]]
[[ADDRESS:兵庫県芦屋市大原町12-8]]
[[PHONE:0797-31-4482]]
────────""")
T("signature", """各位

来月の法人向けフェアの資料を共有します。ご確認ください。

法人営業部 フリートデスク
部長代理　[[長谷川 恵一]]
([[Keiichi HASEGAWA]])
東西モビリティ株式会社 本社
[[EMAIL:k-hasegawa@tozai-mobility.example.jp]]""")
T("signature", """[[おおつき]]様

ご返信ありがとうございます。
保険会社の担当者から改めてご連絡が入ります。

みなと保険サービス株式会社（東西モビリティ代理店）
損害サービス課
[[鬼塚 真理子]]
[[おにづか まりこ]]
TEL [[PHONE:045-228-9761]]""")
T("signature", """[[小宮山]]です。
見積書の件ありがとうございました。妻とも相談して、来週中にお返事します。

[[小宮山 五郎]]
携帯 [[PHONE:090-7723-1408]]""")
T("signature", """拝啓　時下ますますご清栄のこととお慶び申し上げます。
このたびは弊社オークション仕入れ窓口をご利用いただき、誠にありがとうございました。

敬具

東西モビリティ株式会社　買取センター
センター長
[[大西 正雄]] 拝""")
T("signature", """[[國分 さゆり]]様

お問い合わせありがとうございます。
ご希望のカラーは納期が約３か月となります。

＿＿＿＿＿＿＿＿＿＿
東西モビリティ 柏店
営業　[[海老原 翔]]（[[えびはら しょう]]）
[[PHONE:04-7145-3320]]
[[EMAIL:ebihara@tozai-mobility.example.jp]]
＿＿＿＿＿＿＿＿＿＿""")
T("signature", """お疲れ様です。
明日の全体会議、議事録係は[[須藤]]さんでお願いします。

総務課
[[印南 由紀子]]
内線 2204""")
T("signature", """Dear Mr. [[Schneider]],

Thank you for your visit to our Kobe showroom. Please find attached the quotation for the used Golf.

Best regards,
[[Kenji Yoshioka]]
Sales Consultant / 営業
[[吉岡 健二]]
TOZAI MOBILITY Kobe
[[ADDRESS:神戸市中央区磯上通7-2-15]]
Tel: [[PHONE:+81-78-251-6637]]""")
T("signature", """[[根本]]様

お世話になっております。
ご契約車両の登録が完了いたしましたので、ナンバーをお知らせします。
[[PLATE:土浦 300 ひ 71-05]]
納車は3月22日を予定しております。

********************
東西モビリティ株式会社
土浦営業所
[[Tomoya Sekiguchi]]
[[関口 智也]]
********************""")
T("signature", """了解しました。では金曜日に伺います。

―――
[[蛭田 寛]]（[[ひるた ひろし]]）
株式会社ヒルタ工業 総務
[[PHONE:028-662-0917]]""")
T("signature", """[[しおり]]さん（[[小暮]]様）

昨日はありがとうございました！ご紹介いただいたお友達の件、こちらから連絡させていただきますね。

トーザイ・バイクス（東西モビリティ バイクコーナー）
[[風間 颯]]
[[Kazama Hayate]]
LINE ID：tozai_bikes""")
T("signature", """[[德永]] 様

お世話になっております。事故修理の件でご連絡です。
相手方保険会社より過失割合の提示がありました。

東西モビリティ株式会社　堺店
サービス課　主任
[[辻 孝之]]
[[ツジ タカユキ]]
[[PHONE:072-251-0388]]
〒[[POSTAL_CODE:590-0024]]　[[ADDRESS:大阪府堺市堺区向陵中町4丁5-10]]""")
T("signature", """お世話になっております。
当方、[[DISABILITY:身体障害者手帳]]（下肢）を所持しておりますので、自動車税の減免手続きもお願いできますでしょうか。

[[芝 啓介]]
[[ADDRESS:前橋市六供町5丁目22-7]]
[[PHONE:027-223-8840]]
[[EMAIL:k.shiba@example.net]]""")
T("signature", """[[Park]] 様

書類を受け取りました。ありがとうございました。

東西モビリティ 川崎店
業務課
[[茂木 千尋]]　([[MOGI Chihiro]])
[[EMAIL:mogi.c@tozai-mobility.example.jp]]""")
T("signature", """件名：下取り査定結果のご連絡

[[八木橋 勇]] 様

先日お預かりしたお車（[[PLATE:品川 500 さ 20-61]]）の査定結果をお送りします。

東西モビリティ株式会社
買取センター 東京
査定士
　[[Mamoru Kaneko]]
　[[金子 守]]""")
T("signature", """ありがとうございました。
印鑑証明は来週郵送します。

[[しづ]]（[[宇佐美 しづ]]）
代筆：娘の[[宇佐美 陽子]]
[[PHONE:048-641-2297]]""")
T("signature", """[[鴨志田 和子]]様

ご成約ありがとうございました。納車まで今しばらくお待ちくださいませ。
今後とも宜しくお願い申し上げます。

東西モビリティ株式会社　川越店
　　店長　[[強矢 浩]]
　　担当　[[福留 結菜]]（[[ふくどめ ゆいな]]）
〒[[POSTAL_CODE:350-1124]] [[ADDRESS:埼玉県川越市新宿町5-6-8]]""")

# ---------------------------------------------------------------- attendees
T("attendees", """第14回 関西ブロック店長会議 議事録
日時：6月11日 14:00〜16:30　会場：大阪北店 2F会議室
出席：[[大西]]（本部長）、[[北尾]]（姫路）、[[辻]]（堺）、[[吉岡]]（神戸）、[[奥野]]（奈良）、[[寺島]]（和歌山）
欠席：[[澤田]]（京都南）→代理 [[櫻井]]
記録：[[上田]]""")
T("attendees", """出席者: [[齋藤]]/[[宍戸]]/[[鯉渕]]/[[綿引]]
議題: 水戸店 秋の展示会の役割分担""")
T("attendees", """＜新人研修　参加者名簿＞
1 [[黒羽 陽翔]]
2 [[長尾 芽依]]
3 [[飛田 琉生]]
4 [[大貫 心春]]
5 [[Nguyen Thi Lan]]
6 [[五月女 凛]]
講師：サービス部 [[菅野]]課長、[[小林 真由美]]""")
T("attendees", """11月 シフト表（柏店ショールーム）
月　[[海老原]]・[[印南]]・[[根本]]
火　[[海老原]]・[[須藤]]
水　定休
木　[[印南]]・[[須藤]]・[[根本]]
金　[[海老原]]・[[根本]]
土日　全員（[[根本]]は日曜午後のみ）""")
T("attendees", """安全運転講習会（法人向け）受講者
株式会社みなと物流：[[仲宗根 勇]] 様、[[知念 さやか]] 様、[[上原 大輝]] 様
有限会社南海運輸：[[岸 和彦]] 様、[[中井 ユキ]] 様（欠席）
講師：[[比嘉]]（当社フリートデスク）""")
T("attendees", """MTG memo 10/3
参加 [[Hans Müller]], [[栗原]], [[竹内]] , [[Lefèvre]]
欠 [[Anna Becker]]
→ 次回は [[Becker]] さんの都合に合わせる""")
T("attendees", """買取センター 朝会
[[宮里]] [[國分]] [[畠山]] [[紺野]] [[菅原]]
（[[及川]]は有給）
本日の出張査定：[[畠山]]→[[ADDRESS:千葉市稲毛区小仲台2-14-6]]、[[紺野]]→船橋方面""")
T("attendees", """【議事録】宇都宮店 品質会議
出席者
　店長　[[生田目 武]]
　サービス課長　[[飯泉 敏夫]]
　フロント　[[大和田 裕子]]
　メカニック　[[阿久津 誠]]、[[増渕 蓮]]
欠席
　[[宍戸 直樹]]（出張）""")
T("attendees", """9/28 試乗会 来場者（受付順）
[[鈴木]]様ご家族、[[中村]]様、[[伊藤]]様、[[佐々木]]様ご夫妻、[[梅田 ミツ]]様、[[我妻]]様
受付担当：[[多々良]] / [[左右田]]""")
T("attendees", """委員会メンバー（個人情報保護委員会）
委員長　[[鮫島 隆]]（管理本部長）
副委員長　[[東郷 恵美子]]
委員　[[税所 一郎]]、[[肝付 亜希]]、[[冨永 湊]]、[[甲斐 朔]]
事務局　[[首藤]]""")
T("attendees", """Zoom 参加者
・[[Kaneko Mamoru]]
・[[せきぐち]]
・[[Yuna Fukudome]]
・[[Rajesh Kumar]]
・iPhone（[[髙橋]]）
・会議室B（[[渡邊]]、[[岩﨑]]、[[山﨑]]）""")
T("attendees", """年末大掃除 担当割
ショールーム：[[髙木]]、[[廣瀬]]
ピット：[[邉見]]、[[德永]]、[[濵田]]
事務所：[[栁田]]
外回り：[[曾根]]、[[勅使河原]]
※[[曾根]]さんは[[MEDICAL:腰を痛めている]]ので力仕事なし""")
T("attendees", """オークション同行者
2/14 USS東京：[[金子]]・[[大槻]]
2/21 TAA近畿：[[大西]]・[[垣内]]・[[乾]]
2/28 JU神奈川：[[金子]]（単独）""")
T("attendees", """出席：[[Kim Minjun]]、[[Tran Van Duc]]、[[Silva]]、[[王 磊]]、[[周 婷]]
欠席：[[Perera]]（体調不良）
通訳：[[朴 恩恵]]""")
T("attendees", """町内会と合同の交通安全教室（当社協賛）
講師　[[冨田]]巡査部長
当社から　[[櫻井]]、[[濱口]]
参加者数　児童32名、保護者15名""")
T("attendees", """営業成績表彰（上期）
1位 [[渡部 鷹也]]（横浜港北）
2位 [[鴫原 彩花]]（大宮）
3位 [[國井 陸]]（柏）
新人賞 [[安心院 葵]]（神戸）""")
T("attendees", """面談スケジュール
10:00 [[椎名]] × [[小野寺]]
10:30 [[椎名]] × [[猪股]]
11:00 [[椎名]] × [[我妻]]（→[[我妻]]さん欠勤のため[[宍戸]]が代理）""")
T("attendees", """■ 参加予定（納車式）
お客様：[[蓮見 健太]]様、[[蓮見 杏]]様
当社：店長[[鬼頭]]、担当[[風間]]、整備[[御手洗 翼]]
場所：[[ADDRESS:横浜市都筑区中川中央1-33-2]] トーザイ横浜港北店""")
T("attendees", """研修欠席者
[[阿部]]（[[MEDICAL:インフルエンザ]]）
[[今野]]（私用）
[[紺野]]（出張査定）
→ 後日[[菅原]]が個別に説明""")
T("attendees", """京都・奈良・和歌山合同 フロント勉強会
京都南：[[澤田]]/[[櫻井]]/[[濱口]]
奈良：[[奥野]]/[[辻本]]
和歌山：[[寺島]]/[[湯川]]/[[雑賀]]
司会：[[中西]]""")

# ---------------------------------------------------------------- fields
T("fields", """■試乗申込書
申込者名：[[小松崎 賢治]]
フリガナ：[[コマツザキ ケンジ]]
生年月日：[[BIRTHDATE:昭和４９年７月２日]]
住所：〒[[POSTAL_CODE:311-4141]] [[ADDRESS:水戸市赤塚1丁目1985-2]]
電話：[[PHONE:０９０－３８１２－６６４０]]
免許証番号：[[DRIVER_LICENSE:3012 0458 7716]]
受付者：[[綿引]]""")
T("fields", """来店者：[[マリア・サントス]]
同行者：[[Jose Santos]]（夫）
担当営業：[[海老原]]
来店動機：チラシ""", allow={"マリア・サントス": "サン is part of the surname Santos, not an honorific"})
T("fields", """作成者　[[上田 美咲]]
承認者　[[大西 正雄]]
文書名　サービス入庫手順書 第3版""")
T("fields", """緊急連絡先（氏名）：[[喜屋武 朝勇]]
続柄：夫
電話番号：[[PHONE:070-8814-2309]]""")
T("fields", """【名義変更届】
旧名義人：[[佐藤 キヨ]]
新名義人：[[佐藤 博]]
車両：[[PLATE:大宮 580 て 90-02]]
記入者：[[佐藤 博]]（代筆）""")
T("fields", """申込者名: [[LEE JI EUN]]
申込者名(カナ): [[イ・ジウン]]
申込者名(ハングル): [[이지은]]
在留カード番号: [[RESIDENCE_CARD:UH48217765KS]]
携帯: [[PHONE:080-2219-4470]]""")
T("fields", """受付No. 2024-0581
受付日 2024/08/19
受付者 [[垣内]]
お客様 [[雑賀 千代]] 様
ご用件 ドライブレコーダー取付""")
T("fields", """記入者：[[みやざと ゆうき]]
（漢字がわからない場合はひらがなで可）
ご住所：[[ADDRESS:川崎市中原区木月3-22-9-101]]
メール：[[EMAIL:yuki.m0302@example.com]]""")
T("fields", """〈ローン申込書〉
申込人　[[榊原 昭]]　　　生年月日　[[BIRTHDATE:1952年12月8日]]
連帯保証人　[[榊原 隆之]]
勤務先　榊原工務店（自営）
年収　280万円
担当営業　[[渡部 鷹也]]""", allow={"榊原": "part of the company name 榊原工務店 (his own business)"})
T("fields", """名義人：[[Wang Wei]]
名義人（漢字）：[[王 偉]]
口座：三井住友銀行 梅田支店 [[BANK_ACCOUNT:普通 4471802]]
口座名義：[[ワン ウェイ]]""")
T("fields", """点検受付票
来店者　[[野々村 トメ]]（お孫さん同伴）
同行者　[[野々村 悠真]]
車両　[[PLATE:和歌山 50 ぬ 1-44]]
受付　[[湯川]]""")
T("fields", """担当営業: [[Daisuke Igarashi]]
サブ担当: [[國井]]
承認: [[長谷川]]""")
T("fields", """◇ 店頭アンケート
お名前　[[ほし かずえ]]
ご年齢　70代
ご来店のきっかけ　息子にすすめられて
スタッフの対応　[[新井]]さんがとても親切でした""")
T("fields", """作成：[[澁谷 恭平]]　確認：[[鷲見 朋美]]　承認：[[四方田 修]]
件名：代車貸出記録（9月分）""")
T("fields", """【法人車両 使用者登録】
使用者氏名：[[上原 大輝]]
所属：株式会社みなと物流 配送課
免許証番号：[[DRIVER_LICENSE:452201873396]]
管理責任者：[[仲宗根 勇]]""")
T("fields", """緊急連絡先(氏名) [[トラン・ティ・フオン]]
緊急連絡先(電話) [[PHONE:080-5530-7198]]
本人氏名 [[グエン・ヴァン・ナム]]
在留カード [[RESIDENCE_CARD:RV90336108JP]]""")
T("fields", """同行者： なし
来店者： [[ｲﾜｻｷ ｼﾞｭﾝ]]
受付者： [[岩﨑]]（同姓ですが親族ではありません）""")
T("fields", """申込者名 [[兎澤 萌]]
ふりがな [[とざわ もえ]]
車種 ハスラー（中古）
ご予算 120万円まで
担当 [[関口]]""")
T("fields", """[入庫伝票]
お客様名：[[東海林 清]]様
連絡先：[[PHONE:027-251-4488]]
受付者：[[芝]]
作業者：[[茂木]]
完成検査：[[狩野]]""")
T("fields", """記入者　[[Claire Martin]]
記入者（カタカナ）　[[クレール・マルタン]]
パスポート番号　[[PASSPORT:18AH42197]]
日本での連絡先　[[PHONE:03-5771-2086]]""")

# ---------------------------------------------------------------- chat
T("chat", """[[みゆ]]🍓
車検の予約とれましたー？

東西モビリティ 大宮店 [[鴫原]]
はい、3/9(土) 10時で取れました！当日は車検証と自賠責をお持ちください🙇‍♀️""")
T("chat", """#横浜港北-営業
[[watabe_takaya]]: @[[五十嵐]] さっきの[[勅使河原]]様、ローン審査通りました
[[五十嵐 隼人]]: おおー！よかった👏 [[渡部]]くんナイス
[[watabe_takaya]]: 納車は来月頭っす""")
T("chat", """🌸[[さくら]]🌸: [[翔]]くん今日何時上がり？
[[Sho]]: 19時！
🌸[[さくら]]🌸: じゃあ柏の駅前で待ってる〜
[[Sho]]: 了解😆""")
T("chat", """グループ「バイクコーナー」
[[風間]]：今日[[雲母]]さん来るって
[[蓮見]]：CB400の人？
[[風間]]：そうそう。あと@[[鬼頭]] さん、車両の写真撮り直しお願いします📸
[[鬼頭]]：👍""")
T("chat", """[[まーくん]]⚽️
ばあちゃんの車ぶつけたかもしれん
ママ
え！？けがは？
[[まーくん]]⚽️
ないない。バンパーちょっと擦っただけ。東西モビリティの[[ゆうき]]さんに見てもらう
ママ
連絡先これね [[PHONE:048-641-2290]]""", allow={"まーくん": "fused nickname: the suffix is part of the nickname (the stem alone is not used as a name)"})
T("chat", """LINE
[[Ryo]]🚗💨: 見積りありがとうございます！もう少し値引きできませんか？笑
東西モビリティ川崎（[[茂木]]）: [[Ryo]]様、店長と相談してみますね😊
[[Ryo]]🚗💨: お願いします🙏 [[PLATE:川崎 330 ゆ 7-77]]の下取りも込みで！""")
T("chat", """@[[奥野]] さん
[[中西]]様の顧客カード統合できました
旧姓の[[岸本]]で登録されてた分も全部こっちに寄せてます""")
T("chat", """[[てっちゃん]]: 明日の納車、[[アキ]]も来るって
[[アキ]]: 行く行く！何時？
[[てっちゃん]]: 11時。場所は[[ADDRESS:堺市堺区向陵中町4丁5-10]]の店
[[アキ]]: りょ""", allow={"てっちゃん": "fused nickname: the suffix is part of the nickname (the stem alone is not used as a name)"})
T("chat", """[[Yui Fukudome]] 10:02
[[ひろし]]店長、本日の来店予約3件です
[[鴨志田]]様 11:00／[[小暮]]様 13:30／[[Park]]様 16:00
[[強矢 浩]] 10:05
了解。[[Park]]様は韓国語対応いるかな？
[[Yui Fukudome]] 10:06
日本語ペラペラなので大丈夫です！""")
T("chat", """にゃんこ先生: 車上荒らしにあった😭 [[CRIME_VICTIM:窓割られて財布盗られた]]
[[まゆ]]: えっ大丈夫！？
にゃんこ先生: 警察来てくれた。ガラス交換どこでやればいいかな
[[まゆ]]: 東西モビリティの[[濱口]]さんに聞いてみたら？""")
T("chat", """Slack #fleet-desk
[[Daisuke Igarashi]]  9:14
@[[hirata]] みなと物流さんの件、[[仲宗根]]さんからOK出ました
[[Yuta Hirata]]  9:20
ありがとうございます！契約書ドラフト作ります""")
T("chat", """ばぁば
[[れん]]ちゃん お誕生日おめでとう🎂 じいじと一緒に新しい車で会いに行くね
[[陽葵]]
ありがとう〜！[[れん]]も楽しみにしてるよ""")
T("chat", """[[Tsubasa M.]]
[[翼]]です、今ピット出ました
G-san
おつ。[[東海林]]様の車どうだった？
[[Tsubasa M.]]
ブレーキパッド交換必要です、見積出します""")
T("chat", """👤[[たっくん]]パパ
先日はお世話になりました！子どもがチャイルドシートすごく気に入ってます
👤東西モビリティ 水戸店
[[拓真]]です！よかったです😊 また点検のときお待ちしております""", allow={"たっくん": "fused nickname: the suffix is part of the nickname (the stem alone is not used as a name)"})
T("chat", """[[ゆき]]: 今日、[[ちかこ]]先輩が休みなので受付一人です💦
[[はるか]]: 手伝いに行くよ！
[[ゆき]]: 助かります🥺""")
T("chat", """[[Minh]]: Anh [[Đức]] ơi, hôm nay em đi xem xe ở Tozai Yokohama
[[Đức]]: OK em. Nhờ anh [[Watabe]] giúp nhé
[[Minh]]: vâng ạ""")
T("chat", """mama🌷
[[そう]]ちゃんの保育園のお迎え、車検の代車で行ってもいい？
papa
いいよー 代車のナンバー [[PLATE:春日部 500 な 63-18]] だって""")
T("chat", """[[金子]]: 明日のUSS、[[大槻]]さん行けなくなりました
[[金子]]: [[MEDICAL:ぎっくり腰]]だそうです
[[宮里]]: 了解、代わりに[[國分]]さん行ける？
[[國分]]: 行けます！""")
T("chat", """[[ミナミ]]🐱
先輩、東西モビリティの[[サトウ]]って人知ってます？
[[あや]]
知らんw 大宮の？
[[ミナミ]]🐱
わかんない、めっちゃ営業電話くる""")
T("chat", """#kobe-import
[[Kenji Yoshioka]]: [[Schneider]] さんの Golf、来週納車です
[[Reina Kurihara]]: 了解です！書類は[[栗原]]が準備します
[[Kenji Yoshioka]]: 🙏""")

# ---------------------------------------------------------------- voice
T("voice", """はいお電話ありがとうございます東西モビリティ大宮店[[しぎはら]]でございます
あのー車検のことでちょっと聞きたいんですけど
はいお名前頂戴してもよろしいでしょうか
[[ほしの]]です[[ほしの としこ]]
[[ほしの]]様ですね恐れ入りますお電話番号お願いします
[[PHONE:〇四八の六四一の二二九七]]
はい[[PHONE:〇四八 六四一 二二九七]]ですね""")
T("voice", """お名前の漢字を教えていただけますか
[[さいとう]]のさいは難しい方のさいですあのしめすへんの
はい[[齋藤]]様ですね下のお名前は
[[みつ]]ですカタカナで[[ミツ]]
[[齋藤 ミツ]]様ですねありがとうございます""")
T("voice", """音声入力メモ　きょうはんにゃの[[やまぐち]]さまのおたくにしゅっちょうさていむすこさんのなまえは[[けんた]]さんでんわは[[PHONE:ぜろきゅうぜろのよんよんなななのさんにいちはち]]じゅうじいこうならいるとのこと""")
T("voice", """（通話録音より書き起こし）
客：もしもし、えっと[[タカハシ]]ですけど
受：[[タカハシ]]様、いつもありがとうございます。
客：いや、[[ナカハシ]]です、な、か。
受：大変失礼いたしました、[[ナカハシ]]様ですね。ご用件をお伺いします。
客：うちの[[ミチコ]]が車ぶつけちゃって""")
T("voice", """えーと名前はですねアルファベットで[[K-O-M-A-T-S-U-Z-A-K-I]]
はい[[コマツザキ]]様
下が[[けんじ]]です""")
T("voice", """担当者さんのお名前もう一回いいですか
はい[[わたひき]]と申します
[[わたなべ]]さん
いえ[[わたひき]]です綿を引くと書いて[[綿引]]です
あーはいはい[[わたひき]]さんね""")
T("voice", """ボイスメモ 14:22
うらわの[[くにい]]さんからでんわ　あしたのしたどりさていのじかんへんこう　ごごいちじから三時に　けいたいは[[PHONE:070 5521 8834]]　おくさんの[[あやか]]さんがたちあう""")
T("voice", """受付「ご住所お願いします」
客「[[ADDRESS:よこはましこうほくくつなしまひがし3の8の12]]」
受「はい、お名前は」
客「[[えのもと]]、えのきのえにもと、[[えのもと ひさし]]」
受「[[榎本 久]]様ですね」
客「久しぶりの久です」""")
T("voice", """もしもし東西モビリティの[[はたけやま]]ですが[[こんの]]さんいらっしゃいますか
[[こんの]]はただいま外出しておりまして
あそうですかじゃあ[[はたけやま]]から電話あったと
かしこまりました[[はたけやま]]様ですね折り返しのお電話番号は
[[PHONE:〇八〇の二七一四の六六三五]]です""")
T("voice", """留守電：はい、あのー、[[アイモノ]]です。[[アイモノ]]。あの、四十に物って書く。この前のバイクの件でお電話しました。また掛けます""")
T("voice", """AI電話受付ログ
発信者名（音声認識）：[[とうかいりん きよし]]
発信者名（修正後）：[[東海林 清]]
用件：点検予約
電話番号：[[PHONE:027-251-4488]]""")
T("voice", """音声入力でごめんなさい　さっきの件ですけど　うちの主人[[ゆうじ]]が　[[MEDICAL:目の手術をした]]ばかりなので　納車の日は私が取りに行きます　[[こばやし まゆみ]]""")
T("voice", """客：名前はね[[スミ]]、す、み
受：[[スミ]]様…あの、漢字は
客：角っこの角で[[角]]。[[かど]]じゃなくて[[すみ]]ね。下は[[よしお]]
受：承知しました、[[角 善雄]]様で登録いたします""", allow={"角": "the character explained on its own (角っこの角) is not a mention"})
T("voice", """（聞き取りメモ）
お名前：[[ジョン]]？[[ジャン]]？→[[ジャン＝ピエール]]さん（フランスの方）
名字：[[ル・フェーヴル]]
綴り：[[L-E-F-E-V-R-E]]
折返し：[[PHONE:090-6652-1873]]""")
T("voice", """はい、はい、[[うめだ]]様ですね、梅に田んぼの。下のお名前が[[みつ]]様、ひらがなで。生年月日が[[BIRTHDATE:昭和十年五月三日]]。はい承知しました""")
T("voice", """電話メモ　[[ゆうき]]さん？→[[ゆき]]さんでした
[[宮里]]さんの娘さん　[[PHONE:０８０－４４１３－０２７９]]""")
T("voice", """（音声認識の自動文字起こし・未修正）
お客様 は 大阪 の [[キタガワ]] 様 担当 は [[ツジモト]] さん 下取り 車 の ナンバー は [[PLATE:なにわ 330 す 41-26]] です
お客様 の 携帯 [[PHONE:090 3317 6620]]""")
T("voice", """はいもしもし
あ、東西の[[すどう]]です。[[いなみ]]さんいます？
[[いなみ]]は今接客中で…
じゃ伝言。[[ねもと]]様の納車、土曜から日曜に変更って""")
T("voice", """受付「お名前をもう一度」
客「[[ロドリゲス]]。[[ルイス・ロドリゲス]]。[[R-O-D-R-I-G-U-E-Z]]」
受「[[ルイス]]様、お電話番号は」
客「[[PHONE:080 9923 1146]]」""")
T("voice", """音声入力　ははが[[DISABILITY:車いす]]なのでスロープつきのくるまをさがしています　なまえは[[いちのせ]]です　はははは[[いちのせ ふさえ]]　わたしは[[いちのせ まこと]]""")

# ---------------------------------------------------------------- foreign
T("foreign", """ご来店記録
お名前：[[陳 怡君]]（[[チェン・イージュン]]）様
台湾ご出身、日本語可。ご主人の[[林 家豪]]様と来店。
ご希望：ハイブリッドのミニバン
連絡先：[[PHONE:080-3346-9021]]""", allow={"陳 怡君": "君 is the last character of the given name 怡君 (Yijun), not an honorific"})
T("foreign", """契約者氏名（在留カード記載）：[[NGUYEN VAN NAM]]
カナ：[[グエン ヴァン ナム]]
通称：[[ナム]]（社内での呼び名）
在留カード番号：[[RESIDENCE_CARD:UN20418853VN]]
勤務先：株式会社みなと物流 配送センター""")
T("foreign", """[[金 智恩]]様（[[김지은]] / [[キム・ジウン]]）
通称名：[[金田 智恵]]
※住民票は通称名併記。契約書は通称名で作成可、ローン書類は本名で。
住所：[[ADDRESS:大阪市生野区桃谷3丁目9番14号]]""")
T("foreign", """Customer: [[Rajesh Kumar SHARMA]]
Wife: [[Priya Sharma]]
来店理由：IT企業に転職、通勤用に中古車
[[Sharma]]様は菜食主義で、[[CREED:ヒンドゥー教徒]]とのこと（試乗後のお茶菓子に配慮）
携帯：[[PHONE:070-4182-5503]]""")
T("foreign", """整備受付
お客様：[[ディルシャン・ペレーラ]]様（スリランカ）
車両：[[PLATE:つくば 300 ほ 55-02]]
通訳：ご友人の[[ワサンタ・ジャヤワルダナ]]様
[[ペレーラ]]様の勤務先：つくば市内の中古部品輸出業""", allow={"ワサンタ・ジャヤワルダナ": "サン is inside the given name Wasantha"})
T("foreign", """パスポート氏名：[[QUISPE MAMANI CARLOS ALBERTO]]
日本での呼び名：[[カルロス]]
旅券番号：[[PASSPORT:PE1093847]]
奥様：[[Rosa Flores de Quispe]]
※ペルー国籍。[[RACE:先住民ケチュアの出身]]と本人談（来店時の雑談、記録不要とのことで後日削除予定）""")
T("foreign", """TZ Import 芦屋　商談メモ
[[Marie-Claire Dubois]]（[[マリー＝クレール・デュボワ]]）様
ご主人 [[Jean-Pierre Lefèvre]]（[[ジャン＝ピエール・ルフェーヴル]]）様
※ご夫婦で姓が異なります。請求書宛名は[[Dubois]]様。
[[EMAIL:mc.dubois@example.net]]""")
T("foreign", """Herr [[Hans Müller]] / [[ハンス・ミュラー]]様
ドイツ本社からの出向（3年）。法人リースでの手配。
リース契約者：[[Müller]]様の勤務先（横浜の日本法人）
使用者：[[MÜLLER HANS]]（免許証ローマ字表記）
担当：[[栗原]]""")
T("foreign", """[[王 磊]]（[[ワン・レイ]]）様
中国・大連出身、留学生。原付から125ccへの乗り換え相談。
バイク担当[[風間]]が対応。学生証のみで免許証はまだ国際免許。
連絡先 [[EMAIL:wang.lei.2003@example.com]]""")
T("foreign", """■外国籍スタッフ名簿（神戸工場）
[[Tran Van Duc]]　[[チャン・ヴァン・ドゥック]]
[[Pham Thi Minh]]　[[ファム・ティ・ミン]]
[[Bui Quang Huy]]　[[ブイ・クアン・フイ]]
※社内では下の名前で呼ぶ：[[ドゥック]]、[[ミン]]、[[フイ]]""", allow={"チャン・ヴァン・ドゥック": "チャン is the surname Tran (Trần), not the diminutive ちゃん"})
T("foreign", """[[박서연]] 님 안녕하세요. 東西モビリティ川崎店の[[茂木]]です。
ご依頼の書類（韓国語翻訳付き）をお送りします。
[[박서연]]様（[[パク・ソヨン]]様）のご主人、[[김민준]]様にもよろしくお伝えください。""")
T("foreign", """見積宛名：[[SILVA, Ana Paula]]
（日本語表記：[[シルバ アナ パウラ]]）
職場の同僚 [[Juliana Oshiro]]様のご紹介。
[[Oshiro]]様は日系ブラジル人3世で、祖父は沖縄の[[大城]]姓とのこと。""")
T("foreign", """入庫予約
[[LIU Yang]]様（[[劉 洋]]）
[[PLATE:神戸 302 ね 12-80]]
[[劉]]様は中国語のほうが安心とのことで、中国語対応の[[周 婷]]を同席させます。""")
T("foreign", """来店：[[Aarav Patel]]（父）、[[Meera Patel]]（母）、[[Anaya]]（娘・6歳）
[[Patel]]様　ムンバイから赴任、江戸川区在住
ご住所：[[ADDRESS:東京都江戸川区西葛西6-18-3-507]]
チャイルドシート必須""")
T("foreign", """本人確認
氏名（旅券）：[[SCHNEIDER KLAUS PETER]]
氏名（カナ）：[[シュナイダー クラウス ペーター]]
旅券番号：[[PASSPORT:C4K7RT2M9]]
在留カード：[[RESIDENCE_CARD:DE77130452AA]]""")
T("foreign", """営業日報（[[安心院]]）
・[[ヴォー・ティ・タイン]]様　ご来店、軽自動車ご成約。保証人は勤務先社長の[[井坂]]様
・[[Thanh]]様からのLINE：「[[井坂]]社長が印鑑押してくれました」
・明日 [[Võ Thị Thanh]]様 住民票取得予定""")
T("foreign", """[[李 明華]]（[[り めいか]]／[[Li Minghua]]）様
台湾・台中出身。日本人のご主人[[吉川 拓]]様と二人暮らし。
ご住所：〒[[POSTAL_CODE:630-8115]] [[ADDRESS:奈良市大宮町2-7-16 グランコート新大宮302]]
ご主人名義でローン、[[李]]様は連帯保証人。""")
T("foreign", """受付メモ　[[SOUZA Fernando]]（姓が先に書いてある）→[[フェルナンド・ソウザ]]様
群馬・大泉町から来店、工場の同僚[[Makoto Higa]]さんと一緒""")
T("foreign", """[[Mohammed Al-Rashid]]様
[[CREED:ムスリム]]で、ラマダン期間中は日中の試乗を避けたいとのこと。
納車は日没後の18:30希望。
担当：[[海老原]]／店長：[[根本]]""")
T("foreign", """[[이준호]]（[[イ・ジュノ]]）様
韓国の運転免許から日本の免許へ切替中。切替完了まで家族の[[李 秀賢]]様が運転。
[[秀賢]]様 携帯：[[PHONE:090-5518-3027]]""")

# ---------------------------------------------------------------- kin
T("kin", """車両名義の件でご相談です。
昨年亡くなった父[[鈴木 寅吉]]の名義のままの軽トラがあります。相続人は母[[鈴木 ウメ]]と私[[鈴木 茂]]、妹の[[大河内 節子]]（旧姓[[鈴木]]）の三人です。
遺産分割協議書は司法書士の先生に作ってもらいました。
ナンバーは[[PLATE:前橋 480 あ 2-31]]です。
連絡先：[[PHONE:027-231-0946]]""")
T("kin", """妻の[[真由美]]が運転するので、妻も試乗させてください。
長男の[[大翔]]（高3）も来年免許を取る予定です。
[[小林 誠]]""")
T("kin", """孫の[[陽葵]]と[[湊]]を乗せるのでチャイルドシートを２つお願いします
祖母　[[長尾 フミ]]""")
T("kin", """旧姓：[[濵田]]　現姓：[[吉岡]]
お名前：[[吉岡 ゆかり]]様
ご結婚により姓が変わったため、保険の記名被保険者の変更手続き。
ご主人：[[吉岡 健二]]（当社 神戸店 勤務）""")
T("kin", """【相続による名義変更】
被相続人：[[勅使河原 正二]]（[[BIRTHDATE:昭和7年4月30日]]生、令和5年11月死亡）
相続人：長女 [[勅使河原 美智子]]
　　　　次女 [[小野 恵]]
車台番号：[[VIN:ZWR80-0182736]]
本籍：[[FAMILY_ORIGIN:千葉県香取市佐原イ1022]]""")
T("kin", """息子の[[りっくん]]がトミカの展示車に夢中で…また遊びに行きます！""", allow={"りっくん": "fused child's nickname (律 → りっくん); the stem りっ is not used alone"})
T("kin", """娘の[[杏]]です。父（[[蓮見 健太]]）に代わってご連絡しました。
父は先週から[[MEDICAL:入院して]]おりまして、点検の予約を延期したいです。
私の携帯：[[PHONE:080-2906-3374]]""")
T("kin", """（顧客カード備考）
ご主人：[[我妻 昭]]様（故人）
奥様：[[我妻 キヨ子]]様　[[BIRTHDATE:昭和１３年２月１日生]]
ご長男：[[我妻 浩二]]様（仙台在住、年１回帰省）
ご長女：[[佐伯 千恵]]様（近所、実質的な連絡窓口）[[PHONE:048-776-2815]]""")
T("kin", """義母（[[野々村 トメ]]）の免許返納を家族で考えています。
[[DISABILITY:目が見えにくくなって]]きたので、義母が乗っていた車を売りたいです。
夫の[[野々村 勝]]と相談済みです。
[[野々村 春香]]""")
T("kin", """兄の[[章]]、弟の[[稔]]と三人で父の車を相続しました。
父[[八木橋 勇]]は去年[[MEDICAL:がんで亡くなり]]ました。
売却の窓口は長男の兄がやります。""")
T("kin", """おじいちゃん（[[五月女 清]]）の車を、[[ゆいな]]（孫）が引き継ぎます。保険も[[ゆいな]]名義に変えたいです。
[[五月女 結菜]]
[[EMAIL:yuina.s@example.jp]]""")
T("kin", """姪の[[芽依]]ちゃんが就職祝いで軽を買うそうで、叔母の私（[[東郷 恵美子]]）が付き添いで伺います。""")
T("kin", """[[佐伯 千恵]]（旧姓[[我妻]]）
母[[キヨ子]]の車のことでお電話しました。母は[[MEDICAL:認知症の診断を受け]]、もう運転はやめさせたいと思っています。""")
T("kin", """配偶者：[[冨永 麻衣]]（パート）
子：[[冨永 蒼]]（中学生）、[[冨永 結月]]（小学生）
ローン申込者：[[冨永 湊]]
※配偶者の収入合算なし""")
T("kin", """うちのばあちゃんがね、昔から東西さんで買ってるから、孫の俺も東西さんで。ばあちゃんの名前は[[生田目 ハル]]、もう９２歳。担当は昔から[[飯泉]]さんだったって。
[[生田目 颯太]]""")
T("kin", """緊急連絡先は妹の[[藤枝 詩織]]（旧姓[[澁谷]]）でお願いします。
私（[[澁谷 恭平]]）は[[DISABILITY:聴覚障害]]があるため、電話ではなくメールでご連絡ください。
[[EMAIL:k.shibuya.deaf@example.org]]""")
T("kin", """相続手続き書類 受領メモ
故 [[岩佐 喜代子]] 様（[[BIRTHDATE:大正15年8月8日生]]）名義の軽自動車
代表相続人：[[岩佐 敏]]（長男）
戸籍謄本・除籍謄本・遺産分割協議書 受領
担当：[[関口]]""")
T("kin", """ママ友の[[はる]]ちゃんのだんなさん（[[浅見]]さん）に紹介されて来ました！うちの[[こたろう]]（２歳）が走り回ってすみませんでした🙇‍♀️""")
T("kin", """父：[[曾根 和夫]]
母：[[曾根 房江]]
本人：[[曾根 真司]]
三人とも同じ住所 [[ADDRESS:大阪市都島区友渕町1-6-4-1102]]
父名義のアルファードを本人名義に変更""")
T("kin", """お世話になっております。[[甲斐 由美子]]です。
主人の[[甲斐 朔太郎]]が単身赴任中のため、私が代わりに車検の手続きに伺います。
義父の[[甲斐 五郎]]（同居）も運転しますので、年齢条件は全年齢のままでお願いします。
[[PHONE:072-238-1156]]""")

# ---------------------------------------------------------------- plainprose
T("plainprose", """昨日の商談には[[髙橋一郎]]が同席し、[[濵田美穂]]と二人で[[勅使河原正二]]の長女に説明した。""")
T("plainprose", """大阪北店の[[大西正雄]]部長は、今期から法人営業も兼務することになった。前任の[[寺島浩之]]所長は和歌山店へ異動する。""")
T("plainprose", """納車式には[[蓮見健太]]さんと[[蓮見杏]]ちゃん、それに担当の[[風間颯]]君が並んで写真に収まった。""")
T("plainprose", """市の交通安全推進協議会では、[[冨田康夫]]議員や[[中井ユキ]]氏とともに、当社の[[鮫島隆]]が講演した。""")
T("plainprose", """[[澤田昌平]]は京都南店に十五年勤め、その間に[[櫻井遥]]や[[濱口大地]]ら多くの後輩を育てた。""")
T("plainprose", """地元の少年野球チームの[[岡島博文]]監督から、遠征用のマイクロバスについて相談があった。エースの[[井ノ口翔太]]選手の父親が当社の顧客だという縁である。""")
T("plainprose", """[[Kenji Yoshioka]]こと[[吉岡健二]]は、神戸店で唯一ドイツ語が話せる営業として知られている。""")
T("plainprose", """[[東郷恵美子]]殿
貴殿の永年の勤続に対し、ここに表彰します。
東西モビリティ株式会社　代表取締役　[[鮫島隆]]""")
T("plainprose", """整備士の[[阿久津誠]]と[[増渕蓮]]が、国家試験の一級に揃って合格した。[[阿久津]]は二度目の挑戦だった。""")
T("plainprose", """当日は[[宍戸直樹]]課長が急な[[MEDICAL:発熱]]で欠席したため、[[生田目武]]店長が代わりに挨拶を行った。""")
T("plainprose", """[[佐々木]]先生（かかりつけの内科）から、[[MEDICAL:血圧の薬を飲んでいる]]間は長距離運転を控えるよう言われたので、納車は近所の店にしてもらった、と[[小松崎賢治]]さんは話した。""")
T("plainprose", """前社長の[[大西敏夫]]氏と創業者の[[大西寅之助]]氏の写真が、本社の応接室に飾られている。""")
T("plainprose", """[[國分さゆり]]さんは、[[海老原翔]]からの見積りと、他店の[[小田切]]という営業からの見積りを比べて、最終的に当社に決めた。""")
T("plainprose", """高校時代の同級生である[[長尾芽依]]と[[黒羽陽翔]]が、同じ年に新卒で入社したのは偶然だった。""")
T("plainprose", """[[飯泉敏夫]]は、[[生田目ハル]]の車を四十年近く担当してきた。[[ハル]]さんは今でも[[飯泉]]を「[[とし]]ちゃん」と呼ぶ。""")
T("plainprose", """[[Hans Müller]]氏の後任として、ドイツ本社から[[Klaus Peter Schneider]]氏が着任した。[[Schneider]]氏の社用車は[[栗原玲奈]]が手配した。""")
T("plainprose", """先月、[[宇佐美しづ]]から[[宇佐美陽子]]へと車の名義が移った。手続きを担当したのは大宮店の[[強矢浩]]で、[[陽子]]さんの夫の[[宇佐美徹]]も立ち会った。""")
T("plainprose", """会議では[[辻孝之]]主任が冒頭に事故報告を行い、続いて[[德永]]様の件について[[垣内亮]]係長が補足した。""")
T("plainprose", """[[四方田修]]常務は「[[鷲見朋美]]君の提案を採用したい」と述べ、[[澁谷恭平]]君には実施計画の作成を指示した。""")
T("plainprose", """和歌山店では、[[雑賀孝一]]と[[湯川みのり]]がバイクコーナーの立ち上げを任された。[[雑賀]]の祖父はかつて地元でバイク屋を営んでいたという。""")

# ---------------------------------------------------------------- reviews
T("reviews", """★★★★★
営業の[[海老原]]さんがとにかく親切。値引きも頑張ってくれました。柏店おすすめです。""")
T("reviews", """★☆☆☆☆　対応最悪
車検出したのに返ってきたら傷が…。フロントの[[Ｔ]]って人に言ったら「元からです」って。もう行きません。""")
T("reviews", """【ブログ】新車納車しました！🚙✨
東西モビリティ横浜港北店で、ついに念願のSUVが納車されました〜！
担当してくれた[[わたべ]]さん（社内では「[[ワタ]]さん」と呼ばれてるらしい）、本当にありがとうございました！
納車式では店長の[[五十嵐]]さんも出てきてくれて、花束までいただいちゃいました💐
　　　　　　　　　　　　　　by [[みさ]]""")
T("reviews", """Q. 東西モビリティの下取り査定ってどうですか？
A. 先月、大宮で出しました。査定士の[[金子]]さん（たぶん買取センターの人）が来て、ネットの一括査定より10万高かったです。
　 回答者：[[ひろゆき]]@埼玉""")
T("reviews", """Google口コミ
[[Kaori Shinohara]]
★★★★☆ 2か月前
初めての輸入車でしたが[[栗原]]さんが丁寧に説明してくれました。ただ駐車場が狭い。""")
T("reviews", """子連れで行きました。キッズスペースが広くて、スタッフの[[ゆいな]]さん（名札にひらがなで書いてあった）が子どもと遊んでくれて助かりました😭
--[[まっちゃん]]ママ""", allow={"まっちゃん": "fused child's nickname (まつ… → まっちゃん)"})
T("reviews", """バイクコーナーの[[K]]さん（[[風間]]さん）、いつもありがとう！ツーリングの相談まで乗ってくれる最高の店員さん。
#トーザイバイクス #CB400SF""")
T("reviews", """知恵袋より
質問者：[[yuki_miyazato]]さん
東西モビリティ川崎店の[[茂木]]という営業さんから毎週電話が来ます。断っても来ます。どうすればいいですか？
ベストアンサー：[[のぶ]]さん
店長宛てにメールで「今後の連絡不要」と書けば止まりますよ。""")
T("reviews", """★★★★★ 神対応
事故で[[MEDICAL:むち打ちになって]]しまい、しばらく運転できなかったのですが、サービスの[[辻]]さんが保険会社とのやりとりを全部やってくれました。[[辻]]さんいなかったら心折れてた。
（[[S.K]]／堺市）""")
T("reviews", """ママブログ「[[ちぃ]]のゆる日記」
今日は姫路の東西さんで12か月点検〜🔧
いつもの[[きたお]]さんじゃなくて若い[[垣内]]くんが担当だった！イケメン！笑""")
T("reviews", """★★☆☆☆
納期の説明がころころ変わる。最初は[[白石]]さん、途中から[[黒田]]さんに担当が変わって引継ぎができてなかった。車自体は満足。
投稿者：[[にしだ]]""")
T("reviews", """【体験談】父の車の相続手続きをディーラーにお願いした話
父が亡くなって、名義変更って何から？状態でしたが、東西モビリティ前橋店の[[芝]]さんが書類を一覧にしてくれました。
相続人が3人いて、兄（[[章]]）の判子をもらうのが一番大変だったのはここだけの話…
[[八木橋 稔]]""")
T("reviews", """Rated 5/5 — Great service at Tozai Kobe! [[Kenji]] speaks German and English, made buying a car as a foreigner super easy. Ask for [[Yoshioka]]-san!
— [[Klaus S.]]""")
T("reviews", """店員の[[Ｈ]]さん（女性）の接客がとても良かったです。""")
T("reviews", """口コミ：奈良店
お客さん思いの店。[[辻本]]さん・[[奥野]]さんコンビは最強。
下取りの時、前のオーナー（祖父[[中西 勇]]）の話を覚えていてくれて泣きそうになりました。
[[中西 拓海]]""")
T("reviews", """Q: 障害者手帳で車の税金減免ってディーラーでやってもらえますか？
A: 私は[[DISABILITY:下肢障害で手帳2級]]ですが、前橋の東西モビリティでは担当の[[ムラカミ]]さんが全部手続きしてくれました。
回答者：[[keisuke_s]]""")
T("reviews", """★★★★☆
和歌山店、のんびりしてて好き。[[湯川]]さん（[[みのり]]ちゃん）と[[雑賀]]さんの漫才みたいな掛け合いが面白い😂""")
T("reviews", """#納車ブログ
ついに来ました！！
担当は[[ジョン]]さんこと[[城 俊介]]さん（みんなに[[ジョン]]って呼ばれてる笑）
試乗から納車まで3ヶ月、長かった〜
[[もも]]""")
T("reviews", """宇都宮店の整備士の[[増渕]]さんに感謝。雪道でスタックしたとき、休日なのに電話で対応してくれた。[[阿久津]]さんも来てくれて本当に助かりました。
[[黒羽 忠]]（日光市）""")
T("reviews", """【質問】ディーラーの営業に個人携帯を教えるのって普通？
川越店の[[F]]さんにLINE交換しようって言われて迷ってます。
—[[ななみ]]""")

# ---------------------------------------------------------------- records
T("records", """自動車検査証記録事項（抜粋）
自動車登録番号　[[PLATE:宇都宮 330 め 18-04]]
車台番号　[[VIN:ZVW60-4012853]]
所有者の氏名又は名称　[[生田目 颯太]]
所有者の住所　[[ADDRESS:栃木県宇都宮市今泉町2丁目11番地7]]
使用者の氏名又は名称　***
使用者の住所　***
有効期間の満了する日　令和8年5月16日""")
T("records", """委　任　状

私は、[[綿引 拓真]]を代理人と定め、下記の権限を委任します。
一、自動車の移転登録に関する申請の一切

令和6年9月10日
委任者　住所　[[ADDRESS:茨城県ひたちなか市東石川1-4-22]]
　　　　氏名　[[鯉渕 智子]]　㊞（[[鯉渕]]）""")
T("records", """領　収　書
[[大槻 正人]] 様
金額　￥１５８，４００－
但し　車両修理代として
上記正に領収いたしました
東西モビリティ株式会社 大宮店
担当　[[鴫原]]　（[[鴫原]]印）""")
T("records", """御見積書
No. Q-24-00871
[[畠山 久美子]] 様
下記の通り御見積申し上げます。
車両本体価格　2,398,000円
付属品　　　　　 184,800円
諸費用　　　　　 96,540円
合計　　　　　2,679,340円
有効期限：発行日より30日
東西モビリティ株式会社 千葉店
営業担当 [[紺野 大輔]]　　承認 [[菅原]]""")
T("records", """納品書
株式会社みなと物流 御中
ご担当：総務部 [[仲宗根]]様
品名：リース車両（ハイエースバン）×5台
納品日：2024年10月1日
受領印：[ [[仲宗根]] ]""")
T("records", """診療費明細書（写）
患者氏名　[[大槻 正人]]
診療科　整形外科
傷病名　[[MEDICAL:頸椎捻挫]]
初診日　2024年7月2日
医療機関　さいたま中央整形クリニック　院長 [[玉置 隆]]
※保険会社提出用として当社で受領""")
T("records", """交通事故証明書（写）
甲　[[大槻 正人]]　（[[BIRTHDATE:昭和63年1月19日]]生）
　　車両番号 [[PLATE:大宮 500 ひ 40-27]]
乙　不明（逃走）
事故類型　車両相互・追突
照会記録簿番号　第2407-1183号
発行　自動車安全運転センター埼玉県事務所長　[[斉藤 優]]""")
T("records", """自動車保険証券
保険契約者　[[冨永 湊]]
記名被保険者　[[冨永 湊]]
運転者限定　本人・配偶者限定（配偶者：[[冨永 麻衣]]）
証券番号　71-44820-913
代理店　みなと保険サービス株式会社　担当[[鬼塚]]""")
T("records", """印鑑登録証明書（写し）の受領
氏名　[[佐藤 博]]
生年月日　[[BIRTHDATE:昭和30年10月12日]]
住所　[[ADDRESS:さいたま市大宮区桜木町4丁目290番地]]
（印影：[[佐藤]]）""")
T("records", """譲渡証明書
譲渡人　[[Claire Martin]]　署名 [[C. Martin]]
譲受人　東西モビリティ株式会社
車名　ルノー　型式　ABA-RM5M　車台番号 [[VIN:VF15RRL0H56234517]]
譲渡年月日　令和6年11月3日""")
T("records", """修理見積書（板金）
有限会社松本ボデー
お客様：[[曾根 真司]] 様
作業：左リアドア交換・塗装
担当：[[松本]] 専務
見積合計：￥286,000（税込）""", allow={"松本": "also part of the shop name 有限会社松本ボデー"})
T("records", """保険金支払明細
被保険者　[[德永 雅人]]
事故日　2024年5月12日
支払内容　車両保険 ￥412,000
振込先　[[BANK_ACCOUNT:りそな銀行 堺支店 普通 0382195]]　口座名義 [[トクナガ マサト]]
損害サービス担当 [[鬼塚 真理子]]""")
T("records", """注文書
注文者　[[グエン・ヴァン・ナム]]（[[NGUYEN VAN NAM]]）
連帯保証人　[[井坂 茂]]（勤務先代表）㊞[[井坂]]
販売店担当者　[[安心院 葵]]
販売店責任者　店長 [[吉岡 健二]]""")
T("records", """車庫証明 所在図・配置図
申請者　[[ほしの としこ]]（代筆：[[星野 誠]]）
保管場所の位置　[[ADDRESS:さいたま市見沼区東大宮5-41-8]]
保管場所の所有者　[[星野 としこ]]（自己所有）""")
T("records", """自賠責保険証明書
契約者　[[蓮見 健太]]
住所　[[ADDRESS:横浜市都筑区茅ケ崎中央12-3-805]]
自動車登録番号　[[PLATE:横浜 337 ち 8-12]]
保険期間　2024年3月1日〜2027年3月31日""")
T("records", """売買契約書（業者間）
売主　東西モビリティ株式会社 買取センター（担当 [[宮里 悠希]]）
買主　有限会社関西オートトレード（代表取締役 [[堀 光男]]）
車台番号　[[VIN:GRS210-6009214]]
買主印　（[[堀]]）""")
T("records", """処方内容（お薬手帳のコピー、保険会社提出書類に添付）
氏名：[[小松崎 賢治]]
[[MEDICAL:アムロジピン錠5mg 1日1回朝食後]]
処方医：[[佐々木 一平]]""")
T("records", """請求書
[[Mohammed Al-Rashid]] 様
コーティング施工代 ￥77,000
お支払方法：クレジットカード [[CARD:4980 2407 4234 9044]]
発行：東西モビリティ 柏店　担当 [[海老原]]""")
T("records", """個人番号確認書類（法人リース 年末調整用）
従業員氏名　[[上原 大輝]]
個人番号　[[MY_NUMBER:2331 0839 2848]]
確認者　[[知念]]　確認印（[[知念]]）""")
T("records", """遺産分割協議書（写）抜粋
被相続人　[[岩佐 喜代子]]
相続財産　軽自動車（[[PLATE:川越 580 か 30-05]]）
上記は相続人[[岩佐 敏]]が取得する。
相続人　[[岩佐 敏]]　実印
相続人　[[黒沢 和江]]　実印""")

# ---------------------------------------------------------------- hardneg
T("hardneg", """お客さん、ホンダのフィットとスズキのスイフトで迷ってるみたいです。下取りはトヨタのカローラ、走行8万km。""")
T("hardneg", """運転手さんが川崎のKawasaki Z900RSで来店。川崎駅東口から10分、川崎店の裏に停めてもらいました。""")
T("hardneg", """板金は有限会社松本ボデー、ガラスは高島屋の裏にある石橋ガラス店に依頼。どちらも当社の協力工場です。""")
T("hardneg", """奥様が日産サクラを気に入られて、ご主人はシルビアの思い出話ばかり。お嬢様はセレナ推し。担当の[[福留]]がカタログをお渡ししました。""")
T("hardneg", """来店ルート：JR桜井駅→大和郡山→天理。奈良店は桜井市ではなく奈良市です。（桜井市の店舗はありません）""")
T("hardneg", """ペットの「ハナ」（柴犬）と「レオ」（猫）を車に乗せるので、シートカバーが欲しいそうです。飼い主の[[小宮山 五郎]]様より。""")
T("hardneg", """誠に申し訳ございません。清算処理の誤りで、博多方面への陸送費が二重に計上されておりました。勇退された前部長の件とは無関係です。""")
T("hardneg", """タイヤはブリヂストン、ダンロップ、ミシュラン、ヨコハマから選べます。オイルはモービル、ボッシュのワイパーも在庫あり。""")
T("hardneg", """さくら中央病院の駐車場でバッテリー上がり。救援は佐藤病院前のコンビニで待ち合わせ、とのことです。依頼者は病院の警備員さん（お名前聞きそびれ）。""")
T("hardneg", """大和田駅前店、新井薬師前店、中山（船橋市）の3か所でキャンペーン。ポップには「吉田町の皆さまへ」と入れる予定。""")
T("hardneg", """[[吉田]]さんへ：吉田町の件ではなく、吉田自動車整備（取引先）から部品が届いています。""", allow={"吉田": "also part of the place name 吉田町 and the company name 吉田自動車整備; only the staff address is a person"})
T("hardneg", """ポルシェ、フェラーリ、ランボルギーニ、ロールス・ロイス……輸入車ショップの在庫表にはベンツもマセラティもありますが、今月はフォードの入庫はありません。""")
T("hardneg", """ヤマハのセロー、ホンダのカブ、スズキの隼、カワサキのエストレヤ。バイクコーナーの中古在庫です。隼は予約済み。""")
T("hardneg", """担当者様、お世話になっております。大家さん経由で、管理人さんから駐車場の契約書が届きました。お隣さんの車庫証明は別件です。""")
T("hardneg", """東海大学付属相模高校、早稲田実業、慶應義塾の自動車部が合同で見学に来ます。引率は[[岡島]]先生です。""")
T("hardneg", """小山市の[[小山]]様ではなく、足利市にお住まいの[[佐野]]様でした。足利学校の近くです。""", allow={"小山": "also the city name 小山市"})
T("hardneg", """【社内報】ミスタードーナツとケンタッキーの差し入れありがとうございました！マクドナルド派の人もいるので次回は投票で。幹事：総務課""")
T("hardneg", """結城紬の着物のお客様がいらっしゃって、結城市からお越しとのことでした。お名前は[[結城]]様ではなく[[真壁 ヨシ]]様です。""", allow={"結城": "also the place name 結城市 and the product 結城紬"})
T("hardneg", """本田技研工業、豊田自動織機、鈴木自動車工業（旧社名）、松田工業……社名の由来は創業者の名字ですが、ここでは社名としてのみ扱います。""")
T("hardneg", """代車のナンバー [[PLATE:大宮 500 れ 63-01]]、車種はダイハツのミラ。ミラの鍵は「ミラ 代車3号」のタグ付き。ご主人様が[[MEDICAL:骨折]]で運転できないため、奥様が使用されます。""")


if __name__ == "__main__":
    main()
