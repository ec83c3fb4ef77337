# -*- coding: utf-8 -*-
"""independent/test7 — hand-written held-out split (synthetic:independent-test7).

Every text below is its own hand-written string. Span markers:
  [[value]]            PERSON   ('|' inside marks the family/given split of a name written
                                 without a separator; it is removed from the text)
  [[LABEL:value]]      any other label of ANNOTATION.md
Run `python3 source.py`: parses, checks, and only if every check passes writes out.jsonl and stats.md.
"""
import json, re, sys, unicodedata
from collections import Counter, defaultdict

SOURCE = "synthetic:independent-test7"
PREFIX = "it7-"
STYLES = ["long_mail", "web_form", "staff_memo", "elderly", "foreign_residents", "voice_input",
          "chat", "business", "accident_crime", "health_care", "belief_origin_union_partner", "hardneg"]
PER_STYLE = 25
LABELS = {"PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE", "MY_NUMBER",
          "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "VIN",
          "RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL", "CRIME_VICTIM",
          "UNION", "FAMILY_ORIGIN", "SEX_LIFE"}
SPECIAL = {"RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL", "CRIME_VICTIM",
           "UNION", "FAMILY_ORIGIN", "SEX_LIFE"}
HONORIFICS = ["様", "さま", "サマ", "さん", "サン", "殿", "氏", "君", "くん", "クン", "ちゃん", "チャン",
              "先生", "課長", "部長", "主任", "店長", "社長", "係長", "次長", "専務", "常務", "会長",
              "院長", "師長", "所長", "支店長", "副店長", "工場長", "マネージャー"]
LATIN_HON = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|san|sama|kun|chan)\b\.?", re.I)
KANJI_DIGITS = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
                "六": "6", "七": "7", "八": "8", "九": "9"}
MAX_HARDNEG_SPANS = 5

TEXTS = []      # (style, raw)
# (text id, context string, surface, reason): an occurrence of a PERSON surface (or name part)
# outside a PERSON span is allowed only inside an occurrence of the context string.
ALLOW_PERSON = []
# (text id, PERSON value, reason): honorific-looking character that is part of the name.
ALLOW_HONORIFIC = []


def T(style, raw):
    TEXTS.append((style, raw.strip("\n")))


