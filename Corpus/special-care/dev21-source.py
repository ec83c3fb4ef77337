#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""special-care/dev21 corpus split.

Every text below is written by hand. Markers: [[value]] = PERSON, [[LABEL:value]] = other label.
Running this file parses the markers, runs the checks and, only if all pass, writes out.jsonl and
stats.md. Otherwise it prints the errors and exits 1.
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_TAG = "synthetic:special-care-dev21"
ID_PREFIX = "sc21-"
N_TEXTS = 240
STYLES = [
    "web_forms", "long_mail", "staff_memo", "chat", "voice_input", "elderly",
    "foreign_residents", "accident_police", "health_driving", "belief_origin_union_partner",
    "screening_notes", "hardneg",
]
PER_STYLE = 20
MIN_SPECIAL = 350
HARDNEG_MAX_SPECIAL = 5

IDENT = ["PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE", "MY_NUMBER",
         "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "VIN"]
SPECIAL = ["RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL", "CRIME_VICTIM"]
FINANCIAL = ["UNION", "FAMILY_ORIGIN", "SEX_LIFE"]
LABELS = IDENT + SPECIAL + FINANCIAL
SPECIAL_CARE = set(SPECIAL + FINANCIAL)

HONORIFICS = ["様", "さま", "サマ", "さん", "サン", "殿", "氏", "君", "くん", "クン", "ちゃん", "チャン",
              "先生", "課長", "部長", "主任", "店長", "社長", "係長", "次長", "所長", "専務", "常務",
              "会長", "院長", "師長", "署長", "刑事", "巡査", "先輩", "副店長", "マネージャー"]
LATIN_HON = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|san|sama|kun|chan)\b", re.I)
PARTICLE_END = ("は", "が", "を", "に", "で", "と", "の", "も", "へ", "や", "から", "まで", "より")
KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
NAME_SEP = re.compile(r"[\s\u3000・･]+")
EMAIL_DOMAINS = ("example.com", "example.jp", "example.net", "example.org")

# (text id, surface, context string that contains the occurrence, reason)
PERSON_ALLOW = []
# (text id, span surface, reason) for PERSON spans that contain an honorific-looking character
HONORIFIC_ALLOW = []

TEXTS = []  # (style, marked text)


def block(style, texts):
    for t in texts:
        TEXTS.append((style, t))


MARK = re.compile(r"\[\[(?:([A-Z_]+):)?(.+?)\]\]", re.S)


def parse(marked):
    out, spans, errs, pos = [], [], [], 0
    plain_len = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        plain_len += len(before)
        label = m.group(1) or "PERSON"
        value = m.group(2)
        if label not in LABELS:
            errs.append(f"unknown label {label!r} in {m.group(0)!r}")
        spans.append({"start": plain_len, "end": plain_len + len(value), "label": label})
        out.append(value)
        plain_len += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, errs


def digits(s):
    s = unicodedata.normalize("NFKC", s).translate(KANJI_DIGITS)
    return "".join(c for c in s if c.isdigit())


def mynumber_ok(d):
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


def luhn_ok(d):
    if not 12 <= len(d) <= 19:
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def email_domain(v):
    s = unicodedata.normalize("NFKC", v)
    s = re.sub(r"\s*(\(at\)|\[at\]|アットマーク|あっとまーく)\s*", "@", s, flags=re.I)
    s = re.sub(r"\s*(\(dot\)|\[dot\]|ドット)\s*", ".", s, flags=re.I)
    if "@" not in s:
        return None
    return s.rsplit("@", 1)[1].strip().lower().rstrip(".")


def main():
    errors, warnings = [], []
    if len(TEXTS) != N_TEXTS:
        errors.append(f"expected {N_TEXTS} texts, got {len(TEXTS)}")
    expected_styles = [s for s in STYLES for _ in range(PER_STYLE)]
    got_styles = [s for s, _ in TEXTS]
    if got_styles != expected_styles[:len(got_styles)] or len(got_styles) != len(expected_styles):
        c = Counter(got_styles)
        errors.append(f"styles not {PER_STYLE} each in order: {dict(c)}")

    records = []
    seen_text = {}
    for i, (style, marked) in enumerate(TEXTS, 1):
        rid = f"{ID_PREFIX}{i:04d}"
        text, spans, perr = parse(marked)
        errors += [f"{rid}: {e}" for e in perr]
        if "[[" in text or "]]" in text:
            errors.append(f"{rid}: stray [[ or ]]")
        if text in seen_text:
            errors.append(f"{rid}: duplicate text of {seen_text[text]}")
        seen_text[text] = rid
        records.append({"id": rid, "style": style, "text": text, "spans": spans})

    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errors.append("ids not unique")

    # global short surnames, to find parts of names written without a separator
    short_names = set()
    for r in records:
        for s in r["spans"]:
            if s["label"] == "PERSON":
                v = r["text"][s["start"]:s["end"]]
                if NAME_SEP.search(v) is None and 2 <= len(v) <= 3:
                    short_names.add(v)

    used_allow = set()
    used_hon = set()
    for r in records:
        rid, text, spans = r["id"], r["text"], r["spans"]
        prev_end = -1
        for s in spans:
            v = text[s["start"]:s["end"]]
            if not v:
                errors.append(f"{rid}: empty span")
                continue
            if v != v.strip():
                errors.append(f"{rid}: whitespace at span edge {v!r}")
            if s["start"] < prev_end:
                errors.append(f"{rid}: overlapping/unsorted span {v!r}")
            prev_end = s["end"]
            lab = s["label"]
            if lab == "PERSON":
                bad = [h for h in HONORIFICS if h in v]
                if bad or LATIN_HON.search(v):
                    key = (rid, v)
                    allowed = [a for a in HONORIFIC_ALLOW if a[0] == rid and a[1] == v]
                    if allowed:
                        used_hon.add(key)
                    else:
                        errors.append(f"{rid}: honorific/title inside PERSON {v!r}")
            if lab == "MY_NUMBER" and not mynumber_ok(digits(v)):
                errors.append(f"{rid}: MY_NUMBER check digit fails {v!r}")
            if lab == "CARD" and not luhn_ok(digits(v)):
                errors.append(f"{rid}: CARD Luhn fails {v!r}")
            if lab == "EMAIL":
                d = email_domain(v)
                if d is None or not any(d == x or d.endswith("." + x) for x in EMAIL_DOMAINS):
                    errors.append(f"{rid}: e-mail domain not allowed {v!r} ({d})")
            if lab == "DRIVER_LICENSE" and len(digits(v)) != 12:
                errors.append(f"{rid}: DRIVER_LICENSE not 12 digits {v!r}")
            if lab == "POSTAL_CODE" and len(digits(v)) != 7:
                errors.append(f"{rid}: POSTAL_CODE not 7 digits {v!r}")
            if lab == "PHONE":
                d = digits(v)
                nf = unicodedata.normalize("NFKC", v)
                if not (10 <= len(d) <= 11) and not nf.lstrip().startswith("+81"):
                    warnings.append(f"{rid}: PHONE with {len(d)} digits {v!r}")
            if lab in SPECIAL_CARE and v.endswith(PARTICLE_END) and not v.endswith(("んで", "ないで")):
                warnings.append(f"{rid}: special-care span ends in a particle {v!r}")
        # PERSON coverage
        covered = [(s["start"], s["end"]) for s in spans if s["label"] == "PERSON"]
        surfaces = set()
        for s in spans:
            if s["label"] != "PERSON":
                continue
            v = text[s["start"]:s["end"]]
            surfaces.add(v)
            for part in NAME_SEP.split(v):
                if len(part) >= 2:
                    surfaces.add(part)
            for sn in short_names:
                if v != sn and v.startswith(sn) and len(v) - len(sn) >= 1:
                    surfaces.add(sn)
                    rest = v[len(sn):]
                    if len(rest) >= 2 and NAME_SEP.search(rest) is None:
                        surfaces.add(rest)
        for sf in sorted(surfaces):
            for m in re.finditer(re.escape(sf), text):
                a, b = m.start(), m.end()
                if any(ca <= a and b <= cb for ca, cb in covered):
                    continue
                ok = False
                for al in PERSON_ALLOW:
                    if al[0] != rid or al[1] != sf:
                        continue
                    for cm in re.finditer(re.escape(al[2]), text):
                        if cm.start() <= a and b <= cm.end():
                            ok = True
                            used_allow.add(al)
                if not ok:
                    ctx = text[max(0, a - 8):b + 8].replace("\n", "⏎")
                    errors.append(f"{rid}: PERSON surface {sf!r} uncovered at {a}: …{ctx}…")
        # special-care count in hardneg
        if r["style"] == "hardneg":
            n = sum(1 for s in spans if s["label"] in SPECIAL_CARE)
            if n > HARDNEG_MAX_SPECIAL:
                errors.append(f"{rid}: hardneg with {n} special-care spans")
    for al in PERSON_ALLOW:
        if al not in used_allow:
            errors.append(f"unused PERSON allow-list entry {al}")
    for al in HONORIFIC_ALLOW:
        if (al[0], al[1]) not in used_hon:
            errors.append(f"unused honorific allow-list entry {al}")

    hard_special = sum(1 for r in records if r["style"] == "hardneg"
                       for s in r["spans"] if s["label"] in SPECIAL_CARE)
    if hard_special > HARDNEG_MAX_SPECIAL:
        errors.append(f"hardneg style has {hard_special} special-care spans (max {HARDNEG_MAX_SPECIAL})")
    n_special = sum(1 for r in records for s in r["spans"] if s["label"] in SPECIAL_CARE)
    if n_special < MIN_SPECIAL:
        errors.append(f"only {n_special} special-care spans (need {MIN_SPECIAL})")

    if errors:
        for e in errors:
            print("ERROR", e)
        for w in warnings:
            print("WARN", w)
        print(f"{len(errors)} errors; nothing written")
        sys.exit(1)

    with open(HERE / "out.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "spans": r["spans"],
                                "source": SOURCE_TAG, "note": f"style={r['style']}"},
                               ensure_ascii=False) + "\n")

    lab_c = Counter(s["label"] for r in records for s in r["spans"])
    style_lab = defaultdict(Counter)
    for r in records:
        for s in r["spans"]:
            style_lab[r["style"]][s["label"]] += 1
    persons = sorted({r["text"][s["start"]:s["end"]] for r in records for s in r["spans"]
                      if s["label"] == "PERSON"})
    no_span = sum(1 for r in records if not r["spans"])
    L = ["# stats — special-care/dev21", "",
         f"- texts: {len(records)} ({len(STYLES)} styles × {PER_STYLE}); texts with no span: {no_span}",
         f"- spans: {sum(lab_c.values())}; special-care + financial-sector spans: {n_special}",
         f"- distinct PERSON surfaces: {len(persons)}", "",
         "## Spans per label", "", "| label | group | count |", "| --- | --- | --- |"]
    for lab in LABELS:
        grp = "identifier" if lab in IDENT else ("special care" if lab in SPECIAL else "financial-sector")
        L.append(f"| {lab} | {grp} | {lab_c.get(lab, 0)} |")
    L += ["", "## Per style", "", "| style | texts | spans | special-care spans | identifier spans |",
          "| --- | --- | --- | --- | --- |"]
    for st in STYLES:
        c = style_lab[st]
        sc = sum(v for k, v in c.items() if k in SPECIAL_CARE)
        L.append(f"| {st} | {sum(1 for r in records if r['style'] == st)} | {sum(c.values())} | {sc} | "
                 f"{sum(c.values()) - sc} |")
    L += ["", "## Special-care labels per style", "",
          "| style | " + " | ".join(SPECIAL + FINANCIAL) + " |",
          "| --- |" + " --- |" * len(SPECIAL + FINANCIAL)]
    for st in STYLES:
        c = style_lab[st]
        L.append(f"| {st} | " + " | ".join(str(c.get(k, 0)) for k in SPECIAL + FINANCIAL) + " |")
    L += ["", "## Distinct PERSON surfaces", "", "、".join(persons), "",
          "## Allow-lists", "", f"- PERSON coverage allow-list entries: {len(PERSON_ALLOW)}"]
    for al in PERSON_ALLOW:
        L.append(f"  - {al[0]} `{al[1]}` in `{al[2]}`: {al[3]}")
    L.append(f"- honorific allow-list entries: {len(HONORIFIC_ALLOW)}")
    for al in HONORIFIC_ALLOW:
        L.append(f"  - {al[0]} `{al[1]}`: {al[2]}")
    L += ["", "## Warnings", ""]
    L += [f"- {w}" for w in warnings] or ["- none"]
    (HERE / "stats.md").write_text("\n".join(L) + "\n", encoding="utf-8")
    for w in warnings:
        print("WARN", w)
    print(f"OK: {len(records)} texts, {sum(lab_c.values())} spans, {n_special} special-care; "
          f"{len(warnings)} warnings")


# ============================ TEXTS ============================
# Setting (invented): 株式会社ホクリク・カーライフ, a car dealer with shops in 新潟亀田・長岡・上越・
# 富山掛尾・金沢南・小松・福井・松本・甲府昭和. Head office 新潟市江南区.

