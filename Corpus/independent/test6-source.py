# -*- coding: utf-8 -*-
"""independent/test6 corpus split for the Suminuri Japanese PII redactor.

Every text below is written by hand, inline, with span markers:
  [[value]]        -> PERSON
  [[LABEL:value]]  -> any other label of /work/shared/ANNOTATION.md
Run `python3 source.py`: it parses the markers, runs the checks and, only if
all checks pass, writes out.jsonl and stats.md (else prints errors, exit 1).
"""
import json
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

SOURCE = "synthetic:independent-test6"
ID_PREFIX = "ind6-"
STYLES = [
    "long_mail_quotes", "webform_forward", "staff_memo_fast", "elderly",
    "foreign_resident", "voice_input", "chat", "business", "accident_police",
    "health_welfare", "belief_origin_union", "hardneg",
]
PER_STYLE = 20

IDENTIFIER_LABELS = [
    "PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE",
    "MY_NUMBER", "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT",
    "RESIDENCE_CARD", "VIN",
]
SPECIAL_LABELS = [
    "RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL",
    "CRIME_VICTIM",
]
FINANCIAL_LABELS = ["UNION", "FAMILY_ORIGIN", "SEX_LIFE"]
LABELS = IDENTIFIER_LABELS + SPECIAL_LABELS + FINANCIAL_LABELS
SENSITIVE = set(SPECIAL_LABELS + FINANCIAL_LABELS)

# honorifics and titles that must not sit inside a PERSON span
HONORIFICS_JA = [
    "様", "さま", "サマ", "さん", "サン", "殿", "氏", "君", "くん", "クン", "ちゃん", "チャン",
    "先生", "課長", "部長", "主任", "店長", "社長", "係長", "次長", "専務", "常務", "会長",
    "院長", "所長", "署長", "巡査", "師長", "副店長", "マネージャー", "代表", "支店長",
]
HONORIFICS_LATIN = re.compile(r"(?i)(?<![A-Za-z])(mr|ms|mrs|miss|dr|san|sama|kun|chan)(?![A-Za-z])")
PARTICLE_END = ("は", "が", "を", "に", "で", "と", "も", "の", "へ", "や", "から", "まで", "より")

HON_RE = re.compile(r"([一-龥々ヶァ-ヺーA-Za-z]{1,6})(様(?!式|子|々)|さま|さん|殿|君|くん|ちゃん|氏(?!名))")
ROLE_NOUNS = ("お客", "弁護士", "越路", "名", "檀家", "信者", "門徒", "仕", "世話", "ーズ", "会社", "苦労", "疲れ", "ご馳走", "長岡市", "同", "子", "嬢", "屋", "客", "担当者", "担当", "利用者", "皆", "奥", "娘", "息子", "お嬢", "御中", "方", "患者",
              "お父", "お母", "父", "母", "妻", "夫", "旦那", "嫁", "孫", "兄", "姉", "弟", "妹", "祖父", "祖母",
              "大家", "お隣", "隣", "業者", "先方", "相手", "店員", "警察", "ご主人", "主人", "奥様", "神", "仏",
              "お医者", "医者", "看護師", "運転手", "家族", "親御", "子供", "子ども", "お子", "本人", "同僚",
              "後輩", "先輩", "上司", "部下", "営業", "整備士", "お巡り", "ヘルパー", "住職", "神主", "牧師",
              "ケアマネ", "保険屋", "被保険者", "契約者", "名義人", "申込者", "御社", "貴社", "皆々", "みな")
# reviewed by hand: not names (shop name, company name)
HON_SEEN_OK = {("ind6-0077", "ーズ長野南店"), ("ind6-0228", "田中自動車")}
MARK = re.compile(r"\[\[(?:([A-Z_]+):)?(.+?)\]\]", re.S)

DATA = []


def T(style, text, allow=()):
    """Register one text. allow: tuples (kind, surface, reason), kind in
    'occ' (a PERSON surface may occur outside a PERSON span here) or
    'hon' (a PERSON span may contain this honorific-looking string)."""
    DATA.append((style, text.strip("\n"), list(allow)))


KANJI_DIGITS = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4",
                "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
KANA_NUM = [("ぜろ", "0"), ("ゼロ", "0"), ("れい", "0"), ("まる", "0"), ("いち", "1"),
            ("にい", "2"), ("さん", "3"), ("よん", "4"), ("ごお", "5"), ("ろく", "6"),
            ("なな", "7"), ("しち", "7"), ("はち", "8"), ("きゅう", "9"), ("きゅー", "9"),
            ("イチ", "1"), ("ニイ", "2"), ("サン", "3"), ("ヨン", "4"), ("ゴオ", "5"), ("ロク", "6"),
            ("ナナ", "7"), ("ハチ", "8"), ("キュウ", "9"), ("レイ", "0"), ("マル", "0"),
            ("にー", "2"), ("に", "2"), ("し", "4"), ("ご", "5"), ("く", "9"), ("ニ", "2"), ("ゴ", "5"), ("ク", "9")]