def fold_digits(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(KANJI_DIGITS.get(c, c) for c in s)


def digits_of(s):
    return re.sub(r"\D", "", fold_digits(s))


SPOKEN = [("きゅう", "9"), ("きゅー", "9"), ("ぜろ", "0"), ("ゼロ", "0"), ("れい", "0"), ("まる", "0"),
          ("いち", "1"), ("にー", "2"), ("さん", "3"), ("よん", "4"), ("ごー", "5"), ("ろく", "6"),
          ("なな", "7"), ("はち", "8"), ("に", "2"), ("ご", "5"), ("の", "-")]


def spoken_digits(s):
    """Only for the PHONE digit-count warning: read kana digit words as digits."""
    for k, d in SPOKEN:
        s = s.replace(k, d)
    return s


def mynumber_ok(d):
    if len(d) != 12:
        return False
    body = d[:11]
    q = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        w = n + 1 if n <= 6 else n - 5
        q += p * w
    r = q % 11
    cd = 0 if r <= 1 else 11 - r
    return cd == int(d[11])


def luhn_ok(d):
    if not (13 <= len(d) <= 19):
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


MARK = re.compile(r"\[\[(.*?)\]\]", re.S)


def parse(raw):
    out, spans, persons = [], [], []
    pos, plain_len = 0, 0
    errs = []
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        plain_len += len(chunk)
        inner = m.group(1)
        lm = re.match(r"^([A-Z_]+):(.*)$", inner, re.S)
        if lm and lm.group(1) in LABELS:
            label, value, parts = lm.group(1), lm.group(2), None
        elif lm:
            errs.append("unknown label %r" % lm.group(1))
            label, value, parts = "PERSON", inner, None
        else:
            label = "PERSON"
            parts = [p for p in re.split(r"[|\s\u3000・･]+", inner) if p]
            value = inner.replace("|", "")
        if "[[" in value or "]]" in value:
            errs.append("nested marker in %r" % inner)
        spans.append({"start": plain_len, "end": plain_len + len(value), "label": label,
                      "value": value, "parts": parts})
        out.append(value)
        plain_len += len(value)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    return text, spans, errs


SPOKEN_MAIL = [("えぐざんぷる", "example"), ("じぇーぴー", "jp"), ("こむ", "com"), ("ねっと", "net"),
               ("おーあーるじー", "org")]


def email_domain(v):
    v = unicodedata.normalize("NFKC", v)
    for k, r in SPOKEN_MAIL:
        v = v.replace(k, r)
    v = re.sub(r"\s*(\(at\)|\[at\]|アットマーク|あっとまーく|@)\s*", "@", v, flags=re.I)
    v = re.sub(r"\s*(\(dot\)|\[dot\]|ドット|どっと)\s*", ".", v, flags=re.I)
    if "@" not in v:
        return None
    return v.rsplit("@", 1)[1].strip().lower().rstrip(".")


DOMAINS_OK = ("example.com", "example.jp", "example.net", "example.org")


def domain_ok(d):
    return d is not None and any(d == x or d.endswith("." + x) for x in DOMAINS_OK)


def main():
    errors, warnings = [], []
    records = []
    allow_used = [False] * len(ALLOW_PERSON)
    hon_used = [False] * len(ALLOW_HONORIFIC)
    expected = len(STYLES) * PER_STYLE
    if len(TEXTS) != expected:
        errors.append("expected %d texts, got %d" % (expected, len(TEXTS)))
    seen_text = {}
    for i, (style, raw) in enumerate(TEXTS):
        tid = "%s%04d" % (PREFIX, i + 1)
        want = STYLES[i // PER_STYLE] if i // PER_STYLE < len(STYLES) else None
        if style != want:
            errors.append("%s: style %s, expected %s (order)" % (tid, style, want))
        text, spans, perrs = parse(raw)
        for e in perrs:
            errors.append("%s: %s" % (tid, e))
        if "[[" in text or "]]" in text:
            errors.append("%s: stray [[ or ]]" % tid)
        if not text.strip():
            errors.append("%s: empty text" % tid)
        if text in seen_text:
            errors.append("%s: duplicate of %s" % (tid, seen_text[text]))
        seen_text[text] = tid
        prev_end = -1
        for sp in spans:
            v = sp["value"]
            if sp["label"] not in LABELS:
                errors.append("%s: bad label %s" % (tid, sp["label"]))
            if not v:
                errors.append("%s: empty span" % tid)
                continue
            if text[sp["start"]:sp["end"]] != v:
                errors.append("%s: slice mismatch %r" % (tid, v))
            if v != v.strip() or v[0] in " \u3000\n\t" or v[-1] in " \u3000\n\t":
                errors.append("%s: whitespace at edge of %r" % (tid, v))
            if sp["start"] < prev_end:
                errors.append("%s: overlapping/unsorted span %r" % (tid, v))
            prev_end = sp["end"]
            lab = sp["label"]
            if lab == "PERSON":
                bad = [h for h in HONORIFICS if h in v] + LATIN_HON.findall(v)
                if bad:
                    ok = False
                    for k, (aid, aval, _r) in enumerate(ALLOW_HONORIFIC):
                        if aid == tid and aval == v:
                            hon_used[k] = True
                            ok = True
                    if not ok:
                        errors.append("%s: honorific/title %s inside PERSON %r" % (tid, bad, v))
            if lab == "MY_NUMBER" and not mynumber_ok(digits_of(spoken_digits(v))):
                errors.append("%s: MY_NUMBER check digit fails %r" % (tid, v))
            if lab == "CARD" and not luhn_ok(digits_of(spoken_digits(v))):
                errors.append("%s: CARD Luhn fails %r" % (tid, v))
            if lab == "EMAIL" and not domain_ok(email_domain(v)):
                errors.append("%s: e-mail domain not example.* %r" % (tid, v))
            if lab == "PHONE":
                nf = unicodedata.normalize("NFKC", v)
                n = len(digits_of(spoken_digits(v)))
                if not nf.lstrip().startswith("+81") and not (10 <= n <= 11):
                    warnings.append("%s: PHONE %r has %d digits" % (tid, v, n))
            if lab in SPECIAL:
                if re.search(r"(は|が|を|に|で|と|も|の|へ|や|から|まで|より)$", v):
                    warnings.append("%s: %s span ends in a particle: %r" % (tid, lab, v))
        # any e-mail-looking string anywhere must use an example domain
        nf_text = unicodedata.normalize("NFKC", text)
        for m in re.finditer(r"[A-Za-z0-9._%+-]+\s*(?:@|\(at\)|\[at\]|アットマーク)\s*([A-Za-z0-9.-]+\.[A-Za-z]{2,})", nf_text, re.I):
            if not domain_ok(m.group(1).lower()):
                errors.append("%s: e-mail-like string with real-looking domain %r" % (tid, m.group(0)))
        # PERSON coverage
        pspans = [s for s in spans if s["label"] == "PERSON"]
        surfaces = set()
        for s in pspans:
            surfaces.add(s["value"])
            for p in (s["parts"] or []):
                if len(p) >= 2:
                    surfaces.add(p)
        for surf in sorted(surfaces):
            start = 0
            while True:
                j = text.find(surf, start)
                if j < 0:
                    break
                e = j + len(surf)
                covered = any(s["start"] <= j and e <= s["end"] for s in pspans)
                if not covered:
                    ok = False
                    for k, (aid, ctx, asurf, _r) in enumerate(ALLOW_PERSON):
                        if aid != tid or asurf != surf:
                            continue
                        c0 = 0
                        while True:
                            cj = text.find(ctx, c0)
                            if cj < 0:
                                break
                            if cj <= j and e <= cj + len(ctx):
                                ok = True
                                allow_used[k] = True
                                break
                            c0 = cj + 1
                    if not ok:
                        ctx = text[max(0, j - 8):e + 8].replace("\n", "⏎")
                        errors.append("%s: PERSON surface %r not covered at %d: …%s…" % (tid, surf, j, ctx))
                start = j + 1
        rec = {"id": tid, "text": text,
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans],
               "source": SOURCE, "note": "style=%s" % style}
        records.append((rec, spans, style))
    for k, used in enumerate(allow_used):
        if not used:
            errors.append("unused ALLOW_PERSON entry %r" % (ALLOW_PERSON[k],))
    for k, used in enumerate(hon_used):
        if not used:
            errors.append("unused ALLOW_HONORIFIC entry %r" % (ALLOW_HONORIFIC[k],))
    hn = sum(len(sp) for rec, sp, st in records if st == "hardneg")
    if hn > MAX_HARDNEG_SPANS:
        errors.append("hardneg style has %d spans (max %d)" % (hn, MAX_HARDNEG_SPANS))

    # stats
    by_label = Counter()
    by_style = Counter()
    spans_by_style = Counter()
    style_label = defaultdict(Counter)
    person_surfaces = set()
    empty = 0
    for rec, sp, st in records:
        by_style[st] += 1
        spans_by_style[st] += len(sp)
        if not sp:
            empty += 1
        for s in sp:
            by_label[s["label"]] += 1
            style_label[st][s["label"]] += 1
            if s["label"] == "PERSON":
                person_surfaces.add(s["value"])
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s); nothing written." % len(errors))
        sys.exit(1)
    with open("out.jsonl", "w", encoding="utf-8") as f:
        for rec, sp, st in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    L = ["# stats — independent/test7", "",
         "- texts: %d (styles: %d × %d)" % (len(records), len(STYLES), PER_STYLE),
         "- spans: %d; texts without any span: %d" % (sum(by_label.values()), empty),
         "- distinct PERSON surfaces: %d" % len(person_surfaces), "",
         "## Spans per label", "", "| label | spans |", "| --- | ---: |"]
    for lab in sorted(LABELS, key=lambda x: (-by_label[x], x)):
        L.append("| %s | %d |" % (lab, by_label[lab]))
    L += ["", "## Per style", "", "| style | texts | spans | top labels |", "| --- | ---: | ---: | --- |"]
    for st in STYLES:
        top = ", ".join("%s %d" % kv for kv in style_label[st].most_common(6))
        L.append("| %s | %d | %d | %s |" % (st, by_style[st], spans_by_style[st], top))
    L += ["", "## Warnings (%d)" % len(warnings), ""]
    L += ["- " + w for w in warnings] or ["- none"]
    with open("stats.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print("OK: %d texts, %d spans written to out.jsonl; stats.md written." % (len(records), sum(by_label.values())))


# ======================================================================================
# TEXTS
# ======================================================================================
# ---------------------------------------------------------------- long_mail (1-25)
T("long_mail", """
件名：Re: 車検のお見積りについて（ノート E13）

ひなたモーターズ 博多駅南本店
[[江藤]]様

お世話になっております。[[古賀|真理子]]です。
お見積りありがとうございました。総額 98,450円 で了解しました。
代車は軽でかまいません。11月16日（土）の10時に持ち込みます。

それと、先日お伝えし忘れていたのですが、主人が先月から[[MEDICAL:腰椎ヘルニアで通院中]]で、
しばらく運転できないので、引き取りはわたしが行きます。

> [[古賀]]様
> いつもご利用ありがとうございます。担当の[[江藤]]でございます。
> 車検見積（登録番号：[[PLATE:福岡 530 ね 47-12]]）をお送りします。
> ご不明点は代表ではなく、私の携帯 [[PHONE:080-3317-6620]] までどうぞ。

--
[[古賀 真理子]]
[[PHONE:090-8841-2093]]
""")
T("long_mail", """
件名：下取り査定の件（追記あり）

九州ひなたモーターズ
熊本東店　営業ご担当者様

はじめまして。[[緒方]]と申します。
現在乗っているフィット（H27年式、走行 83,200km）の下取りを検討しています。
査定は出張でお願いできますか。住所は下記です。

〒[[POSTAL_CODE:862-0924]]
[[ADDRESS:熊本市中央区帯山8丁目3-27 グランメゾン帯山 305]]
[[緒方|修一]]
携帯：[[PHONE:090ｰ5521ｰ7784]]
mail：[[EMAIL:s.ogata1972@example.jp]]

追記
車検証の車台番号は [[VIN:GK3-1204556]] です。型式 DBA-GK3 と一緒に書いておきます。
平日は仕事なので、土日の午後だと助かります。
""")
T("long_mail", """
件名：Re: Re: 納車日のご相談

[[松尾]]さん

ご連絡ありがとうございます。[[吉村]]です。
25日の納車、了解しました。ただ一点だけ。

妻が[[DISABILITY:左足に障害があり]]、[[DISABILITY:身体障害者手帳（4級）]]を持っています。
自動車税の減免手続きをお店でも手伝っていただけると聞いたのですが本当でしょうか。
手帳のコピーは当日持参します。

>> [[吉村]]様
>> 納車の件、25日（金）午前でいかがでしょうか。
>> 長崎店 [[松尾]]
>
> [[松尾]]さん、金曜日は仕事を抜けられないので土曜日にできませんか。

--------------------
[[吉村|和也]]　[[Kazuya Yoshimura]]
TEL [[PHONE:095-8２4-3310]]
--------------------
""")
T("long_mail", """
件名：【至急】昨夜、駐車場で車をこすられました

鹿児島中央店 サービス課 御中

いつも点検でお世話になっています、[[川畑]]です。
昨夜、天文館の立体駐車場に停めていたところ、戻ったら右リアドアがへこんでいて、
相手はいなくなっていました。[[CRIME_VICTIM:当て逃げされた]]ようです。
今朝、中央警察署に[[CRIME_VICTIM:被害届を出しました]]（受理番号は控えています）。

修理の見積りをお願いしたいです。車両は
　[[PLATE:鹿児島 331 ふ 8-03]]　アクア　黒
保険は車両保険つきです（証券番号は別途）。

連絡先は [[PHONE:０９９－２５７－４４１８]]（自宅）、日中は [[PHONE:070-2284-9130]] です。

[[川畑|恵]]
""")
T("long_mail", """
件名：ローンの引き落とし口座変更について

大分店
ご担当　[[首藤]]様

先日はありがとうございました。[[佐藤|信吾]]です。
オートローンの引き落とし口座を、給与口座に変えたいと思っています。

新しい口座：大分みらい銀行　明野支店　[[BANK_ACCOUNT:普通 3058821]]
名義：[[サトウ シンゴ]]

変更の書類が必要なら郵送してください。送り先は
[[POSTAL_CODE:870-0161]]　[[ADDRESS:大分市明野東2丁目14－9]] です。

なお、前回の契約番号は HN-2291-0047 です（念のため）。

> [[佐藤]]様
> 口座変更は「自動払込利用申込書」のご提出が必要です。
> 大分店　[[首藤]]

よろしくお願いいたします。
""")
T("long_mail", """
件名：お礼と、点検の予約

[[黒木]]さん、こんにちは。宮崎の[[日高|美穂]]です。

先週は娘の車選びに付き合ってくださってありがとうございました。
おかげでN-WGNに決めました😊

ついでと言ってはなんですが、私のタントの12か月点検も予約したいです。
12/7（土）14:00 が空いていればお願いします。走行は 41,870km です。

それと、娘は[[MEDICAL:てんかんの持病があって]]、主治医から運転の許可が出るまで
もう少しかかりそうです。納車は急ぎませんので、その点ご理解ください。

[[日高 美穂]]
[[PHONE:0985-27-6604]]
""")
T("long_mail", """
件名：父の車の件でご相談（佐世保店 [[前田]]様へ）

[[前田]]様

いつも父がお世話になっております。[[山下|昭夫]]の長男の[[山下|健太]]です。
東京に住んでいるため、メールで失礼します。

実は父が先月、[[MEDICAL:認知症の初期と診断され]]、主治医からも運転はやめるよう言われました。
本人はまだ乗る気でいるのですが、家族で話し合い、車を手放すことにしました。
父の車（[[PLATE:佐世保 500 み 20-81]]、ルーミー）の買取をお願いできますでしょうか。

父には私から話しますので、お店から直接電話をされる場合は
父ではなく母（[[山下|和子]]、[[PHONE:0956-31-7725]]）にお願いします。

> [[山下]]様
> 点検のご案内です。次回は2月の12か月点検となります。
> 佐世保店 [[前田|隆]]

[[山下|健太]]（東京都在住）
[[PHONE:080-6690-1147]] / [[EMAIL:kenta.yamashita@example.com]]
""")
T("long_mail", """
件名：部品代のお支払い（カード）

小倉店 パーツ係 御中

先日注文したドアバイザー（品番 08R04-T5A-000、2本組 ¥14,300）の件です。
店頭で払う時間がないので、カードで決済していただけますか。

カード番号：[[CARD:4039 0488 0674 3759]]
有効期限：08/28
名義：[[TAKASHI NOGUCHI]]

受注番号は P-23-11847 と伺っています。

[[野口|隆]]
[[ADDRESS:北九州市小倉北区砂津2-6-15-402]]
[[PHONE:093-551-2098]]

> [[野口]]様
> ご注文ありがとうございます。入荷は11/20頃の予定です。
> ※メールでのカード番号のご送付はお控えください。お電話でお伺いします。
> 小倉店 パーツ担当 [[井上]]
""")
T("long_mail", """
件名：Re: 事故修理の進み具合

[[堤]]様

ご連絡ありがとうございます。[[坂口|由香]]です。
修理の件、パーツ待ちで12月にずれ込むとのこと、承知しました。

体のほうは、事故のあと[[MEDICAL:むち打ちと診断されて]]、今も週2回
[[MEDICAL:整形外科に通っています]]。首を回すと痛むので、代車もできれば
バックモニター付きだと助かります。

保険会社の担当は損保の[[森田]]さん（[[PHONE:0120-36-5521]]）です。
事故受付番号：2024-K-558813

> [[坂口]]様
> 久留米店の[[堤]]です。お車の修理は、リアバンパーとテールランプの交換で
> 部品の入荷が12/3の予定です。
""")
T("long_mail", """
件名：住所変更のお知らせ（点検案内の送付先）

九州ひなたモーターズ 御中

いつもDMを送っていただいている[[永田|聡子]]です。
引っ越しをしましたので、送付先の変更をお願いします。

旧）〒[[POSTAL_CODE:849-0937]] [[ADDRESS:佐賀市鍋島3丁目7番21号]]
新）〒[[POSTAL_CODE:840-0804]] [[ADDRESS:佐賀県佐賀市神野東4-11-3 コーポ神野Ｂ棟１０２号]]

電話は変わらず [[PHONE:0952-33-8190]] です。
車検証の住所変更も必要ですよね？ 手続きの代行費用を教えてください（陸運局へ行く時間がありません）。

[[永田]]
""")
T("long_mail", """
件名：担当の方の対応について

本社 お客様相談室 御中

宮崎店で先月アルトを購入した[[甲斐]]です。
営業の[[黒岩]]さんには大変よくしていただいたのですが、納車後に電話した際、
サービスの方（お名前はたしか[[長友]]さん）に「それは保証外です」と一方的に切られました。

症状はエアコンから異音がするというもので、納車からまだ23日、走行 612km です。
保証書には3年・6万kmとあります。もう一度確認していただけますか。

車台番号 [[VIN:HA37S-108842]]
連絡先 [[PHONE:080 4471 0365]]（18時以降）

[[甲斐|正和]]
""")
T("long_mail", """
件名：契約書類の送付について

[[中島]]さま

お世話になります。[[今村|祐介]]です。
ご依頼の書類、本日簡易書留で送りました（追跡番号 3318-2207-5164）。

・印鑑証明書 1通
・住民票 1通
・車庫証明の所在図
それと、念のためマイナンバーカードの番号も書いておきます → [[MY_NUMBER:0958 8708 8846]]
（要らなければ破棄してください）

生年月日は[[BIRTHDATE:昭和６２年５月１９日]]です。申込書に書き忘れていたので。

> [[今村]]様
> 必要書類は印鑑証明・車庫証明の2点のみで、マイナンバーは不要です。
> 熊本東店 [[中島]]
""")
T("long_mail", """
件名：福祉車両の試乗について

霧島店 御中

はじめてメールいたします。[[有村|千恵子]]と申します。
母が[[DISABILITY:車いすを使って]]おり、[[MEDICAL:通院]]の送り迎えのためにスロープ付きの車を探しています。
シエンタかフリードの福祉車両の試乗はできますでしょうか。

母は[[MEDICAL:週3回人工透析を受けて]]いて、月水金は午前中がふさがっています。
火曜か木曜の午後でお願いできれば助かります。

[[有村|千恵子]]
[[ADDRESS:霧島市国分中央1丁目22-6]]
[[PHONE:0995-46-2187]]
""")
T("long_mail", """
件名：Fwd: 社用車2台の入れ替え

ひなたモーターズ 福岡法人営業 [[西村]]様

いつもお世話になっております。（有）末松工務店の[[末松|浩二]]です。
下記、経理から転送します。

---------- Forwarded message ---------
From: 経理 [[原口]] <[[EMAIL:keiri@suematsu-koumuten.example.jp]]>
社長へ
現在のハイエース2台（[[PLATE:福岡 400 す 1180]]、[[PLATE:福岡 400 す 1181]]）のリース満了は
2025/3/31です。残価精算の見積りをもらってください。
---------------------------------

リース会社の契約番号は LS-0088412 と LS-0088413 です。
よろしくお願いします。

[[末松|浩二]]　[[PHONE:092-947-3306]]
""")
ALLOW_PERSON += [("it7-0014", "（有）末松工務店", "末松", "company name 末松工務店 (contains the owner's surname; the company, not the person)")]
T("long_mail", """
件名：[[CRIME_VICTIM:車が盗まれました]]

長崎店　[[浦川]]様

夜分に失礼します。[[本田|唯]]です。
今朝、アパートの駐車場から私のプリウスが無くなっていました。
[[CRIME_VICTIM:車を盗まれた]]ようで、すぐに浦上警察署へ行き[[CRIME_VICTIM:盗難届を出しました]]。

　登録番号　[[PLATE:長崎 300 ゆ 63-05]]
　車台番号　[[VIN:ZVW51-6123470]]

ローンがまだ残っているのですが、どうなるのでしょうか。
盗難保険（車両保険）の手続きもお願いしたいです。

[[PHONE:090-2731-4458]]
""")
T("long_mail", """
件名：Re: リコールのご案内（届出番号 5012）

お知らせありがとうございます。
ハガキが届いていたのに見落としていました。

入庫は来週の水曜（20日）でも大丈夫でしょうか。作業時間は約1.5時間と書いてありましたので、
待合室で待ちます。

車両：ヴォクシー ZRR80W／登録番号 [[PLATE:久留米 501 か 39-96]]

> お客様各位
> このたび、国土交通省へリコールを届け出ました（届出番号 5012）。
> 対象車両の点検・部品交換を無料で実施いたします。
> 九州ひなたモーターズ 久留米店 サービス課

[[森|悠斗]]
""")
T("long_mail", """
件名：代車の借用について

鹿児島中央店
サービス [[鮫島]]様

車検中の代車をお借りする際、運転者を追加したいです。
追加するのは息子で、免許証の番号を送ります。

氏名：[[鶴田|航平]]
免許証番号：[[DRIVER_LICENSE:971902435810]]
生年月日：[[BIRTHDATE:2003年9月2日]]

私（[[鶴田|正人]]）の分は、前回お借りしたときに登録済みと思います。
よろしくお願いします。

[[鶴田 正人]] / [[PHONE:099-264-0077]]
""")
T("long_mail", """
件名：チャイルドシートの取り付けについて

[[野中]]様

いつもありがとうございます、[[宮原|彩]]です。
実は[[MEDICAL:妊娠8か月]]で、年明けに出産予定です。
新生児用のチャイルドシート（ISOFIX）を、点検のついでに取り付けていただくことはできますか。
お腹が大きくて自分では後部座席に上手く付けられなくて…。

点検予約：1/11(土) 9:30〜
車：N-BOX（JF3）走行 2万8千km

＞[[宮原]]様
＞ISOFIX対応のシートでしたら取付は無料で承ります。大分店　[[野中]]

よろしくお願いします。
""")
T("long_mail", """
件名：FW: お客様からのお問い合わせ（至急対応）

[[平田]]店長

お疲れさまです。受付の[[桑原]]です。
下記、昨日閉店後にフォームではなく直接メールで届いたものです。
ご対応をお願いします。

-----Original Message-----
From: [[EMAIL:tomo.kuroki@example.net]]
Sent: Monday, November 18, 2024 9:41 PM
Subject: エンジンがかからない

お世話になります。[[黒木|智子]]です。
今朝から車のエンジンがかからず、ランプが点滅します。
先月バッテリー交換したばかりです（伝票番号 S-118-0392）。
レッカーは呼んだほうがいいでしょうか。携帯 [[PHONE:090.6624.1178]] です。
--

[[桑原]]
""")
T("long_mail", """
件名：名義変更（父からの相続）について

佐賀店
[[陣内]]様

お世話になっております。[[江口|美樹]]です。
先日お話しした、亡くなった父（[[江口|守]]）のカローラの名義変更の件です。

相続の書類として戸籍謄本を取り寄せたところ、父の[[FAMILY_ORIGIN:本籍は佐賀県唐津市]]のままでしたので、
唐津市役所から郵送で取り寄せることになり、少し時間がかかります。
2週間ほど待っていただけますか。

遺産分割協議書のひな形があれば送っていただけると助かります。
送付先：[[ADDRESS:佐賀県小城市三日月町久米1460-8]]

[[江口|美樹]]　[[PHONE:0952-72-5319]]
""")
T("long_mail", """
件名：注文キャンセルと返金先

熊本東店 [[坂本]] 様

大変申し訳ないのですが、先日注文したヤリスクロス（注文書 No.0041927）を
キャンセルさせてください。夫の[[MEDICAL:がんが見つかり]]、来月から[[MEDICAL:入院して手術]]を受けることになりました。
当面車どころではなくなってしまいました。

申込金の5万円は、以下に振り込んでいただけますか。
　肥後中央銀行　健軍支店　[[BANK_ACCOUNT:普通預金 口座番号 ６１０２４８７]]
　口座名義　[[ウエノ アキコ]]

[[上野|明子]]
""")
T("long_mail", """
件名：書類の送り先（マンション名が抜けていました）

すみません、さきほどのメールで部屋番号を書き忘れていました。
正しくは以下の通りです。

〒[[POSTAL_CODE:810‐0042]]
[[ADDRESS:福岡市中央区赤坂１丁目９－３　ライオンズ赤坂ヒルズ８０８号室]]
[[中川|大輔]]

ポストに名前を出していないので、宅配業者さんには部屋番号で届けてもらってください。

> 送付先のご住所をお知らせください。（博多駅南本店　[[二宮]]）
""")
T("long_mail", """
件名：電話ではなくメールでお願いします

霧島店の皆さま

[[DISABILITY:耳がほとんど聞こえない]]ため、今後のご連絡は電話ではなく
メールかショートメッセージにしていただけますでしょうか。
先日、点検の案内のお電話をいただいたようですが、出られずすみませんでした。

SMS：[[PHONE:080-9015-3362]]
メール：[[EMAIL:fukunaga.k@example.jp]]

来月の車検（満了日 2025年1月14日）の予約を入れたいです。

[[福永|和夫]]
""")
T("long_mail", """
件名：Purchase of a used car / 中古車購入

Dear Mr. [[Ramos]],

Thank you for showing me the used Vitz last Sunday. I want to buy it.
[[ラモス]]さん、ありがとうございました。書類を送ります。

Name: [[Ana Lucia Pereira]]
Passport No.: [[PASSPORT:FP4418270]]
Residence card: [[RESIDENCE_CARD:AB47220519CD]]
Address: [[ADDRESS:Kumamoto-shi Higashi-ku Kengun 3-8-14, Sunny Heights 201]]
Phone: [[PHONE:070-4198-2256]]

My company in Japan is a car parts factory, I can show the employment certificate.
Best regards,
[[Ana]]
""")
T("long_mail", """
件名：Re: Re: Re: 見積りありがとうございました

[[池田]]さん

何度もすみません。[[大迫]]です。
妻と相談して、やはりグレードはZにします。ボディカラーはプラチナホワイトパール（+33,000円）で。
下取りのワゴンRは査定額 12万円で了承します。

支払いは頭金50万円、残りを60回ローンでお願いします。

>>> [[大迫]]様
>>> お見積り（No.Q-7721）を添付いたします。
>>
>> [[池田]]さん、値引きもう少しなんとかなりませんか（笑）
>
> [[大迫]]様、オプションのフロアマットをサービスさせていただきます。[[池田]]

ありがとうございます！それで決めます。
""")
# ---------------------------------------------------------------- web_form (26-50)
T("web_form", """
【ひなたモーターズ】お問い合わせフォームより送信がありました

━━━━━━━━━━━━━━━━━━━━
■お名前　　　：[[中村 翔太]]
■フリガナ　　：[[ナカムラ ショウタ]]
■メール　　　：[[EMAIL:shota.n0412@example.com]]
■電話番号　　：[[PHONE:09012983347]]
■ご希望店舗　：博多駅南本店
■お問い合わせ種別：試乗予約
■ご希望車種　：ヴェゼル e:HEV
■ご希望日時　：11/23 13:00〜
■内容：
妻と二人で伺います。駐車場はありますか？
━━━━━━━━━━━━━━━━━━━━
送信日時：2024-11-19 22:41:07
""")
T("web_form", """
[Webフォーム通知] 査定申込 #A-20241120-0037

氏名: [[荒木|千尋]]
ふりがな: [[あらき ちひろ]]
郵便番号: [[POSTAL_CODE:8600863]]
住所: [[ADDRESS:熊本県熊本市中央区坪井５−１２−７]]
電話: [[PHONE:096-343-7018]]
メールアドレス: [[EMAIL:chihiro.araki@example.org]]
メーカー: スズキ
車種: スペーシア
年式: 2019年
走行距離: 52,000km
車検満了: 2025年6月
備考: 事故歴なし、禁煙車です
""")
T("web_form", """
▼ご来店予約フォーム

お名前（漢字）＊　[[大塚|恵理]]
お名前（カナ）＊　[[オオツカ エリ]]
生年月日　　　　　[[BIRTHDATE:1990/04/27]]
電話番号＊　　　　[[PHONE:080-7713-5026]]
来店店舗＊　　　　宮崎店
来店目的　　　　　☑新車　□中古車　□点検・車検　□その他
同伴者　　　　　　2名（大人1・子ども1）
ご要望
　子どもが[[DISABILITY:自閉症]]で大きな音が苦手なので、静かな商談スペースがあれば助かります。
""")
T("web_form", """
社内転送：
-----------------------------------------
フォーム名：点検・車検予約
受付番号：R-0926-115
-----------------------------------------
ご氏名：[[徳永 孝]]
ご連絡先：[[PHONE:0942 38 5510]]
登録番号：[[PLATE:久留米 580 な 5-27]]
車名：ekワゴン
前回入庫：2023/12/02（オイル交換 4,180円）
ご希望内容：車検（満了日 2025/01/30）
代車：希望する
コメント：特になし
-----------------------------------------
""")
T("web_form", """
件名: [お問い合わせ] 中古車在庫の確認

このメールはシステムから自動送信されています。

[在庫番号] U-KG-03318
[車両] トヨタ アルファード 2.5 S Cパッケージ 2020年式 走行3.4万km 本体価格 498万円
[お名前] [[吉永 大樹]]
[E-mail] [[EMAIL:yoshinaga-d@example.net]]
[TEL] [[PHONE:(099)221-6843]]
[お問い合わせ内容]
この車両はまだありますか。現車確認したいです。ローンの事前審査も希望します。
""")
T("web_form", """
お問い合わせがありました（ひなたモーターズ 公式サイト）

お名前：[[Nguyen Van Thanh]]
フリガナ：[[グエン ヴァン タイン]]
電話：[[PHONE:070 3356 1982]]
メール：[[EMAIL:thanh.nv@example.com]]
ご住所：[[ADDRESS:福岡県久留米市東合川７丁目４番１６号 ハイツ合川２０３]]
お問い合わせ：
ちゅうこしゃを かいたいです。予算は50万円くらいです。
在留カードは[[RESIDENCE_CARD:TA58013962EF]]です。ローンはできますか。
""")
T("web_form", """
【資料請求】

・お名前　[[枝元 ひとみ]]
・郵便番号　〒[[POSTAL_CODE:892-0871]]
・住所　[[ADDRESS:鹿児島市吉野町３２１０－５]]
・電話　[[PHONE:099-243-1075]]
・ご希望カタログ　　ノア／ヴォクシー、シエンタ
・送付方法　　郵送
・その他　　福祉車両（助手席回転シート）のカタログもお願いします。母が[[DISABILITY:膝が悪く]]乗り降りが大変です。
""")
T("web_form", """
>>> 新着フォーム通知 <<<
form: contact_v2
submitted: 2024/11/21 07:12
-----
name = [[下川 功]]
kana = [[シモカワ イサオ]]
tel = [[PHONE:090-1197-4430]]
email = [[EMAIL:isao_shimokawa@example.jp]]
store = 大分店
category = その他
message = 以前お世話になった整備士の[[工藤]]さんはまだいらっしゃいますか。またお願いしたくて。
-----
""")
T("web_form", """
お見積り依頼フォーム

お名前：[[松永|亮]] 様
会社名：（個人）
電話番号：[[PHONE:0956－25－4301]]
メールアドレス：[[EMAIL:r-matsunaga@example.jp]]
希望車種：ハイゼットカーゴ
グレード：デラックス
カラー：ホワイト
オプション：ナビ、ETC、ドラレコ前後
支払方法：ローン（60回）
下取車：あり（エブリイ DA64V、平成22年式、走行 18万km）
ご質問：個人事業主でもローン審査は通りますか？
""")
T("web_form", """
■■ WEB予約 ■■
予約番号 WR-55102

ご予約者　[[原田|奈々]]
電話　　　[[PHONE:080-2205-6319]]
ご来店日　2024年12月1日（日）10:30
店舗　　　佐賀店
ご用件　　タイヤ交換（スタッドレス持込）4本
車両　　　[[PLATE:佐賀 500 ち 72-40]] ／ ムーヴ
メモ　　　ホイールナット用ロックアダプターはグローブボックスにあります
""")
T("web_form", """
フォーム送信内容（ローンシミュレーション後のお問い合わせ）

【氏名】[[吉田 亜美]]
【生年月日】[[BIRTHDATE:平成8年11月3日]]
【勤務先】長崎市内の病院（看護師）
【年収】約380万円
【電話】[[PHONE:095-861-2247]]
【希望】N-ONE 頭金0円・84回払い
【自由記入欄】
勤務が夜勤ありのため、電話は平日14時〜16時にお願いします。
""")
T("web_form", """
＝＝ お問い合わせ（一般） ＝＝
お名前：[[坂元 勇気]]
年齢：34
連絡先：[[PHONE:0985 29 1140]] / [[EMAIL:yuuki.sakamoto@example.com]]
住所：[[ADDRESS:宮崎市大塚町池ノ内1080番地2]]
内容：
車内に財布を置いたまま車検に出してしまいました。
カード類も入っているので、確認していただけますか。
車検伝票番号 MZ-2411-0213、担当は[[日髙]]さんでした。
""")
T("web_form", """
Subject: [HINATA] New inquiry from website (EN form)

Name: [[Rafael Santos Oliveira]]
Email: [[EMAIL:rafael.oliveira@example.org]]
Phone: [[PHONE:+81 80-4421-9035]]
Preferred shop: Sasebo
Message:
I am a US Navy civilian staff in Sasebo. I need a car for 2 years.
Can I buy with my passport [[PASSPORT:583016427]] and SOFA ID? I don't have Japanese license yet, only international.
""")
T("web_form", """
ホームページ「お客様の声」フォーム

投稿者名：[[T.Uchida]]（公開不可）
評価：★★★★☆
ご利用店舗：北九州小倉店
内容：
営業の[[藤本]]さんがとても親切でした。
ただ、納車時に説明してくれた[[若松]]さん（サービス）の説明が早口で、
ナビの設定がよくわからないままです。
連絡先（公開しません）：[[PHONE:093-921-4088]]
""")
T("web_form", """
【オンライン商談予約】

氏名｜[[浜崎 哲也]]
カナ｜[[ハマサキ テツヤ]]
電話｜[[PHONE:090-7428-1633]]
住所｜[[ADDRESS:長崎県諫早市永昌東町19-3]]
方法｜ビデオ通話（Zoom）
日時｜12/04 19:00
相談内容｜
[[DISABILITY:下半身に麻痺があり]]、手動運転装置（アクセル・ブレーキ）付きの車を検討しています。
改造費用の補助についても聞きたいです。
""")
T("web_form", """
フォーム：下取り・買取査定
－－－－－－－－－－－－
お名前　[[宇都 恭平]]
メール　[[EMAIL:kyohei.uto@example.jp]]
電話　　[[PHONE:０８０－３９９０－２７１４]]
車名　　ランドクルーザープラド
型式　　CBA-TRJ150W
車台番号　[[VIN:TRJ150-0078812]]
年式　　2016（平成28）
走行　　11.2万km
修復歴　あり（左フロント）
希望額　250万円以上
－－－－－－－－－－－－
""")
T("web_form", """
新着メッセージ（チャットボット経由でフォームに転送）

ユーザー名: みっちゃん
本名: [[田代|美千代]]
電話: [[PHONE:0952-62-3391]]
質問: ばってりーがあがったみたいです。JAFと、おたくのロードサービスとどっちが早いですか
場所: [[ADDRESS:佐賀県神埼市神埼町田道ケ里2210-1]] 自宅の車庫
""")
T("web_form", """
◆メンテナンスパック申込◆

契約者名：[[村上 蒼]]
登録番号：[[PLATE:大分 300 り 10-92]]
メールアドレス：[[EMAIL:aoi.murakami@example.net]]
パック：ベーシック3年（税込 49,800円）
支払い：クレジット一括
カード下4桁：7321
規約に同意：はい
""")
T("web_form", """
[フォーム] 修理のご相談

● お名前：[[尾上 智也]]
● 電話：[[PHONE:096-285-7740]]
● 車種：セレナ（C27）
● 症状：スライドドアが閉まりきらない
● 発生時期：1週間前から
● 写真添付：あり（3枚）
● その他：
先週、会社の駐車場で誰かにドアを蹴られたようでへこみもあります。
[[CRIME_VICTIM:器物損壊の被害]]として警察には相談済みです。
""")
T("web_form", """
***ご意見・ご要望フォーム***

お名前（任意）：
ご連絡先（任意）：
ご意見：
店舗のトイレに手すりがなく、[[DISABILITY:片麻痺のある]]父が使えませんでした。
改善をお願いします。熊本東店です。
""")
T("web_form", """
web申込 - 試乗
氏名: [[ハン ジウ]]（[[Han Jiwoo]]）
国籍: 韓国
電話: [[PHONE:080-1552-3078]]
免許: 日本の免許あり
免許証番号: [[DRIVER_LICENSE:91 17 0322 4151]]
希望車種: ステップワゴン
希望日: 11/30
""")
T("web_form", """
【自動返信コピー】お問い合わせありがとうございます

以下の内容で受け付けました。
───────────
お名前：[[池永|瑞穂]] 様
電話番号：[[PHONE:090-4055-8127]]
お問い合わせ内容：
軽自動車の残価設定ローンの仕組みを知りたいです。
───────────
担当者より2営業日以内にご連絡いたします。
九州ひなたモーターズ株式会社　〒[[POSTAL_CODE:812-0016]] [[ADDRESS:福岡市博多区博多駅南4丁目17番8号]]
TEL [[PHONE:092-441-0800]]
""")
T("web_form", """
お問い合わせ種別：その他
お名前：[[濵田 健吾]]
電話番号：[[PHONE:0993-52-6186]]
メール：[[EMAIL:kengo.hamada@example.com]]
本文：
以前乗っていたエスティマを売却したのですが、ETCカードを挿しっぱなしにしていたかもしれません。
売却日 2024/10/05、買取番号 BK-60211 です。確認をお願いします。
""")
T("web_form", """
＜法人向けお問い合わせフォーム＞
会社名：株式会社ミヤハラ運輸
部署：総務部
ご担当者名：[[宮原 慎也]]
役職：課長
電話：[[PHONE:0944-72-1301]]
FAX：[[PHONE:0944-72-1302]]
メール：[[EMAIL:s-miyahara@miyahara-unyu.example.jp]]
台数：軽バン5台
ご相談：リースでの入れ替え。現車は2017年式。
""")
T("web_form", """
査定フォーム（簡易）
・メーカー：ダイハツ
・車種：タント
・年式：H30
・走行距離：4.8万km
・郵便番号：[[POSTAL_CODE:880-0916]]
・お名前：[[甲斐 るみ子]]
・電話：[[PHONE:0985-53-2209]]
・メール：なし
・ひとこと：車いす移動車（スローパー）です。娘が[[DISABILITY:車いす生活]]で、このたび施設に入所したので手放します。
""")
# ---------------------------------------------------------------- staff_memo (51-75)
T("staff_memo", """
11/20 15:10 [[林]]様よりTEL（[[PHONE:090-3318-2054]]）
車検見積の件→[[森]]不在のため折返し希望。17時以降可。
車：[[PLATE:福岡 501 せ 19-07]] プリウス
※前回クレームあり（洗車キズ）、対応注意
受：[[辻]]
""")
T("staff_memo", """
【引継】[[堤]]→[[関]]
・[[古川]]様 N-BOX 納車 12/2 AM 書類OK、ナンバー未
・[[白石]]様 下取査定 来週 再TEL
・[[原]]様 代車返却遅れ（原因：本人[[MEDICAL:入院中]]とのこと、家族が返しに来る予定）
以上
""")
ALLOW_PERSON += [("it7-0052", "原因", "原", "原因 (cause) contains the one-kanji surname 原; not a name")]
T("staff_memo", """
入庫メモ　[[PLATE:熊本 330 ほ 71-18]]
お客：[[谷|美奈子]]（[[PHONE:096-368-0241]]）
症状：Eg始動不良、朝一のみ
対応：バッテリー点検→弱、交換提案。見積 18,700
本人「来週まで待てない」→即日交換OK
作業：[[南]]　確認：東店 [[西]]
""")
T("staff_memo", """
ﾒﾓ）[[上村]]さん（霧島）ﾀﾝﾄ ｵｲﾙ交換予約 11/28 10時
ｹｰﾀｲ [[PHONE:080-5562-9917]]
ご主人が[[DISABILITY:視覚障害]]で、ご本人運転のみ。送迎不要。
""")
T("staff_memo", """
TEL受 11/21 9:05
佐賀店 [[陣内]]宛
[[野田]]様（[[PHONE:0952-24-6172]]）
「先週の見積、ローンの金利もう一回説明して」
→[[陣内]]さん出勤後にｺｰﾙﾊﾞｯｸ願います
受付 [[峰]]
""")
T("staff_memo", """
#来店記録 11/22(金)
13:30 [[東]]様ご夫婦 来店（紹介：[[久保]]様）
ｼｴﾝﾀ HV Z 見積No.Q8812
奥様[[MEDICAL:妊娠中]]、3月出産予定→納期重視
下取：ﾌｨｯﾄ H26 走7.1万 → 査定待ち
次回：11/30 再来店
担当 [[岩下]]
""")
T("staff_memo", """
[[森]]さんへ
昨日の[[安部]]様、やっぱり[[CRIMINAL:飲酒運転で捕まった]]らしく免許がないので代車は奥さん運転でお願いします。
免許証は奥さんのをコピー済（[[DRIVER_LICENSE:950802117340]]）
[[辻]]
""")
T("staff_memo", """
※要注意※
[[植木|達也]]様（[[PHONE:090-8820-1573]]）
前回支払い遅延2回。今回の修理（見積 236,500）は前金でお願いする方向。
店長了承済み。
住所変更あり→[[ADDRESS:久留米市野中町1122-3]]
""")
T("staff_memo", """
21日 AM
・ﾄﾖﾀ部品 発注 No.PO-33018 着 25日
・[[柴田]]様 ﾘｱﾜｲﾊﾟｰ 交換済 ¥2,640
・[[川野]]様 TEL×2 不通 → SMS送信（[[PHONE:07012447789]]）
・ﾛｰﾝ審査 [[瀬戸口]]様 承認
""")
T("staff_memo", """
[[堤]]メモ
顧客[[井手|康弘]]さん、ﾊﾟｰｷﾝｸﾞで[[CRIME_VICTIM:車上荒らしに遭った]]とのこと
→ナビ盗られ、ガラス割れ。保険会社に連絡済、修理見積依頼あり
警察の受理番号 第5521号（本人控え）
車 [[PLATE:長崎 502 ぬ 3-44]]
""")
T("staff_memo", """
申し送り（夜間→朝）
ロードサービス出動1件
22:40 [[大神]]様 [[ADDRESS:大分市大字宮崎1418-2]] 付近 脱輪
搬送先：大分店 工場
本人けがなし。同乗の娘さん（[[大神|沙織]]）が[[MEDICAL:気分不良]]で救急車要請→帰宅済
""")
T("staff_memo", """
見積メモ ｵｰﾅｰ [[梶原]]
ｽﾄﾘｰﾑ RN6 → 買取 ¥180,000
ｶｰﾅﾋﾞ ﾊﾟﾅ CN-RX03 付
ﾀｲﾔ 残4mm
ﾒｰﾀｰ 98,440km
客の希望 ¥250,000 → 差 7万 → 検討中
""")
T("staff_memo", """
ﾀﾞｲﾚｸﾄ受付
[[荒木]]様
「息子が[[CRIMINAL:逮捕された]]ので、息子名義の車を引き取りたい」
→名義人本人の委任状が必要な旨説明
弁護士の[[中原]]先生から連絡が来る予定（[[PHONE:096-352-7711]]）
店長報告済 / [[谷]]
""")
T("staff_memo", """
12/3 整備後TEL
[[吉川]]様 → OK、明日引取
[[長尾]]様 → 留守、再TEL
[[迫田]]様 → ﾌﾞﾚｰｷ鳴き再発、再入庫 12/6
全部 [[林]]
""")
T("staff_memo", """
◎商談メモ
[[藤田|誠]]（37）教員
奥さん[[藤田|梢]] 看護師
子2（小3・年中）
現車：ｱｸｱ（H27）
希望：ｼｴﾝﾀ or ﾌﾘｰﾄﾞ 7人乗り
予算：300万まで
ﾈｯｸ：奥さんの通勤 片道40分
TEL：[[PHONE:092-583-6021]]
""")
T("staff_memo", """
FAX受信→転記
発信：[[ADDRESS:佐世保市大塔町5-22]]　[[宮崎|功]]
内容：来週月曜、軽トラの車検。[[DISABILITY:耳が遠い]]ので電話より FAX で返事ください
FAX [[PHONE:0956-33-1928]]
※宮崎店ではなく佐世保店扱い
""")
ALLOW_PERSON += [("it7-0066", "宮崎店", "宮崎", "shop name 宮崎店 (place name), not the customer 宮崎")]
T("staff_memo", """
ｸﾚｰﾑ 11/25
[[福田]]様（ｾﾚﾅ）納車後の傷指摘
→ 納車前写真確認、当店作業時ではない可能性
→ ただし説明不足。[[松尾]]から謝罪TEL済
→ 無償ﾀｯﾁｱｯﾌﾟで合意
報告：[[本村]]
""")
T("staff_memo", """
鍵預かり
No.17 [[有馬]]様 ﾗｲｽﾞ
No.18 [[桑畑]]様 ｱﾙﾌｧｰﾄﾞ（ｽﾏｰﾄｷｰ×2）
No.19 空
No.20 [[中園]]様 ﾊｲｴｰｽ（[[PLATE:鹿児島 100 さ 26-61]]）
""")
T("staff_memo", """
↓社内チャットより（[[辻]]→[[林]]）
さっきの[[平山]]さん、マイナンバーの通知カード持ってきたけど要らないって返した。
番号メモっちゃったけど消しといて→ [[MY_NUMBER:1770 1461 9477]]
…これ書いちゃダメなやつ。あとでシュレッダーします
""")
T("staff_memo", """
ﾃｽﾄﾄﾞﾗｲﾌﾞ同乗 記録
11/23 11:00-11:40
客：[[三浦|亮太]]
ｺｰｽ：店→R3→都市高速→店
免許確認：済（[[DRIVER_LICENSE:91-06-221843-3-1]]）
感想：加速よし、後席やや狭い
同乗：[[堀]]
""")
T("staff_memo", """
保険 事故受付メモ
契約者 [[小川|晃]]
日時 11/24 18:20頃
場所 [[ADDRESS:宮崎市恒久3丁目11-2]] 前の交差点
状況 右直事故、相手方[[村田]]様 過失割合未定
けが 本人 [[MEDICAL:右手首骨折]]（宮崎市内の病院で処置）
車 [[PLATE:宮崎 330 て 88-20]] 自走不可 → 当店へ搬送
""")
T("staff_memo", """
朝礼メモ 11/26
・今月目標 新車 18台 / 実績 13台
・[[濱田]]くん 今週有給（水〜金）
・年末年始の営業は 12/29〜1/3 休み
・CS調査の回答率 41%
・駐車場の白線引き直し 12/1 業者入る
""")
T("staff_memo", """
[[坂口]]さん（元ｽﾀｯﾌ）から問い合わせ
退職証明書を再発行してほしいとのこと → 本社総務へ回す
連絡先 [[EMAIL:sakaguchi.rie@example.com]]
""")
T("staff_memo", """
下取車チェック
[[PLATE:北九州 500 ゆ 9-9]]
車台 [[VIN:JTDKB20U607654321]]
持込：[[八尋]]様
臭い：ﾀﾊﾞｺ強
室内：ﾍﾟｯﾄ毛
減点 -8 → 査定 ¥65,000
""")
T("staff_memo", """
[[吉]]さん（熊本）
「母が[[MEDICAL:脳梗塞で倒れて]]しばらく車乗らないから、保管できる？」
→ 店の保管は不可、月極駐車場を紹介
携帯 [[PHONE:090 6601 3258]]
""")
# ---------------------------------------------------------------- elderly (76-100)
T("elderly", """
拝啓
木枯らしの候、貴社ますます御清榮のこととお慶び申し上げます。
さて、私こと本年八十三歳となり、[[DISABILITY:目もだいぶ薄くなりました]]ので、
免許を返納することに決めました。
長年お世話になった車（カローラ）を引き取っていただきたく、お手紙差し上げました。
擔當の[[有村]]さんにお傳へください。

電話　[[PHONE:〇九九五の四五の二二一八]]
住所　[[ADDRESS:霧島市隼人町內山田二丁目三番十一號]]

敬具
[[新留|トメ]]
""")
T("elderly", """
前略
先日はお電話にて失禮いたしました。
主人があちらへ參りまして早一年、主人の乘つてをりました車を處分したいと存じます。
名義が主人のままでございますが、いかが致せばよろしいでせうか。
私は[[DISABILITY:足腰が弱く]]、お店まで參ることができません。
お手數ですが、一度お越しいただけませんか。

[[福島|キヨ子]]
[[ADDRESS:大分縣宇佐市大字四日市一四二五番地]]
電話[[PHONE:〇九七八－三二－五五一〇]]
""")
T("elderly", """
ひなたモーターズ様

孫に手伝ってもらってメールしています。[[下村|文子]]、八十一歳です。
先月の点検のとき、エンジンの音がおかしいと言われましたが、
修理代がいくらかかるのか、もう一度紙に書いて送ってください。
電話で言われても、[[DISABILITY:耳が遠くて]]よく分かりません。

送り先　〒[[POSTAL_CODE:８５２－８１０５]]　[[ADDRESS:長崎市目覚町七ー十五]]
""")
T("elderly", """
謹啓
平素は格別のお引き立てを賜り厚く御禮申し上げます。
小生、昨年末より[[MEDICAL:心臟を患ひ]]、[[MEDICAL:ペースメーカーを入れました]]。
主治醫の先生より、當分の間運轉は控へるやうにとのことで、
車檢は見送らせていただきたく存じます。
車はしばらく車庫に置いておきますので、バッテリーだけ外していただけますれば幸ひです。
謹白

[[宮之原|重雄]]
""")
T("elderly", """
いつもお世話になってます。
わたくし、[[BIRTHDATE:昭和十四年]]生まれの[[立石|ハナ]]です。
軽トラの車検のお知らせのはがき、ありがとうございました。
畑の仕事でまだ使いますので、お願いします。
十二月の第二月曜日に息子（[[立石|勉]]）が持って行きます。
なにか要るものがあったら、息子の電話にかけてください。
[[PHONE:０９０－１１９２－５０６８]]
""")
T("elderly", """
ひなたモーターズ　大分のお店の方へ

字が下手で讀みにくいと思ひますがお許しください。
先日お店の前の段差でつまづいて轉んでしまひました。
骨は折れてゐないと醫者に言はれましたので御心配なく。
ただ、あの段差は年寄りには危ないです。スロープをつけてはどうでせう。

八十八歳　[[衛藤|千代]]
""")
T("elderly", """
拝啓
時下ますますご清祥のこととお喜び申し上げます。
さて、このたび私ども夫婦は、鹿児島市内の老人ホームに入居することになりました。
つきましては、長く乗ってまいりましたクラウンを手放したく存じます。
妻は[[DISABILITY:要介護三]]の認定を受けており、施設では車を使うこともございません。

入居先
〒[[POSTAL_CODE:891-0141]]
[[ADDRESS:鹿児島市谷山中央五丁目二十二番三號　ケアハウスさくら苑　二〇八號室]]
[[上原|義光]]　同[[上原|澄子]]
敬具
""")
T("elderly", """
車屋さんへ

わしは今年で九十です。[[大野|勘三郎]]と言います。
村の者から、もう運転はやめろと言はれますが、病院もスーパーも遠いので困ります。
おたくで、年寄りでも安全な車はありませんか。自動でブレーキが効くやつです。
去年[[MEDICAL:白内障の手術]]をしたので、目は前よりよう見えます。

電話は[[PHONE:〇九八二の五六の〇三一二]]
""")
T("elderly", """
前略ごめんください
昨日はわざわざ家までお越しいただき有難うございました。
書類の「住民票」を取るのに役場へ行きましたら、
窓口の方にも親切にしていただきました。
印鑑は實印でよろしいのでせうか。
同封いたしますので、よろしくお願ひ申し上げます。

[[岩切|フミ]]
""")
T("elderly", """
ご担当の[[日高]]様

毎年年賀状をありがとうございます。
今年はこちらからは出さずに失礼します。
[[MEDICAL:夏に胃を手術して]]から、字を書くのがおっくうになりまして。
車は娘が乗っていますので、点検のご案内は娘の方へお願いします。
娘　[[田原|恵子]]　電話　[[PHONE:090-2814-7703]]

[[田原|ミツ]]
""")
T("elderly", """
拝啓
先般より度々ご連絡を頂戴しながら、御返事が遲れましたこと御容赦ください。
實は家内が[[MEDICAL:物忘れの病]]で、私がつきっきりになつてをります。
[[MEDICAL:醫師から認知症と告げられ]]、今は介護に追はれる毎日です。
車の買ひ替への件は、一旦白紙にさせていただきたく存じます。
敬具

[[緒方|正勝]]
""")
T("elderly", """
ひなたもーたーずのかたへ

わたしはめがわるいので、おおきいじでかいています。
[[DISABILITY:めがよくみえない]]のです。
くるまはもう のりません。むすこが とりにいきます。
なまえは [[くわはら]] です。
でんわは [[PHONE:０９５６の２２の３４０１]] です。
""")
T("elderly", """
謹啓　初冬の候
いつも點檢のお葉書を有難く拝見しております。
さて、小生の車（[[PLATE:熊本 五〇〇 す 三四－七二]]）でございますが、
先日孫が借りて出かけたところ、バンパーを擦つて歸つて參りました。
修理のお見積りをお願ひしたく、近々孫に持つて行かせます。
孫の名は[[松本|大地]]と申します。
謹白
[[松本|榮一]]
""")
T("elderly", """
ひなたさんへ
年をとりまして[[DISABILITY:手がふるえて]]字がうまく書けませんので、
ヘルパーさんに代筆してもらっています。
毎月の引き落としの口座が、年金の口座に変わりました。
　[[BANK_ACCOUNT:普通　〇二六七三五八]]（九州中央信用金庫　本店）
どうぞよろしくお願いします。
[[森山|キミエ]]（代筆　ヘルパー[[野村]]）
""")
T("elderly", """
前略
お電話では話が通じませんでしたので、手紙にいたします。
私の車は「ミラ」で、今年の六月に車検を受けたばかりです。
それなのに、また車検のはがきが来ました。何かのお間違ひではありませんか。
はがきの番号は No.二〇四五五 です。
お調べの上、お返事をくださいますやう。
草々
佐賀市　[[石橋|トシ]]
""")
T("elderly", """
息子へ頼んで送ってもらひます。

ひなたモーターズ長崎店の皆樣
主人[[中尾|清]]儀、去る十月二十日に永眠いたしました。
生前のご厚誼に深く感謝申し上げます。
主人の車の自動車保險の解約と、車の處分について、
いづれ相談に伺ひますので、その節はよろしくお願ひいたします。

[[中尾|和枝]]
""")
T("elderly", """
拝啓
寒さ厳しき折、皆様にはお変わりなくお過ごしのことと存じます。
私は今年[[MEDICAL:肺炎で二か月入院し]]、すっかり体力が落ちました。
退院後、[[MEDICAL:酸素を吸いながら]]の生活になり、車の運転はもうできません。
家内も免許を持っておりませんので、車を引き取っていただけますか。
敬具

大分市　[[後藤|武夫]]
電話　[[PHONE:097-545-3820]]
""")
T("elderly", """
こんにちは。おばあちゃんの代わりに私（孫）が書いています。
祖母の[[松元|静子]]は[[DISABILITY:目が不自由]]なので、車検のお知らせは読めません。
これからは私のスマホに連絡してください。
孫　[[松元|莉子]]　[[PHONE:080-1229-5537]]
祖母の車：ワゴンR（[[PLATE:鹿児島 580 め 4-12]]）
""")
T("elderly", """
一筆啓上
昨日お店で、若い方（[[今給黎]]さん）に大變親切にしていただきました。
ひとりで車の點檢を待つてゐる間、お茶やお菓子をいただき、
年寄りの話し相手までしてくださいました。
どうか上の方からもお褒めの言葉をかけてあげてください。
敬具
霧島の婆より
""")
T("elderly", """
ご担当の方へ

八十六になる母（[[末吉|ハル]]）のことでご相談です。
母は車の運転はしませんが、デイサービスの送迎車に乗るのに
[[DISABILITY:歩行器を使っていて]]、乗り降りが大変です。
家の車を、助手席が回って外に出てくるものに替えたいと思います。
カタログを送ってください。

[[末吉|昭]]（長男）
[[ADDRESS:宮崎県都城市上町十三街区五号]]
""")
T("elderly", """
謹んで申し上げます
當方、戰前の生まれにて機械のことにはとんと疎く、
ナビと申すものの扱ひがさっぱり分かりませぬ。
孫が帰省した折に教へてもらひましたが、一晩寝ると忘れてしまひます。
[[MEDICAL:腦の病院で記憶力の藥をもらつてゐる]]くらゐですので、致し方ありません。
説明書を大きな字で作つていただけないものでせうか。
[[浦|正二郎]]
""")
T("elderly", """
たびたびすみません
このあいだの見積りのお金、年金が入る十五日まで待ってもらえますか。
十五日に銀行でおろして、お店にもっていきます。
二万三千八百円でしたね。
[[中村|よし]]
""")
T("elderly", """
前略
昨年亡くなった夫は、戦後すぐから「馬場自動車」という小さな修理工場をしておりました。
その工場の土地を売ることになり、残っていた古い部品や工具を引き取っていただける業者さんを
ご存じないでしょうか。
工場の場所は[[ADDRESS:北九州市門司区大里本町二丁目五番一号]]です。
[[馬場|タマエ]]
""")
ALLOW_PERSON += [("it7-0098", "「馬場自動車」", "馬場", "name of the late husband's repair shop (company name)")]
T("elderly", """
拝啓
私は昭和二十年代に満州から引き揚げて参りました者で、今年九十二になります。
息子夫婦と暮らしており、運転は致しません。
先日、息子の車のことでお店に伺った際、待合室の椅子が低く、
立ち上がるのに難儀いたしました。肘掛けのある椅子を置いていただけると
年寄りは助かると存じます。
敬具
[[久保田|ミネ]]
""")
T("elderly", """
お願い
主人が[[MEDICAL:パーキンソン病]]で、もう運転できなくなりました。
車を売りたいのですが、名義は主人です。主人は字を書くのも難しいのですが、
書類はどうしたらよいでしょうか。
[[大石|節子]]
[[PHONE:０９６８－６２－１１０５]]
""")
# ---------------------------------------------------------------- foreign_residents (101-125)
T("foreign_residents", """
こんにちは。わたしは [[Maria Cristina Dela Cruz]] です。フィリピンからきました。
くるまの けんさ（しゃけん）を したいです。
Magkano po ang shaken para sa Mira? いくらですか？
でんわ：[[PHONE:080-6173-2294]]
ざいりゅうカード：[[RESIDENCE_CARD:PH83920174AB]]
Salamat po!
""")
T("foreign_residents", """
Olá! Meu nome é [[Lucas Yamamoto Silva]].
わたしは[[RACE:日系ブラジル人]]の3世です。くまもとの工場ではたらいています。
Quero comprar um carro usado, até 60万円.
日本の めんきょ あります。番号 [[DRIVER_LICENSE:940908315562]]
Telefone: [[PHONE:090 3385 2716]]
Obrigado!
""")
T("foreign_residents", """
Xin chào. Tôi tên là [[Trần Thị Hoa]].
わたしは ぎのうじっしゅうせい です。さがけん に すんでいます。
じてんしゃ ではなく くるま が ほしいです。
でも かいしゃ の [[田中]]さん が「だめ」と いいました。ほんとうですか？
Số điện thoại: [[PHONE:070-2918-3365]]
""")
T("foreign_residents", """
Hello, my name is [[David Okafor]] from Nigeria.
I teach English at a high school in Miyazaki.
I want to lease a small car. My visa is valid until 2026.
Passport: [[PASSPORT:A07845123]]
Residence card: [[RESIDENCE_CARD:NG40271835JP]]
Email: [[EMAIL:d.okafor@example.com]]
Please reply in English or easy Japanese. やさしい にほんご OK です。
""")
T("foreign_residents", """
すみません。わたしの くるま、きのう ぶつけられました。
あいて の ひと は にげました。[[CRIME_VICTIM:ひきにげ]]です。
けいさつ に いきました。
Sobrang nakakainis po. Sira ang pinto sa kanan.
なまえ：[[Jonalyn Reyes]]
しゃりょう：[[PLATE:佐世保 580 あ 61-53]]
""")
T("foreign_residents", """
こんにちわ
わたし [[グエン・ティ・マイ]] です。
ベトナム人 です。くるまの ローン を したいです。
わたしの おっと は にほんじん です。なまえ [[高木|悟]]。
おっと の でんわ [[PHONE:090-4417-8821]]
わたし の でんわ [[PHONE:080-3362-1190]]
""")
T("foreign_residents", """
Boa tarde. Sou [[Fernanda Higa]].
A minha filha está [[MEDICAL:grávida]] ([[MEDICAL:にんしん しています]]), and we need a bigger car before the baby.
ミニバン の みつもり を おねがいします。
住所 [[ADDRESS:大分県大分市羽屋3丁目2-41 レオパレス羽屋 105]]
""")
T("foreign_residents", """
Hi! I'm [[Aisha Rahman]]. I am a student at APU in Beppu.
I am [[CREED:Muslim]], so I [[CREED:pray 5 times a day]]. If I come to the shop on Friday afternoon,
I need about 15 minutes for prayer. Is there a quiet room?
I want to see the used Honda Fit (stock no. U-OT-2288).
My number: [[PHONE:080-4410-2917]]
""")
T("foreign_residents", """
Magandang araw po!
Ako po si [[Rowena Bautista]]. 
くるま の タイヤ が パンク しました。いま [[ADDRESS:鹿児島市宇宿2丁目18-5]] の まえ に います。
たすけて ください!! 
Tawag po kayo sa [[PHONE:070-7325-1148]].
""")
T("foreign_residents", """
わたしは ネパール から きました。[[Bikash Gurung]] です。
カレー の みせ で はたらいています（ふくおか・はかた）。
配達 の ための けいトラック が ほしいです。
きんじょ の [[Suresh]] さん が ひなたモーターズ を しょうかい しました。
パスポート [[PASSPORT:PA4419026]]、ざいりゅうカード [[RESIDENCE_CARD:NP20471936FK]]
TEL [[PHONE:080-9925-1034]]
""")
T("foreign_residents", """
Chào anh [[Lâm]],
Cảm ơn anh đã giúp em hôm qua.
きのう は ありがとうございました。
くるま の めいぎ へんこう の しょるい、あした もっていきます。
[[Phạm Văn Đức]]
""")
T("foreign_residents", """
Hello. I'm [[Tom Becker]] from Germany, working at a semiconductor factory in Kikuyo.
My wife [[Lena]] is [[DISABILITY:deaf]], so please contact us by email only, not by phone.
We are looking for a 7-seater. Budget: around 4 million yen.
[[EMAIL:t.becker.kumamoto@example.net]]
""")
T("foreign_residents", """
おしえてください。
わたしは ちゅうごく から きました。[[RACE:朝鮮族]] です。
なまえは [[金|美英]]（[[キム ミヨン]]）です。
くるま の ほけん の やくかん が むずかしい です。ちゅうごくご の せつめい は ありますか。
""")
T("foreign_residents", """
Good morning. This is [[Jun Villanueva]], I bought the Vitz last month from Mr. [[Tanaka]] at Hakata shop.
The check engine light is ON since yesterday 😢
Can I bring it today after 5pm? 
Plate: [[PLATE:福岡 500 ろ 77-16]]
Thank you po.
""")
T("foreign_residents", """
わたし、[[Sarangerel]] です。モンゴル から。
おすもう の へや で コック を しています。
くるま を かいたい けど、にほん の めんきょ が まだ ありません。
こくさいめんきょ で かえますか？
へや の おかみさん の でんわ：[[PHONE:092-643-0917]]
""")
T("foreign_residents", """
Bom dia!
Meu marido, [[Paulo Kobayashi]], [[MEDICAL:sofreu um AVC]] (のうこうそく) em setembro.
Ele não pode dirigir agora. Queremos vender o carro dele.
わたし は にほんご すこし。むすめ [[Erika]] が つうやく します。
[[Erika]]: [[PHONE:080-2641-7759]]
""")
T("foreign_residents", """
To: Hinata Motors Kagoshima
From: [[Kevin Moore]] (English teacher, Kanoya)

At a police checkpoint last week, the officer told me my shaken expires on 12/10.
No problem, he was kind, but I didn't know! Can you do shaken ASAP?
Car: Daihatsu Move, plate [[PLATE:鹿児島 580 ひ 92-31]]
Tel [[PHONE:0994-41-2873]]
""")
T("foreign_residents", """
Hi po, si [[Liza Mendoza]] po ito.
Asawa ko po si [[Hiroshi Ono]] (おの ひろし), pero ako po ang magbabayad.
カード で はらいます。
[[CARD:5869 5312 9857 9056]]
Expiry 03/27
Salamat!
""")
T("foreign_residents", """
Dear Sir/Madam,
I am [[Wei Zhang]], a researcher at Kyushu University (Ito campus).
I want to register my car to my new address:
[[ADDRESS:Fukuoka-shi Nishi-ku Kyudaishinmachi 6-15-302]], [[POSTAL_CODE:819-0388]]
Also please update my email: [[EMAIL:zhang.wei.k@example.jp]]
Regards
""")
T("foreign_residents", """
こんにちは。[[ヌルル]] です。インドネシア から。
わたし と おっと は [[CREED:イスラムきょう]] です。
くるま の なか の ラジオ が こわれました。なおして ください。
らいしゅう は ラマダン なので、ごご の はやい じかん が いいです。
""")
T("foreign_residents", """
Xin lỗi,
わたしは [[Nguyễn Thị Lan]] です。ながさき に すんでいます。
くるま の ほけん の はなし です。
きのう しごと で [[MEDICAL:てを けがしました]]。びょういん に いきました。
くるま の じこ では ないです。ほけん つかえますか？
Điện thoại: [[PHONE:070-5501-8814]]
""")
T("foreign_residents", """
Hello! [[Priya Nair]] here (Indian, working at a software company in Fukuoka).
I want a car with good AC, it is very hot in summer lol
I am vegetarian, is there any restaurant near your Hakata shop? Just asking 😄
Test drive on Saturday?
""")
T("foreign_residents", """
Olá, sou [[Mariana Tanaka]].
Quero mudar o titular do seguro do carro para o meu nome.
ほけん の なまえ を かえたい です。
Meu endereço novo: [[ADDRESS:大分県別府市石垣東8丁目3-7 サンハイツ 2F]]
Celular: [[PHONE:080 5543 2190]]
""")
T("foreign_residents", """
Kumusta po!
Ako po si [[Grace Aquino]], nagtatrabaho sa nursing home sa Saga.
わたし は [[DISABILITY:右の 耳 が きこえません]]。でんわ より LINE が いいです。
LINE ID: grace_aq88
Gusto ko po ng kei car na mura. やすい けい を ください。
""")
T("foreign_residents", """
お世話になっております。[[王|麗]]（[[Wang Li]]）です。
先月、夫が[[CRIMINAL:入管法違反で逮捕されて]]、いま会えません。
夫の名前の車は、わたしが乗っても大丈夫でしょうか。
保険のことが心配です。
連絡先 [[PHONE:090-6617-0242]]
""")
# ---------------------------------------------------------------- voice_input (126-150)
T("voice_input", """
もしもしあのー車検の予約ばしたかとですけど来週の火曜日って空いとりますかね名前は[[くろき]]です黒い木の[[黒木]]です[[くろき|たかし]]電話番号は[[PHONE:ぜろきゅうぜろのよんさんにいちのはちはちごーなな]]ですよろしくお願いしますー
""")
T("voice_input", """
えーっと博多駅南の店の[[まつお]]さんにお願いしたいんですけど[[ま つ お]]さんですね私[[ふるかわ]]と申しますえー今朝ですね車ぶつけてしもうて相手の人は大丈夫やったとですけど私が[[MEDICAL:首ば痛めて病院に行っとります]]けん今日は行かれんとです明日電話します
""")
T("voice_input", """
あのですね住所ば言いますけん書いてもらえますか[[ADDRESS:くまもとしひがしくけんぐんほんまちにのさんのじゅうご]]ですはいそうです[[ADDRESS:ケングン本町の二の三の十五]]ですね名前は[[さかもと|まさこ]]です
""")
T("voice_input", """
おはようございますうちの人が[[MEDICAL:がんの治療で抗がん剤ば使いよる]]けん運転はわたしがするごとなったとですけど免許取ったばっかりで大きい車は怖かけん軽に替えたかとですよ名前は[[いのうえ]]ですフルネームは[[いのうえ|みよこ]]
""")
T("voice_input", """
はいもしもし鹿児島中央店さんですかおいは[[かわばた]]ち言いもすが車のエンジンがかからんごっなったどん見てもらえもはんか場所は[[ADDRESS:鹿児島市武一丁目二十三の八]]でごわす電話は[[PHONE:〇九九 二五一 七七四〇]]じゃっど
""")
T("voice_input", """
えっとメールアドレス言います[[EMAIL:えむ てぃー えー けー えー あっとまーく えぐざんぷる どっと じぇーぴー]]ですたかはしのたかは高い橋です名前は[[高橋|実]]ですみのるです
""")
T("voice_input", """
あーもしもし先週ね点検に出した[[のぐち]]ですけどね帰ってきたらね車ん中に知らん人の傘が入っとったとよ店の人のやろか返しに行きますけん[[野口]]の名前で預けとってください
""")
T("voice_input", """
音声メモ 現場から 事故車両引き取り 国道10号線 宮崎市大島町付近 ドライバー[[くろぎ|しんや]]さん本人[[MEDICAL:額ば切って]]救急で運ばれた 車両は[[PLATE:宮崎 ごひゃくさんじゅう ち はちはちのいちに]] エアバッグ展開 レッカー手配済み
""")
T("voice_input", """
もしもしさっき電話した者ですけど言い忘れとったんですけどうちの子が[[DISABILITY:発達障害のある]]子でですね試乗のときに一緒に行くかもしれんのですけど大きな声ば出したりしたらすみませんって先に言うときます[[よしだ]]です
""")
T("voice_input", """
カード番号言いますね[[CARD:よんはちいちはち ななろくさんろく なないちぜろなな ぜろさんにいち]]です有効期限は2027年の9月ですお名前はローマ字で[[HIROKO MATSUMURA]]ですはい[[まつむら|ひろこ]]です
""")
T("voice_input", """
ちょっと聞きたかとやけどうちの母ちゃんが[[DISABILITY:目が見えんごとなって]]一人で病院行けんけん送り迎えできる車ば探しよるとよ福祉車両ってやつ?あれ高かと?値段だけ教えて
""")
T("voice_input", """
えー[[ふじもと]]です[[ふじもと|けんじ]]の[[藤本|健司]]です車の鍵ばお店に忘れた気がするとですけど青いキーホルダーがついとりますもし見つかったら[[PHONE:ぜろはちぜろ ろくいちななはち さんよんにーいち]]に電話ください
""")
T("voice_input", """
わたし[[あべ]]ですけどね[[阿部]]の阿は阿蘇の阿でね免許証の番号は[[DRIVER_LICENSE:きゅうよん いちぜろ ぜろはちにろくななさん いち ぜろ]]ですこれで代車借りられますか
""")
T("voice_input", """
車内で音声入力してます運転中じゃないです駐車場です今ですねお店の駐車場で隣の車にドアぶつけられてそのまま逃げられたっちゃん[[CRIME_VICTIM:当て逃げされた]]けん警察呼んでいいと防犯カメラ見せてもらえる?
""")
T("voice_input", """
もしもしはい[[ひらやま]]です昨日の見積りの件なんですけど主人と話したらやっぱり高かねって言いよって頭金が三十万でローンが六十回やったら月いくらになるか計算してもらえますか折り返しは[[PHONE:ぜろきゅうろくのさんななはちのいちいちぜろご]]にお願いします
""")
T("voice_input", """
メッセージを送信します宛先[[こうの]]さん本文今から店に向かいます十分くらい遅れますすみません[[みやざき]]より送信
""")
T("voice_input", """
えーとですねぇ名前が[[ウエムラ]]で上の村ですね[[上村|涼子]]ですあのー郵便番号が[[POSTAL_CODE:はちきゅうきゅうのよんごうまるまる]]でえー住所が[[ADDRESS:姶良市加治木町反土二二一〇の三]]ですはい
""")
T("voice_input", """
大分の店の人に伝えてほしいっちゃけどうちの旦那がね[[MEDICAL:ぎっくり腰になって]]しもうて明日の納車に行けんのよだけん来週の土曜日にしてくれんかなぁ[[えとう]]です名前言えばわかると思う
""")
T("voice_input", """
警察の人に言われたとおりに言いますね[[CRIME_VICTIM:車の中からバッグを盗まれて]]中に免許証が入っとったんで再発行の間は運転できんとですよね名前は[[くぼ|ゆうき]]です
""")
T("voice_input", """
はいこちら長崎店の[[うらかわ]]さんにつないでくださいそうです[[うらかわ]]さんです私は[[はしぐち]]と申しますけど前にローンの件でお世話になってですねはいはい待ちます
""")
T("voice_input", """
ナンバーは[[PLATE:さが ごひゃく さ の よんよん ななきゅう]]です車は白のフィットでたぶん店の裏に停めとると思うんですけど鍵はフロントに預けとります代車返しに来ました[[つつみ]]です
""")
T("voice_input", """
あいどうもどうも[[しいば]]ですばってん今日は点検の日やったとばってん孫が[[MEDICAL:インフルエンザにかかって]]しもうて面倒見らないかんけん来週にずらしてもらえんやろか
""")
T("voice_input", """
もしもし車の中に財布ば忘れたっちゃけど車ってもう業者に引き渡した?売った車ね[[PLATE:ふくおか さんさんまる ね いちいちのにーろく]]のやつ名前は[[たなべ]]です[[たなべ]]は田んぼの田に部首の辺
""")
T("voice_input", """
えー音声入力で失礼しますホンダのN-BOXのカスタムのターボで見積りお願いします色は黒でオプションはナビとETCとドラレコで予算は二百万以内です下取りはありません以上です
""")
T("voice_input", """
あのね言いにくいっちゃけど主人が[[CRIMINAL:酒気帯びで捕まって]]免許取り消しになったけん車一台手放そうと思って主人の軽ば買い取ってくれる？[[よしむら]]の妻です電話は[[PHONE:０８０の４４７２の３９１５]]
""")
# ---------------------------------------------------------------- chat (151-175)
T("chat", """
[LINE] ひなたモーターズ博多駅南本店
[[たかゆき]]🚗：こんにちは！昨日見積もらった[[森本]]です
[[たかゆき]]🚗：下取りの金額ってもう少し上がりませんか🙏
スタッフ[[江藤]]：[[森本]]様 こんにちは！確認しますので少々お待ちください
[[たかゆき]]🚗：はーい
""")
T("chat", """
🌸[[mika]]🌸
車検の予約したいです〜
来週の土曜あいてますか？？

ひなたモーターズ佐賀店
ありがとうございます😊 お名前とお車のナンバーを教えていただけますか？

🌸[[mika]]🌸
[[山口|美香]]です！
ナンバーは[[PLATE:佐賀 581 や 8-81]]です〜🚙
""")
T("chat", """
[[ゆう]]（のりもの好き）: すみません、展示車のN-VANってまだあります？
店舗アカウント: ございます！在庫番号 N-4402 です
[[ゆう]]（のりもの好き）: 明日見に行きます。[[佐々木]]って言います
[[ゆう]]（のりもの好き）: 電話は [[PHONE:080-3321-7765]] っす
""")
T("chat", """
[[こうた]]💪
[[原口]]さんおつかれさまです！
昨日の件、妻がOKって言ったので契約します🙆‍♂️
印鑑証明はいつまでに持ってけばいいですか？

[[原口]]（ひなた久留米）
[[中島]]様ありがとうございます！🎉
印鑑証明は納車の2週間前までにお願いします。
""")
T("chat", """
[[ken]]_1988: おつかれさまです
[[ken]]_1988: 先週の点検でオイル漏れって言われたやつ、部品届きました？
熊本東店: [[坂本]]です！本日入荷しております🔧 明日以降でご都合いかがでしょうか
[[ken]]_1988: じゃ明日の夕方で
熊本東店: 承知しました。17時でお待ちしております！
""")
T("chat", """
🐶ぽち母🐶
すみません、今朝お店の駐車場で子どもが車酔いして吐いちゃって😭
[[MEDICAL:喘息の吸入薬]]をそちらのベンチに忘れたかもです、青いケースのやつ💦
[[吉岡]]です、さっき点検に出したアクアの！

ひなた大分店
[[吉岡]]様、ございました！受付でお預かりしております😊
""")
T("chat", """
[[かずま]]
今から行きます
あと15分くらい🙇

[[かずま]]
ナンバー[[PLATE:北九州 330 も 2-19]]の白いハリアーです

ひなた小倉店 [[井上]]
承知しました！お気をつけてお越しください🚗
""")
T("chat", """
[[れな]]🍓: こんばんは！遅くにすみません
[[れな]]🍓: 彼氏の車借りてて、擦っちゃいました😱
[[れな]]🍓: 彼の名前で修理って出せますか？彼は[[矢野|匠]]です
[[れな]]🍓: 私は[[岡|玲奈]]です
スタッフ: ご本人様のご了承があれば大丈夫です🙆 明日お電話させてください
""")
T("chat", """
Mr.[[Taka]]: 明日の試乗って何時でしたっけ
Mr.[[Taka]]: あ、あと免許証の写真送ります
Mr.[[Taka]]: [[DRIVER_LICENSE:９１０５１３３４７２８２]]
店舗: [[高原]]様、明日は11時です。免許証は当日ご提示いただければ大丈夫ですので、番号の送信はお控えくださいね🙏
""")
T("chat", """
[[ゆみ]]👵
お疲れ様です
母が[[MEDICAL:入院中]]で、母の車の自賠責の書類って何か要りますか？
うちの車じゃないんで分からなくて💦

ひなた宮崎店 [[日髙]]
ご連絡ありがとうございます。お母様の書類は車検証と自賠責証明書があれば大丈夫です。
お大事になさってください。
""")
T("chat", """
[[ひろ]]🏀
明日納車楽しみすぎて寝れません笑
何時でしたっけ？

スタッフ[[松本]]
ありがとうございます🎉 明日の10時です！
お名前入りのプレートもご用意してます✨

[[ひろ]]🏀
やば、テンションあがる
""")
T("chat", """
[[dai]]: すみません、ホイールのナットが1個ないんですけど
[[dai]]: 昨日タイヤ交換してもらった[[大久保]]です
[[dai]]: 写真送ります📷
[[dai]]: [画像]
ひなた福岡: 大変申し訳ございません！すぐ確認いたします。担当[[中尾]]から折り返します
""")
T("chat", """
ﾁｬﾝ[[ﾐﾎ]]
あのー、車の中の[[CRIME_VICTIM:財布盗まれました]]😭
鍵かけ忘れて…
[[CRIME_VICTIM:財布盗まれた]]の、警察に言った方がいいですよね？？

ひなた長崎店
それは大変でしたね…！はい、まずは警察へご連絡をお願いします。
盗難届の受理番号は保険の手続きでも使います。
""")
T("chat", """
🍺[[てつお]]🍺
今日は飲み会なんで車は店に置いて帰ります〜
明日取りに行きます！
[[鬼塚]]です

ひなた熊本東店
[[鬼塚]]様 承知しました🍻 お気をつけて！
""")
T("chat", """
[[まり]]🐱: 質問です！
[[まり]]🐱: 車いすごと乗れる軽ってありますか？
[[まり]]🐱: 祖父が[[DISABILITY:車いす]]なんです
ひなた鹿児島中央店: ございます！スペーシアやN-BOXのスロープ仕様がございます🚐
ひなた鹿児島中央店: 一度ご来店いただければ実車で乗り降りを試せますよ
""")
T("chat", """
グループ「ひなた佐世保店 営業」
[[浦]]：今日の来店3組
[[浦]]：[[前田]]さん、[[小柳]]様の件どうなりました？
[[前田]]：注文いただきました！🎉
[[浦]]：ナイス👏
""")
T("chat", """
naoki.f
こんばんは。車のローンの引き落とし口座変えたいです
新しいの→ [[BANK_ACCOUNT:十八親和銀行 住吉支店 普通 4410287]]
名義 [[フクダ ナオキ]]

ひなた長崎店
[[福田]]様 ありがとうございます。口座変更は書面でのお手続きが必要なため、書類を郵送いたします🙇
""")
T("chat", """
👨‍🔧サービス[[平野]]：[[古賀]]様、お車の点検終わりました！ブレーキパッドが残り2mmなので交換をおすすめします
[[古賀]]：いくらですか？
👨‍🔧サービス[[平野]]：前輪で 12,980円（税込）です
[[古賀]]：じゃあお願いします🙏
""")
T("chat", """
🌈[[あやか]]🌈
[[大西]]さーん！昨日はありがとうございました😆
娘がチャイルドシートめっちゃ気に入ってます🥰
写真送ります📸
[画像]
""")
T("chat", """
ユーザー: 営業時間何時までですか
ひなたBot: 営業時間は10:00〜19:00です（毎週水曜定休）
ユーザー: 日曜もやってる？
ひなたBot: はい、日曜・祝日も営業しております
ユーザー: ありがと
""")
T("chat", """
[[しゅん]]🎸: すみません、彼女と一緒に車見に行きたいんですけど
[[しゅん]]🎸: 彼女が[[DISABILITY:聴覚障害]]があって、筆談でもいいですか？
店舗: もちろんです！筆談ボードやタブレットもご用意しておりますので安心してお越しください😊
""")
T("chat", """
🍀[[なつみ]]🍀
昨日事故ってしまいました😭
信号待ちで後ろから追突されて…
[[MEDICAL:首が痛くて病院行ったら頸椎捻挫]]って言われました
車どうしたらいいですか

ひなた福岡
お怪我大丈夫ですか…！まずは保険会社にご連絡をお願いします。お車は当店でお預かりできます🚗
""")
T("chat", """
[[ryo]]_kgsm: 見積もりの金額って税込？
[[ryo]]_kgsm: 諸費用込みで 2,456,800円 ってやつ
霧島店: はい、税込・諸費用込みの金額です！
[[ryo]]_kgsm: りょ
""")
T("chat", """
ひなた大分店
[[首藤]]です。[[川野]]様、明日の点検のご確認です。10時でお待ちしております。

[[ｶﾜﾉ]]
すみません明日は病院の日でした💦 [[MEDICAL:リハビリに通ってて]]…
来週でもいいですか？
""")
T("chat", """
[[たつや]]
さっき電話した[[宮崎]]です
ナンバー [[PLATE:熊本 500 あ 31-31]] のレッカーお願いしてた件、何時ごろ来ますか？
場所は[[ADDRESS:菊池郡菊陽町光の森7丁目33-12]]のコンビニの駐車場です
""")
# ---------------------------------------------------------------- business (176-200)
T("business", """
議事録：第3四半期 店長会議
日時：2024年10月28日（月）13:00〜15:30
場所：本社 3F 会議室A（[[ADDRESS:福岡市博多区博多駅南4丁目17番8号]]）
出席者：代表取締役 [[日野|誠一郎]]、営業本部長 [[古川|直樹]]、
　博多駅南本店 [[江藤]]店長、小倉店 [[井上|浩]]店長、熊本東店 [[坂本|大介]]店長、
　鹿児島中央店 [[鮫島|剛]]店長（オンライン）
記録：総務部 [[桐山|沙耶]]

1. 新車受注：前年比 104%（目標 110%）
2. CS調査：熊本東店が九州エリア1位
3. 次回：2025年1月27日
""")
T("business", """
株式会社ミナト物流
総務部 車両管理課
課長 [[小松|隆史]] 様

いつも大変お世話になっております。
九州ひなたモーターズ 法人営業部の[[西村|翔]]でございます。

先日ご依頼いただきました社用車（プロボックス 8台）の入替お見積りを添付いたします。
納期は2025年2月下旬を見込んでおります。

ご不明な点がございましたら、下記までお問い合わせください。

━━━━━━━━━━━━━━━━
九州ひなたモーターズ株式会社
法人営業部　主任　[[西村|翔]]（[[ニシムラ ショウ]]）
〒[[POSTAL_CODE:812-0016]] [[ADDRESS:福岡市博多区博多駅南4-17-8]]
TEL：[[PHONE:092-441-0815]]（直通）　携帯：[[PHONE:080-2261-9034]]
Mail：[[EMAIL:s.nishimura@hinata-motors.example.jp]]
━━━━━━━━━━━━━━━━
""")
T("business", """
【社内通達】個人情報の取扱いについて（再周知）

各店舗 店長各位

本社 コンプライアンス室の[[久保山]]です。
最近、お客様からマイナンバーやカード番号をメール・LINEで送られるケースが増えています。
受信した場合は速やかに削除し、番号を控えないよう徹底してください。
また、病歴や障害に関する情報（福祉車両のご相談時など）は、業務に必要な範囲でのみ記録してください。

問い合わせ先：コンプライアンス室 内線 2105
""")
T("business", """
株式会社九州オートクレジット 審査部 御中

お世話になっております。九州ひなたモーターズ佐賀店の[[陣内|亮介]]です。
下記お客様のローン審査結果のご連絡が未着のため、ご確認をお願いいたします。

申込番号：KAC-24-118820
申込者：[[野田|恭子]] 様（[[BIRTHDATE:1979年2月14日]]生）
車両：ルーミー カスタムG-T
申込日：2024年11月15日

以上、よろしくお願い申し上げます。
""")
T("business", """
研修報告書
提出者：小倉店 サービス課 [[若松|健]]
研修名：ハイブリッド車 高電圧系統 取扱い研修（メーカー主催）
日程：11月12日〜13日
場所：[[ADDRESS:北九州市八幡西区黒崎3丁目9番22号]] 九州トレーニングセンター
同行：[[三宅]]（熊本東店）、[[溝口]]（宮崎店）
所感：絶縁手袋の点検手順を店内で共有する必要あり。
""")
T("business", """
お取引先各位

拝啓　貴社ますますご清栄のこととお慶び申し上げます。
このたび、弊社 鹿児島中央店の店長が下記のとおり交代いたしましたので、ご案内申し上げます。

　新任　店長　[[鮫島|剛]]（前 霧島店 副店長）
　退任　店長　[[大山|浩一]]（本社 営業企画部へ異動）

今後とも変わらぬご愛顧を賜りますようお願い申し上げます。
敬具
九州ひなたモーターズ株式会社 代表取締役 [[日野|誠一郎]]
""")
T("business", """
To: 各店サービスマネージャー
Cc: 品質管理課 [[香月]]
件名：リコール対象車両 入庫状況（11/25時点）

対象：届出番号 5012（電動パーキングブレーキ制御）
全体 1,284台 / 実施 812台 / 実施率 63.2%
店舗別未実施：博多駅南 97台、小倉 84台、久留米 61台、…
未連絡のお客様リストは共有フォルダ（\\\\hinata-fs01\\service\\recall）を参照。

品質管理課 [[香月|智美]]
""")
T("business", """
株式会社ひなたリース
営業推進部 [[吉武]]部長

平素より大変お世話になっております。
宮崎店の[[黒岩]]です。先日のリース案件、お客様（医療法人 寿会 さま）より内諾をいただきました。
契約者は理事長の[[寿|博文]]様、車両はアルファード 2台です。

正式な申込書は来週月曜にお送りいたします。
""")
T("business", """
面談記録（人事）※取扱注意
対象者：熊本東店 営業 [[松岡|拓海]]
面談者：人事部 [[北村]]、熊本東店 店長 [[坂本]]
日時：2024/11/18 16:00

本人より、[[MEDICAL:うつ病の診断を受け]]、[[MEDICAL:心療内科に通院している]]旨の申し出あり。
主治医の意見書に基づき、12月より短時間勤務（6時間）とする。
次回面談：2025/1/20
""")
T("business", """
出張精算書
氏名：[[田島|亜矢]]（本社 経理部）
期間：11/7〜11/8
行先：長崎店・佐世保店（月次監査）
交通費：JR 博多⇔長崎 往復 9,860円
宿泊費：ホテル 1泊 8,800円
日当：2,000円×2日
合計：22,660円
承認：経理部長 [[石井]]
""")
T("business", """
株式会社アリアケ警備保障
ご担当 [[堀内]]様

いつもお世話になっております。大分店の[[首藤|美紀]]でございます。
年末年始（12/29〜1/3）の店舗機械警備の件、例年どおりお願いいたします。
緊急連絡先は以下のとおりです。

第1連絡先：店長 [[野中|和彦]]　[[PHONE:090-5571-2308]]
第2連絡先：副店長 [[首藤|美紀]]　[[PHONE:080-9143-6627]]

店舗所在地：[[ADDRESS:大分市明野南1丁目3番5号]]
""")
T("business", """
労使協議会 議事要旨
日時：2024年11月20日
会社側：取締役 [[古川]]、人事部長 [[北村|俊]]
組合側：[[UNION:九州ひなたモーターズ労働組合]] 執行委員長 [[原田|一樹]]、書記長 [[吉永|聡]]
議題：年末一時金、休日出勤手当の見直し
結果：継続協議
""")
T("business", """
Subject: Visit schedule – Hinata Motors Fukuoka

Dear Ms. [[Johnson]],

Thank you for your interest in our fleet services.
Our Sales Director, Mr. [[Naoki Furukawa]], will meet you on December 3 at 2 pm.

Address: [[ADDRESS:4-17-8 Hakataeki-minami, Hakata-ku, Fukuoka]] [[POSTAL_CODE:812-0016]]
Tel: [[PHONE:+81-92-441-0800]]

Best regards,
[[Mai Kirishima]]
International Sales, Hinata Motors
""")
T("business", """
【見積依頼】
宛先：株式会社堤塗装 ご担当者様
発信：九州ひなたモーターズ 久留米店 板金課 [[堤|健太郎]]

※同姓ですが親族ではございません（笑）
下記車両の全塗装の見積りをお願いします。
　車種：ジムニー JB64W
　色：ジャングルグリーン → シフォンアイボリー
　入庫希望：12月第2週
""")
T("business", """
議事メモ（営業ミーティング 11/25 佐世保店）
参加：[[浦|和也]]、[[前田|隆]]、[[小柳|彩花]]、[[岩永]]（欠席）
・年末商戦のチラシ 12/6 折込 3万部
・試乗車入替：フリード新型 12/10 着
・[[岩永]]さんの[[MEDICAL:産休]]に伴い、担当顧客 42名を [[前田]]・[[小柳]]で分担
""")
T("business", """
納品書
No.D-2024-1187
株式会社ひなたモーターズ 御中 → 九州ひなたモーターズ株式会社 御中（社名訂正）

品名：スタッドレスタイヤ 195/65R15 ×40本
単価：9,800円
金額：392,000円（税別）
納品先：[[ADDRESS:熊本市東区画図町大字所島405-1]] 熊本東店 倉庫
担当：タイヤ館 営業 [[岩本]]
""")
T("business", """
名刺情報（スキャン取込）
会社名：株式会社サウスウインド
部署：経営企画部
役職：部長
氏名：[[清水|理恵]]
住所：〒[[POSTAL_CODE:880-0805]] [[ADDRESS:宮崎市橘通東3-1-11 橘ビル5F]]
TEL：[[PHONE:0985-22-7130]]
携帯：[[PHONE:090-3017-5542]]
E-mail：[[EMAIL:r.shimizu@southwind.example.jp]]
""")
T("business", """
稟議書
件名：中古車展示場用地の賃借について
起案：開発部 [[矢野|慎一]]
所在地：[[ADDRESS:鹿児島県霧島市国分野口町11番地3]]
面積：1,650㎡
賃料：月額 38万円
地主：[[安楽|幸雄]]氏（個人）
決裁：社長 [[日野]]、取締役 [[古川]]
""")
T("business", """
お客様各位

年末年始休業のお知らせ

誠に勝手ながら、下記期間を休業とさせていただきます。
　2024年12月29日（日）〜2025年1月3日（金）
休業中のロードサービスは、各保険会社のロードアシスタンスをご利用ください。

九州ひなたモーターズ株式会社
""")
T("business", """
採用面接 評価シート（整備士・中途）
応募者：[[内村|翼]]（29）
前職：自動車整備工場（8年）
資格：二級自動車整備士（ガソリン・ジーゼル）
面接官：サービス部長 [[森永]]、小倉店工場長 [[牟田]]
所見：技術・人柄とも問題なし。本人より[[DISABILITY:軽度の難聴がある]]との申告あり、
　工場内の連絡は無線インカム併用で対応可能。
判定：採用
""")
T("business", """
From: 九州オートオークション 出品管理 [[EMAIL:shuppin@kyushu-aa.example.com]]
To: 九州ひなたモーターズ 業販課 [[中原|勇]] 様

出品番号 34-0591 の車両について、車台番号の打刻が確認できませんでした。
　車名：スイフトスポーツ
　車台番号（書類上）：[[VIN:ZC33S-412087]]
再確認をお願いします。

出品管理 [[安永]]
""")
T("business", """
取締役会 議事録（抜粋）
第42期 第8回
出席取締役：[[日野|誠一郎]]（議長）、[[古川|直樹]]、[[久保山|透]]、社外取締役 [[ベンジャミン・ホール]]
監査役：[[大庭|由紀子]]
第1号議案 熊本東店 ショールーム改装の件（予算 1億2,000万円）→ 原案どおり承認
第2号議案 役員報酬の件 → 継続審議
""")
T("business", """
九州ひなたモーターズ 本社 総務部 御中

株式会社ホープ商事 人事課の[[楠本]]と申します。
弊社社員 [[柳田|健一]]（社員番号 HP-0233）の社用車事故の件で、警察より
「[[CRIMINAL:過失運転致傷の疑いで書類送検]]」された旨の連絡がありました。
車両修理の進捗と、警察への提出書類についてご教示ください。
""")
T("business", """
社内報 12月号「がんばってます！」
今月は長崎店 サービス課の[[浦川|優太]]さん。
入社4年目、今年 一級小型自動車整備士に合格！
休日は五島列島で釣り🎣 「次はクロマグロを狙います」とのこと。
同期の[[村井]]さん（佐世保店）とはライバル関係だそうです。
""")
T("business", """
損害保険代理店 月次報告（11月）
代理店：九州ひなたモーターズ 保険課
報告者：保険課長 [[中尾|美和]]

新規契約 37件 / 更新 212件 / 解約 9件
事故受付 18件（うち人身 3件）
要フォロー：
　・[[小川|晃]]様 人身事故 相手方対応中（担当 [[中尾]]）
　・[[村田]]様 示談交渉中
保険会社担当：[[EMAIL:agency.kyushu@sonpo.example.net]]
""")
# ---------------------------------------------------------------- accident_crime (201-225)
T("accident_crime", """
事故報告（代車）
報告者：博多駅南本店 サービス [[二宮|圭]]
代車No.7（[[PLATE:福岡 501 わ 10-07]]）を貸出中の[[中川|大輔]]様より連絡。
11/22 19:40頃、福岡市中央区の交差点で右折時に歩行者と接触。
歩行者の方は[[MEDICAL:左足を打撲]]、救急搬送後に帰宅。
[[中川]]様は警察の事情聴取を受け、現場で実況見分に立ち会い。
保険：代車用フリート契約で対応。
""")
T("accident_crime", """
盗難のご相談

昨夜、自宅前に停めていたハイエースが[[CRIME_VICTIM:盗まれました]]。
ナンバーは[[PLATE:熊本 100 そ 44-09]]、車台番号は[[VIN:TRH200-0345678]]です。
最近この辺りでハイエースの盗難が多いと聞いていましたが、まさかうちが…。
警察（熊本東署）に[[CRIME_VICTIM:盗難届を提出済み]]です。
GPSの追跡装置はつけていませんでした。

[[荒木|剛]]　[[PHONE:090-7315-2260]]
""")
T("accident_crime", """
警察からの照会（捜査関係事項照会書）の件
本社 総務部 [[桐山]]

福岡県警察 博多警察署 刑事課より、下記車両の販売記録について照会あり。
　車台番号：[[VIN:ZWR90-0012345]]
　照会事項：購入者の氏名・住所・連絡先
被照会者 [[五十嵐|亮]]（購入者）は[[CRIMINAL:窃盗事件の被疑者]]として捜査中とのこと。
法令に基づく提供として、顧問弁護士 [[真鍋]]先生に確認のうえ回答予定。
""")
T("accident_crime", """
はじめまして。[[梅野|香織]]と申します。
先週、スーパーの駐車場で知らない男に[[CRIME_VICTIM:後をつけられ]]、車のナンバーを控えられたようです。
その後、家の近くでも同じ男を見かけ、警察に[[CRIME_VICTIM:ストーカー被害の相談]]をしています。
念のため、ナンバーを変更（希望番号ではなく、ランダムな番号）したいのですが、手続きできますか。
現在のナンバー：[[PLATE:長崎 580 と 11-22]]
""")
T("accident_crime", """
事故受付メモ（電話）
11/26 8:15
お客様：[[立花]]様（女性、60代）
自損事故。朝、自宅車庫から出す際にアクセルとブレーキを踏み間違え、壁に衝突。
けが人なし。車両前部損傷、自走可。
※お客様「最近よく間違える」とのこと。サポカー限定免許の案内を検討。
""")
T("accident_crime", """
お世話になります。
先日、高速道路のサービスエリアで車のガラスを割られ、
[[CRIME_VICTIM:ゴルフバッグとノートパソコンを盗まれ]]ました。
修理（右リアガラス）の見積りをお願いします。
警察の[[CRIME_VICTIM:被害届受理番号]]は 第2411-083号 です。
車両保険を使うかどうかは金額次第で考えます。

[[福山|弘]]
ナンバー [[PLATE:大分 300 た 6-02]]
""")
T("accident_crime", """
鹿児島中央店 [[鮫島]]店長

お疲れ様です、[[桑畑]]です。
本日、店の展示場に夜間侵入があり、展示車2台のタイヤとホイールが盗まれていました。
防犯カメラに2人組が映っています。鹿児島中央署に通報済み、鑑識が来ています。
被害額はおおよそ 64万円。保険会社にも連絡しました。
""")
T("accident_crime", """
ご相談です。
弟（[[平井|翔]]）が先月、[[CRIMINAL:無免許運転で検挙され]]、今は家庭裁判所の[[CRIMINAL:少年審判を待っている]]状況です。
弟が乗っていた原付は私の名義なのですが、処分した方がよいでしょうか。
また、私の車の保険に影響はありますか。

[[平井|真由]]
[[PHONE:080-6044-2715]]
""")
T("accident_crime", """
交通事故証明書の申請について

[[田村|聡]]様

先日の事故につきまして、保険金請求に交通事故証明書が必要となります。
自動車安全運転センターへの申請用紙を同封いたしましたので、ご記入のうえご返送ください。
事故日：2024年11月9日
事故場所：佐賀県鳥栖市内
なお、[[田村]]様の[[MEDICAL:通院]]の領収書も併せてお送りください。

佐賀店 保険担当 [[陣内]]
""")
T("accident_crime", """
振り込め詐欺にあいました

ひなたモーターズを名乗る人から「車検の部品代が未払い」と電話があり、
言われるままに 8万円を振り込んでしまいました。
[[CRIME_VICTIM:詐欺にあった]]と気づいて警察に相談しましたが、お店の名前を使われていたので、ご報告です。
電話の番号は 050 から始まっていました（[[PHONE:050-3318-7602]]）。

[[小野|和子]]（72歳）
""")
T("accident_crime", """
追突事故 ご報告
11/27 17:50 国道3号 久留米市内
当店お客様 [[井手|康弘]]様の車（[[PLATE:久留米 330 ら 2-71]]）が信号待ち中に後続車に追突された。
[[井手]]様は[[MEDICAL:頸部捻挫で全治2週間]]の診断。
相手方は任意保険未加入、警察は物損ではなく人身事故として処理。
""")
T("accident_crime", """
【お詫び】

[[黒川]]様

先日、弊社の整備士が試運転中に、[[黒川]]様のお車で縁石に接触し、
左前ホイールに傷をつけてしまいました。
誠に申し訳ございません。ホイールは新品に交換させていただきます（費用は弊社負担）。

熊本東店 サービス課長 [[三宅|大輔]]
""")
T("accident_crime", """
昔の話ですが
主人は若いころ交通事故で人をけがさせて、[[CRIMINAL:執行猶予の判決を受けた]]ことがあり、
それ以来、車の運転はしません。今回、私の車を買い替えるにあたって、
主人を運転者に含めない保険にしたいのですが可能でしょうか。

[[森下|典子]]
""")
T("accident_crime", """
[[CRIME_VICTIM:当て逃げ被害]] 修理見積

お客様：[[平田|沙希]]様
車両：ムーヴキャンバス（[[PLATE:宮崎 580 く 30-12]]）
被害状況：[[CRIME_VICTIM:勤務先駐車場で当て逃げ]]、右フロントフェンダー凹み
警察届出：済（宮崎北署）
見積額：118,250円（税込）
備考：ドラレコ映像なし。車両保険（一般型）使用予定。
""")
T("accident_crime", """
事故の件で質問です。
自転車の高校生とぶつかりそうになって、よけた拍子に電柱にぶつけました。
相手とは接触していません。警察には届けました（自損事故）。
この場合、保険の等級は下がりますか。
車は[[PLATE:佐賀 300 に 9-48]]のCX-5です。

[[川久保]]
""")
T("accident_crime", """
Police report copy (translation request)

Hi, I'm [[Daniel Brooks]]. My car was broken into last night at Tenjin.
I was a [[CRIME_VICTIM:victim of car break-in]], they took my backpack and passport.
The police gave me a paper in Japanese. Can someone at your shop explain it to me?
My old passport number was [[PASSPORT:E74519022]] (now reported as stolen).
[[PHONE:080-7032-8841]]
""")
T("accident_crime", """
相談内容（来店）
お客様 [[浜田|信夫]]様
息子（[[浜田|拓也]]）が[[CRIMINAL:あおり運転で逮捕]]され、車が証拠品として警察に押収されている。
還付されたら売却したい。名義は[[信夫]]様。
対応：還付後に査定。息子さんの件には触れないよう配慮。
""")
T("accident_crime", """
衝突被害軽減ブレーキの作動について

先日、前の車が急停止した際に自動ブレーキが作動し、事故を回避できました。
ありがとうございました。
ただ、作動時の警告音がとても大きくて驚きました。
音量の調整はできますか？

車種：ヤリス（MXPA10）
""")
T("accident_crime", """
お世話になっております。[[篠原|瞳]]です。
元夫から[[CRIME_VICTIM:DVを受けていて]]、現在は保護命令が出ています。
車の所有者登録の住所から現住所がわからないようにしたいのですが、
車検証の住所はどうすればよいでしょうか。
お店の方でも、私の連絡先は誰にも教えないでください。
""")
T("accident_crime", """
11/28 交通事故 関係者一覧（社内用）
・当方運転者：[[中原|勇]]（業販課）社用車 [[PLATE:福岡 400 ふ 55-12]]
・相手方：[[西田|美奈]]様（[[PHONE:092-811-3360]]）
・相手方車両：軽乗用
・負傷：相手方 [[MEDICAL:右肩打撲]]（[[MEDICAL:通院1回]]）
・警察：早良署 交通課 [[大田]]巡査部長
""")
T("accident_crime", """
息子が事故を起こしました。
大学2年の息子が、帰省中に私の車で物損事故を起こしました。
相手の方の車のバンパーを壊してしまい、相手の方には謝罪済みです。
けが人はいません。保険の手続きをお願いしたいです。
私の名前は[[尾崎|孝]]、息子は[[尾崎|陸]]です。
""")
T("accident_crime", """
【注意喚起】店舗周辺で車上荒らし多発

各店 店長各位
最近、熊本市内の商業施設駐車場で車上荒らしが多発しています。
お客様へのご案内時に「貴重品を車内に置かない」よう一言お声がけください。
当社のお客様の被害報告は現時点でありません。
本社 お客様相談室
""")
T("accident_crime", """
レッカー出動記録
日時：11/29 2:35
要請者：[[栗原|悠]]様
場所：[[ADDRESS:北九州市若松区本町3丁目14-6]]付近
状況：[[CRIME_VICTIM:タイヤ4本をパンクさせられた]]（いたずら）。警察立ち会い済み
搬送先：小倉店
""")
T("accident_crime", """
前科のことで…
言いにくいのですが、私は10年前に[[CRIMINAL:傷害罪で服役した]]ことがあります。
今回、オートローンの審査に通らなかったのは、そのことが関係しているのでしょうか。
仕事も安定していて、借金もありません。

[[藤崎|剛志]]
""")
T("accident_crime", """
盗難車発見の連絡

以前ご相談した[[本田]]です。
[[CRIME_VICTIM:盗まれた]]プリウスが、佐賀県内で発見されたと警察から連絡がありました。
内装がかなり荒らされているようです。
レッカーで長崎店まで運んでもらえますか。[[CRIME_VICTIM:盗難]]の保険金請求の相談もしたいです。
""")
# ---------------------------------------------------------------- health_care (226-250)
T("health_care", """
件名：点検のお礼

ひなたモーターズ 宮崎店
サービスの[[椎葉]]さん

昨日はオイル漏れの件、丁寧に見ていただきありがとうございました。
ガスケット交換で 16,720円、思っていたより安く済んで助かりました。

それから、待合室で具合が悪くなったときに声をかけてくださって本当に感謝しています。
実は[[MEDICAL:低血糖の発作]]で、[[MEDICAL:糖尿病でインスリンを打っている]]ので、たまにああなります。
ジュースまでいただいてしまって。

またよろしくお願いします。
[[黒田|清美]]
""")
T("health_care", """
福祉車両のお見積り依頼

[[DISABILITY:脊髄損傷で車いすを使用]]している夫のために、車いすのまま乗車できる車を検討しています。
夫は[[DISABILITY:身体障害者手帳1級]]です。
消費税の非課税や、自動車税の減免についても教えてください。
ご来店の際、夫も一緒に行きますので、駐車場から店内まで段差がないか心配です。

[[中野|由美子]]
[[PHONE:092-874-3351]]
""")
T("health_care", """
運転の再開について

昨年[[MEDICAL:脳出血で倒れ]]、[[MEDICAL:半年間リハビリ]]をしてきました。
主治医から「運転再開は可能」との診断書をもらい、運転免許センターで臨時適性検査も通りました。
[[DISABILITY:左手に軽いまひが残っている]]ので、ハンドルに旋回ノブを付けたいのですが、
取り付けはお願いできますか。

[[井口|昌平]]（[[PHONE:0942-33-1805]]）
""")
T("health_care", """
ご質問（一般）
高齢者の運転免許の更新時に認知機能検査があると聞きました。
検査に落ちた場合、すぐに車を売らないといけないのでしょうか。
もしそうなったら、残りのローンはどうなりますか。
（まだ受けていません。来年です）
""")
T("health_care", """
車の乗り降りが楽なシートについて

母が[[MEDICAL:関節リウマチ]]で、膝と肩に痛みがあります。
乗り降りのときにつかまる手すり（アシストグリップ）を追加で付けられますか。
母の車はタント（LA650S）です。

[[上田|早苗]]
""")
T("health_care", """
送迎車の相談（介護施設）

当施設（グループホームみどり）で利用者さんの送迎に使っている車の入れ替えを検討しています。
車いす対応で、2台分固定できるものが理想です。
利用者さんの多くは高齢で、歩行が困難な方もいらっしゃいます。
見積りをお願いします。
施設長 [[田代|悦子]]
[[ADDRESS:佐賀県鳥栖市藤木町1-22]]
""")
T("health_care", """
点検予約の変更をお願いします。

来週、[[MEDICAL:白内障の手術]]を受けるため、しばらく運転できません。
[[MEDICAL:術後]]1か月は運転を控えるよう言われましたので、
12月の点検は1月中旬にずらしてください。

[[小野寺|勝]]
[[PLATE:大分 330 ゆ 7-70]]
""")
T("health_care", """
手動運転装置の補助金について

[[DISABILITY:両下肢に障害があり]]、手だけで運転できる装置付きの車を購入予定です。
市の障害福祉課に聞いたところ、自動車改造費の助成制度があるとのことでした。
申請に必要な見積書を作っていただけますか。
[[DISABILITY:身体障害者手帳は2級]]です。

[[鶴丸|勇人]]
""")
T("health_care", """
妊娠中のシートベルトについて

ネットで、妊婦さんもシートベルトはするべきと見ました。
お腹の下を通すのが正しいと書いてあったのですが、そうでしょうか？
まだ妊娠していませんが、これから子どもを考えているので、
安全な車選びのポイントを教えてください。
""")
T("health_care", """
てんかんと運転免許について相談したいことがあります。
息子（[[鬼木|蓮]]、19歳）は[[MEDICAL:てんかんの治療中]]で、
[[MEDICAL:2年間発作がない]]ため、主治医から運転可能の意見書をもらいました。
来月から教習所に通う予定です。
初めての車は、自動ブレーキがしっかりしたものにしたいです。
""")
T("health_care", """
[[MEDICAL:入院中]]の車の保管について

[[吉川|武]]と申します。
[[MEDICAL:心筋梗塞で入院]]しており、退院は来月の予定です。
アパートの駐車場に停めている車の車検が切れそうなのですが、
代わりに取りに来ていただいて、車検を通してもらうことは可能でしょうか。
鍵は妻が持っています（妻：[[PHONE:090-2230-6118]]）。
""")
T("health_care", """
障害者割引のETCカードについて

ETCの障害者割引を登録したいです。
私は[[DISABILITY:療育手帳]]を持っており、運転は父がしています。
父の車（[[PLATE:鹿児島 500 せ 81-14]]）で登録できますか。
手続きをお店でしていただけるなら、書類を持って行きます。

[[福元|大和]]
""")
T("health_care", """
[[宮田]]様（保険ご担当）

夫の[[宮田|修]]が、先日の健康診断で[[MEDICAL:睡眠時無呼吸症候群の疑い]]を指摘されました。
[[MEDICAL:CPAPの治療を始めた]]ところです。
運転中に眠くなることがあったので、しばらく私が運転します。
自動車保険の運転者限定を「本人・配偶者」に変更してください。

[[宮田|玲子]]
""")
T("health_care", """
熊本東店　御中

[[DISABILITY:聴覚障害]]のある娘（[[今井|葵]]）が免許を取りました。
ワイドミラーと聴覚障害者標識（ちょうちょマーク）を付けたいのですが、
納車時に付けていただけますか。
娘とは筆談かメール（[[EMAIL:aoi.imai.0419@example.com]]）でやりとりしてください。

母　[[今井|京子]]
""")
T("health_care", """
車いす用スロープの価格を教えてください。
後付けできるタイプで、軽自動車用のものです。
（家族には今のところ使う人はいませんが、将来のために知っておきたいです）
""")
T("health_care", """
お薬と運転について

[[MEDICAL:抗アレルギー薬を飲んでいる]]のですが、薬の袋に「車の運転は避けてください」と書いてあります。
代車の運転を家族にお願いしたいので、運転者を追加できますか。
追加するのは妹の[[西|由香]]です。

[[西|亜紀]]
""")
T("health_care", """
送迎用の車の購入について

[[DISABILITY:重度の知的障害がある]]息子を、毎日作業所に送迎しています。
息子は車の中で急に立ち上がることがあるので、
後部座席のチャイルドロックや、運転席から操作できるドアロックがある車を探しています。
おすすめを教えてください。

[[中園|和美]]　[[PHONE:099-263-4471]]
""")
T("health_care", """
健康上の理由での解約

自動車保険の解約をお願いします。
[[MEDICAL:認知症]]が進み、運転はもうできません。
家族で話し合い、車も処分することにしました。
解約返戻金は父の口座へお願いします。
　[[BANK_ACCOUNT:ゆうちょ銀行 記号17450 番号35220861]]
　名義 [[ニシダ マサル]]
長女 [[西田|香]]（代筆）
""")
T("health_care", """
点検時のお願い

[[DISABILITY:人工肛門（ストーマ）を付けている]]ため、長時間の待ち時間は厳しいです。
できれば点検は預けて、後で取りに行く形にしたいです。
店内に多目的トイレはありますか？

[[永井|修一]]
""")
T("health_care", """
熱中症対策グッズ（車用）のご案内について

先日のDMで「夏の車内は熱中症の危険が高い」とありましたが、
お店で扱っているサンシェードやクールシートの価格を教えてください。
子どもが小さいので気になります。
""")
T("health_care", """
介護タクシーの開業準備をしています。
私自身、以前は病院で看護師をしていましたが、[[MEDICAL:腰を痛めて]]退職しました。
現在は[[MEDICAL:治療も終わり]]、体調は問題ありません。
車いす2台＋ストレッチャー対応の車両を検討しています。

[[岩崎|ゆかり]]
[[ADDRESS:長崎県大村市久原2丁目577-3]]
""")
T("health_care", """
血糖値のことで免許更新の質問票に「はい」と書いたら、
診断書を出すように言われました。
[[MEDICAL:1型糖尿病で、毎日インスリン注射]]をしています。
診断書が出るまでの間、運転してもいいのでしょうか。
車屋さんに聞くことではないかもしれませんが…。

[[秋山|陽介]]
""")
T("health_care", """
母の運転のことで

母（78歳）が最近、駐車場でよくこするようになりました。
病院で検査を受けたところ、[[MEDICAL:軽度認知障害と言われ]]ました。
今すぐ運転をやめる必要はないと言われたのですが、
ペダル踏み間違い防止装置を後付けしたいです。

[[大串|奈緒]]（長女）
""")
T("health_care", """
[[DISABILITY:ADHD]]の息子の免許取得について

息子は[[DISABILITY:注意欠陥多動性障害]]の診断を受けています。
主治医と相談し、免許取得は可能と言われました。
ナビの操作など運転中に気が散る機能を減らした車がいいのですが、
設定で制限できますか。

[[宮本|加奈子]]
""")
T("health_care", """
納車時の説明について

[[DISABILITY:弱視]]のため、小さな文字が読めません。
取扱説明書の大きな文字版か、音声で説明していただけると助かります。
納車日は12/14（土）です。

[[片山|直人]]
[[PHONE:0952-31-6629]]
""")
# ---------------------------------------------------------------- belief_origin_union_partner (251-275)
T("belief_origin_union_partner", """
納車日の相談

納車日を12月8日（日）と言われましたが、日曜日は[[CREED:教会の礼拝があります]]ので、
土曜日に変更していただけますか。
私たち家族は[[CREED:クリスチャン]]で、日曜日は[[CREED:一日教会で過ごしています]]。

[[森|ヨハネ恵一]]
""")
T("belief_origin_union_partner", """
ローンの連帯保証人について

私には[[SEX_LIFE:同性のパートナーがいて]]、一緒に暮らしています。
[[SEX_LIFE:同性パートナー]]を連帯保証人にすることはできますか？
市の[[SEX_LIFE:パートナーシップ宣誓制度で証明書をもらっています]]。

[[石田|翔]]
""")
T("belief_origin_union_partner", """
社用車リースの件（労働組合）

九州ひなたモーターズ 法人営業部 御中
[[UNION:長崎県交通運輸労働組合の書記長]]をしております[[山崎|健二]]です。
組合事務所で使う車（軽バン1台）のリースを検討しています。
組合の活動で県内各地を回るため、走行距離は年2万km程度です。
お見積りをお願いします。
""")
T("belief_origin_union_partner", """
家の宗教の関係で

車のお祓いのことですが、うちは[[CREED:浄土真宗]]なので、神社でのお祓いは結構です。
納車の際の「交通安全祈願のお守り」も、申し訳ないのですが辞退させてください。
お気持ちだけいただきます。

[[吉見|昭二]]
""")
T("belief_origin_union_partner", """
本籍地の記載について

オートローンの申込書に「本籍地」の欄がありますが、記入が必要でしょうか。
私の[[FAMILY_ORIGIN:本籍は鹿児島県奄美市]]ですが、住民票には載っていないので、
わざわざ戸籍を取り寄せないといけないのか確認したいです。

[[元山|直樹]]
""")
T("belief_origin_union_partner", """
【社内】お客様情報の取り扱い注意
お客様 [[白浜|誠]]様より、ご自身が[[SOCIAL_STATUS:被差別部落の出身]]であること、
過去に結婚差別を受けたことをお話しいただきました（商談中の雑談）。
業務上不要な情報のため、顧客カードには記載しないこと。
今後の接客は通常どおり。
熊本東店 店長 [[坂本]]
""")
T("belief_origin_union_partner", """
お世話になります。[[宗|秀明]]です。
新車の登録について、本籍：[[FAMILY_ORIGIN:長崎県対馬市]]…と書いた書類を送ってしまいましたが、
車の登録には関係ないですよね？　送るべき書類を間違えたかもしれません。
戸籍抄本は返送していただけますか。
""")
T("belief_origin_union_partner", """
ハラール対応について

[[Ahmad Fauzi]]です。マレーシア出身で、福岡の大学院に通っています。
私は[[CREED:ムスリム]]なので、試乗会のときのお弁当は辞退します。
お店に礼拝できるスペースがあれば、5分ほど使わせてください。
""")
T("belief_origin_union_partner", """
ご相談

夫とは事実婚で、籍を入れていません。
夫名義の車を私が主に使っているのですが、保険の「配偶者」に入りますか。
私の名前は[[桜井|まどか]]、夫は[[東|健]]です。
""")
T("belief_origin_union_partner", """
社内向け　組合活動に関する連絡

明日（11/30）、[[UNION:組合の執行委員]]である[[藤井|直人]]さん（小倉店）が、定期大会出席のため終日不在です。
担当のお客様対応は[[井上]]店長がフォローします。
""")
T("belief_origin_union_partner", """
納車式の写真について

納車式の写真をホームページに載せていただける件、ありがとうございます。
ただ、私たちは[[SEX_LIFE:男性同士のカップル]]で、職場にはまだ話していないので、
顔が分からないようにしていただけますか。
[[SEX_LIFE:男性同士のカップル]]であることは公開しないでください。

[[篠崎|亮]]・[[岡野|悠真]]
""")
T("belief_origin_union_partner", """
お葬式の送迎について

来週、義父の葬儀があり、マイクロバスのレンタルをお願いしたいです。
葬儀は[[CREED:天理教]]の形式で行います（義父が[[CREED:天理教の信者]]でした）。
教会までの送迎で、人数は25人ほどです。

[[北川|真奈美]]
""")
T("belief_origin_union_partner", """
政治活動用の車について

市議会議員選挙に立候補予定の[[長谷川|聡]]です（[[CREED:九州みらい党公認]]）。
選挙カー用のワンボックスを1か月レンタルしたいのですが、
看板・スピーカーの取り付けも含めてお見積りをお願いします。
選挙事務所：[[ADDRESS:佐賀県唐津市新興町2902-1]]
""")
T("belief_origin_union_partner", """
大安の日に納車希望

納車日は大安の日にしてください。母がそういうのを気にするので。
12月だと何日が大安でしょうか。
仏滅だけは避けてほしいです。

[[安田|恵美]]
""")
T("belief_origin_union_partner", """
出自のことで不安があります

私は[[RACE:在日コリアン3世]]で、通名は[[金本|英樹]]、本名は[[金|英樹]]です。
ローンの書類はどちらの名前で書けばよいですか。
[[RACE:在日コリアン3世]]であることが審査に影響しないか心配です。
""")
T("belief_origin_union_partner", """
家系のことを聞かれました

先日の商談で、営業の方から「[[和田]]さんの家は旧家ですか」と聞かれ、
[[FAMILY_ORIGIN:先祖が島津家の家臣の家系]]だと答えたのですが、
それを顧客情報に書かれているのではないかと気になっています。
車の購入に関係ない情報は削除してください。

[[和田|正憲]]
""")
T("belief_origin_union_partner", """
お祭りの奉納について

地元の神社の秋祭りで、車の交通安全祈願を行います。
毎年ひなたモーターズさんにも協賛いただきありがとうございます。
今年も協賛金のご協力をお願いできますでしょうか。
　協賛金：1口 5,000円
自治会長 [[堀|信夫]]
""")
T("belief_origin_union_partner", """
[[谷口]]です。
[[UNION:労組の役員をしている]]のですが、来月の春闘の集会で使う音響付きの車を借りたいです。
組合の名義ではなく、個人での申込になります。
""")
T("belief_origin_union_partner", """
ご相談（長文すみません）

私は[[SEX_LIFE:トランスジェンダー]]で、戸籍上の性別と見た目が違います。
免許証の性別欄を見て、以前別のお店で嫌な対応をされたことがあります。
[[SEX_LIFE:トランスジェンダー]]であることを、他のスタッフに広めないでいただけますか。
担当は[[小田]]さんだけにお願いしたいです。

[[藤原|碧]]
""")
T("belief_origin_union_partner", """
[[奥村]]と申します。
近所にお寺と教会があり、その前の道路に路上駐車が多くて危ないので、お店の試乗コースを変えていただけないかというお願いです。
私自身はどちらにも通っていません。
""")
T("belief_origin_union_partner", """
From: [[EMAIL:m.ishimine@example.org]]
件名：保険の受取人について

[[石嶺|舞]]です。
生命保険（自動車ローンの団信）の受取人を、[[SEX_LIFE:同性のパートナー]]の[[新垣|遥]]にしたいです。
法律上の家族ではないので無理と言われたのですが、本当にできませんか。
""")
T("belief_origin_union_partner", """
顧客アンケート（自由記述欄より転記）
「担当の[[溝口]]さんが、私が[[CREED:お寺の住職をしている]]と知ると、
袈裟のまま乗れる車を一緒に考えてくれました。」
→ お客様：[[円城寺|玄道]]様（[[CREED:浄土宗の住職]]）
""")
T("belief_origin_union_partner", """
ローン審査の申込書に「国籍」欄がありました。
日本国籍ですが、父がフィリピン人、母が日本人です。
国籍以外の、民族や出身のことは書かなくていいですよね？
[[ロペス|健太]]
""")
T("belief_origin_union_partner", """
組合員向け割引について

[[UNION:九州電力系の労働組合の組合員]]です。
組合の福利厚生で、提携ディーラーだと新車が割引になると聞きました。
ひなたモーターズは対象ですか。組合員証を持って行けばよいでしょうか。

[[濱崎|大輔]]
""")
T("belief_origin_union_partner", """
[[山内]]と申します。
本籍地の件で、以前ローン申込時に提出した戸籍謄本のコピーを返してほしいです。
「[[SOCIAL_STATUS:本籍が同和地区]]」と書かれたメモが付いていたと聞き、驚いています。
どういう経緯でそのようなメモが書かれたのか、説明を求めます。
""")
# ---------------------------------------------------------------- hardneg (276-300)
T("hardneg", """
オイルフィルターの品番を教えてください。
車種はプリウス（ZVW30）で、純正の 90915-10004 で合っていますか？
ついでにエアコンフィルター 87139-YZZ08 も2個お願いします。
""")
T("hardneg", """
見積書 No.2024-1130-08
車両本体価格　2,398,000円
付属品　　　　　186,340円
諸費用　　　　　214,560円
下取車査定額　▲450,000円
お支払総額　　2,348,900円
有効期限：2024年12月15日
""")
T("hardneg", """
佐藤板金さんに出していたバンパーの塗装、仕上がったそうです。
田中モータースさんからの部品も今日届きました。
明日の午後、お客様にお渡しできます。
""")
T("hardneg", """
エンジンの調子が悪く、アイドリングが不安定です。
まるで風邪をひいたみたいにゴホゴホいいます（笑）
走行距離は 128,640km、最後にプラグを替えたのは 2021年です。
""")
T("hardneg", """
車検の満了日は令和7年3月14日です。
その前に 12か月点検（2024/12/05 予定）も受けたいです。
作業時間はだいたい 9:30〜16:00 でしょうか。
""")
T("hardneg", """
タイヤサイズは 205/55R16 91V です。
今のタイヤの製造番号（セリアル）は 2419 で、2019年24週製造のようです。
4本で 68,000円 くらいに収まりますか？
""")
T("hardneg", """
担当者様

見積りありがとうございました。
お客様のご都合もあると思いますので、ゆっくりで大丈夫です。
営業担当さんによろしくお伝えください。
""")
T("hardneg", """
病院の駐車場で、隣の車にドアをぶつけないように気をつけていたら、
自分の車のドアミラーを柱にこすってしまいました。
ミラーカバーだけの交換はいくらですか？（部品番号 87945-52370-C0 らしいです）
""")
T("hardneg", """
高齢ドライバーの事故が多いというニュースをよく見ます。
お店では、サポカー補助金の対象車種の一覧はありますか。
今のところ、うちに高齢の家族はいないのですが、参考までに。
""")
T("hardneg", """
持病はありませんし、通院もしていません。
保険の告知書は「いいえ」にチェックしておけば大丈夫ですよね？
自動車保険なので関係ないかもしれませんが、念のため。
""")
T("hardneg", """
もし入院することになったら、その間のローンの支払いはどうなりますか？
今のところ元気ですが、万一のことを考えて聞いておきたいです。
""")
T("hardneg", """
緊急時は 110番、けが人がいる場合は 119番 へ。
夜間の急な病気は ＃7119 に相談できます。
（サービス工場 掲示物より）
""")
T("hardneg", """
注文番号：HN-0908-1234-5678
伝票番号：4401 2233 8890
お問い合わせ番号：T-20241130-0042
上記3点をお控えください。
""")
T("hardneg", """
盗難防止装置（イモビライザー）の後付けを検討しています。
最近ランクルの盗難が多いと聞くので、念のためです。
うちはまだ何もされていません。
""")
T("hardneg", """
障害物センサーが誤作動して、何もないのにピーピー鳴ります。
コーナーセンサーの部品（89341-K0010）の交換になりますか。
""")
T("hardneg", """
福祉車両の展示会のお知らせ
日時：12月7日（土）・8日（日）10:00〜17:00
会場：熊本東店 特設会場
車いす仕様車、回転シート車など 12台を展示します。
介護・福祉関係の方もお気軽にどうぞ。
""")
T("hardneg", """
Toyota Yaris Cross Z (MXPJ10) 2022
Mileage: 23,480 km
Price: JPY 2,580,000
Color code: 089
Engine: M15A-FXE
Stock No. HK-7731
""")
T("hardneg", """
お問い合わせの件、「中村自動車整備工場」様は当社の協力工場ではございません。
お手数ですが、直接そちらへお問い合わせください。
当社の指定工場は各店舗に併設しております。
""")
T("hardneg", """
車の心臓部はエンジン、血液はオイル、と言いますよね。
うちの車は血液ドロドロだったみたいで、オイル交換したら元気になりました。
5W-30 で 4.2L、工賃込み 6,380円でした。
""")
T("hardneg", """
ナンバープレートの「わ」ナンバーはレンタカー、「れ」もレンタカーと聞きました。
希望ナンバーで「11-22」や「8」は抽選になるんですか？
""")
T("hardneg", """
点検のお知らせハガキの「お客様番号 0015-2290-31」って何の番号ですか？
車検証の番号とは違いますよね。
""")
T("hardneg", """
今日は[[江藤]]さんがお休みとのことで、別の方に対応していただきました。
明日また電話します。
ボディコーティング（5年保証 88,000円）の件です。
""")
T("hardneg", """
お世話になっております。
ETC車載器の再セットアップ料金は 3,300円（税込）で合っていますか。
セットアップ申込書の控え番号は S-0044-1987-2 です。
""")
T("hardneg", """
先日の社内勉強会メモ
・要配慮個人情報＝病歴、障害、犯罪歴、人種、信条など
・お客様から聞いても、業務に不要なら記録しない
・「持病：なし」等の否定情報も原則書かない
""")
T("hardneg", """
軽自動車税（種別割）10,800円 の納付書が届きました。
車を手放したのは3月28日なのに、なぜ私に来るのでしょうか。
4月1日時点の所有者に課税される、ということですか？
""")


if __name__ == "__main__":
    main()