# ---------------------------------------------------------------- web_forms
block("web_forms", [
"""【お問い合わせフォーム】新規受付 No.20250611-0143
お名前：[[村上 ひとみ]]
フリガナ：[[ムラカミ ヒトミ]]
電話番号：[[PHONE:080-4127-3356]]
メール：[[EMAIL:h.murakami@example.jp]]
ご希望店舗：長岡店
お問い合わせ種別：福祉車両・運転補助装置
内容：夫が昨年[[MEDICAL:脳梗塞で倒れ]]、[[DISABILITY:左半身にまひが残って]]います。右手だけで運転できるような装置は付けられますか。""",

"""■試乗予約
氏名：[[小野寺 剛]]
年齢：68
電話：[[PHONE:0258-33-7812]]
希望日時：7月3日(木) 14:00
希望車種：ルークス
ご来店時の配慮事項：[[DISABILITY:補聴器使用]]（[[DISABILITY:左耳はほとんど聞こえません]]）、説明は紙に書いていただけると助かります
その他：なし""",

"""[Web見積依頼] 受付番号 Q-88213
お名前 : [[笹川 由紀子]] 様
ご住所 : 〒[[POSTAL_CODE:939-8071]] [[ADDRESS:富山県富山市上袋432-6]]
TEL : [[PHONE:076－421－6690]]
E-mail : [[EMAIL:yukiko.sasagawa@example.com]]
ご検討車種 : セレナ チェアキャブ
ご利用になる方 : 次男（[[DISABILITY:脳性まひ]]、[[DISABILITY:車いす利用]]）
下取り車 : あり（H27年式 走行9.8万km）
ご質問 : 電動車いすのまま乗れますか？ 幅は62cmです。""",

"""点検予約フォーム受付
お名前：[[五十嵐 正樹]]
車両番号：[[PLATE:長岡 300 に 47-08]]
ご希望日：月・水・金は[[MEDICAL:透析]]の日なので不可、火曜か木曜の午前
連絡先：[[PHONE:090-6618-2073]]
代車：不要
備考：[[MEDICAL:シャントのある左腕]]で重い物が持てないので、荷物の積み下ろしをお願いします""",

"""【お問い合わせ】
お名前：[[芦田 美穂]]
ご連絡方法：メールのみ希望
メールアドレス：[[EMAIL:miho.a0215@example.net]]
電話番号：なし
ご住所：なし
内容：[[CRIME_VICTIM:元夫からのDV被害]]で支援措置を受けており、現住所は伏せています。裁判所から[[CRIME_VICTIM:保護命令も出て]]います。車検証の住所変更はどうすればいいでしょうか。元夫（[[小林 隆之]]）から問い合わせがあっても何も答えないでください。""",

"""■お問い合わせ種別：税金・減免について
■お名前：[[春日 智也]]
■ご連絡先：[[PHONE:026-２３５-8814]]
■内容：息子が[[DISABILITY:身体障害者手帳2級]]を持っています。新車購入時の自動車税の減免手続きはお店でやってもらえますか？ 療育手帳ではなく身体の方です。息子は[[DISABILITY:両足にまひ]]があり、運転は私がします。""",

"""自動車保険 お見積り依頼
契約者名：[[和田 康平]]（[[ワダ コウヘイ]]）
生年月日：[[BIRTHDATE:1979年11月2日]]
運転者限定：本人・配偶者
現在の等級：14等級
事故歴：あり（昨年、[[CRIME_VICTIM:スーパーの駐車場で当て逃げされ]]車両保険を使用）
通院歴：[[MEDICAL:事故後3か月整形外科に通院]]（治療終了）
告知事項：なし""",

"""お問い合わせフォームより
-----
氏名　[[土屋 恵]]
電話　[[PHONE:0263-88-1957]]
住所　[[ADDRESS:長野県松本市寿北7丁目18-3]]
ご相談　母が[[MEDICAL:認知症と診断され]]、デイサービスの送迎に使う車を探しています。母は[[DISABILITY:要介護3]]です。回転シート付きのものを見たいです。
希望店舗　松本店
-----""",

"""整備予約　受付ID：M-2025-0412-07
お客様名：[[能登谷 勲]]
車両：N-BOX（[[PLATE:石川 580 た 2-19]]）
作業内容：12ヶ月点検、タイヤ交換
お客様からのメッセージ：[[MEDICAL:ペースメーカーを入れて]]いるので、待合室の近くで強い電磁波の出る機械を使う場合は教えてください。[[MEDICAL:不整脈の治療]]で入れたものです。""",

"""【カタログ請求フォーム】
お名前：[[北村 あゆみ]]
郵便番号：[[POSTAL_CODE:921ー8173]]
住所：[[ADDRESS:石川県金沢市円光寺本町3-11 グランメゾン円光寺305]]
電話番号：なし
メール：[[EMAIL:ayumi_k@example.org]]
ご希望のカタログ：ノート オーラ、キックス
ご質問：[[MEDICAL:妊娠中]]で来年の春に出産予定です。チャイルドシート2台とベビーカーが積める車を教えてください。[[MEDICAL:つわり]]が落ち着いたら来店します。""",

"""件名：スマートキー再発行の相談
お名前：[[宮腰 翔太]]
携帯：[[PHONE:070-3391-4480]]
車台番号：[[VIN:FE0-113472]]
内容：先週、[[CRIME_VICTIM:自宅の駐車場で車上荒らしに遭い]]、バッグごと[[CRIME_VICTIM:スマートキーを盗まれ]]ました。富山南警察署に[[CRIME_VICTIM:被害届を出して]]あります（受理番号 第1127号）。合鍵を作るといくらかかりますか。""",

"""来店予約
お名前：[[丸山 大輔]]
ご来店希望：6/21(土) 10:30
人数：2名
ご連絡事項：平日は[[UNION:組合の執行委員]]の仕事で帰りが遅いので土曜希望です。土曜も[[UNION:組合の会議]]が入ることがあるので、その場合はメールします。
メール：[[EMAIL:d.maruyama77@example.jp]]""",

"""【納車日程のご希望】
注文番号：HC-24-07731
お名前：[[清水 文雄]]
第一希望：8月4日（月）
第二希望：8月6日（水）
NG曜日：土曜（[[CREED:教会で安息日を守っている]]ため。[[CREED:セブンスデー・アドベンチスト教会の会員]]です）
電話：[[PHONE:055-226-0371]]""",

"""【オートローン事前審査 仮申込】
申込者：[[松田 雅人]]
生年月日：[[BIRTHDATE:昭和62年5月19日]]
本籍地：[[FAMILY_ORIGIN:福井県大野市]]
勤務先：北陸精機株式会社（勤続11年）
年収：520万円
他社借入：なし
健康状態（団信付きプラン希望の方）：[[MEDICAL:高血圧で服薬中]]""",

"""ショールーム見学のご相談
お名前：[[遠藤 千夏]]
お子様連れ：あり（小学2年）
事前にお伝えしたいこと：息子に[[DISABILITY:自閉スペクトラム症]]があり、大きな音や人混みが苦手です。[[DISABILITY:感覚過敏]]もあるので、空いている時間帯を教えてください。
電話：[[PHONE:025-７７２-1094]]""",

"""お問い合わせ内容：名義変更について
お名前：[[窪田 聡子]]
内容：息子の車ですが、息子が[[CRIMINAL:酒気帯び運転で検挙され]]、免許が取り消しになりました。車を私の名義に変えたいです。息子は今、[[CRIMINAL:在宅で取り調べを受けて]]いる段階だそうです。必要書類を教えてください。
車両番号：[[PLATE:上越 501 ひ 88-30]]
返信先：[[EMAIL:kubota.satoko@example.jp]]""",

"""■ご意見・ご要望
お名前：匿名希望
ご連絡先：なし
ご意見：先日、担当の[[中澤]]さんに[[MEDICAL:うつ病で休職中]]だと話したところ、ほかのお客さんの前で大きな声で繰り返されて傷つきました。個人的なことなので配慮してほしかったです。[[MEDICAL:休職]]のことは家族にも一部しか話していません。""",

"""来店予約フォーム
お名前：[[杉本 綾]]
ご連絡：メールでお願いします（[[DISABILITY:耳が聞こえない]]ため電話はできません）
メール：[[EMAIL:aya-sugimoto@example.com]]
ご希望：手話ができるスタッフか筆談で対応してほしいです
障害者手帳：[[DISABILITY:聴覚2級]]（減免の相談もしたいです）
来店人数：1名""",

"""【見積依頼】
お名前：[[坂井 康介]]
電話：[[PHONE:0776-２５-4813]]
車種：エクストレイル
グレード：X e-4ORCE
オプション：なし
下取り：なし
ご要望：なし
運転される方の注意事項：[[MEDICAL:てんかんの持病]]がありますが、[[MEDICAL:主治医から運転の許可]]をもらっています。""",

"""【緊急】お問い合わせ
お名前：[[坪井 梨花]]
電話：[[PHONE:080ー2264ー9051]]
内容：以前そちらで車を買った者です。[[CRIME_VICTIM:ストーカー被害に遭って]]いて、警察にも相談しています。相手には[[CRIME_VICTIM:警察から警告が出て]]いますが、まだ心配です。車にGPSが付けられていないか調べてもらえますか。ナンバーは[[PLATE:富山 330 ゆ 60-12]]です。""",
])

