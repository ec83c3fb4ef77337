#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""plain/dev4 corpus split (Suminuri): hand-written texts with inline span markers.

Markers: [[value]] = PERSON, [[LABEL:value]] = any other label of ANNOTATION.md.
Run `python3 source.py`: parses, checks, and only if every check passes writes
out.jsonl and stats.md (otherwise prints the errors and exits 1).
"""
import json
import re
import sys
from collections import Counter, defaultdict

SOURCE_TAG = "synthetic:plain-dev4"
ID_PREFIX = "pl4-"
STYLES = ["plain_sentences", "business_mail", "signatures", "minutes_attendees",
          "forms_labels", "company_profile", "notices", "chat", "voice_input",
          "order_documents", "mixed_long", "hardneg"]
PER_STYLE = 20

LABELS = {"PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE",
          "MY_NUMBER", "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT",
          "RESIDENCE_CARD", "VIN",
          "RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL",
          "CRIME_VICTIM", "UNION", "FAMILY_ORIGIN", "SEX_LIFE"}
SPECIAL = {"RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL",
           "CRIME_VICTIM", "UNION", "FAMILY_ORIGIN", "SEX_LIFE"}

PREFS = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
         "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
         "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
         "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
         "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
         "鹿児島県", "沖縄県"]

HONORIFICS = ["様", "さま", "さん", "殿", "氏", "君", "くん", "ちゃん", "先生", "課長", "部長",
              "主任", "店長", "社長", "係長", "次長", "室長", "所長", "会長", "専務", "常務",
              "取締役", "工場長", "支店長", "院長", "教授", "先輩", "代表", "担当"]
LATIN_HON = re.compile(r"\b(Mr|Mrs|Ms|Dr|Miss|san|sama|kun|chan)\b\.?", re.I)

PARTICLES = set("はがをにでともへやの")


def L(s):
    """Mark a text as look-alike heavy."""
    return ("L", s)


DATA = {}

# Allow-lists.  (context string, surface, reason): an occurrence of a PERSON surface
# (or of a 2+-character part of one) outside every PERSON span is accepted only
# when it lies inside `context` in that text.  Unused entries are errors.
ALLOW = []
# (surface, reason): PERSON spans that contain an honorific-like string on purpose.
HON_ALLOW = []

# ---------------------------------------------------------------- checker
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
KANJI_DIGITS = str.maketrans("〇一二三四五六七八九０１２３４５６７８９", "01234567890123456789")


def fold_digits(s):
    return "".join(c for c in s.translate(KANJI_DIGITS) if c.isdigit() and c in "0123456789")


def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        inner = m.group(1)
        label, value = "PERSON", inner
        mm = re.match(r"^([A-Z_]+):(.*)$", inner, re.S)
        if mm and mm.group(1) in LABELS:
            label, value = mm.group(1), mm.group(2)
        elif mm:
            raise ValueError("unknown label in marker: " + inner)
        start = sum(len(x) for x in out)
        out.append(value)
        spans.append({"start": start, "end": start + len(value), "label": label, "value": value})
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


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
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+\s*(?:@|＠|\(at\)|（at）|\[at\]|アットマーク)\s*([A-Za-z0-9.\-]+)")
EMAIL_DOMAIN_OK = re.compile(r"^(?:[a-z0-9\-]+\.)*example\.(?:com|jp|net|org)$", re.I)
POSTAL_RE = re.compile(r"〒\s*([0-9０-９]{3}\s*[-－ー‐−]?\s*[0-9０-９]{4})")


def main():
    errors, warnings = [], []
    records = []
    seen_text = {}
    allow_used = [False] * len(ALLOW)
    hon_used = [False] * len(HON_ALLOW)
    lookalike = 0
    if list(DATA.keys()) != STYLES:
        errors.append("styles/order differ from split.md: %r" % list(DATA.keys()))
    n = 0
    for style in STYLES:
        items = DATA.get(style, [])
        if len(items) != PER_STYLE:
            errors.append("%s: %d texts, expected %d" % (style, len(items), PER_STYLE))
        for item in items:
            n += 1
            tid = "%s%04d" % (ID_PREFIX, n)
            la = False
            if isinstance(item, tuple):
                la, item = True, item[1]
            if la:
                lookalike += 1
            try:
                text, spans = parse(item)
            except ValueError as e:
                errors.append("%s: %s" % (tid, e))
                continue
            if "[[" in text or "]]" in text:
                errors.append("%s: stray [[ or ]]" % tid)
            if text in seen_text:
                errors.append("%s: duplicate text of %s" % (tid, seen_text[text]))
            seen_text[text] = tid
            prev_end = -1
            for sp in spans:
                v = sp["value"]
                if sp["label"] not in LABELS:
                    errors.append("%s: bad label %s" % (tid, sp["label"]))
                if not v:
                    errors.append("%s: empty span" % tid)
                    continue
                if v != v.strip() or v.strip("\u3000") != v:
                    errors.append("%s: whitespace at span edge %r" % (tid, v))
                if text[sp["start"]:sp["end"]] != v:
                    errors.append("%s: slice mismatch %r" % (tid, v))
                if sp["start"] < prev_end:
                    errors.append("%s: overlapping/unsorted span %r" % (tid, v))
                prev_end = sp["end"]
                lab = sp["label"]
                d = fold_digits(v)
                if lab == "MY_NUMBER" and not mynumber_ok(d):
                    errors.append("%s: MY_NUMBER check digit fails %r" % (tid, v))
                if lab == "CARD" and not luhn_ok(d):
                    errors.append("%s: CARD Luhn fails %r" % (tid, v))
                if lab == "DRIVER_LICENSE" and len(d) != 12:
                    errors.append("%s: DRIVER_LICENSE not 12 digits %r" % (tid, v))
                if lab == "POSTAL_CODE" and len(d) != 7:
                    errors.append("%s: POSTAL_CODE not 7 digits %r" % (tid, v))
                if lab == "PHONE":
                    plus81 = v.lstrip().startswith(("+81", "＋８１", "+８１", "＋81"))
                    if not plus81 and not 10 <= len(d) <= 11:
                        warnings.append("%s: PHONE with %d digits %r" % (tid, len(d), v))
                if lab == "EMAIL":
                    m = EMAIL_RE.fullmatch(v)
                    if not m:
                        errors.append("%s: EMAIL span not an address %r" % (tid, v))
                if lab in SPECIAL and v[-1] in PARTICLES:
                    warnings.append("%s: special-care span ends in particle %r" % (tid, v))
                if lab == "PERSON":
                    for h in HONORIFICS:
                        if h in v:
                            ok = False
                            for i, (surf, _r) in enumerate(HON_ALLOW):
                                if surf == v:
                                    hon_used[i] = True
                                    ok = True
                            if not ok:
                                errors.append("%s: honorific %r inside PERSON %r" % (tid, h, v))
                    if LATIN_HON.search(v):
                        errors.append("%s: Latin honorific inside PERSON %r" % (tid, v))
            # e-mail addresses: domain and coverage
            for m in EMAIL_RE.finditer(text):
                if not EMAIL_DOMAIN_OK.match(m.group(1).rstrip(".")):
                    errors.append("%s: e-mail domain not example.*: %r" % (tid, m.group(0)))
                if not any(s["label"] == "EMAIL" and s["start"] <= m.start() and m.end() <= s["end"]
                           for s in spans):
                    errors.append("%s: e-mail not inside an EMAIL span: %r" % (tid, m.group(0)))
            # postal codes after 〒
            for m in POSTAL_RE.finditer(text):
                if not any(s["label"] == "POSTAL_CODE" and s["start"] == m.start(1) and s["end"] == m.end(1)
                           for s in spans):
                    errors.append("%s: 〒 code not a POSTAL_CODE span: %r" % (tid, m.group(1)))
            # PERSON coverage
            surfaces = set()
            for s in spans:
                if s["label"] == "PERSON":
                    surfaces.add(s["value"])
                    parts = [p for p in re.split(r"[\s\u3000・･]+", s["value"]) if p]
                    if len(parts) > 1:
                        surfaces.update(p for p in parts if len(p) >= 2)
            pspans = [s for s in spans if s["label"] == "PERSON"]
            for surf in surfaces:
                i = text.find(surf)
                while i != -1:
                    j = i + len(surf)
                    if not any(s["start"] <= i and j <= s["end"] for s in pspans):
                        ok = False
                        for k, (ctx, asurf, _r) in enumerate(ALLOW):
                            if asurf != surf:
                                continue
                            c = text.find(ctx)
                            while c != -1:
                                if c <= i and j <= c + len(ctx):
                                    ok = True
                                    allow_used[k] = True
                                    break
                                c = text.find(ctx, c + 1)
                            if ok:
                                break
                        if not ok:
                            errors.append("%s: %r occurs outside a PERSON span: …%s…"
                                          % (tid, surf, text[max(0, i - 8):j + 8]))
                    i = text.find(surf, i + 1)
            if style == "hardneg" and spans:
                errors.append("%s: hardneg text has spans" % tid)
            rec = {"id": tid, "text": text,
                   "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans],
                   "source": SOURCE_TAG, "note": "style=" + style}
            records.append((rec, style, spans, la))
    for k, used in enumerate(allow_used):
        if not used:
            errors.append("unused allow-list entry: %r" % (ALLOW[k],))
    for k, used in enumerate(hon_used):
        if not used:
            errors.append("unused honorific allow-list entry: %r" % (HON_ALLOW[k],))
    if n != len(STYLES) * PER_STYLE:
        errors.append("%d texts, expected %d" % (n, len(STYLES) * PER_STYLE))
    # prefecture coverage in ADDRESS spans
    pref_count = Counter()
    for rec, style, spans, la in records:
        for s in spans:
            if s["label"] == "ADDRESS":
                for p in PREFS:
                    if p in s["value"]:
                        pref_count[p] += 1
    for p in PREFS:
        if pref_count[p] < 3:
            errors.append("prefecture %s in only %d ADDRESS spans (need 3)" % (p, pref_count[p]))
    zero = sum(1 for r in records if not r[0]["spans"])
    zero_hn = sum(1 for r in records if not r[0]["spans"] and r[1] == "hardneg")
    if zero_hn < 15:
        errors.append("only %d hardneg texts with zero spans" % zero_hn)
    share = lookalike / max(n, 1)
    if not 0.30 <= share <= 0.42:
        errors.append("look-alike heavy share %.1f%% not about 35%%" % (100 * share))
    if errors:
        print("\n".join(errors))
        print("%d error(s); nothing written." % len(errors))
        sys.exit(1)
    with open("out.jsonl", "w", encoding="utf-8") as f:
        for rec, *_ in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # stats
    lab_count = Counter()
    style_count = defaultdict(Counter)
    persons = Counter()
    for rec, style, spans, la in records:
        style_count[style]["texts"] += 1
        style_count[style]["lookalike"] += int(la)
        for s in spans:
            lab_count[s["label"]] += 1
            style_count[style]["spans"] += 1
            if s["label"] == "PERSON":
                persons[s["value"]] += 1
    lines = ["# stats: plain/dev4", "",
             "- texts: %d; look-alike heavy: %d (%.1f%%); texts with zero spans: %d (hardneg: %d)"
             % (n, lookalike, 100 * share, zero, zero_hn),
             "- spans: %d; distinct PERSON surfaces: %d" % (sum(lab_count.values()), len(persons)),
             "- allow-list entries used: %d (coverage), %d (honorific)" % (len(ALLOW), len(HON_ALLOW)),
             "", "## Spans per label", "", "| label | spans |", "| --- | --- |"]
    for lab in sorted(lab_count, key=lambda x: (-lab_count[x], x)):
        lines.append("| %s | %d |" % (lab, lab_count[lab]))
    lines += ["", "## Per style", "", "| style | texts | look-alike heavy | spans |", "| --- | --- | --- | --- |"]
    for st in STYLES:
        c = style_count[st]
        lines.append("| %s | %d | %d | %d |" % (st, c["texts"], c["lookalike"], c["spans"]))
    lines += ["", "## Prefectures in ADDRESS spans", "",
              ", ".join("%s %d" % (p, pref_count[p]) for p in PREFS)]
    lines += ["", "## Distinct PERSON surfaces (%d)" % len(persons), "",
              "、".join(sorted(persons))]
    lines += ["", "## Warnings (%d)" % len(warnings), ""]
    lines += ["- " + w for w in warnings] or ["- none"]
    with open("stats.md", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("OK: %d texts, %d spans written to out.jsonl; %d warning(s)" % (n, sum(lab_count.values()), len(warnings)))
    for w in warnings:
        print("warning:", w)


# ---------------------------------------------------------------- texts
DATA["plain_sentences"] = [
    "[[佐々木健太]]、[[PHONE:090〜3381〜7264]]、[[ADDRESS:北海道上川郡美瑛町本町2丁目4-18]]。",
    "[[髙橋美咲]]は[[ADDRESS:青森県三戸郡五戸町字古舘21-3]]に住んでいる。連絡は勤務先[[PHONE:03-3942-7158]]まで。",
    "[[ADDRESS:岩手県紫波郡紫波町日詰字下丸森45番地2]]の[[小野寺誠]]宛て。折り返しは[[PHONE:019-672-3318]]まで",
    "営業二課の[[渡邊]]課長は[[PHONE:022-715-0934]]です",
    "送付先　〒[[POSTAL_CODE:018-0311]] [[ADDRESS:秋田県にかほ市象潟町字二丁目塩越113]]　[[佐藤 恵子]]",
    "[[齋藤]]部長の携帯は[[PHONE:080 4417 2093]]",
    L("[[PHONE:0238-22-6170]]は平日9:00～17:30のみ。2024年度の受付件数は1,284件、そのうち3割が車検の予約でした。"),
    "[[伊東 さくら]]　[[MY_NUMBER:4827 1593 0166]]",
    L("[[CARD:4927 1830 5562 1938]] 有効期限 08/27 名義 [[KENTA SASAKI]] ご請求額 ¥48,620（税込）"),
    "[[EMAIL:m.kobayashi@example.jp]] は[[小林真由美]]のアドレスです。",
    "[[PLATE:いわき 330 せ 47-05]]の所有者は[[鈴木 一郎]]、[[ADDRESS:福島県いわき市平字三町目8番地の2]]。",
    "[[中島優子]]　[[BIRTHDATE:昭和五十二年十一月三日]]生　[[ADDRESS:茨城県つくば市竹園１－６－９ グランドメゾン竹園305]]",
    "[[柴田浩二]] [[ADDRESS:栃木県那須塩原市大原間西1丁目10-7]] [[PHONE:0287(62)5531]] [[MY_NUMBER:1462 0597 3286]]",
    "[[森本 理恵]]（[[モリモト リエ]]）　旅券番号[[PASSPORT:TR4803157]]",
    "[[RESIDENCE_CARD:UH48203917FA]]　[[NGUYEN VAN AN]]　[[ADDRESS:群馬県伊勢崎市東本町84-3 コーポ東本町202]]",
    "[[井上翔太]]　[[DRIVER_LICENSE:430812056730]]",
    "ひまわり銀行 駅前支店 [[BANK_ACCOUNT:普通 3082417]] [[ヤマモト カズキ]]",
    L("[[石井]]主任（内線214）宛てに4月分の請求書3通、計1,126,400円を送付。問い合わせは[[PHONE:048-861-2294]]、[[ADDRESS:埼玉県さいたま市浦和区常盤六丁目4番21号]]。"),
    "[[PHONE:+81-43-224-7816]]　[[松尾直樹]]　[[ADDRESS:千葉県千葉市中央区中央4-13-10 中央第二ビル5階]]",
    L("車台番号[[VIN:ZE1-302918]]、型式ZAA-ZE1、初度登録 平成30年5月、走行62,310km、所有者[[大野 恭平]]"),
]

DATA["business_mail"] = [
    L("株式会社北辰パーツ\n営業部 [[早川 俊介]]様\n\nいつもお世話になっております。ミナト自動車 旭川店サービス課の[[三浦]]です。\n先日ご依頼した部品（品番 17801-0Y040、数量2）の納期を教えていただけますでしょうか。\n車両の入庫予定は6月14日です。\n\n――――――――――\nミナト自動車株式会社 旭川店\nサービス課 [[三浦 拓也]]\n[[ADDRESS:北海道旭川市永山3条12丁目2-5]]\nTEL [[PHONE:0166-48-2271]]　FAX [[PHONE:0166-48-2272]]\nMail [[EMAIL:t.miura@minato-auto.example.jp]]\n――――――――――"),
    "[[中川]]様\n\nお世話になります。九州陸送の[[井手]]です。\n下記の件、承知いたしました。木曜の午前に引取りに伺います。\n\n> 引取り先：[[ADDRESS:佐賀県鹿島市大字高津原4120-7]]\n> 車両：[[PLATE:佐賀 501 ち 30-08]]\n> 先方ご担当 [[古賀 和也]] 様 [[PHONE:090-8815-2047]]\n\n九州陸送株式会社 配車係\n[[井手 美穂]]\n[[PHONE:0952-31-4408]]",
    "[[小松 奈緒子]] 様\n\nミナト自動車 金沢西店の[[宮本]]でございます。\nお車の車検のご案内をお送りします。ご都合のよい日をお知らせください。\n\nミナト自動車株式会社 金沢西店\n〒[[POSTAL_CODE:921-8062]] [[ADDRESS:石川県金沢市新保本4丁目65-11]]\n[[PHONE:076-249-3310]]\n担当 [[宮本 大輔]]",
    "件名：Re: 代車の件\n\n[[大西]]さん\n\n了解です。代車は軽を1台押さえました。\n明日10時に[[ADDRESS:香川県高松市林町2217-15]]までお持ちします。\n\n[[森田]]\n\n-----Original Message-----\nFrom: [[大西 康弘]] <[[EMAIL:y.onishi@example.jp]]>\n> 代車をお願いできますか。連絡先は[[PHONE:087-866-0193]]です。",
    L("株式会社アオバリース\n法人営業部 [[菅原]] 部長\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n7月契約分の車両12台につきまして、納車予定表（管理No. AL-2407-0012〜0023）をお送りいたします。\n合計金額は税込34,188,000円です。\n\nミナト自動車株式会社 仙台泉店\n法人課 [[阿部 聡]]\n[[ADDRESS:宮城県仙台市泉区泉中央１丁目７番地の１ 泉セントラルビル３Ｆ]]\n直通：[[PHONE:022－771－5068]]"),
    "[[EMAIL:service-yamagata@example.jp]] より送信\n\n[[丹野 洋平]] 様\n\nリコール（届出番号 外-3921）の作業日が決まりましたのでご連絡いたします。\n作業時間は約1時間です。\n\nミナト自動車 山形店　[[結城]]\n[[ADDRESS:山形県山形市嶋北1の3の22]]　[[PHONE:023-681-4470]]",
    "株式会社フジ板金塗装\n[[望月]]様\n\nお疲れ様です。沼津店の[[杉山]]です。\n修理車両の見積、受け取りました。お客様の承認が取れ次第ご連絡します。\n\n[[杉山 亜希子]]\nミナト自動車 沼津店\n[[ADDRESS:静岡県沼津市大岡2481-3]]\n[[PHONE:055・921・7763]]",
    "[[長谷川 愛]]様\n\nこの度はお見積のご依頼をいただきありがとうございます。\n資料を添付いたしました。ご不明な点は下記までお問い合わせください。\n\nミナト自動車 新潟南店\n営業 [[本間 隆]]\n[[EMAIL:honma@niigata-minato.example.jp]]\n[[PHONE:025-283-6615]]\n[[ADDRESS:新潟県新潟市江南区亀田本町3丁目2番18号]]",
    L("南信オートサービス\n[[宮坂]]様\n\n下記の通り部品を発注いたします。\n注文番号：PO-240611-083\n部品番号：04465-33480（ブレーキパッド）×2、90915-YZZE1 ×1\n納品希望：6/18（火）\n\n上記、ご確認お願いいたします。\nミナト自動車 伊那店　[[北原]]\n[[ADDRESS:長野県伊那市西町5161-2]]　[[PHONE:0265-72-3049]]"),
    "[[荒木]]様\n\n先程はお電話ありがとうございました。\nご契約に必要な書類は、印鑑証明書（発行後3か月以内）と車庫証明の申請書です。\n車庫の所在地は[[ADDRESS:熊本県菊池郡菊陽町光の森6丁目12-3]]でお間違いないでしょうか。\n\nミナト自動車 熊本光の森店\n[[村上 美穂]]\n[[PHONE:096-233-5871]]",
    "To: [[EMAIL:k.tsuchiya@example.org]]\nCc: [[EMAIL:sales-gifu@example.jp]]\n件名：試乗のご予約について\n\n[[土屋 健一]] 様\n\n土曜日の試乗、承りました。当日は[[ADDRESS:岐阜県大垣市林町6-80-21]]の大垣店にお越しください。\n\nミナト自動車 大垣店　[[清水 沙織]]\n[[PHONE:0584-82-1137]]",
    "東海陸送株式会社\n配車センター ご担当者様\n\n陸送のご依頼です。\n出発：[[ADDRESS:愛知県豊田市元町1-9]]（ミナト自動車 豊田元町店）\n到着：[[ADDRESS:三重県鈴鹿市白子3丁目15番7号]]\n先方担当：[[伊藤]]（[[PHONE:059-386-2204]]）\n\n依頼者：ミナト自動車 業務課 [[平野 直美]]\n[[PHONE:0565-28-7710]]",
    "[[辻本]]様\n\nいつもありがとうございます。奈良店の[[吉川]]です。\n奥様のお車の点検について、[[辻本 美和]]様からお電話をいただきました。\n点検日を金曜に変更しております。\n\n[[吉川 智也]]\nミナト自動車 奈良店\n〒[[POSTAL_CODE:630-8115]] [[ADDRESS:奈良県奈良市大宮町4丁目281]]\nTEL：[[PHONE:0742-35-4412]]",
    L("和歌山ボデー工業\n[[岡 敏行]]様\n\n請求書No.2406-115（¥286,000）と No.2406-119（¥41,800）について、支払日を7月末日に変更させてください。\n振込先の変更はございません。\n\nミナト自動車 和歌山店 経理\n[[坂口 由香]]\n[[PHONE:073-471-9920]]\n[[ADDRESS:和歌山県和歌山市北島325番地の4]]"),
    "件名：お問い合わせありがとうございます（受付番号 A-58213）\n\n[[前田 結衣]] 様\n\nWebサイトからのお問い合わせを受け付けました。\n担当の[[今井]]より2営業日以内にご連絡いたします。\nお急ぎの場合は[[PHONE:0120-556-218]]へどうぞ。\n\nミナト自動車お客様相談室",
    "[[徳永]]さま\n\n鳥取店の[[山根]]です。\nタイヤ交換の予約、6月22日(土)14時で取りました。\n当日は[[ADDRESS:鳥取県米子市両三柳2740-1]]の米子店になります、お間違えなく。\n\n[[山根 哲也]]\n[[PHONE:0859-29-6053]]",
    "[[EMAIL:info@matsue-garage.example.net]]\n松江ガレージ　[[足立]]様\n\n中古車の下取り査定の件、ご連絡ありがとうございます。\n車両の所在地：[[ADDRESS:島根県松江市学園南1丁目9-20 メゾン学園201]]\n所有者：[[石原 和彦]]\n\nミナト自動車 出雲店 [[錦織]]",
    "[[上田 直子]] 様\n\n岡山店でございます。ご注文いただいたナビの取付が完了しました。\nお引き取りは平日19時まで可能です。\n\nミナト自動車 岡山店\n〒[[POSTAL_CODE:700-0973]]\n[[ADDRESS:岡山県岡山市北区下中野347-108]]\n[[PHONE:086-805-3321]]　担当：[[藤原]]",
    "[[EMAIL:tomoko.nishida@example.com]]\n\n[[西田]]様\n\nお世話になっております。広島中央店の[[檜山]]です。\nご依頼のETC再セットアップ、明日で承っております。\n\n広島県内のお客様は[[ADDRESS:広島県広島市南区段原南2-3-11]]の店舗でも対応可能です。\n\n[[檜山 祐介]]（[[ヒヤマ ユウスケ]]）\n[[PHONE:082-261-7405]]",
    L("[[原田]]様\n\n見積書を送付します。\n・車両本体価格　2,398,000円\n・付属品　　　　　186,450円\n・諸費用　　　　　128,360円\n・下取り（H28年式、走行8.2万km）△350,000円\nお支払い総額　2,362,810円\n\nミナト自動車 下関店 [[河村 聡子]]\n[[ADDRESS:山口県下関市伊倉新町3丁目1-1]]\n[[PHONE:083-256-2180]]"),
]

DATA["signatures"] = [
    "――――――――――――――\n株式会社ミナト自動車 東京本社 営業企画部\n課長　[[櫻井 修一]]（[[さくらい しゅういち]]）\n〒[[POSTAL_CODE:108-0075]] [[ADDRESS:東京都港区港南1丁目9番36号 港南センタービル8F]]\nTEL：[[PHONE:03-5463-2218]] / Mobile：[[PHONE:070-1284-5590]]\nE-mail：[[EMAIL:s.sakurai@minato-auto.example.com]]\n――――――――――――――",
    "[[Haruka Ito]]\nOverseas Sales Dept., Minato Motors Co., Ltd.\n[[ADDRESS:2-5-1 Minatomirai, Nishi-ku, Yokohama, Kanagawa]] [[POSTAL_CODE:220-0012]] Japan\nTel: [[PHONE:+81 45 222 6140]]\nEmail: [[EMAIL:haruka.ito@example.com]]",
    "ミナト自動車 富山店／サービスフロント\n[[松井 智美]]\n[[ADDRESS:富山県富山市婦中町速星963-1]]\nTEL [[PHONE:076‐465‐2093]]",
    "―――\nアワラ自動車整備（ミナト自動車協力工場）\n代表　[[坪田 勝]]\n[[ADDRESS:福井県あわら市春宮２丁目１５－８]]\n☎ [[PHONE:0776-73-0452]]\n携帯 [[PHONE:090-2261-7738]]",
    "[[雨宮 弘樹]]（[[Hiroki Amemiya]]）\nミナト自動車 甲府昭和店 店長\n[[ADDRESS:山梨県中巨摩郡昭和町西条4156-2]]\n[[PHONE:055-275-8802]]\n[[EMAIL:amemiya(at)example.jp]]",
    "*********\n[[西川 真一]]\n湖南モータース 営業\n[[ADDRESS:滋賀県草津市野路東4-3-12 エクセル南草津3階]]\n[[PHONE:077 565 1490]]\n*********",
    "ミナト自動車 京都伏見店\nサービスアドバイザー　[[山内 彩]]（[[やまうち あや]]）\n〒[[POSTAL_CODE:612-8434]]\n[[ADDRESS:京都府京都市伏見区深草加賀屋敷町3-14]]\nTEL.[[PHONE:075-642-3361]]",
    L("[[中谷 圭吾]]\n浪速オートパーツ株式会社\n[[ADDRESS:大阪府大阪市浪速区桜川1丁目7番20号]]\nTEL [[PHONE:06-6562-8841]]\n[[EMAIL:k_nakatani@example.net]]\n適格請求書発行事業者登録番号 T4120001098765\n営業時間 8:30-18:00（第2・第4土曜休業）"),
    "ミナト自動車 姫路店　営業　[[赤松 正人]]｜[[PHONE:079-294-6630]]｜[[ADDRESS:兵庫県姫路市飾磨区今在家北1丁目22]]",
    "[[三木 由紀子]]\n徳島マリン自動車\n[[ADDRESS:徳島県板野郡藍住町奥野字矢上前52-3]]\n[[PHONE:088-692-7185]]",
    "--\n[[越智 隼人]]（[[オチ ハヤト]]）\nミナト自動車 今治店\n[[ADDRESS:愛媛県今治市東門町5丁目13番地1]]\n[[PHONE:0898-31-8846]]",
    L("[[岡林]]（高知店 工場長）\n[[ADDRESS:高知県高知市大津乙２７０４－１]]\nTEL／[[PHONE:088-866-2019]]\n指定工場番号 第4023号　認証番号 四-1187\n受付 9:00〜18:00 水曜定休"),
    "ミナト自動車 福岡空港店\n[[古川 舞]]\n[[ADDRESS:福岡県福岡市博多区東那珂2丁目18-30]]\nPHONE [[PHONE:092-477-5182]]\nMAIL [[EMAIL:mai.furukawa＠example.jp]]",
    "[[峰 康介]]（[[ミネ コウスケ]]）\n佐世保オート販売\n[[ADDRESS:長崎県佐世保市大塔町14-6]]\n[[PHONE:0956-33-7408]]",
    "大分ミナト自動車 中津店\n[[PHONE:0979-22-6603]]\n[[ADDRESS:大分県中津市大字中殿550番地の2]]\n担当 [[福澤]]",
    "[[黒木 貴之]]\n[[ADDRESS:宮崎県都城市早鈴町15街区2号]]\n[[PHONE:0986／23／4471]]（代）\n[[PHONE:080-6657-3012]]（携帯）",
    L("ミナト自動車 奄美店\n[[ADDRESS:鹿児島県奄美市名瀬長浜町7番12号]]\n[[PHONE:0997-52-3398]]\n[[元 浩二]]\n古物商許可 鹿児島県公安委員会 第961010002318号"),
    "[[比嘉 さやか]]\nミナトレンタリース 那覇空港営業所\n[[ADDRESS:沖縄県那覇市鏡水150-3]]\n[[PHONE:098-859-2270]]\n[[EMAIL:higa.s@example.org]]",
    "[[奥寺 修]]\n奥寺モータース（ミナト自動車 業務提携店）\n[[ADDRESS:北海道白糠郡白糠町東1条南2丁目1-18]]\n[[PHONE:01547-2-2214]]",
    L("東京都大島町の整備工場です。\n[[藤井 大地]]　[[ADDRESS:東京都大島町元町1丁目3-11]]\n[[PHONE:04992-2-1453]]\n船便の締切：毎週火曜15時（東海汽船 竹芝桟橋発）"),
]

ALLOW += [
    ("奥寺モータース", "奥寺", "shop name containing the signer's surname"),
]

DATA["minutes_attendees"] = [
    L("議事録\n日時：2024年6月5日（水）14:00～15:30\n場所：本社3F 第2会議室\n出席者：営業部 [[田村]]部長、[[岡本]]課長、サービス部 [[菊地]]主任、（記録）[[野口]]\n欠席：[[松下]]\n1. 上期販売目標 1,850台の進捗（達成率 47.2%）\n2. 夏季キャンペーン予算 1,200万円"),
    "出席者（敬称略）\n[[佐伯 浩]]（株式会社ミナト自動車 代表取締役）\n[[髙木 玲子]]（同 管理本部長）\n[[宇野 誠司]]（株式会社アオバリース）\n[[氏家 保]]（東北陸送）",
    "第14回 店長会議\n出席：[[安藤]]店長（水戸）、[[飯田]]店長（土浦）、[[広瀬]]店長（日立）、[[大塚]]エリアマネージャー\n会場：[[ADDRESS:茨城県水戸市城南2丁目4-27 水戸城南ビル5F]]",
    L("打合せメモ 6/12\n参加：[[君島 敦]]様（宇都宮オートオークション）、当社 [[桑原]]、[[関口]]\n・出品台数 42台、成約 35台、平均落札 ¥1,086,000\n・次回 6/26 13:30〜"),
    "議事録　2024.5.28\n出席者：\n　群馬エリア　[[星野 正樹]]、[[根岸 多恵子]]\n　埼玉エリア　[[小島 浩之]]、[[増田 香織]]\n　本社　　　　[[吉村]]次長\n記録者：[[増田 香織]]",
    "【出席】前橋店 [[狩野]]、高崎店 [[反町]]、太田店 [[茂木]]\n【会場】[[ADDRESS:群馬県前橋市新堀町 9 2 1 - 3]]（前橋店 2階 商談室）\n【次回】7月第1週",
    L("品質会議 議事要旨\n日時 令和6年4月18日 10:00〜11:45\n出席 品質保証室 [[中西]]室長、[[坂本]]、[[工藤]]／サービス技術課 [[今村]]課長\n議題 ①クレーム件数 4月 23件（前年同月比 −6件） ②保証修理 平均日数 3.4日"),
    "ミーティング参加者\n・[[神田 康介]]（ミナト自動車 千葉中央店）\n・[[堀 陽子]]（同 市原店）\n・[[長尾 徹]]（千葉トランスポート）\n場所：[[ADDRESS:千葉県市原市五井中央西2-22-8]]",
    "出席者: [[Michael Brown]] (Minato Motors Export), [[加藤 翼]], [[Sarah Kim]], [[松原 隆]]\n会場: [[ADDRESS:神奈川県横浜市鶴見区大黒町8番地の2 ミナト物流センター2F]]",
    "取締役会 出席者\n代表取締役社長　[[佐伯 浩]]\n専務取締役　[[西條 淳一]]\n常務取締役　[[髙木 玲子]]\n社外取締役　[[嶋田 恭子]]\n監査役　[[松浦 健]]",
    L("安全衛生委員会（第7回）\n出席：委員長 [[高松]]、委員 [[中尾]]・[[永井]]・[[村瀬]]\n報告：4月の休業災害 0件、不休災害 1件（整備工場 リフト作業中の擦り傷）\n次回開催 7月16日(火) 16:00"),
    "業者会 参加者名簿\n1 [[清水 博文]]　清水自動車整備\n2 [[小泉 孝]]　　小泉ボデー\n3 [[浅野 里美]]　浅野モータース\n会場：[[ADDRESS:静岡県浜松市中央区高丘西3丁目47-5]]",
    "議事録\n出席：[[太田]]部長、[[青木]]課長代理、[[藤田]]（総務）\nオブザーバー：税理士 [[水谷]]先生\n場所：[[ADDRESS:愛知県名古屋市中村区名駅南２丁目１１番４３号 ミナト名駅ビル１０階]]",
    L("サービス部会 6月度\n出席者 [[森]]部長 / [[岩﨑]] / [[小西]] / [[片山]]\n・車検入庫 612台（目標 650台）\n・点検パック加入率 38％\n・部品在庫 金額 2,340万円、回転日数 41日"),
    "出席者（五十音順）：[[石田 亮]]、[[上野 千尋]]、[[大川 純]]、[[川口 美奈]]、[[野村 大樹]]\n議長：[[野村 大樹]]",
    "〔出席〕\n・ミナト自動車 大阪北店　[[栗田]]店長、[[山下]]主任\n・浪速オートパーツ　[[中谷]]様\n〔場所〕[[ADDRESS:大阪府豊中市庄内幸町4丁目20-11]]",
    "打ち合わせ記録\n先方：神戸港運　[[藤本]]課長、[[辰巳]]係長\n当方：[[赤松]]、[[宮崎 拓海]]\n場所：[[ADDRESS:兵庫県神戸市中央区港島中町6丁目2番地1]]",
    "第3回 地区販売店会議\n出席　[[遠藤 隆]]（山形）[[菅野 恵]]（福島）[[小野 修二]]（宮城）[[工藤 真理子]]（青森）\n場所　[[ADDRESS:宮城県仙台市青葉区一番町二丁目7番17号 朝日プラザ一番町6F]]",
    L("新店舗プロジェクト会議\n出席：[[大橋]]（開発）、[[広田]]（設計事務所）、[[服部]]（施工）\n予定地 敷地面積 3,300㎡、建築費 概算 4億2,000万円\n着工 2024年10月、竣工 2025年6月予定"),
    "研修 出席者\n[[北村 勇気]]（秋田店）\n[[佐藤 優]]（能代店）\n[[三浦 萌]]（大館店）\n会場：[[ADDRESS:秋田県秋田市山王４－３－２１]]",
]

HON_ALLOW += [
    ("氏家 保", "氏家 is a surname; 氏 here is not the honorific"),
    ("君島 敦", "君島 is a surname; 君 here is not the honorific"),
]

ALLOW += [
    ("清水自動車整備", "清水", "garage name containing the attendee's surname"),
    ("小泉ボデー", "小泉", "body shop name containing the attendee's surname"),
    ("浅野モータース", "浅野", "shop name containing the attendee's surname"),
]

DATA["forms_labels"] = [
    "【お客様情報】\n氏名：[[菊池 健太郎]]\nフリガナ：[[キクチ ケンタロウ]]\n生年月日：[[BIRTHDATE:昭和四十七年八月二十日]]\n住所：〒[[POSTAL_CODE:020-0866]] [[ADDRESS:岩手県盛岡市本宮五丁目3番10号]]\n電話：[[PHONE:019-635-2277]]",
    "氏名　[[平田 里奈]]\n携帯　[[PHONE:〇八〇‐二二三一‐四五〇九]]\nメール　[[EMAIL:rina.hirata@example.jp]]\n免許証番号　[[DRIVER_LICENSE:６２０１１８４４５２３０]]",
    "申込者　[[樋口 大和]]\n個人番号　[[MY_NUMBER:307152864920]]\n住所　[[ADDRESS:栃木県宇都宮市駒生町3361-12]]\n電話　[[PHONE:028-652-0418]]",
    L("カード会員名：[[TOMOKO ARAI]]\nカード番号：[[CARD:5381-0492-7730-6515]]\n有効期限：11/28\nセキュリティコード：***\nお支払回数：1回\nご利用金額：¥132,000"),
    "Name: [[LE THI HUONG]]\n在留カード番号：[[RESIDENCE_CARD:EH73019284JA]]\n国籍・地域：ベトナム\n住所：[[ADDRESS:愛知県豊橋市西幸町字浜池333-9 ハイツ浜池103号室]]\n電話：[[PHONE:080-3927-1165]]",
    "旅券番号：[[PASSPORT:MZ9012746]]\n氏名（ローマ字）：[[OKADA MISAKI]]\n氏名：[[岡田 美咲]]\n生年月日：[[BIRTHDATE:平成元年十二月五日]]",
    "振込先\n金融機関：みちのく第一銀行　青葉通支店\n口座：[[BANK_ACCOUNT:普通　1049275]]\n名義：[[オオツカ ナオミ]]",
    "福祉車両 ご相談シート\nご利用者：[[長島 フミ]]（[[BIRTHDATE:昭和十二年四月二日]]生）\n身体状況：[[DISABILITY:車いす使用]]\n手帳：[[DISABILITY:身体障害者手帳２級]]\n介助者：[[長島 誠]]（長男）\n連絡先：[[PHONE:0859-33-1742]]",
    "ローン審査 補足書類\n氏名：[[竹村 義明]]\n本籍：[[FAMILY_ORIGIN:高知県四万十市中村大橋通四丁目]]\n現住所：[[ADDRESS:高知県四万十市右山五月町8-21]]\n勤務先：四万十運輸株式会社",
    L("車名：ミナト セレーナ\n型式：6AA-C28\n登録番号：[[PLATE:熊谷 531 ほ 88-12]]\n車台番号：[[VIN:C28-051723]]\n初度登録年月：令和2年3月\n所有者：[[金子 光]]\n使用の本拠の位置：[[ADDRESS:埼玉県熊谷市籠原南2丁目118番地]]"),
    "お名前*: [[原 真司]]\nふりがな*: [[はら しんじ]]\nメールアドレス*: [[EMAIL:hara.shinji@example.com]]\n電話番号: [[PHONE:05058830271]]\nご希望の店舗: 長岡店\nお問い合わせ内容: 見積希望",
    "お届け先\n〒[[POSTAL_CODE:９３９－８０７１]]\n[[ADDRESS:富山県富山市上袋１００番地の５]]\n[[能登 真澄]] 様\nTEL [[PHONE:０７６－４２１－５５８０]]",
    "保険申込書\n被保険者　[[吉田 智恵]]\n生年月日　[[BIRTHDATE:昭和五十九年七月十四日]]\n免許証の色　ゴールド\n免許証番号　[[DRIVER_LICENSE:5 1 0 3 0 2 7 8 4 6 1 0]]",
    "運転に関する申告書（社内様式）\n氏名：[[小谷 勝利]]\n既往歴：[[MEDICAL:てんかん]]\n服薬：[[MEDICAL:抗てんかん薬]]\n最終発作：なし（申告）",
    "社員登録票\n氏名　[[Carlos Eduardo SILVA]]\n在留カード　[[RESIDENCE_CARD:QL58301946EJ]]\n住所　[[ADDRESS:群馬県邑楽郡大泉町西小泉3丁目14-2 第2グリーンハイツ105]]",
    L("【ご来店アンケート】\nお名前：[[辺見 俊彦]]\nご住所：[[ADDRESS:山口県周南市みなみ銀座2丁目8-14]]\nご年齢：50代\nご来店回数：3回目\n今回のご用件：12か月点検（走行 31,540km）\n満足度：4／5"),
    L("オートローン申込\n申込者　[[難波 純一]]\n自宅住所　[[ADDRESS:岡山県津山市山北４６８－３]]\n自宅電話　[[PHONE:0868-24-7719]]\n勤務先電話　[[PHONE:0868-22-3160]]\n年収　520万円　勤続年数　12年\n借入希望額　1,800,000円　返済回数　60回"),
    "名義変更\n旧所有者：[[西岡 隆之]]\n新所有者：[[西岡 春香]]\n登録番号：[[PLATE:和歌山 500 め 12-07]]\n新住所：[[ADDRESS:和歌山県岩出市中迫208-6]]",
    "解約届\nフリガナ　[[ヤスダ ミホ]]\n氏名　[[安田 美穂]]\n返金口座　[[BANK_ACCOUNT:213-2094718]]\n住所　[[ADDRESS:鳥取県倉吉市上井町1丁目9-3]]",
    "緊急連絡先：[[日野 聡美]]（妻）　[[PHONE:+81-80-4412-6630]]\n勤務先：[[ADDRESS:長崎県長崎市出島町1番43号 出島ポートビル2F]]",
]

DATA["company_profile"] = [
    L("会社概要\n商号　株式会社ミナト自動車\n本店所在地　[[ADDRESS:東京都港区港南1丁目9番36号]]\n代表者　代表取締役社長 [[佐伯 浩]]\n設立　1968年4月\n資本金　4億8,000万円\n従業員数　2,318名（2024年3月31日現在）\n法人番号　2010401012345"),
    "商号：株式会社北辰パーツ\n所在地：[[ADDRESS:北海道札幌市東区北二十四条東十五丁目3番8号]]\n代表者：[[早川 道夫]]\nTEL：[[PHONE:011-784-2290]]\n事業内容：自動車部品・用品の卸売",
    L("【企業情報】九州陸送株式会社\n本社　[[ADDRESS:佐賀県鳥栖市藤木町字若桜5-12]]\n代表取締役　[[井手 康弘]]\n創業　昭和53年\n保有車両　キャリアカー 64台\n一般貨物自動車運送事業許可　九運自貨第211号"),
    "東海陸送株式会社\n本店所在地：[[ADDRESS:愛知県みよし市三好町湯ノ前12番地の1]]\n代表者：代表取締役 [[鬼頭 克己]]\n電話：[[PHONE:0561-32-8044]]",
    "株式会社アオバリース　会社案内\n当社は[[ADDRESS:宮城県仙台市青葉区中央3-6-12 アオバ中央ビル]]に本社を置き、東北6県で法人向けオートリースを展開しています。\n代表取締役 [[菅原 賢治]]",
    "有限会社フジ板金塗装\n代表者　[[望月 一成]]\n所在地　[[ADDRESS:静岡県富士市今泉７丁目１４－２６]]\n電話　[[PHONE:0545-52-6618]]\nFAX　[[PHONE:0545-52-6619]]",
    L("Company Profile\nName: Naniwa Auto Parts Co., Ltd.\nHead Office: [[ADDRESS:1-7-20 Sakuragawa, Naniwa-ku, Osaka]]\nRepresentative: [[Keigo Nakatani]], President\nEstablished: April 1991\nCapital: JPY 30,000,000\nEmployees: 48"),
    "和歌山ボデー工業株式会社\n本店：[[ADDRESS:和歌山県和歌山市西浜1660番地の28]]\n代表：[[岡 敏行]]\n☎[[PHONE:073-444-3127]]",
    "南信オートサービス（個人事業）\n屋号：南信オートサービス\n代表：[[宮坂 光男]]\n所在地：[[ADDRESS:長野県上伊那郡箕輪町大字中箕輪10483-2]]\n電話：[[PHONE:0265-79-2045]]",
    L("会社概要｜湖南モータース株式会社\n所在地｜[[ADDRESS:滋賀県湖南市岩根4216-1]]\n代表者｜[[西川 勇]]\n設立｜平成8年10月\n資本金｜1,000万円\n認証工場｜近運整認第3117号\n年間車検台数｜約1,900台"),
    "徳島マリン自動車株式会社\n本社所在地　[[ADDRESS:徳島県徳島市南末広町５番８－８]]\n代表取締役　[[三木 浩二]]\n電話番号　[[PHONE:088 655 3309]]",
    "[佐世保オート販売について]\n所在地：[[ADDRESS:長崎県佐世保市有福町2011-5]]\n代表者：[[峰 康介]]\nお問い合わせ：[[PHONE:0956-38-1144]]",
    "松江ガレージ（有限会社松江ガレージ）\n本店所在地：[[ADDRESS:島根県松江市東津田町1306-4]]\n取締役：[[足立 和夫]]\nMail：[[EMAIL:info@matsue-garage.example.net]]",
    L("宇都宮オートオークション 会場概要\n会場所在地：[[ADDRESS:栃木県宇都宮市平出工業団地38-61]]\n代表取締役：[[君島 保]]\n開催日：毎週水曜日\n出品台数：平均1,450台／回\n駐車可能台数：3,000台"),
    "神戸港運株式会社\n代表者：代表取締役社長 [[藤本 健太郎]]\n本社：〒[[POSTAL_CODE:650-0046]] [[ADDRESS:兵庫県神戸市中央区港島中町6-2-1]]\nTEL：[[PHONE:078-302-5561]]",
    "千葉トランスポート株式会社／本店所在地 [[ADDRESS:千葉県袖ケ浦市中袖3番地の5]]／代表者 [[長尾 正]]／TEL [[PHONE:0438-62-7730]]",
    "東北陸送株式会社\n所在地　[[ADDRESS:福島県郡山市富久山町久保田字大原48-2]]\n代表取締役　[[氏家 直人]]\n電話　[[PHONE:024-943-1180]]",
    L("四万十運輸株式会社\n本店　[[ADDRESS:高知県四万十市中村東町１丁目５番２０号]]\n代表者　[[竹村 修]]\n設立　昭和46年\n車両数　トラック 38台\n営業所　中村・宿毛・土佐清水"),
    "企業概要\n名称：ミナトレンタリース株式会社\n本社所在地：[[ADDRESS:沖縄県豊見城市字豊崎3番地35]]\n代表者：[[比嘉 正和]]\n代表電話：[[PHONE:098-850-6624]]",
    "青森オートテック株式会社\n所在地　〒[[POSTAL_CODE:031-0071]]\n[[ADDRESS:青森県八戸市沼館四丁目7番112号]]\n代表者　[[工藤 真理子]]\n電話　[[PHONE:0178-45-3291]]",
]

HON_ALLOW += [
    ("氏家 直人", "氏家 is a surname"),
    ("君島 保", "君島 is a surname"),
]

DATA["notices"] = [
    L("【店舗移転のお知らせ】\nミナト自動車 上越店は、2024年9月2日（月）より下記へ移転いたします。\n新住所：〒[[POSTAL_CODE:943-0171]] [[ADDRESS:新潟県上越市藤野新田字東田1134番地]]\n新電話番号：[[PHONE:025-520-7781]]\n※旧店舗での営業は8月31日（土）18時までとなります。"),
    "担当者変更のお知らせ\nこれまで担当しておりました[[宮本 大輔]]は7月1日付で富山店へ異動となりました。後任は[[北野 瞳]]が務めます。\nミナト自動車 金沢西店\n[[ADDRESS:石川県金沢市新保本4丁目65-11]]　[[PHONE:076-249-3310]]",
    "臨時休業のお知らせ\n設備点検のため、水曜日は終日休業いたします。ご不便をおかけしますが、ご了承ください。\n緊急時のロードサービスは[[PHONE:0800-919-0552]]（24時間）へ。\nミナト自動車 福井開発店　[[ADDRESS:福井県福井市開発4丁目1301]]　店長 [[坪川]]",
    "人事異動（7月1日付）\n営業本部長　[[髙木 玲子]]（前 管理本部長）\n山梨エリア長　[[雨宮 弘樹]]（前 甲府昭和店 店長）\n富士吉田店 店長　[[渡辺 沙也加]]（前 同店 副店長）\n富士吉田店所在地　[[ADDRESS:山梨県富士吉田市上吉田東7丁目1-26]]",
    L("NEW OPEN! ミナト自動車 高山店\n[[ADDRESS:岐阜県高山市下切町1210-3]]\nオープン記念フェア 10/5(土)・6(日) 10:00〜18:00\nご成約の先着30名様にドライブレコーダー（定価39,800円）プレゼント\nお問い合わせ [[PHONE:0577-57-2203]]"),
    "電話番号変更のお知らせ\n伊勢店の電話番号が変わりました。\n旧：[[PHONE:0596-28-1154]]　→　新：[[PHONE:0596-65-7020]]\n所在地に変更はありません（[[ADDRESS:三重県伊勢市小俣町元町1077-2]]）。",
    L("リコールのお知らせ（届出番号 4821）\n対象：ミナト ノア（型式 5BA-K15）製作期間 2021年3月1日～2022年8月17日\n対象台数：18,910台\n内容：燃料ポンプの不具合により、最悪の場合エンジンが停止するおそれがあります。\nお問い合わせ：ミナト自動車お客様相談室 [[PHONE:0120-556-218]]（9:00～17:00、土日祝除く）\n携帯電話からはナビダイヤル[[PHONE:0570-064-318]]"),
    "年末年始休業のお知らせ\n12月28日(土)～1月5日(日)は休業いたします。\nミナト自動車 京都山科店　[[ADDRESS:京都府京都市山科区西野山射庭ノ上町２７３]]　[[PHONE:075-591-8830]]",
    "落とし物のお知らせ\n展示場でキーケース（茶色）の落とし物がありました。お心当たりの方は奈良橿原店[[PHONE:0744-22-5817]]まで。\n[[ADDRESS:奈良県橿原市曲川町5丁目20-8]]",
    "イベント会場のご案内\nミナト自動車 福山店 特設会場\n[[ADDRESS:広島県福山市南蔵王町6丁目28番15号]]\n駐車場 120台（無料）\n当日の連絡先 [[PHONE:084-943-7205]]（担当 [[高垣]]）",
    L("【車検キャンペーン】\n基本料金 19,800円 → 14,800円（税込）\n期間 9月1日～10月31日　先着150台\n代車無料・洗車サービス付\nご予約 [[PHONE:0877-46-3381]]\nミナト自動車 丸亀店 [[ADDRESS:香川県丸亀市土器町東9丁目288]]"),
    "社内掲示\n駐車場の区画変更について\n8月から従業員駐車場は第2駐車場（[[ADDRESS:愛媛県松山市北斎院町772-1]]）に移ります。\n問い合わせ 総務 [[二宮]]（内線 305）",
    L("求人のお知らせ\n自動車整備士（2級以上）月給 24万円～32万円、賞与年2回、年間休日 110日\n勤務地 [[ADDRESS:福岡県北九州市小倉南区上葛原2丁目15-1]]\n応募 [[EMAIL:recruit@minato-auto.example.jp]]\n採用担当 [[末松]]"),
    "お客様各位\n熊本八代店は店舗改装のため、仮店舗にて営業いたします。\n仮店舗：[[ADDRESS:熊本県八代市松江城町6-18]]\nTEL：[[PHONE:0965-32-4406]]",
    L("盗難防止装置のご案内\n近年、車両盗難の被害が全国で増えています。イモビライザーやハンドルロックでの対策をおすすめします（工賃込 16,500円～）。\n取付のご相談は別府店 [[PHONE:0977-25-1180]]\n[[ADDRESS:大分県別府市石垣東10丁目3-5]]"),
    "台風接近に伴う営業時間変更\n本日は15時で閉店します。\n延岡店 [[ADDRESS:宮崎県延岡市旭町２丁目２番１号]] [[PHONE:0982-21-5560]]",
    "【お詫び】\n先日お送りした点検案内のハガキに日付の誤りがありました。正しくは「10月12日（土）」です。\n鹿屋店 [[ADDRESS:鹿児島県鹿屋市白崎町12-4]]\n店長 [[上村 剛]]",
    "新任のご挨拶\nこのたび厚木店の店長に就任いたしました[[溝口 浩]]です。\n[[ADDRESS:神奈川県厚木市岡田3丁目11番8号]]\n[[PHONE:046-229-1174]]",
    L("雪道講習会のご案内\n日時 12月7日（土）10:00～12:00\n場所 ミナト自動車 酒田店 [[ADDRESS:山形県酒田市東大町3-37-5]]\n講師 [[斎藤 亮介]]（JAF認定インストラクター）\n参加費 無料　定員 20名"),
    "【重要】なりすましメールにご注意ください\n当社を装ったメールが確認されています。当社からのメールは必ず「@minato-auto.example.jp」ドメインから送信されます。\nお問い合わせ：[[PHONE:024-533-2041]]（福島店／[[ADDRESS:福島県福島市南矢野目字谷地31-1]]）",
]

DATA["chat"] = [
    "こんにちは😊 車検の予約したいです\n名前は[[佐々木 陽菜]]です\n電話 [[PHONE:080-5521-0934]]\n住所 [[ADDRESS:青森県弘前市大字城東中央4丁目6-3]]",
    "[[PHONE:0197-64-2218]]に電話したけど繋がらなかったので、こちらに書きます🙏 [[ADDRESS:岩手県奥州市水沢東大通り1丁目5-30]]の[[及川]]です",
    L("ナンバーは[[PLATE:秋田 502 さ 77-41]]です！オイル交換だけお願いします✨ 0W-20で4.2Lって書いてありました\n[[ADDRESS:秋田県大仙市大曲栄町7-18]]まで取りに来てもらえますか"),
    "おはようございます☀️ 見積もりありがとうございました〜 妻の[[恵美]]とも相談して決めます。\n[[EMAIL:kazu.sato1985@example.com]]にPDF送ってもらえますか？\n[[佐藤 和也]] [[ADDRESS:茨城県ひたちなか市勝田中央14-8]]",
    "担当の[[増田]]さんいますか？👀 [[ADDRESS:埼玉県川越市新富町2-22 クレスト新富502]]に住んでる[[岡部]]です",
    "すみません、住所変更です📮 新しいのは〒[[POSTAL_CODE:252-0231]] [[ADDRESS:神奈川県相模原市中央区相模原６－２１－１５]] です",
    "[[PHONE:090‐7712‐3386]] ← これ新しい番号です📱 前のは解約しました\nあと住所も[[ADDRESS:新潟県長岡市城内町3ー5ー2]]に変わりました🏠\n[[本間]]さんに伝えてくださいー",
    "今日14時に予約した[[能登]]です。5分くらい遅れます🙇‍♀️",
    L("子供の送り迎え用に軽を探してます🚗 予算は100万くらい…年式はH30以降、走行5万km以下ならOK。\n[[ADDRESS:福井県鯖江市本町3丁目2-12]] [[松田 由美子]]"),
    "ETCカード作るのにクレカ番号いるって言われたので… [[CARD:3530 8271 6649 2040]] でお願いします💳 名義は[[望月 拓]]です",
    "了解です👌 じゃあ金曜の夕方持っていきます。車は[[PLATE:長野 300 ぬ ・561]]の白いやつです",
    "[[EMAIL:gifu.taro(at)example.net]] こっちのアドレスに見積もり送ってください🙏\n住所は[[ADDRESS:岐阜県各務原市那加桐野町3丁目45]]です",
    "今日はありがとうございました！[[西川]]さんに説明してもらって助かりました😆\n契約の件、父の[[中井 清]]名義にしたいんですが大丈夫ですか？\n住所は[[ADDRESS:滋賀県彦根市平田町６７０－２]]",
    "めっちゃ急いでます💦 バッテリー上がった…場所は[[ADDRESS:大阪府堺市北区中百舌鳥町2丁151]]の駐車場です 電話[[PHONE:070-4830-2217]]",
    "スタッフ：[[檜垣]]です。ご来店予約ありがとうございます。\nお客様：[[藤井]]です、よろしくお願いします🙇\nスタッフ：当日は[[ADDRESS:岡山県倉敷市笹沖1260-3]]の倉敷店へお越しください",
    "父が[[MEDICAL:脳梗塞で入院中]]なので、父の車（[[PLATE:山口 330 て 41-90]]）を売却したいです。\n[[ADDRESS:山口県宇部市東梶返2丁目4-17]]まで査定に来てもらえますか🙏",
    "👋 [[EMAIL:mika-s@example.jp]] からもメールしました！ [[篠原 美香]]です。[[ADDRESS:徳島県阿南市富岡町西池田口21-6]]",
    "Hi, I'm [[Daniel Ortiz]], living in Karatsu ([[ADDRESS:佐賀県唐津市西城内1-23]]). Phone [[PHONE:+81 90-6623-1148]]. Can I rent a car this weekend? 🙂",
    "はいさい🌺 [[PHONE:098—934—5516]]の[[金城]]です。タイヤの件、明日いけますか？\n家は[[ADDRESS:沖縄県沖縄市胡屋２丁目１番４６号]]です",
    L("見積No.の Q-240611-0032 で合ってます？ 総額 2,148,300円、下取り 42万で🙆‍♂️ 納車は8月中旬でお願いします！ [[中山]]"),
]

DATA["voice_input"] = [
    "もしもし あの 車検の予約したいんやけど 名前は [[上田 浩一]] 住所は [[ADDRESS:京都府宇治市小倉町南浦七七の二]] 電話は [[PHONE:〇七七四の二二の三一八〇]] です よろしゅう",
    "あー 福岡の[[原口]]ですけど こないだ頼んどった タイヤ 入ったと？ 電話番号は [[PHONE:090 2284 7731]] やけん 折り返しお願いします",
    "ほんでよー 住所は [[ADDRESS:愛知県春日井市鳥居松町5丁目44番地]] だで 担当の[[浅井]]さんに言っといてちょう",
    "んだがら 車さ 傷ついでまって 保険使えるが聞ぎでんだども 名前は [[阿部 キヨ]] 住所は [[ADDRESS:秋田県横手市平和町八の十二]] 番号は [[PHONE:0182-32-6615]]",
    "メールアドレスは [[EMAIL:yuki.tanaka アットマーク example.jp]] です 名前は [[田中 由紀]] です 見積もりを送ってください",
    "ほいじゃけえ 明日の10時に行くけん 名前は [[沖田]] じゃ 車は [[PLATE:広島 330 ひ 20-18]] の銀色のやつ",
    "おやっとさあ 鹿児島の[[有村]]じゃっど 住所は [[ADDRESS:鹿児島県薩摩川内市向田町１２の８]] 電話は [[PHONE:0996 22 7140]] じゃっで",
    "えっと 担当の [[山下]]さん じゃなくて [[山本]]さんにお願いします 電話番号は [[PHONE:080の4412の9085]] です",
    L("カード番号 読み上げますね [[CARD:4556 7201 9384 4712]] 有効期限は 12の27 で 分割は 24回 です 頭金は 30万円 入れます"),
    "あい えーっと 宮古島の[[砂川]]といいます 住所が [[ADDRESS:沖縄県宮古島市平良字西里２７５番地]] で 電話が [[PHONE:0980-72-3318]]",
    "郵便番号が [[POSTAL_CODE:三九〇の〇八五二]] で 住所は [[ADDRESS:長野県松本市島立2丁目5番地の7]] 名前は [[松本 大輝]] です",
    "ちゃうちゃう 名前 [[北浦]] やのうて [[喜多浦]] やねん 漢字は 喜ぶに 多いに 浦和の浦 住所は [[ADDRESS:大阪府東大阪市永和1丁目18の9]]",
    "ほいじゃあ 明日 取りに行くだら 浜松の[[鈴木]]だけど 電話 [[PHONE:053-472-6604]] ね",
    "車検証の住所 [[ADDRESS:山形県鶴岡市美原町２５の３]] で合ってっさげ 名前 [[五十嵐 孝]]",
    L("メモ 三時 [[早坂]]様 来店 見積 二件 下取り 平成二十八年式 走行 八万二千キロ 電話 [[PHONE:〇二二 二九五 四一七三]] 予算 二百五十万まで"),
    "免許証番号は [[DRIVER_LICENSE:三〇一五 二七八六 四一九〇]] です 名前は [[宮下 千夏]]",
    "電話番号は [[PHONE:ゼロキューゼロ ななにーよんいち さんはちいちご]] です [[木下]] といいます",
    "伊勢の[[濱口]]やけど 車の鍵なくしてもてな スペア作れるやろか 番号は [[PHONE:0596・24・3381]]",
    "奈良の[[森岡]]です 住所 [[ADDRESS:奈良県生駒市東生駒1丁目70の15]] 車 [[PLATE:奈良 580 か 41-06]]",
    "熊本の[[中村 光]]ですばってん 住所は [[ADDRESS:熊本県熊本市東区健軍本町28の3]] たい",
]

ALLOW += [
    ("長野県松本市", "松本", "city name 松本市 in the address, not the customer's surname"),
]

DATA["order_documents"] = [
    L("注　文　書\n注文番号：2024-0611-00123\n注文日：2024年6月11日\nお客様名：[[能登 真澄]] 様\n車名：ミナト ルークス（型式 5AA-B44A）\nボディカラー：ホワイトパール（QAB）\n車両本体価格：1,986,600円\nメーカーオプション：132,000円\n付属品：218,790円\n諸費用：96,420円\n合計：2,433,810円\n納車予定：2024年8月上旬\n納車場所：[[ADDRESS:富山県高岡市下関町4番55号]]"),
    L("納品書 No. D-0048213\n納品日 2024/06/18\n得意先 ミナト自動車 伊那店 御中\n品番 04465-33480 ブレーキパッド 数量 2 単価 8,250 金額 16,500\n品番 90915-YZZE1 オイルフィルター 数量 1 単価 1,100 金額 1,100\n小計 17,600 消費税 1,760 合計 19,360\n南信オートサービス 担当 [[宮坂]]"),
    L("請求書\n請求番号 INV-2406-0119\n発行日 令和6年6月30日\n登録番号 T8170001023456\nご請求金額 ¥41,800（税込）\n支払期日 2024年7月31日\n振込先 紀陽みらい銀行 本店営業部 [[BANK_ACCOUNT:当座 0184263]]\n和歌山ボデー工業株式会社\n[[ADDRESS:和歌山県和歌山市西浜1660番地の28]]"),
    L("作業指示書 No.W-58821\n入庫日 6/14 9:30　完成予定 6/14 17:00\nお客様 [[小松 奈緒子]]\n登録番号 [[PLATE:金沢 500 た 34-19]]\n車台番号 [[VIN:NHP10-6512087]]\n走行距離 48,213km\n作業内容 車検整備一式、ワイパーゴム交換（品番 85214-52150）\n見積額 98,450円\n引取先 [[ADDRESS:石川県白山市倉光8丁目16-1]]\n受付 [[宮本]]"),
    L("陸送依頼書　管理番号 TR-24-0612-07\n車両 ミナト デイズ　型式 5AA-B43W　車台番号 [[VIN:B43W-0318846]]\n出発地 [[ADDRESS:山梨県南アルプス市小笠原1281-6]]　6/20 10:00\n到着地 [[ADDRESS:三重県津市藤方2140番地1]]　6/21 午前\n料金 48,400円（高速代込）\n依頼者 ミナト自動車 業務課 [[平野]]"),
    L("御見積書 No. Q-240611-0032\n有効期限 2024年7月11日\n[[中山 剛志]] 様\n車両本体 2,398,000／付属品 186,450／諸費用 128,360／下取 △564,510\n合計 2,148,300円\nミナト自動車 鳥取店 〒[[POSTAL_CODE:680-0911]] [[ADDRESS:鳥取県鳥取市千代水2丁目31]]"),
    L("定期点検整備記録簿\n点検日 令和6年5月22日　走行距離 61,870km\n自動車登録番号 [[PLATE:島根 300 そ 16-72]]\n車台番号 [[VIN:ZVW50-8134472]]\n原動機の型式 2ZR\n使用者 [[石原 和彦]]\n整備主任者 [[錦織 康]]\n事業場 ミナト自動車 出雲店 [[ADDRESS:島根県出雲市渡橋町1055]]\n認証番号 中整認第2-441号"),
    L("部品発注書\n発注No. PO-240619-112\n品番 17801-0Y040 エアクリーナー ×5\n品番 87139-58010 エアコンフィルター ×10\n品番 04152-YZZA1 オイルエレメント ×20\n希望納期 6/25\n発注者 旭川店 [[三浦]]（内線 231）"),
    L("査定書 No.A-2024-3318\n車名 ミナト ノート　型式 DAA-HE12\n初度登録 平成30年7月\n走行 82,140km\n修復歴 なし\n査定額 420,000円\n査定士 [[松井 智美]]（査定士番号 第118432号）"),
    L("法人番号 4010001123456\n株式会社アオバリース 御中\n7月分リース料 12台 計 1,006,800円（1台あたり 83,900円）\n契約番号 AL-2407-0012～0023\n支払期日 8月末日\n担当 [[阿部 聡]]"),
    L("領収書 No.0006271\n[[原田 宏美]] 様\n金額 ¥2,362,810-\n但し 車両代金として\n令和6年7月3日\nミナト自動車 下関店"),
    L("自動車検査証（写）\n登録番号 [[PLATE:富山 531 の 71-25]]\n登録年月日 令和4年4月8日\n初度登録年月 令和4年4月\n車名 ミナト　型式 6AA-E13\n車台番号 [[VIN:E13-184522]]\n所有者の氏名 ミナトファイナンス株式会社\n使用者の氏名 [[松井 剛]]\n使用者の住所 [[ADDRESS:富山県射水市三ケ2518-1]]\n有効期間の満了する日 令和7年4月7日"),
    L("タイヤ保管預り証 No.TS-00815\n保管場所 倉庫B-3-12\nサイズ 195/65R15 91H ×4本\n製造年週 2321\n保管料 13,200円（6か月）\nお預り日 2024/04/21\nお客様 [[関 千晶]]"),
    L("出荷伝票\n伝票番号 4418-2291-0536\nお問い合わせ番号 7021-3384-5906\n重量 18.4kg　個数 3\n送り主 北辰パーツ 札幌センター\nお届け先 ミナト自動車 旭川店 サービス課 [[三浦]] 様"),
    L("修理見積書\n事故受付番号 2406-118-0045\n損害額 412,500円（部品代 238,140円、工賃 174,360円）\n対象車 [[PLATE:山梨 300 も 90-02]]\nお客様 [[雨宮 純一]]\n[[ADDRESS:山梨県甲斐市竜王新町1943-8]]"),
    L("値引き稟議書 No.R-0627\n申請者 鈴鹿店 [[坂下]]\n対象 注文番号 2024-0627-00341\n値引額 150,000円（通常上限 100,000円）\n理由 他社競合（他社見積 2,210,000円）\n承認 店長 [[服部]]／部長 [[太田]]"),
    L("出張整備指示\n日時 6/28 13:00～15:00\n場所 [[ADDRESS:石川県野々市市扇が丘19番13号 第3倉庫]]\n対象 社用車 8台（管理番号 SV-01～SV-08）\n持参品 オイル 20L缶×2、ワイパー 16本\n担当 [[北野]]・[[宮本]]"),
    L("出品票\n出品番号 20619-1142　コーナー A\n車名 ミナト セレーナ　型式 6AA-C28\n年式 R2　走行 38,450km\n評価点 4.5　内装 B\nスタート価格 1,280,000円\n出品店 ミナト自動車 熊谷店 [[金子]]"),
    L("リース車両返却チェックシート\n契約番号 AL-2207-0331\n返却日 2024/07/31　走行 62,004km（契約上限 60,000km）\n超過 2,004km × 8円 = 16,032円\n傷 左リアバンパー擦り傷 10cm\n確認者 [[菅原]]／立会 [[有馬 正志]]"),
    L("新車保証書\n保証書番号 W-7714026\n保証開始日 2024年8月2日\n一般保証 3年または60,000km／特別保証 5年または100,000km\n車台番号 [[VIN:JN1TBAT32U0412876]]\n販売店 ミナト自動車 岡山店（店コード 7021）"),
]

DATA["mixed_long"] = [
    "件名：車上荒らしの件と修理のお願い\n\nミナト自動車 広島中央店\n[[檜山]]様\n\nお世話になっております。[[西田 智子]]です。\n昨夜、自宅の駐車場で[[CRIME_VICTIM:車上荒らしに遭い]]、運転席側の窓ガラスが割られました。\n警察には[[CRIME_VICTIM:被害届を出しました]]（受理番号は後日とのことです）。\n車は[[PLATE:広島 501 す 38-06]]、車両保険付きです。\nガラス交換の見積をお願いできますか。\n\n[[西田 智子]]\n[[ADDRESS:広島県広島市安佐南区長束3丁目41-9 グリーンヒル長束 302号室]]\n[[PHONE:080-2291-6634]]\n[[EMAIL:tomoko.nishida@example.com]]",
    L("【引継ぎメモ】\n[[大西 康弘]]様（[[ADDRESS:香川県高松市林町2217-15]]）\n・代車 軽 1台 貸出中（管理番号 D-07、貸出時走行 12,408km）\n・本車 [[PLATE:香川 300 な 51-38]] 板金修理 見積 286,000円、部品入荷 7/2予定\n・奥様 [[大西 千春]]様から連絡あり、[[PHONE:087-866-0193]]は日中不在のため携帯 [[PHONE:090-6120-4457]] へ\n・お父様が[[DISABILITY:足が不自由]]なため、次回は助手席回転シート車を提案予定\n担当 [[森田]]"),
    "お問い合わせフォーム\n---\nお名前：[[越智 千里]]\nフリガナ：[[オチ チサト]]\nご住所：〒[[POSTAL_CODE:794-0027]] [[ADDRESS:愛媛県今治市南大門町2丁目5番地7]]\n電話番号：[[PHONE:0898-22-5106]]\n携帯番号：[[PHONE:080-1734-2298]]\nメール：[[EMAIL:chisato.o@example.jp]]\nお問い合わせ内容：\n先日、今治店の[[越智]]さん（[[越智 隼人]]さん）に試乗させてもらいました。同じ苗字でびっくりしました笑\n見積もりをお願いしたいです。下取りは平成29年式、走行7万kmくらいです。\n---\n送信日時：2024/06/20 21:14",
    "ローンの本審査書類、以下お送りします。\n\n[[古賀 俊之]]\n[[BIRTHDATE:昭和六十一年二月十九日]]生まれ\n[[ADDRESS:福岡県久留米市東町31-12 東町レジデンス1104]]\n[[MY_NUMBER:6203 8417 2596]]\n勤務先 筑後精工株式会社（勤続9年）\n引落口座 筑後中央銀行 久留米支店 [[BANK_ACCOUNT:普通 5520381]]\n\nご確認よろしくお願いいたします。",
    "事故受付メモ　6/21 16:40　受付 [[福澤]]\nお客様 [[首藤 恵]]（[[PHONE:097-543-2218]]）\n[[ADDRESS:大分県大分市府内町3丁目8-22]]付近の交差点で[[CRIME_VICTIM:当て逃げに遭った]]とのこと。[[CRIME_VICTIM:被害届は提出済み]]。\nご本人は[[MEDICAL:むち打ちで整形外科に通院中]]。\n車両 [[PLATE:大分 330 ち 80-27]] 自走不可、レッカー手配済（保険会社 受付番号 24-0621-5518）",
    "件名：Re: Re: 社用車3台の入替について\n\n[[黒木]]様\n\n承知しました。納車は8月19日（月）、[[ADDRESS:宮崎県宮崎市大字恒久1丁目7番地14]]の貴社倉庫にて3台まとめて行います。\n\nミナト自動車 宮崎店 法人課 [[日高 誠]]\n[[PHONE:0985-51-2260]]\n\n> [[日高]]様\n> 納車場所は本社ではなく恒久の倉庫の方でお願いします。\n> 旧車両（[[PLATE:宮崎 400 に 12-33]]、[[PLATE:宮崎 400 に 12-34]]）は当日引取りで。\n> [[黒木 貴之]]\n> [[PHONE:080-6657-3012]]",
    "個人情報の開示請求について\n\nお客様相談室 御中\n\n貴社の個人情報保護方針5.に基づき、私に関する保有個人データの開示を請求します。\n氏名：[[渡部 恭子]]（旧姓 [[村井]]）\n現住所：[[ADDRESS:北海道函館市本町２７番１１号 本町ハイツ４０２]]\n旧住所：[[ADDRESS:北海道北斗市七重浜4丁目39-8]]\n電話：[[PHONE:0138-51-4490]]\n本人確認書類：運転免許証（番号 [[DRIVER_LICENSE:110509318270]]）の写しを同封します。\n\n2024年6月24日",
    "Re: 納車日のご相談\n\nHello, this is [[Maria Santos]].\n在留カード番号は[[RESIDENCE_CARD:PK20481937FN]]、パスポートは[[PASSPORT:P3841927B]]です。\n納車は土曜日でお願いします。[[CREED:日曜は教会のミサに行く]]ので。\n住所：[[ADDRESS:岐阜県可児市今渡１５８４－６ サンコーポ今渡 2-B]]\n電話：[[PHONE:090-4917-2283]]\nThank you!",
    L("点検結果のご報告\n\n[[杉本 達也]] 様\n\n本日お預かりしたお車（[[PLATE:湘南 330 ゆ 27-14]]）の12か月点検が完了しました。\n・走行距離：24,118km（前回 15,902km）\n・バッテリー：CCA 420（基準 390）良好\n・タイヤ溝：前 5.8mm／後 6.1mm\n・ブレーキパッド残量：前 7mm\n・エンジンオイル交換 0W-16 3.8L\n作業時間 10:15～11:40、費用 合計 16,830円（税込）\n次回点検：2025年6月頃\n\nミナト自動車 藤沢店 [[小田切 亮]]"),
    "[10:02] お客様: すみません、昨日 [[PLATE:つくば 300 ゆ 18-62]] の車で来店した[[宇佐美]]です\n[10:03] お客様: 免許証の住所がまだ古いままで、[[ADDRESS:茨城県土浦市桜町1丁目14-3]]になってると思います\n[10:05] 担当 [[飯田]]: [[宇佐美]]様、ご連絡ありがとうございます。新しいご住所を教えていただけますか？\n[10:07] お客様: [[ADDRESS:千葉県柏市柏の葉５－４－８ パークシティ柏の葉 C棟 1203]] です🙇\n[10:08] 担当 [[飯田]]: 承知しました。車庫証明は柏警察署で取り直しになります（手数料 2,750円）",
    L("営業日報 6/22（土）　作成者 [[吉川 智也]]\n1) 10:30 [[辻本 美和]]様 来店 点検入庫（[[PLATE:奈良 500 ほ 33-81]]）\n2) 13:00 [[前川 勇]]様 宅訪問 [[ADDRESS:奈良県大和郡山市九条平野町１４－２０]] 見積提示 2,080,000円\n3) 15:20 電話 [[森岡]]様 [[PHONE:0743-73-5128]] 試乗予約 6/29 11:00\n4) 17:00 店長 [[安井]]と来月の目標確認（受注 14台、車検 52台）"),
    "お世話になります、[[青山 幸子]]です。\n言いにくいのですが、息子が先月[[CRIMINAL:飲酒運転で逮捕され]]、免許も取消しになりました。息子名義の車（[[PLATE:多摩 300 さ 61-09]]）を売却したいと考えています。\n名義は[[青山 翔]]、住所は[[ADDRESS:東京都八王子市子安町４丁目２２番１２号]]です。\n私の携帯は[[PHONE:090-3358-2140]]です。",
    "社内連絡\n7/5(金)の店長会議ですが、[[大塚 一平]]さんは[[UNION:労働組合の執行委員]]として団体交渉に出席するため欠席です。\n代理は[[飯田]]店長にお願いします。\n会場は[[ADDRESS:茨城県水戸市城南2丁目4-27 水戸城南ビル5F]]のままです。",
    L("陸送依頼\n引取：[[ADDRESS:長崎県諫早市小船越町1034-6]] [[PHONE:0957(22)4183]] [[小川 浩]]様\n納車：[[ADDRESS:佐賀県武雄市武雄町大字富岡11080]] [[PHONE:0954－23－7750]] [[江口 里美]]様\n車両：[[PLATE:長崎 300 も 50-31]]／車台番号 [[VIN:MXPA10-2048871]]\n希望日：7/9（火）〜7/11（木）\n料金：22,000円（税別）"),
    "福祉車両の件でご相談です。\n母（[[菅野 タエ]]、[[BIRTHDATE:昭和九年十月十日]]生）が[[DISABILITY:要介護3で歩行が困難]]になり、車いすごと乗れる車を探しています。\n母は[[DISABILITY:身体障害者手帳を持っている]]ので、減免の手続きもお願いできますか。\n住所は[[ADDRESS:北海道帯広市西十七条南四丁目12番地3]]、電話は[[PHONE:0155-34-6671]]です。\n[[菅野 洋一]]",
    "Dear Mr. [[Okabayashi]],\n\nThank you for servicing our rental car. The car ([[PLATE:高知 300 わ 14-52]]) will be returned to your Kochi shop at [[ADDRESS:2704-1 Otsu-otsu, Kochi-shi, Kochi]] on July 2.\nPlease call me at [[PHONE:+81-70-3318-2045]] if anything is wrong.\n\nBest regards,\n[[Emily Clarke]]\n[[EMAIL:emily.clarke@example.org]]",
    L("車庫証明の申請内容をご確認ください。\n使用の本拠の位置：〒[[POSTAL_CODE:410-2211]] [[ADDRESS:静岡県伊豆の国市長岡一丁目二十番地の三]]\n保管場所：同上（自宅敷地内、奥行 5.5m、幅 2.7m）\n申請者：[[勝又 ひろみ]]\n電話：[[PHONE:055-948-1207]]\n申請手数料 2,200円、標章交付手数料 550円"),
    "すみません、書類の番号を送ります\n[[MY_NUMBER:719540283642]]\nこれで合ってますか？保険の手続きに必要と言われたので…\n\n[[北川 颯太]]\n[[ADDRESS:兵庫県西宮市甲子園口3丁目15-20-605]]\n[[PHONE:0798-63-4471]]",
    L("ご請求のご案内\n\n[[鬼頭 美里]] 様\n\nご注文の用品代金（ドライブレコーダー 前後2カメラ 39,800円、取付工賃 11,000円）を、ご指定のクレジットカード（[[CARD:5203 9174 8826 1537]]）にて決済いたしました。\n決済番号 3391-0627-1182、決済日 2024年6月27日\n明細はマイページ（https://www.minato-auto.example.jp/mypage）でもご確認いただけます。\n\nミナト自動車 岡崎店 [[ADDRESS:愛知県岡崎市羽根町字北ノ郷7-1]]\n[[PHONE:0564-51-3396]]"),
    "ローン契約の連帯保証人について質問です。\n[[SEX_LIFE:同性パートナー]]の[[中原 啓]]を保証人にできますか？（[[ADDRESS:宮城県名取市杜せきのした5丁目3-1 杜せきのしたパークハウス803]]で同居しています）\n私は[[三枝 陸]]、電話は[[PHONE:022-384-2190]]です。",
]

DATA["hardneg"] = [
    L("見積No. 2024-0611-0032 の件、総額 2,148,300円（税込）で承認済み。納車予定 8月19日（月）10:00。"),
    L("部品番号 04465-33480、90915-YZZE1、87139-58010 を各2個、6/25着で発注済みです。"),
    L("伝票番号 4418-2291-0536 の荷物は本日 16:20 に配達完了。重量 18.4kg、3個口。"),
    L("担当者様へ。お客様から「車の調子が悪い、エンジンの病気かも」とのご連絡がありました。明朝 9時に点検予定です。"),
    L("佐藤板金と田中モータースの請求書（No.0618、No.0622）を経理に回しました。合計 327,800円です。"),
    L("福祉車両（車いす仕様）の展示車を10月から常設します。スロープ付きで車両価格 2,598,000円～。"),
    L("もし入院したら車両保険はどうなるのか、一般的な説明資料を 30部 印刷しておいてください。"),
    L("トヨタ、ホンダ、スズキ、マツダの下取り相場表（2024年6月版、全 48ページ）を更新しました。"),
    L("走行 62,310km、初度登録 平成30年5月、型式 ZAA-ZE1、車検満了 令和7年5月21日。"),
    L("営業時間 9:30～18:30（毎週火曜・第2水曜定休）。電話受付は18:00まで、年中無休のWeb予約は24時間。"),
    L("高齢者は夜間の事故が多い傾向があるため、サポカー補助金（最大 10万円）の対象車をご案内しています。"),
    L("盗難防止装置（イモビライザー）、障害物センサー、車線逸脱警報を全グレード標準装備。メーカー希望小売価格 3,190,000円。"),
    L("JANコード 4987654321098 の洗車用品を 48個 入荷。棚番 339-0441 に補充済み。"),
    L("管理番号 SV-01～SV-08 の社用車 8台のうち 3台は 2025年3月31日にリース満了です。"),
    L("会員番号 0901-2345-678（ミナトカード会員）のポイント残高は 3,420pt、有効期限は 2025/03/31 です。"),
    L("事故の際はまず110番、けが人がいれば119番へ。判断に迷ったら#7119。ロードサービス会員証は車検証入れに。"),
    L("病院の駐車場に送迎用の試乗車を置かせていただけないか、医療法人さんに相談中です（期間 2週間、車両 2台）。"),
    L("令和6年度 上期実績：新車 1,124台、中古車 836台、車検 4,210台、点検 9,875台。創業は昭和四十三年四月一日。"),
    L("タイヤサイズ 195/65R15 91H、空気圧 前 240kPa／後 230kPa、製造年週 2321、残溝 6.2mm。"),
    L("整備士さん、受付さん、お客様、皆様のおかげで無事故 1,000日を達成しました！🎉 記念品は 6/30 までに配布します。"),
]

if __name__ == "__main__":
    main()
