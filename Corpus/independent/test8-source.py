#!/usr/bin/env python3
# Suminuri corpus split independent/test8 -- every text below is hand-written.
# Markers: [[name]] = PERSON, [[LABEL:value]] = any other label.
# Run: python3 source.py  -> checks; writes out.jsonl and stats.md only if all checks pass.
import json
import os
import re
import sys
from collections import Counter, OrderedDict

SOURCE = "synthetic:independent-test8"
PREFIX = "it8-"
STYLES = ["long_mail", "web_form", "staff_memo", "elderly", "foreign_residents",
          "voice_input", "chat", "business", "accident_crime", "health_care",
          "belief_origin_union_partner", "hardneg"]
PER_STYLE = 25
HARDNEG_MAX_SPANS = 5

LABELS = {"PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE",
          "MY_NUMBER", "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT",
          "RESIDENCE_CARD", "VIN",
          "RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL",
          "CRIME_VICTIM", "UNION", "FAMILY_ORIGIN", "SEX_LIFE"}
SPECIAL = {"RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL",
           "CRIME_VICTIM", "UNION", "FAMILY_ORIGIN", "SEX_LIFE"}

TEXTS = []  # (style, marked text)


def T(style, text):
    TEXTS.append((style, text))


# PERSON coverage allow-list: (exact context string in the text, surface, reason)
ALLOW_PERSON = []
# honorific allow-list: (surface of a PERSON span, reason)
ALLOW_HONORIFIC = []
# explicit splits of multi-part names written without a separator
PARTS = {}

HONORIFICS_JA = ["様", "さん", "殿", "氏", "君", "くん", "ちゃん", "先生", "課長", "部長", "主任",
                 "店長", "社長", "係長", "所長", "次長", "専務", "常務", "会長", "さま", "サン", "チャン",
                 "はん", "どの", "ちゃま", "副店長", "工場長", "支店長", "マネージャー"]
HONORIFICS_LATIN = ["Mr", "Mrs", "Ms", "Miss", "Dr", "san", "sama", "kun", "chan", "Sr", "Sra"]
PARTICLES = ["が", "を", "に", "で", "は", "も", "と", "の", "へ", "や", "から", "まで", "より"]

DIGIT_FOLD = {}
for i, c in enumerate("０１２３４５６７８９"):
    DIGIT_FOLD[c] = str(i)
for i, c in enumerate("〇一二三四五六七八九"):
    DIGIT_FOLD[c] = str(i)
DIGIT_FOLD["零"] = "0"


def fold_digits(s):
    return "".join(DIGIT_FOLD.get(c, c if c.isascii() and c.isdigit() else "") for c in s)


SPOKEN = [("ぜろ", "0"), ("れい", "0"), ("まる", "0"), ("いち", "1"), ("にい", "2"), ("に", "2"),
          ("さん", "3"), ("よん", "4"), ("ごお", "5"), ("ごー", "5"), ("ご", "5"), ("ろく", "6"), ("なな", "7"),
          ("しち", "7"), ("はち", "8"), ("きゅう", "9"), ("く", "9"), ("し", "4")]


def spoken_digits(s):
    """digits of a number read out in hiragana (for the PHONE warning only)"""
    out, i = [], 0
    while i < len(s):
        for k, d in SPOKEN:
            if s.startswith(k, i):
                out.append(d)
                i += len(k)
                break
        else:
            i += 1
    return "".join(out)


def mynumber_ok(d):
    if len(d) != 12:
        return False
    s = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)


def luhn_ok(d):
    if not 13 <= len(d) <= 19:
        return False
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


MARK = re.compile(r"\[\[(?:([A-Z_]+):)?(.*?)\]\]")
EMAIL_DOMAIN_OK = re.compile(r"(^|\.)example\.(com|jp|net|org)$", re.I)
SEP = re.compile(r"[ 　・･]+")


def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        label = m.group(1) or "PERSON"
        value = m.group(2)
        start = sum(len(x) for x in out)
        out.append(value)
        spans.append({"start": start, "end": start + len(value), "label": label})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def email_domain(v):
    s0 = v
    v = v.replace("＠", "@").replace("(at)", "@").replace("（at）", "@").replace("[at]", "@")
    v = v.replace("アットマーク", "@").replace("(dot)", ".").replace("．", ".")
    # spoken forms (voice input)
    for k, r in [("あっとまーく", "@"), ("あっと", "@"), ("どっと", "."), ("えぐざんぷる", "example"),
                 ("じぇーぴー", "jp"), ("こむ", "com"), ("ねっと", "net"), ("おーじーじー", "org")]:
        v = v.replace(k, r)
    if "@" in v and re.search(r"[ぁ-ん]", s0):
        v = v.replace(" ", "")
    if "@" not in v:
        return None
    return v.split("@")[-1].strip().strip(".").lower()


def person_parts(surface):
    parts = {surface}
    pieces = [p for p in SEP.split(surface) if p]
    if len(pieces) > 1:
        parts.update(p for p in pieces if len(p) >= 2)
    if surface in PARTS:
        parts.update(p for p in PARTS[surface] if len(p) >= 2)
    return parts