# ---------------------------------------------------------------- long_mail
block("long_mail", [
"""件名：Re: Re: 手動装置の件（[[村井]]）

[[高野]]様

お世話になっております。[[村井]]です。
先日はお電話ありがとうございました。

> 手動運転補助装置の取付けには、事前に運転免許センターでの
> 適性相談が必要になる場合がございます。

主人に確認したところ、[[MEDICAL:リハビリ病院を退院]]する時に先生から「[[MEDICAL:半年は運転を控える]]ように」と言われていたそうで、その半年が来月で終わります。適性相談は新潟の免許センターで予約しました（9月12日）。
結果が出てから改めて見積もりをお願いしたいと思います。
主人は[[DISABILITY:右足が思うように動かない]]ので、アクセルもブレーキも手で操作するタイプが必要です。

よろしくお願いいたします。

[[村井 典子]]
[[PHONE:090-7745-3208]]""",

"""[[吉川 真理子]] 様

いつも株式会社ホクリク・カーライフ富山掛尾店をご利用いただき、誠にありがとうございます。
営業の[[森田]]でございます。

お支払い日の件、承知いたしました。
[[MEDICAL:抗がん剤の治療]]でしばらく入院されるとのこと、どうかご無理なさらないでください。
残りのお支払い（126,500円）は、ご退院後の10月末で問題ございません。
経理にも伝えてあり、催促のご連絡が行くことはありません。

> 治療が終わるまで、車は店で預かってもらうことはできますか

はい、屋内の保管スペースでお預かりできます。バッテリーの充電も月1回こちらで行います。
ご退院後、[[MEDICAL:通院での治療]]が続く間も、お引き取り・お届けは無料で承ります。

――――――――――――――――
株式会社ホクリク・カーライフ 富山掛尾店
営業課 [[森田 尚美]]
〒[[POSTAL_CODE:939-8212]] [[ADDRESS:富山県富山市掛尾町508番地2]]
TEL [[PHONE:076-492-3310]]　FAX [[PHONE:076-492-3311]]
――――――――――――――――""",

"""件名：盗難の件その後のご報告

長岡店 [[高野]]さま

お世話になります。[[関 裕二]]です。
[[CRIME_VICTIM:車を盗まれた]]件で、いろいろ相談に乗っていただきありがとうございました。
その後ですが、昨日長岡警察署から連絡があり、車は見附市内の空き地で見つかったそうです。
ただ、ナビとタイヤ4本が外されていて、室内もかなり荒らされているとのことでした。

保険会社の方からは、
> 盗難車両が発見された場合、修理費用は車両保険の対象となります
と言われています。

車を引き取ってそちらで修理の見積もりをしていただけますか。
ナンバーは[[PLATE:長岡 330 せ 21-77]]、車台番号は[[VIN:C27-401938]]です。

また、犯人はまだ捕まっていないようで、正直[[CRIME_VICTIM:また盗まれるのではないか]]と不安です。
盗難防止のオプションについても教えてください。

[[関 裕二]]
携帯 [[PHONE:080-1163-9024]]""",

"""件名：父の車の売却と免許返納について

ホクリク・カーライフ 上越店 ご担当者様

はじめてご連絡いたします。上越市に住む[[井口 美和]]と申します。
父（[[井口 重雄]]、83歳）の車のことでご相談です。

父は今年の春から[[MEDICAL:物忘れがひどくなり]]、[[MEDICAL:脳神経内科でアルツハイマー型認知症と診断され]]ました。
主治医からは「[[MEDICAL:もう運転はしない]]ように」とはっきり言われています。
本人はまだ運転できると言い張っていますが、家族で話し合い、免許を返納して車を手放すことにしました。

車は平成30年式のデイズで、走行距離は3万2千キロほどです。
父は[[MEDICAL:認知症]]のこともあり、書類の手続きは私が代理でやりたいのですが、委任状があれば大丈夫でしょうか。

連絡はこちらのメールか、私の携帯（[[PHONE:090-3387-1126]]）にお願いします。

[[井口 美和]]
[[EMAIL:miwa.iguchi@example.jp]]""",

"""件名：Re: 座席の件

[[坂下]]様

先日はお時間をいただきありがとうございました。
> シートの素材や形状について、ご要望があればお聞かせください

お言葉に甘えて書きます。
昨年[[MEDICAL:大腸がんの手術]]を受けて、[[DISABILITY:人工肛門（ストーマ）を付けて]]います。
シートベルトがちょうどお腹の袋のあたりにかかるので、長く乗っていると不安になります。
ベルトの位置を調整できる部品や、パッドのようなものはありますか。
あまり人に言いたいことではないので、ほかの方にはこの話は伏せていただけると助かります。

金沢市
[[竹内 修]]""",

"""件名：先日の件について（苦情）

株式会社ホクリク・カーライフ
お客様相談室 御中

小松店で車を購入した[[岩本 和也]]と申します。
大変不愉快なことがありましたので連絡します。

私は5年前に[[CRIMINAL:傷害事件で逮捕され]]、[[CRIMINAL:執行猶予の判決]]を受けました。すでに猶予期間も終わっています。
ローンの審査の時にそのことを営業の[[宮本]]さんに正直に話しましたが、その話を同じ町内に住む御社の整備士の方が近所で話していたと聞きました。
誰から聞いたのか確かめたところ、「ディーラーの人から聞いた」とのことでした。

どのように情報を管理しているのか、説明を求めます。

[[岩本 和也]]
[[ADDRESS:石川県小松市符津町ホ52-3]]
[[PHONE:0761-４４-2093]]""",

"""件名：納車日のご相談

[[森田]]さま

いつもありがとうございます。[[有沢 恭子]]です。
納車日ですが、10月26日は天理への参拝の日なので、ずらしていただけないでしょうか。
うちは祖母の代から[[CREED:天理教の信者]]で、毎月26日は家族で[[CREED:教会の月次祭にお参り]]しています。
27日以降でしたらいつでも大丈夫です。

それと、ナンバーの希望番号は「・・26」でお願いします。
縁起を担いでいるだけなので、取れなければ普通のもので構いません。

[[有沢]]""",

"""件名：自動車保険の運転者の範囲について

お世話になっております。[[戸田 航]]です。
見積もりありがとうございました。1点確認させてください。

一緒に住んでいるパートナー（[[片山 瑞樹]]）も運転するのですが、私たちは[[SEX_LIFE:同性のカップル]]で、籍は入れていません。
金沢市の[[SEX_LIFE:パートナーシップ宣誓]]はしていて、受領証もあります。
この場合、「配偶者限定」の特約は使えるのでしょうか。
使えない場合は「本人・配偶者以外も運転」にするしかないのかと思いますが、保険料の差を教えてください。

前の保険会社では説明の途中で何度も「奥様は？」と聞かれて困ったので、そちらでは事前にお伝えしておきます。

[[戸田 航]]
[[EMAIL:wataru.toda@example.net]]""",

"""件名：組合員向け割引のご案内について

ご担当 [[長谷部]] 様

北陸電機労働組合 福井支部で福利厚生を担当している[[大塚 悟]]です。
先日お話しした組合員向け特別価格の件、支部の役員会で了承が取れました。

> ご購入の際は組合員証のご提示をお願いいたします

この点ですが、組合員証は紙の物がなく、[[UNION:給与明細の「組合費」欄]]で確認するしかありません。給与明細の写しでもよろしいでしょうか。なお、私自身も[[UNION:支部の執行委員]]です。
また、ご案内のチラシは組合事務所の掲示板に貼り出す予定です。50部お送りください。

送付先：〒[[POSTAL_CODE:910-0858]] [[ADDRESS:福井県福井市手寄2丁目1-34 北陸電機労組会館2F]]
電話：[[PHONE:0776-２３-7719]]

よろしくお願いいたします。""",

"""件名：息子の車のことでご相談

上越店 [[内藤]]様

いつもお世話になっています。[[佐久間 陽子]]です。
長男の[[翔]]のことでご相談させてください。

[[翔]]には[[DISABILITY:軽度の知的障害]]があり、[[DISABILITY:療育手帳（B）]]を持っています。
本人は高校を卒業して作業所に通っており、普通免許を取りたいと自動車学校に通い始めました。
免許が取れたら軽自動車を1台と考えていますが、本人名義でローンを組むのは難しいでしょうか。
私が連帯保証人になる形でも構いません。

また、道に迷いやすいので、ナビとドライブレコーダーは必ず付けたいと思っています。

[[佐久間 陽子]]
[[PHONE:025-５２４-6630]]""",

"""件名：Re: 修理の進捗について

[[堀川]]さん

お疲れ様です。[[今井 悠真]]です。
修理の進捗、ありがとうございます。

> リアバンパーとテールランプの交換で、お見積りは約18万円となります。
> 相手方の保険会社様との協定が済み次第、着工いたします。

了解しました。
私のほうは、事故の後から[[MEDICAL:首のむち打ちで整形外科に通院]]していて、[[MEDICAL:週3回リハビリに行って]]います。
代車は軽自動車で大丈夫ですが、[[MEDICAL:首が回しにくい]]ので、バックモニター付きだとありがたいです。

相手の保険会社の担当は[[三浦]]さん（[[PHONE:0120-328-441]]）です。

よろしくお願いします。""",

"""件名：先日お伝えした件

[[平松]]様

[[高橋 みどり]]です。
先月お話しした[[MEDICAL:手術]]は無事に終わりました。ご心配いただきありがとうございました。
[[MEDICAL:術後の経過]]は順調ですが、[[MEDICAL:傷がふさがるまで3か月は運転禁止]]と言われています。
そのため、11月予定だった車検は代わりに夫が持って行きます。

> 車検の際、ブレーキパッドの交換をお勧めします

こちらはお任せします。
夫は[[高橋 誠一]]、携帯は[[PHONE:080-5512-7806]]です。""",

"""件名：相続による名義変更について

ホクリク・カーライフ 金沢南店
[[北川]]様

先日電話でお問い合わせした[[能村 昭]]です。
亡父名義の軽トラックを私の名義に変える件で、必要書類を揃えています。

除籍謄本を取ったところ、父の[[FAMILY_ORIGIN:本籍は石川県輪島市]]のままでしたので、輪島市役所から郵送で取り寄せました。私の[[FAMILY_ORIGIN:本籍も同じ輪島市]]なので、私の戸籍謄本も一緒に取っています。
戸籍の附票と遺産分割協議書（兄弟3人の実印入り）も用意できています。

車検証の所有者欄は「[[能村 太一]]」（父）です。
ナンバーは[[PLATE:金沢 480 み 17ｰ33]]で、管轄は変わりません。

来週の土曜日にお持ちしてもよろしいでしょうか。

[[能村 昭]]
[[ADDRESS:石川県白山市松任町二丁目34番地]]
[[PHONE:076-２７５-0418]]""",

"""[[村上 ひとみ]] 様

長岡店の[[高野]]です。ご見学ありがとうございました。
ご主人様が運転席に移る際、左手すりの位置が合わないとのお話でしたので、メーカーに確認しました。

ご主人様は[[DISABILITY:視野の左側が欠けて]]いらっしゃるとのこと、
> 左側から近づく車が見えにくいのが一番こわい
とのお言葉もありましたので、ブラインドスポットモニターの付いたグレードをご提案いたします。

試乗用の車両は来週火曜から店舗にございます。
ご主人様の[[MEDICAL:リハビリ通院]]のない日でしたら、ご自宅までお持ちすることもできます。
ご都合のよい日時をお知らせください。

――
長岡店 営業 [[高野 健一]]
[[PHONE:0258-21-6650]]
[[EMAIL:k.takano@hokuriku-carlife.example.jp]]""",

"""件名：【至急】偽サイトについて

お世話になっています。[[新保 拓海]]です。
昨日、「ホクリク・カーライフ 中古車センター」という名前のサイトで車を見つけ、手付金30万円を振り込みました。
ところが今日になって連絡が取れず、御社に電話したところ、そのようなサイトは運営していないとのことでした。

完全に[[CRIME_VICTIM:詐欺にあった]]ようです。
今朝、福井南警察署に[[CRIME_VICTIM:被害の届けを出しました]]。
担当の刑事さんから、御社の名前が使われているので御社にも確認したいと言われています。
警察から連絡があったら対応をお願いできますか。

振込先は「ホクリクカーセンター（カ」名義、口座番号は[[BANK_ACCOUNT:普通 7712094]]でした。
同じ被害の人が出ないよう、ホームページで注意喚起をしてもらえないでしょうか。

[[新保 拓海]]
[[PHONE:090-2218-6093]]""",

"""件名：今後の運転について

松本店 [[赤羽]]さん

いつもありがとうございます。[[宮坂 弘]]です。
実は去年から[[MEDICAL:手の震え]]があり、[[MEDICAL:パーキンソン病]]と言われました。
[[MEDICAL:薬を飲んでいる間は症状が落ち着いていて]]、[[MEDICAL:主治医にも「今のところは運転してよい」と言われて]]います。
ただ、この先どうなるか分からないので、今の車の車検（来年3月）を機に、自動ブレーキの付いた小さい車に替えたいと考えています。

> 下取り価格は、年式と走行距離から見て40万円前後になる見込みです

この金額で結構です。ほかに費用がかかるものがあれば教えてください。

[[宮坂 弘]]
[[ADDRESS:長野県安曇野市豊科南穂高1207-5]]""",

"""件名：減免申請の書類について

お世話になります。[[今村 沙織]]です。
自動車税の減免ですが、私は[[DISABILITY:精神障害者保健福祉手帳の1級]]を持っています。
県税事務所に問い合わせたところ、精神の場合は1級だけが対象で、本人が運転しない場合は家族の運転でもよいと言われました。
[[MEDICAL:統合失調症の治療]]で薬を飲んでいるので、私自身は運転しません。運転は妹の[[今村 恵理]]です。

申請に必要なのは、手帳・車検証・運転する人の免許証だけでよいでしょうか。
納車に間に合わせたいので、早めに教えてください。

[[今村 沙織]]""",

"""件名：車の名義について

[[内藤]]さん

[[大島 千秋]]です。電話ではうまく話せなかったのでメールにします。
夫の[[大島 健吾]]が今、[[CRIMINAL:刑務所に服役中]]です。[[CRIMINAL:出所]]は再来年の予定です。
夫名義のアルファードのローンが残っていて、私が払い続けるのは難しい状況です。
夫の同意があれば売却できると聞きましたが、[[CRIMINAL:服役中]]の人の同意書はどうやって取ればいいのでしょうか。
面会の時に書類を持っていけばよいのでしょうか。

子どもが2人いて、私の通勤用に軽自動車は残したいです。
どうかよろしくお願いします。

[[大島 千秋]]
[[PHONE:080‐4920‐1157]]""",

"""件名：名義の表記について

[[坂下]]様

[[金 英子]]です（車検証では「[[金本 英子]]」）。
両親とも[[RACE:在日コリアン]]で、私は[[RACE:在日コリアンの三世]]です。これまで通名の「[[金本]]」を使ってきましたが、今年から本名で生活することにしました。
住民票も本名だけにしたので、車検証と自動車保険の名義も本名に変えたいです。
手続きと費用を教えてください。

念のため、住民票の写しは「[[金 英子]]（[[キム・ヨンジャ]]）」の表記になっています。

[[金 英子]]
[[EMAIL:young.kim@example.org]]""",

"""件名：Re: 点検のご案内

[[森田]]さん

ご案内ありがとうございます。[[吉川 真理子]]です。
おかげさまで[[MEDICAL:乳がんの治療]]が一段落しました。
まだ[[MEDICAL:抗がん剤の副作用]]で髪が短いので、帽子をかぶったまま伺うことになると思います。すみません。
点検の際、対応は前回と同じく女性の方にお願いできると安心です。

> 12ヶ月点検 10月15日（水）10:00～ でご予約を承りました

この日時で大丈夫です。
よろしくお願いします。

[[吉川 真理子]]""",
])

# ---------------------------------------------------------------- staff_memo
block("staff_memo", [
"""【TEL受】6/12 15:20 [[五十嵐]]様（[[PLATE:長岡300に4708]]）点検日変更→6/19(木)AM
月水金は[[MEDICAL:透析]]のため不可。代車不要（[[MEDICAL:透析]]後は奥様が送迎）。受：[[高野]]""",

"""[[笹川]]様 商談メモ
・次男さん[[DISABILITY:脳性まひ]]、[[DISABILITY:電動車いす使用]]（幅62cm）→チェアキャブで乗車可
・市の福祉車両補助 申請要確認
・下取 H27 9.8万km 査定待ち
次回 7/5(土)""",

"""松本店 来店記録 10/3
[[宮坂 弘]]様 [[MEDICAL:パーキンソン 内服中]]、[[MEDICAL:主治医より運転可の指示]]あり(本人談)
次回車検(R8.3)で乗換 ルークス or サクラ 下取40前後
担当 [[赤羽]]""",

"""※要注意※ [[芦田]]様
[[CRIME_VICTIM:DV被害]]で支援措置中。住所・連絡先は第三者に絶対回答しない！
6/14 元夫[[小林]]を名乗る男性からTELあり→「お答えできません」で終話。
[[CRIME_VICTIM:保護命令]]あり。店長・受付全員に共有済""",

"""引取 [[関]]様 盗難車両 見附市内で発見
[[CRIME_VICTIM:被害届]]受理済。[[CRIME_VICTIM:盗難被害]]→車両保険 東和損保 [[三好]]氏 立会 6/20 10:00
ナビ・タイヤ4本なし、内装汚損大。レッカー手配済(積載車2号)""",

"""[[竹内]]様 シートベルトパッド見積 ¥8,800(税込)
[[DISABILITY:ストーマ]]の件は本人の希望により他スタッフに言わないこと。
見積書は郵送ではなく手渡しで。""",

"""[[岩本]]様クレーム件 → お客様相談室[[野口]]対応中
[[CRIMINAL:前歴]]の話が外部に漏れた疑い。整備[[川端]]に聞き取り予定(6/18)
本人：[[CRIMINAL:執行猶予]]は満了済と説明
ローン申込書の保管場所も確認すること""",

"""[[戸田]]様・[[片山]]様（[[SEX_LIFE:同性パートナー]]）
自動車保険：配偶者限定 適用可→宣誓の受領証コピー要
東和損保 代理店課に確認済 6/22
※「奥様」「ご主人」等の表現NG""",

"""甲府昭和店 [[望月]]→[[雨宮]] 引継ぎ
[[清水]]様 納車 土曜NG（[[CREED:安息日]]）→8/4(月)で確定
登録書類 揃い済、希望ナンバー「・・26」抽選なし""",

"""[[新保]]様 偽サイト[[CRIME_VICTIM:詐欺被害]] 手付30万、[[CRIME_VICTIM:被害届]]提出済(6/13)
福井南署 生安課 [[石黒]]刑事より照会TEL予定→本社法務へ回す
HP注意喚起 広報[[矢野]]に依頼済""",

"""[[今村]]様 減免
[[DISABILITY:精神1級]]／運転者＝妹（[[今村 恵理]]様）
県税：手帳・車検証・免許・生計同一証明 → 納車10/25までに""",

"""[[大島]]様 ご主人[[CRIMINAL:服役中]]（[[CRIMINAL:出所]]予定R9）、アルファード売却希望
同意書：面会時に本人署名で可か→本部確認中
軽は残す（奥様通勤用）
※他言無用""",

"""朝礼 6/16
① [[春日]]様 [[DISABILITY:手帳2級]] 減免代行OK
② [[杉本]]様 来店6/20 [[DISABILITY:聴覚障害]]→筆談ボード＋手話（経理の[[小池]]さん）
③ 展示車入替 ノート→キックス""",

"""[[能登谷]]様 [[MEDICAL:ペースメーカー]]
→リフト・溶接機 使用時は待合室奥へご案内
点検6/28(土)AM／タイヤ 155/65R14""",

"""[[北村]]様 TEL
[[MEDICAL:妊娠7か月]]、[[MEDICAL:つわり]]は落ち着いたとのこと。来店時は入口横の駐車スペース確保
CS2台＋ベビーカー → セレナ/ノート比較見積""",

"""[[坪井]]様 GPS点検 → 発信機1個発見(リアバンパー内側)
[[CRIME_VICTIM:ストーカー事案]]のため取外し品は触らず袋に入れ富山中央署へ
作業者 [[吉岡]]／写真12枚 共有フォルダ""",

"""[[窪田]]様 名義変更
息子さん[[CRIMINAL:酒気帯び]]で免取→母名義へ（[[CRIMINAL:検挙]]は5月）
要：印鑑証明・委任状・車庫証明(上越)
※息子さん来店なし""",

"""[[和田]]様 保険更新
14→15等級
R6.3 [[CRIME_VICTIM:当て逃げ]]で車両保険使用 → 等級据置
保険料 年58,320→56,910""",

"""[[遠藤]]様 見学 平日14時～
息子さん[[DISABILITY:ASD]] 大きな音NG（[[DISABILITY:感覚過敏]]）→BGM止める
個室ブース使用、試乗は後部座席のみ""",

"""[[丸山]]様 来店6/21 10:30
[[UNION:組合役員]]のため平日TEL不可→メールのみ
ノート見積提示済 229.8万 値引き -12万 まで""",
])