def fold_digits(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(KANJI_DIGITS.get(c, c) for c in s)


def fold_kana_digits(s):
    s = fold_digits(s)
    out, i = [], 0
    while i < len(s):
        for k, v in KANA_NUM:
            if s.startswith(k, i):
                out.append(v)
                i += len(k)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def digits(s):
    return re.sub(r"\D", "", fold_digits(s))


def mynumber_ok(d):
    if len(d) != 12:
        return False
    p = [int(c) for c in d]
    tot = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        tot += p[11 - n] * q
    r = tot % 11
    return p[11] == (0 if r <= 1 else 11 - r)


def luhn_ok(d):
    if not 12 <= len(d) <= 19:
        return False
    t = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def parse(raw):
    text, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(raw):
        text.append(raw[last:m.start()])
        pos += len(raw[last:m.start()])
        label = m.group(1) or "PERSON"
        val = m.group(2)
        spans.append({"start": pos, "end": pos + len(val), "label": label})
        text.append(val)
        pos += len(val)
        last = m.end()
    text.append(raw[last:])
    return "".join(text), spans


def check_email(v):
    s = unicodedata.normalize("NFKC", v)
    s = s.replace("アットマーク", "@").replace("(at)", "@").replace("[at]", "@")
    s = s.replace("(dot)", ".").replace("ドット", ".").replace("どっと", ".")
    s = re.sub(r"\s+", "", s)
    if "@" not in s:
        return "no @ in e-mail"
    dom = s.split("@", 1)[1].strip().lower()
    ok = ("example.com", "example.jp", "example.net", "example.org")
    if not any(dom == d or dom.endswith("." + d) for d in ok):
        return "e-mail domain not example.*: " + dom
    return None


def main():
    errors, warnings = [], []
    records = []
    if len(DATA) != len(STYLES) * PER_STYLE:
        errors.append("count %d != %d" % (len(DATA), len(STYLES) * PER_STYLE))
    for i, (style, raw, allow) in enumerate(DATA):
        rid = "%s%04d" % (ID_PREFIX, i + 1)
        want = STYLES[min(i // PER_STYLE, len(STYLES) - 1)]
        if style != want:
            errors.append("%s: style %s, expected %s" % (rid, style, want))
        if "[[" in MARK.sub("", raw) or "]]" in MARK.sub("", raw):
            errors.append("%s: stray marker" % rid)
        text, spans = parse(raw)
        spans.sort(key=lambda s: (s["start"], s["end"]))
        occ_ok = {a[1]: a[2] for a in allow if a[0] == "occ"}
        hon_ok = {a[1]: a[2] for a in allow if a[0] == "hon"}
        prev_end = -1
        for s in spans:
            surf = text[s["start"]:s["end"]]
            lab = s["label"]
            tag = "%s [%s %r]" % (rid, lab, surf)
            if lab not in LABELS:
                errors.append(tag + ": unknown label")
            if not surf:
                errors.append(tag + ": empty span")
            if surf != surf.strip() or surf != surf.strip("\u3000"):
                errors.append(tag + ": leading/trailing whitespace")
            if s["start"] < prev_end:
                errors.append(tag + ": overlaps previous span")
            prev_end = max(prev_end, s["end"])
            d = digits(surf)
            if lab == "PERSON":
                for h in HONORIFICS_JA:
                    if h in surf and not any(h in k for k in hon_ok):
                        errors.append(tag + ": honorific/title %r inside PERSON" % h)
                if HONORIFICS_LATIN.search(surf) and surf not in hon_ok:
                    errors.append(tag + ": Latin title inside PERSON")
            elif lab == "MY_NUMBER":
                if not mynumber_ok(d):
                    errors.append(tag + ": bad My Number check digit")
            elif lab == "CARD":
                if not luhn_ok(d):
                    errors.append(tag + ": card fails Luhn")
            elif lab == "EMAIL":
                e = check_email(surf)
                if e:
                    errors.append(tag + ": " + e)
            elif lab == "POSTAL_CODE":
                if len(d) != 7 or surf.startswith("〒"):
                    errors.append(tag + ": postal code not 7 digits / has mark")
            elif lab == "DRIVER_LICENSE":
                if len(d) != 12:
                    errors.append(tag + ": licence not 12 digits")
            elif lab == "PHONE":
                pd = d if d else re.sub(r"\D", "", fold_kana_digits(surf))
                intl = unicodedata.normalize("NFKC", surf).startswith("+81")
                if intl:
                    if not 11 <= len(pd) <= 12:
                        errors.append(tag + ": +81 phone digit count %d" % len(pd))
                    else:
                        warnings.append(tag + ": +81 form")
                elif not 10 <= len(pd) <= 11:
                    errors.append(tag + ": phone has %d digits" % len(pd))
            elif lab == "ADDRESS":
                if surf.startswith("〒") or surf.startswith("住所"):
                    errors.append(tag + ": address starts with mark/label")
            elif lab == "RESIDENCE_CARD":
                if not re.fullmatch(r"[A-Z]{2}\d{8}[A-Z]{2}", unicodedata.normalize("NFKC", surf).replace(" ", "")):
                    errors.append(tag + ": residence card format")
            elif lab == "PASSPORT":
                if not re.fullmatch(r"[A-Z]{1,2}\d{7,8}", unicodedata.normalize("NFKC", surf).replace(" ", "")):
                    errors.append(tag + ": passport format")
            elif lab == "VIN":
                n = unicodedata.normalize("NFKC", surf)
                if not (re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", n) or re.fullmatch(r"[A-Z0-9]{2,8}-\d{5,8}", n)):
                    errors.append(tag + ": VIN / chassis format")
            if lab in SENSITIVE and surf.endswith(PARTICLE_END):
                warnings.append(tag + ": special-care span ends in a particle")
        # every occurrence of a PERSON surface lies inside a PERSON span
        pspans = [s for s in spans if s["label"] == "PERSON"]
        for surf in sorted({text[s["start"]:s["end"]] for s in pspans}):
            for m in re.finditer(re.escape(surf), text):
                inside = any(p["start"] <= m.start() and m.end() <= p["end"] for p in pspans)
                if not inside and surf not in occ_ok:
                    errors.append("%s: PERSON surface %r at %d outside a PERSON span" % (rid, surf, m.start()))
        for k in occ_ok:
            if k not in {text[s["start"]:s["end"]] for s in pspans}:
                errors.append("%s: unused occ allow-list entry %r" % (rid, k))
        # heuristic: a word right before an honorific that is not inside a PERSON span
        for m in HON_RE.finditer(text):
            w = m.group(1)
            if any(p["start"] <= m.end(1) - 1 < p["end"] for p in pspans):
                continue
            if any(w.endswith(r) for r in ROLE_NOUNS) or (rid, w) in HON_SEEN_OK:
                continue
            warnings.append("%s: possible unannotated name %r before %r" % (rid, w, m.group(2)))
        if not any(s["label"] in IDENTIFIER_LABELS for s in spans):
            warnings.append("%s: no identifier span" % rid)
        records.append(OrderedDict([
            ("id", rid), ("text", text),
            ("spans", [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]),
            ("source", SOURCE), ("note", "style=" + style)]))
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    texts = [r["text"] for r in records]
    if len(texts) != len(set(texts)):
        errors.append("duplicate texts")
    # split-level requirements
    lab_count = Counter(s["label"] for r in records for s in r["spans"])
    for lab in LABELS:
        if lab_count[lab] < 2:
            errors.append("label %s appears %d times (< 2)" % (lab, lab_count[lab]))
    n_sens = sum(lab_count[l] for l in SENSITIVE)
    if n_sens < 250:
        errors.append("special-care/financial spans %d < 250" % n_sens)
    if lab_count["PERSON"] < 500:
        errors.append("PERSON spans %d < 500" % lab_count["PERSON"])
    hard = [r for r in records if r["note"] == "style=hardneg"]
    hs = sum(1 for r in hard for s in r["spans"] if s["label"] in SENSITIVE)
    if hs > 2:
        errors.append("hardneg has %d sensitive spans (> 2)" % hs)
    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    with open("out.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_stats(records, lab_count)
    print("ok: %d texts, %d spans, %d PERSON, %d special-care/financial, %d warnings"
          % (len(records), sum(lab_count.values()), lab_count["PERSON"], n_sens, len(warnings)))


def write_stats(records, lab_count):
    persons = Counter(r["text"][s["start"]:s["end"]] for r in records for s in r["spans"] if s["label"] == "PERSON")
    by_style = OrderedDict((st, Counter()) for st in STYLES)
    texts_style = Counter()
    for r in records:
        st = r["note"][6:]
        texts_style[st] += 1
        for s in r["spans"]:
            by_style[st][s["label"]] += 1
    L = ["# stats: independent/test6", "",
         "texts: %d; spans: %d; texts without any span: %d" % (
             len(records), sum(lab_count.values()), sum(1 for r in records if not r["spans"])), "",
         "## spans per label", "", "| label | spans |", "| --- | --- |"]
    for lab in LABELS:
        L.append("| %s | %d |" % (lab, lab_count[lab]))
    L += ["", "identifier spans: %d; special-care spans: %d; financial-sector spans: %d" % (
        sum(lab_count[l] for l in IDENTIFIER_LABELS), sum(lab_count[l] for l in SPECIAL_LABELS),
        sum(lab_count[l] for l in FINANCIAL_LABELS)), ""]
    L += ["## per style", "", "| style | ids | texts | spans | PERSON | special+financial | labels |",
          "| --- | --- | --- | --- | --- | --- | --- |"]
    for k, st in enumerate(STYLES):
        c = by_style[st]
        L.append("| %s | %s%04d–%s%04d | %d | %d | %d | %d | %s |" % (
            st, ID_PREFIX, k * PER_STYLE + 1, ID_PREFIX, (k + 1) * PER_STYLE, texts_style[st],
            sum(c.values()), c["PERSON"], sum(c[l] for l in SENSITIVE),
            ", ".join("%s %d" % (l, c[l]) for l in LABELS if c[l])))
    L += ["", "## PERSON surfaces", "", "distinct PERSON surfaces: %d (of %d PERSON spans)" % (
        len(persons), sum(persons.values())), "",
          ", ".join("%s(%d)" % (p, n) if n > 1 else p for p, n in sorted(persons.items(), key=lambda x: (-x[1], x[0]))), ""]
    with open("stats.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L))


# ---------------------------------------------------------------------------
# Setting: 越路モーターグループ (Koshiji Motor Group), an invented car dealer
# group in 北陸・信越 with shops in Niigata, Toyama, Ishikawa, Fukui, Nagano.
# All people, numbers, plates, e-mails and house numbers are invented.
# ---------------------------------------------------------------------------


# ===========================================================================
# 1. long_mail_quotes (ind6-0001 .. 0020)
# ===========================================================================
T("long_mail_quotes", """
件名：Re: 車検のお見積りについて

越路モーターズ 長岡店
[[五十嵐]]様

お世話になっております。[[星野]]です。
お見積りありがとうございました。金額は了解しました、その内容で進めてください。

ひとつ相談なのですが、父（[[星野 政男]]）が去年の秋に[[MEDICAL:脳梗塞で倒れ]]、それから[[DISABILITY:右半身が不自由]]になりました。
最近は私が父の[[MEDICAL:通院]]の送り迎えをしているので、次の車は助手席が回転して外に出るタイプを考えています。
車検の代車の時にでも、展示車があれば見せてもらえると助かります。

引取りは３月１５日（土）の午前中でお願いします。午後は父の[[MEDICAL:リハビリ]]の付き添いがありますので。家は前と同じ [[ADDRESS:長岡市宮内４丁目１１－７]] です。

[[星野 恭子]]
携帯 [[PHONE:090-4471-2386]]

-----Original Message-----
> [[星野]]様
>
> いつもありがとうございます。越路モーターズ長岡店の[[五十嵐]]でございます。
> ご依頼いただいておりましたお車（[[PLATE:長岡 500 ね 48-21]]）の車検見積りを添付いたします。
> 法定費用込みで 98,450円（税込）、ワイパーゴムとブレーキフルードの交換を含みます。
> 走行 62,310km のため、タイミングベルトの交換はまだ不要です。
>
> ご不明点がございましたら、お気軽にお問い合わせください。
>
> ━━━━━━━━━━━━━━━━
> 越路モーターズ株式会社 長岡店
> サービスアドバイザー　[[五十嵐 拓真]]（[[イガラシ タクマ]]）
> 〒[[POSTAL_CODE:940-2106]] [[ADDRESS:新潟県長岡市古正寺町124番地3]]
> TEL [[PHONE:0258-27-6630]] ／ FAX [[PHONE:0258-27-6631]]
> ━━━━━━━━━━━━━━━━
""")

T("long_mail_quotes", """
[[竹内]]さん

こんばんは、[[北村]]です。返信おそくなってすみません。
下取りの件、妻とも話しましたが、やっぱり今のフィットは手放して新しい方に一本化することにしました。
査定額 32万円 は正直もう少し頑張ってほしいけど（笑）、前回言ってた冬タイヤのサービス込みなら OK です。

それと、名義は私じゃなくて妻の[[北村 由美子]]にしたいんですが、必要な書類は何ですか？
妻の印鑑証明は来週取りに行けます。妻はいま[[MEDICAL:腰を痛めて整形外科に通院中]]なので、書類のやりとりは基本的に私がします。

--
[[北村 健吾]]
[[EMAIL:kengo.kitamura@example.jp]]

On 2024/11/02 18:40, [[竹内 亮]] wrote:
> [[北村]]様
>
> 本日はご来店ありがとうございました。
> 下取り車（[[PLATE:富山 530 な 71-09]]、H28年式、走行 88,000km）の査定額は
> 320,000円となります。有効期限は 11月末までです。
> 新車の見積書番号は Q-24-11-0387 です。ご検討よろしくお願いいたします。
>
> 越路モーターズ 富山掛尾店　営業　[[竹内 亮]]
> 〒[[POSTAL_CODE:939-8211]] [[ADDRESS:富山市掛尾町508番地1]]
> [[PHONE:076-491-5520]]（代表）
""")

T("long_mail_quotes", """
件名：Re: Re: [[CRIME_VICTIM:当て逃げ]]の修理と保険について

越路モーターズ 金沢西インター店　[[川端]]様

昨日は代車の手配ありがとうございました。
ご質問の件です。警察には当日の夜に連絡して、[[CRIME_VICTIM:被害届]]も出しました。受理番号は教えてもらえなかったのですが、担当は金沢西警察署の[[宮腰]]さんという方でした。
スーパーの駐車場で[[CRIME_VICTIM:当て逃げされた]]ので相手はわかりません。防犯カメラを見てもらっているところです。

修理はそちらでお願いします。車両保険を使うかどうかは、見積りが出てから決めたいです。

[[寺井 美咲]]
[[PHONE:080-2963-1175]]

>> [[寺井]]様
>> このたびは大変でしたね。お怪我がなくて何よりです。
>> 保険会社に事故受付をいたしますので、以下を教えてください。
>> ・警察への届出の有無
>> ・発生日時と場所
>> ・相手の情報（分かる範囲で）
>>
>> 越路モーターズ 金沢西インター店
>> 保険担当　[[川端 志保]]
>> TEL [[PHONE:076-268-3301]]
>
> [[川端]]さん、ありがとうございます。10月21日の夕方、金沢市松島のスーパーです。
> 後ろのバンパーが割れています。写真を3枚送ります。
> [[寺井]]
""")

T("long_mail_quotes", """
越路モーターズ 上越高田店
ご担当　[[相馬]]様

メールで失礼します。[[栗田 和子]]の娘の[[栗田 奈緒]]です。
母は[[DISABILITY:耳がかなり遠く]]、[[DISABILITY:補聴器]]を付けても電話だとお話が聞き取れないため、今後のご連絡はこのメールか、母の家のFAXにお願いできますでしょうか。
FAX：[[PHONE:025-523-4418]]（母宅）

点検の日程は下の候補で大丈夫です。送迎は私がします。

[[奈緒]]

---- 2025年1月9日 木曜日 10:12 [[相馬 慎一]] <[[EMAIL:s.soma@koshiji-motors.example.jp]]> ----
> [[栗田 和子]]様
> 12か月点検のご案内です。ご都合のよい日をお知らせください。
>   ① 1/18(土) 10:00
>   ② 1/22(水) 14:00
>   ③ 1/25(土) 9:30
> お車：[[PLATE:上越 580 す 3-76]]　ご登録住所：[[ADDRESS:上越市大手町２－１４－３]]
> 先日お電話を差し上げましたが、つながりませんでしたのでメールいたしました。
""")

T("long_mail_quotes", """
Subject: Re: Re: Re: 福祉車両の試乗について

[[長谷川]]さま

何度もすみません、[[浅野]]です。
試乗の件、娘も連れて行きたいのですが、娘は[[DISABILITY:自閉スペクトラム症]]があって、初めての場所や人が多いところだとパニックになることがあります。
できれば平日の閉店間際など、お店が空いている時間だとありがたいです。
[[DISABILITY:療育手帳]]は持っていますので、減免の手続きも教えてください。

[[浅野]] ([[浅野 千晶]])

> [[浅野]]様
> ご丁寧にありがとうございます。お嬢様がご一緒でも大丈夫です。
> 平日でしたら 18:30 以降は比較的空いております。スロープ付きの展示車（N-BOX スロープ）もご用意できます。
> [[長谷川]]
>
>> [[長谷川]]さん
>> 先日はカタログありがとうございました。
>> スロープのタイプと、後ろの席が回転して降りるタイプ、どちらも試してみたいです。
>> [[浅野]]
>>
>>> [[浅野 千晶]] 様
>>> 福井大和田店の[[長谷川 聡]]です。お問い合わせありがとうございます。
>>> 福祉車両の試乗は予約制となっております。
>>> 〒[[POSTAL_CODE:910-0836]] [[ADDRESS:福井市大和田2丁目1208]]　TEL [[PHONE:0776-54-8120]]
""")

T("long_mail_quotes", """
件名：社用車リース入替の件（株式会社ヤマセ物流）

越路モーターズ法人営業部
[[稲垣]]課長

平素よりお世話になっております。ヤマセ物流総務の[[片山]]でございます。
先日ご提案いただいた入替プラン（プランB：ハイエース 3台、プロボックス 5台）で社内決裁が下りました。
契約書の送付先は下記でお願いいたします。

〒[[POSTAL_CODE:930-0856]]
[[ADDRESS:富山県富山市牛島新町７番３号 ヤマセビル４Ｆ]]
株式会社ヤマセ物流　総務部　[[片山 里美]]
直通 [[PHONE:076-444-0917]]

なお、返却車両のうち1台（[[PLATE:富山 400 す 20-11]]）は、ドライバーの[[大橋]]が先月（[[MEDICAL:持病の腰痛の悪化]]により）退職しており、鍵が1本しか見つかっておりません。申し訳ございません。

> [[片山]]様
> いつもお世話になっております。越路モーターズ法人営業部の[[稲垣]]です。
> 入替プランを2案お送りいたします。月額はいずれも税別、メンテナンスリース込みです。
>   プランA　月額 412,000円
>   プランB　月額 398,500円
> 契約期間は5年、走行距離上限は月2,500kmとなっております。
> ご検討のほどよろしくお願いいたします。
>
> 越路モーターズ株式会社　法人営業部　課長　[[稲垣 誠司]]
> [[EMAIL:inagaki.s@koshiji-motors.example.jp]]
""")

T("long_mail_quotes", """
件名：Re: 先日の接客について（お詫び）

[[酒井]]店長

ご返信ありがとうございます。[[米澤]]です。
お詫びの言葉はいただきましたが、正直まだ納得はしていません。
あの日、私は予約の時間どおりに行ったのに、担当の[[前田]]さんは別のお客さんと30分以上話していて、私には何の説明もありませんでした。
その後、代わりに対応してくれた[[荒木]]さんはとても丁寧だったので、今後は[[荒木]]さんに担当をお願いしたいです。
私は[[DISABILITY:吃音]]があるので、急かされると余計にうまく話せなくなります。その点もご理解いただければ幸いです。

[[米澤 昌平]]
[[PHONE:080-5512-0349]]

------
> [[米澤 昌平]]様
>
> 越路モーターズ小松店 店長の[[酒井]]でございます。
> このたびは、ご予約のお時間にお待たせしたうえ、ご説明も不十分であったとのこと、誠に申し訳ございませんでした。
> 担当の[[前田]]には厳しく指導いたしました。
> 今後の担当変更についてもご希望を承ります。
>
> 越路モーターズ株式会社 小松店　店長　[[酒井 康弘]]
> 〒[[POSTAL_CODE:923-0961]] [[ADDRESS:石川県小松市向本折町ホ58]]
> [[PHONE:0761-22-7045]]
""")

T("long_mail_quotes", """
件名：Re: オートローン審査書類のご案内

[[宮下]]様

お世話になります。[[赤羽 修]]です。
書類、週末にそろえました。源泉徴収票と免許証のコピーを添付します。
ローンは会社の[[UNION:労働組合に入っている]]ので、組合経由の労金の方が金利が安いかもしれないと同僚に言われました。
そちらのローンと比較してから決めてもいいですか？

引き落とし口座は給与振込と同じ、信州あずさ銀行 上田駅前支店 [[BANK_ACCOUNT:普通 3108472]] です。
名義は [[アカハネ オサム]] です。

> [[赤羽]]様
> 先日はご契約ありがとうございました。越路モーターズ上田店の[[宮下]]です。
> オートローン（お申込番号 L2405-0193）の審査に必要な書類は次のとおりです。
>  1. 運転免許証のコピー（両面）
>  2. 源泉徴収票（前年分）
>  3. 引き落とし口座の通帳の写し
> 金利は実質年率 3.9％、60回払いで月々 38,200円 の予定です。
>
> 越路モーターズ 上田店 営業 [[宮下 遥]]
> [[ADDRESS:長野県上田市中央3丁目6番14号]]  [[PHONE:0268-22-5187]]
""")

T("long_mail_quotes", """
[[中西]]さん

お疲れさまです、[[東 梨沙]]です。
納車日の件ですが、実は[[MEDICAL:妊娠8か月]]で（[[MEDICAL:つわり]]はもう落ち着きました）、来月の半ばから里帰りする予定になりました。
なので、できれば今月中（12/20まで）に納車してもらえると本当に助かります…！
チャイルドシートの取り付けも一緒にお願いしたいです。

それと、登録の住所は実家ではなく、今の [[ADDRESS:福井県坂井市三国町宿２丁目8-15 コーポ宿 201]] のままでお願いします。

[[東]]

2024年12月2日(月) 11:05 [[中西 大輔]] <[[EMAIL:d.nakanishi@koshiji-motors.example.jp]]>:
> [[東]]様
> いつもお世話になっております。
> ご注文いただいたお車（注文番号 FK-241118-07）ですが、メーカーからの出荷が12月第3週の見込みです。
> 登録・納車は早くて12/23頃になりそうです。
> ご希望の日程があればお知らせください。
> 越路モーターズ 福井大和田店　[[中西]]
""")

T("long_mail_quotes", """
Subject: Re: Test drive / 試乗の予約

Hi Mr. [[Kobayashi]],

Thank you for your quick reply. Saturday 10am is fine for me.
My wife [[Emily]] will come with me. She doesn't drive now because of her [[MEDICAL:pregnancy]], so only I will drive.
Could you send me the map of the Matsumoto shop again? The link in your mail did not open.

Best regards,
[[Daniel Whitmore]]
[[PHONE:+81 90-6624-1873]]

> [[Whitmore]]様 / Dear Mr. [[Whitmore]],
>
> 越路モーターズ松本店の[[小林]]です。試乗のご予約ありがとうございます。
> Saturday, 10:00 or 14:00 is available.
> Please bring your driver's license (international or Japanese).
> 店舗：[[ADDRESS:長野県松本市渚1丁目7番22号]]
>
> [[小林 誠]] / [[Makoto Kobayashi]]
> 越路モーターズ株式会社 松本店
> [[PHONE:0263-25-4410]]
""")

T("long_mail_quotes", """
件名：FW: 車庫証明の住所について（[[能登谷]]様）

[[魚住]]さん

お疲れさまです。[[能登谷]]様から下記のメールが来ました。
保管場所が自宅と違うので、所在図と使用承諾書が別途必要です。月曜にお客様に電話して説明してもらえますか。
私は月曜休みなので、よろしくお願いします。

営業課　[[道下]]

-------- 転送メッセージ --------
差出人: [[能登谷 悠]] <[[EMAIL:yu.notoya@example.com]]>
日付: 2025/02/14 22:31
件名: 車庫証明の住所について

[[道下]]さん
夜分にすみません。車庫の住所ですが、自宅（[[ADDRESS:金沢市泉野町６丁目１５番２２号]]）ではなく、
歩いて5分くらいの月極駐車場になります。住所は [[ADDRESS:金沢市泉野出町３丁目７－１０]] の「泉野第２パーキング」の12番です。
大家さんは [[山岸]] さんという方で、使用承諾書はもらえるそうです。
よろしくお願いします。
[[能登谷]]
""")

T("long_mail_quotes", """
件名：息子の保険のことでご相談

越路モーターズ 長野南店
保険ご担当　[[百瀬]]様

いつもお世話になっております。[[滝沢 久美子]]です。
お恥ずかしい話で大変申し上げにくいのですが、息子の[[滝沢 翔]]が先月、[[CRIMINAL:酒気帯び運転で検挙され]]、免許取消しになりました。
息子名義の軽自動車（[[PLATE:長野 580 ち 9-14]]）は当分乗れないため、任意保険を中断できるか教えていただけますか。
中断証明書というものがあると聞きました。息子は今、[[CRIMINAL:略式起訴で罰金]]になると弁護士さんから言われております。

車は当面、私が乗ることになると思います。その場合、車の名義変更も必要でしょうか。

[[滝沢 久美子]]
[[PHONE:026-293-8051]]（自宅）

> [[滝沢]]様
> ご連絡ありがとうございます。長野南店の[[百瀬]]です。
> ご相談の件、承知いたしました。
> 中断証明書の発行には、解約日と車両の状況の確認が必要になります。
> 一度お電話でお話を伺えますでしょうか。
> [[百瀬 直樹]]　[[PHONE:026-285-3370]]
""")

T("long_mail_quotes", """
件名：Re: [[CRIME_VICTIM:盗難車両]]の件

[[桑原]]様

ご連絡ありがとうございます。[[新保 隆之]]です。
おっしゃる通り、車検証のコピーを探したら出てきました。車台番号は [[VIN:ZWR90-0183527]] です。
警察（新潟東警察署）には[[CRIME_VICTIM:盗難届]]を出してあり、受理番号は 第2025-0417号 と言われました。
自宅の駐車場から夜のうちに[[CRIME_VICTIM:盗まれた]]ようで、近所でも同じ車種が狙われているそうです。
保険会社への連絡はお願いしてもよろしいでしょうか。

[[新保]]

> [[新保]]様
> このたびは、[[CRIME_VICTIM:お車の盗難]]とのこと、心中お察しいたします。
> 車両保険の盗難補償をご利用いただけます。
> 保険会社への事故報告のため、
>   ・車台番号（車検証に記載）
>   ・警察の受理番号
> をお知らせいただけますか。
> ナンバーは [[PLATE:新潟 330 ふ 56-08]] で登録されているものと承知しております。
> 越路モーターズ 新潟中央店　保険課　[[桑原 美穂]]
> [[PHONE:025-245-7712]]
""")

T("long_mail_quotes", """
件名：Re: 点検日の変更のお願い

[[今井]]さん

たびたび申し訳ありません。[[丸山]]です。
私、週３回[[MEDICAL:人工透析を受けている]]のですが、病院のほうで曜日が月水金から火木土に変わってしまいました。
なので点検の日を、月曜か水曜に変えてもらえますか。午前中なら大丈夫です。[[MEDICAL:シャント]]のある左腕はあまり使えないので、重い書類の持ち運びは助かります。
[[MEDICAL:透析]]の日は帰ってくるとぐったりしてしまうので、その日は避けたいです。

[[丸山 孝]]
[[PHONE:0766-23-9045]]

> [[丸山]]様
> いつもありがとうございます。高岡店の[[今井]]でございます。
> 6か月点検のご予約を 5月17日（土）10時 で承りました。
> 所要時間は約1時間、代車は不要と伺っております。
> [[今井 啓太]]
> 越路モーターズ 高岡店　[[ADDRESS:富山県高岡市下伏間江352]]
""")

T("long_mail_quotes", """
件名：納車の段取りについて

越路モーターズ敦賀店
[[松田]] 様

いつもお世話になっております。[[荒川 美紀]]です。
夫（[[荒川 哲也]]）は平日単身赴任で大阪にいるので、納車は私ひとりで受け取ります。
お店に取りに行くのは難しいので、自宅まで持ってきていただけると助かります。
住所：[[ADDRESS:敦賀市木崎４１－２－６]]
目印は、角のクリーニング屋さんの隣の白い家です。

あと、夫がETCカードを作りたいと言っていました。申込書を一緒に持ってきてもらえますか。
よろしくお願いいたします。

>  [[荒川]]様
>  ご注文ありがとうございました。
>  ご納車は 4月6日（日）で調整中です。お届けと店頭納車のどちらがよろしいでしょうか。
>  登録費用のお振込み先は請求書に記載しております（請求書No. 0406-TSR-22）。
>  敦賀店　[[松田 翼]]　[[PHONE:0770-21-6658]]
""")

T("long_mail_quotes", """
件名：Re: お支払い方法について

[[奥村]]様

ご返信ありがとうございます。[[宮崎 智也]]です。
カードで払えると聞いて安心しました。
番号を書いておきます。[[CARD:4532 0189 4471 2034]]　有効期限 09/27 です。
名義は [[TOMOYA MIYAZAKI]] です。
一括でお願いします。

[[宮崎]]

> [[宮崎]]様
> ご連絡ありがとうございます。金沢西インター店の[[奥村]]です。
> オプション代金（ドライブレコーダー・フロアマット　計 86,900円）は、店頭でクレジットカードでのお支払いも可能です。
> ※セキュリティの都合上、カード番号はメールでお送りいただかないようお願いいたします。
> 次回ご来店時に決済端末にて承ります。
> [[奥村 佳奈]]
""")

T("long_mail_quotes", """
件名：スタッドレスタイヤの交換予約

越路モーターズ 長野南店　サービス受付　御中

はじめてメールします。[[宮坂 悠斗]]（[[ミヤサカ ユウト]]）と申します。
去年の冬まで実家の父（[[宮坂 一郎]]）の名義で車を見ていただいていましたが、今年から私の名義に変わりました。
車は同じです（[[PLATE:長野 300 や 11-52]]）。
スタッドレスへの履き替えを11月の最初の土日でお願いしたいです。タイヤは預かりの分を使ってください（預かり番号 T-0883）。

連絡先
[[EMAIL:miyasaka.yuto@example.org]]
[[PHONE:090-8126-4430]]

> ご連絡ありがとうございます。
> 11月2日(土)は満枠となっておりまして、3日(日)の 13:30 はいかがでしょうか。
> 長野南店サービス　[[赤羽]]
""")

T("long_mail_quotes", """
件名：Re: ご来店日時について

[[新田]]様

ご丁寧にありがとうございます。[[青山 ひかり]]です。
日曜日は[[CREED:家族で教会の礼拝に通っている]]ので、午前中は難しいです。
午後2時以降でしたら大丈夫です。主人の[[青山 実]]も一緒に伺います。娘も[[CREED:教会学校に通っている]]ので、夕方は送迎で忙しくなります。

それから、前回お話しした娘の送迎用の車ですが、7人乗りで検討しています。

[[青山]]

> [[青山]]様
> 先日はお電話ありがとうございました。上越高田店の[[新田]]です。
> ご来店のご希望日時をお知らせいただけますでしょうか。
> 土日は 9:30～18:00 で営業しております。
> 〒[[POSTAL_CODE:943-0834]] [[ADDRESS:上越市西城町3丁目9番5号]]
> [[新田 紘一]]
""")

T("long_mail_quotes", """
件名：Re: 契約の延期について

[[土田]]さん

すみません、私事ですが少し長くなります。
実は今年の春から[[MEDICAL:うつ病で休職しています]]。
[[MEDICAL:主治医の指示]]で、今は大きな買い物や決断は控えているので、新車の契約を少し延ばしていただけないでしょうか。
手付金の5万円はそのまま預けておいて大丈夫です。[[MEDICAL:薬の副作用]]で眠気が強いので、今は運転も控えています。
復職の目処が立ったら、またこちらから連絡します。

[[村上 恭平]]

> [[村上]]様
> ご連絡ありがとうございます。新潟中央店の[[土田]]です。
> 先日ご試乗いただいたお車ですが、ご契約の日程はいかがいたしましょうか。
> 見積書（No. NC-2406-551）の有効期限は6月30日となっております。
> [[土田 美和]]
""")

T("long_mail_quotes", """
件名：Re: 自動車保険の見積りに必要な情報

越路モーターズ 富山掛尾店
保険担当　[[樋口]]様

お世話になります。[[金子 優]]です。お見積りに必要な情報をお送りします。

記名被保険者：[[金子 優]]（[[カネコ ユウ]]）
生年月日：[[BIRTHDATE:1991年7月23日]]
免許証番号：第 [[DRIVER_LICENSE:5012 3445 6781]] 号
免許の色：ゴールド
運転者：本人・配偶者（[[金子 沙織]]、[[BIRTHDATE:平成5年2月9日生まれ]]）
※妻は[[DISABILITY:聴覚障害]]があり、免許の条件欄に「[[DISABILITY:補聴器]]」と記載されています。

前の保険は他社で、等級は 16等級、事故はありません。
よろしくお願いします。

> [[金子]]様
> 保険のお見積りには、記名被保険者の生年月日と免許証番号、運転者の範囲が必要です。
> 個人情報の取扱いについては、当社のプライバシーポリシーをご確認ください。
> [[樋口 由紀]]
""")

# ===========================================================================
# 2. webform_forward (ind6-0021 .. 0040)
# ===========================================================================
T("webform_forward", """
[[吉田]]さん、試乗予約が入りました。対応お願いします。（[[南]]）

---------- Forwarded message ---------
From: 越路モーターズ Webサイト <[[EMAIL:noreply@koshiji-motors.example.jp]]>
Date: 2025年3月8日(土) 21:14
Subject: 【試乗予約】新潟中央店

■お名前　　　：[[小川 瑞穂]]
■フリガナ　　：[[オガワ ミズホ]]
■郵便番号　　：[[POSTAL_CODE:950-0914]]
■ご住所　　　：[[ADDRESS:新潟県新潟市中央区紫竹山5丁目3番18号]]
■電話番号　　：[[PHONE:080-3314-9027]]
■メール　　　：[[EMAIL:mizuho_ogawa@example.jp]]
■希望車種　　：ヤリスクロス HYBRID Z
■希望日時　　：3月15日 11:00
■ご要望　　　：子ども（2歳）を連れて行きます。キッズスペースはありますか？
""")

T("webform_forward", """
FYI 見積依頼です。下取りもあり。担当は[[渡辺]]でいきます。

> 【お見積り依頼フォーム】受付番号：WEB-250311-0042
> 氏名：[[髙橋 伸之]]
> ふりがな：[[たかはし のぶゆき]]
> 住所：〒[[POSTAL_CODE:930-0083]] [[ADDRESS:富山市総曲輪２丁目８－２３ シティハイツ総曲輪 ５０２号]]
> TEL：[[PHONE:076-432-1850]]
> 携帯：[[PHONE:090-2275-6148]]
> E-mail：[[EMAIL:n.takahashi@example.net]]
> 希望車種：シエンタ
> 下取り車：H30 ノート e-POWER　走行 54,000km　車検 R7.9
> 備考：電話は平日18時以降でお願いします（日中は[[MEDICAL:リハビリに通っている]]ため）
""")

T("webform_forward", """
件名: Fwd: [査定申込] 金沢西インター店

査定の申込です。[[宮腰]]さんお願いします。

--- 申込内容 ---
[お名前] [[中川 勇気]]
[年齢] 34
[電話] [[PHONE:０７６－２３７－５５０８]]
[メールアドレス] [[EMAIL:yuuki.nakagawa@example.com]]
[車種] ステップワゴン スパーダ
[年式] 2017
[走行距離] 約 9万 km
[車検満了日] 令和7年11月
[修復歴] なし
[ご希望の査定方法] 出張査定
[出張先] [[ADDRESS:石川県金沢市西念３－２２－６]]
[備考] 平日は仕事なので土曜の午後で
""")

T("webform_forward", """
福祉車両の相談フォームからです。内容が込み入っているので[[長谷川]]さん対応でお願いします。　[[野々村]]

==================================
お問い合わせ種別：福祉車両について
お名前：[[前川 とし子]]
ご連絡先：[[PHONE:0776-35-2964]]
ご住所：[[ADDRESS:福井市花堂南１丁目１２－３１]]
ご利用になる方：夫（78歳）
ご利用者の状況：[[DISABILITY:車いすを使用]]。[[MEDICAL:パーキンソン病]]で、最近は[[DISABILITY:立ち上がりも介助が必要]]です。[[MEDICAL:胃ろう]]もあるため、長時間の移動は難しいです。
ご相談内容：車いすのまま乗れる車を探しています。デイサービスへの送迎も家族でしたいと思っています。
ご希望の連絡方法：電話（午前中）
==================================
""")

T("webform_forward", """
Subject: 【点検予約】受付のお知らせ（長岡店）

以下の内容で点検予約を受け付けました。

予約番号　　　　R-2504-0771
ご予約者名　　　[[佐藤 航平]] 様
電話番号　　　　[[PHONE:0258-35-0642]]
車両番号　　　　[[PLATE:長岡 300 あ 8-39]]
車名　　　　　　CX-5
ご希望日　　　　2025/04/26 (土) 09:00
作業内容　　　　法定12か月点検、オイル交換
代車　　　　　　不要
その他　　　　　なし

※このメールは送信専用アドレスから送信しています。
""")

T("webform_forward", """
From: [[関 雅人]]（上田店）
To: 本部 Webチーム
Subject: 資料請求フォームが文字化け？

お疲れさまです。下の資料請求、住所欄に改行が入っていて送付先が分かりにくいです。
たぶん「[[ADDRESS:上田市常田２丁目９－４ ﾒｿﾞﾝ常田 103]]」だと思いますが、念のため本人に確認します。

----- 受信内容 -----
ご氏名：[[ﾊﾗ ｻﾄｼ]]（[[原 聡]]）
ご住所：[[ADDRESS:上田市常田
２丁目９－４
ﾒｿﾞﾝ常田 103]]
郵便番号：[[POSTAL_CODE:3860018]]
請求資料：アウトランダーPHEV カタログ、価格表
電話：[[PHONE:0268 75 3091]]
--------------------
""")

T("webform_forward", """
人事の[[小池]]です。採用サイトから整備士の応募が来たので、店長会で共有します。
健康欄の記載は面接官以外には回さないでください。

【応募フォーム】職種：自動車整備士（正社員）／勤務地：長野南店
氏名　　[[藤森 大樹]]（[[フジモリ ダイキ]]）
生年月日　[[BIRTHDATE:2001/05/14]]
現住所　〒[[POSTAL_CODE:380-0928]] [[ADDRESS:長野県長野市若里４丁目２２－１ レオパレス若里 ２０８]]
電話　[[PHONE:090-6671-3024]]
保有資格　二級ガソリン自動車整備士、普通自動車免許（AT限定なし）
健康状態　[[MEDICAL:てんかんの持病があり服薬中]]（2年以上発作なし、[[MEDICAL:主治医の許可あり]]）
志望動機　地元で長く働きたいと思い応募しました。
""")

T("webform_forward", """
--- ローン事前審査 申込データ（自動送信） ---
申込ID: PRE-0519-3317
店舗: 福井大和田店 / 担当: [[中西]]
申込者氏名: [[竹田 一輝]]
カナ: [[タケダ カズキ]]
生年月日: [[BIRTHDATE:昭和62年10月3日]]
自宅住所: [[ADDRESS:福井県鯖江市神明町３丁目４－１７]]
電話: [[PHONE:0778-52-6640]]
勤務先: 株式会社鯖江フレーム（眼鏡枠製造）
勤続年数: 9年
年収: 420万円
他社借入: なし
健康状態（団信告知）: [[MEDICAL:高血圧で服薬中]]
返済口座: 越前第一銀行 鯖江支店 [[BANK_ACCOUNT:普通預金 0728154]]
希望借入額: 1,800,000円 / 60回
""")

T("webform_forward", """
英語のお問い合わせです。どなたか英語できる方いますか？　→ 松本店の[[小林]]さんが対応可とのこと。

=== Contact form (EN) ===
Name: [[Ana Lucia Ferreira]]
Phone: [[PHONE:080-9052-7413]]
Email: [[EMAIL:analucia.f@example.com]]
Preferred shop: Matsumoto
Message:
Hello, I am living in Azumino and I want to buy a used kei car, budget about 600,000 yen.
I have a Japanese driver license. Can I pay in 12 months? My husband [[Rafael]] will also come.
Thank you!
""")

T("webform_forward", """
【要対応】フォームの「本人確認書類の番号」欄にマイナンバーが入力されています。
個人番号は取得できないので、システムから削除のうえ、お客様に免許証番号での再入力をお願いしてください。（情報管理担当　[[桜井]]）

受付番号: W-0622-118
お名前: [[平野 絢子]]
電話: [[PHONE:025-228-4476]]
本人確認書類: マイナンバーカード
本人確認書類の番号: [[MY_NUMBER:382154709622]]
ご用件: 車の名義変更（亡くなった父から私へ）
""")

T("webform_forward", """
Fwd: リコール対象確認フォーム

お客様から車台番号の入力がありました。対象か照会お願いします。

・お名前：[[大島 敬]]
・車名：プリウス
・車台番号：[[VIN:ZVW51-6092384]]
・型式：DAA-ZVW51（←これは型式なので照会には使いません）
・ご連絡先：[[EMAIL:t-oshima@example.org]]
・メッセージ：ダイレクトメールでリコールの案内が来たのですが、うちの車が対象か分かりません。
""")

T("webform_forward", """
中古車在庫の問い合わせです。在庫表の番号で来ています。[[浜田]]さん確認お願いします。

　在庫No.　　　　　　　　U-0312-A45
　車名　　　　　　　　　 ハスラー Jスタイル
　本体価格　　　　　　　 1,289,000円
　走行距離　　　　　　　 23,400km
　お名前　　　　　　　　 [[坂井 蒼]]
　電話番号　　　　　　　 [[PHONE:0761-47-2290]]
　ご質問　　　　　　　　 まだありますか？4WDですか？明日見に行けます
""")

T("webform_forward", """
部品注文フォーム受信

品番1: 90915-YZZD4（オイルフィルター）×2
品番2: 04465-52320（フロントブレーキパッド）×1
品番3: 85242-52030（リヤワイパーゴム）×1
お名前: [[寺田 光]]
メール: [[EMAIL:hikaru.terada@example.jp]]
受取方法: 店頭（高岡店）
備考: 自分で交換します。入荷したらメールください。
""")

T("webform_forward", """
キッズ洗車体験（8/10）の申込です。定員まであと3組。[[吉村]]

保護者氏名：[[杉本 真理子]]
参加するお子さま：
　①[[杉本 陽向]]（[[ひなた]]）　7歳
　②[[杉本 結衣]]（[[ゆい]]）　4歳
電話：[[PHONE:090-3380-5126]]
アレルギーなど：[[結衣]]は[[MEDICAL:卵アレルギーがあります]]（おやつの配慮をお願いします）
来場手段：車（駐車場利用あり）
""")

T("webform_forward", """
Subject: 【来店予約】金沢西インター店 2025/06/07 13:00

ご予約者：[[能村 早苗]] 様
電話：[[PHONE:076-249-1832]]
ご来店人数：2名
ご用件：新車の相談（軽自動車）
ご来店にあたり配慮が必要なこと：
[[DISABILITY:全盲]]のため、[[DISABILITY:盲導犬]]と一緒に伺います。運転は娘がします。書類は娘に読み上げてもらう予定です。

――――
店舗メモ（[[宮腰]]）：店内に盲導犬OKの表示を出しておく。商談ブースは入口近くの1番で。
""")

T("webform_forward", """
お客様の声フォームに厳しめの投稿がありました。店長確認済み、[[北野]]課長へ転送します。　上越高田店 [[新田]]

投稿日時：2025-05-19 23:48
お名前（任意）：未記入
ご利用店舗：上越高田店
内容：
点検に出したら、返ってきた車のシートに油汚れがついていた。受付の女性（名札は[[藤井]]さん？）に言ったら「確認します」と言われたきり、連絡がない。
前の担当の[[相馬]]さんの時はこんなことはなかった。
ちゃんと対応してほしい。
""")

T("webform_forward", """
予約キャンセル通知

予約番号: R-2506-0112
お名前: [[神田 理恵]]
キャンセル理由: [[MEDICAL:入院することになった]]ため（[[MEDICAL:手術]]の予定です。退院したらまた連絡します）
""")

T("webform_forward", """
■■ ご来店アンケート回答 ■■
対応したスタッフの名前：[[ほりうち]]さん（たぶん[[堀内]]さん）
満足度：★★★★★
よかった点：説明が丁寧で、子どもにも優しかった。[[高野]]店長もあいさつに来てくれた。
改善してほしい点：駐車場が狭い
今後の連絡：不要
""")

T("webform_forward", """
[[稲垣]]課長、法人のお問い合わせです。

会社名：有限会社 北島建設
部署：工務部
ご担当者名：[[北島 勝]]
役職：専務取締役
所在地：[[ADDRESS:新潟県燕市吉田西太田２２１５－３]]
TEL：[[PHONE:0256-92-4081]]
FAX：[[PHONE:0256-92-4082]]
Eメール：[[EMAIL:kitajima-k@example.jp]]
お問い合わせ内容：軽トラック2台とハイエース1台の入替を検討中。リースと購入の比較見積をお願いしたい。
""")

T("webform_forward", """
保険相談フォームより（[[樋口]]さんへ）

・お名前：[[森 友香]]
・年齢：41
・現在の保険会社：ハートリンク損保
・等級：14
・過去3年の事故歴：1件（[[CRIME_VICTIM:当て逃げの被害]]。車両保険を使用）
・ご相談内容：保険料が上がったので見直したい。息子が来年免許を取るので、その分も含めて。
・連絡先：[[PHONE:090-7712-3068]]
""")

# ===========================================================================
# 3. staff_memo_fast (ind6-0041 .. 0060)
# ===========================================================================
T("staff_memo_fast", """
3/12 14:20 [[星野]]様(娘)TEL→車検見積OK、引取3/15AM
父上[[MEDICAL:CVA後遺症]]で[[DISABILITY:右麻痺]]→助手席回転ｼｰﾄ希望、展示車見たい
→福祉担当[[長谷川]]さんに相談済　代車ｿﾘｵ手配　[[五十嵐]]
""")

T("staff_memo_fast", """
【TEL】10:05 [[丸山 孝]]様　点検日変更希望　[[MEDICAL:透析]]の曜日変更のため月or水AMへ
→5/19(月)10:00で仮押さえ、本人了承　次回から火木土NG　※要配慮情報のため顧客メモには「曜日指定あり」のみ記載
[[今井]]
""")

T("staff_memo_fast", """
来店）[[ｶﾜｸﾞﾁ]]様 40代男性 飛込み　N-BOX見積　下取ﾀﾝﾄ H27 11万km
予算総額180万まで、ﾛｰﾝ希望(ﾎﾞｰﾅｽ併用×)
TEL [[PHONE:090 4418 2273]]
奥様[[MEDICAL:妊娠中]]→ｽﾗｲﾄﾞﾄﾞｱ優先
次回 土曜 奥様同伴で再来店予定　担当[[浜田]]
""")

T("staff_memo_fast", """
★引継ぎ　[[土田]]→[[魚住]]
・[[村上 恭平]]様：[[MEDICAL:休職中(うつ)]]、契約延期の申し出あり。手付5万預り継続。こちらから催促しないこと！！本人から連絡待ち
・[[金井]]様：ｵﾌﾟｼｮﾝ追加(ﾄﾞﾗﾚｺ前後)→見積再発行済 NC-2406-588
・[[大野]]様：納車6/28→7/5へ変更(ﾒｰｶｰ遅延)、電話済
""")

T("staff_memo_fast", """
6/3 夕方 [[滝沢]]様(母)来店　息子さん[[CRIMINAL:飲酒で検挙]]→免取、任意保険中断したい
中断証明書の手続き説明済。車両名義→母へ変更予定、必要書類リスト渡した
※本人(息子)は来店せず。保険会社へ連絡済　受付No.HK-77201　[[百瀬]]
""")

T("staff_memo_fast", """
ﾛｰﾄﾞｻｰﾋﾞｽ出動依頼 22:40
[[小森 大地]]様 [[PHONE:080-6623-9051]]
場所：北陸道 上り 小矢部IC手前 路肩
症状：ﾊﾞｯﾃﾘｰ上がり→ｼﾞｬﾝﾌﾟで再始動OK、念のため翌日入庫
車両：[[PLATE:富山 501 ほ 23-67]]
本人[[MEDICAL:喘息の持病]]あり、寒さで咳込んでいたので車内待機してもらった
対応：JAF→当店ﾚｯｶｰ不要　[[亀田]]
""")

T("staff_memo_fast", """
査定ﾒﾓ 6/14
ｵｰﾅｰ：[[森下 哲]]様（[[ﾓﾘｼﾀ ｻﾄﾙ]]）
車台No. [[VIN:GP5-1128463]]
ｸﾞﾚｰﾄﾞ：ﾊｲﾌﾞﾘｯﾄﾞ 4WD　色：ﾎﾜｲﾄﾊﾟｰﾙ
走行 128,450km、右ﾘｱﾌｪﾝﾀﾞｰ凹み(10cm)、ﾀﾊﾞｺ臭あり
提示 18万→客希望25万　→上長確認後 再TEL
""")

T("staff_memo_fast", """
⚠注意：[[中島]]様(ﾊﾟｰﾄﾅｰさん同伴)のご来店時、呼称は「[[中島]]様」でOK、ご関係について店頭で質問しないこと。
本人より：[[SEX_LIFE:同性のパートナーと暮らしている]]、車は2人の共有名義を希望とのこと。
→共有名義の可否：軽は不可、普通車は所有者1名＋使用者…で要確認　[[荒木]]
""")

T("staff_memo_fast", """
TEL受 [[ｲｼｸﾞﾛ]]様 折返し希望 [[PHONE:〇九〇-五五一二-八四七三]] (※番号は本人口頭、漢数字でﾒﾓ)
用件：ﾅﾋﾞの地図更新いくら？
→15時以降でTELする　[[寺井]]
""")

T("staff_memo_fast", """
7/2 朝イチ入電 [[宇野]]様
夜間に自宅前で[[CRIME_VICTIM:車上荒らし被害]]、運転席ｶﾞﾗｽ割られﾅﾋﾞ＋ETC車載器持ってかれた
→警察(富山南署)来て現場検証済、[[CRIME_VICTIM:被害届提出済]]
車両 [[PLATE:富山 330 せ ・・・8]]　ｶﾞﾗｽ在庫なし→明日入荷
保険：車両保険あり(ﾊｰﾄﾘﾝｸ損保)→事故受付済　[[亀田]]
""")

T("staff_memo_fast", """
■日報 6/21(土) 長岡店 [[佐々木]]
10:00 [[桜田]]様 点検 → ﾜｲﾊﾟｰ交換追加 +2,640
11:30 [[内山]]様 商談2回目 ｱﾙﾌｧｰﾄﾞ 見積提示 → 来週回答
13:00 [[林 大翔]]様 納車 ✔（奥様[[DISABILITY:車いす]]→ｽﾛｰﾌﾟ操作説明済）
15:00 ﾌﾘｰ来店 2組（名前聞けず）
16:30 [[五十嵐]]さんから引継ぎ：[[星野]]様の件 → 展示車ｷｰ預け済
受注1台 / 見込み3
""")

T("staff_memo_fast", """
[[水野 勝彦]]様（70代）[[DISABILITY:聴覚障害あり]]、筆談で対応。電話NG→連絡はFAXかSMSのみ
SMS：[[PHONE:080-1187-5536]]
次回 車検 R7.10 →9月上旬にSMSで案内
ﾒﾓ帳とﾍﾟﾝ受付に常備しておくこと　[[相馬]]
""")

T("staff_memo_fast", """
入庫メモ　作業No. 25-0711-03
ｵｰﾅｰ [[岡田 陽介]]様　[[PHONE:0776-27-5103]]
車台番号 [[VIN:MXPA10-2047719]]　走行 41,200km
症状：ｴﾝｼﾞﾝ始動時ｷｭﾙｷｭﾙ音→ﾍﾞﾙﾄ鳴き
交換部品 90916-02A27 ﾌｧﾝﾍﾞﾙﾄ、工賃 5,500
完了予定 7/12 15時　引取ご本人
""")

T("staff_memo_fast", """
経理へ）返金処理お願いします
客：[[ｻｻｷ ｹﾝｼﾞ]]様（[[佐々木 健二]]）　注文ｷｬﾝｾﾙ分（理由：[[MEDICAL:ご本人入院]]） 手付金 50,000
返金先：北越みらい信金 本店営業部 [[BANK_ACCOUNT:普通 0043815]]　名義 [[ｻｻｷ ｹﾝｼﾞ]]
※振込手数料 当社負担　承認：[[高野]]店長
""")

T("staff_memo_fast", """
★[[大石]]様（奥様）来店：ご主人[[MEDICAL:肺がんで入院中]]→車の売却を奥様が代理で
委任状＋印鑑証明(ご主人)必要と説明、持参済み
査定額 640,000 で合意、引取 8/3　車両 [[PLATE:石川 300 に 50-05]]
※ご主人の[[MEDICAL:病状]]の話は奥様から。こちらから触れない　[[奥村]]
""")

T("staff_memo_fast", """
ｶｰﾄﾞ決済 電話で確認 → 末尾4桁「2034」一致、有効期限OK
[[宮崎]]様 ｵﾌﾟｼｮﾝ代 86,900 来店時決済予定(8/9 11:00)
※ﾒｰﾙにｶｰﾄﾞ番号全桁書いてきた件、削除依頼済　[[奥村]]
""")

T("staff_memo_fast", """
[[ﾖｼﾀﾞ]]様 次回点検→土曜希望。[[CREED:ｸﾘｽﾁｬﾝ]]で[[CREED:日曜は教会]]なので×
奥様も同様。連絡はLINE可
車 ｾﾚﾅ [[PLATE:金沢 300 み 77-21]]
[[川端]]
""")

T("staff_memo_fast", """
代車貸出 8/12 9:10
借主：[[栗原 真一]]　免許 No.[[DRIVER_LICENSE:452109783310]]（有効期限 R9.3.4）
代車：ﾙｰﾐｰ 社有 #7　ｶﾞｿﾘﾝ 満ﾀﾝ　走行 58,402km
返却予定 8/15　担当[[浜田]]
""")

T("staff_memo_fast", """
11/8 福井大和田
・[[東]]様 [[MEDICAL:出産]]→無事生まれたとのこと🎉 納車済の車にﾁｬｲﾙﾄﾞｼｰﾄ追加取付依頼(来週)
・[[竹田]]様 ﾛｰﾝ審査OK→契約日調整
・[[前川]]様(ご主人[[DISABILITY:車いす]]) ｽﾛｰﾌﾟ車 試乗11/16 10:00
[[中西]]
""")

T("staff_memo_fast", """
雪道ｽﾀｯｸ救援要請　1/9 7:50
[[宮坂]]様 [[PHONE:090-8126-4430]]
場所：[[ADDRESS:長野市川中島町今井原３１５－２]] 自宅前の坂
→ｽﾀｯﾄﾞﾚｽ履替済なのに？→ｽﾀｯｸでなくﾊﾞｯﾃﾘｰ弱り？
[[赤羽]] 8:30出発予定
""")

# ===========================================================================
# 4. elderly (ind6-0061 .. 0080)
# ===========================================================================
T("elderly", """
拝啓　秋冷の候、貴社益々御清榮のこととお慶び申し上げます。
さて、先日は車検の御案内を頂戴し有難うございました。
私儀、本年で八十三歳となり、[[MEDICAL:白内障の手術]]も致しましたので、家族とも相談の上、此度の車検は受けずに車を手放すことと致しました。
つきましては、車の引取りと廃車の手続きを御願い申し上げます。
車は自宅の車庫にございます。御来訪の際は、前以て御電話を頂ければ幸いです。
電話　[[PHONE:〇二五八（三二）四一七六]]

　　　　　　　　　　　　　　　　　　　　　　　　敬具
令和六年十月五日
[[ADDRESS:長岡市殿町一丁目三番地十二]]
[[渡邊 德次郎]]
越路モーターズ長岡店
[[五十嵐]]様
""")

T("elderly", """
（電話の書き起こし　11/20 10:15　受付：[[佐々木]]）
お客様：もしもし、あのね、[[齋藤]]ですけど。[[齋藤 キヨ]]。
当方：いつもありがとうございます、[[齋藤]]様。
お客様：うちのお父さんがね、車をぶつけちゃって。いや、大したことないの、車庫の柱に。
当方：お怪我はございませんでしたか。
お客様：それは大丈夫。ただね、お父さん、この頃ちょっと物忘れがね…お医者さんに[[MEDICAL:認知症の始まり]]って言われてて。もう運転させたくないのよ。
当方：さようでございますか。
お客様：車、どうしたらいいかね。売るのか、置いとくのか。息子は東京だし。
当方：一度ご自宅に伺ってご相談いたしましょうか。
お客様：そうしてくれる？住所は前と同じ、[[ADDRESS:長岡市摂田屋四丁目六の十]]。
（→明日11時 [[五十嵐]]訪問予定）
""")

T("elderly", """
越路モーターズ　御中

前略　先月納車して頂いた軽自動車の件で一筆差上げます。
私は[[DISABILITY:左足が義足]]でございまして、アクセルを右足だけで踏むのに慣れて居りますが、左足置き場の出っ張りがどうにも邪魔で、乗り降りの度に義足が当たります。
何とか取り外すか、低くする事は出来ませんでせうか。
お手数ながら御返事を頂きたく、宜しく御願ひ申上げます。

[[ADDRESS:富山縣下新川郡入善町入膳三八二五番地]]
[[濱田 傳]]
電話　[[PHONE:〇七六五（七二）二九〇八]]

追伸　担當の[[竹内]]さんには大變御世話になつて居ります。
""")

T("elderly", """
（店頭でのお話のメモ　[[魚住]]）
[[山﨑 實]]様（八十五歳）ご来店。奥様の[[山﨑 スミ]]様もご一緒。
「免許の更新で、[[MEDICAL:認知機能検査にひっかかって]]、医者の診断書を出せと言われた」とのこと。
診断書の結果次第で免許返納も考えているとのこと。
車（[[PLATE:金沢 580 ゆ 41-19]]）はしばらく奥様が運転。奥様は運転歴が浅いので、自動ブレーキ付きへの乗換えも検討したいと。
→カタログお渡し。来月また来られる。
""")

T("elderly", """
拝啓
寒さ厳しき折、皆様お変わりございませんか。
主人　[[櫻井 榮一]]儀、去る一月十日に永眠いたしました。生前は格別のご厚誼を賜り、誠にありがとうございました。
つきましては、主人名義の車の名義を私に変えたく存じます。
市役所で要ると言われた主人の個人番号は [[MY_NUMBER:２７７４ ０１９５ ５３８２]] でございます。
主人の戸籍謄本は[[FAMILY_ORIGIN:本籍地の長野県北安曇郡白馬村]]から取り寄せております。
ほかに要る書類がございましたら、お知らせくださいませ。

　令和七年二月三日
　　　　　　　　　　　　　　　　　[[櫻井 シヅ子]]
　〒[[POSTAL_CODE:399-9301]]　[[ADDRESS:長野県北安曇郡白馬村北城四四九〇]]
　電話　[[PHONE:0261-72-3158]]
越路モーターズ　松本店
　[[小林]]　様
""")

T("elderly", """
（電話書き起こし　[[亀田]]受け）
「はい、あの、[[髙橋]]と申しますが。ええ、[[髙橋 トメ]]です。富山の、[[ADDRESS:呉羽町の二四一〇の五]]の。
孫がね、来週そちらで車を買うって言うもんでね。お金はわたしが出すの。
それで、振り込みはどこにすればいいのかと思ってね。
……ええ、ええ、請求書。まだ来とらん。来たらそれ見ればいいのね。
わたし、[[DISABILITY:目がよう見えんもん]]で、字の大きいのにしてもらえると助かるわ。
孫の名前？[[髙橋 蓮]]。[[れん]]です。」
→請求書は拡大印刷版も同封すること。
""")

T("elderly", """
越路モーターズ様

毎度お世話様です。此の度は冬用タイヤの交換、有難う御座いました。
ただ、帰りに気付いたのですが、ハンドルを切ると「ゴトゴト」と音がします。
年寄りの聞き間違ひかも知れませんが、一度見て頂けますか。
私は[[DISABILITY:補聴器を付けて]]居りますので、お電話よりは葉書か、息子（[[大澤 修一]] [[PHONE:090-2816-7740]]）の方へ御連絡下さい。

[[大澤 要]]
[[ADDRESS:上越市高田新田一丁目七番二十号]]
""")

T("elderly", """
（訪問時のお話　[[五十嵐]]記録）
[[齋藤]]様宅訪問。ご主人の[[齋藤 勝利]]様（87）、奥様[[齋藤 キヨ]]様。
ご主人は「まだ乗れる」とおっしゃるが、奥様は手放したい意向。奥様ご自身も[[MEDICAL:腰の圧迫骨折]]で運転は無理とのこと。
お嬢さん（東京在住、[[北原 ゆかり]]様）とも電話で話し、売却の方向で。
ご主人、[[MEDICAL:アルツハイマー型認知症の診断]]を受けているとのこと（奥様より）。本人の前では病名は出さないでほしいとの希望。
車：[[PLATE:長岡 50 る 12-08]]　年式 H22　走行 31,000km
""")

T("elderly", """
拝啓
其の後お変りなくお過ごしのことと存じます。
さて、此の度、私共夫婦は[[ADDRESS:金沢市寺町五丁目八番三十一号]]の老人ホーム「ゆうなぎ苑」に入居する事となりました。
長年乗つて参りました車は、甥の[[宮本 浩]]に譲ります。名義変更の手續きは甥が伺ひますので、何卒宜しく御願ひ申し上げます。
尚、家内は[[MEDICAL:心臓の手術]]をしてから[[DISABILITY:身体障害者手帳の一級]]を持つて居りまして、自動車税の減免を受けて居りました。甥へ名義が移ると減免が無くなる事は承知して居ります。

[[宮本 敏夫]]　九十一歳
""")

T("elderly", """
（留守番電話の書き起こし　2/14 18:52）
「あー、もしもし、越路さん？ [[桑原]]さんおられますか。おらんかったら、また…えーと、こちら[[丸山]]です、[[丸山 ハル]]。
この前の、車のね、保険の紙がね、届いたんやけど、字が細かくて読めんもんで。わたし[[MEDICAL:ひざの手術]]してから、あんまり出歩けんし。
電話ください。番号は、[[PHONE:ぜろにいごお、にいよんさん、ろくろくいちはち]]。はい、お願いします。」
※番号 [[PHONE:025-243-6618]]（顧客台帳と一致）→2/15 AM 折返し済　[[桑原]]
""")

T("elderly", """
越路自動車販売　御中（※旧社名でお書きのお手紙）

前略
先日、息子夫婦と共に御店を訪ねし折、[[相馬]]殿には懇切に御説明を賜り、忝く存じます。
小生、昨年[[MEDICAL:胃を全摘]]致し、体力も衰へましたので、軽い車に乗換へたいと存じます。
下取りの車は[[PLATE:上越 33 ね 4-11]]の古いクラウンでございます。
御見積の程、何卒宜しく。

[[ADDRESS:上越市寺町二丁目十五番四号]]
[[廣瀬 壽一]]
""")

T("elderly", """
（店頭対応メモ　[[浜田]]）
ご高齢の男性 [[小澤 清]] 様が「孫の車の保険」の件でご来店。
お孫さんのお名前は「[[小澤 拓海]]」さん。保険証券番号を持参されていた（HL-5530128）。
ご本人、[[DISABILITY:足が不自由]]で杖をついておられたので、入口横の商談席で対応。
お孫さんの住所が変わったとのことで、新住所：[[ADDRESS:小松市園町ニ４８番地１]]
→保険会社に住所変更連絡済。
""")

T("elderly", """
ごぶさたしております。[[田邉]]でございます。
この度は、亡くなりました夫の車を引取っていただき、ほんとうにありがとうございました。
[[井口]]さんが何度も足を運んでくださり、主人も喜んでいると思います。
お礼の品をお送りしましたので、皆様でお召し上がりください。
　　　　[[田邉 ふみ]]
　　　　[[ADDRESS:敦賀市栄新町十二の三]]
""")

T("elderly", """
（電話　[[樋口]]対応）
[[米田]]様（78）より。「この間の車検の時に渡された書類に、生年月日が間違っとる」とのこと。
正しくは [[BIRTHDATE:昭和二十二年三月十八日生まれ]]、書類には昭和二十三年となっていた。
→保険の申込書の記載ミス。保険会社に訂正依頼、訂正印をもらいにご自宅へ伺う予定。
ご住所：[[ADDRESS:富山市婦中町速星七五四－二]]
""")

T("elderly", """
拝啓
いつもお世話になっております。
私、来月から[[MEDICAL:膝の人工関節の手術]]で二か月ほど[[MEDICAL:入院]]いたします。
その間、車は娘の[[奥田 真弓]]が使いますので、点検の御案内は娘の方へお願いします。
娘の電話は [[PHONE:080-4430-2187]] です。
[[奥田 京子]]
""")

T("elderly", """
（電話書き起こし　[[中西]]）
「[[荒井]]です。あのう、福井の[[荒井 マサ]]。先週、車をこすって持っていったもんやけど。
修理代ってなんぼになるんやろか。年金暮らしやで、あんまり高いと困るんやわ。
それとな、わたし[[MEDICAL:血圧の薬を飲んどる]]んやけど、運転してもええんかいね？ お医者さんは何も言うとらんけど。」
→修理見積 42,350円 と回答。薬のことは主治医に確認されるようお伝えした。
""")

T("elderly", """
越路モーターズ長野南店様

いつもお世話になっております。[[百瀬]]様にお願いがあります。
私、先日八十歳の誕生日を迎えまして、高齢者講習を受けてきました。
家族が心配するので、踏み間違い防止の装置を付けたいと思っています。
後付けの物はいくら位でしょうか。
[[MEDICAL:骨粗しょう症]]で背中が丸くなって参りましたので、座席の高さも気になって居ります。
車はいつもの白いラクティスです。
お代はカードで払います。番号は [[CARD:四九一六 七八二〇 三三四五 七一二六]] です。

[[宮入 ちよ]]
電話 [[PHONE:026-292-0513]]
""")

T("elderly", """
拝啓
先日は、主人の送迎用の車いす車両について、丁寧なご説明をありがとうございました。
主人は[[MEDICAL:脊柱管狭窄症]]が悪化し、昨年の暮れから[[DISABILITY:歩くことが出来なくなりました]]。
今はデイサービスの車に乗せていただいていますが、[[MEDICAL:通院]]のたびに介護タクシーを頼むのも大変でして。
中古で良い車があれば、ぜひお願い致します。

[[降旗 幸子]]
[[ADDRESS:松本市笹賀七二二〇番地]]
[[PHONE:0263-58-2741]]
""")

T("elderly", """
（店頭で書いていただいたメモの写し）
なまえ　[[すずき　とら]]
じゅうしょ　[[ADDRESS:にいがたし　にしく　うちのまち　３の１５の８]]
でんわ　[[PHONE:０２５ー２６２ー７４０３]]
ようけん　くるまのかぎを　なくしました。スペアを　つくって　ください。
""")

T("elderly", """
（電話　[[土田]]）
[[本間]]様（90代男性）。「わしの車の車検、いつやったかの」
→[[PLATE:新潟 33 ぬ 18-20]]、満了 R7.3.11 とお伝え。
「ほうか。もうそろそろ返納せんといかんの。息子がうるさいもんで。わしも[[MEDICAL:前立腺の治療]]で病院通いやし」
→免許返納と車の処分について、息子さん（[[本間 敏之]]様）同席でご相談の日を設けることに。
""")

# ===========================================================================
# 5. foreign_resident (ind6-0081 .. 0100)
# ===========================================================================
T("foreign_resident", """
こんにちは。わたしは [[グエン・ヴァン・ナム]] です。ベトナムからきました。
いま 富山の 工場で はたらいています。
ちゅうこしゃ を かいたいです。50まんえん くらい。
ローン できますか？ ざいりゅうカード は あります。
ざいりゅうカード ばんごう：[[RESIDENCE_CARD:UH48203917FA]]
でんわ：[[PHONE:080-7245-3318]]
Name: [[NGUYEN VAN NAM]]
""")

T("foreign_resident", """
Hello,
I am [[Rodrigo Silva]], from Brazil. I live in Echizen city with my family.
Meu carro (my car) has a problem, the engine light is on. 
Can I bring it on Saturday? Japanese is difficult for me, but my wife [[Mariana]] can speak a little. Our son [[Lucas]] [[DISABILITY:uses a wheelchair]], so we need a parking space near the door.
Address: [[ADDRESS:Fukui-ken Echizen-shi Kokufu 2-8-14 Apt 305]]
Tel: [[PHONE:090-3318-6642]]
Obrigado!
""")

T("foreign_resident", """
（来店メモ　[[浜田]]）
[[サントス・マリア]]様（ブラジル国籍、[[RACE:日系三世]]）、ご主人[[サントス・パウロ]]様（[[RACE:日系二世]]）と来店。
日本語は日常会話OK。書類の漢字は難しいのでポルトガル語の説明書があれば助かるとのこと。
免許：日本の免許（外免切替済）　在留カード：永住者
見積：フリード ハイブリッド、現金一括
連絡先：[[PHONE:0768-22-7719]]（ご主人の携帯）
""", allow=[("hon", "サントス", "the surname Santos contains サン; not an honorific")])

T("foreign_resident", """
すみません、しつもん です。
わたし [[ムハンマド・ラフマン]] です。パキスタン です。射水で 中古車の 輸出の 仕事 を しています。
[[CREED:ムスリム]] なので 金曜日 の おひる は [[CREED:モスク に 行きます]]。だから 金曜日 の 12時〜14時 は でんわ でられない です。
ほかの 時間 なら OK。
phone [[PHONE:080-9921-4406]]
mail [[EMAIL:m.rahman.imizu@example.com]]
""")

T("foreign_resident", """
To: Koshiji Motors Nagano-minami
Subject: need rental car while my car in repair

Hi, this is [[Aung Ko Ko]] ([[アウン・コー・コー]]). I'm working at a hotel in Hakuba.
My car was hit from behind yesterday. The other driver's insurance will pay.
I need a 代車 for maybe 1 week. I have international driving permit and passport.
Passport No. [[PASSPORT:MD4419273]]
Thanks,
[[Aung]]
""")

T("foreign_resident", """
こんにちは、[[キム・ジホ]]（[[金 智浩]]）です。韓国の留学生です。信州大学の学生です。
帰国のため、車を売りたいです。3月25日に日本をでます。
車検は来年まであります。ナンバーは [[PLATE:松本 500 す 71-46]] です。
はやく売りたいので、安くてもいいです。
在留カードの期限は 4月 までです。パスポート：[[PASSPORT:M48215093]]
メール：[[EMAIL:jiho.kim0917@example.jp]]
""")

T("foreign_resident", """
（電話通訳つき相談の記録　[[関]]）
お客様：[[バラル・スマン]]さん（ネパール）、通訳：友人の[[タパ]]さん
内容：昨夜、アパートの駐車場で車の[[CRIME_VICTIM:窓を割られて]]、中のかばんを[[CRIME_VICTIM:盗まれた]]。かばんに在留カードとパスポートが入っていた。
→警察（上田署）に[[CRIME_VICTIM:被害届]]は出したとのこと。入管への再交付申請の方法もお伝えした。
→窓ガラス修理の見積 38,500円。車両保険なし。
ご連絡先：[[PHONE:070-1234-8851]]（[[タパ]]さん経由でも可）
""")

T("foreign_resident", """
Good afternoon.
My name is [[Juan Miguel dela Cruz]], Filipino. I work as caregiver in Kanazawa.
I want to buy a small car for commute. My residence card number is [[RESIDENCE_CARD:PK30918826EA]], status: Specified Skilled Worker.
Can foreigner get car loan? My salary is 210,000 yen per month.
I live in [[ADDRESS:金沢市もりの里2-118 もりの里ハイツB-12]].
Salamat po!
""")

T("foreign_resident", """
はじめまして。[[李 美玲]]（[[リ・メイリン]]）と申します。中国出身で、長岡の会社で通訳をしています。
夫は日本人（[[石田 健]]）で、車の名義は夫にする予定です。
試乗を予約したいのですが、土曜日の午後は空いていますか。
わたしの携帯：[[PHONE:080-5578-2096]]
夫の携帯：[[PHONE:090-1146-7320]]
よろしくお願いいたします。
""")

T("foreign_resident", """
Dear Koshiji Motors,

I am writing on behalf of my colleague, Mr. [[Dilshod Karimov]], who does not speak Japanese.
He is an [[RACE:ethnic Uzbek]] from Kyrgyzstan and works with us at the ski resort in Myoko.
He wishes to purchase a used 4WD vehicle. His details:
 - Passport: [[PASSPORT:AC 1842705]]
 - Residence card: [[RESIDENCE_CARD:RT55029184ZS]]
 - Phone: [[PHONE:080-6627-1903]]
Please contact me if you need anything.

Kind regards,
[[Sarah O'Neill]]
HR, Myoko Highland Resort
""")

T("foreign_resident", """
はい、[[トラン・ティ・フオン]]です。
きのう、お店で くるま の てんけん を しました。ありがとうございます。
でも レシート に わたしの なまえ が ちがいます。「[[トラン・ティ・フォン]]」に なっています。
ただしい なまえ は [[TRAN THI PHUONG]] です。なおして ください。
""")

T("foreign_resident", """
（店頭メモ　[[中西]]）
[[アリ・ユスフ]]様（スリランカ出身、鯖江在住）来店。ハラール対応の件ではなく、車の件。
ご本人から「[[CREED:仏教徒]]なので、納車日は満月の日（ポヤデー）を避けたい」とのご希望。
→12/15（満月）を外して 12/17 で調整。
在留資格：技術・人文知識・国際業務。免許は日本のもの。
TEL [[PHONE:080-3307-5914]]
""")

T("foreign_resident", """
Hi 👋 I'm [[Priya]] from India. I saw the Jimny on your website (stock no. U-0820-J11).
Is it still available?? I can come to Toyama shop this weekend.
My Japanese name reading is [[プリヤ・シャルマ]] on my residence card.
LINE ID: priya_toyama（← I don't know if you use LINE)
Tel: [[PHONE:08012349087]]
""")

T("foreign_resident", """
件名：名義変更について（帰国）

越路モーターズ御中
お世話になっております。[[ヤン・ウェイ]]（[[楊 偉]]）です。
来月、中国へ帰国することになりました。私の車を友人の[[ワン・ハオ]]さん（[[王 浩]]）へ譲りたいです。
名義変更の書類を教えてください。
車台番号：[[VIN:NSP130-2219035]]
いまの住所：[[ADDRESS:新潟市西区五十嵐２の町７８６３－１ 五十嵐ハイツ３０３]]
""")

T("foreign_resident", """
こんばんは。[[マリア・フェルナンダ]]です（ペルー）。
今日お店で話した [[コバヤシ]]さんに伝えてください。
「あした の よる、ごはん の あと、でんわ します」
わたし の むすこ [[ルイス]] は 高校生 で、日本語 が じょうず なので、むすこ が 通訳 します。
""")

T("foreign_resident", """
Hello, [[Dela Cruz]] again 😊
I forgot to tell you. The loan company asked my bank account for payment.
Hokuriku Sakura Bank, Kanazawa-ekimae branch, [[BANK_ACCOUNT:普通 4471086]] (ordinary account).
Account name: [[DELA CRUZ JUAN MIGUEL]]
Is this ok to send by email?
""")

T("foreign_resident", """
（電話メモ　[[樋口]]）
[[オルガ・ペトロワ]]さん（ロシア語話者、射水市）
ご主人[[セルゲイ]]さんが[[MEDICAL:交通事故でけがをして入院中]]。車はレッカーで当店に入庫済み。
保険会社とのやりとりを手伝ってほしいとのこと。日本語はゆっくりなら通じる。英語は不可。
→保険会社に通訳サービスの有無を確認する。
奥様携帯 [[PHONE:080-2209-6457]]
""")

T("foreign_resident", """
Sawasdee ka. I am [[Nok]] ([[Siriporn Kaewmanee]]), Thai. I married Japanese man, my husband is [[Takeshi Honda]] ([[本田 武]]).
We want to change car insurance name from my husband to me because he [[MEDICAL:is in hospital long time]].
What document do we need? My Japanese is not good, English ok.
tel [[PHONE:090 5528 1174]]
""")

T("foreign_resident", """
はじめまして、[[ドミトリー]]です。ウクライナから避難してきました。いまは長野市の市営住宅に住んでいます。
支援団体の方（[[小林 由美]]さん）に紹介されて連絡しました。
安い中古車を探しています。支援団体の名前で買うことはできますか。
住所：[[ADDRESS:長野市吉田5丁目22-3 市営吉田団地 2-104]]
""")

T("foreign_resident", """
from: [[Ahmet Yilmaz]] <[[EMAIL:ahmet.y@example.net]]>
件名：kuruma no shaken

konnichiwa. watashi wa [[Ahmet Yilmaz]] desu. Toruko-jin desu ga, [[RACE:Kurudo-jin]] desu.
kuruma no shaken wa itsu desu ka? shaken-shou ni 「R7.8.30」 to kaite imasu.
nambaa wa [[PLATE:Niigata 500 ta 38-61]] desu.
denwa: [[PHONE:080-4012-7769]]
""")

# ===========================================================================
# 6. voice_input (ind6-0101 .. 0120)
# ===========================================================================
T("voice_input", """
もしもし越路モーターズさんですか えっと先週車検お願いした[[こばやしまさお]]ですけど車まだできてないですかね 電話番号は[[PHONE:ぜろきゅうぜろのよんよんななにのさんはちいちろく]]です よろしくお願いします
""")

T("voice_input", """
お世話になってます[[佐藤]]です 砂糖じゃなくてにんべんの[[佐藤]]です あの明日の点検なんですけど子供の学校の行事が入っちゃってちょっと行けそうにないのでキャンセルでお願いします また電話します
""")

T("voice_input", """
音声入力で失礼します 運転中なので 今日の 夕方 5時ごろ 取りに行きます 担当の[[竹内]]さんに伝えてください [[北村]]でした
""")

T("voice_input", """
あの保険の件で電話しました[[てらいみさき]]です こないだ[[CRIME_VICTIM:当て逃げされた]]やつで えっと修理の見積もりってもう出てますか 車両保険使うかどうか決めたいので 折り返しお願いします 番号は[[PHONE:080 2963 1175]]です
""")

T("voice_input", """
すみません音声入力なので変な漢字になってたらごめんなさい 住所は[[ADDRESS:新潟市中央区関屋本村町2丁目のえっと 345の6]]です 名前は[[大竹りょう]]です 見積もりを郵送でお願いします
""")

T("voice_input", """
音声メモ [[星野]]様の件 お父様が[[MEDICAL:脳梗塞]]のあとで[[DISABILITY:右手右足が不自由]]なので 回転シートの展示車 長岡店にはないので上越から回してもらう 来週の土曜日までに 以上 [[五十嵐]]
""")

T("voice_input", """
こんにちは えっとですね うちのおばあちゃんが[[DISABILITY:車いす]]なんですけど 車いすごと乗れる軽ってありますか おばあちゃんは体重が40キロくらいで 私一人でも押して乗せられるやつがいいです 名前は[[石黒]]ですよろしくです
""")

T("voice_input", """
カードの番号言いますね [[CARD:5408 7712 0394 8156]] で 期限が 26年の11月です 名前は [[ケイスケ ナガイ]] です [[ナガイ]]は長い短いの長いに井戸の井です
""")

T("voice_input", """
えーと ナンバーは [[PLATE:長野の500の さの 12-34]] です 車は青いフィットです 昨日の夜 駐車場で[[CRIME_VICTIM:当て逃げされた]]みたいで ドアがへこんでて たぶん隣の車だと思うんですけど 相手はわかりません 警察にはまだ言ってないです
""")

T("voice_input", """
はいもしもし[[いがらし]]さんいらっしゃいますか あーお休みですか じゃあ伝言お願いしたいんですけど わたし去年[[MEDICAL:腰のヘルニアで手術して]]から [[MEDICAL:痛み止め]]を飲んでても長く座ってると腰が痛くなるので シートの硬さを見たいんです また来週電話しますって伝えてください [[ほしの]]です
""")

T("voice_input", """
メールアドレス言いますね [[EMAIL:ティー ドット やまもと アットマーク example ドット jp]] です ティーはアルファベットのTです やまもとはローマ字で 名前は[[山本 崇]]です
""")

T("voice_input", """
すいません運転しながらなので音声で送ります 最近ちょっと目のほうが[[MEDICAL:緑内障]]で[[DISABILITY:視野が狭くなってきて]] 夜の運転が怖いんですよね 自動ブレーキとかレーンキープとかついてる車に乗り換えたいので 見積もりお願いします [[西川]]
""")

T("voice_input", """
あの今さっき警察から電話があって 息子が[[CRIMINAL:逮捕された]]って言われて [[CRIMINAL:窃盗の疑い]]だそうで もう頭が真っ白で 車もそのまま警察に置いてあるらしいんです 車のことどうしたらいいか わからなくて すみません[[大森]]です 折り返しください [[PHONE:ぜろはちぜろ ろくろくにーはち きゅうぜろいちいち]]
""")

T("voice_input", """
ローンの申し込みの電話で話した内容をメモで送ります 名前は[[上野 夏美]] 生年月日は[[BIRTHDATE:平成3年の4月の12日]]です 勤め先は富山市内の病院で看護師をしてます 年収は380万くらいです
""")

T("voice_input", """
えっと今年の春から会社の[[UNION:組合の役員をやってて]] 土曜日も会議が入ることが多いので 納車は日曜日にしてもらえると助かります 時間は午後ならいつでも 名前は[[柴田]]です
""")

T("voice_input", """
妻がいま[[MEDICAL:妊娠7か月]]で お腹が大きくなってきたので乗り降りしやすいスライドドアの車がいいなと思ってます 来週末見に行きたいので 予約お願いします [[松井]]です 電話は [[PHONE:090 6613 2047]] です
""")

T("voice_input", """
代車借りるときに免許証の番号が要るって言われたので送っておきます 免許証番号 [[DRIVER_LICENSE:5 4 0 1 2 2 8 7 6 3 1 0]] です 名前は[[岩崎 颯太]]です 明日の朝9時に行きます
""")

T("voice_input", """
音声入力メモ [[かめだ]] 今日のロードサービス2件 1件目 富山ICの近くでパンク [[こもり]]様 2件目 高岡の[[まつもと]]様 バッテリー上がり 車は[[PLATE:とやま 500 ほ 88-01]] 両方とも対応済み 報告書は明日書きます
""")

T("voice_input", """
こんばんは[[ふじい]]です 上越高田店の受付の[[藤井]]です さっきお電話いただいた[[おおさわ]]様 [[DISABILITY:補聴器をされてる]]ので大きい声でゆっくり話してほしいとのことです 明日[[相馬]]さんから折り返しお願いします
""")

T("voice_input", """
お疲れ様です 音声入力で日報送ります 本日来店 [[よしむら]]様 ご夫婦 試乗2台 ノアとステップワゴン 奥様は[[MEDICAL:膝が悪い]]とのことで 乗り降りのステップが低いほうがいいそうです ご自宅は[[ADDRESS:福井市文京 4丁目 21の9]] 見積もりは明日郵送 以上 [[ながたに]]
""")

# ===========================================================================
# 7. chat (ind6-0121 .. 0140)
# ===========================================================================
T("chat", """
[LINE] 越路モーターズ 長岡店 とのトーク履歴
保存日時：2025/03/10 21:05

2025/03/08(土)
10:12	[[Kyoko Hoshino]]	おはようございます！車検の引取り、15日で大丈夫ですか？
10:20	越路モーターズ 長岡店	[[星野]]様 おはようございます、[[五十嵐]]です。15日午前で承っております🙇‍♂️
10:21	[[Kyoko Hoshino]]	よかった〜 父の[[MEDICAL:リハビリ]]が午後なので午前だと助かります
10:22	越路モーターズ 長岡店	かしこまりました。9時半ごろ伺います！
""")

T("chat", """
[[たなか ゆき]]: すみませーん、今日オイル交換って予約なしでもいけますか？
越路モーターズ富山掛尾店: こんにちは！本日は15時以降でしたら空きがございます。
[[たなか ゆき]]: じゃあ15時半に行きます🚗
越路モーターズ富山掛尾店: お待ちしております。お名前とお車のナンバーを教えていただけますか？
[[たなか ゆき]]: [[田中 由紀]]です、ナンバーは[[PLATE:富山 580 か 60-37]]です
越路モーターズ富山掛尾店: ありがとうございます😊 担当は[[亀田]]がいたします。
""")

T("chat", """
ねこ好き🐱: さっき電話した者ですけど
ねこ好き🐱: 車のキー車内に閉じ込めちゃいました😭😭
越路モーターズ金沢西IC店: 大丈夫ですか？！場所はどちらでしょうか
ねこ好き🐱: [[ADDRESS:金沢市畝田西１丁目１７５ ヴィラ畝田 2F駐車場]]です
越路モーターズ金沢西IC店: お名前を伺ってもよろしいですか
ねこ好き🐱: [[三好]]です！[[三好 美衣子]]
越路モーターズ金沢西IC店: [[三好]]様、20分ほどでスタッフの[[奥村]]が向かいます🏃
""")

T("chat", """
グループ「長野南店 サービス」
[[赤羽 健]]：[[宮坂]]様のバッテリー、テストしたら完全にダメでした。交換します
[[百瀬 直樹]]：了解。在庫ある？
[[赤羽 健]]：55B24L 1個あります
[[清水 あかり]]：お客様に金額の連絡しますね！ 19,800円（工賃込）でいいですか
[[百瀬 直樹]]：OK
[[清水 あかり]]：[[宮坂]]様OKでした👍
""")

T("chat", """
[[ゆう]]: 来週の試乗なんですけど、夫が[[DISABILITY:発達障害]]があって、初めての人と話すのが苦手なんです
[[ゆう]]: なので説明は私にしてもらえるとありがたいです🙏
越路モーターズ上田店([[宮下]]): 承知しました！ご主人様には無理にお声がけしないようにしますね
[[ゆう]]: ありがとうございます😭 助かります
越路モーターズ上田店([[宮下]]): 当日は私[[宮下]]が担当します。お名前をフルネームで伺えますか
[[ゆう]]: [[篠原 優]]です！
""")

T("chat", """
2025/05/03 土
11:02 [[けんじ]]: おつかれー。車、いつ取りに行けばいい？
11:05 越路 小松店 [[荒木]]: [[松本 健司]]様 お疲れさまです！本日17時には仕上がります
11:05 [[けんじ]]: りょ
11:06 [[けんじ]]: あ、支払いってカードいける？
11:07 越路 小松店 [[荒木]]: はい、VISA/Master/JCB使えます！
""")

T("chat", """
[[Hiroshi.M]]
> 昨日はありがとうございました。見積書、写真で送ります📷
越路 松本店 [[小林]]
> [[松下]]様 ありがとうございます！確認して明日ご連絡します
[[Hiroshi.M]]
> あと、嫁が[[MEDICAL:つわり]]がひどくて、納車の日に一緒に行けないかもです
越路 松本店 [[小林]]
> 承知しました。ご無理なさらないでください。ご主人様お一人でも大丈夫ですよ
""")

T("chat", """
【社内チャット #福井大和田-営業】
[[中西]]: [[竹田]]様ローン承認きた！
[[長谷川]]: おめ🎉
[[中西]]: 契約日 5/31(土) 14時で。[[長谷川]]さん、その時間に[[前川]]様の試乗入ってない？
[[長谷川]]: [[前川]]様は16時なので大丈夫
[[野々村]]: 印紙の在庫なかったので発注しときます
""")

T("chat", """
📱SMS
送信元：[[PHONE:090-7781-4420]]
「越路さん？ 昨日の修理見積、高すぎ。他で直す。[[ヤマグチ]]」

返信（上越高田店 [[新田]]）：
「[[山口]]様 ご連絡ありがとうございます。お見積りの内訳をご説明させていただけますでしょうか。[[相馬]]よりお電話差し上げます。」
""")

T("chat", """
ママ友グループ（スクショを送られてきた分・お客様の許可あり）
[[さやか]]：越路の長岡店の[[佐々木]]さん、めっちゃ親切だったよ〜
[[まい]]：えーいいな、うちは[[土田]]さんって人だった
[[さやか]]：車検いくらだった？
[[まい]]：11万くらい😇
↑[[佐々木 蒼]]（長岡店）へ、お客様から「ほめられてましたよ」と共有いただいたもの
""")

T("chat", """
Koshiji Motors Matsumoto：Hello [[Daniel]]! This is [[Makoto]] from Koshiji Motors 😊 Your car is ready.
[[Daniel Whitmore]]：Great! Can I pick it up at 6pm?
Koshiji Motors Matsumoto：Yes, no problem. Please bring the 預り証 (receipt) No. 0725-M-12.
[[Daniel Whitmore]]：👍 See you!
""")

T("chat", """
[[ちひろ]]
来週の土曜、点検おねがいしたいです
車は[[PLATE:新潟 500 ゆ 20-19]]のやつ

越路モーターズ 新潟中央店
[[千尋]]様、ご連絡ありがとうございます！ 土曜は10時か13時が空いております

[[ちひろ]]
10時で！あと、わたし今[[MEDICAL:足を骨折中]]なので、待合の席、入口近くがいいです🙇

越路モーターズ 新潟中央店
承知しました。お大事になさってください。
""")

T("chat", """
【LINE】越路モーターズ敦賀店
[[Takuya_K]]：すみません、来月引っ越すので住所変更したいです
敦賀店 [[松田]]：ありがとうございます！新しいご住所を教えていただけますか
[[Takuya_K]]：〒[[POSTAL_CODE:914-0814]] [[ADDRESS:敦賀市木崎１８号２１番地の５ グリーンヒル木崎 Ｃ棟 ２０３]] です
敦賀店 [[松田]]：[[金森 拓也]]様、承知しました。車検証の住所変更もご案内しますね
""")

T("chat", """
ひまわり🌻：こんばんは、母の代理で連絡しています
ひまわり🌻：母（[[岡本 節子]]）が今月から[[MEDICAL:抗がん剤治療]]を始めて、[[MEDICAL:副作用]]でしばらく運転できません
ひまわり🌻：6月の点検は延期でお願いできますか🙏
越路モーターズ高岡店：かしこまりました。お母様どうぞお大事になさってください。[[今井]]が承りました
ひまわり🌻：ありがとうございます、娘の[[岡本 彩]]です。連絡はこちらにお願いします
""")

T("chat", """
[[Ryo]] 21:48
今日はありがとうございました！
あの、言いにくいんですけど、僕[[SEX_LIFE:ゲイ]]で、パートナーの[[翔太]]と一緒に住んでます。
[[SEX_LIFE:同性カップル]]でも、ローンの連帯保証人に彼をお願いできるか聞きたくて…

越路モーターズ長野南店 21:55
[[Ryo]]様、ご相談ありがとうございます。保証人の条件はローン会社によりますので、明日確認してご連絡いたします。担当[[百瀬]]
""")

T("chat", """
（グループ「高岡店 受付」）
[[今井 啓太]]：明日の[[丸山]]様、10時→月曜に変更です
[[吉村 紗希]]：了解です〜カレンダー直しました
[[今井 啓太]]：あと[[丸山]]様の件、[[MEDICAL:通院]]の曜日の話は台帳に書かないでね（「曜日指定あり」だけ）
[[吉村 紗希]]：はい！
""")

T("chat", """
[LINE] 越路モーターズ 上田店
[[ソウタ]] 14:02
車検証の写真送ります！
[画像]
[[ソウタ]] 14:03
車台番号って [[VIN:ZC33S-412876]] で合ってますか？写真だと見にくくて
越路モーターズ 上田店 14:10
[[ソウタ]]様 はい、合っております！スイフトスポーツですね。[[宮下]]が担当いたします
""")

T("chat", """
🔔 店舗チャット（敦賀店）
[[松田 翼]]: [[荒川]]様のご主人から電話あり、ETCカード申込書の件
[[松田 翼]]: ご主人は[[UNION:組合員]]なので、労金カードのほうがいいかもとのこと
[[井口 恵]]: 了解、両方の申込書用意しときます
[[井口 恵]]: 納車4/6は変更なしですよね？
[[松田 翼]]: なし！
""")

T("chat", """
[[Aoi]]🎀: 車のローン、クレカ払いってできます？
越路モーターズ福井大和田店: ローンのお支払いはクレジットカードではお受けできかねます🙇‍♀️ 口座振替になります
[[Aoi]]🎀: そうなんだ〜じゃあ口座書きます
[[Aoi]]🎀: 福井あおば銀行 大和田支店 [[BANK_ACCOUNT:普通 1029384]] [[ｲｼｶﾜ ｱｵｲ]]
越路モーターズ福井大和田店: ありがとうございます。セキュリティのため、口座情報は申込書にご記入いただく形でお願いしております。こちらのメッセージは削除をお願いいたします。
""")

T("chat", """
＜グループ：越路 新潟中央店 ＞
[[桑原 美穂]]：[[新保]]様の[[CRIME_VICTIM:盗難車]]、見つかったって警察から連絡あったそうです！
[[土田 美和]]：えっ、よかった！
[[桑原 美穂]]：でもナンバー外されて、[[ADDRESS:新潟市東区山の下町 2-11]] あたりの空き地に置かれてたらしい
[[魚住 健]]：車両の状態確認、レッカー手配しますね
[[桑原 美穂]]：お願いします。保険会社にも連絡します
""")

# ===========================================================================
# 8. business (ind6-0141 .. 0160)
# ===========================================================================
T("business", """
件名：【議事録】第3回 北陸・信越エリア店長会議（2025年4月）

日時：2025年4月14日（月）13:30～16:00
場所：越路モーターズ本社 3F 大会議室（[[ADDRESS:新潟市中央区弁天3丁目18番2号]]）
出席者（敬称略）：
　取締役営業本部長　[[小田切 正]]
　新潟中央店 店長　[[土田 美和]]
　長岡店 店長　[[佐々木 大介]]
　富山掛尾店 店長　[[亀田 昇]]
　金沢西インター店 店長　[[宮腰 仁]]
　福井大和田店 店長　[[野々村 久志]]
　長野南店 店長　[[百瀬 直樹]]
　記録　経営企画室　[[高木 咲]]
欠席：松本店 店長　[[小林 誠]]（代理：[[藤森 彩]]）

1. 3月実績：新車 412台（前年比 103.8％）、中古車 268台
2. 4月施策：決算セール振り返り、試乗車入替（各店 2台）
3. その他：[[小田切]]本部長より、個人情報の取扱い（要配慮情報を顧客台帳に書かない）について再周知
4. 長岡店：[[野口 拓]]（サービス課）の[[MEDICAL:療養休職]]に伴い、5～8月は上越高田店から整備士1名応援
次回：5月12日（月）
""")

T("business", """
株式会社ホクエツ建材
総務部 車両管理課
[[北村 慎也]] 様

いつも大変お世話になっております。
越路モーターズ法人営業部の[[稲垣]]でございます。

先日ご依頼のありました社用車 12台の定期点検につきまして、日程案をお送りいたします。
　第1回　6月2日（月）～6月6日（金）　各日 3台
　第2回　6月9日（月）　残り 0～2台
点検場所は弊社長岡店サービス工場（[[ADDRESS:新潟県長岡市古正寺町124番地3]]）となります。
代車は 4台までご用意可能です。

ご確認のほど、よろしくお願い申し上げます。

――――――――――――――――――
越路モーターズ株式会社　法人営業部
課長　[[稲垣 誠司]]（[[いながき せいじ]]）
TEL [[PHONE:025-247-1100]]（代表） 内線 312
携帯 [[PHONE:080-3341-0075]]
[[EMAIL:inagaki.s@koshiji-motors.example.jp]]
――――――――――――――――――
""")

T("business", """
件名：[社外秘] 従業員の休職について（長岡店）

人事部 [[小池]]部長

長岡店の[[佐々木]]です。
サービス課の[[野口 拓]]（整備士、入社7年目）ですが、[[MEDICAL:適応障害の診断]]で、医師から[[MEDICAL:3か月の休養が必要]]との診断書が提出されました。
本人の希望により、店内には「[[MEDICAL:体調不良による休職]]」とのみ伝えております。
6月1日からの休職手続きと、その間の工場の人員補充についてご相談させてください。

以上、よろしくお願いいたします。
長岡店 店長 [[佐々木 大介]]
""")

T("business", """
【労使協議会 議事要旨】
日時：2025年3月18日 18:00～19:30
会社側：人事部長 [[小池 理恵]]、総務課長 [[高木 浩二]]
組合側：[[UNION:越路モーターズ労働組合 執行委員長]] [[小田 剛]]、[[UNION:組合書記長]] [[水谷 真澄]]
議題：
　① 2025年度 賃上げ（ベア 2.5％、定昇込み 4.1％で妥結）
　② 繁忙期（3月・9月）の休日出勤の振替ルール
　③ 整備士の資格手当見直し（次回継続協議）
次回：4月22日
""")

T("business", """
各位

件名：社用車の私的使用および飲酒運転事案について（報告）

2025年5月24日（土）深夜、金沢西インター店 営業課の社員（30代男性）が、私有車で[[CRIMINAL:酒気帯び運転をして検挙され]]ました。
社用車の使用はなく、業務外の事案ですが、事実関係を確認のうえ、就業規則に基づき処分を検討いたします。
当該社員については、現在自宅待機としております。
報道機関等から問い合わせがあった場合は、総務部 [[高木]]（内線 205）までお回しください。

越路モーターズ株式会社　総務部長　[[田村 茂]]
""")

T("business", """
件名：Re: 障害者雇用枠での採用について

[[小池]]部長

お疲れさまです。上越高田店の[[新田]]です。
ご紹介いただいた[[森本 光]]さんの件、店長とも話しました。
[[DISABILITY:聴覚障害（2級）]]とのことですので、受付業務は難しいですが、洗車・納車準備と、部品の在庫管理であれば問題なくお願いできると思います。
店内の連絡は、チャットと筆談ボードで対応します。
面接は手話通訳の方（ハローワーク上越の[[梅田]]さん）同席で、6月10日 14時を予定しております。

[[新田 紘一]]

> [[新田]]さん
> 障害者雇用枠で1名、上越高田店への配属を検討しています。
> 候補者は[[森本 光]]さん（28歳）、[[DISABILITY:障害者手帳]]あり。
> [[小池]]
""")

T("business", """
見積書送付のご案内

有限会社 丸正運送
代表取締役　[[丸山 正之]]　様

拝啓　貴社ますますご清栄のこととお喜び申し上げます。
標記の件、ご依頼いただきました車両の見積書を同封いたします。

　見積番号：EST-2025-0611
　車種：いすゞ エルフ 2t ワイドロング（型式 2RG-NPR88AN）
　数量：2台
　お支払条件：月末締め翌月末払い

ご不明な点は、担当の[[大橋]]までお問い合わせください。　　敬具

越路モーターズ株式会社 富山掛尾店
〒[[POSTAL_CODE:939-8211]] [[ADDRESS:富山県富山市掛尾町508番地1]]
TEL [[PHONE:076-491-5520]]　FAX [[PHONE:076-491-5521]]
""")

T("business", """
件名：年末調整書類（マイナンバー）の回収について

店長各位

総務の[[高木]]です。
年末調整のため、扶養控除等申告書の提出をお願いしております。マイナンバー欄は記入済みの原本を封筒に入れて、社内便で総務宛にお送りください（メール・FAXは不可）。
なお、先日 長岡店の[[桜田 亮]]さんから、マイナンバーを本文に書いたメールが届きました。
（個人番号：[[MY_NUMBER:5120 8836 4172]]）
当該メールは削除済みですが、今後同様のことがないよう周知をお願いいたします。

総務部 [[高木 浩二]]
内線 205
""")

T("business", """
＜会議メモ＞ 長野南店 × 信州ケアサービス㈱ 打合せ
日時：7/3 10:00～11:00　場所：信州ケアサービス 会議室
先方：施設長 [[平林 晴美]] 様、送迎担当 [[竹村 誠]] 様
当方：[[百瀬]]、[[清水]]
内容：
・送迎用ハイエース（車いす2基）2台の入替
・リース期間5年、メンテナンス込み
・現行車両の走行距離 18万km超
次回：見積提示 7/17
""")

T("business", """
From: 越路モーターズ 人事部 <[[EMAIL:jinji@koshiji-motors.example.jp]]>
To: 長野南店 [[百瀬]]店長
Subject: [[MEDICAL:産前休業]]の開始について（[[清水 あかり]]さん）

[[百瀬]]店長

お疲れさまです。人事部の[[小池]]です。
[[清水 あかり]]さんから、[[MEDICAL:出産予定日が9月20日]]と届出がありました。
[[MEDICAL:産前休業]]は8月9日から、[[MEDICAL:産後休業]]は出産日の翌日から8週間となります。
後任の受付業務については、上田店の[[関]]さんの応援を予定しています。
""")

T("business", """
件名：Re: 6月度 営業会議の出欠

[[佐々木]]店長

長岡店の出欠、以下のとおりです。
　出席：[[内山 航]]、[[林 大翔]]、[[五十嵐 拓真]]（サービス）
　欠席：[[野口 拓]]（[[MEDICAL:療養のため休職中]]）
　遅刻：[[桜田 亮]]（午前 車検立会い）

なお、当日配布の「5月受注一覧（顧客名入り）」は会議後に回収・シュレッダー処理します。

営業課 [[林]]
""")

T("business", """
【出張報告書】
報告者：法人営業部 [[稲垣 誠司]]
出張先：株式会社ヤマセ物流 本社（[[ADDRESS:富山県富山市牛島新町７番３号 ヤマセビル４Ｆ]]）
日時：2025年5月20日 10:00～12:00
面談者：総務部長 [[山瀬 隆]] 様、総務部 [[片山 里美]] 様
内容：
　・リース入替契約（ハイエース 3、プロボックス 5）締結
　・返却車両 1台（[[PLATE:富山 400 す 20-11]]）の鍵紛失の件 → 鍵代 実費請求で合意
　・次年度、EV 2台の試験導入を検討したいとのこと
所感：[[山瀬]]部長は EV に前向き、[[片山]]様が実務窓口。
""")

T("business", """
件名：顧客情報の誤送信について（お詫びと報告）

本部 情報管理担当 [[桜井]] 様

金沢西インター店の[[宮腰]]です。
本日 11:20頃、点検案内のメールを、[[寺井 美咲]]様宛のところ、誤って別のお客様（[[寺井 勇]]様）に送信してしまいました。
メールには、お客様のお名前、車両番号（[[PLATE:金沢 330 ま 9-25]]）、点検予定日が記載されていました。
[[寺井 勇]]様には13:00に電話でお詫びし、メールの削除をお願いし、ご了承いただきました。
[[寺井 美咲]]様にも、14:30にお電話でお詫びしております。

再発防止として、宛先の目視確認を2名で行う運用にします。
""")

T("business", """
＜社内報 7月号「スタッフ紹介」＞
今月は、小松店 サービスフロントの[[荒木 葵]]さん！
入社3年目、趣味はキャンプと御朱印集め。「お客様の『ありがとう』が一番うれしいです」とのこと。
[[酒井]]店長からひとこと：「[[荒木]]さんは、難しいお客様にも笑顔で対応してくれる、頼もしい存在です」
""")

T("business", """
件名：ご契約者様の変更手続き（法人→個人）

越路モーターズ 上田店
[[宮下]] 様

お世話になっております。有限会社 赤羽製作所の[[赤羽]]でございます。
弊社名義でリース中の車両（契約番号 LS-20190822-014）につきまして、
満了後、代表取締役の[[赤羽 修]]が個人で買い取りたいと申しております。
必要書類と残価のご案内をお願いできますでしょうか。

有限会社 赤羽製作所
総務　[[赤羽 典子]]
〒[[POSTAL_CODE:386-0405]] [[ADDRESS:長野県上田市富士山２４１１－７]]
TEL [[PHONE:0268-38-2206]]
""", allow=[("occ", "赤羽", "赤羽 is also part of the company name 有限会社 赤羽製作所, which is not a PERSON mention")])

T("business", """
件名：【ご案内】合同試乗会（7/26・27）出展者打合せ

信越ＥＶ推進協議会　事務局
[[竹内 亜希子]] 様

平素より大変お世話になっております。越路モーターズ 営業企画課の[[森田]]です。
標記の件、弊社からの参加者は以下のとおりです。
　長野南店：[[百瀬 直樹]]、[[赤羽 健]]
　松本店　：[[小林 誠]]（名簿に「[[Makoto Kobayashi]]」とあるのは同一人物です）
　上田店　：[[宮下 遥]]
展示車両は 3台（うち試乗車 2台）を予定しております。
会場（[[ADDRESS:長野市大字南長池字東組３３０番地]] 東側駐車場）への搬入は 7/25 17時以降と承知しております。
""")

T("business", """
件名：監査指摘事項への回答（顧客情報の取扱い）

内部監査室 [[石原]]室長

ご指摘いただいた3点について回答いたします。
1. 商談メモに顧客の病歴が記載されていた件（「父上 [[MEDICAL:CVA後遺症]]」との記載）
　→ 該当メモ（長岡店 [[星野]]様分）の記載を「福祉車両検討」に修正し、原本はシュレッダー処理しました。
2. 免許証コピーの保管期限超過
　→ 2022年以前の分 148件を廃棄済み。
3. 店頭の来店者名簿が記入済みのまま放置されていた件
　→ 1組ごとに用紙を回収する様式に変更しました。
長岡店 店長 [[佐々木 大介]]
""")

T("business", """
件名：送迎車両の件で（社会福祉法人 あおぞら会）

越路モーターズ 高岡店
[[今井]] 様

お世話になります。あおぞら会 就労支援センターの[[松井 亮介]]です。
当センターの利用者さん（[[DISABILITY:知的障害]]のある方）の送迎に使っている車両の件でご相談です。
利用者さんの一人が、走行中にドアを開けようとしてしまうことがあり、チャイルドロックのような機能を後付けできないでしょうか。
車両：[[PLATE:富山 800 さ 13-09]]（キャラバン）
センター所在地：[[ADDRESS:高岡市野村１５０３－２]]
""")

T("business", """
＜人事異動のお知らせ＞（2025年10月1日付）
・[[稲垣 誠司]]　法人営業部 課長 → 法人営業部 部長
・[[中西 大輔]]　福井大和田店 営業 → 敦賀店 副店長
・[[松田 翼]]　敦賀店 営業 → 福井大和田店 営業
・[[今井 啓太]]　高岡店 サービスフロント → 高岡店 サービス課 主任
以上
人事部長　[[小池 理恵]]
""")

T("business", """
件名：Re: 健康診断の再検査について

[[亀田]]店長

お疲れさまです、[[吉村]]です。
先日の健康診断で、[[MEDICAL:血糖値が高く再検査]]と言われました。
来週水曜の午前に[[MEDICAL:病院へ行く]]ため、半休をいただけますでしょうか。
受付は[[石井]]さんが代わってくれるとのことです。

> [[吉村]]さん
> 再検査の対象者は、結果通知が届いた人から順次受診してください。総務部 [[高木]]
""")

# ===========================================================================
# 9. accident_police (ind6-0161 .. 0180)
# ===========================================================================
T("accident_police", """
【事故受付メモ】2025/06/18 08:40　受付：[[樋口]]（富山掛尾店）
契約者：[[大谷 剛]]様　[[PHONE:090-6650-3381]]
発生：6/17 19:20頃　富山市大泉の交差点
状況：信号待ち中に後方から追突される。相手は軽トラック、相手方運転者は[[横井]]さん（連絡先交換済）
けが：ご本人[[MEDICAL:首の痛み（むち打ち）]]、本日[[MEDICAL:整形外科を受診予定]]
警察：富山南署 交通課 [[北野]]巡査長が臨場、人身事故扱いにするか検討中
自車：[[PLATE:富山 330 ら 62-40]]　後部バンパー・バックドア損傷
""")

T("accident_police", """
件名：盗難車両に関する照会（回答）

長野中央警察署 刑事課
[[上条]] 警部補 殿

令和7年7月2日付で照会のありました車両について、弊社の記録を以下のとおり回答いたします。

　車台番号：[[VIN:JTMHV05J904118263]]
　登録番号：[[PLATE:長野 300 そ 81-15]]
　販売日：令和4年3月27日
　販売時の購入者：[[矢島 和也]]（当時の住所：[[ADDRESS:長野市篠ノ井布施高田 816-3]]）

なお、同車両は令和6年に[[矢島]]様より下取りし、他社オークションへ出品しておりますため、現所有者は把握しておりません。

越路モーターズ株式会社 長野南店 店長 [[百瀬 直樹]]
""")

T("accident_police", """
（電話受付　11/3 22:10　当番 [[魚住]]）
[[新井 美帆]]様より。
帰宅したら自宅駐車場の車がなくなっていた、[[CRIME_VICTIM:盗まれた]]と思う、とのこと。
→まず110番に通報するようお伝え。
→警察の受理番号がわかったら、保険の事故受付をするので連絡をお願いした。
車：[[PLATE:新潟 301 め 4-44]]　アルファード　車台番号 [[VIN:AGH30-0412967]]
キーは2本とも手元にあるとのこと（リレーアタックの可能性）
""")

T("accident_police", """
件名：事故の件　その後

越路モーターズ 福井大和田店
[[長谷川]]さん

こんにちは、[[吉川]]です。先日の事故ではお世話になりました。
相手の方は[[CRIMINAL:無免許運転で現行犯逮捕された]]と警察から聞きました。
私は[[MEDICAL:右腕を骨折して]]、今も[[MEDICAL:週2回リハビリに通って]]います。
車は全損とのことなので、保険金が出たら次の車を相談させてください。

[[吉川 菜々子]]
""")

T("accident_police", """
【事故報告書（社内）】
報告者：小松店 サービス課 [[荒木 葵]]
発生日時：2025年8月4日 14:15
場所：小松店 整備工場内
内容：お客様車両（[[PLATE:石川 500 と 28-83]]、[[川上 義男]]様）をリフトから降ろす際、右側ドアミラーを支柱に接触させ破損。
お客様への連絡：[[酒井]]店長より 15:00 に電話でお詫び、部品代・工賃とも当社負担で交換することでご了承いただいた。
再発防止：リフト周辺の誘導員を2名とする。
""")

T("accident_police", """
[[本田]]さま（保険代理店　越路モーターズ）

先日電話でお話しした件です。
中古車サイトで見つけた車に前金30万円を振り込んだのに、その後連絡が取れなくなりました。
[[CRIME_VICTIM:詐欺に遭った]]のだと思います。警察（金沢東署）には[[CRIME_VICTIM:被害の相談]]に行きました。
自動車保険では補償されないと言われたのですが、本当でしょうか。
もし車を買い直すなら、今度はちゃんとお店で買いたいです。

[[堀 雄太]]
[[PHONE:080-2279-6135]]
""")

T("accident_police", """
（来店相談メモ　上田店 [[関]]）
[[小野寺 沙耶]]様（20代女性）ご来店。
[[CRIME_VICTIM:元交際相手からストーカー被害を受けて]]おり、車のナンバーで居場所を知られている気がする、とのこと。
→ナンバー変更（希望番号ではなく一般の払出し）の手続きをご案内。車庫証明は不要。
→住所変更はまだしない（警察の[[野沢]]さんと相談中、相手には[[CRIME_VICTIM:接近禁止命令が出ている]]）とのことで、書類の送付先は実家にする。
現ナンバー：[[PLATE:長野 501 に 38-02]]
※本件、店内でも担当以外に口外しないこと。
""")

T("accident_police", """
件名：ご子息の件について（保険のご相談）

[[久保]]様

先日はご来店ありがとうございました。長岡店の[[内山]]です。
お話しいただいた件、保険会社に確認いたしました。
ご子息（[[久保 大和]]様、17歳）が[[CRIMINAL:家庭裁判所に送致]]され、[[CRIMINAL:保護観察処分]]となった件につきましては、お車の任意保険の契約には影響いたしません。
ただし、ご子息がお車を運転された際の事故については、運転者の範囲に含まれていない場合、補償の対象外となりますのでご注意ください。

越路モーターズ 長岡店　[[内山 航]]
""")

T("accident_police", """
2025.09.12 事故受付（電話）[[樋口 由紀]]
契約者 [[金子 優]] 様（[[BIRTHDATE:1991年7月23日生]]）
運転者 配偶者 [[金子 沙織]] 様
場所 [[ADDRESS:富山市新庄町二丁目15-7]] 先の丁字路
相手方 自転車の高校生（氏名 [[森山]]君、保護者 [[森山 裕子]]様）
相手方けが [[MEDICAL:左足首ねんざ]]、[[MEDICAL:救急搬送]]→当日帰宅
警察 富山中央署 [[宮田]]巡査部長、人身事故として処理
自車 [[PLATE:富山 300 ち 45-09]] フロントバンパー擦り傷
""")

T("accident_police", """
[[松本]]様（小松店ご担当）

お世話になっております。
昨夜、[[ADDRESS:小松市大川町２丁目６８]]の自宅前に停めていた車のタイヤを4本とも[[CRIME_VICTIM:パンクさせられていました]]。
ナイフのようなもので切られた跡があります。警察には朝一番で[[CRIME_VICTIM:被害届]]を出しました（小松署 生活安全課 [[中谷]]さん）。
タイヤの交換をお願いしたいのですが、今日中に可能でしょうか。
車はレッカーで持って行っていただけると助かります。
[[西田 聡子]]　[[PHONE:0761-24-3390]]
""")

T("accident_police", """
〈保険金請求書類送付状〉

ハートリンク損害保険株式会社　北陸損害サービス課
[[岩田]] 様

下記事故の請求書類を送付いたします。
　証券番号：HL-8830-2241-07
　事故受付番号：A25-0917-3356
　被保険者：[[能登谷 悠]] 様
　事故日：2025年9月17日
　事故内容：[[CRIME_VICTIM:車上荒らし]]（後部ガラス破損、車内の[[CRIME_VICTIM:バッグ盗難]]）
　添付：修理見積書、写真 6枚、[[CRIME_VICTIM:盗難届]]受理番号のメモ

越路モーターズ 金沢西インター店　保険担当 [[川端 志保]]
""")

T("accident_police", """
（電話メモ　敦賀店 [[井口]]）
9/30 16:20　敦賀警察署 交通課の[[杉山]]さんより電話。
当店で整備した車両（[[PLATE:福井 500 む 17-36]]、所有者 [[小西 隆]]様）が、昨日の死亡事故の加害車両とのこと。
ブレーキ整備の記録（8月実施、作業No. 25-0812-07）の提出を求められた。
→店長([[松田]])に報告済。記録はコピーを用意、原本は本社法務と相談。
※所有者の[[小西]]様は[[CRIMINAL:過失運転致死の疑いで取調べ]]を受けているとのこと（警察より）。
""")

T("accident_police", """
件名：当て逃げの犯人が見つかりました

[[寺井]]です。以前[[CRIME_VICTIM:当て逃げされた]]件、防犯カメラから相手が分かったと警察から連絡がありました。
相手の保険で修理費を払ってもらえることになったので、車両保険は使わなくていいですよね？
相手の名前は[[大野 聡]]という人で、保険会社から連絡が来るそうです。
[[川端]]さんによろしくお伝えください。
""")

T("accident_police", """
事故状況説明書（お客様ご記入分の写し）
記入者：[[荻原 良平]]
生年月日：[[BIRTHDATE:1968年2月29日]]
運転免許証番号：[[DRIVER_LICENSE:541208336170]]
住所：[[ADDRESS:長野県千曲市屋代 2214-9]]
事故の状況：
凍結した下り坂でブレーキが効かず、前の車（[[PLATE:長野 330 ぬ 12-77]]）に追突しました。
スピードは20km/hくらいだったと思います。相手の運転手さんは「大丈夫」と言っていました。
けが人：なし
""")

T("accident_police", """
【社内共有】展示場の車両盗難未遂（上越高田店）
10/14 深夜、展示場の中古車（在庫No. U-1008-K03）のドアがこじ開けられ、ハンドルロックが壊されていた。車両は持ち出されず。
→上越警察署に届出済、担当は[[高田]]刑事（鑑識は翌朝）。
→防犯カメラ映像を提出。人物2名が写っている。
→対策：展示場のチェーンを夜間も張る、センサーライト増設。
報告：[[新田]]
""", allow=[("occ", "高田", "高田 is also part of the shop and place name 上越高田店, not a person mention")])

T("accident_police", """
（保険会社への報告用メモ）
被保険者 [[寺島 裕子]] 様
事故日 2025/11/21
状況：交差点で出会い頭に衝突。被保険者は[[MEDICAL:肋骨を骨折し入院]]（済生会病院、約2週間の見込み）。
同乗の長男（[[寺島 陸]] 様、8歳）は[[MEDICAL:頭部打撲で経過観察]]。
相手方：[[松浦 慎吾]] 様、けがなし。相手車両 [[PLATE:金沢 500 ほ 3-88]]
過失割合：協議中（相手方一時停止無視を主張）
""")

T("accident_police", """
[[竹内]]さんへ

お疲れ様です。警察から届いた「交通事故証明書」のコピーを、[[北村]]様の保険請求書類に入れておきました。
甲：[[北村 健吾]]　乙：[[大森 雅紀]]
事故の種別：物件事故
照合記録簿の種別：物件
よろしくお願いします。[[南]]
""")

T("accident_police", """
お世話になります。[[石川 亜美]]です。
昨日、当て逃げ…ではなく、自分でポールにぶつけてしまいました😢 完全に自分の不注意です。
左のスライドドアがへこんで開かなくなってしまいました。
保険を使うか、自費で直すか迷っています。見積もりをお願いできますか？
車：[[PLATE:福井 580 う 51-23]]
""")

T("accident_police", """
件名：家宅捜索に伴う車両の押収について（ご連絡）

越路モーターズ 新潟中央店　御中
[[土田]]様

弁護士の[[三浦 隆一]]と申します。[[長沼 浩]]氏の代理人です。
[[長沼]]氏は現在、[[CRIMINAL:詐欺事件の被疑者として勾留]]されております。
先日の[[CRIMINAL:家宅捜索]]の際、貴社よりリース中の車両（[[PLATE:新潟 300 も 77-12]]）が押収されました。
リース契約の今後の扱いについてご相談したく、ご連絡差し上げました。

三浦法律事務所
[[ADDRESS:新潟市中央区西堀通５番町８６７ 西堀ビル６F]]
TEL [[PHONE:025-228-9130]]
""")

T("accident_police", """
（受付メモ　長野南店 [[清水]]）
[[宮入]]様（80代女性）の娘さんよりお電話。
お母様が[[CRIME_VICTIM:オレオレ詐欺の被害に遭い]]、車の購入資金として貯めていたお金を取られてしまったとのこと。
先月ご契約いただいた軽自動車のご注文は、キャンセルさせてほしいとのご依頼。
警察には[[CRIME_VICTIM:被害届]]を提出済みとのこと。
→手付金 3万円は返金、注文書 No. NG-251019-02 を取消処理。店長[[百瀬]]了承済。
娘さん：[[宮入 由香]]様　[[PHONE:026-286-4129]]
""")

# ===========================================================================
# 10. health_welfare (ind6-0181 .. 0200)
# ===========================================================================
T("health_welfare", """
件名：自動車税の減免申請について

越路モーターズ 新潟中央店
[[土田]] 様

お世話になっております。[[小川 瑞穂]]です。
先日購入した車で、息子の自動車税の減免を受けたいと思っています。
息子（[[小川 蒼空]]、6歳）は[[DISABILITY:脳性まひ]]で、[[DISABILITY:身体障害者手帳1級]]を持っています。
車の名義は私（母）で、[[MEDICAL:通院]]と[[DISABILITY:療育]]の送迎に使います。
申請書の「障害者との関係」欄はどう書けばいいでしょうか。

[[PHONE:080-3314-9027]]
""")

T("health_welfare", """
（福祉車両 商談メモ　[[長谷川]]）
お客様：[[前川 とし子]]様（ご主人 [[前川 茂]]様 78歳）
・ご主人：[[MEDICAL:パーキンソン病]]、[[DISABILITY:車いす使用]]、[[DISABILITY:要介助で立ち上がり困難]]
・[[MEDICAL:訪問リハビリを週2回]]
・主な用途：[[MEDICAL:神経内科への月1回の通院]]、デイサービス（施設の送迎あり）
・ご希望：車いすのまま乗車、奥様おひとりで操作できること
提案：N-BOX スロープ仕様（電動ウインチ付）／シエンタ 車いす仕様
""")

T("health_welfare", """
[[百瀬]]さん

いつもありがとうございます。[[宮坂 悠斗]]です。
父が[[MEDICAL:心筋梗塞で入院]]しまして、[[MEDICAL:ワーファリンを飲む]]ようになったので、しばらく運転は控えるよう[[MEDICAL:主治医から言われました]]。[[MEDICAL:心臓リハビリ]]に週1回通うので、その送迎は私がします。
父の車（軽トラ）は当面私が管理します。冬の間の保管をお願いすることは可能でしょうか。
""")

T("health_welfare", """
ケアマネージャーの[[黒田]]と申します（居宅介護支援事業所 ひだまり）。
担当しております利用者の[[矢野 正雄]]様（82歳）の件でご連絡しました。
[[矢野]]様は[[MEDICAL:軽度の認知症]]があり、ご家族から「車を処分したいが本人が納得しない」とご相談を受けております。
販売店の方から、車の状態や買取りの説明をしていただけると、ご本人も納得しやすいかと思います。
ご家族（長女：[[矢野 恵]]様 [[PHONE:0776-63-2018]]）とご相談いただけますでしょうか。
事業所：[[ADDRESS:福井県坂井市丸岡町一本田２２－５]]　TEL [[PHONE:0776-66-8840]]
""")

T("health_welfare", """
新車注文時の特記事項（[[大橋]]記入）
注文者：[[石黒 千夏]]様
運転者：ご本人（[[DISABILITY:右上肢機能障害]]）
　→左手でハンドル操作できるよう、旋回ノブ取付
　→ウインカーレバーを左側に移設（福祉車両改造 見積 No. FK-0921）
[[DISABILITY:身体障害者手帳 4級]]　自動車税の減免申請あり
備考：改造費は市の補助対象（上限10万円）
""")

T("health_welfare", """
はじめまして。[[大野 沙織]]といいます。
夫が[[MEDICAL:交通事故で脊髄を損傷し]]、[[DISABILITY:下半身まひ]]になりました。
リハビリ病院から来月[[MEDICAL:退院する予定]]で、夫は手だけで運転できる車に乗りたいと言っています。
手動運転装置の付いた車の試乗はできますか。
私は[[MEDICAL:パニック障害で通院中]]で、運転がまだ怖いので、夫が運転できるようになれば本当に助かります。
[[EMAIL:saori.oono@example.com]]
""")

T("health_welfare", """
（電話相談メモ　高岡店 [[今井]]）
[[吉岡]]様（60代男性）より
・[[MEDICAL:糖尿病でインスリン注射]]をしている。先日、運転中に[[MEDICAL:低血糖]]でふらついてヒヤッとした
・自動ブレーキの付いた車に買い替えたい
・主治医には「[[MEDICAL:血糖値が安定するまで運転は控えて]]」と言われている
→安全装備の説明資料を郵送。ご来店は奥様の運転で。
住所：[[ADDRESS:高岡市博労本町７－３３]]
""")

T("health_welfare", """
越路モーターズ様
いつもお世話になっております。介護タクシー「さくら」の[[堀田 和美]]です。
当社の車いす車両（ハイエース、[[PLATE:石川 800 さ 22-16]]）のリフトが途中で止まるようになりました。
明日は、[[MEDICAL:透析の患者さん]]の送迎が3件入っているので、至急見ていただけると助かります。
代車でリフト付きの車はありますか？
[[PHONE:076-298-5501]]
""")

T("health_welfare", """
件名：娘の送迎車について

初めてご連絡します。[[須藤]]と申します。
娘（中学2年）が[[DISABILITY:重度の知的障害と自閉症]]で、[[DISABILITY:特別支援学校に通っています]]。
最近、体が大きくなってきて、私の軽自動車では乗せ降ろしが大変になりました。
スライドドアで、娘が急に飛び出さないように内側から開かない設定ができる車を探しています。
[[DISABILITY:療育手帳はA判定]]です。減免の対象になりますか？

[[須藤 千鶴]]
[[ADDRESS:上越市南本町３丁目５－２８]]
""")

T("health_welfare", """
【ご来店時の配慮事項（顧客台帳 別紙・閲覧制限）】
お客様：[[中村 圭]]様
・[[DISABILITY:左耳が聞こえない]]ため、右側からお声がけする
・[[MEDICAL:てんかんの発作歴]]あり（現在は[[MEDICAL:服薬でコントロール]]、[[MEDICAL:主治医の運転許可あり]]）
・[[MEDICAL:服薬]]の時間（12時）がかかる場合は商談を中断
記入：[[小林 誠]]（松本店）
""")

T("health_welfare", """
[[土田]]さん

この前はありがとうございました。[[渡部]]です。
話していた介護用の回転シート、母がショートステイから戻ったら一度座らせてみたいです。
母は[[MEDICAL:去年転んで大腿骨を骨折]]してから、[[DISABILITY:杖なしでは歩けなく]]なりました。
身長は150cmくらい、体重は42kgです。
[[渡部 さやか]]
""")

T("health_welfare", """
訪問看護ステーション あゆみ　管理者 [[岩崎 陽子]]様

越路モーターズ 福井大和田店の[[野々村]]です。
訪問用の軽自動車 3台のリース見積をお送りいたします（見積 No. FK-L-0330）。
ご要望の「後部座席に医療物品を積むスペース」は、3台ともラゲッジボードで対応可能です。
駐車許可証の掲示用ホルダーもサービスでお付けいたします。
""")

T("health_welfare", """
件名：Re: 納車日のご相談

[[奥村]]さん

ご返信ありがとうございます、[[能村]]です。
娘が代わりにメールしています（母は[[DISABILITY:目が見えない]]ので）。
納車の日は、[[DISABILITY:盲導犬]]の定期検診の日と重なってしまったので、翌週にずらしていただけますか。
母の[[MEDICAL:糖尿病の定期受診]]が月曜なので、火曜か水曜がいいです。
[[能村 遥]]（娘）
""")

T("health_welfare", """
（商談メモ　[[浜田]]）
[[北野 和彦]]様 来店。
「[[MEDICAL:睡眠時無呼吸症候群]]と診断されて、[[MEDICAL:CPAPを使い始めた]]。昼間の眠気が心配なので、運転支援が充実した車がいい」
→アイサイト搭載車 3台を案内、試乗。
奥様も[[MEDICAL:腰痛持ち]]で、シートの硬さを重視。
次回 見積提示 11/9
""")

T("health_welfare", """
福祉車両の展示会（10/19 長野南店）ご来場者アンケートより
・[[田口 美千代]]様：夫が[[DISABILITY:片まひ]]で、助手席回転シートに興味あり。資料送付希望。
・[[木下 隆]]様：[[DISABILITY:下肢障害]]のため手動運転装置を検討。試乗希望。
・[[内田 修]]様：一般の新車検討（福祉車両は不要）。
・[[橋本]]様：施設の送迎車の入替（法人）。見積希望。
・匿名：特になし
集計：[[清水 あかり]]
""")

T("health_welfare", """
はい、こちら越路モーターズ上越高田店です。
（通話記録の要約）
お電話：[[桐生 明美]]様（お客様の奥様）
内容：ご主人（[[桐生 稔]]様）が先週[[MEDICAL:脳出血で倒れ]]、現在[[MEDICAL:集中治療室に入院中]]。
[[MEDICAL:右半身にまひが残る]]かもしれないと医師に言われている。
車検の予定（11/28）はキャンセルしたい。車は当面動かさない。
→キャンセル承り。落ち着かれたらご連絡をいただくことに。お見舞いの言葉をお伝えした。
""")

T("health_welfare", """
[[小森]]さんへ（富山掛尾店サービス）

先日の点検の際に、運転席の足元に注射針のケースが落ちていたとのことで、ご連絡ありがとうございました。
私は[[MEDICAL:1型糖尿病]]で、[[MEDICAL:自己注射]]をしています。うっかり落としたのだと思います。
今後気をつけます。次回の点検でお礼を言わせてください。
[[森 友香]]
""")

T("health_welfare", """
件名：精神障害者保健福祉手帳での減免について

お世話になります。[[吉原]]です。
私は[[DISABILITY:精神障害者保健福祉手帳の1級]]を持っています（[[MEDICAL:統合失調症]]）。
車の購入を考えているのですが、自動車税の減免は受けられますか。
[[MEDICAL:通院]]のために自分で運転したいと思っています。[[MEDICAL:主治医の意見書]]は取れます。
[[吉原 拓]]
[[EMAIL:t.yoshihara@example.net]]
""")

T("health_welfare", """
（店頭メモ　金沢西インター店 [[宮腰]]）
[[笠原]]様ご夫婦来店、奥様が[[MEDICAL:妊娠中（つわりが重い）]]とのことで、試乗は短めに。
ご主人「来年の春に生まれるので、それまでにスライドドアの車が欲しい」
チャイルドシート 2台分の見積希望（上の子 3歳）。
奥様の[[MEDICAL:妊婦健診]]の送迎にも使うとのこと。
""")

T("health_welfare", """
越路モーターズ 松本店 [[小林]]様

いつもお世話になっております。[[降旗]]です。
主人は先月から特別養護老人ホームに入所いたしました。
車いす車両はもう使わなくなりましたので、買い取っていただけないでしょうか。
主人の[[DISABILITY:身体障害者手帳]]で受けていた自動車税の減免も、止める手続きが必要だと市役所で聞きました。
よろしくお願いいたします。
[[降旗 幸子]]　[[PHONE:0263-58-2741]]
""")

# ===========================================================================
# 11. belief_origin_union (ind6-0201 .. 0220)
# ===========================================================================
T("belief_origin_union", """
件名：登録書類について

越路モーターズ 長岡店
[[内山]]様

お世話になります。[[佐野 千景]]です。
車の登録に住民票が必要とのことで取りましたが、「本籍・筆頭者の記載あり」で取ってしまいました。
ちなみに[[FAMILY_ORIGIN:本籍は新潟県佐渡市相川]]で、筆頭者は父の[[佐野 実]]です。
このままで使えますか？ それとも本籍なしのものを取り直したほうがいいですか？

あと、私は女性で、[[SEX_LIFE:同性のパートナーと一緒に住んでいて]]、[[SEX_LIFE:市のパートナーシップ宣誓]]もしています。
車は2人で使うので、保険の運転者の範囲に彼女も入れられるか確認したいです。
""")

T("belief_origin_union", """
（商談メモ　[[荒木]]）
[[大谷 弘子]]様　ご来店
・ご主人（[[大谷 勝]]様）は[[CREED:浄土真宗のお寺の住職]]。法事やお参りで檀家さんの家を回るので、黒系のセダンを希望
・ご主人は[[CREED:衣（法衣）で運転する]]ことが多く、乗り降りしやすい車
・予算 400万円前後
・[[CREED:お寺の行事（報恩講）]]の時期（11月）は納車NG
""")

T("belief_origin_union", """
[[川端]]さん

[[寺井]]です。保険の件で追加です。
私、[[CREED:エホバの証人の信者]]なので、事故で大けがをしても[[CREED:輸血は受けない]]ことにしています。
人身傷害の保険の内容に関係ありますか？ 医療同意の書類を持ち歩いているのですが、車のどこかに入れておいた方がいいでしょうか。
""")

T("belief_origin_union", """
件名：ローン審査の勤務先確認について

越路モーターズ 上田店
[[宮下]]様

お世話になっております。[[赤羽 修]]です。
勤務先への在籍確認の電話ですが、平日の昼間は会社におらず、[[UNION:労働組合の専従]]で組合事務所にいることが多いです。
組合事務所の電話（[[PHONE:0268-24-3371]]）にかけていただければ、私が出ます。
会社の人事（[[小林]]さん）に電話してもらっても在籍は確認できます。
""")

T("belief_origin_union", """
（顧客台帳 特記事項・閲覧制限）
お客様：[[李 成勲]]様（[[イ・ソンフン]]、通称名 [[岩本 成勲]]）
・[[RACE:在日コリアン三世]]。書類は通称名「[[岩本]]」で作成、ただし車検証・ローンは本名で登録
・奥様：[[岩本 理恵]]様
・連絡は平日夜
記入：[[魚住]]
""")

T("belief_origin_union", """
はじめまして、[[萱野 ユリ]]と申します。
私の祖母は[[RACE:アイヌ]]で、私も[[RACE:アイヌの血を引いています]]。
今度、北海道の親戚のところへ、ウポポ（歌）の練習会に車で行きたいと思っています（フェリーで新潟から）。
フェリーに乗せやすい車高の車を探しています。
[[EMAIL:yuri.kayano@example.org]]
""")

T("belief_origin_union", """
越路モーターズ 富山掛尾店　[[竹内]]様

いつもありがとうございます。[[北村 健吾]]です。
来月の商談ですが、[[UNION:組合の執行委員]]をしていて、春闘の交渉が3月中旬まで続くので、3月20日以降にしてもらえますか。
それと、妻が会社の健保ではなく[[UNION:組合の共済]]で自動車保険を見直したいと言っています。比較の資料があれば助かります。
""")

T("belief_origin_union", """
（ローン申込書の写し・記入欄）
申込者氏名：[[本多 直人]]
生年月日：[[BIRTHDATE:昭和55年8月15日]]
本籍：[[FAMILY_ORIGIN:石川県輪島市河井町]]
現住所：[[ADDRESS:金沢市高尾台３丁目８９番地]]
勤務先：北陸電機工業株式会社（[[UNION:同社労働組合の組合員]]）
※旧様式の申込書のため本籍欄あり。新様式では本籍欄は削除されています（審査に不要）。
""")

T("belief_origin_union", """
件名：ご納車日について

[[中西]]様

ご連絡ありがとうございます。[[ハリド・ユスフ]]です。
3月はラマダンで、私は[[CREED:日中断食をしている]]ので、納車の説明は日没後（18時半以降）だと助かります。
お店が閉まっている時間でしたら、4月の第1週でもかまいません。
よろしくお願いします。
""")

T("belief_origin_union", """
（社内メモ・取扱注意）長岡店 [[佐々木]]店長へ
お客様の[[森 博之]]様より、先日の接客で営業の[[内山]]が世間話で「ご出身はどちらの地区ですか」と何度も聞いたことについて、抗議のお電話がありました。
[[森]]様は「自分は[[SOCIAL_STATUS:被差別部落の出身]]で、そういう聞き方をされるのは本当につらい」とおっしゃっていました。以前にも[[SOCIAL_STATUS:結婚の際に出身のことで差別を受けた]]ことがあるそうです。
[[内山]]本人に悪意はなかったようですが、出身地や家柄を詮索する質問をしないよう、店全体で再指導をお願いします。
本部 お客様相談室 [[桜井]]
""")

T("belief_origin_union", """
[[百瀬]]さん
こんにちは、[[小平]]です。
うちの家は[[FAMILY_ORIGIN:代々諏訪大社の神職の家系]]で、私も[[CREED:神主をしています]]。
御柱祭の年は[[CREED:神社の用事]]で車をよく使うので、走行距離が多くなると思います。
残価設定ローンの走行距離の制限、もう少し多めにできますか？
""")

T("belief_origin_union", """
件名：車庫証明の書類（本籍の記載について）

越路モーターズ 敦賀店　[[松田]]様

お世話になります。[[西村 浩二]]です。
ご依頼の書類ですが、手元にあった古い戸籍の写しに「本籍　[[FAMILY_ORIGIN:福井県敦賀市松島町]]」とあり、今の住所とは違います。
車庫証明には住民票があればよいと伺ったので、戸籍は不要ということでよろしいでしょうか。
それと、うちは[[FAMILY_ORIGIN:旧敦賀藩の家老の家柄]]で、父が家紋を車に入れたいと言っています。ステッカーの作製はできますか？
""")

T("belief_origin_union", """
（商談メモ　[[吉村]]）
[[村井 志織]]様（30代）ご来店。
・[[SEX_LIFE:バイセクシュアル]]であることを自然にお話しされた（奥様も同席、お二人で共同購入希望）
・共同名義の可否、ローンの連帯債務の可否を確認 → 要確認
・[[村井 さくら]]様（パートナー）も免許あり
・軽の2台目も検討中
※ご本人了承のうえで記録。台帳には「共同購入希望」とのみ記載すること。
""")

T("belief_origin_union", """
[[宮下]]さん、お疲れさまです。[[関]]です。
上田店のお客様で、[[CREED:日本共産党の市議]]の[[丸山 文子]]さんから、選挙カーのレンタルについて問い合わせがありました。
当社では選挙用車両の貸出しをしていないので、レンタカー会社を紹介しました。
念のため共有です。
""")

T("belief_origin_union", """
Dear Ms. [[Sato]],

Thank you for your help with the car purchase. One more thing: I am [[CREED:Jewish]] and [[CREED:keep Shabbat]], so I cannot sign documents or drive from Friday evening to Saturday evening.
Could we do the delivery on Sunday?

Best,
[[Noa Levi]]
""")

T("belief_origin_union", """
（電話受付　[[土田]]）
[[五十嵐 陽]]様より「社員の通勤車をまとめて買いたい」とのお問い合わせ。
→[[UNION:新潟地域ユニオンの委員長]]をされていて、組合員の方向けに共同購入の割引ができないか、とのこと。
法人営業部 [[稲垣]]部長に回す。
連絡先：[[PHONE:025-271-8894]]（ユニオン事務所）
""")

T("belief_origin_union", """
越路モーターズ 新潟中央店 御中

前略　私、[[CREED:カトリック新潟教会の信徒]]で、[[CREED:教会の送迎ボランティアをしております]][[ヨハネ 高野 哲夫]]（[[CREED:洗礼名]][[ヨハネ]]）と申します。
このたび教会の送迎用に8人乗りの中古車を探しております。
ご寄付の形で安く譲っていただける車があれば、神父様（[[マルコ 佐藤]]神父）とご相談のうえ伺います。
連絡先　[[PHONE:025-222-5108]]（教会事務室、平日10～16時）
""")

T("belief_origin_union", """
（保険申込の不備連絡）
[[樋口]]さん、[[金子]]様の申込書ですが、「その他の運転者」欄に「[[SEX_LIFE:同性パートナー]]　[[野口 健太]]」とあります。
この保険会社の運転者限定「本人・配偶者」では、同性パートナーは配偶者と同等に扱うそうです（約款改定済）。
証明として[[SEX_LIFE:パートナーシップ受領証]]のコピーが必要です。お客様に依頼してください。
保険課 [[本田]]
""")

T("belief_origin_union", """
件名：住所の書き方について

越路モーターズ 高岡店
[[今井]]様

お世話になります。[[中田 勲]]です。
書類の住所欄ですが、昔の地名で「○○部落」と書かれた古い登記簿の写しを母から渡されました。
ネットで調べたら、地域によっては差別に使われることがある言葉だと知りました。
うちは単に集落のことを昔そう呼んでいただけで、そういう出身ではないのですが、書類にはいまの住所（[[ADDRESS:高岡市中田２４８７－６]]）で書けば大丈夫ですよね？
""")

T("belief_origin_union", """
【顧客台帳 記載事項の見直し（本部通達による）】
以下の記載は要配慮個人情報のため削除しました。
・[[大谷 勝]]様：「[[CREED:住職]]」→ 削除（職業欄は「自営業」に）
・[[李 成勲]]様：「[[RACE:在日三世]]」→ 削除
・[[森 博之]]様：「[[SOCIAL_STATUS:同和地区出身]]」→ 削除（そもそも記載不可）
・[[萱野 ユリ]]様：「[[RACE:アイヌ民族]]」→ 削除
・[[村井 志織]]様：「[[SEX_LIFE:バイ]]」→ 削除
作業者：[[桜井]]（本部情報管理）
""")

# ===========================================================================
# 12. hardneg (ind6-0221 .. 0240): look-alikes only
# ===========================================================================
T("hardneg", """
【決算セール】3月29日(土)・30日(日) 全店同時開催！
・ヤリス HYBRID X　車両本体価格 2,180,000円（税込）→ 特別値引き 150,000円
・スズキ ハスラー（5BA-MR92S）残価設定ローン 月々 19,800円～
・ホンダ N-BOX 届出済未使用車 1,498,000円
ご来場の方に先着 100名様 ボックスティッシュプレゼント🎁
※お問い合わせは各店舗の担当者様ではなく、お近くの店舗スタッフまで。
""")

T("hardneg", """
お見積書
見積番号：Q-25-0314-0012　発行日：2025年3月14日　有効期限：2025年4月13日
型式：6AA-MXPH15　車台番号：（登録時に記載）
　車両本体価格　　　　　　 2,596,000
　付属品（フロアマット）　 　29,700
　税金・保険料　　　　　　 　58,430
　登録諸費用　　　　　　　 　71,280
　下取車査定額　　　　　　 ▲320,000
　お支払総額　　　　　　　 2,435,410
""")

T("hardneg", """
作業指示書 No. 25-0411-08
入庫日 2025/04/11　完成予定 04/12 17:00
走行距離 123,456 km
交換部品：
　90915-YZZD4　オイルフィルター　1
　04465-33480　フロントブレーキパッド　1
　87139-58010　エアコンフィルター　1
　08880-13305　エンジンオイル 0W-20 4L　1
備考：エンジンの持病のオイルにじみあり（前回から変化なし）。経過観察。
""")

T("hardneg", """
車のお祓いについてのご案内
新車をご購入のお客様へ、近隣の神社での交通安全祈願のご案内をしております。
ご希望の方は、納車時に担当者へお申し付けください。
※祈願料は各神社に直接お納めください。当社は関与しておりません。
※お寺・教会など、ほかの施設をご希望の場合もお気軽にご相談ください。
""")

T("hardneg", """
福祉車両のご紹介
・車いす仕様車（スロープタイプ）：車いすのまま乗り降りできます。
・助手席回転シート車：足腰の弱い方の乗り降りをサポートします。
・運転補助装置：手だけで運転できる装置の取付も承ります。
身体障害者手帳をお持ちの方は、自動車税・消費税の減免制度がございます（制度の詳細は各自治体へ）。
展示車：長野南店・富山掛尾店にて常設展示中。
""")

T("hardneg", """
お問い合わせありがとうございます。
JA（農業協同組合）のマイカーローン、信用組合のローン、いずれもご利用いただけます。
ローンの仮審査は、運転免許証と収入証明書があれば店頭で30分ほどで結果が出ます。
金利は実質年率 2.9％～（キャンペーン期間中）。
""")

T("hardneg", """
宅配便のお問い合わせ番号：4589-1234-5670
部品（ドアミラーASSY 87910-52M60）を本日発送しました。
到着予定：5月21日（水）午前中
配送センター：0120 の番号ではなく、伝票記載のセンターへお問い合わせください。
伝票番号 3312 8854 0917
""")

T("hardneg", """
[[田中]]社長（田中自動車工業）から、部品の納期について電話あり。
ワイパーアーム 85211-52090 ×10 は、メーカー欠品のため6月上旬入荷予定。
田中自動車さんには、入荷次第こちらから連絡すると伝えた。
受注番号 PO-2025-0518-03　受付 [[南]]
""", allow=[("occ", "田中", "田中 also occurs in the company name 田中自動車工業 / 田中自動車さん, which is a company, not a person mention")])

T("hardneg", """
エンジンの調子が悪いとのことで入庫。
症状：アイドリング時に回転数が 600～900rpm で不安定、時々エンストしそうになる。
診断：スロットルボディの汚れ、イグニッションコイル（No.3）の劣化。「この年式の持病」です。
処置：スロットル清掃、コイル交換（90919-02258）。
試運転 15km、異常なし。
""")

T("hardneg", """
ギフトカードのご案内
ご成約の方に、オリジナルギフトカード（5,000円分）を進呈中です。
カード番号：1234 5678 9012 3456（サンプル表示）
※このカードはクレジットカードではありません。
有効期限：2026年3月31日
""")

T("hardneg", """
お客様各位

ナンバープレートの「希望番号」制度のご案内です。
「1」「8」「88」「8888」など人気の番号は抽選となります（抽選対象番号は地域により異なります）。
図柄入りナンバー（北陸・信越の各地域版）もお選びいただけます。
申込から交付まで、通常 10日～2週間程度かかります。
""")

T("hardneg", """
緊急時の連絡先
・事故でけが人がいる場合：119
・警察への通報：110
・救急相談（夜間）：#7119
・ロードサービス：加入中の保険会社の専用ダイヤル（保険証券に記載）
※当店の営業時間外は、留守番電話にメッセージを残してください。
""")

T("hardneg", """
本日のご来場ありがとうございました！
試乗会アンケート集計（5/17・18 松本店）
・回答数 84件
・「また来たい」 92％
・人気車種 1位 ジムニーシエラ、2位 ルーミー、3位 アクア
・ご意見：「子どもが退屈しなかった」「駐車場が狭い」「試乗時間が短い」
次回は 9月開催予定。
""")

T("hardneg", """
よくあるご質問
Q. ローン返済中に入院したら、支払いはどうなりますか？
A. もし病気やけがで入院された場合でも、ご返済は続きます。団体信用生命保険の付いたローンもございますので、ご契約前にご相談ください。
Q. 高齢の親の運転が心配です。
A. 一般に、高齢ドライバーの事故は踏み間違いが多いといわれています。サポカー（安全運転サポート車）への乗り換えや、後付けの踏み間違い防止装置をご検討ください。
""")

T("hardneg", """
中古車 商品情報
ボルボ XC60 B5 AWD モメンタム
年式 2021年（令和3年）／ 走行 3.2万km ／ 車検 R8.4
VIN は登録書類に記載（現車確認時にご案内）
修復歴なし、ワンオーナー、禁煙車、記録簿あり
支払総額 4,380,000円
""")

T("hardneg", """
整備振興会の講習会のお知らせ（社内回覧）
日時：6月25日（水）13:00～17:00
場所：北陸自動車整備振興会 研修センター
対象：各店サービス課の整備士（2級以上）
内容：ADAS（先進運転支援システム）のエーミング作業
参加希望者は 6/10 までに各店の工場長へ。
""")

T("hardneg", """
住民票の取得についてのご案内
車庫証明・登録には、発行から3か月以内の住民票（本籍・筆頭者の記載のないもの）をご用意ください。
マイナンバー（個人番号）の記載のないものでお願いいたします。
※印鑑証明書は、登録名義人様のものが必要です。
""")

T("hardneg", """
[[竹内]]です。今日の来店は 0 組。雪がひどくて誰も来ませんでした⛄
除雪に 2時間。展示車 6台の雪下ろし完了。
明日は 9:00 開店予定、道路状況によっては 10:00 に遅らせます。
バッテリー上がりの電話が 3件（全部ロードサービスに回しました）。
""")

T("hardneg", """
ヨーロッパ車と日系メーカーの比較表
・燃費：日系ハイブリッドが有利（WLTC 25～30km/L）
・維持費：輸入車は部品代が高め（ブレーキパッド 前後で 4～6万円）
・リセール：国産 SUV は 3年後の残価率 60％以上
・故障：どちらも「病気」と呼ばれる定番トラブルあり（例：電装系、エアコン）
担当者様向け資料（社外秘）
""")

T("hardneg", """
お客様へ
当店は、お寺と病院の間の交差点を入ってすぐ、整骨院の向かいです。
駐車場は 12台、障害者用駐車スペースは入口横に 2台分ございます。
盲導犬・介助犬の同伴も歓迎いたします。
スタッフ一同、お待ちしております。
""")


if __name__ == "__main__":
    main()