def main():
    partial = os.environ.get("PARTIAL") == "1"
    errors, warnings = [], []
    records = []
    seen_text = {}
    used_allow = set()
    used_hon = set()
    # count / style order
    if not partial and len(TEXTS) != len(STYLES) * PER_STYLE:
        errors.append(f"expected {len(STYLES) * PER_STYLE} texts, got {len(TEXTS)}")
    for i, (style, marked) in enumerate(TEXTS):
        exp = STYLES[i // PER_STYLE] if i // PER_STYLE < len(STYLES) else None
        if style != exp:
            errors.append(f"text #{i + 1}: style {style} but position expects {exp}")
    for i, (style, marked) in enumerate(TEXTS):
        tid = f"{PREFIX}{i + 1:04d}"
        text, spans = parse(marked)
        if "[[" in text or "]]" in text:
            errors.append(f"{tid}: stray [[ or ]]")
        if text in seen_text:
            errors.append(f"{tid}: duplicate text of {seen_text[text]}")
        seen_text[text] = tid
        prev_end = -1
        for sp in spans:
            lab, s, e = sp["label"], sp["start"], sp["end"]
            val = text[s:e]
            where = f"{tid} {lab} {val!r}"
            if lab not in LABELS:
                errors.append(f"{where}: unknown label")
            if e <= s:
                errors.append(f"{where}: empty span")
            if val != val.strip() or val.strip("\u3000 \n\t") != val:
                errors.append(f"{where}: leading/trailing whitespace")
            if s < prev_end:
                errors.append(f"{where}: overlaps or unsorted")
            prev_end = e
            if lab == "PERSON":
                for h in HONORIFICS_JA:
                    if h in val and not any(a[0] == val for a in ALLOW_HONORIFIC):
                        errors.append(f"{where}: honorific/title {h!r} inside PERSON")
                for h in HONORIFICS_LATIN:
                    if re.search(r"(?<![A-Za-z])" + h + r"(?![A-Za-z])", val):
                        errors.append(f"{where}: Latin honorific {h!r} inside PERSON")
                for a in ALLOW_HONORIFIC:
                    if a[0] == val:
                        used_hon.add(a)
            if lab == "MY_NUMBER":
                d = fold_digits(val)
                if not mynumber_ok(d):
                    errors.append(f"{where}: bad My Number check digit ({d})")
            if lab == "CARD":
                d = fold_digits(val) or spoken_digits(val)
                if not luhn_ok(d):
                    errors.append(f"{where}: Luhn fails ({d})")
            if lab == "EMAIL":
                dom = email_domain(val)
                if not dom or not EMAIL_DOMAIN_OK.search(dom):
                    errors.append(f"{where}: e-mail domain not example.*: {dom}")
            if lab in SPECIAL:
                if any(val.endswith(p) for p in PARTICLES):
                    warnings.append(f"{where}: special-care span ends in a particle")
            if lab == "PHONE":
                d = fold_digits(val) or spoken_digits(val)
                if not (val.lstrip().startswith("+81") or val.startswith("＋８１")) and not 10 <= len(d) <= 11:
                    warnings.append(f"{where}: PHONE has {len(d)} digits")
            if lab == "DRIVER_LICENSE" and len(fold_digits(val) or spoken_digits(val)) != 12:
                errors.append(f"{where}: licence not 12 digits")
        # any e-mail-like string anywhere must use example domains
        for m in re.finditer(r"[A-Za-z0-9._%+\-]+[@＠][A-Za-z0-9.\-]+", text):
            dom = email_domain(m.group(0))
            if dom and not EMAIL_DOMAIN_OK.search(dom):
                errors.append(f"{tid}: e-mail-like {m.group(0)!r} not example.*")
        # PERSON coverage
        pspans = [sp for sp in spans if sp["label"] == "PERSON"]
        surfaces = set()
        for sp in pspans:
            surfaces |= person_parts(text[sp["start"]:sp["end"]])
        for surf in sorted(surfaces):
            for m in re.finditer(re.escape(surf), text):
                a, b = m.start(), m.end()
                if any(sp["start"] <= a and b <= sp["end"] for sp in pspans):
                    continue
                ok = False
                for entry in ALLOW_PERSON:
                    ctx, esurf, reason = entry
                    if esurf != surf:
                        continue
                    for cm in re.finditer(re.escape(ctx), text):
                        if cm.start() <= a and b <= cm.end():
                            ok = True
                            used_allow.add(entry)
                if not ok:
                    errors.append(f"{tid}: PERSON surface {surf!r} at {a} not inside a PERSON span: "
                                  f"...{text[max(0, a - 12):b + 12]!r}...")
        records.append({"id": tid, "text": text, "spans": spans, "source": SOURCE,
                        "note": f"style={style}"})
    for entry in ALLOW_PERSON:
        if entry not in used_allow:
            errors.append(f"unused PERSON allow-list entry: {entry}")
    for entry in ALLOW_HONORIFIC:
        if entry not in used_hon:
            errors.append(f"unused honorific allow-list entry: {entry}")
    hn = sum(len(r["spans"]) for r in records if r["note"] == "style=hardneg")
    if hn > HARDNEG_MAX_SPANS:
        errors.append(f"hardneg has {hn} spans (max {HARDNEG_MAX_SPANS})")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s); nothing written")
        sys.exit(1)
    if partial:
        print(f"PARTIAL ok: {len(records)} texts, {sum(len(r['spans']) for r in records)} spans")
        return
    with open("out.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_stats(records, warnings)
    print(f"OK: wrote out.jsonl ({len(records)} texts, {sum(len(r['spans']) for r in records)} spans) and stats.md")


def write_stats(records, warnings):
    by_label = Counter()
    by_style = OrderedDict((s, Counter()) for s in STYLES)
    texts_with = Counter()
    nospan = Counter()
    persons = Counter()
    for r in records:
        st = r["note"].split("=", 1)[1]
        if not r["spans"]:
            nospan[st] += 1
        for sp in r["spans"]:
            by_label[sp["label"]] += 1
            by_style[st][sp["label"]] += 1
            if sp["label"] == "PERSON":
                persons[r["text"][sp["start"]:sp["end"]]] += 1
        for lab in {sp["label"] for sp in r["spans"]}:
            texts_with[lab] += 1
    L = ["# stats — independent/test8", "",
         f"- texts: {len(records)}", f"- spans: {sum(by_label.values())}",
         f"- texts without any span: {sum(nospan.values())}",
         f"- distinct PERSON surfaces: {len(persons)}", "",
         "## Spans per label", "", "| label | spans | texts |", "| --- | ---: | ---: |"]
    order = ["PERSON", "PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL", "PLATE", "BIRTHDATE", "MY_NUMBER",
             "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "VIN",
             "MEDICAL", "DISABILITY", "CRIMINAL", "CRIME_VICTIM", "CREED", "RACE", "SOCIAL_STATUS",
             "UNION", "FAMILY_ORIGIN", "SEX_LIFE"]
    for lab in order:
        L.append(f"| {lab} | {by_label[lab]} | {texts_with[lab]} |")
    ident = sum(by_label[l] for l in order[:14])
    spec = sum(by_label[l] for l in ["MEDICAL", "DISABILITY", "CRIMINAL", "CRIME_VICTIM", "CREED",
                                     "RACE", "SOCIAL_STATUS"])
    fin = sum(by_label[l] for l in ["UNION", "FAMILY_ORIGIN", "SEX_LIFE"])
    L += ["", f"Groups: identifiers {ident}, special care {spec}, financial-sector {fin}.", "",
          "## Spans per style", "", "| style | texts | spans | texts without span | labels |",
          "| --- | ---: | ---: | ---: | --- |"]
    for st, c in by_style.items():
        labs = ", ".join(f"{k} {v}" for k, v in c.most_common())
        L.append(f"| {st} | {PER_STYLE} | {sum(c.values())} | {nospan[st]} | {labs} |")
    L += ["", "## Distinct PERSON surfaces", "", f"{len(persons)} distinct surfaces, "
          f"{sum(persons.values())} PERSON spans.", "",
          ", ".join(f"{k}({v})" if v > 1 else k for k, v in sorted(persons.items())), "",
          "## Warnings", ""]
    L += [f"- {w}" for w in warnings] or ["- none"]
    with open("stats.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ======================================================================
# TEXTS
# ======================================================================
# ---------------------------------------------------------------- long_mail
PARTS.update({"寺田美咲": ("寺田", "美咲"), "北川健斗": ("北川", "健斗"), "比嘉涼子": ("比嘉", "涼子"),
              "藤本翔": ("藤本",), "伊藤雅史": ("伊藤", "雅史"), "浜口由香": ("浜口", "由香")})

T("long_mail", """件名：Re: Re: 車検のお見積りについて

あおばモータース 京都伏見店
[[寺田]]様

お世話になっております。[[西岡]]です。
ご丁寧にありがとうございました。見積りの金額（98,450円）で了解しました。
代車は軽でかまいません。11月18日（火）の午前に持っていきます。

ひとつだけ。妻の[[西岡 千尋]]が先月から[[MEDICAL:妊娠中]]でして、つわりがひどく、送り迎えができません。
できれば引取りをお願いできないでしょうか。住所は前回と同じ
[[ADDRESS:京都市伏見区深草西浦町4丁目62番地 グランメゾン深草305]]です。

> [[西岡]]様
> いつもありがとうございます。京都伏見店の[[寺田]]でございます。
> ご依頼の車検見積りをお送りします。
> 車両：[[PLATE:京都 300 ね 41-07]]　走行距離 63,210km
> ブレーキパッド（フロント）交換を含んでおります。
> ご不明な点は[[PHONE:075-681-2290]]までお気軽にどうぞ。

--
[[西岡 和也]]
携帯 [[PHONE:090-6142-3385]]
""")

T("long_mail", """あおばモータース　お客様センター御中

はじめてメールします。堺市に住んでいる[[辻本]]と申します。
先日ネットで見た中古のN-BOX（年式2019、走行4.1万キロ、支払総額1,268,000円）について質問です。

父（[[辻本 茂]]、７８歳）の買い物の足にしたいのですが、父は[[DISABILITY:左足が不自由]]で、
アクセルを右足だけで踏めるかどうか心配しています。左足用のアクセルへの改造は可能でしょうか？
また、父は[[MEDICAL:脳梗塞の後遺症でリハビリに通って]]おり、[[MEDICAL:主治医からは運転は短時間ならよいと言われて]]います。

試乗は堺店でできますか。平日の夕方なら私が付き添えます。

[[辻本 美和]]
[[PHONE:072-258-9104]]（自宅）
[[EMAIL:miwa.tsujimoto@example.jp]]
""")

T("long_mail", """件名：【再送】下取り査定の件（那覇店 [[比嘉]]様）

[[比嘉]]様

先週金曜に送ったメールが届いていないようなので再送します。

> 2025/06/13 21:40　[[金城 亮]] <[[EMAIL:kinjo.ryo@example.jp]]> wrote:
> 那覇店の[[比嘉]]様
> 下取りに出したいのは以下の車です。
>   車名　ヴィッツ
>   登録番号　[[PLATE:沖縄 500 ゆ 88-12]]
>   車台番号　[[VIN:NSP130-2145567]]
>   走行　112,000km（メーター交換歴なし）
> 査定の日程は土日でお願いします。

追記：来月から本土（兵庫）に転勤になるので、7月10日までに売却を済ませたいです。
急ぎで申し訳ありません。

[[金城]]
""")

T("long_mail", """From: [[中西 浩二]]
To: あおばモータース 大阪西店 サービス課
Subject: オイル漏れ修理のその後

サービス課　御担当者様

8月2日にオイル漏れの修理をしてもらった[[中西]]です（伝票番号 S-250802-117）。
修理後300kmほど走ったのですが、また駐車場に黒いシミができています。
エンジンがまた病気になったのかと家族に笑われましたが、笑いごとではありません。

前回の担当の方は「ガスケットの交換で直る」とのことでした。
再点検をお願いしたいので、都合のよい日を教えてください。
平日は仕事で出られないため、連絡は夜8時以降に下記へお願いします。

[[中西浩二]]
〒[[POSTAL_CODE:536-0005]] [[ADDRESS:大阪市城東区中央2丁目11-8-902]]
[[PHONE:090-3318-7725]]
""")
PARTS.update({"中西浩二": ("中西", "浩二")})

T("long_mail", """件名：ローン審査の書類について（ご相談）

[[北川]]さん

お世話になります。先日はお忙しいところ試算表を作っていただき助かりました。
ローンの申込書に記入していて、いくつか確認したいことがあり連絡しました。

1) 勤務先の欄ですが、今年の3月に転職したばかりで勤続1年未満です。審査に響きますか？
2) 去年、病気で３か月休職しています（[[MEDICAL:うつ病で通院して]]いました。今は[[MEDICAL:治療も終わって]]います）。
   これは申込書に書く必要がありますか？健康状態を聞かれる欄が見当たらないのですが…
3) 口座振替の口座は りそな銀行 上本町支店 [[BANK_ACCOUNT:普通 4471029]] で大丈夫ですか。

以上、よろしくお願いします。

[[奥村 真由美]]
TEL [[PHONE:06-6773-2158]]
""")

T("long_mail", """Re: 納車日のご連絡

> [[奥田]]様
> このたびはご成約ありがとうございました。
> 納車は10月4日（土）10時、和歌山店にてご用意いたします。
> 当日は印鑑と車庫証明の控えをお持ちください。
> 和歌山店　[[浜口由香]]

[[浜口]]様

ご連絡ありがとうございます。4日で大丈夫です。
ただ、当日は母も一緒に行きたいと言っています。母は[[DISABILITY:車いすを使って]]いるので、
お店の入口に段差があるかどうか教えていただけますか。
スロープがなければ駐車場でお受け取りでもかまいません。

[[奥田]]
""")
T("long_mail", """件名：見積書の宛名訂正のお願い

四日市店　[[伊藤]]様

昨日いただいたお見積書（No.Q-59-20417）ですが、宛名が「[[田村 恭平]]」になっていました。
正しくは「[[田邑 恭平]]」です。ムラの字がちがいます。よく間違われるので気にしていませんが、
契約書ではちゃんとしておきたいので、差し替えをお願いします。

それと、支払いは一括にします。カードで払える上限を聞いてから決めたいのですが、
頭金30万円だけカード払いにすることはできますか？

[[田邑]]
三重県四日市市在住
""")

T("long_mail", """件名：Fwd: 自動車保険の更新案内

[[森本]]さん

妻に来た案内をそのまま転送します。名義は妻なので、妻の分の手続きで進めてください。

---------- Forwarded message ---------
From: あおばモータース保険デスク <[[EMAIL:hoken@aoba-motors.example.jp]]>
Date: 2025年1月9日(木) 9:02
To: [[EMAIL:yoshie.kamei@example.com]]
件名：【ご案内】自動車保険　満期のお知らせ

[[亀井 佳江]] 様
証券番号 ＡＢ５５２０１９３３－０２（満期日 2025年2月14日）
現在のノンフリート等級：16等級
ご更新のお手続きは奈良橿原店 [[森本]] まで（[[PHONE:0744-22-8140]]）

---------- 
去年の12月、妻が[[CRIME_VICTIM:自転車と接触して相手に逃げられた]]件で車両保険を使ったので、等級がどうなるか気になっています。
警察には届けてあります（橿原署）。

[[亀井 達也]]
""")

T("long_mail", """件名：ご返信が遅くなりすみません

[[藤本]]様

こんばんは、[[吉川]]です。お返事が遅くなりすみません。
実はこの２週間、[[MEDICAL:胆石の手術で入院して]]おりまして、メールを開けずにいました。
退院したので試乗の予約を入れたいと思います。

ただ、[[MEDICAL:医師から１か月は運転を控えるように言われて]]います。
試乗は主人（[[吉川 隆之]]）が運転して、私は助手席で乗り心地だけ見させていただければと思います。
候補日：
　・11/22（土）14時以降
　・11/24（月・祝）終日

お車はステップワゴンのe:HEVの白をお願いします。

----------------------------------
[[吉川 紀子]]
〒[[POSTAL_CODE:655-0852]]
[[ADDRESS:神戸市垂水区名谷町字猿倉２８４１－７]]
℡ [[PHONE:078-709-3374]]
----------------------------------
""")

T("long_mail", """件名：Re: Re: Re: 板金の件

> > 見積りは 127,600円（税込）です。
> > バンパー交換ではなく補修で対応いたします。
> 了解です、それでお願いします。
> 引き取りは土曜にできますか。
> [[上原]]

[[上原]]様

草津店の[[井狩]]です。いつもお世話になっております。
土曜日（3/8）の引き取りで手配いたしました。10時頃にご自宅へ伺います。
念のため、ご住所を確認させてください。
　[[ADDRESS:滋賀県草津市野路東4丁目7番2-11]]
上記で相違なければ、ご返信は不要です。

なお、作業は提携先の「上原ボディ」ではなく当店の工場で行います
（お名前が同じで紛らわしくて申し訳ありません）。

あおばモータース草津店　サービス　[[井狩 大輔]]
TEL [[PHONE:077-566-3902]]　FAX [[PHONE:077-566-3903]]
""")
ALLOW_PERSON.append(("上原ボディ", "上原", "body shop name that contains the surname"))
T("long_mail", """件名：ご契約のキャンセルについてのご相談

あおばモータース大阪西店
[[北川 健斗]] 様

いつもお世話になっております。９月に注文したフリード（注文書番号 OS-2509-0334）の件です。
大変申し訳ないのですが、キャンセルか延期をお願いできないかと思いご連絡しました。

先週、夫の[[MEDICAL:肺がんが見つかり]]、来月から[[MEDICAL:抗がん剤治療]]が始まることになりました。
しばらくは私が一人で通院の送迎をすることになり、大きい車より今の軽の方が運転しやすいので、
買い替えそのものを見直したいと考えています。

手付金の10万円がどうなるのか、また納車日（11月下旬予定）を半年ほど延ばすことは可能か、
お教えいただけますでしょうか。お電話ですと平日１０時～１５時でしたら出られます。

[[松岡 早苗]]
自宅 [[PHONE:06-6981-4072]]
携帯 [[PHONE:080-2240-6619]]
""")

T("long_mail", """件名：リコール通知が届きました（輸入車）

初めてご連絡します。中古で購入したVWのゴルフにリコールの通知がメーカーから届きました。
購入は御社ではなく個人売買なのですが、作業は御社の神戸垂水店でしてもらえますか。

通知に書いてある車両情報：
　車台番号：[[VIN:WVWZZZAUZHW048315]]
　登録番号：[[PLATE:神戸 331 ふ 20-58]]
　初度登録：平成29年

部品番号 5Q0-906-093 の交換、作業時間は約1.5時間とあります。

> 本状は現在の使用者様にお送りしております。
> ご不明な点はお買い求めの販売店へお問い合わせください。

よろしくお願いいたします。
[[ナカムラ サトシ]]（[[中村 聡]]）
[[EMAIL:s_nakamura1988@example.net]]
""")

T("long_mail", """件名：送ってしまった書類の削除をお願いします

お客様センター　ご担当者様

昨日、車庫証明の件で奈良橿原店の[[森本]]さんにメールをした[[阪口]]です。
添付の写真を間違えてしまい、住民票ではなくマイナンバーカードの裏面を送ってしまいました。
番号は [[MY_NUMBER:3562 3012 3836]] です（確認のために書きます。すみません）。

お手数ですが、受信したメールと添付ファイルを削除していただけないでしょうか。
個人情報保護方針の「開示・訂正等」の窓口はこちらでよかったでしょうか。

正しい住民票の写しは本日郵送しました。

[[阪口 雅之]]
〒[[POSTAL_CODE:634-0065]] [[ADDRESS:奈良県橿原市畝傍町３６－５]]
""")

T("long_mail", """件名：父の車の処分について

[[寺田]]様

ご無沙汰しております。以前、父の車検でお世話になった[[谷口]]の娘です。
父（[[谷口 正]]）は今年の春に[[MEDICAL:アルツハイマー型認知症と診断され]]、
家族で話し合って運転免許を返納しました。
父名義のカローラ（[[PLATE:京都 501 す 3-19]]）を売却したいのですが、
本人が書類を書くのが難しい場合、どのような手続きになりますか。

父は今、伏見区の施設に入っています。私は大阪在住のため、
やり取りはメールか、土曜の午前中の電話（[[PHONE:090-8817-2206]]）でお願いします。

[[谷口 恵]]
""")

T("long_mail", """件名：Re: 登録番号の誤りについて（お詫び）

> [[宮城]]様
> 先日お渡しした点検記録簿の登録番号に誤りがございました。
> 誤：[[PLATE:沖縄 300 た 17-04]]
> 正：[[PLATE:沖縄 300 な 17-04]]
> 大変失礼いたしました。名護店　[[具志堅]]

[[具志堅]]さん

ご丁寧にどうも。気づきませんでした（笑）
訂正版は次に寄るときでいいです。

ついでに聞きたいんですが、宮城県の大学に行っている息子が帰省中にこの車を使うので、
任意保険の年齢条件を一時的に変えられますか。息子は２０歳です。

[[宮城 健]]
""")
ALLOW_PERSON.append(("宮城県", "宮城", "prefecture name, not the customer's surname"))

T("long_mail", """件名：代車に忘れ物をしました

お世話になります。[[玉城]]です。
先週まで那覇店でお借りしていた代車（白のアクア）に、子どものタブレットを置き忘れたようです。
紺色のケースで、裏に「ゆうと」とシールが貼ってあります。
後部座席のポケットか、トランクの下だと思います。

見つかりましたら、下記までご連絡いただけますと助かります。
受け取りは那覇店に伺います。

[[玉城 さやか]]
[[PHONE:070-5512-9038]]
[[EMAIL:sayaka.tamaki(at)example.jp]]
""")

T("long_mail", """件名：駐車場での接触について

和歌山店 店長様

本日15時ごろ、そちらの店舗の駐車場で、出庫してきたお客様のお車に左のドアを擦られました。
相手の方とはその場で話をして、連絡先を交換しています。
お店の防犯カメラに映っていると思うので、保険会社から問い合わせがあった際はご協力をお願いします。

私の車：[[PLATE:和歌山 530 め 66-01]]（黒のタント）
擦り傷は約20cm、へこみはありません。

念のため記録として送ります。

[[東 裕美]]
[[PHONE:073-424-1187]]
""")

T("long_mail", """件名：社用車３台の入替見積依頼

株式会社あおばモータース
法人営業部　[[坂東]]様

平素より大変お世話になっております。
株式会社ミナミ設備工業の[[川端]]でございます。

標記の件、現行のプロボックス３台（リース満了 2026年3月）の入替につき、
同等車種でのお見積りをお願いしたく存じます。
　・台数：３台（うち１台は4WD希望）
　・支払方法：５年リース（メンテナンス込み）
　・納期：2026年2月末まで

ご多用のところ恐縮ですが、12月12日（金）までにご提出いただけますと幸いです。

━━━━━━━━━━━━━━━━━━
株式会社ミナミ設備工業　総務部　課長
[[川端 修一]]
〒[[POSTAL_CODE:590-0944]] [[ADDRESS:大阪府堺市堺区櫛屋町東1丁2番15号 ミナミビル3F]]
TEL [[PHONE:072-233-5670]]（代表）／ 直通 [[PHONE:072-233-5681]]
Mail [[EMAIL:kawabata@minami-setsubi.example.jp]]
━━━━━━━━━━━━━━━━━━
""")
T("long_mail", """件名：住所変更の手続き（大阪→沖縄）

大阪西店　[[中西]]さま

いつもありがとうございます、[[仲宗根]]です。
夫の実家のある沖縄に引っ越すことになりました。車も一緒にフェリーで運びます。

新住所：〒[[POSTAL_CODE:904-2215]]
　　　　[[ADDRESS:沖縄県うるま市みどり町５丁目１９番地１２　コーポ緑２０３]]
旧住所：[[ADDRESS:大阪市港区築港２－８－２４－５１１]]

ナンバーも沖縄に変えないといけないと聞きました。
今のナンバーは[[PLATE:大阪 581 ち 90-33]]です。
那覇店さんで変更手続きをお願いすることはできますか？
点検パックの残り（２回分）も引き継げると嬉しいです。

[[仲宗根 彩]]
""")

T("long_mail", """件名：メールでのやり取りを希望します

あおばモータース京都伏見店の皆様

先日、お店に伺った[[岩佐]]です。その節は筆談に付き合っていただきありがとうございました。
私は[[DISABILITY:耳が聞こえない]]ため、お電話をいただいても出ることができません。
今後のご連絡はすべてメールかSMSでお願いできますでしょうか。
SMSは [[PHONE:080-6630-1942]] に送ってください（音声通話は受けられません）。

ナビの音声案内が聞き取れないので、画面に大きく矢印が出るタイプを希望しています。
また、緊急車両のサイレンに気づきにくいので、何か対策になる装備があれば教えてください。

[[岩佐 直人]]
""")

T("long_mail", """件名：試乗のときのお願い

草津店　[[井狩]]様

来週の日曜、家族４人で試乗に伺う予定の[[小西]]です。
事前にお伝えしておきたいことがあります。

長男（小学２年）は[[DISABILITY:自閉スペクトラム症]]があり、大きな音や初めての場所が苦手です。
お店が混んでいる時間帯だとパニックになることがあるので、
開店直後の10時に伺わせてください。キッズスペースのBGMを少し下げていただけると助かります。

また、スライドドアの挟み込み防止がどのくらい効くのか、実際に見せていただきたいです。
よろしくお願いいたします。

[[小西 陽子]]
""")

T("long_mail", """件名：アンケートのご返送

先日の点検のあとにいただいたアンケートをメールで返送します。

Q1 本日の担当者の対応はいかがでしたか → とても満足
Q2 担当者名（わかれば）→ 神戸垂水店の[[藤本]]さん
Q3 ご意見 →
待ち時間が１時間と聞いていたのが２時間半かかりました。
それでも[[藤本]]さんが途中で説明に来てくれたので不満はありません。
ただ待合室の椅子が低くて、[[MEDICAL:腰の手術をした]]ばかりの私にはつらかったです。

[[野口]]（会員番号 K-0045521）
""")

T("long_mail", """件名：下取り車の書類がそろいません

[[浜口]]さん

下取りに出すエスティマの件です。車検証の名義が亡くなった祖父（[[湯川 清]]）のままでした。
相続の手続きをしていないので、戸籍謄本などが必要と言われて困っています。
祖父の[[FAMILY_ORIGIN:本籍は和歌山県田辺市]]だと母は言っていますが、番地まではわかりません。
何を取り寄せればよいか、一覧でいただけませんか。

車台番号は車検証に [[VIN:ACR50-0183377]] とあります。

[[湯川 翔太]]
[[PHONE:090-4176-5520]]
""")

T("long_mail", """件名：Re: 定期点検のご案内

> 拝啓　盛夏の候、ますますご清祥のこととお喜び申し上げます。
> お車の１２か月点検の時期となりましたのでご案内申し上げます。
> 　対象車両：[[PLATE:三重 300 つ 5-81]]
> 　点検予定日：８月中
> 四日市店　サービス課

ご案内ありがとうございます。８月２３日（土）の朝一でお願いします。
それと、前回「次回はタイヤ交換が必要」と言われたのですが、
今回の点検でまとめて交換した場合の金額を先に知りたいです。
サイズは 185/60R15 です。

[[小林 大地]]
""")

T("long_mail", """件名：担当の方へのお礼

[[比嘉 涼子]]様

先月の納車の際は大変お世話になりました。[[Emily Carter]]です。
日本語が上手ではない私に、保険のことや駐車場の契約のことまで、
ゆっくり説明してくださって本当に助かりました。

夫（[[大城 拓海]]）も「[[比嘉]]さんにお願いしてよかった」と話しています。
来年、夫の両親の車の買い替えもあるので、その時もまた相談させてください。

ちいさなお菓子を送りました。スタッフの皆さんで召し上がってください。

[[Emily Carter]]（[[大城 エミリー]]）
""")
# ---------------------------------------------------------------- web_form
T("web_form", """【あおばモータース】Webフォームより新しいお問い合わせがありました
受付番号：WF-20250412-0087
送信日時：2025/04/12 22:17:43

■お名前：[[前田 光太郎]]
■フリガナ：[[マエダ コウタロウ]]
■メールアドレス：[[EMAIL:kotaro.maeda@example.com]]
■電話番号：[[PHONE:08033172640]]
■ご希望の店舗：大阪西店
■お問い合わせ種別：試乗予約
■ご希望日時：4/19 11:00
■車種：ヴォクシー（ハイブリッド）
■備考：チャイルドシート２台付けたまま試乗できますか
""")

T("web_form", """-----Original Message-----
From: [[EMAIL:noreply@aoba-motors.example.jp]]
Subject: [査定依頼] 新規受付 #A-33918

お名前　　　：[[上田 菜摘]]
ふりがな　　：[[うえだ なつみ]]
ご連絡先　　：[[PHONE:０７５－８７２－６０１４]]
E-mail　　　：[[EMAIL:natsumi_u@example.org]]
郵便番号　　：[[POSTAL_CODE:６１２－８３５３]]
ご住所　　　：[[ADDRESS:京都市伏見区東奉行町１番地の３ コーポ伏見２０２号]]
メーカー　　：ダイハツ
車種　　　　：ムーヴ キャンバス
年式　　　　：2020年（令和2年）
走行距離　　：38,500km
車検満了日　：2026年7月
事故歴　　　：なし
ご要望　　　：出張査定希望。土曜の午後なら在宅です。
""")

T("web_form", """お問い合わせフォーム送信内容（自動転送）

[氏名] [[村井 隆]]
[氏名カナ] [[ムライ タカシ]]
[年齢] 67
[電話] [[PHONE:0742-61-3318]]
[メール] （未入力）
[種別] 福祉車両について
[内容]
妻が[[DISABILITY:車いす]]で、今はタクシーで病院へ行っています。
車いすのまま乗れる軽自動車を考えています。
[[MEDICAL:人工透析で週３回通院]]しているので、乗せ降ろしが楽なものを教えてください。
見積りは奈良の店で話を聞きたいです。
""")

T("web_form", """━━ 点検・車検予約フォーム ━━
予約番号：R-0917-2231
お名前：[[新垣 勇]]　様
電話：[[PHONE:098-868-2047]]
車両番号：[[PLATE:沖縄３００ほ２１－７６]]
ご希望内容：車検（継続）
入庫希望日：９月２７日（土）
代車：希望する
ご来店店舗：那覇店
連絡事項：エアコンの効きが悪いので一緒に見てください。ガスの補充だけで済めばいいのですが。
━━━━━━━━━━━━━━━
""")

T("web_form", """[カタログ請求] 受付のお知らせ

以下の内容で受け付けました。

お名前　[[Kim Minjun]]
フリガナ　[[キム ミンジュン]]
郵便番号　[[POSTAL_CODE:544-0031]]
住所　[[ADDRESS:大阪府大阪市生野区鶴橋3-7-18 鶴橋ハイツ402]]
電話　[[PHONE:070-3892-1156]]
請求カタログ　シエンタ／フリード（各１部）
アンケート：購入予定時期＝半年以内、現在の車＝なし
""")

T("web_form", """件名: [ローン仮審査申込] 新規 No.L-7726

▼申込者情報
氏名：[[杉本 智子]]
氏名(カナ)：[[スギモト トモコ]]
生年月日：[[BIRTHDATE:1991年11月03日]]
性別：女
現住所：〒[[POSTAL_CODE:520-3022]] [[ADDRESS:滋賀県栗東市上砥山１１８４－２]]
居住年数：3年
電話番号（携帯）：[[PHONE:090-7735-0418]]
運転免許証番号：[[DRIVER_LICENSE:601904528830]]
▼勤務先
勤務先名：株式会社湖南精工
勤続年数：7年
年収：３８０万円
▼申込内容
車両本体価格：2,090,000円　頭金：300,000円　支払回数：84回
""")

T("web_form", """【要対応】Webからのお問い合わせ（和歌山店宛）
--------------------------------
お客様名: [[岡 和樹]]
TEL: [[PHONE:073-455-0812]]
携帯: [[PHONE:080-1157-4283]]
ご用件: その他
本文:
先日お店の前の道で岡自動車の看板の車とぶつかりそうになった者です（こちらは関係ない会社だと思いますが念のため）。
それとは別に、ジムニーの中古が入ったら連絡をください。予算は総額180万まで。
--------------------------------
""")
T("web_form", """Webお問い合わせ通知
==============================
日時　2025-02-03 07:55
お名前　[[山下 恵理子]]
メール　[[EMAIL:eriko.y@example.jp]]
電話　[[PHONE:0774-41-2963]]
内容区分　ご意見・ご要望
内容
京都伏見店の営業の方（名札に[[寺田]]とありました）がとても丁寧でした。
主人が[[DISABILITY:視覚障害]]で[[DISABILITY:白杖を使って]]いるのですが、展示車のドアの位置を
手で触れるように案内してくださって、本人もとても喜んでいました。お礼まで。
==============================
""")

T("web_form", """[自動通知] 個人情報に関するお問い合わせフォーム

お問い合わせ区分：開示請求
ご本人氏名：[[藤原 孝]]
ご本人フリガナ：[[フジワラ タカシ]]
生年月日：[[BIRTHDATE:昭和４７年８月２２日]]
ご住所：[[ADDRESS:兵庫県姫路市飾磨区清水２丁目８４番地]]
電話番号：[[PHONE:079-235-7761]]
ご請求内容：
2019年に姫路店で購入した際の商談記録と、ローン審査のときに提出した書類の控えの開示を希望します。
本人確認書類：運転免許証（郵送予定）
""")

T("web_form", """■■ 見積依頼（新車）■■
送信元ページ：/newcar/sienta/
氏名：[[宮里]]
電話：[[PHONE:090 6418 2257]]
メールアドレス：[[EMAIL:miyazato.k@example.net]]
ご希望グレード：Z（ハイブリッド）／2WD
ボディカラー：アーバンカーキ
オプション：パノラミックビューモニター、ETC2.0
下取り：あり（H27 パッソ）
お支払い：残クレ希望
ご来店希望店舗：名護店
""")

T("web_form", """お問い合わせフォームから以下が送信されました。

――――――――――――――
[お名前] [[長谷川 颯]]
[電話番号] [[PHONE:059-224-8830]]
[郵便番号] [[POSTAL_CODE:514-0061]]
[住所] [[ADDRESS:三重県津市一身田上津部田１４２５－６]]
[お問い合わせ内容]
息子が免許を取ったので、初心者向けの中古車を探しています。
息子には[[DISABILITY:軽度の知的障害]]があり、[[DISABILITY:療育手帳（B2）]]を持っています。
運転免許は普通に取れました。保険料が高くならないか、障害者割引のようなものがあるのか知りたいです。
――――――――――――――
""")

T("web_form", """[フォーム] 試乗予約（オンライン）
Name: [[Pedro Higa]]
Name (kana): [[ペドロ ヒガ]]
Phone: [[PHONE:+81 90-2281-6607]]
Email: [[EMAIL:pedro.higa@example.com]]
Store: Naha
Date: 2025/08/09 15:00
Car: Raize
Message: I speak Spanish and a little Japanese. Can someone explain slowly? Gracias.
""")

T("web_form", """＊＊＊キャンセル受付フォーム＊＊＊
予約番号：R-1102-0418
お名前：[[北村]]　かな：[[きたむら]]
電話番号：[[PHONE:090-5093-8841]]
キャンセル理由：その他
詳細：[[MEDICAL:急に入院することになった]]ため、１１月８日の点検予約を取り消します。
　　　退院したらまた連絡します。
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
""")

T("web_form", """【中古車在庫お問い合わせ】
お問い合わせ車両：ストックNo. U-48213　ハスラー HYBRID X（2021年式・走行 2.3万km・車両本体 1,298,000円）
お名前：[[東野 結衣]]
ご連絡方法：メール希望
メール：[[EMAIL:yui-higashino@example.org]]
電話：[[PHONE:0745-33-1904]]
質問：修復歴と、前のオーナーの喫煙の有無を教えてください。
""")

T("web_form", """Fw: [お問い合わせ] 法人リース

―― 以下フォーム内容 ――
会社名：有限会社 西村運送
ご担当者：配車課 [[西村 佳祐]]
所在地：〒[[POSTAL_CODE:529-1604]] [[ADDRESS:滋賀県蒲生郡日野町大字松尾８８９番地]]
電話：[[PHONE:0748-52-6630]]
FAX：[[PHONE:0748-52-6631]]
メール：[[EMAIL:haisha@nishimura-unso.example.jp]]
台数：軽バン２台
内容：ドライバーが高齢になってきたので衝突被害軽減ブレーキ付きへ入替したい
――――――――――――
""")
ALLOW_PERSON.append(("有限会社 西村運送", "西村", "company name that contains the surname"))
T("web_form", """新着：お問い合わせ #18820（ホームページ）
お名前｜[[Nguyen Thi Lan]]
電話｜[[PHONE:080-4417-3025]]
住所｜[[ADDRESS:和歌山市西小二里２丁目６－１０ ロイヤル小二里１０１]]
在留カード番号｜[[RESIDENCE_CARD:UH48201375FA]]
内容｜くるま　ほしいです。ローン　できますか。ビザ　あと２ねんです。
""")

T("web_form", """【整備相談フォーム】
受付日：2025年10月21日
お客様：[[平井 修]]様
お車：プリウス（ZVW30）　車台番号 [[VIN:ZVW30-5921046]]
症状：ハイブリッドシステムチェックの警告灯が点いた。走行はできる。
走行距離：198,400km
ご連絡先：[[PHONE:06-6319-0572]]（日中）
""")

T("web_form", """お問い合わせ（スマートフォンから送信）

名前: [[ゆうき]]
メール: [[EMAIL:yuuki.0312＠example.jp]]
本文:
車の買取だけお願いしたいです。ローンが残っていて所有者がディーラーになってます。
名義変更できますか
""")

T("web_form", """ご来店予約フォーム
-------------------------------------
お名前　　　　[[堀 健太郎]]
ご来店人数　　3名（大人2、子ども1）
ご来店日　　　2025/05/05（祝）13:30
店舗　　　　　堺店
電話　　　　　[[PHONE:072-289-4403]]
その他　　　　妻が[[MEDICAL:妊娠８か月]]なので、座って商談できると助かります
-------------------------------------
""")

T("web_form", """[転送] フォーム：ご意見箱

投稿者：匿名希望
連絡先：なし
内容：
那覇店の駐車場は狭すぎます。お年寄りや足の悪い人が停めにくいと思います。
身障者用のスペースも一台しかありません。改善してください。
""")

T("web_form", """▼保険見積依頼
契約者名：[[玉城 勝]]
生年月日：[[BIRTHDATE:1958/01/27]]
免許証の色：ゴールド
免許証番号：[[DRIVER_LICENSE:971980112640]]
車両：[[PLATE:沖縄 501 み 12-30]]（ノア）
使用目的：日常・レジャー
運転者の範囲：本人・配偶者
現在の等級：20等級
事故歴：過去３年なし
連絡先：[[PHONE:098-937-1526]]
""")

T("web_form", """WEB問い合わせ（神戸垂水店）

【氏名】[[坂本 理沙]]
【TEL】[[PHONE:078-754-2219]]
【mail】[[EMAIL:risa.sakamoto@example.jp]]
【内容】
先月納車されたばかりの車なのに、ETCカードを入れても認識しません。
カードは夫名義ですが関係ありますか？
ETCの管理番号は 0125-4471-9930-8206 です。
""")

T("web_form", """送信フォーム：ローン返済のご相談
ご契約者：[[小川 雅人]]
契約番号：CL-55-8890213
ご相談内容：
今月から[[MEDICAL:病気療養のため休職]]しており、収入が減りました。
返済額を一時的に減らすことはできますか。
引落口座：三井住友銀行 奈良支店 [[BANK_ACCOUNT:普通預金 7702814]]
連絡先：[[PHONE:0742-36-5091]]
""")

T("web_form", """[フォーム通知] 出張点検のご依頼

■お名前　[[喜屋武 ハル]]（代理入力：孫の[[喜屋武 大樹]]）
■ご住所　[[ADDRESS:沖縄県島尻郡八重瀬町字東風平１１７３]]
■電話　[[PHONE:098-998-4407]]
■内容　祖母は[[DISABILITY:足腰が弱く]]外出が難しいので、家まで点検に来てもらえませんか。
　　　　車は軽トラ（キャリイ）です。畑にしか乗りません。
""")

T("web_form", """お問い合わせフォーム
--
会社名　：
お名前　：[[佐藤 蓮]]
フリガナ：[[サトウ レン]]
E-mail　：[[EMAIL:ren_sato_0707@example.com]]
電話番号：
内容　　：佐藤板金さんに出していたドアの修理はそちら経由で頼めますか？保険は使いません。
--
""")
ALLOW_PERSON.append(("佐藤板金", "佐藤", "body shop name that contains the surname"))
# ---------------------------------------------------------------- staff_memo
T("staff_memo", """10/3 15:20 [[辻]]様TEL　車検見積依頼　[[PLATE:堺500ほ32-18]]　代車×　→折TEL済（[[北川]]）""")

T("staff_memo", """【申し送り】
・[[林]]様 12ヶ月点検 入庫 9:30 →ワイパー交換も
・[[森]]様 ご来店予定14時 シエンタ見積 残クレ60回 提示済 次回ハンコ
・[[堀]]様 TEL [[PHONE:090-2216-8874]] 夕方以降 折返し要
担当不在時は[[中西]]へ""")

T("staff_memo", """伏見 [[寺田]]→[[坂東]]さん
[[原]]様（上鳥羽）下取査定 35万提示→他社40万と言われた由
店長判断で38まで可？ 明日午前中に返事ほしいとのこと
客携帯 [[PHONE:080 3361 2045]]""")

T("staff_memo", """入庫メモ　11/14
[[関]] 様　N-WGN　[[PLATE:滋賀 580 ぬ 7-02]]
異音（右前 足回り）、ハブベアリング疑い　部品 44300-T6A-J01 在庫×→取寄せ 2日
客 [[DISABILITY:耳遠い]]ので連絡はSMSで　[[PHONE:090-1148-3307]]
[[井狩]]""")

T("staff_memo", """☎ 16:05 [[谷]]様より　昨日の納車の件
ナビの地図更新できてない→明日S対応　[[谷]]様今週[[MEDICAL:通院]]あるので土曜希望
[[浜口]]""")

T("staff_memo", """査定メモ）[[泉 隆司]]様
車：ｴﾌﾞﾘｨ DA17V　車台 [[VIN:DA17V-384112]]
走行 15.2万　外装キズ多　修復歴なし　
買取上限 22万（本部確認済）
TEL [[PHONE:0736-32-5518]]　かつらぎ町""")

T("staff_memo", """商談記録 2/8 名護
お客様：[[知念]]様ご夫婦（ご主人[[知念 清]]さん、奥様[[知念 トミ]]さん）
希望：軽（タント or スペーシア）、後席スライドドア必須
奥様[[DISABILITY:膝が悪く]]乗降性重視、福祉車両ではなく通常車で良いとのこと
予算 総額170万 下取なし
次回 2/15 試乗 担当[[具志堅]]""")

T("staff_memo", """[[奥]]様 → 車庫証明書類不備（配置図なし）再提出依頼済。[[奥]]様宅 [[ADDRESS:和歌山市有本２６４－３]] 現地確認 3/2 [[浜口]]予定""")

T("staff_memo", """7/19（土）来店
ﾌﾘｰ客 40代男性 名前聞けず
ﾃﾞﾘｶ D:5 見積のみ 名刺渡した
次回来店ならアンケ記入お願い""")

T("staff_memo", """[[菊]]様 クレーム
洗車時にドアミラー損傷と。入庫前写真あり（ﾀﾌﾞﾚｯﾄ保存）→ 入庫前から傷あり確認
[[中西]]S長より説明済。[[菊]]様納得せず、本社お客様相談室へ連絡すると。
連絡先 [[PHONE:06-6543-7190]] / [[EMAIL:kiku.h@example.jp]]""")

T("staff_memo", """→[[伊藤]]さん
[[畑]]様ご家族 父親（90）の免許返納、家族から相談
本人は返納拒否、[[MEDICAL:物忘れ外来 受診中]]（娘さん談）
サポカー限定免許の話をしたら興味あり。今度パンフ送付
送付先：[[ADDRESS:四日市市川島町６７１５－２]]""")
T("staff_memo", """＜電話メモ＞
日時：6/30 10:40　受：[[上原]]（パート）
相手：[[南]]様（ﾐﾅﾐ）
用件：見積書もう一度FAXしてほしい　FAX [[PHONE:0743-75-2281]]
→[[森本]]さんへ""")

T("staff_memo", """業務日誌 8/22 那覇
・来店 12組　成約 2（[[安里]]様 ルーミー、[[島袋]]様 ヤリスクロス）
・[[島袋]]様 頭金はカード：[[CARD:4980 6326 9766 1912]]　※控えは金庫へ、メモは後でシュレッダー
・車検入庫 5台
・[[大城]] 午後から病院（有休）""")

T("staff_memo", """TODO
□ [[東]]様 自賠責切れ 9/30 → 連絡まだ
□ 東大阪の[[岸]]様 納車準備（コーティング 9/5）
□ 展示車 プリウス 60系 洗車
□ 月末 在庫表 本部へ""")
ALLOW_PERSON.append(("東大阪", "東", "city name 東大阪, not the surname 東"))

T("staff_memo", """[[和田]]様（新規）来店　ｼﾞﾑﾆｰｼｴﾗ 納期確認のみ
ご本人 [[MEDICAL:糖尿病]]とのことで[[MEDICAL:低血糖時の運転]]を気にされている → 主治医とよく相談をと案内
連絡先 [[EMAIL:wada.kazu@example.com]]　担当[[藤本]]""")

T("staff_memo", """引継）[[北川]]→[[坂東]]
[[前田]]様 ヴォクシー 契約済 登録待ち
書類：印鑑証明○ 車庫証明○ 委任状× ←要回収
[[前田]]様 平日連絡不可、LINE可
住所 [[ADDRESS:大阪市西淀川区姫島４－１１－２０－３０７]]""")

T("staff_memo", """S工場メモ
RO# 24-11873　[[PLATE:奈良 300 ら 46-29]]
ﾌﾞﾚｰｷ鳴き→ﾊﾟｯﾄﾞ残3mm 交換推奨 客承認待ち
※ [[松田]]様 [[DISABILITY:聴覚障害]]あり 説明は筆談ボードで""")

T("staff_memo", """2025.3.11 商談
[[ﾏﾂｵｶ]]様([[ﾏﾂｵｶ ｻﾅｴ]])→キャンセル希望
理由：ご主人[[MEDICAL:入院]]のため
手付10万→規定により返金可（店長OK）　返金口座 [[BANK_ACCOUNT:0124-3380517]]（近畿大阪銀行？要確認）""")

T("staff_memo", """[[仲村渠]]様 TEL
レンタカー事故？の相談だったが当店のレンタではなかった→お断り
（他社わナンバー）。一応番号控え [[PHONE:098-851-6620]]""")

T("staff_memo", """来店予約 5/24 11:00 [[吉]]様
※同姓の[[吉川]]様と混同注意（[[吉]]様＝エクストレイル、[[吉川]]様＝ステップワゴン）
[[藤本]]""")

T("staff_memo", """[[谷口]]様の娘さん（[[恵]]さん）より
お父様の車 売却　成年後見の話になりそう
司法書士紹介希望→本社法務へ確認
車：カローラ [[PLATE:京都501す3-19]]""")

T("staff_memo", """会議メモ（朝礼）
・今月目標 新車 18 / 中古 12
・週末イベント 駐車場に誘導員2名
・先週 来店客から「前の担当は？」の問合せ多数 → 退職者の名前は出さない
・トイレ清掃当番 表どおり""")

T("staff_memo", """ﾒﾓ 不在票
[[泉]]様来店（査定金額の件）、明日[[泉]]様へ再度TEL
[[泉]]様：かつらぎ町、[[PHONE:0736-32-5518]]""")

T("staff_memo", """[[奈良岡]]様 ※奈良店ではなく草津店のお客様
点検予約 6/7 →[[井狩]]
[[奈良岡]]様 希望 オイル＋エレメント、タイヤローテ""")
T("staff_memo", """ｸﾚｰﾑ対応済 11/2
[[岡]]様→代車のガソリン満タン返しの件、説明不足だった。差額 2,140円 返金で了承。
（[[岡]]様 今後は[[坂東]]が担当）""")

# ---------------------------------------------------------------- elderly
T("elderly", """拝啓
秋冷の候、貴社益々御清榮のこととお慶び申し上げます。
さて、私儀、本年八十三歳となり、長年乗つて参りました車を手放す決心を致しました。
實は昨年暮れに[[MEDICAL:心臟の手術]]を受け、[[MEDICAL:醫者より運轉は控へるやうにと申し渡され]]ました。
つきましては、車の引取りの段取りをお願ひ申し上げたく、一筆啓上致します。
車は自宅の車庫に置いてあります。

　　住所　[[ADDRESS:奈良縣奈良市學園北二丁目五番十三號]]
　　電話　[[PHONE:〇七四二（四五）二二六八]]

敬具
令和七年十月吉日
　　　　　　　　　　　　　　　　　[[大西 德三郎]]
あおばモータース御中
""")

T("elderly", """前略
毎度お世話になつております。和歌山の[[中谷]]です。
先日は車の点検ありがたう。[[浜口]]さんの説明よく分かりました。
孫が申すには、わたしのやうな年寄りは自動ブレーキの付いた車にせよとのこと、
近頃は[[DISABILITY:目も遠くなり]]まして、夜の運転はせぬようにしております。
それでも田舎ゆゑ車が無いと醫院にも通へません。
次の車の相談に乗つてもらひたく、一度家に来て下さいますか。
電話は [[PHONE:〇七三－四七七－三三〇五]] です。昼間はたいがい居ります。
草々
[[中谷 キヨ]]
""")

T("elderly", """あおばさんへ

いつもありがとう。草津の[[井上 はな]]です。字がへたでごめんなさい。
主人が三月に亡くなりました。主人の名前の車（[[PLATE:滋賀 33 ね 4105]]）をどうしたらよいか
わからず、手紙を書いています。私は免許を持っていません。
息子は東京にいて、なかなか帰ってこられません。
お店の人に家まで来てもらえたら、はんこを押します。
家は[[ADDRESS:草津市矢倉一丁目三の二十一]]です。お寺の裏の、青い屋根の家です。
""")

T("elderly", """[[北川]]様

先日は、お見舞ひのお花をありがたうございました。
おかげさまで、[[MEDICAL:大腿骨の骨折]]もだいぶ良くなり、杖をついて歩けるやうになりました。
ただ、[[MEDICAL:右股関節に人工関節]]が入りましたので、今の車の乗り降りが難儀です。
座席がくるりと回つて外に出てくる車があると聞きました。一度見せていただけますか。

娘の[[佐和子]]が一緒に参ります。娘の電話は[[PHONE:〇九〇・八一二三・四五〇七]]です。

[[小野寺 ふみ]]
""")

T("elderly", """謹啓
時下ますますご清祥の段、お慶び申し上げます。
小生、昭和十五年生まれの老骨にて、近頃どうも物覚えが怪しく、
先日も貴店での車検の日取りを失念し、ご迷惑をお掛け致しました。誠に申し訳なく存じます。
改めて日を決めて頂き、葉書にて御知らせ下さい。電話ですとすぐ忘れてしまひますので。

〒[[POSTAL_CODE:六五五－〇〇三六]]
[[ADDRESS:神戸市垂水区海岸通九番二十四號]]
[[高見 源治]]
""")

T("elderly", """ごめんください
[[比嘉]]さん、このまえはありがとうね。
おばあは[[MEDICAL:こしのびょうきでびょういんに通って]]るから、
車にのるときにたすけてくれる、あのいすがうごく車がいいさ。
まごの[[りょうた]]がこの手紙をかいています。
おばあの名前は[[新城 カマド]]です。でんわは[[PHONE:０９８０－７２－３１１８]]です。
""")

T("elderly", """拝啓　桜の便りが聞かれる頃となりました。
毎年、家内と吉野へ花見に出かけるのを楽しみにしておりましたが、
家内が[[DISABILITY:車椅子の生活]]となり、今年は諦めておりました。
ところが貴社の福祉車両の広告を新聞で拝見し、もう一度花見に連れて行ってやりたいと思い立ちました。
後ろから車椅子ごと乗れる型のものの、お見積りをお願い申し上げます。
予算は二百万円ほどでございます。

[[大森 重雄]]　八十一歳
[[ADDRESS:奈良県吉野郡大淀町桧垣本一九八〇番地]]
[[PHONE:〇七四七－五二－二〇四九]]
敬具
""")

T("elderly", """あおば自動車　ご担当様

わしは昭和二十六年生まれ、堺の[[北野]]と申す者です。
この前、お宅の若い人が家に来て、車を替えろとしつこく言うて帰った。
わしは腹が立っとります。年寄りを何やと思うとるんか。
わしの車はまだ走る。あんたとこの[[西田]]とかいう若いのに、もう来るなと言うといてくれ。
以上。
""")

T("elderly", """暑中お見舞い申し上げます。
いつもお世話になっております。おかげさまで、[[MEDICAL:目の白内障の手術]]も無事に済みました。
先生からは、[[MEDICAL:手術の後]]一か月たてば運転してよいとのお許しが出ております。
八月の終わりに、あのワゴンの点検をお願いしようと思います。
主人もよろしくと申しております。

令和七年　盛夏
[[杉浦 寿子]]
""")
T("elderly", """前略ごめん下さい。
去る九月十日、貴店にて点檢して頂いた軽自動車のことで一言申し上げます。
點檢から歸つて三日目に、またエンジンの警告燈が點きました。
私は[[DISABILITY:耳が遠い]]ものですから、お電話では話が通じませぬ。
御手數ながら、お店の方から家までお越し願へませんでせうか。
[[ADDRESS:京都市山科區音羽珍事町二番地]]
[[前川 辰夫]]
""")

T("elderly", """お元気ですか。
四日市の[[伊藤]]さんには主人の代から三十年お世話になっています。
主人が[[MEDICAL:脳出血で倒れて]]施設に入ってからは、私一人で車を使っていますが、
もう七十九歳ですので、息子が心配しまして、免許を返すように言います。
返したら、あの車はどうなるのでしょう。買い取ってもらえるのでしょうか。
わからないことばかりで恥ずかしいですが、教えてください。
[[服部 静江]]
電話　[[PHONE:０５９（３２２）６０４１]]
""")

T("elderly", """ハガキにて失礼いたします。
六月の車検の御案内、ありがたく拝見しました。
本年はもう車に乗らぬことにいたしましたので、御案内は今回限りで結構でございます。
長い間お世話になりました。
　　　　　　　　　　　和歌山市　[[坂口 トシ]]
""")

T("elderly", """あおばの[[中西]]さんへ

ごぶさたしております。ばあちゃんの[[ふじい]]です。
孫の結婚式に行くのに、どうしても車で行きたいのですが、
わたしは[[DISABILITY:目が見えにくく]]なって運転はやめました。
それで、運転手つきの車を貸してもらえるところを知りませんか。
おたくでは、そういうことはしていないでしょうか。
電話番号　[[PHONE:06-6471-○825]]
""")

T("elderly", """拝啓
年の瀬も押し迫り、何かとお忙しいことと存じます。
私事ながら、十一月に[[MEDICAL:胃がんの手術]]を致しまして、只今自宅にて療養中です。
[[MEDICAL:抗がん剤の治療]]が続くため、来年の車検は見送り、車は手放すつもりでおります。
つきましては、査定においで願へればと存じます。年明け五日以降であれば、いつでも在宅です。
敬具
[[岸本 信夫]]
〒[[POSTAL_CODE:631-0811]] [[ADDRESS:奈良市秋篠町１２８０番地の６]]
[[PHONE:0742-45-0336]]
""")

T("elderly", """拝啓　若葉の候
突然のお便り失礼致します。私は大正生まれの母と二人暮らしの[[石田]]と申します。
母は百歳を超えましたが、まだ口は達者で、[[CREED:毎週日曜のミサに通って]]おります。その送り迎えも私の役目です。
私も七十を過ぎ、[[MEDICAL:緑内障]]のため夜の運転が心許なくなってまいりました。
昼間だけの運転でも安全な車を、と考えております。
資料をお送り下さいますようお願い申し上げます。
[[石田 敏子]]
[[ADDRESS:兵庫県明石市大久保町西脇四四〇－二]]
""")

T("elderly", """おせわになります
ことしのしゃけん、おねがいします
[[ナカマ]]　[[PHONE:〇九八－九四六－七七二三]]
いつでもいいです　るすのときはとなりの[[ヨナミネ]]さんにかぎをあずけてます
""")

T("elderly", """拝啓
先般は、亡夫[[倉本 清一]]の車の名義変更にて、何かとお手數をお掛け致しました。
お蔭様で、無事に私の名義となりました。
主人は生前、貴社の[[坂東]]樣を大變信頼しておりました。
どうぞ今後とも宜しくお願ひ申し上げます。
末筆ながら、皆樣の御健勝をお祈り申し上げます。
敬具
[[倉本 千代]]
""")

T("elderly", """お願い
わたしは八十八歳です。[[DISABILITY:足が弱って]]も、まだ車で畑に行っています。
この前、ブレーキとアクセルをまちがえそうになり、こわくなりました。
ふみまちがい防止の機械をつけてもらえますか。
いくらかかるか、手紙で教えてください。
[[ADDRESS:三重県伊賀市上野丸之内２９番地]]　[[服部 いね]]
""")

T("elderly", """あおばモータースの社長さんへ

わたくしは、もう長くはないと医者に言われております。
[[MEDICAL:膵臓の病気]]で、[[MEDICAL:在宅で緩和ケア]]を受けております。
生きているうちに、長年乗った車を、お世話になった[[森本]]さんに引き取ってもらいたい。
車の中の物は、娘が片付けます。よろしくお頼みします。
[[吉田 栄一]]
[[PHONE:0744-52-1173]]
""")

T("elderly", """ごぶさたしております。
去年の暮れに[[MEDICAL:転んで手首を折り]]、ハンドルが握りにくいので、しばらく乗っていません。
バッテリーがあがっていないか心配です。
近くを通られたときに見ていただけませんか。
車はいつもの所に置いてあります（家の横のカーポート）。
[[上野 幸]]
""")

T("elderly", """[[浜口]]様
このたび[[MEDICAL:ペースメーカーを入れ]]ました。
車に乗っても差し支えないかお医者に聞きましたら、大丈夫とのことです。
ただ、スマートキーの電波が機械にさわらないか心配です。お教え下さい。
[[大谷 正一]]
""")

T("elderly", """拝啓
菊薫る候となりました。
さて、先日お送り下さった「シニア向け安全運転講習会」のご案内、有難く拝見致しました。
高齢者の事故が増えていると聞き、他人事ではないと感じております。
十一月十六日の回に夫婦二人で参加を申し込みます。
[[坂田 功]]・[[坂田 久美子]]
""")

T("elderly", """おたよりありがとう
[[ひが]]さんのことはよくおぼえています
いつもわらっていて、げんきなひとでした
くるまは、おかげさまで、よくはしります
じどうしゃぜいのはがき、きました　はらいます
[[たまき]]
""")

T("elderly", """前略
孫の[[友香]]に代筆してもらっております。
[[MEDICAL:パーキンソン病]]で手が震えるもので、失礼をお許し下さい。
病院への送り迎えは、いまは[[友香]]がしてくれております。
[[友香]]が乗る小さな車を探しております。予算は百五十万円まで。
私の名義で買ってやりたいと思います。
[[前田 タカ]]
""")

T("elderly", """拝啓
先日、新聞の折り込みで、認知機能検査の練習会のお知らせを拝見いたしました。
来年の免許の更新で検査を受けねばならず、心配しておりましたので、大変助かります。
参加を希望します。

[[島田 正夫]]（七十六歳）
[[PHONE:075-591-2870]]
""")
# ---------------------------------------------------------------- foreign_residents
ALLOW_PERSON.append(("ベトナム", "ナム", "country name ベトナム contains the given name ナム"))
ALLOW_HONORIFIC.append(("チャン・ティ・ホア", "チャン is the Vietnamese surname Trần, not the honorific ちゃん"))
T("foreign_residents", """こんにちは。わたしは [[グエン・ヴァン・ナム]] です。ベトナム人です。
大阪の工場で はたらいています。中古の車を かいたいです。
免許は 日本の免許 あります。ローンは できますか？
在留カード：[[RESIDENCE_CARD:RT30571846HK]]（2027年まで）
でんわ：[[PHONE:080-9921-4476]]
Cảm ơn. ありがとうございます。
""")

T("foreign_residents", """Hello,
My name is [[Daniel Brooks]], I'm an English teacher in Kyoto.
I'd like to lease a small car for about 2 years. I have an international driving permit,
but I was told I need to switch to a Japanese license after one year. Is that right?
My passport number is [[PASSPORT:583920174]] (USA) if you need it for the quote.
Phone: [[PHONE:070-1834-5529]]
Best,
[[Dan]]
""")

T("foreign_residents", """您好，我叫[[王芳]]（[[ワン ファン]]），住在神户市中央区。
想买一辆二手车，预算100万日元左右。
我的日语不太好，可以用中文联系吗？微信或者邮件都可以。
邮箱：[[EMAIL:wangfang_kobe@example.com]]
電話：[[PHONE:078-341-9260]]
よろしくおねがいします。
""")

T("foreign_residents", """안녕하세요. 저는 [[박지훈]]입니다 ([[パク・ジフン]])。
奈良に すんでいます。くるまの けんさ（車検）を おねがいしたいです。
車：[[PLATE:奈良 502 な 71-53]]
한국어 가능한 직원 있나요? かんこくごの スタッフ いますか？
[[PHONE:090-3471-0288]]
""")

T("foreign_residents", """Hola, buenas tardes.
Soy [[Carlos Oshiro]], [[RACE:nikkei peruano]], vivo en Okinawa (Urasoe).
Quiero comprar un auto usado para mi familia (5 personas).
すこし にほんご わかります。スペインご の せつめい ありますか？
Mi dirección: [[ADDRESS:沖縄県浦添市伊祖３丁目２６番５号 ハイツ伊祖２０１]]
Tel: [[PHONE:098-874-3351]]
""")

T("foreign_residents", """すみません。私はネパールから来ました。名前は [[Ram Bahadur Gurung]] です。
レストランで はたらいています。仕事で つかう 軽バン が ほしいです。
パスポート [[PASSPORT:PA0918342]]
ざいりゅうカード [[RESIDENCE_CARD:EL72019463CA]]
店長さんが ほしょうにん に なります。
""")

T("foreign_residents", """Hi, this is [[Maria Santos]] from the Philippines. I live in Wakayama with my husband [[Kenji]].
We want to change our car to a bigger one because I'm [[MEDICAL:pregnant with twins]] (due in March).
Can we visit the shop this Sunday? My Japanese is not so good, my husband will come too.
[[EMAIL:maria.santos.wky@example.com]]
""")

T("foreign_residents", """こんにちは
わたしは [[Siti Aisyah]] です。インドネシアから きました。ぎのうじっしゅうせい です。
わたしは [[CREED:ムスリム]] です。くるまの なかで おいのり の じかん を しらせる アプリ、つかえますか？
あと、カーナビで メッカ の ほうこう わかりますか？
[[PHONE:080-6623-1190]]
""")

T("foreign_residents", """Xin chào. Tôi là [[Trần Thị Hoa]]（[[チャン・ティ・ホア]]）.
車検のよやく したいです。日にち：6月14日 どようび。
くるま ばんごう：[[PLATE:和泉 580 か 21-09]]
でんわ [[PHONE:070 4482 1937]]
Tôi nói tiếng Nhật chậm, xin lỗi. ゆっくり はなしてください。
""")

T("foreign_residents", """To: あおばモータース
From: [[Lucas Ferreira]]

I am Brazilian, living in Suzuka, Mie. Working at a car parts factory.
Para comprar carro financiado, preciso de fiador? Do I need a guarantor for a loan?
My residence card: [[RESIDENCE_CARD:MB55028314RS]] — "定住者" status.
[[EMAIL:lucas.f.suzuka@example.com]]
Obrigado!
""")

T("foreign_residents", """お世話になります。[[李 成浩]]と申します。
わたしは中国の[[RACE:朝鮮族]]で、中国語も韓国語も少し日本語も話せます。
会社（京都）で通勤に使う車を探しています。
中国の運転免許を日本の免許に切り替えました。免許番号は[[DRIVER_LICENSE:614903226710]]です。
よろしくお願いします。
""")

T("foreign_residents", """Hello! I'm [[Aaliyah Johnson]], US Navy family in Okinawa (we live off base in Chatan).
Do you sell cars to SOFA status people? We need Japanese plates (Y-plates are fine too?).
Our address: [[ADDRESS:沖縄県中頭郡北谷町美浜２丁目４－１５ Sunset Terrace 3B]]
Cell: [[PHONE:+81 80-4031-7755]]
Thanks!!
""")

T("foreign_residents", """はじめまして。[[ソン・ユナ]]です。[[RACE:在日コリアン三世]]です。
日本で生まれたので日本語は大丈夫です。
通名は[[松山 由奈]]ですが、車の契約は本名でもできますか？
免許証には両方書いてあります。
[[EMAIL:yuna.song@example.jp]]
""")

T("foreign_residents", """[[Nguyen Van Tuan]]です。
先週 車を かいました。ありがとう ございます。
でも ナビ が えいご に ならない です。どうしたら いいですか？
しゃたいばんごう [[VIN:MXPA10-2038841]]
担当 [[藤本]]さん に つたえて ください
""")

T("foreign_residents", """Dear Sir/Madam,
I am writing on behalf of my mother, [[Elena Petrova]], who lives in Otsu, Shiga.
She is 72 and [[DISABILITY:hard of hearing]], so please contact me instead of her.
She wants to sell her old car (Honda Fit, plate [[PLATE:滋賀 501 せ 80-44]]).
My number: [[PHONE:090-7718-2064]] ([[Anna]])
Kind regards,
[[Anna Petrova-Tanaka]]
""")

T("foreign_residents", """Buenas, soy [[Rosa Kinjo]]. Vivo en Naha.
[[CRIME_VICTIM:Me robaron la bicicleta]] en el estacionamiento de su tienda el sábado.
[[CRIME_VICTIM:じてんしゃ を ぬすまれました]]。けいさつ に いきました。
カメラ を みせて もらえますか？ [[PHONE:098-862-5074]]
""")

T("foreign_residents", """I'm [[Priya Sharma]], working at a hospital in Osaka as a researcher.
Quick question: can I pay the down payment by credit card?
Card ends in 4417 — I'll bring it to the shop, I won't send the full number by email.
Also, is there a Hindi or English contract? Thanks.
""")

T("foreign_residents", """こんにちは！私は中国から来た留学生の[[張偉]]です。京都の大学院にいます。
卒業まで１年半だけ車がほしいです。リースとレンタル、どちらが安いですか？
住所：〒[[POSTAL_CODE:606-8225]] [[ADDRESS:京都市左京区田中門前町１０３－２ 学生会館４１２]]
微信ID：zhangwei_kyt
パスポート番号：[[PASSPORT:EJ4471902]]
""")

T("foreign_residents", """Hi there
I'm [[Tom]] ([[Thomas Müller]]), German, living in Kobe. I bought a used BMW from a private seller.
VIN: [[VIN:WBA8E32090K417256]]
Can your Kobe shop do the 車検? My Japanese: すこしだけ。
Thanks a lot, [[Tom]]
""")

T("foreign_residents", """[[Mohammed Al-Rashid]]です。サウジアラビア から きました。
わたしの つま は [[CREED:イスラム教]]なので、おみせ の 女性スタッフ と はなしたい です。
つまは 運転 します。けいじどうしゃ を かいたい。
[[PHONE:080-2296-7154]]
""")

T("foreign_residents", """Good morning.
I'm [[Joy Dela Cruz]]. I live in Yokkaichi. My car was hit at a parking lot and the other car [[CRIME_VICTIM:drove away]].
The police gave me a paper (事故証明). Can you repair it and talk to my insurance?
Car: [[PLATE:三重 580 あ 12-61]]
Tel: [[PHONE:059-331-8806]]
Email: [[EMAIL:joy.delacruz(at)example.net]]
""")

T("foreign_residents", """제 이름은 [[최민수]]입니다. [[チェ・ミンス]]です。
오사카 이쿠노에 살아요。くるまを うりたいです。
買取の 見積もり、メールで ください。
[[EMAIL:choi.minsu@example.jp]]
주소: [[ADDRESS:大阪市生野区桃谷５丁目３－２２]]
""")

T("foreign_residents", """Olá. Sou [[Juliana Nakamura]], brasileira, [[RACE:descendente de japoneses]].
私は [[RACE:日系三世]] です。滋賀県 湖南市 に すんでいます。
くるまの ほけん（自動車保険）の こと、ポルトガル語 で せつめい できますか？
[[PHONE:0748-72-5503]]
""")
T("foreign_residents", """Hello, it's [[Ahmed Khan]] again (Pakistan). Last time I bought a Prius from Sakai shop, salesman [[Kitagawa]]-san.
Now my friend also wants a car. He doesn't have a residence card yet, only passport. Is it possible?
I wrote my own details last time, so you can check: [[PHONE:090-3120-8847]].
""")

T("foreign_residents", """ສະບາຍດີ (Sabaidee) - I'm from Laos. Name [[Souksavanh]].
すみません、くるまの タイヤ パンク しました。いま 名護 の ちかく です。
どうしたら いいですか？ Please call [[PHONE:080-6147-3308]]
""")

# ---------------------------------------------------------------- voice_input
PARTS.update({"あらかきいさむ": ("あらかき", "いさむ")})
ALLOW_PERSON.append(("岡山の", "岡", "example word used to spell the name (岡山の岡), not the name"))
T("voice_input", """もしもしあのー車検の予約したいんですけど名前は[[にしおか]]です[[にし]]は[[西]]で[[おか]]は岡山の[[岡]]ですでんわばんごうは[[PHONE:ぜろきゅうぜろのろくいちよんにのさんさんはちご]]ですよろしくお願いします""")

T("voice_input", """えっとなあ堺店の[[きたがわ]]くんおるかなあのな今朝からエンジンかけたらカラカラ言うねんなんやろこれ見てもらえへんかな今日行けるで昼から[[辻本]]やけど言うたらわかる思うわ""")

T("voice_input", """はいさいあのね車のクーラーがきかんさーやーもう暑くてたまらんから早めに見てほしいさ那覇店でいいよ名前は[[あらかきいさむ]]電話は[[PHONE:ぜろきゅうはちのはちろくはちのにぜろよんなな]]""")

T("voice_input", """お世話になりますあおばモータース京都伏見店さんですか先日見積もりもろた[[うえだ]]ですけどなあ主人がなこないだから[[MEDICAL:入院してまして]]契約はちょっと待ってほしいんですわ退院したらまた電話しますさかいよろしゅう""")

T("voice_input", """すいませんメールアドレス言いますね[[EMAIL:けーわいあんだーばーよしだあっとまーくえぐざんぷるどっとじぇーぴー]]ですけーはキッチンのケーでわいはヤマハのワイですはいお願いします[[吉田]]でした""")

T("voice_input", """住所は[[ADDRESS:奈良県大和郡山市小泉町にせんろっぴゃくよんじゅうのさん]]です郵便番号は[[POSTAL_CODE:ろくさんきゅうのいちいちさんに]]ですあっそれと名前は[[もりしたゆうこ]]です""")
PARTS.update({"たけうちたかし": ("たけうち", "たかし"), "かわむらみどり": ("かわむら", "みどり"),
              "たまきまさる": ("たまき", "まさる"), "すぎもとよし": ("すぎもと",), "うえだりな": ("うえだ", "りな")})
ALLOW_PERSON.append(("竹やぶ", "竹", "example word used to spell the name"))
ALLOW_PERSON.append(("内側", "内", "example word used to spell the name"))
ALLOW_PERSON.append(("孝行", "孝", "example word used to spell the name"))
T("voice_input", """ナビに話しかけてるみたいでおかしいけど音声入力で送りますわたしは[[DISABILITY:手が不自由]]なので文字が打てませんごめんなさい来週の点検は木曜の十時でお願いします[[かわむらみどり]]です""")

T("voice_input", """あのですね先週の土曜日に[[CRIME_VICTIM:車の中からカバン盗られて]]ん窓ガラス割られてもうて警察は来てくれたんやけどガラス代どないなるんか聞きたいねん車は[[PLATE:なにわ300せ5501]]のやつや[[ほりうち]]です""")

T("voice_input", """すみません今運転中なので音声で失礼しますえーと[[もりもと]]さんに伝えてください契約の件ですが印鑑証明はあした取りに行きますあと妻の[[MEDICAL:つわりがひどくて]]来店は私ひとりになります以上です""")

T("voice_input", """でんわばんごうかわりましたあたらしいのは[[PHONE:ぜろななぜろのごよんいちいちのきゅうさんななろく]]ですまえのはもうつかってません[[たまきまさる]]""")

T("voice_input", """おばあちゃんの代わりに話しますおばあちゃんは[[DISABILITY:耳がとおい]]けん電話やったら聞こえんのよ住所は[[ADDRESS:和歌山県有田郡湯浅町湯浅せんにひゃくさんじゅうよんばんち]]で名前は[[すぎもとよし]]ですうちの畑のよこに車置いてます""")

T("voice_input", """ほなら言いますよ郵便番号[[POSTAL_CODE:五五九の〇〇一二]]住所[[ADDRESS:大阪市住之江区東加賀屋三丁目九の十四]]名前[[たけうちたかし]]竹やぶの[[竹]]に内側の[[内]]に孝行の[[孝]]です""")

T("voice_input", """えーメッセージ残しますあおばの那覇店の[[ひが]]さんへあのー[[ちねん]]ですけど知る念の知念ですね車検証どこにしまったかわからんくなってしまって再発行できるか聞きたくてまた電話します""")

T("voice_input", """Siriで打ってますLINEのIDは送れへんから電話番号にしとくわ[[PHONE:〇八〇 三三二一 七七四〇]]やで夜ならいつでも出れる[[あつし]]です査定の件よろしく""")

T("voice_input", """こちらは[[しまぶくろ]]です息子が[[CRIMINAL:飲酒運転で捕まって]]しまって車は警察に持っていかれました返してもらったら売りたいと思いますどうしたらいいでしょうか恥ずかしい話ですみません""")

T("voice_input", """今日は点検ありがとうございました帰りに気づいたんですけどラジオの設定が全部消えてました次に行くときでいいので直しておいてくださいそれだけです""")

T("voice_input", """あ、もしもし、[[おおにし]]ですけど、え、音声入力ってこれでいいの？　あ、入ってる。えっと、車のローンの残り、いくらか知りたいんです。契約番号は、えー、しーえる、ろくろく、の、よんごーはちいちぜろ。です""")

T("voice_input", """娘に頼まれて言いますね娘の生年月日は[[BIRTHDATE:へいせい十二年五月九日]]です免許証番号は[[DRIVER_LICENSE:ろくにぜろぜろいちにさんよんごろくななはち]]です保険の見積もりに要るそうで名前は[[うえだりな]]です""")
T("voice_input", """メールアドレスはですね[[EMAIL:てらにしてん いち きゅう はち ご あっとまーく えぐざんぷる どっと こむ]]ですてらにしは[[寺西]]です点検の案内はこっちに送ってください""")

T("voice_input", """うちなーぐちでごめんねーおじいが[[MEDICAL:病院に入院しとって]]車に乗らんからバッテリーあがっとると思うよー見にきてくれんかね[[ADDRESS:うるま市石川曙二丁目十三の八]]の[[なかむらかり]]さんちよー""")

T("voice_input", """もしもしわたくし[[さかもと]]と申しますけどもカードの番号言いますね[[CARD:よんごさんきゅう ごーごーごーぜろ ななさんぜろきゅう ぜろきゅうにご]]有効期限は二十七年の八月ですはい修理代の支払いでお願いします""")

T("voice_input", """ちょっと聞いて欲しいんやけどな昨日お宅の営業の若い子がうちに来てなうちの嫁の出身がどこやとかえらい聞いてきたんやそんなん車買うのに関係あるかいな上の人に言うといてくれ名前は言わんでええやろ""")

T("voice_input", """点検の予約ですけど車の番号は[[PLATE:みえ さんまるまる た ろくのななはち]]ですあっ三重の三重ですね名前は[[ふくい]]ですお願いしまーす""")

T("voice_input", """あのね去年の秋に[[MEDICAL:軽い脳梗塞やって]]から左手にちょっと[[DISABILITY:しびれが残って]]んねんハンドルの回しやすい車ってあるんかな[[にしむら]]やけど[[PHONE:ぜろろくのろくななさんろくのいちにぜろきゅう]]に電話して""")

T("voice_input", """音声入力テストですこんにちは今日は晴れていますあおばモータースのアプリで点検予約ができるか試していますテスト終わり""")
# ---------------------------------------------------------------- chat
T("chat", """[LINE] あおばモータース那覇店
19:02 [[ゆい]]🌺：すみませーん😣
19:02 [[ゆい]]🌺：タイヤの空気いれてほしいんですけど今からいけますか？？
19:05 那覇店 [[比嘉]]：こんばんは！19時半まで受付してます🙆‍♀️
19:05 [[ゆい]]🌺：やった〜いきます🚗💨""")

T("chat", """たっくん🍺：査定どうでした？
あおば堺店：お世話になっております！ご依頼のワゴンR、上限で18万円となります🙇
たっくん🍺：えー20いかんの😂
たっくん🍺：まあええわ、それで
あおば堺店：ありがとうございます！ご来店時にお名前フルネームと車検証をお願いします🙏
たっくん🍺：[[田口拓也]]です👍""")
PARTS.update({"田口拓也": ("田口", "拓也")})

T("chat", """😭😭😭
うちの[[CRIME_VICTIM:車ぬすまれた]]
夜のうちに駐車場から[[CRIME_VICTIM:盗まれた]]っぽい
警察よんでる今
保険ってどうなるん？？""")

T("chat", """🚙[[みさき]]🚙：京都店の[[寺田]]さんいますかー
京都伏見店：[[寺田]]は本日お休みをいただいております。ご用件お伺いします！
🚙[[みさき]]🚙：じゃあまた明日連絡しますー😊""")

T("chat", """[[けんと]]：納車の日決まった？
[[KENTO]]_mama：まだ。[[北川]]さんから連絡待ち
[[けんと]]：はよして〜😤
※このやりとりは誤って店舗アカウントに送信されたものです""")

T("chat", """【チャットサポート】
お客様：こんにちは。ETCの取付だけでも頼めますか
オペレーター（[[中西]]）：はい、可能です！車種を教えていただけますか？
お客様：N-BOXです。H30
オペレーター（[[中西]]）：工賃 8,800円＋本体となります。ご予約はこちらのURLから📅
お客様：ありがとうございます""")

T("chat", """[[りょう]]@名護
明日の10時の点検、11時にずらせる？🙏
子どもの[[MEDICAL:予防接種]]と重なった💦

名護店 [[具志堅]]
大丈夫ですよ〜11時でお待ちしてます👍""")

T("chat", """ママ友LINEグループ（誤爆）
[[あや]]：[[さとみ]]ちゃんとこの旦那さん[[MEDICAL:入院した]]って😢
[[あや]]：あっごめん間違えた、ここ車屋さんのトークや💦
店舗：🙇‍♀️ こちらで削除させていただきますね""")

T("chat", """👤 [[Haruto.N]]
📩 今乗ってる車の名義変更ってどこでやるんですか
📩 父から譲ってもらいます
📩 父の住所 [[ADDRESS:大阪府吹田市山田西3-41-6]] です
🏪 あおば大阪西店
📩 名義変更は当店で代行できます！手数料は 22,000円（税込）です✨""")

T("chat", """[[まゆみ]]😺：きのうの見積もり、月々いくらでしたっけ？
[[まゆみ]]😺：紙なくしちゃった😂
奈良橿原店：月々 32,400円（ボーナス加算なし、84回）です！再送しますね📄
[[まゆみ]]😺：神🙏""")

T("chat", """(スタンプ)
[[ひろき]]：車検の代車、タバコ吸えるやつある？
草津店：申し訳ございません、代車はすべて禁煙車となっております🚭
[[ひろき]]：まじかー
[[ひろき]]：ほなええわ""")

T("chat", """[[Kana]]♡：こんばんは🌙
[[Kana]]♡：彼氏の車ぶつけちゃって…
[[Kana]]♡：バンパーのへこみ何円くらいかかりますか😭
和歌山店：写真を送っていただければ概算お出しします📷
[[Kana]]♡：（画像）
和歌山店：35,000〜48,000円程度の見込みです！""")
T("chat", """LINE 1:1トーク
[[玉城 大輝]]：お疲れさまです
[[玉城 大輝]]：ばあちゃん（[[喜屋武 ハル]]）の出張点検、来週の火曜で大丈夫ですか
那覇店 [[大城]]：火曜の14時でいかがでしょう🙂
[[玉城 大輝]]：👌 ばあちゃん家の住所は前に送ったとこです""")

T("chat", """めっちゃ急ぎ🔥
今 名神の草津PA
バッテリー上がったっぽい
ロードサービス呼ぶ番号どれ？？
カード失くしてもうた""")

T("chat", """[[じゅん]]🏀：例の中古のアルファード、まだある？
堺店 [[北川]]：まだございます！ストックNo. U-51877 です
[[じゅん]]🏀：今週末見に行くわ。嫁と二人
[[じゅん]]🏀：嫁[[MEDICAL:つわり中]]やから長時間はムリやけど🙏
堺店 [[北川]]：承知しました！ソファ席ご用意しておきます🛋️""")

T("chat", """🌸[[さくら]]🌸
あの〜担当さんの名前忘れちゃったんですけど
眼鏡かけた背の高い男の人で…
京都伏見店
[[寺田]]か[[坂東]]だと思います！どちらも本日出勤しております😊""")

T("chat", """[[Mina]] ✈️
Hi! is this the Naha store?
my rental car from another company got a flat tire, can u help?
那覇店
Hi! We can help. Please send your location 📍
[[Mina]] ✈️
(位置情報) 那覇市おもろまち付近""")

T("chat", """[[ゆうすけ]]（表示名）
[[ゆうすけ]]：すいません昨日お店で財布落としたかもです
[[ゆうすけ]]：茶色の長財布で、免許証とクレカ入ってます
[[ゆうすけ]]：免許の名前は[[中島 祐介]]です
奈良橿原店：お預かりしております！ご来店の際に身分確認させてください🙏""")
T("chat", """[[なお]]：今日の試乗ありがとうございました！
[[なお]]：一個聞き忘れたんですが
[[なお]]：[[MEDICAL:うつ病]]で[[DISABILITY:精神障害者手帳持ってる]]んですけど、自動車税の減免って使えますか？
神戸垂水店 [[藤本]]：ご質問ありがとうございます。手帳の等級によって対象になる場合があります。県税事務所への確認をお手伝いしますね📝""")

T("chat", """既読
[[ゆきこ]]：住所変わったので登録変更お願いします
[[ゆきこ]]：〒[[POSTAL_CODE:630-8115]]
[[ゆきこ]]：[[ADDRESS:奈良市大宮町６丁目３－１５－８０２]]
[[ゆきこ]]：電話は変わりません
奈良橿原店：承知しました、変更いたしました✅""")

T("chat", """🏝️[[ケン]]🏝️ 21:48
かーちゃんの軽、ブレーキ踏んだらキーキー言う
🏝️[[ケン]]🏝️ 21:48
やばい？
名護店 21:55
すぐに危険ではないことが多いですが、早めに点検をおすすめします🙏 明日の枠あいてます！""")

T("chat", """[[ジョー]]：[[PHONE:080-7731-2294]] ←これ俺の新しい番号
[[ジョー]]：担当の[[具志堅]]さんにも伝えといて
名護店：登録しました！[[具志堅]]にも共有済みです🙆""")

T("chat", """（グループ：あおば四日市店 納車準備）
[[伊藤]]：[[服部]]様のタント、コーティング終わった？
[[加藤]]：終わってます！ナンバーは [[PLATE:三重 580 さ 31-27]] です
[[伊藤]]：了解👍 明日10時納車""")

T("chat", """[[あきら]]🎣：釣りで使うから、荷台に濡れたもん載せても平気な車がええんやけど
[[あきら]]🎣：予算は150くらい
堺店：ハイゼットジャンボやエブリイはいかがでしょう🎣 在庫一覧お送りします！
[[あきら]]🎣：ジャンボええやん""")

T("chat", """[[Nhung]]🇻🇳：xin chào
[[Nhung]]🇻🇳：わたし くるま うりたい
[[Nhung]]🇻🇳：くにへ かえります 来月
大阪西店：ご連絡ありがとうございます！車検証の写真を送っていただけますか📷
[[Nhung]]🇻🇳：📷（画像）""")
# ---------------------------------------------------------------- business
T("business", """議事録　第14回 近畿エリア店長会議
日時：2025年6月10日（火）13:30〜15:00
場所：本社 3F 会議室（[[ADDRESS:大阪市西区立売堀3丁目8番21号]]）
出席：常務 [[坂東 義明]]、大阪西店長 [[中西 誠]]、京都伏見店長 [[寺田 康夫]]、神戸垂水店長 [[藤本 学]]、
　　　奈良橿原店長 [[森本 敦]]、和歌山店長 [[浜口 大介]]（Web参加）
書記：総務部 [[今井]]
1. 5月実績：新車 142台（前年比 104%）、中古 96台
2. 個人情報の取扱い：商談メモへの健康情報の記載は必要最小限とすること（[[坂東]]常務より）
3. 次回：7月8日""")

T("business", """株式会社あおばモータース
法人営業部　部長　[[坂東 義明]] 様

拝啓　時下ますますご清栄のこととお喜び申し上げます。
先日はご多忙の中、弊社までご足労いただき誠にありがとうございました。
ご提案いただいた営業車20台の入替につきまして、社内決裁が下りましたのでご連絡申し上げます。
契約書類は弊社総務課 [[吉村]] 宛にお送りください。
敬具

関西ライフ商事株式会社
代表取締役社長　[[堂本 隆]]
〒[[POSTAL_CODE:530-0047]] [[ADDRESS:大阪市北区西天満４丁目６番３号 西天満ＡＩビル７階]]
TEL：[[PHONE:06-6365-1120]]""")

T("business", """【社内通達】2025-総-031
宛先：全店舗 店長・サービスマネージャー
発信：総務部長 [[今井 真一]]

お客様の要配慮個人情報（病歴、障害、犯罪被害など）を聞き取った場合、商談システムの「特記事項」欄には
記載せず、所定の紙様式に記入のうえ店長が施錠保管すること。
また、福祉車両の商談で障害者手帳の写しを取得する場合は、利用目的を説明し、同意書を得ること。
問い合わせ先：総務部 内線 210""")

T("business", """From: [[森本 敦]] <[[EMAIL:a.morimoto@aoba-motors.example.jp]]>
To: 総務部 [[今井]]部長
CC: [[坂東]]常務
件名：【報告】お客様情報の誤送信について

[[今井]]部長
奈良橿原店の[[森本]]です。
本日、お客様（[[阪口]]様）より、マイナンバーカード裏面の画像を誤って当店に送信したとの連絡がありました。
画像は受信メールごと削除し、ゴミ箱からも消去済みです。[[阪口]]様には電話で完了をご報告しました。
再発防止として、書類は郵送か来店時提出に限る旨を案内文に追記します。""")

T("business", """名刺データ（スキャン）
―――――――――――――
株式会社 琉球ロジテック
営業本部　第二営業部　主任
[[照屋 智也]]
[[Tomoya Teruya]]
〒[[POSTAL_CODE:901-2131]] [[ADDRESS:沖縄県浦添市牧港５－７－１０]]
TEL [[PHONE:098-877-4425]]　MOBILE [[PHONE:090-8765-3021]]
[[EMAIL:t-teruya@ryukyu-logi.example.jp]]
―――――――――――――""")

T("business", """打合せメモ　2025/09/03
件名：和歌山県立〇〇支援学校 送迎車両（福祉車両）入札
出席：和歌山店 [[浜口]]、法人営業部 [[川村]]、学校側 事務長 [[西口]]様
・車いす固定装置 2基、リフト付き
・納期：2026年3月
・入札日：10月15日
・仕様書番号 WK-SH-2025-07""")

T("business", """お見積書
No. E-250718-003
発行日：2025年7月18日
宛先：医療法人 青葉会 あおば整形外科クリニック 御中
件名：訪問リハビリ用 軽自動車 2台
車両本体 1,562,000円×2、付属品 88,000円、諸費用 124,600円
合計 3,336,600円（税込）
担当：京都伏見店 法人担当 [[寺田 美咲]]（[[PHONE:075-681-2290]]）""")

T("business", """【人事異動のお知らせ】
2025年10月1日付で下記の通り異動いたします。
・[[北川 健斗]]　大阪西店 営業 → 堺店 営業主任
・[[比嘉 涼子]]　那覇店 営業 → 名護店 副店長
・[[大城 翔]]　那覇店 サービス → 那覇店 サービス主任
お客様には各担当より順次ご挨拶いたします。""")

T("business", """[[ADDRESS:三重県四日市市日永東1丁目3番38号]]
株式会社あおばモータース 四日市店
店長 [[伊藤 雅史]] 様

前略　先日ご依頼のありました社用車の件、弊社の労働組合との協議がまとまりました。
組合からは、安全装備の標準化を強く求められております。
詳細は別紙のとおりです。　草々

東海ケミカル工業株式会社　総務課　[[加藤 由美]]
[[PHONE:059-346-2210]]""")
T("business", """社内メール
件名：Re: 労組の件
[[中西]]さん
>[[北川]]くんが[[UNION:組合の執行委員に立候補する]]らしい
この手の話はメールに書かないでください。口頭で。
[[坂東]]""")

T("business", """【議事録】サービス部門 安全衛生委員会（2025年11月）
出席者：委員長 [[大城 翔]]、[[中西 誠]]、[[井狩 大輔]]、[[具志堅 守]]、産業医 [[吉岡]]先生
1. ヒヤリハット報告 7件（リフト周り 3件）
2. 熱中症対策：空調服 追加購入 40着
3. 健康診断の受診率 96%（未受診者には個別に連絡）
4. 次回 12月9日""")

T("business", """請求書送付のご案内
株式会社ミナミ設備工業　[[川端 修一]] 様
いつもお世話になっております。
11月分のリース料請求書を同封いたします。
お振込先：りそな銀行 西支店（店番 108）[[BANK_ACCOUNT:当座 0061247]]
口座名義：カ）アオバモータース
法人営業部　[[坂東]]""")

T("business", """会議室予約表　11/20（木）
10:00-11:00 大会議室　[[今井]]（総務）
13:00-14:30 小会議室A　[[坂東]]（法人）ゲスト3名
15:00-16:00 小会議室B　[[寺田]]（京都からWeb）
※プロジェクターは総務で貸出""")

T("business", """Subject: Quotation request - fleet for our Osaka office
Dear Mr. [[Kitagawa]],
Following our call, please find our requirements below.
- 5 x compact hybrid, white
- 3-year lease, maintenance included
Best regards,
[[Sarah O'Neill]]
Office Manager, Brightline Japan K.K.
[[ADDRESS:Oyodo Minami Bldg. 12F, 1-7-3 Oyodominami, Kita-ku, Osaka]]
Tel: [[PHONE:+81-6-6440-3318]]""")

T("business", """顧客情報 引継書（店舗間）
移管元：那覇店 [[比嘉]]　移管先：名護店 [[具志堅]]
顧客：[[宮城 健]]様
住所：[[ADDRESS:名護市大東三丁目１２番２号]]
電話：[[PHONE:0980-52-7719]]
保有車両：[[PLATE:沖縄 300 な 17-04]]
特記：ご子息が県外在住、帰省時に使用""")
T("business", """〈出張報告書〉
報告者：京都伏見店 [[寺田 康夫]]
出張先：滋賀県 草津市（草津店）
目的：新人研修（接客・個人情報保護）講師
所感：草津店の[[井狩]]主任の事例紹介（[[DISABILITY:聴覚障害]]のお客様への筆談対応）が好評。全店展開を提案する。
経費：交通費 2,860円""")

T("business", """採用面接 評価シート（控）※応募者の本籍・宗教・支持政党は質問しないこと
応募職種：整備士（那覇店）
面接官：[[大城 翔]]、[[比嘉 涼子]]
評価：技術 A、コミュニケーション B
総合：二次面接へ""")

T("business", """From: 株式会社あおばモータース お客様相談室
To: [[菊地 宏]] 様
件名：ご意見への回答

[[菊地]]様
このたびは大阪西店の対応につきましてご不快な思いをおかけし、誠に申し訳ございません。
サービス課長の[[中西]]より改めてお詫びのご連絡を差し上げます。
お客様相談室　[[野村 亜希]]
フリーダイヤル [[PHONE:0120-37-8852]]（受付 10:00〜17:00）""")

T("business", """【取引先登録申請】
会社名：有限会社 新垣オートボディ
代表者：[[新垣 剛]]
所在地：[[ADDRESS:沖縄県豊見城市字与根５０番地の２]]
電話：[[PHONE:098-850-7733]]
振込口座：琉球銀行 豊見城支店 [[BANK_ACCOUNT:普通 6023315]]
担当：那覇店 [[比嘉]]""")
ALLOW_PERSON.append(("新垣オートボディ", "新垣", "company name that contains the surname"))

T("business", """部長会 議事メモ（抜粋）
・労働組合から年末手当の要求書が届いた件 → 回答期限 12/5
・組合員名簿は人事のみ閲覧可、店長には共有しない
・36協定の更新、各店の過半数代表者を確認""")
T("business", """業務委託契約書（抜粋）
第5条（個人情報）乙は、甲から預託された顧客の氏名、住所、電話番号、車両番号等を本業務以外に使用してはならない。
第6条（再委託）乙は甲の書面による承諾なく再委託してはならない。
甲：株式会社あおばモータース　代表取締役 [[青葉 宗一郎]]
乙：株式会社ナニワ陸送　代表取締役 [[岸田 昭]]""")

T("business", """年末年始休業のお知らせ（取引先各位）
12月28日（日）〜1月4日（日）は全店休業いたします。
緊急のご連絡は 本社総務部 [[今井]]（携帯 [[PHONE:080-4519-2276]]）までお願いいたします。
株式会社あおばモータース""")

T("business", """From: [[Kim Soo-jin]] <[[EMAIL:soojin.kim@hanbit-trading.example.com]]>
To: [[坂東]]
件名：弊社駐在員の車両手配

[[坂東]]様
お世話になっております。Hanbit Trading 大阪支店の[[キム・スジン]]です。
4月着任予定の駐在員2名（[[朴 相哲]]、[[李 恩恵]]）の車両リースをお願いしたく存じます。
両名とも国際運転免許証で着任し、3か月以内に日本の免許へ切替予定です。""")

T("business", """研修資料 P.12「こんな時どうする？」
Q. お客様が商談中に「実は持病があって」と話し始めた。
A. 必要な範囲でのみ伺い、業務に不要な内容はメモに残さない。
Q. 福祉車両の見積りで障害の程度を聞く必要がある？
A. 車両仕様の決定に必要な範囲に限る（例：車いすのサイズ、乗降方法）。""")

T("business", """議事録（抜粋）　京都伏見店 店内ミーティング 8/28
出席：[[寺田 康夫]]、[[寺田 美咲]]、[[松井]]、[[上野]]
※[[寺田]]店長と[[寺田]]（美）は親族ではありません（お客様からよく聞かれるので共有）
・お盆期間の来店 前年比 92%
・[[松井]]：Googleの口コミに返信する担当を決めたい → [[上野]]が担当""")
# ---------------------------------------------------------------- accident_crime
T("accident_crime", """事故受付票
受付日時：2025/07/22 08:14
ご契約者：[[松本 玲奈]]（[[PHONE:090-2784-6613]]）
発生場所：国道171号 茨木市内 交差点
状況：信号待ちで停車中に後方から追突された。相手はその場で連絡先交換済み。
お車：[[PLATE:大阪 332 む 15-80]]
おケガ：[[MEDICAL:首の痛みで整形外科を受診]]、[[MEDICAL:むち打ちと診断]]
警察届出：茨木署 済""")

T("accident_crime", """[[中村]]です。昨夜、月極駐車場で[[CRIME_VICTIM:車上荒らしに遭い]]ました。
助手席の窓が割られ、ナビとドラレコを持っていかれています。
[[CRIME_VICTIM:被害届は今朝出しました]]（住吉署、受理番号をもらっています）。
ガラスの交換とナビの再取付のお見積りをお願いします。車は自走できます。""")

T("accident_crime", """お世話になります。[[大城]]（旧姓[[金城]]）です。
先月、[[CRIME_VICTIM:当て逃げされた]]件の続報です。
警察から、相手の車が見つかったと連絡がありました。
相手の保険会社から修理工場の指定を聞かれているので、那覇店で見積書を作っていただけますか。
車台番号：[[VIN:M900A-0612745]]""")

T("accident_crime", """件名：盗難車両について
[[北川]]様
昨日ご連絡した盗難の件、警察から車が見つかったと連絡がありました。
泉南のほうで乗り捨てられていたそうです。
[[CRIME_VICTIM:盗難に遭った]]車は、中がかなり荒らされているらしく、
見積りと、そもそも乗り続けられるかの判断をお願いしたいです。
[[PLATE:和泉 300 て 40-19]]
[[岩崎 亮介]]""")

T("accident_crime", """保険事故報告（代理店控）
事故日：2025年3月3日 22時頃
運転者：[[谷本 優斗]]（記名被保険者の長男、21歳）
内容：[[CRIMINAL:酒気帯び運転で検挙]]、電柱に衝突。
※[[CRIMINAL:酒気帯び]]のため車両保険は免責。対物（電柱）は支払対象。
運転者は現在 [[CRIMINAL:在宅で捜査中]]とのこと（ご家族談）。
担当：神戸垂水店 [[藤本]]""")
T("accident_crime", """LINEより
[[あゆみ]]：今日お店の駐車場で[[CRIME_VICTIM:知らないおじさんに怒鳴られて殴られそうになり]]ました😢
[[あゆみ]]：防犯カメラ見てもらえますか？警察にも相談してます
和歌山店：大変申し訳ございません。すぐに確認いたします。店長の[[浜口]]からお電話いたします""")

T("accident_crime", """[[坂口]]様　ご相談記録
・昨年、ネットの個人売買で中古車を購入→[[CRIME_VICTIM:代金を払ったのに車が届かない詐欺に遭った]]
・今回は必ずお店で買いたい、とのこと
・予算 80万、軽
・[[坂口]]様のご希望で、当店での名義変更まで一括対応
担当 [[森本]]""")

T("accident_crime", """事故のお知らせ（お客様より電話）
[[比嘉 美奈]]様（[[PHONE:098-943-6120]]）
本日 17:30 ごろ、宜野湾市の交差点で右折時に自転車と接触。
相手の高校生は[[MEDICAL:足を打撲]]、救急車で搬送（軽傷とのこと）。
[[比嘉]]様ご本人にケガなし。警察の実況見分あり。
※担当の[[比嘉]]（涼子）とは別人""")

T("accident_crime", """ご連絡
先日御社で車検をした車ですが、1週間後にタイヤが外れそうになりました。
ナットの締め忘れではないかと思います。
事故にはなりませんでしたが、怖くて乗れません。すぐ見てください。
（匿名希望・神戸市）""")

T("accident_crime", """【社外秘】お客様情報
[[前田 光太郎]]様（ヴォクシー契約中）の件
ご本人より「[[CRIMINAL:過去に傷害で罰金刑]]を受けたことがあるが、ローン審査に関係あるか」とのご質問。
→ 審査に犯罪歴の確認項目はない旨回答済。本件はシステムに入力しないこと。
大阪西店 [[北川]]""")

T("accident_crime", """警察の方へ（捜査関係事項照会への回答）
照会番号：なにわ署 第1127号
照会対象車両：[[PLATE:なにわ 501 そ 77-03]]　車台番号 [[VIN:ZWR90-0052418]]
購入者：[[西川 大和]]
購入日：2024年12月20日
住所：[[ADDRESS:大阪市浪速区元町２丁目８－６－１５０４]]
株式会社あおばモータース 総務部 [[今井]]""")

T("accident_crime", """すみません、今年の2月に[[CRIME_VICTIM:あおり運転の被害]]に遭ったんですが、
ドラレコの映像は警察に提出しました。
その時のSDカードの予備がほしいのと、前後2カメラのドラレコに付け替えたいです。
お見積りお願いします。[[奥野]]""")
T("accident_crime", """[[CRIME_VICTIM:ストーカー被害]]のため、住所を知られたくありません。
[[CRIME_VICTIM:元交際相手からつきまとわれて]]おり、警察から接近禁止の警告が出ています。
車の登録や点検の案内ハガキは、自宅ではなく実家に送ってください。
送付先：[[ADDRESS:兵庫県加古川市野口町良野７８５－１]]　[[三浦 葵]] 方
本人の電話は誰にも教えないでください。""")

T("accident_crime", """事故対応メモ
12/2 07:50 [[林]]様より入電
凍結路でスリップ、ガードレールに接触（単独）
ケガなし　レッカー手配済 → 草津店工場へ
[[PLATE:滋賀 500 こ 3-66]]
保険：車両保険あり（一般）""")

T("accident_crime", """[[宮里]]です。息子の件でご相談です。
息子が[[CRIMINAL:少年院]]から来月戻ってきます。
仕事に通うための原付か軽自動車を用意してやりたいのですが、
[[CRIMINAL:保護司の先生とも相談]]して、親の名義で買うのがよいと言われました。
ローンは私の名義で組めますか。[[PHONE:098-897-2410]]""")

T("accident_crime", """御社の元従業員を名乗る人物から、「点検の料金が未払い」と電話がありました。
振込先を言われましたが、怪しいと思い振り込んでいません。
念のため確認させてください。未払いはありますか？
[[小田 直美]]（[[PHONE:0749-22-6035]]）""")

T("accident_crime", """示談書（写）
甲（加害者）：[[石原 健一]]
乙（被害者）：[[吉村 沙織]]
甲は、2025年5月10日 奈良市内において乙の車両（[[PLATE:奈良 330 ほ 28-14]]）に追突し、乙に[[MEDICAL:頸椎捻挫]]を負わせた件につき、
治療費・修理費を含め金 850,000円を支払う。""")

T("accident_crime", """【至急】
昨晩、自宅の車庫から[[CRIME_VICTIM:触媒（マフラーの部品）を切り取られ]]ました。
最近このあたりで同じ被害が多いと警察の人が言っていました。
ハイブリッドなので高いと聞きました。部品代だけでも先に教えてください。
プリウス ZVW50、[[PLATE:京都 331 よ 81-27]]
[[竹中]]""")
T("accident_crime", """To: 京都伏見店
先日の事故で相手の方（[[山内]]さん）と示談が成立しました。
保険会社から修理費の支払いが確定したので、修理を始めてください。
代車は引き続きお借りします。
[[野田 和彦]]""")

T("accident_crime", """事故歴の確認（査定時）
査定車両：レガシィ　車台番号 [[VIN:BR9-041873]]
前オーナー申告：修復歴あり（リアフレーム）
オークション評価 3.5
※前オーナーの個人情報は伝票から削除済""")

T("accident_crime", """相談窓口への電話メモ
匿名の女性より。夫が[[CRIMINAL:無免許運転で逮捕され]]、車を処分したいとのこと。
名前・連絡先は言いたくないと。
→ 所有者本人の来店か委任状が必要と説明。""")

T("accident_crime", """いつもお世話になっています。[[大野]]です。
娘が先週、学校帰りに[[CRIME_VICTIM:ひったくりに遭い]]ました。自転車のかごのバッグを取られたそうです。
それ以来、娘の送り迎えを車ですることになりました。
後部座席に乗る娘のために、チャイルドロックのことを聞きたいです。""")

T("accident_crime", """報告書
件名：展示車のいたずら被害
日時：2025年10月4日（土）夜間
場所：名護店 展示場
内容：展示中のハリアー2台にスプレーで落書き。防犯カメラに人物が映っている。
対応：名護署に被害届提出（受理）。担当 [[具志堅]]。
損害見積：約 46万円""")

T("accident_crime", """お客様アンケート 自由記入欄
「以前、[[CRIME_VICTIM:車を盗まれた]]ことがあるので、今回の車にはハンドルロックとGPSの追跡装置を付けたいです」
ご記入者：[[宇野 千秋]]様""")

T("accident_crime", """前略
息子（[[藤田 蓮]]）が[[CRIMINAL:スピード違反で赤切符]]を切られ、裁判所に呼ばれております。
免許停止の間、車は使いません。
任意保険の運転者の範囲を、しばらく私だけにしてください。
[[藤田 正人]]""")
# ---------------------------------------------------------------- health_care
T("health_care", """福祉車両のご相談
[[今村 直子]]様（[[PHONE:072-861-4409]]）
ご主人：[[DISABILITY:脊髄損傷で車いす]]（[[DISABILITY:身体障害者手帳1級]]）
ご本人が運転できる手動装置付き車両を希望
　→ アクセル・ブレーキを手で操作するタイプ
自動車税減免の申請書類も準備したいとのこと
担当：堺店 [[北川]]""")

T("health_care", """はじめまして。[[MEDICAL:てんかんの持病]]があり、[[MEDICAL:薬を飲んで]]２年以上発作がありません。
主治医の診断書をもらって、免許の更新もできました。
運転に不安はないのですが、もし発作が起きたときの安全装備（自動で止まる機能など）があれば知りたいです。
[[今西 涼]]""")

T("health_care", """問い合わせ
膝の手術を考えています。もし手術して入院したら、車検の時期と重なってしまいます。
入院中に車検を代行してもらえるサービスはありますか？
（まだ手術するか決めていません）
[[花田]]""")

T("health_care", """お世話になります。[[松井 真理]]です。
娘（6歳）が[[DISABILITY:ダウン症]]で、[[MEDICAL:心臓の持病]]もあり、月に2回大学病院に通っています。
今の車だとベビーカーと医療用の荷物で後ろがいっぱいです。
3列シートで荷室も広い車を探しています。
[[EMAIL:mari.matsui@example.org]]""")

T("health_care", """福祉車両 見積依頼書
ご利用者：[[上田 トミ子]] 様（87歳）
介護度：要介護３
状態：[[DISABILITY:車いす常用]]、[[MEDICAL:認知症の診断あり]]
希望車種：スロープ付き軽（N-BOXスロープ or タント スローパー）
介助者：長女 [[上田 真紀]] 様
連絡先：[[PHONE:0745-62-1880]]""")

T("health_care", """[[浜口]]さん
先日は相談に乗ってくださりありがとうございました。
[[MEDICAL:睡眠時無呼吸症候群]]と分かり、[[MEDICAL:CPAPの治療]]を始めました。
昼間の眠気がだいぶ減ったので、妻にも運転を再開していいと言われました。
長距離を走るときのために、車線はみ出し警報の付いた車にしたいと思います。
[[坂井 孝則]]""")

T("health_care", """妊娠中の運転について質問です
今[[MEDICAL:妊娠７か月]]で、お腹が大きくなってきました。
シートベルトの正しい付け方と、運転席を一番後ろまで下げられる車を教えてください。
[[ナカガワ]]""")

T("health_care", """送迎車両の件（デイサービス）
社会福祉法人 あけぼの会 デイサービスセンター あけぼの
利用者さんの送迎に使うリフト付き車両の入替を検討しています。
車いすのまま乗れる車を2台。現在の車両は走行24万km。
担当：生活相談員 [[岡村]]（[[PHONE:0736-77-2105]]）""")
T("health_care", """[[MEDICAL:透析に週3回通って]]います。病院まで片道40分です。
帰りは体がだるいので、運転が楽な車（自動で車間を保つ機能つき）がほしいです。
試乗はできれば[[MEDICAL:透析]]のない火曜か木曜でお願いします。
[[比嘉 勇]]　[[PHONE:098-932-7710]]""")

T("health_care", """左手が[[DISABILITY:先天性の欠損]]のため、右手だけでハンドルを操作しています。
今の車には旋回ノブを付けています。新しい車にも移設できますか？
（免許の条件に「ノブ付き」と書かれています）
[[野村 拓真]]""")

T("health_care", """息子（高校3年）が[[DISABILITY:ADHD]]の診断を受けていて、[[MEDICAL:服薬中]]です。
教習所に通う前に、主治医に相談するように言われました。
免許が取れたら、最初の車はなるべく安全な車にしたいと考えています。
今は情報収集の段階ですので、パンフレットだけ送ってください。
[[ADDRESS:大阪府枚方市香里ケ丘８丁目１５－１２]]
[[森田 美穂]]""")

T("health_care", """【お問い合わせ】
運転席が回転して外に出る車（ターンシート）は、普通の車と比べていくら高くなりますか？
今すぐ必要というわけではなく、将来親が年を取ったときのために知っておきたいです。""")

T("health_care", """[[MEDICAL:先生から「しばらく運転は控えて」と言われて]]いたのですが、
[[MEDICAL:先週の検査で腫瘍マーカーが下がって]]、[[MEDICAL:運転の許可が出]]ました。
半年ぶりに車に乗るので、点検をお願いします。バッテリーも心配です。
[[金田 裕子]]""")

T("health_care", """お世話になります。[[大橋]]です。
私は[[DISABILITY:右目を失明]]しており、片目で運転しています（免許は取得できています）。
死角を減らすために、ブラインドスポットモニターとサイドカメラのついた車を考えています。""")

T("health_care", """[[伊藤]]さんへ
父の件、いろいろありがとうございました。
父は結局、[[MEDICAL:認知症の検査で基準に引っかかり]]、免許を自主返納しました。
車は私が引き取って乗ります。名義変更をお願いします。
[[服部 直樹]]""")

T("health_care", """質問：車の中でインスリン（注射薬）を保管しても大丈夫ですか？
夏の車内は何度くらいまで上がりますか？
私自身は糖尿病ではありませんが、職場の同僚に聞かれたので。""")

T("health_care", """福祉車両 商談記録
お客様：[[安田]]様ご夫婦
奥様が[[MEDICAL:ALSで人工呼吸器を使用]]、[[DISABILITY:車いす（リクライニング型）]]
[[MEDICAL:呼吸器の電源確保]]のため、車内AC100Vコンセント（1500W）必須
[[MEDICAL:訪問看護師さんも同乗]]することあり
→ ハイエース 福祉車両 見積提出 予定
担当：奈良橿原店 [[森本]]""")
T("health_care", """健康診断で[[MEDICAL:血圧が高い]]と言われ、[[MEDICAL:降圧剤を飲み始め]]ました。
飲み始めはふらつくことがあると薬局で説明されたので、念のため今週の長距離ドライブはやめます。
予約していたレンタカーをキャンセルさせてください。予約番号 RC-0821-553
[[杉山]]""")

T("health_care", """件名：障害者割引について
[[DISABILITY:療育手帳A]]を持っている息子（[[川上 陽太]]、18歳）のために車を買います。
運転は私（母）がします。自動車税の減免は、私の名義で買っても受けられますか？
[[川上 純子]]
[[PHONE:078-592-3306]]""")

T("health_care", """【メモ】来店されたお客様の話
「自分は[[MEDICAL:双極性障害]]で[[MEDICAL:通院中]]だが、主治医から運転は問題ないと言われている。
保険の告知は必要か？」とのご質問。
→ 自動車保険には健康状態の告知はない旨回答。
お客様：[[吉岡 聡]]様　担当：[[寺田]]""")

T("health_care", """お客様の声
「[[DISABILITY:足の悪い]]母を乗せるのに、助手席が回転するタイプにしてよかったです。」（70代女性・[[DISABILITY:母は脳性まひ]]）
※掲載許可取得済み、お名前は非公開""")

T("health_care", """[[DISABILITY:義足]]のことで相談です。
[[DISABILITY:交通事故で右足を切断]]して、今は[[DISABILITY:義足]]で生活しています。
右足でペダルを踏むのが不安なので、左アクセルの改造をお願いしたいです。
どのくらいの期間と費用がかかりますか。
[[大島 誠司]]　[[EMAIL:s.oshima@example.net]]""")

T("health_care", """往診の先生の車の件です。
医院の軽自動車を、往診用に4WDに替えたいと先生がおっしゃっています。
在庫があれば見積りを。
[[ADDRESS:三重県いなべ市員弁町笠田新田２１０－４]]　いなべ中央医院 事務 [[水谷]]""")
T("health_care", """こんにちは。[[MEDICAL:乳がんの手術]]を受けてから、[[DISABILITY:右腕が上がりにくく]]なりました。
今の車はシートベルトを引っぱるのがつらいです。
ベルトが取りやすい位置にある車や、電動で調整できる車はありますか？
[[中川 美和子]]（草津市）""")

T("health_care", """健康のお話ではないのですが
「エンジンが息切れする」「車が風邪をひいたみたい」と主人が言っております。
朝一番のエンジンのかかりが悪く、かかってもしばらくブルブル震えます。
点検をお願いします。
[[村上]]""")
# ---------------------------------------------------------------- belief_origin_union_partner
T("belief_origin_union_partner", """納車日の件でお願いがあります。
うちは[[CREED:浄土真宗の門徒]]で、10月12日は[[CREED:お寺の報恩講の手伝い]]があります。
大安の日に納車をとのご提案でしたが、うちは日の吉凶は気にしませんので、13日以降のどこかでお願いします。
[[寺本 勝也]]""")

T("belief_origin_union_partner", """[[藤本]]さん
[[SEX_LIFE:同性のパートナーと一緒に住んで]]います。[[SEX_LIFE:神戸市のパートナーシップ宣誓]]もしています。
自動車保険の「配偶者」にパートナーを含められると聞いたのですが、本当でしょうか。
運転者の範囲を「本人・配偶者限定」にしたいです。
[[高橋 悠]]""")

T("belief_origin_union_partner", """ローン申込書の訂正について
勤務先欄の「所属団体」に、[[UNION:JAM（ものづくり産業労働組合）の組合員]]と書いてしまいました。
この欄は業界団体のことだったようです。書き直した方がよいでしょうか。
[[佐野 光]]""")

T("belief_origin_union_partner", """[[比嘉]]さん、相談です。
旧暦の行事で、清明祭（シーミー）にお墓参りに行くので、その日までに納車してほしいです。
門中のみんなを乗せるので8人乗りがいいです。
うちは[[FAMILY_ORIGIN:本家の長男の家筋]]なので、親戚を乗せる役なんですよ（笑）
[[仲宗根 清正]]""")

T("belief_origin_union_partner", """本社お客様相談室御中
先日、[[CREED:創価学会の会合]]に行くために車を使う、と雑談で話したところ、
営業の方に「宗教関係の方ですか」と言われ、その後の態度が変わったように感じました。
不愉快です。担当を替えてください。
[[井上 道子]]""")

T("belief_origin_union_partner", """契約書の住所欄について
住民票の住所と本籍が違うのですが、[[FAMILY_ORIGIN:本籍は沖縄県宮古島市平良]]です。
契約書に本籍を書く欄はありますか？ない場合は書かなくていいですよね？
[[砂川 竜也]]""")
T("belief_origin_union_partner", """（staff memo）[[上村]]様 商談
ご本人[[CREED:クリスチャン]]、[[CREED:日曜午前は教会]]のため来店不可 → 商談は土曜 or 日曜午後
納車式のくす玉・お祓いは不要とのこと
[[寺田]]""")

T("belief_origin_union_partner", """お世話になっております。[[金 大成]]です。
ローン審査で「国籍」と「通名」を聞かれましたが、私は[[RACE:在日韓国人]]で、通名は[[金田 大成]]です。
書類はどちらの名前で出せばいいですか。本名で統一したいと思っています。""")

T("belief_origin_union_partner", """前回の商談で気になったことがあり、お伝えします。
私の出身地を聞かれ、答えたところ、担当の方が「ああ、あのあたりは…」と言葉を濁されました。
私の地元が[[SOCIAL_STATUS:同和地区]]と呼ばれていたことはわかっています。
車を買うのにそういうことが関係あるのでしょうか。悲しかったです。
名前は伏せます。""")

T("belief_origin_union_partner", """[[Mike]]です。夫の[[Kenta]]（[[大西 健太]]）と[[SEX_LIFE:同性婚]]をしています（カナダで結婚）。
日本では法律上の夫婦ではないと思いますが、車の共同名義やローンの連帯保証人になれますか？
[[EMAIL:mike.kenta.home@example.com]]""")

T("belief_origin_union_partner", """労働組合の共済で自動車保険に入っているのですが、御社で車を買っても継続できますか？
私は[[UNION:自治労の組合員]]です（和歌山市役所勤務）。
共済の証書番号は JC-30-118402 です。
[[堀口 真一]]""")

T("belief_origin_union_partner", """納車の日取りについて
うちは[[CREED:天理教]]の信者で、毎月26日は[[CREED:月次祭のため教会に参り]]ます。
26日を避けて、27日の午前にお願いできますか。
（奈良県天理市在住　[[上西]]）""")

T("belief_origin_union_partner", """相談内容：[[FAMILY_ORIGIN:旧士族の家柄]]で、家紋を車のボディにさりげなく入れたいのですが、
カッティングシートで対応できますか？父が大切にしている家紋です。
[[一条]]""")
T("belief_origin_union_partner", """[[北川]]さん
この前話した件、やっぱり名義は彼女の分も入れたいです。
彼女とは[[SEX_LIFE:同性カップル]]で、[[SEX_LIFE:大阪府のパートナーシップ宣誓証明]]をもらっています。
ローンはわたし（[[小林 さとみ]]）名義、車の使用者は彼女（[[森 理恵]]）でお願いできますか。""")

T("belief_origin_union_partner", """ご相談
祖父が[[CREED:真言宗の僧侶]]で、お寺の車を買い替えたいと言っています。
法衣のまま乗り降りしやすい車（スライドドア）を希望しています。
支払いはお寺（宗教法人）名義です。
[[PHONE:0736-56-2014]]（寺務所）　[[岡本 宗隆]]""")

T("belief_origin_union_partner", """To: 那覇店
私は[[RACE:アイヌ]]の血を引いています。北海道から沖縄に移住してきました。
車のナンバーの希望番号で、アイヌ語で意味のある数字の語呂合わせを考えています。
希望番号の申込み方法を教えてください。
[[チカップ 美恵]]""")

T("belief_origin_union_partner", """選挙のボランティアで[[CREED:〇〇党の候補者の応援]]をしています。
選挙カー（ワゴン）のレンタルか短期リースは扱っていますか？
期間は告示日から投票日までの12日間です。
[[谷川]]（[[PHONE:075-432-8861]]）""")

T("belief_origin_union_partner", """社内メモ（取扱注意）
[[中西 誠]]店長へ
整備士 [[大城 翔]] より：[[UNION:労働組合に加入した]]ので、残業申請の手続きについて組合経由で相談したいとのこと。
加入の事実は本人の了承なく他のスタッフに共有しないこと。
総務 [[今井]]""")

T("belief_origin_union_partner", """車検証の住所変更のついでに質問です。
私の戸籍の[[FAMILY_ORIGIN:本籍は京都府舞鶴市]]なのですが、
車庫証明や名義変更で本籍地の役所に行く必要はありますか？
[[西垣 徹]]""")

T("belief_origin_union_partner", """[[Fatima]]です。[[CREED:ハラールを守って]]います。
車の中で食べるお菓子やクッションに豚の成分が入っていないか心配です。
納車のときのプレゼントは、お菓子ではないものにしてくれますか。
[[Fatima Yusuf]]""")
T("belief_origin_union_partner", """LINE
[[ようへい]]：組合の役員会で使う車、会社名義やなくて組合名義で借りられる？
[[ようへい]]：おれ今年から[[UNION:組合の書記長]]やっててさ
堺店 [[北川]]：団体名義でのリースも可能です！規約のコピーをご用意ください📄""")

T("belief_origin_union_partner", """はじめまして。私は[[SEX_LIFE:ゲイ]]で、[[SEX_LIFE:パートナーの男性と暮らして]]います。
保険の「同居の親族」に彼は入らないですよね？
彼もたまに運転するので、どういう契約にすればいいか知りたいです。
[[渡辺 亮]]""")

T("belief_origin_union_partner", """お世話になります。祖母の代から御社の車に乗っている[[上原]]家です。
祖母は[[RACE:奄美の出身]]で、亡くなった祖父は[[FAMILY_ORIGIN:本籍を与那国島に置いた]]ままでした。
今回、祖父名義の古い車を相続して廃車にしたいのですが、除籍謄本はどこで取ればよいでしょう。
[[上原 良子]]""")

T("belief_origin_union_partner", """問い合わせ
商談中に「宗教は何ですか」「支持政党は」と聞かれることはありますか？
友人が他のお店で聞かれたと言っていたので、念のため確認です。
（私は答えたくないです）""")

T("belief_origin_union_partner", """教会の送迎車の件で連絡しました。[[CREED:カトリック大津教会の信徒会長]]をしております[[マリア 杉本 恵子]]です。
ミサの日の送迎に使う10人乗りを探しています。中古で構いません。
[[PHONE:077-524-6189]]""")
# ---------------------------------------------------------------- hardneg
T("hardneg", """【週末フェア】
新型フリード 車両本体価格 2,508,000円〜（税込）
ご成約特典：ドラレコ（DRV-MR870）プレゼント
期間：2025年5月17日（土）〜5月25日（日） 10:00〜19:00
会場：あおばモータース各店""")

T("hardneg", """部品発注書 No. PO-2025-04481
品番 04465-47070　ブレーキパッド フロント ×2
品番 90915-YZZD1　オイルフィルター ×10
品番 17801-21050　エアエレメント ×4
納期：4/22　発注者：S課""")

T("hardneg", """中古車在庫（抜粋）
・U-50213　カローラ フィールダー DBA-NZE164G　2017年式　走行 58,300km　本体 1,080,000円
・U-50219　N-BOX カスタム JF3　2019年式　走行 3.2万km　本体 1,398,000円
・U-50224　エクストレイル T32　2016年式　走行 101,900km　本体 890,000円""")

T("hardneg", """車検の見積り内訳
法定費用（重量税 24,600円、自賠責 17,650円、印紙 1,800円）
基本料金 19,800円
交換部品：ワイパーゴム 2,420円、LLC 3,300円
合計 69,570円
次回の車検満了日：2027年11月30日""")

T("hardneg", """ご案内
事故の際はまず安全を確保し、けが人がいる場合は119番、警察へは110番に通報してください。
救急車を呼ぶか迷ったときは #7119（救急安心センター）もご利用いただけます。
ロードサービスはJAF（#8139）または保険会社の窓口へ。""")

T("hardneg", """よくあるご質問
Q. 持病がある場合、自動車ローンの審査に影響しますか？
A. ローン審査で健康状態をお伺いすることはありません。
Q. 障害者手帳をお持ちの方の自動車税の減免は？
A. 都道府県によって条件が異なります。詳しくは県税事務所へお問い合わせください。""")
T("hardneg", """お知らせ
田中自動車整備工場様との提携により、板金修理は佐藤板金、山本塗装でも承ります。
「鈴木モータース」様とは当社は無関係です。お間違えのないようご注意ください。""")

T("hardneg", """点検のお客様へ
担当者様へのご伝言は受付でお預かりします。
店長さん、整備士さん、営業さんをお呼びの際は、お手元の呼び出しボタンを押してください。
お客様のお車のキーは、作業完了後にスタッフがお持ちします。""")

T("hardneg", """うちの車、最近エンジンの調子が悪くて、完全に病気ですわ。
アイドリングがガタガタで、車が熱を出しとるみたい。
ドクター（整備士）に診てもらわなあかんな。持病のバッテリー上がりもあるし。
来週の水曜、点検お願いできますか。""")

T("hardneg", """高齢ドライバーの事故防止セミナー（無料）
・日時：2025年9月20日（土）14:00〜15:30
・会場：和歌山店 2F ホール
・内容：ペダル踏み間違い防止装置の体験、認知機能と運転についての講話
・定員：30名（先着順）""")

T("hardneg", """確認です。私は持病もありませんし、障害もありません。
過去に事故も違反もなく、ゴールド免許です。
それでも保険料がこんなに上がる理由を教えてください。""")

T("hardneg", """もし将来、親が車いすを使うようになったら、今の車に後付けでスロープを付けられますか？
今すぐではなく、参考までに。
車いす用スロープの価格帯だけでも知りたいです。""")

T("hardneg", """ご予約確認
日時：6月3日（火）10:30
内容：タイヤ交換（夏→冬）　155/65R14 ×4
作業時間の目安：40分
お預かり番号：T-0603-12
※タイヤ保管料 年 8,800円""")

T("hardneg", """型式：6AA-MXPK11　原動機型式：M15A-FXE
総排気量 1.490L　車両重量 1,160kg
燃費（WLTC）28.0km/L
乗車定員 5名　最小回転半径 5.2m
グレード HYBRID Z　メーカーオプション：パノラミックビューモニター 44,000円""")

T("hardneg", """病院の駐車場が狭いので、小回りのきく車がいいと思っています。
（病院への送迎はボランティアとしてやっているもので、私や家族が通院しているわけではありません）
コンパクトカーのおすすめを教えてください。""")

T("hardneg", """配送伝票 No. 4512-8830-1176（ヤマト）
お届け予定：8月14日 午前中
品名：フロアマット（純正 08P14-TTA-010）
代引金額：0円""")
T("hardneg", """走行距離の記録
2023/04　12,480km
2024/04　24,915km
2025/04　36,202km
年間 約12,000km走行。オイル交換は5,000kmごとに実施済み。""")

T("hardneg", """お支払いシミュレーション
車両価格 3,190,000円　頭金 500,000円　残価 1,276,000円（5年後）
実質年率 3.9%　月々 33,800円 ×59回　最終回 1,276,000円
ボーナス月加算なし
※審査の結果によりご希望に添えない場合があります""")

T("hardneg", """パートナー企業様各位
2025年度のパートナー契約（代理店契約）更新のご案内です。
契約期間：2025年4月1日〜2026年3月31日
更新手数料は不要です。""")

T("hardneg", """社内掲示
健康診断のお知らせ：10月7日（火）〜9日（木）本社3F
対象：全従業員（パート含む）
当日は朝食を抜いてお越しください。問診票は事前に記入のこと。""")

T("hardneg", """リコール等の届出番号：外-3921、改善対策番号：5702
対象車の製作期間：2022年3月10日〜2023年1月25日
対象台数：48,112台
不具合の部位：燃料ポンプ（部品番号 23220-0P220）""")

T("hardneg", """下取り価格の目安（2025年8月時点）
・年式10年以上、走行10万km超：0円〜5万円
・年式5〜9年：車種により 20万〜120万円
・事故車（修復歴あり）は別途査定
※実際の買取価格は実車確認後に決定します""")

T("hardneg", """盗難防止装置（イモビライザー）とハンドルロックのセット販売を始めました。
最近、車両盗難の被害が全国的に増えているそうです。
セット価格 29,800円（工賃込み）。在庫限り。""")

T("hardneg", """ETCセットアップ料金 3,300円
ナビ地図更新 16,500円（2回目以降 11,000円）
ドラレコ取付工賃 11,000円〜
※価格は税込。部品持ち込みの場合は工賃が1.5倍になります。""")

T("hardneg", """【お詫び】Webサイト障害について
2025年7月2日 02:00〜05:30 の間、Web予約システムがご利用いただけない状態でした。
この間に送信された予約は受け付けられていない可能性があります。
お手数ですが再度ご予約ください。ご不明点は最寄りの店舗まで。""")
main()