# ---------------------------------------------------------------- chat
block("chat", [
"""[14:02] お客様：こんにちは〜 母が[[DISABILITY:車いす]]なんですけど、たたまずに乗れる軽ってありますか？
[14:03] オペレーター[[吉岡]]：こんにちは！スロープ付きの軽がございます🙆‍♀️ お母様は[[DISABILITY:車いすに乗ったまま]]ご乗車されますか？
[14:04] お客様：はい、[[DISABILITY:自分で立てない]]ので乗ったままがいいです
[14:04] オペレーター[[吉岡]]：承知しました！カタログお送りしますね📄""",

"""お客様：すみません、点検の予約変えたいです🙏
お客様：来週[[MEDICAL:入院する]]ことになって…
スタッフ：承知しました。ご予約のお名前をお願いします
お客様：[[柳田 健]]です
スタッフ：[[柳田]]様、6/24(火)のご予約ですね。[[MEDICAL:退院]]されてからで大丈夫ですよ
お客様：[[MEDICAL:胆石の手術]]なので2週間くらいです😅""",

"""ゲスト：車上荒らしって保険でなおせます？
サポート：ご契約の保険の内容によります。何か被害がございましたか？
ゲスト：きのうの夜、[[CRIME_VICTIM:窓わられてカーナビ取られた]]😭😭
ゲスト：警察はもう来ました
サポート：それは大変でしたね…。[[CRIME_VICTIM:被害届]]の受理番号はお手元にありますか？
ゲスト：あります！第2209号です""",

"""[[ゆうき]]：見積もりのやつ見ました！
[[ゆうき]]：月々2万こえるとちょっときびしいかもです💦
担当 [[平松]]：ご確認ありがとうございます😊 ボーナス払いなしで60回にすると月19,800円になります
[[ゆうき]]：それでおねがいします！
[[ゆうき]]：あと[[MEDICAL:うつで通院してる]]んですけど、ローン審査に関係ありますか？
担当 [[平松]]：[[MEDICAL:通院されている]]ことで審査に影響することはございませんのでご安心ください
[[ゆうき]]：よかった〜 [[MEDICAL:通院]]のこと書かなくていいんですね""",

"""お客様：ATの車で左足だけで運転できるやつありますか
お客様：[[DISABILITY:右足ひざから下がない]]んです　[[DISABILITY:義足]]です
スタッフ：ご質問ありがとうございます。左足用のアクセルペダルを後付けする装置がございます
お客様：まじか！いくらくらい？
スタッフ：車種によりますが、工賃込みで15万円前後です""",

"""11:15 お客様: きょう納車の[[宮腰]]です
11:15 お客様: [[CRIME_VICTIM:前の車盗まれた]]から今度はハンドルロック付けてほしいんですけど間に合いますか
11:16 店舗チャット: [[宮腰]]様、お待ちしております！ハンドルロックは在庫がございますので納車前にお付けできます🔒
11:16 お客様: 助かる〜🙏 [[CRIME_VICTIM:盗まれた方の車]]まだ見つかってないんですよ😢""",

"""[[まりな]]：こんばんは🌙
[[まりな]]：彼女と2人でシェアして乗る車を探してます
[[まりな]]：わたしたち[[SEX_LIFE:同性カップル]]なんですが、2人の共同名義ってできますか？
AIアシスタント：共同名義での登録は可能です。詳しくは店舗スタッフからご連絡いたします
[[まりな]]：[[SEX_LIFE:パートナーシップ宣誓]]の受領証もあります
[[まりな]]：ありがとうございます！店舗は金沢南がいいです""",

"""お客様：すいません　父が[[MEDICAL:認知症]]で…車のカギを返してくれなくて困ってます
オペレーター：ご心配ですね。お近くの店舗で、お父様と一緒にご相談いただくこともできます
お客様：[[MEDICAL:先生に運転止められてる]]のに本人が納得しなくて😢
オペレーター：販売店からもご説明できますので、ご都合のよい日をお知らせください""",

"""Q：視覚障害のある人が同乗する時に便利な装備ってありますか
A：音声案内の大きいナビや、乗り降りしやすい手すりなどがございます
Q：夫が[[DISABILITY:全盲]]なので、乗り込む時に頭ぶつけないか心配なんです
A：ドアの上部に取り付けるクッション材もご用意できますよ
Q：いいですね✨ 見てみたいです""",

"""[[Ryota]]：この前の事故の修理どうなってますか
サービス[[堀川]]：お世話になっております！部品待ちで、来週水曜に完成予定です🔧
[[Ryota]]：了解っす　まだ[[MEDICAL:腰が痛くて病院通ってる]]んで、代車もう少し借りてていいですか
サービス[[堀川]]：もちろん大丈夫です！お大事になさってください🙇""",

"""お客様：あの〜、実は[[CRIMINAL:免停中]]で、妻が代わりに取りに行ってもいいですか
スタッフ：ご来店は奥様でも問題ございません！委任状をお持ちください
お客様：よかった　[[CRIMINAL:スピード違反で罰金]]になってしまって恥ずかしい😓
スタッフ：かしこまりました。お車のお受け取りは土曜日でよろしいですか？""",

"""🙂：きのう電話した[[ナカノ]]です
🙂：息子が[[DISABILITY:ADHD]]で、運転中のスマホとかやめさせたいんですけど、何かいい機能あります？
店舗：走行中はスマホの通知を止める設定がございます。ナビ画面でも操作を制限できますよ
🙂：ありがとう、息子にも見せます👍""",

"""お客様：日曜日の納車はやめてほしいです
お客様：うちは[[CREED:家族みんなクリスチャン]]で、毎週日曜の午前中[[CREED:教会の礼拝]]なので
スタッフ：承知いたしました！では土曜日か、日曜の午後2時以降はいかがでしょうか
お客様：日曜の3時からでお願いします⛪""",

"""[[Kei]]：ローンの件なんですが、[[CRIME_VICTIM:闇バイトの詐欺で口座を乗っ取られ]]て、いま口座が止まってます
[[Kei]]：引き落としの口座って別のにできますか
担当：もちろん変更できます。新しい口座の情報は店頭でご記入いただけますか？
[[Kei]]：はい、あした行きます""",

"""お客様：乗り降りの時に[[DISABILITY:ひざが曲がらない]]んですけど、シートが回転する車って高いですか？
チャット担当[[小池]]：回転シートは軽自動車で約20万円高くなります
お客様：うーん…[[MEDICAL:人工関節の手術]]した後なので、それでも欲しいかも
チャット担当[[小池]]：試乗車がございますので、一度座ってみてくださいね😊""",

"""お客様：こんにちは。[[MEDICAL:妊娠中]]なんですが、シートベルトってお腹にかからないように付けるんですよね？
スタッフ：はい、腰ベルトはお腹の下、骨盤のあたりを通してください🤰
お客様：妊婦用のベルト補助って売ってますか？
スタッフ：店頭で2,980円で取り扱いがございます""",

"""[[タク]]：夜分すみません
[[タク]]：昨日の夜中に[[CRIME_VICTIM:車のタイヤ4本ともパンクさせられて]]…
[[タク]]：防犯カメラに映ってた人、たぶん元カノの新しい彼氏っぽいです😡
店舗：それは怖いですね…。お怪我はありませんか？ まずは警察にご相談ください。タイヤの交換は明日の朝から対応できます
[[タク]]：お願いします""",

"""お客様：点検の待ち時間って長いですか？
スタッフ：60分ほどです☕
お客様：[[DISABILITY:パニック障害]]があって、待合室が混んでると外で待つかも
お客様：[[MEDICAL:頓服]]も持ってるので大丈夫です
スタッフ：承知しました！終わり次第お電話しますので、お車の中や外でお待ちいただいて大丈夫ですよ""",

"""ユーザー：ローン審査落ちました？
ユーザー：むかし[[CRIMINAL:少年院にいた]]ことが関係してるんですか
担当：審査の結果や理由については、信販会社からお答えできないことになっております。申し訳ございません
ユーザー：そうですか…ほかの方法ありますか
担当：頭金を増やしていただくか、別の信販会社でもう一度お申込みいただく方法がございます""",

"""お客様：あの、組合の割引ってまだやってます？
お客様：[[UNION:北陸電機の組合員]]です
スタッフ：はい！北陸電機労働組合の組合員様向け特別価格は12月末まで実施中です🎉
お客様：給与明細持っていけばいい？
スタッフ：はい、組合費の欄が確認できればOKです""",
])

# ---------------------------------------------------------------- voice_input
block("voice_input", [
"""もしもし あのさ うちのじいちゃんが こないだから[[MEDICAL:腰痛めて医者通ってる]]んだけど 車の乗り降りがしんどいって言うてて むかし[[MEDICAL:ヘルニア]]もやってるすけ 回転するシート付けらんねっかね 電話番号は[[PHONE:〇九〇の四四一八の二二七三]]だすけ [[野澤]]です""",

"""あのね うちのお父さん[[DISABILITY:目ぇ悪なって]]もう運転やめるっちゃ ほんで車売りたいがやけど 査定ってタダけ 名前は[[石黒 ふみ]]です 電話は[[PHONE:〇七六 四六五 二二〇八]]""",

"""ちょっと聞きたいげんけど 娘が[[MEDICAL:てんかんの薬飲んどる]]がやけど 免許取れるんけ [[MEDICAL:発作]]はここ三年ないがやけど 教習所行く前に聞いとこ思て なんかあかんかったら教えまっし""",

"""もしもし [[長谷部]]さんいるけの [[前田]]やけど こないだの車検のことでの 来月[[MEDICAL:白内障の手術]]するんで しばらく乗れんのやって ほやで車検の日ずらしてほしいんやざ [[MEDICAL:手術の後]]は眼帯するんやって""",

"""あのさ うちのせがれがさ [[CRIMINAL:警察に捕まっちまって]]さ 車がそのまま警察の駐車場にあるだに 引き取りってお宅でやってもらえるずら 軽トラの白いやつ ナンバーは[[PLATE:松本の四八〇 そ の 三三の一一]]""",

"""もしもし 甲府昭和店け うちのしょうが 先月[[CRIME_VICTIM:オレオレ詐欺にあって]]さ 車買うお金も取られちまったじゃん [[CRIME_VICTIM:だまされた]]お金は戻らんって警察に言われたじゃん ほんだけんどローンで買えるずらか [[雨宮]]さんに電話くれっていっといてくりょう""",

"""えっと来週の点検なんですけど 妻が[[MEDICAL:つわりがひどくて]] 付き添いできないんで ひとりで行きます 名前は[[樋口]] 電話は[[PHONE:〇二五 八八三 四七一〇]]です""",

"""うちの母ちゃん[[DISABILITY:足が不自由]]ながで 助手席が外に出てくる車あるけ ほんで[[MEDICAL:リウマチ]]もあって[[DISABILITY:手に力入らん]]ちゃ ドアも軽いほうがいいがやけど""",

"""もしもし [[坂下]]さん 車の保険のことやけど 息子が[[CRIMINAL:書類送検された]]って 事故の相手の人が怪我したもんで 今も[[CRIMINAL:警察の取り調べ]]に呼ばれとるがいちゃ ほんで保険の手続きどうなるがか教えてくれんけ""",

"""おら[[MEDICAL:心臓の手術]]してから[[MEDICAL:血液サラサラの薬]]飲んでるだけど [[MEDICAL:運転は大丈夫って先生に言われた]]でな 今度の車は自動ブレーキのついたやつにしたいだ 松本店の[[赤羽]]さんに伝えといてくれや""",

"""あのー[[MEDICAL:糖尿病で目の治療してる]]もんで [[MEDICAL:夜は運転しんようにって言われてる]]だよ ほいだから昼間に取りに行くけど いいけ 十四時ごろになるら""",

"""わたし[[DISABILITY:耳が遠くて]]電話だと聞き取れねえすけ [[DISABILITY:補聴器]]しとっても駄目なんだわ こうやって音声入力でしゃべってるんだわ 返事はメールでお願いします [[星野 キヨ]]です アドレスは[[EMAIL:k-hoshino@example.jp]]""",

"""ほやでの 旦那が[[MEDICAL:がんで抗がん剤やっとる]]で [[MEDICAL:放射線]]もやっとって 病院の送り迎えせなあかんのやって ほんで大きい車に替えたいんや 寝ながら乗れるやつ あるんけ""",

"""あのね 娘が[[DISABILITY:ダウン症]]で チャイルドロックとかそういうのつけたいだけど 後ろのドアが中から開かない設定できるずら 八歳だに""",

"""もしもし [[望月]]さんけ おれんとこの車 ゆうべ[[CRIME_VICTIM:ガソリン抜かれてた]]さ 警察呼んだほうがいいけ タンクに穴あいてたら修理できるけ""",

"""点検の予約したいんですけど あ 僕[[DISABILITY:吃音]]があって電話苦手なんで音声入力で送ってます 平日の夕方がいいです 名前は[[酒井 拓]]です""",

"""うちの旦那[[CRIMINAL:飲酒運転で捕まって]]さ [[CRIMINAL:今裁判中]]なんだわ 車は売ることにしたすけ 査定お願いできねえかね 十年落ちのセレナだけど""",

"""あの [[MEDICAL:睡眠時無呼吸症候群]]で 寝るとき[[MEDICAL:CPAP使っとる]]もんで 車中泊用に電源取れる車ないけ 百ボルトのコンセントついとるがいいげん""",

"""[[DISABILITY:左手の指が欠損]]しとるもんで ハンドルにノブつけてもらいてえだ 前の車にも付いとったやつ [[DISABILITY:障害者手帳]]も持っとるだで 名前は[[小松 勝利]] 電話は[[PHONE:〇二六六の五二の三一〇八]]""",

"""おら[[UNION:組合の役員]]やっとっての 組合で使う車 何台かまとめて買いたいんやけど 法人扱いになるんけ 見積もり三台分頼むわ""",
])

# ---------------------------------------------------------------- elderly
block("elderly", [
"""拝啓　梅雨の候、皆様にはお変わりなくお過ごしのことと存じます。
さて、私こと昨年の暮れに[[MEDICAL:胸の病気で入院]]いたし、今は自宅で養生しております。[[MEDICAL:通院]]は息子が車で送ってくれております。
つきましては長年お世話になりました軽自動車を手放したく、お引き取りのご相談をさせていただきたく筆をとりました。
お手すきの折に、お電話を頂戴できれば幸いです。
敬具
令和七年六月十日
[[ADDRESS:新潟県柏崎市東本町二丁目4番11号]]
[[相馬 ヨシ]]
電話 [[PHONE:〇二五七（二二）三八一九]]
ホクリク・カーライフ上越店
[[内藤]]様""",

"""前略
先日は遠いところ家までお越しいただき、有難うございました。
主人はこのところ[[MEDICAL:物忘れが進み]]まして、先月[[MEDICAL:お医者様に運転を止められ]]ました。
本人はまだ納得しておりませんが、車は息子と相談のうえ売ることにいたしました。
鍵は私が預かっております。
草々
[[塚田 タツ]]""",

"""ホクリク様
私ももう七十九になり、去年から[[MEDICAL:下の病気]]で病院通いをしております。
この秋には[[MEDICAL:前立腺の手術]]を受けることになりました。
車検が十一月ですが、手術の前に済ませたいので十月の初めにお願いできないでしょうか。
[[古川 正三]]
[[PHONE:0766—22—5013]]""",

"""ご担当様
先日はお恥ずかしい話をお聞きいただきありがとうございました。
[[CRIME_VICTIM:息子を名乗る電話にすっかり騙され]]、車を買い替えるつもりで貯めていたお金を渡してしまいました。
警察の方にもいろいろ聞かれましたが、お金は戻らないだろうとのことです。
それで、今の車をもうしばらく乗ることにいたしましたので、点検だけお願いいたします。
[[久保田 シゲ子]]""",

"""前略ごめんください
[[MEDICAL:心臓にペースメーカーを入れ]]ましてから、家内が運転を代わってくれております。
家内も[[DISABILITY:耳が少々遠く]]、お電話ではご迷惑をおかけするかと存じますので、お手紙にて失礼いたします。
車の点検は家内が伺います。よろしくお願い申し上げます。
[[ADDRESS:富山県高岡市末広町3番18号]]
[[野村 謙吉]]""",

"""[[北川]]様
いつもお世話になりありがとうございます。
私どもは[[CREED:浄土真宗の門徒]]でございまして、納車の日取りは、主人の月命日の十七日を避けていただけますと有難く存じます。
それと、お寺さんへお参りに行く道が狭いので、小さめのお車がよいかと思っております。
[[ADDRESS:石川県金沢市野町3丁目9-14]]
[[安田 初枝]]""",

"""拝啓
このたびは新しい車のご案内をありがとうございました。
私は五年ほど前から[[DISABILITY:足腰が弱って]]しまい、[[DISABILITY:杖がないと歩けません]]。
乗り降りのしやすいものがあれば見てみたいと思いますが、店まで行くのが大変でございます。
一度、家まで車を持ってきていただくことはできますでしょうか。
敬具
[[大西 とみ]]""",

"""ご無沙汰しております、[[堀田]]です。
このごろ[[MEDICAL:目がかすむ]]と思っておりましたら、眼医者さんで[[MEDICAL:緑内障と言われ]]ました。
[[MEDICAL:目薬で様子を見る]]ことになりましたが、夜の運転はやめるつもりでおります。
今の車はライトが暗いので、明るいものに替えていただけますか。
十二月の車検の折で結構でございます。""",

"""[[内藤]]様
お恥ずかしい話ですが、孫が[[CRIMINAL:家庭裁判所のお世話になり]]まして、しばらく家におりません。
孫のために買った軽自動車が車庫に置いたままになっております。
[[CRIMINAL:少年院]]から戻ってきたら乗るかもしれませんので、売らずにバッテリーだけ見ていただけないでしょうか。
このことはどうかご内密にお願いいたします。
[[大滝 キミ]]""",

"""拝啓
先日お伺いしました件、改めてお願い申し上げます。
当家は[[FAMILY_ORIGIN:旧士族の家柄]]でございまして、代々の家紋（丸に違い鷹の羽）を大切にしております。
新しい車の後ろの窓に、小さく家紋を入れることはできますでしょうか。
費用がかかるようでしたらお見積りをお送りください。
敬具
[[ADDRESS:福井県福井市宝永四丁目7-2]]
[[朝倉 泰蔵]]""",

"""ホクリク・カーライフ様
家内は[[DISABILITY:要介護2]]の認定を受け、[[MEDICAL:物忘れ外来に通って]]おります。
私が運転して連れて行っておりますが、家内が後ろの座席で立ち上がってしまうことがあります。
何かよい工夫はございませんでしょうか。
[[田村 源治]]
[[PHONE:0263(32)7714]]""",

"""謹啓
いつも親身に相談にのっていただき感謝しております。
実は今年の二月に[[MEDICAL:大病を患い]]、[[MEDICAL:半年ほど入院]]しておりました。
ようやく家に戻りましたが、[[MEDICAL:主治医からは当分運転を控えるように言われて]]おります。
そのため車検は見送り、一時抹消の手続きをお願いしたく存じます。
謹白
[[ADDRESS:山梨県甲府市朝日五丁目12番3号]]
[[雨宮 きぬ]]""",

"""前略
昨年、[[DISABILITY:右目を失明]]いたしまして、運転免許は更新いたしませんでした。[[MEDICAL:左目も白内障]]でございます。
つきましては主人の形見の車を、孫の[[裕太]]に譲りたいと考えております。
名義を変える手続きを教えていただけますか。
[[裕太]]は東京におりますので、書類はそちらへ送っていただけると助かります。
[[清水 ハナ]]""",

"""拝啓　秋冷の候
主人が春先に[[MEDICAL:肺炎をこじらせて]]亡くなりました。生前は大変お世話になりました。
主人の車はもう乗る者がおりませんので、お引き取りをお願いしたく存じます。
書類のことは何も分かりませんので、教えていただけますと有難いです。
敬具
[[新田 さわ]]
[[PHONE:〇二五八（三二）四四〇六]]""",

"""[[高野]]さん
冬に雪かきで転んで[[MEDICAL:腰の骨を折って]]しまい、まだ[[MEDICAL:コルセットを着けて]]おります。
運転席に座るのがつらいので、車検の引き取りと納車をお願いできませんか。
代金は銀行で振り込みます。
[[ADDRESS:新潟県長岡市殿町1丁目3-27]]　[[小林 イネ]]""",

"""[[赤羽]]様
近ごろ[[MEDICAL:血圧が高く]]、時々[[MEDICAL:めまいがいたします]]。
お医者様は運転のことは何もおっしゃいませんが、自分で心配になりまして、自動で止まる車に替えようかと考えております。
中古でよいので、安いものを探していただけますか。
[[ADDRESS:長野県上田市中央西二丁目8-5]]
[[丸山 政雄]]""",

"""ご担当の方へ
手紙で失礼いたします。
近ごろ[[MEDICAL:手の震え]]がひどく、字もうまく書けなくなりました。[[MEDICAL:神経内科でお薬をいただいて]]おりますが、あまり変わりません。読みにくくて申し訳ございません。
書類の記入は娘にしてもらいますので、来週娘と一緒に伺います。
ハンドルが軽くなる部品はあるのでしょうか。
[[藤巻 テル]]""",

"""[[宮本]]様
先日、見知らぬ業者が家に来て、「タイヤが危ない」と言われ、[[CRIME_VICTIM:騙されて四本で二十万円も払わされ]]ました。
あとで孫に言われて、おかしいと気がつきました。警察には[[CRIME_VICTIM:被害の相談]]をいたしました。
取り替えたタイヤが本当に新しいものか、見ていただけないでしょうか。
[[ADDRESS:石川県小松市日の出町2丁目48]]
[[山岸 フサ]]""",

"""前略
私は[[MEDICAL:肺気腫]]で[[MEDICAL:在宅酸素]]をしておりまして、外出の時は[[MEDICAL:酸素のボンベを持って]]出ます。
車に積む時に倒れないよう、固定する台のようなものはありますでしょうか。
娘の車（[[PLATE:富山502ね3904]]）に取り付けたいのです。
[[竹林 栄子]]
電話 [[PHONE:076-４２５-8830]]""",

"""[[平松]]様
先日は主人の車の件でお世話になりました。
主人は戦後、樺太から引き揚げてきた[[RACE:アイヌの家の出]]で、子どもの頃から苦労したと申しておりました。
それで、名前の漢字を役所で間違えられたまま車検証にも載っていたようで、このたび直していただき本当に喜んでおりました。
ありがとうございました。
[[工藤 ミツ]]""",
])

# ---------------------------------------------------------------- foreign_residents
block("foreign_residents", [
"""Bom dia! わたしは [[Marcos Silva]] です。（[[シルバ マルコス]]）
[[RACE:日系ブラジル人]]の三世です。ブラジル国籍です。
くるま ほしいです。ローン できますか？ 工場で 6年 はたらいています。
在留カード [[RESIDENCE_CARD:RT48201937FA]]
電話 [[PHONE:080-3371-0926]]
Obrigado!""",

"""Hi, my name is [[Aisha Rahman]]. I'd like to book a test drive of the Kicks at the Kanazawa Minami store.
I'm a [[CREED:practicing Muslim]] and I pray at the mosque around 12:30, so could it be after 13:30 on Friday? I go to [[CREED:Friday prayers]] there every week.
My number is [[PHONE:+81 90-5128-3307]]. Thank you!
（日本語 すこし わかります）""",

"""わたしは [[グエン・ヴァン・ナム]] です。ベトナムから きました。技能実習生です。
きのう 会社の りょう の まえで [[CRIME_VICTIM:じてんしゃと バイク ぬすまれ]]ました。
バイクは ホンダ の 110cc です。けいさつに いきました。
中古の 車 かいたいです。やすい の ありますか？
パスポート [[PASSPORT:C7720451]]""",

"""Hello. I am [[Maricel Dela Cruz]], Filipina, living in Toyama.
My husband [[CRIME_VICTIM:hit me many times]] and now I stay in a shelter with my kids.
The car is in my name, [[PLATE:富山 580 あ 71-09]]. He still uses it. Can I take it back? 
Please don't call my old number. New number: [[PHONE:070-4418-2605]]
すみません、にほんご へた です。""",

"""Olá, boa tarde.
Meu filho tem [[DISABILITY:autismo]] e não gosta de barulho. むすこ [[DISABILITY:じへいしょう]] です。
O carro precisa de trava na porta traseira. こどもロック ほしい です。
Meu nome é [[Juliana Kato]] / [[加藤 ジュリアナ]]
[[EMAIL:juliana.kato@example.com]]""",

"""はじめまして。[[Carlos Higa]] です。[[RACE:日系ペルー人]]です。おじいさん は 沖縄 から ペルー へ いきました。
いま 甲府に すんでいます。
車検 の よやく したいです。ナンバー [[PLATE:山梨 300 す 40-58]]
日曜日 休み です。""",

"""Hi [[Takano]]-san,
Thanks for the quote. Just to let you know, the second driver will be my partner [[Daniel]].
We're a [[SEX_LIFE:gay couple]] and [[SEX_LIFE:got a partnership certificate]] from the city last year.
Does the insurance treat him as a spouse?
Cheers, [[Liam O'Connor]]
[[EMAIL:liam.oc@example.net]]""",

"""こんにちは。[[スリ・ワフユニ]]です。インドネシア人です。
いま [[CREED:ラマダン中]]なので、ひるは なにも たべません。
のうしゃ は ゆうがた 6時 より あと が いい です。
[[CREED:おいのり]]の じかん も あります。すみません。
でんわ [[PHONE:090 2264 7718]]""",

"""Hello,
I was [[CRIMINAL:arrested for drunk driving]] last month and my licence is suspended. [[CRIMINAL:The court gave me a fine]] of 300,000 yen.
My wife ([[Hana]]) will drive the car for now. Can we change the insurance so only she can drive?
I am very ashamed. Please keep this between us.
[[Tom Becker]]
[[PHONE:090-6120-4439]]""",

"""Boa noite!
[[CRIME_VICTIM:Roubaram meu carro]] ontem à noite em frente do apartamento, em Komatsu.
[[CRIME_VICTIM:車 ぬすまれた]]。けいさつ 行きました。
Preciso de um carro reserva (代車). É possível?
[[Renato Oshiro]]
[[PHONE:080-2941-6357]]""",

"""Hi, I'm visiting the showroom on Saturday with my mum.
She [[DISABILITY:uses a wheelchair]] and [[DISABILITY:can't stand up by herself]].
Is there parking close to the entrance? Also, can we look inside a Serena Chair Cab?
Thanks, [[Sophie Martin]]""",

"""わたし は トルコ から きた [[RACE:クルド人]] です。[[Mehmet Yildiz]] です。
解体 の しごと を しています。軽トラ を かいたいです。
在留カード は [[RESIDENCE_CARD:KL50372814QT]] です。
まえ の くるま は [[CRIME_VICTIM:だれか に ぬすまれ]]ました。""",

"""To the sales team,
I'm a [[MEDICAL:type 1 diabetic]] and [[MEDICAL:use an insulin pump]].
Sometimes I need to stop and check my blood sugar, so a car with a good center console for my kit would help.
Could you recommend something under 2.5 million yen?
[[Priya Nair]]
[[EMAIL:priya.n@example.org]]""",

"""Oi, tudo bem?
Sou [[UNION:membro do sindicato]] da fábrica em Fukui. O sindicato tem desconto com vocês?
組合 の わりびき ありますか？
[[Paulo Nakamura]] / [[ナカムラ パウロ]]
tel [[PHONE:0776 28 4419]]""",

"""こんにちは。[[ラム・バハドゥル・タパ]]です。ネパール から きました。
わたし の つま が [[MEDICAL:にんしん しています]]。[[MEDICAL:らいげつ 出産]] です。
こどもの シート ほしいです。いくら ですか？
住所 [[ADDRESS:新潟県新潟市東区河渡本町3-14-7 ハイツ河渡102]]""",

"""Hello,
I am [[MEDICAL:HIV positive]] and [[MEDICAL:on medication]]. My viral load is undetectable.
The loan form asks about health for the credit life insurance. Do I have to write this?
I prefer to talk by email only.
[[Kevin Morales]]
[[EMAIL:k.morales@example.com]]""",

"""にちようび は [[CREED:きょうかい の ミサ]] に いきます。
だから のうしゃ は どようび が いい です。
[[Maria Santos]] / [[マリア]]
Passport [[PASSPORT:P3381907B]]""",

"""Hi, my name is [[Chen Wei]] from Taiwan. I want to buy a used car.
I don't have 在留カード yet, only passport [[PASSPORT:359204718]].
I'm a student at a university in Kanazawa. Can a student get a loan?""",

"""Olá [[Rafaela]] aqui.
Meu marido [[CRIMINAL:está preso]] desde março. [[CRIMINAL:Ele foi condenado]] a 2 anos. O carro está no nome dele.
夫 は [[CRIMINAL:いま けいむしょ]] です。車 を うりたい です。
O que eu preciso?
[[Rafaela Souza]]
[[EMAIL:rafa.souza@example.jp]]""",

"""Dear Hokuriku Car Life,
My son is [[DISABILITY:deaf]]. He passed the driving test last month.
Do you have a car with a wide rear-view mirror? He also needs the butterfly mark sticker (聴覚障害者標識).
Best regards, [[Anna Kowalski]]""",
])

PERSON_ALLOW += [
    ("sc21-0123", "ナム", "ベトナム", "country name ベトナム contains the given name ナム"),
    ("sc21-0231", "佐藤", "佐藤板金", "body shop name containing the surname 佐藤"),
    ("sc21-0149", "小千谷", "小千谷署", "police station named after the city 小千谷市 (surname 小千谷 of the customer)"),
]

# ---------------------------------------------------------------- accident_police
block("accident_police", [
"""【事故受付】R7.6.18 08:40 受付者：[[堀川]]
契約者：[[今井 悠真]] 様
事故日時：6/17 19:10頃
場所：長岡市川崎町の交差点
状況：信号待ち中に後方から追突される（相手：[[三上 浩]] 40代男性）
負傷：契約者 [[MEDICAL:頸椎捻挫]]（[[MEDICAL:全治2週間の診断]]）
警察：長岡署 交通課 届出済
車両：[[PLATE:長岡 330 め 55-12]]""",

"""件名：部品の照会について

ホクリク・カーライフ 富山掛尾店 御中

先月、中学生の娘が自転車で帰宅中に[[CRIME_VICTIM:ひき逃げに遭い]]、[[MEDICAL:右足を骨折]]しました。
現場に落ちていたミラーの破片から、御社で扱っている車種の可能性があると富山西署の方から聞きました。
警察から照会があった際は、どうかご協力をお願いいたします。
犯人はまだ見つかっていません。

[[沢田 明美]]
[[PHONE:076-４３４-2290]]""",

"""[[宮本]]さん

[[岩瀬]]です。電話がつながらないのでメールします。
先週の事故の件で、[[CRIMINAL:過失運転致傷の疑いで警察の取り調べ]]を受けています。
相手の方は[[MEDICAL:まだ入院中]]です。
[[CRIMINAL:車は証拠品として押収され]]ていて、いつ戻るか分からないと言われました。
リース契約はどうなるのでしょうか。

[[岩瀬 直樹]]""",

"""店長メモ（取扱注意）
6/20 14:00 富山中央署 刑事課 [[吉田]]巡査部長 来店
顧客 [[須藤 隼人]] 名義車両（[[PLATE:富山 300 ろ 81-46]]）について照会
[[CRIMINAL:窃盗事件の被疑者]]とのこと
捜査関係事項照会書を受領→回答は本社法務経由。店頭では一切回答せず""",

"""件名：ドライブレコーダーの映像について

先週の日曜日、国道8号で[[CRIME_VICTIM:あおり運転をされ]]、最後は前に割り込まれて停車させられました。
金沢東署に相談したところ、ドライブレコーダーの映像を提出してほしいと言われました。
SDカードの取り出し方がわからないので、お店でやっていただけますか。
相手の車のナンバーもしっかり映っていると思います。[[CRIME_VICTIM:被害届]]も出す予定です。

[[北野 美咲]]
[[PHONE:080･6637･1842]]""",

"""整備受付票 No.3317
お客様：[[早川 伸二]] 様
入庫理由：[[CRIME_VICTIM:夜間にタイヤ4本とホイールを盗まれ]]、ブロックの上に載った状態で発見
警察：長野中央署 受理番号 第0428号
作業：タイヤ・ホイール4本 新品交換、ハブボルト点検
概算：238,000円（車両保険使用予定）""",

"""[[坂下]]さん

ショッピングセンターの駐車場で[[CRIME_VICTIM:当て逃げされ]]ました。
左のリアドアが大きくへこんでいます。防犯カメラはあるけど、映っているか分からないそうです。
修理の見積もりをお願いできますか。明日の午前中に持っていきます。中央署に[[CRIME_VICTIM:当て逃げの届け]]は出してあります。

[[荒井 智子]]""",

"""件名：息子の件で

[[内藤]]様
実は高校生の息子が、友達の車を[[CRIMINAL:無免許で運転して補導され]]ました。
事故は起こしていませんが、その友達の車は御社で購入したものと聞いています。
お詫びに伺いたいのですが、持ち主の方に直接連絡するのはよくないと警察の方に言われました。
どうしたらよいでしょうか。

[[河合 順子]]""",

"""【事故報告】
報告者：[[高野 健一]]（長岡店 営業）
日時：6/22 16:30 顧客試乗中
内容：試乗車（[[PLATE:長岡 501 わ 10-92]]）が交差点で右折車と接触
負傷：同乗の顧客 [[小千谷 雄太]] 様 [[MEDICAL:肋骨を2本骨折]]、[[MEDICAL:1週間入院]]
警察：小千谷署 実況見分済
相手方：軽傷なし""",

"""件名：車上荒らしとカードの件

昨晩、[[CRIME_VICTIM:車上荒らしに遭い]]、財布ごとクレジットカードを盗まれました。
カード会社には連絡して停止済みですが、御社でオイル交換の支払いに登録していたカード（[[CARD:4901 7856 3412 0982]]）も同じものです。
登録を削除していただけますか。新しいカードは来週届きます。[[CRIME_VICTIM:被害届]]の受理番号は第3318号です。

[[須田 隆]]
[[PHONE:0258-47-1125]]""",

"""[[長谷部]]さん

ボンネットとドアに、[[CRIME_VICTIM:鍵のようなもので大きく傷をつけられ]]ていました。
近所で同じような被害が何件かあるようで、福井署に[[CRIME_VICTIM:被害届]]を出しました。
塗装の見積もりと、防犯カメラ付きのドラレコの値段を教えてください。

[[石田 真一]]""",

"""お客様相談室 受付記録
相談者：[[柴田 恵子]] 様
内容：身に覚えのないローンの督促状が届いた。御社で3月に車を購入したことになっている。
確認結果：契約書の筆跡・本人確認書類が不一致。[[CRIME_VICTIM:第三者に名義を無断使用された]]可能性。
対応：信販会社と本社法務に報告、警察への相談を案内。[[CRIME_VICTIM:なりすまし被害]]として信販会社の調査待ち。""",

"""甲府昭和店 メモ
6/25 夜 [[雨宮]]さんより：[[小尾 和也]]様 [[CRIMINAL:酒気帯びで現行犯逮捕]]、車両は甲府署で保管中
奥様から引取りの依頼→7/1 積載車で対応
※ご近所・他のお客様には絶対に話さないこと""",

"""件名：事故の相手方について

担当者様
昨年の事故（相手の方が亡くなった事故）について、[[CRIMINAL:過失運転致死の罪で起訴]]されました。
来月から[[CRIMINAL:裁判が始まり]]ます。
弁護士の[[大橋]]先生から、車の整備記録を出してほしいと言われています。
ブレーキの点検記録を含めて、過去3年分の写しをいただけますか。

[[小泉 武]]""",

"""【緊急】
元交際相手に[[CRIME_VICTIM:車で付け回されて]]います。
警察から相手に[[CRIME_VICTIM:禁止命令が出て]]いますが、先週も家の前に車が止まっていました。
相手の車は黒のワゴンで、御社の店名が入ったナンバーフレームが付いています。
何か分かることがあれば警察に協力してください。

[[前川 紗希]]
[[EMAIL:saki.maekawa@example.jp]]""",

"""盗難車両 対応記録
お客様：[[森下 翼]] 様（[[PHONE:090／3318／5520]]）
車両：ランドクルーザー 車台番号 [[VIN:JTMHV05J404123987]]
[[CRIME_VICTIM:6/19深夜 自宅駐車場から盗難]]（CANインベーダーの手口と推定）
[[CRIME_VICTIM:盗難届]] 受理番号 R7-金南-0331
GPS追跡サービス 位置情報 警察へ提供済""",

"""整備士[[川端]]より
[[平田]]様のお車、事故の修理で入庫。ご本人は[[MEDICAL:むち打ちで通院中]]とのこと。[[MEDICAL:首のコルセット]]着用。
座席のヘッドレスト位置を低めに調整してほしいとのご要望。
修理費 32万円 相手方保険会社払い""",

"""[[森田]]様

先日、コンビニの駐車場で相手の運転手とトラブルになり、[[CRIME_VICTIM:殴られて]][[MEDICAL:顔を3針縫い]]ました。
[[CRIMINAL:相手はその場で捕まり]]、警察にドラレコの映像を出すよう言われています。
私の車のドラレコは御社で付けてもらったものなので、データの取り出しをお願いします。

[[西川 亮]]""",

"""保険更新 ヒアリングメモ
[[大久保 剛志]]様
過去3年の違反：一時停止違反（反則金7,000円）、昨年[[CRIMINAL:酒気帯びで罰金30万円]]
免許：現在有効（違反点数は本人確認）
→引受保険会社に告知必要か確認""",

"""件名：Re: 盗難車の件

[[関口]]様

長岡店の[[高野]]です。
> 見つかった車は警察から返してもらえるのでしょうか

[[CRIME_VICTIM:盗難に遭われた]]お車は、警察での鑑識が終わり次第、所有者様へ返還されます。
返還の日程が決まりましたら、当店の積載車でお引き取りに伺います。
その際、車検証と[[CRIME_VICTIM:盗難届]]の控えをご用意ください。

長岡店 [[高野 健一]]
[[PHONE:0258-21-6650]]""",
])

# ---------------------------------------------------------------- health_driving
block("health_driving", [
"""件名：手動運転装置付きの車について

はじめまして、[[荻原 大樹]]と申します。
3年前のバイク事故で[[MEDICAL:脊髄損傷]]となり、[[DISABILITY:下半身が動きません]]。
車いすから運転席へは自分で移れますので、手動運転装置（アクセル・ブレーキとも手で操作）と、車いすを屋根に積む装置を付けたいと考えています。
免許はAT限定で、条件に「[[DISABILITY:手動装置付き車に限る]]」が付いています。
松本店で相談できますか。

[[PHONE:090-8846-2017]]""",

"""[[赤羽]]さん
去年の秋に[[MEDICAL:心筋梗塞で倒れ]]て、[[MEDICAL:ステントを2本入れ]]ました。
今は[[MEDICAL:心臓リハビリに通って]]いて、[[MEDICAL:先生からは「近場なら運転してよい」と言われて]]います。
長距離はまだ不安なので、クルーズコントロールの付いた車がいいと思っています。
[[宮下 孝]]""",

"""ご相談フォーム
お名前：[[堀内 彩香]]
ご相談内容：私は[[MEDICAL:1型糖尿病でインスリン注射]]をしています。
去年、[[MEDICAL:運転中に低血糖]]になりかけたことがあり、それ以来ブドウ糖と測定器を必ず車に積んでいます。
運転席の手の届くところに収納がある車を教えてください。
連絡先：[[EMAIL:ayaka.horiuchi@example.jp]]""",

"""件名：免許更新と病気の申告について

お世話になります。[[藤森 慎也]]です。
免許の更新が近いのですが、質問票の「病気の症状」の欄について悩んでいます。
私は[[MEDICAL:統合失調症で10年以上通院]]していますが、[[MEDICAL:薬で症状は安定]]していて、[[MEDICAL:主治医も運転に支障はないと言って]]います。
お店で聞くことではないかもしれませんが、同じような方がどうされているかご存じでしたら教えてください。
車は来年乗り換えの予定です。""",

"""[[長谷部]]さんへ
いま飲んでいる[[MEDICAL:双極性障害の薬]]が変わってから、[[MEDICAL:昼間に眠くなる]]ことが増えました。
主治医と相談して、[[MEDICAL:しばらく運転は控える]]ことにしました。
通勤は妻が送ってくれるので、車の名義を妻に変えるか検討しています。
[[中西 剛]]""",

"""Q. 信号の色が分かりにくいのですが、見やすい装備はありますか？
A. ご質問ありがとうございます。
Q. 補足です。私は[[DISABILITY:生まれつきの色覚障害]]で、特に赤と緑の区別がつきにくいです。運転免許は問題なく取れています。
A. 信号の色そのものを変える装備はございませんが、前方の信号を知らせる機能が付いた車種がございます。
（投稿者：[[ケンジ]]）""",

"""件名：乗り換えのご相談

[[北川]]様
[[MEDICAL:網膜色素変性症]]が少しずつ進んでいて、このところ[[DISABILITY:視野が狭く]]なってきました。
眼科の先生からは、「[[MEDICAL:あと1〜2年で運転をやめることも考える]]ように」と言われています。
最後の車として、安全装備の一番充実したものを選びたいと思います。
[[松岡 隆]]""",

"""家族からの相談（[[福田]]様、母）
息子さん（[[福田 陸]]様、24歳）：2年前の[[MEDICAL:交通事故で頭を強く打ち]]、[[DISABILITY:高次脳機能障害]]の診断
[[MEDICAL:リハビリ病院で運転評価]]→「条件付きで可」
→教習所での実車評価 予定。合格後にコンパクトカー購入希望
担当：[[平松]]""",

"""お問い合わせ
[[DISABILITY:軟骨無形成症]]で背が低いので、ペダルに足が届きません。
ペダルを延長する装置と、座面を高くするクッションを付けたいです。
軽自動車でも付けられますか。
[[矢島 みなみ]]
[[PHONE:026-２９４-5508]]""",

"""件名：車の今後について

[[坂下]]様
夫が今年の春に[[MEDICAL:ALSと診断され]]ました。
今は[[DISABILITY:手の力が弱くなって]]、ハンドルを回すのもつらそうです。
先生とも相談して、夫はもう運転しないことにしました。
これからは私が運転して、[[DISABILITY:車いすのまま]]乗れる車で[[MEDICAL:通院]]に付き添いたいと思っています。
[[竹田 久美子]]""",

"""[[高野]]さん
妻が[[MEDICAL:切迫早産で入院]]することになりました。
来月の納車ですが、私ひとりで受け取りに行きます。妻は[[MEDICAL:出産まで安静]]と言われています。
チャイルドシートは予定どおり取り付けておいてください。
[[小川 直人]]""",

"""件名：長距離の運転について

[[MEDICAL:週3回の人工透析]]を受けています。
[[MEDICAL:透析の日は体がだるく]]て運転はしませんが、[[MEDICAL:透析のない日]]に妻の実家（片道200km）まで行くことがあります。
疲れにくいシートと、運転支援の付いた車を教えてください。
[[渡辺 茂]]
[[ADDRESS:新潟県新潟市中央区関屋本村町2丁目156-4]]""",

"""商談メモ
[[栗林]]様 62歳
[[DISABILITY:右片麻痺]]（[[MEDICAL:脳出血の後遺症]]）
左足アクセル＋旋回ノブ 必要
運転免許センターで適性相談済（条件：AT・[[DISABILITY:左アクセル]]）
見積：ノート＋左アクセル装置 工賃込み 17.6万""",

"""件名：納車の延期をお願いします

[[森田]]様
先週、[[MEDICAL:一過性脳虚血発作を起こして]]救急車で運ばれました。
幸い後遺症はありませんが、医師から「[[MEDICAL:3か月は運転しないで]]」と言われました。
新しい車の納車を12月まで延ばしていただけますか。
[[大谷 美佐子]]""",

"""お客様の声（アンケート自由記入欄）
[[MEDICAL:関節リウマチ]]で[[DISABILITY:指がうまく曲がらない]]ので、キーを回さなくていいボタン式のエンジンは本当に助かっています。
[[MEDICAL:月1回の注射治療]]の日も、自分で運転して行けるようになりました。
（記入者：[[中島]]）""",

"""件名：息子の免許取得について

[[内藤]]さん
息子は小学生の時に[[DISABILITY:ADHDの診断]]を受け、今も[[MEDICAL:コンサータを服用]]しています。
教習所に入る前に、主治医の意見書が必要か確認中です。
免許が取れたら、運転中にスマホを触れないような設定をしたいと思っています。
[[山崎 由香]]""",

"""[[DISABILITY:左腕の肘から先が義手]]のため、右手だけでハンドルを回せるよう旋回ノブを付けたいです。
ウインカーも右側で操作できるようにしたいのですが可能でしょうか。
現在の免許の条件は「[[DISABILITY:旋回装置付き車に限る]]」です。
[[芦沢 浩二]]""",

"""[[望月]]さん
[[MEDICAL:不眠症で睡眠薬を飲んで]]いるのですが、[[MEDICAL:朝まで眠気が残る]]ことがあります。
早朝の運転は避けたいので、車検の引き取りはお昼過ぎにしてもらえますか。
[[石川 しのぶ]]""",

"""件名：父の免許について

父（81歳）が免許更新の[[MEDICAL:認知機能検査で「認知症のおそれ」と判定され]]ました。
このあと医師の診断を受けることになっています。
結果によっては免許を返納することになるので、いまの車の買い取り価格を先に知りたいです。
[[PLATE:松本５００む２２－６１]]、平成29年式です。
[[小林 正美]]""",

"""[[平松]]様
[[MEDICAL:メニエール病]]で、年に数回[[MEDICAL:めまいの発作]]が起きます。
発作の前触れがある時はすぐに車を止めるようにしていますが、路肩に止めやすい小さい車に替えたいです。
[[村山 千尋]]
[[EMAIL:chihiro.m@example.com]]""",
])

# ---------------------------------------------------------------- belief_origin_union_partner
block("belief_origin_union_partner", [
"""件名：車内での礼拝について

[[坂下]]様
先日はありがとうございました。[[香山 亮介]]です。
5年前に[[CREED:イスラム教に入信]]し、[[CREED:1日5回の礼拝]]をしています。
仕事で外回りが多いので、後部座席を倒して礼拝用のマットが敷ける車を探しています。
キブラ（メッカの方角）を表示できるナビアプリが使えるかも教えてください。
[[PHONE:080-7251-6634]]""",

"""選挙カーのレンタルについて
お名前：[[小山田 哲也]]
ご用件：私は長年[[CREED:社民党を支持して]]おり、今度の市議選で知人の選挙事務所を手伝います。
スピーカーの取り付けができるワゴン車を、告示日から1週間借りたいです。
レンタル料と、看板を付ける場合の注意点を教えてください。""",

"""[[北川]]さん
ご存じかもしれませんが、私は[[CREED:エホバの証人の信者]]で、[[CREED:伝道の奉仕]]で毎日のように車で回っています。
走行距離が年3万キロを超えるので、残価設定ローンは向かないと思います。
普通のローンで見積もりをお願いします。
[[安井 典子]]""",

"""商談メモ
[[円城寺 慈海]]様（[[CREED:浄土宗の住職]]）
檀家回り・法事で使用→黒系、後席広め希望
袈裟のまま乗り降りしやすいこと
法人名義（宗教法人）で登録予定、印鑑証明は寺の代表役員""",

"""件名：Re: 夜の試乗について

> 平日の19時以降でしたら、店長の[[平松]]が対応いたします

ありがとうございます。ただ、平日の夜は[[CREED:学会の会合]]があることが多いので、土曜の午前にしていただけますか。
妻も[[CREED:同じ信仰]]なので、土曜なら二人で伺えます。
[[根津 正人]]""",

"""[[赤羽]]様
日曜日は[[CREED:カトリック教会のミサで奉仕]]をしているため、午後2時以降でお願いします。
ミサの後、神父様を駅までお送りすることがあるので、後ろの座席が広い車がいいです。
[[マリア 宮澤 恵]]""",

"""[[長谷部]]さん
[[UNION:連合福井の地域協議会で役員]]をしています。
協議会の行事で使う10人乗りのワゴンを、年に4回ほど借りたいのですが、法人向けのレンタル契約はありますか。
請求書は協議会あてでお願いします。
[[吉村 健太郎]]
[[PHONE:0776-５７-2210]]""",

"""ローン申込 補足メモ（担当：[[雨宮]]）
[[窪川 大介]]様 勤務先：甲信製作所（勤続8年）
給与明細：総支給32.4万／控除に[[UNION:組合費 4,200円]]
→手取り額で返済比率を計算し直し（24.1%→25.0%）""",

"""件名：納車日の変更をお願いします

[[森田]]さん
お世話になっています。[[浜崎 純一]]です。
来週の水曜日は、[[UNION:組合のストライキに参加]]するため、会社の前に朝から立っています。[[UNION:組合の分会長]]なので抜けられません。
納車は木曜日の夕方に変更していただけますか。
急な話で申し訳ありません。""",

"""[[高野]]さん
相談です。私と夫（[[Robert]]）は[[SEX_LIFE:同性同士]]で、5年前にカナダで結婚しました。
日本では婚姻として扱われないと聞いていますが、車の保険やローンで「配偶者」として扱ってもらえる会社はありますか。
[[SEX_LIFE:パートナーシップ制度]]は新潟市で登録しています。
[[藤井 慶]]""",

"""[[ミズキ]]：ちょっと言いにくいんですけど、私[[SEX_LIFE:バイセクシュアル]]で、今は女性のパートナーと住んでます
[[ミズキ]]：営業の方に毎回「彼氏さんは？」って聞かれるのがしんどくて
サポート：大変失礼いたしました。担当者に共有し、今後そのようなご質問はいたしません
[[ミズキ]]：ありがとうございます🙇""",

"""お名前：[[宇梶 レラ]]
お問い合わせ：私は[[RACE:アイヌ民族]]で、名前の「[[レラ]]」はアイヌ語です。
車の登録書類の読み仮名欄にカタカナの小書き文字（ㇻ など）が入っていたのですが、正しく登録できますか。
電話：[[PHONE:090-4125-3378]]""",

"""件名：名前の読み方について

[[金田]]様（担当）
私は父が韓国出身で、[[RACE:韓国にルーツがあり]]ます。
書類には「[[李 秀美]]」と書きますが、読みは「[[イ・スミ]]」です。
前回の見積書が「[[リ ヒデミ]]様」になっていたので、訂正をお願いします。
[[李 秀美]]""",

"""店舗アンケートへのご意見
私は[[RACE:黒人]]とのハーフで、見た目で外国人だと思われ、来店すると英語で話しかけられます。
私は富山生まれの富山育ちで、日本語しか話せません。
悪気がないのは分かりますが、まず日本語で話しかけてもらえると嬉しいです。
（[[岡本 ジョージ]]）""",

"""【オートリース審査 申込書（抜粋）】
申込者氏名：[[本間 晴彦]]
生年月日：[[BIRTHDATE:昭和55年8月30日]]
本籍：[[FAMILY_ORIGIN:新潟県佐渡市]]
現住所：〒[[POSTAL_CODE:950-0916]] [[ADDRESS:新潟県新潟市中央区米山4丁目11-8 米山ハイツ203]]
勤務先：越後ロジテック株式会社""",

"""件名：スタッフの発言について

お客様相談室 御中
先日、商談の際に住所をお伝えしたところ、担当の方が「あの地区の方ですか」と言い、態度が変わりました。
私の家は[[SOCIAL_STATUS:被差別部落とされてきた地区の出身]]です。
はっきり言われたわけではありませんが、とても嫌な気持ちになりました。
社内でどのような教育をしているのか教えてください。
匿名希望""",

"""[[堀]]さん
ローンの審査のことで聞きたいのですが、住所で審査に差が出ることはありますか。
私は[[SOCIAL_STATUS:同和地区の出身]]で、昔、結婚の時に身元調査をされて嫌な思いをしたので心配です。
[[水上 幸江]]""",

"""[[内藤]]様
先日はありがとうございました。
当家は[[FAMILY_ORIGIN:代々神主を務めてきた家系]]で、父の代で神社は親戚に任せております。
祖父の代から乗り継いでいる車の家紋入りのマットを、新しい車にも付けていただきたいです。
[[神保 秀昭]]""",

"""[[雨宮]]さん
夫の[[Kwame]]はガーナ国籍です。私は日本人です。
夫の[[RACE:アシャンティ民族]]の伝統の布で、シートカバーを作りたいのですが、エアバッグが出る位置を避ければ大丈夫でしょうか。
[[鈴木 アマ 由美]]
[[EMAIL:yumi.s.ama@example.org]]""",

"""件名：市民団体の活動で使う車について

[[平松]]様
私は[[CREED:原発の再稼働に反対する市民団体]]で活動していて、週末に街頭で署名を集めています。
のぼり旗を何本か積めるワゴン車を、中古で探しています。
団体名義ではなく私個人で買います。
[[中村 悦子]]
[[ADDRESS:新潟県柏崎市西本町1丁目7-22]]""",
])

# ---------------------------------------------------------------- screening_notes
block("screening_notes", [
"""【オートローン審査メモ】受付No. L-25-0611
申込者：[[片桐 修]]（[[BIRTHDATE:S51.4.12]]生）
勤務先：上越運輸(株) 勤続14年 年収480万
他社借入：カードローン 残30万
団信告知：[[MEDICAL:2型糖尿病で投薬治療中]]、健診 [[MEDICAL:HbA1c 7.8%]]→団信付帯不可
判定：団信なしプランで承認（金利2.9%）""",

"""リース審査 補足
[[戸塚 美奈]]様 収入：パート月9万＋[[DISABILITY:障害基礎年金2級]]
年金証書の写し受領（年金額の確認のみ、等級は審査対象外）
月額リース料 1.68万→返済比率OK""",

"""書類チェック
[[米沢 悟]]様 住民票：本籍記載あり（[[FAMILY_ORIGIN:富山県南砺市]]）
→本籍の記載のないものを再取得いただくよう依頼済。受領分はシュレッダー
印鑑証明 OK／収入証明 OK""",

"""【要対応】
[[大森 玲子]]様より本人確認書類としてマイナンバーカード裏面のコピーを受領（番号 [[MY_NUMBER:7390 5518 2642]]）
→個人番号は取得不可のため即時廃棄、廃棄記録作成。表面のみ再提出依頼
処理者：[[石原]]""",

"""審査申込 連帯保証人欄
保証人：[[熊谷 彩]]（申込者[[佐野 真央]]様の[[SEX_LIFE:同性パートナー]]、同居6年）
続柄欄「その他」に修正、信販会社に連絡済
保証人の勤務先：金沢市内の病院（看護師）""",

"""[[能登 幸一]]様 ローン相談
勤務先労組経由の[[UNION:労金の組合員向けカーローン]]と比較検討中
当社提携ローン 3.9% vs 労金 2.2%
→金利では負けるので、下取り額上乗せで提案""",

"""与信メモ（取扱注意）
[[杉浦 亜希]]様 現在[[MEDICAL:うつ病で休職中]]、傷病手当金受給（月約18万）
復職予定：来年4月（本人談）
→収入の継続性に懸念、頭金50万に増額で再申込""",

"""[[平井 雄一]]様
昨年[[CRIME_VICTIM:投資詐欺の被害に遭い]]、預金が減少したとのこと
返済原資：給与のみ。年収560万、他社借入なし
→フルローン 84回で申込""",

"""審査前ヒアリング
[[永井 翔]]様 本人申告：現在[[CRIMINAL:保護観察中]]（来年6月まで）
※申告内容は審査項目ではない。記録は最小限とし、信販会社には伝えない
勤務先 型枠工 勤続2年""",

"""【口座振替依頼書 受付】
契約者：[[若林 千秋]]
金融機関：北越銀行 長岡駅前支店
口座：[[BANK_ACCOUNT:普通 3048815]]
口座名義：[[ワカバヤシ チアキ]]
初回引落：8月27日""",

"""本人確認記録
氏名：[[大川 進]]
生年月日：[[BIRTHDATE:1968年2月14日]]
運転免許証番号：第[[DRIVER_LICENSE:461203558910]]号（有効期限 R9.3.14）
住所：[[ADDRESS:新潟県三条市荒町2丁目17-9]]
確認者：[[堀川]]""",

"""頭金の支払い
[[根本 さやか]]様 頭金30万のうち20万をカード払い
カード番号 [[CARD:5300-1234-5678-9011]]（有効期限 09/28）
残り10万は現金。領収書 No.8841""",

"""ローン申込メモ
[[深沢 由佳]]様 [[MEDICAL:妊娠中]]、来年1月から産休・育休予定
育休中の収入：育児休業給付金（本人申告）
→夫（[[深沢 亮]]様）を主債務者に変更して申込""",

"""団信告知書（写し）
被保険者：[[安藤 正和]]
過去5年以内の入院・手術歴：[[MEDICAL:腰椎椎間板ヘルニアの手術（R4.10）]]
現在の通院：なし
身体障害者手帳：[[DISABILITY:4級（下肢）]]""",

"""与信 補足メモ
[[森本 玲奈]]様 [[CRIME_VICTIM:DV避難中]]のため住民票の閲覧制限あり
住所確認：支援措置の決定通知で代替（コピー不可・提示のみ）
連絡先は携帯のみ [[PHONE:08055601923]]、自宅への郵送禁止""",

"""外国籍の方のローン審査
申込者：[[Roberto Yamashiro]]（ブラジル国籍）
在留資格：定住者（[[RACE:日系三世]]）
在留カード番号：[[RESIDENCE_CARD:TH90127465LE]]（期限 2027/03/15）
勤続：自動車部品工場 7年
判定：保証会社付きで承認""",

"""審査メモ（[[宮崎]]記入）
保証人：[[鶴田 弘蔵]]（申込者の叔父）…[[FAMILY_ORIGIN:地元の旧家の当主]]、信用十分
--
※上長コメント（[[小西]]）：家柄は審査に無関係。記載を削除すること""",

"""収入確認
[[野沢 浩]]様 給与明細 控除欄：[[UNION:労働組合費]] 3,800円、[[UNION:組合共済掛金]] 1,200円
手取り 26.3万／返済 2.1万 → 比率OK""",

"""面談記録（リース）
[[岡田 隼]]様 自ら申告：10年前に[[CRIMINAL:詐欺罪で服役]]していた
「隠したくないので」とのこと
※前科の有無は当社の審査項目ではない旨を説明済。記録は本メモのみ""",

"""【リース申込 不備連絡】
申込者：[[佐藤 ケイ]]様
不備：勤務先電話番号の記載なし
連絡先：[[PHONE:090-7138-4462]]
備考：[[MEDICAL:難病（潰瘍性大腸炎）で通院中]]のため、平日昼は電話に出られないことがある（本人より）""",
])

# ---------------------------------------------------------------- hardneg
block("hardneg", [
"""【自動車保険 見積依頼】
お名前：[[桑原 俊介]]
電話：[[PHONE:025-２６６-3051]]
健康状態：特になし
持病：なし
事故歴：なし
違反歴：なし（ゴールド免許）
ご要望：車両保険は一般型で""",

"""件名：車の具合が悪いです

[[森田]]さん
うちの車、ここ数日エンジンが咳き込むような音を立てていて、どうも具合が悪いです。
朝いちばんはとくにひどくて、アイドリングが震えています。
入院させたほうがいいでしょうか（笑）
走行は12万8千キロ、平成26年式です。
[[上野 弘美]]""",

"""入庫状況 6/27
・[[宮川]]様 セレナ：板金で入院中（リアゲート）。代車 N-WGN 貸出中、返却予定7/3
・[[荒木]]様 ノート：エアコン修理、部品待ち（品番 27630-5WK0A）
・[[杉山]]様 キックス：車検完了、引取待ち""",

"""福祉車両 価格表（抜粋）
・セレナ チェアキャブ（車いす1名）：税込 3,980,900円〜
・NV200 チェアキャブ：税込 3,462,100円〜
・助手席回転シート（後付け）：工賃込み 198,000円
・車いす用スロープ（手動・アルミ）：55,000円
※消費税の非課税対象となる仕様があります。詳しくはスタッフまで""",

"""件名：将来のことで質問です

今はまだ親も元気なのですが、もし将来、介護が必要になったら、今の車を福祉車両に改造することはできますか？
それとも最初から福祉車両を買っておいたほうがいいのでしょうか。
まだ先の話なので、参考までに教えてください。
[[宇野 晃]]""",

"""高齢ドライバーの事故が多いとニュースでよく見ます。
うちの父は75歳ですが、今のところ元気で運転も問題ありません。
念のため、踏み間違い防止の装置を後付けできるか知りたいです。
車は平成30年式のデイズです。
[[岩崎 由紀]]
[[EMAIL:yuki.iwasaki@example.jp]]""",

"""件名：掲示用の資料について

長岡店 [[高野]]様
町内会の掲示板に、「駐車禁止除外指定車標章」の申請方法を貼り出したいと思っています。
警察署で手続きをすることと、必要な書類（診断書や手帳の写しなど）の一覧を、簡単にまとめた紙をいただけないでしょうか。
町内会長 [[本田 茂樹]]""",

"""盗難防止装置のお見積り
お客様：[[酒井 真理]] 様
品名：ハンドルロック（型番 HL-200）　9,800円
品名：CANインベーダー対策 セキュリティユニット　46,200円
取付工賃：22,000円
合計：78,000円（税込）
有効期限：お見積り日より30日""",

"""バッテリーが完全に死にました😇
朝からうんともすんとも言わないです
ジャンプスターター持ってきてもらえますか？
場所は[[ADDRESS:富山県富山市堀川町145-3]]のアパートの駐車場です
[[PHONE:０９０－１８４２－６６０７]] [[吉田]]""",

"""件名：お騒がせしました

[[坂下]]様
昨日「車を盗まれたかもしれない」と電話してしまいましたが、盗まれたわけではなく、スーパーの別の駐車場に停めたのを忘れていただけでした。
大変お騒がせいたしました。警察には届けていません。
[[三好 葉子]]""",

"""[[佐藤 翔]]です。
担当の[[佐藤]]さんに紹介してもらった佐藤板金さんで、バンパーのキズを直してもらいました。
同じ苗字で覚えやすかったです（笑）
仕上がりもきれいで、2万5千円でした。ありがとうございました。""",

"""お客様アンケート
ご来店のきっかけ：チラシ
担当者の対応：とても良い
ご意見：受付のお姉さんも、整備の方も、担当者様も、みなさん感じがよかったです。
キッズスペースで子どもが遊べて助かりました。
お名前（任意）：未記入""",

"""【部品発注書】伝票番号 PO-2506-1187
車両型式：6AA-FE13　車台番号：[[VIN:FE13-208841]]
品番 26060-6RR0A ヘッドランプASSY 右 × 1　単価 88,330円
品番 62022-5RB0H バンパーフェイス × 1　単価 41,250円
納期：6/30 予定
発注者：[[北川]]""",

"""件名：下取り査定について

車：プリウス　年式：H28　走行：9万4千km
事故歴：なし　修復歴：なし　禁煙車
ペットの同乗：なし
査定額の目安を教えてください。
[[竹中 亮]]""",

"""JA（農業協同組合）の組合員なので、JA共済の自動車共済に入っています。
車を買い替えた場合、共済の車両入替の手続きはお店でもできますか？
それともJAの窓口に行かないといけませんか。
[[石黒 誠二]]　[[PHONE:0763-82-1937]]""",

"""6月の展示会は、市内の教会の駐車場をお借りして行います。
日時：6月28日（土）10:00〜16:00
場所：[[ADDRESS:長野県松本市中央3丁目5-22]] 駐車場
展示車：セレナ、エクストレイル、サクラ
担当：松本店 [[赤羽]]""",

"""マタニティマークやこどもが乗っていますステッカー、初心者マーク、高齢運転者標識などのカー用品を店頭で販売しています。
いずれも1枚 550円（税込）です。
ご希望の方はサービス受付までお声がけください。""",

"""店舗からのお知らせ
・全店にAEDを設置しました
・熱中症にご注意ください。待合室に冷たいお茶をご用意しています
・飲酒運転は絶対にやめましょう
ホクリク・カーライフ 福井店
〒[[POSTAL_CODE:９１８－８０１１]] [[ADDRESS:福井県福井市月見5丁目3-12]]
[[PHONE:0776-３６-0880]]""",

"""件名：両親を乗せる車について

両親と出かけることが多いので、後ろに乗りやすい車を探しています。
父は持病もなく元気ですが、母は[[MEDICAL:膝の手術をしたばかり]]なので、低い車は乗り降りが大変そうです。
スライドドアで、ステップの低いものを教えてください。
[[松下 愛]]""",

"""件名：Re: 試乗のご案内

[[内藤]]様
ご案内ありがとうございます。
「体調はいかがですか」とお気遣いいただきましたが、おかげさまでどこも悪いところはありません。
試乗は7月5日の土曜日、11時でお願いします。
エンジンの調子が悪い今の車は、そのまま下取りに出す予定です。
[[高橋 誠一]]""",
])

# @@TEXTS@@


if __name__ == "__main__":
    main()
