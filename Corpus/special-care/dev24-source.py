#!/usr/bin/env python3
"""special-care/dev24 — hand-written texts for the Suminuri PII redactor evaluation.

Every text below is written by hand, inline. Markers:
  [[value]]           PERSON   (an optional '|' inside marks the boundary of an unspaced
                                family|given name; it is removed from the plain text)
  [[LABEL:value]]     any other label of /work/shared/ANNOTATION.md
Run `python3 source.py`: parses, checks, and writes out.jsonl + stats.md only if all checks pass.
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SOURCE_TAG = "synthetic:special-care-dev24"
ID_PREFIX = "sc24-"
STYLES = ["web_forms", "long_mail", "staff_memo", "chat", "voice_input", "elderly",
          "foreign_residents", "accident_police", "health_driving",
          "belief_origin_union_partner", "screening_notes", "hardneg"]
PER_STYLE = 20
MIN_SPECIAL = 350
HARDNEG_MAX_SPECIAL = 5

IDENT = ["PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE", "MY_NUMBER",
         "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "VIN"]
SPECIAL = ["RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL", "CRIME_VICTIM"]
FINANCIAL = ["UNION", "FAMILY_ORIGIN", "SEX_LIFE"]
LABELS = IDENT + SPECIAL + FINANCIAL
SENSITIVE = set(SPECIAL + FINANCIAL)

HONORIFICS = ["様", "さま", "さん", "殿", "氏", "君", "くん", "ちゃん", "先生", "課長", "部長", "主任",
              "店長", "社長", "係長", "専務", "常務", "会長", "代表", "所長", "工場長", "支店長", "嬢",
              "はん", "やん"]
LATIN_HON = ["Mr", "Mrs", "Ms", "Miss", "Dr", "san", "sama", "kun", "chan"]
PARTICLES = ["は", "が", "を", "に", "で", "と", "も", "の", "へ", "や", "か", "ね", "よ", "から", "まで",
             "より"]
EMAIL_OK = ["example.com", "example.jp", "example.net", "example.org"]

KANJI_DIGITS = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4",
                "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def fold_digits(s):
    out = []
    for ch in s:
        if ch in KANJI_DIGITS:
            out.append(KANJI_DIGITS[ch])
        else:
            n = unicodedata.normalize("NFKC", ch)
            out.append(n if n.isdigit() and len(n) == 1 else ch)
    return "".join(c for c in out if c.isdigit() and c.isascii())


def my_number_ok(d):
    if len(d) != 12:
        return False
    body = [int(c) for c in d[:11]]
    tot = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    chk = 0 if r <= 1 else 11 - r
    return chk == int(d[11])


def luhn_ok(d):
    if not 12 <= len(d) <= 19:
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


MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
LABEL_PREFIX = re.compile(r"^([A-Z_]+):(.*)$", re.S)


def parse(marked):
    """Return plain text, spans [(start,end,label)], person parts {surface: [parts]}, errors."""
    errs = []
    plain = []
    spans = []
    parts = {}
    pos = 0
    last = 0
    for m in MARK.finditer(marked):
        plain.append(marked[last:m.start()])
        pos += len(marked[last:m.start()])
        inner = m.group(1)
        lm = LABEL_PREFIX.match(inner)
        if lm and lm.group(1) in LABELS:
            label, value = lm.group(1), lm.group(2)
        elif lm:
            errs.append("unknown label %r" % lm.group(1))
            label, value = "PERSON", inner
        else:
            label, value = "PERSON", inner
        if label == "PERSON":
            pieces = [p for p in value.split("|")]
            value = "".join(pieces)
            ps = []
            for p in pieces:
                for q in re.split(r"[\s・･\u3000.]+", p):
                    if len(q) >= 2:
                        ps.append(q)
            parts.setdefault(value, set()).update(ps + [value])
        elif "|" in value:
            errs.append("'|' in non-PERSON value %r" % value)
        spans.append((pos, pos + len(value), label, value))
        plain.append(value)
        pos += len(value)
        last = m.end()
    plain.append(marked[last:])
    return "".join(plain), spans, parts, errs


def main():
    errors = []
    warnings = []
    if len(TEXTS) != len(STYLES) * PER_STYLE:
        errors.append("expected %d texts, got %d" % (len(STYLES) * PER_STYLE, len(TEXTS)))
    for i, (style, _) in enumerate(TEXTS):
        want = STYLES[i // PER_STYLE] if i // PER_STYLE < len(STYLES) else None
        if style != want:
            errors.append("text %d: style %s, expected %s (order)" % (i + 1, style, want))
    style_counts = Counter(s for s, _ in TEXTS)
    for s in STYLES:
        if style_counts[s] != PER_STYLE:
            errors.append("style %s has %d texts" % (s, style_counts[s]))
    for s in style_counts:
        if s not in STYLES:
            errors.append("unknown style %s" % s)

    allow_used = [False] * len(ALLOW_PERSON)
    hon_used = [False] * len(ALLOW_HONORIFIC)
    records = []
    seen_text = {}
    label_counts = Counter()
    style_label = defaultdict(Counter)
    person_surfaces = set()
    special_total = 0
    hardneg_special = 0
    texts_without_span = 0

    for i, (style, marked) in enumerate(TEXTS):
        tid = "%s%04d" % (ID_PREFIX, i + 1)
        plain, spans, parts, perrs = parse(marked)
        for e in perrs:
            errors.append("%s: %s" % (tid, e))
        if "[[" in plain or "]]" in plain:
            errors.append("%s: stray [[ or ]]" % tid)
        if plain in seen_text:
            errors.append("%s: duplicate of %s" % (tid, seen_text[plain]))
        seen_text[plain] = tid
        prev_end = -1
        for (s, e, label, value) in spans:
            if label not in LABELS:
                errors.append("%s: bad label %s" % (tid, label))
            if not value:
                errors.append("%s: empty span" % tid)
            if plain[s:e] != value:
                errors.append("%s: slice mismatch %r vs %r" % (tid, plain[s:e], value))
            if value != value.strip() or value.strip("\u3000") != value:
                errors.append("%s: span with outer whitespace %r" % (tid, value))
            if "[" in value or "]" in value:
                errors.append("%s: bracket inside value %r" % (tid, value))
            if s < prev_end:
                errors.append("%s: overlapping/unsorted span %r" % (tid, value))
            prev_end = e
            label_counts[label] += 1
            style_label[style][label] += 1
            if label in SENSITIVE:
                special_total += 1
                if style == "hardneg":
                    hardneg_special += 1
                for p in PARTICLES:
                    if value.endswith(p):
                        warnings.append("%s: special-care span ends in particle %r: %r" % (tid, p, value))
                        break
            if label == "PERSON":
                person_surfaces.add(value)
                bad = None
                for h in HONORIFICS:
                    if h in value:
                        bad = h
                for h in LATIN_HON:
                    if re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(h), value):
                        bad = h
                if bad:
                    ok = False
                    for k, (aid, surf, reason) in enumerate(ALLOW_HONORIFIC):
                        if aid == tid and surf == value:
                            hon_used[k] = True
                            ok = True
                    if not ok:
                        errors.append("%s: honorific %r inside PERSON %r" % (tid, bad, value))
            if label == "MY_NUMBER":
                d = fold_digits(value)
                if not my_number_ok(d):
                    errors.append("%s: MY_NUMBER check digit fails %r" % (tid, value))
            if label == "CARD":
                d = fold_digits(value)
                if not luhn_ok(d):
                    errors.append("%s: CARD Luhn fails %r" % (tid, value))
            if label == "EMAIL":
                v = unicodedata.normalize("NFKC", value)
                v = re.sub(r"\s*(\(at\)|\[at\]|アットマーク|あっとまーく| at )\s*", "@", v)
                v = re.sub(r"\s*(ドット|\(dot\)|\[dot\]| dot )\s*", ".", v)
                dom = v.rsplit("@", 1)[-1].lower() if "@" in v else ""
                if not any(dom == d or dom.endswith("." + d) for d in EMAIL_OK):
                    errors.append("%s: e-mail domain not allowed %r" % (tid, value))
            if label == "PHONE":
                v = unicodedata.normalize("NFKC", value)
                if not v.lstrip().startswith("+81"):
                    n = len(fold_digits(value))
                    if not 10 <= n <= 11:
                        warnings.append("%s: PHONE with %d digits %r" % (tid, n, value))
        # PERSON coverage
        pspans = [(s, e) for (s, e, l, v) in spans if l == "PERSON"]
        allp = set()
        for v, ps in parts.items():
            allp.update(ps)
        for surf in sorted(allp):
            start = 0
            while True:
                k = plain.find(surf, start)
                if k < 0:
                    break
                kend = k + len(surf)
                inside = any(s <= k and kend <= e for (s, e) in pspans)
                if not inside:
                    ok = False
                    for j, (aid, ctx, reason) in enumerate(ALLOW_PERSON):
                        if aid != tid:
                            continue
                        c0 = plain.find(ctx)
                        while c0 >= 0:
                            if c0 <= k and kend <= c0 + len(ctx):
                                ok = True
                                allow_used[j] = True
                                break
                            c0 = plain.find(ctx, c0 + 1)
                    if not ok:
                        errors.append("%s: PERSON surface %r at %d not inside a PERSON span" % (tid, surf, k))
                start = k + 1
        if not spans:
            texts_without_span += 1
        records.append({"id": tid, "text": plain,
                        "spans": [{"start": s, "end": e, "label": l} for (s, e, l, v) in spans],
                        "source": SOURCE_TAG, "note": "style=%s" % style})

    for j, used in enumerate(allow_used):
        if not used:
            errors.append("unused PERSON allow-list entry %r" % (ALLOW_PERSON[j],))
    for j, used in enumerate(hon_used):
        if not used:
            errors.append("unused honorific allow-list entry %r" % (ALLOW_HONORIFIC[j],))
    if special_total < MIN_SPECIAL:
        errors.append("only %d special-care spans (< %d)" % (special_total, MIN_SPECIAL))
    if hardneg_special > HARDNEG_MAX_SPECIAL:
        errors.append("hardneg has %d special-care spans (> %d)" % (hardneg_special, HARDNEG_MAX_SPECIAL))

    if errors:
        for e in errors:
            print("ERROR", e)
        for w in warnings:
            print("WARN ", w)
        print("%d errors; nothing written" % len(errors))
        sys.exit(1)

    with open("out.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    L = []
    L.append("# stats — special-care/dev24\n")
    L.append("- texts: %d (%d styles x %d)" % (len(records), len(STYLES), PER_STYLE))
    L.append("- spans: %d; special-care + financial-sector spans: %d" % (sum(label_counts.values()), special_total))
    L.append("- texts without any span: %d" % texts_without_span)
    L.append("- special-care spans in hardneg: %d (max %d)" % (hardneg_special, HARDNEG_MAX_SPECIAL))
    L.append("- distinct PERSON surfaces: %d\n" % len(person_surfaces))
    L.append("## Spans per label\n")
    L.append("| label | group | count |")
    L.append("| --- | --- | --- |")
    for l in LABELS:
        g = "identifier" if l in IDENT else ("special care" if l in SPECIAL else "financial-sector")
        L.append("| %s | %s | %d |" % (l, g, label_counts[l]))
    L.append("\n## Per style\n")
    L.append("| style | texts | spans | special-care spans | identifiers |")
    L.append("| --- | --- | --- | --- | --- |")
    for s in STYLES:
        c = style_label[s]
        sp = sum(v for k, v in c.items() if k in SENSITIVE)
        L.append("| %s | %d | %d | %d | %d |" % (s, style_counts[s], sum(c.values()), sp, sum(c.values()) - sp))
    L.append("\n## Label x style\n")
    used_labels = [l for l in LABELS if label_counts[l]]
    L.append("| style | " + " | ".join(used_labels) + " |")
    L.append("| --- |" + " --- |" * len(used_labels))
    for s in STYLES:
        L.append("| %s | " % s + " | ".join(str(style_label[s][l]) for l in used_labels) + " |")
    L.append("\n## Allow-lists\n")
    L.append("- PERSON coverage allow-list entries: %d (all used)" % len(ALLOW_PERSON))
    for (aid, ctx, reason) in ALLOW_PERSON:
        L.append("  - %s `%s`: %s" % (aid, ctx, reason))
    L.append("- honorific allow-list entries: %d (all used)" % len(ALLOW_HONORIFIC))
    for (aid, surf, reason) in ALLOW_HONORIFIC:
        L.append("  - %s `%s`: %s" % (aid, surf, reason))
    L.append("\n## Warnings (%d)\n" % len(warnings))
    for w in warnings:
        L.append("- " + w)
    if not warnings:
        L.append("- none")
    with open("stats.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    for w in warnings:
        print("WARN ", w)
    print("OK: %d texts, %d spans, %d special-care; wrote out.jsonl and stats.md"
          % (len(records), sum(label_counts.values()), special_total))


TEXTS = []

# ---------------------------------------------------------------------------
# allow-lists: (id, context string in the plain text, reason)
ALLOW_PERSON = [
    ("sc24-0231", "佐藤板金", "body shop name (company) containing the surname 佐藤; not a person mention"),
]
ALLOW_HONORIFIC = [
]

# === TEXTS ===
# ---------------------------------------------------------------- web_forms
TEXTS += [
("web_forms", """【Webお問い合わせ】受付No.20240611-087
■お名前：[[三宅 清美]]
■フリガナ：[[ミヤケ キヨミ]]
■電話番号：[[PHONE:087-835-2291]]
■メールアドレス：[[EMAIL:kiyomi.m@example.jp]]
■ご希望店舗：高松中央店
■ご相談内容：母が[[DISABILITY:車いすを使って]]いるので、後ろに乗せやすい車を探しています。スロープ付きの見積もりをお願いします。
■配慮が必要な事項：母は[[MEDICAL:人工透析で週3回通院]]しています。火・木・土の午後は避けてください。"""),

("web_forms", """【試乗予約フォーム】
氏名　　　：[[大久保 勝]]
年齢　　　：72
電話番号　：[[PHONE:０８９－９５６－４４０８]]
住所　　　：[[POSTAL_CODE:791-3129]]　[[ADDRESS:愛媛県伊予郡松前町筒井1187-4]]
試乗希望車：ノート e-POWER（E13）
備考　　　：[[MEDICAL:昨年心筋梗塞で入院]]したので、長い試乗は控えたいです。30分くらいで。
持病・服薬：[[MEDICAL:血液をサラサラにする薬を服用中]]"""),

("web_forms", """【整備入庫予約】
お名前：[[濱田 直樹]]
フリガナ：[[ハマダ ナオキ]]
電話：[[PHONE:080-3317-5962]]
車両番号：[[PLATE:高知 530 ほ 26-81]]
入庫希望日：6月18日（火）10:00
代車：希望する
送迎：不要
お体の不自由な点など：なし
その他ご要望：なし"""),

("web_forms", """【お問い合わせ】福祉車両について
お名前：[[岩崎 さとみ]]
ご連絡先：[[PHONE:090-6842-1137]]
メール：[[EMAIL:satomi_iwasaki@example.net]]
ご利用になる方：長男（14歳）
障がい・疾病の状況：[[DISABILITY:脳性まひ]]、[[DISABILITY:身体障害者手帳1級]]
ご質問：息子が大きくなって抱っこでの乗せ降ろしがきつくなりました。リフトアップシートと車いす仕様車のどちらが向いているか、あと減免の手続きも教えてください。"""),

("web_forms", """【オンライン商談申込】
氏名：[[池田 航平]]
生年月日：[[BIRTHDATE:1988年4月27日]]
電話：[[PHONE:086-242-7783]]
住所：[[ADDRESS:岡山市北区大供表町2-14-8 グランコート大供503]]
相談内容：[[SEX_LIFE:同性のパートナー]]と二人暮らしで、車を共同で使いたいです。岡山市の[[SEX_LIFE:パートナーシップ宣誓]]は済ませています。保険の「家族限定」に相手が入れるのかどうか知りたいです。"""),

("web_forms", """【カタログ請求】
お名前：[[西村 和子]]
〒：[[POSTAL_CODE:680-0846]]
ご住所：[[ADDRESS:鳥取市富安2丁目91-3]]
TEL：[[PHONE:0857-21-6604]]
ご請求カタログ：セレナ／ルークス（助手席回転シート）
ご家族構成：夫・本人
ご要望：夫が[[MEDICAL:パーキンソン病を患って]]おり、乗り降りに時間がかかります。回転シートの資料を送ってください。"""),

("web_forms", """【車検見積もり依頼】
お名前：[[竹内 悠斗]]
電話：[[PHONE:090-2276-0481]]
車両：エクストレイル（T32）
登録番号：[[PLATE:広島 331 ふ 88-02]]
車台番号：[[VIN:NT32-551872]]
走行距離：約96,400km
前回車検：2022年7月
ご要望：ブレーキの鳴きが気になります。見積もりは7万円以内だと助かります。
ご来店時の配慮事項：なし"""),

("web_forms", """【お問い合わせ】
お名前：[[田村 恵]]
電話番号：[[PHONE:070-4418-2935]]
お問い合わせ種別：その他
内容：先月そちらで購入した車のことで。[[CRIME_VICTIM:元夫からつきまといを受けて]]いて、警察にも相談済みです。もし元夫が店に来て私の住所や車のことを聞いても、絶対に教えないでください。担当の[[真鍋]]さんにも伝えてください。
連絡方法：メールのみ希望（電話はでられません）
メール：[[EMAIL:megu.t0415@example.com]]"""),

("web_forms", """【福祉車両 試乗申込】
利用者氏名：[[松本 大輝]]（18歳）
申込者氏名：[[松本 由香]]（母）
電話：[[PHONE:088-654-3018]]
住所：[[ADDRESS:徳島県徳島市沖浜東3丁目48番地]]
障がいの有無：あり（[[DISABILITY:知的障害]]・[[DISABILITY:療育手帳A]]）
補足：本人は大きな音が苦手です。試乗の日は、人の少ない時間帯でお願いします。"""),

("web_forms", """――――――――――――――――
Webフォームからの送信がありました
――――――――――――――――
[お名前] [[小川 隆史]]
[電話] [[PHONE:083-922-4756]]
[ご住所] [[ADDRESS:山口市湯田温泉4丁目2-31]]
[お問い合わせ] 自動車保険の切り替え
[内容] 先日、[[MEDICAL:健康診断で糖尿病の疑い]]と言われました。保険の加入に影響しますか？ 生命保険はこれから[[MEDICAL:再検査]]です。
[返信方法] 電話"""),

("web_forms", """【ご意見・ご要望】
お名前：[[原田]]
電話：なし
メール：[[EMAIL:harada-ys@example.org]]
内容：高松中央店の駐車場、障がい者用スペースに普通の車が停まっていることが多いです。私は[[DISABILITY:右足が義足]]なので、広いスペースがないと降りられません。改善をお願いします。"""),

("web_forms", """【下取り査定申込】
氏名：[[上田 昌平]]
連絡先：[[PHONE:090-7735-6120]]
車種：デイズ（B21W）
年式：平成27年
走行：5万8千km
車検満了：2025/03
査定希望日：土日
メモ欄：[[CRIMINAL:去年飲酒運転で免許取消]]になり、車を手放すことにしました。家まで引き取りに来てもらえますか。住所は[[ADDRESS:広島県福山市霞町1丁目7-15]]です。"""),

("web_forms", """【お問い合わせフォーム】
お名前：[[森下 あかね]]
ふりがな：[[もりした あかね]]
電話：[[PHONE:0852-24-9187]]
ご質問：妊娠中でも試乗はできますか？ いま[[MEDICAL:妊娠7か月]]で、産まれる前にスライドドアの車に替えたいと考えています。
希望店舗：松江店"""),

("web_forms", """【メンテナンスパック申込】
契約者名：[[藤原 哲也]]
車両番号：[[PLATE:岡山 500 る 3-71]]
電話：[[PHONE:086-463-2290]]
メールアドレス：[[EMAIL:t.fujiwara@example.jp]]
プラン：セーフティパック36
支払方法：クレジットカード
カード番号：[[CARD:4539 1726 0841 3752]]
有効期限：08/27
特記事項：なし"""),

("web_forms", """【お問い合わせ】
お名前：[[野村 千尋]]
電話：[[PHONE:080-9163-4402]]
内容：[[CRIME_VICTIM:自宅の駐車場で車に傷をつけられ]]ました。鍵で「死ね」みたいな文字を書かれています。高知南警察署には[[CRIME_VICTIM:被害届を出し]]ました。修理の見積もりと、保険を使うかどうか相談したいです。
車両：[[PLATE:高知 300 ら 40-19]]"""),

("web_forms", """【運転補助装置のご相談】
ご本人のお名前：[[川口 俊介]]
年齢：45歳
電話：[[PHONE:090-3391-7724]]
お身体の状態：[[DISABILITY:脊髄損傷で両下肢まひ]]（[[DISABILITY:身体障害者手帳1級]]）
現在の車：他社メーカーのミニバン（手動装置なし）
ご相談内容：手動運転装置を付けた車に乗り換えたいです。[[DISABILITY:車いすは自分で積み込み]]たいので、ルーフの収納装置も検討しています。"""),

("web_forms", """【お客様アンケート】
お名前：[[吉岡 美幸]]
ご来店店舗：徳島沖浜店
担当スタッフ：[[三好]]
満足度：とても満足
ご意見：[[DISABILITY:耳が聞こえにくい]]ので、[[三好]]さんが筆談ボードを用意してくれて助かりました。次回の点検も[[三好]]さんにお願いしたいです。"""),

("web_forms", """【お問い合わせ】
お名前：[[石田 浩]]
電話：[[PHONE:0857-53-0718]]
内容：運転免許の更新で、医師の診断書を出すように言われました。[[MEDICAL:てんかんの治療中]]です。診断書が出るまで運転できないので、その間の代車というか、送迎サービスはありますか。
現在の車：[[PLATE:鳥取 580 せ 1-24]]"""),

("web_forms", """【LINE友だち登録者 情報変更】
旧住所：[[ADDRESS:愛媛県今治市常盤町5丁目3-2]]
新住所：[[ADDRESS:愛媛県今治市阿方甲1285-6 ハイツあかた202]]
お名前：[[越智 亮介]]
電話：変更なし
変更理由：[[CRIME_VICTIM:空き巣に入られ]]て引っ越しました。前の住所への郵便は止めてください。"""),

("web_forms", """【保険のお見積り】
記名被保険者：[[今井 陽子]]
生年月日：[[BIRTHDATE:昭和49年11月2日]]
運転者の範囲：本人・配偶者
現在の等級：14等級
事故歴：あり（昨年1件）
告知事項：[[MEDICAL:うつ病で通院中]]、[[MEDICAL:睡眠薬を服用]]
連絡先：[[PHONE:082-508-3361]]"""),
]

# ---------------------------------------------------------------- long_mail
TEXTS += [
("long_mail", """件名：Re: 納車日のご相談

[[河野]]様

お世話になっております。[[宮本]]です。
納車日の件、ご連絡ありがとうございます。

実は来週、[[MEDICAL:主人が胆石の手術]]を受けることになりまして、[[MEDICAL:退院]]が月末になりそうです。
[[MEDICAL:手術の後]]しばらくは[[MEDICAL:運転できないと先生に言われて]]いますので、納車は来月の第2週以降にしていただけると助かります。

> 6月22日（土）の午前中に納車のご準備ができております。
> ご都合はいかがでしょうか。

よろしくお願いいたします。
[[宮本 典子]]
[[PHONE:090-1452-8836]]"""),

("long_mail", """件名：車いす仕様車の件（[[岡林]]さんへ）

[[岡林]]さん

先日は丁寧なご説明をありがとうございました。家族で相談した結果を書きます。

父は[[DISABILITY:左半身にまひ]]があり、[[DISABILITY:要介護3]]です。母はもう運転に自信がないので、運転するのは私（長女）になります。
見積もりにあったNV200の車いす仕様で話を進めたいのですが、[[MEDICAL:父は来月から週2回デイケアでリハビリ]]に通うので、そのときの乗せ降ろしを一度練習させてもらえませんか。

それと、[[DISABILITY:障害者手帳]]での自動車税の減免は、名義を父にしないといけないのでしょうか。

―――
[[坂本 真理]]
[[ADDRESS:高知県南国市大そね甲1423-9]]
携帯 [[PHONE:080-6610-2287]]
[[EMAIL:mari.sakamoto@example.jp]]"""),

("long_mail", """件名：先日の件のご報告

せとうちモータース 広島宇品店
[[田頭]] 様

いつもお世話になっています。[[佐々木]]です。
先月お話ししていた件、ご報告です。

[[MEDICAL:甲状腺の病気]]のことで、検査の結果、やはり[[MEDICAL:手術をすることになり]]ました。来月8日に[[MEDICAL:入院]]して、2週間くらいの予定です。
その間は車を使わないので、以前おっしゃっていた「1か月点検」は[[MEDICAL:退院後]]にずらしてもらえますか。

下取りの話は、体が落ち着いてからまたゆっくり相談させてください。

[[佐々木 佳奈]]
[[PHONE:082-255-7091]]

------ 以下、前回のメール ------
> [[佐々木]]様
> 1か月点検のご案内です。7月10日までにご来店ください。
> せとうちモータース 広島宇品店 [[田頭 雄一]]"""),

("long_mail", """件名：ご相談（盗難の件）

[[平田]]様

お世話になります。[[PLATE:倉敷 300 ゆ 67-40]]のプリウスに乗っている[[石原]]です。
けさ起きたら、[[CRIME_VICTIM:マンションの駐車場から車がなくなって]]いました。すぐ倉敷警察署に行って[[CRIME_VICTIM:盗難届を出し]]てきました。
受理番号は第2406-1183号です。

警察からは、車台番号と鍵の本数を聞かれました。車検証のコピーが手元になく、そちらに控えがあれば送っていただけないでしょうか。
車両保険（一般型）に入っていたはずなので、その手続きも合わせてお願いします。

しばらくは通勤に困るので、レンタカーか代車の相談もさせてください。

[[石原 大樹]]
[[PHONE:090-5527-3301]]
[[ADDRESS:岡山県倉敷市笹沖1024-2 サンライズ笹沖305号]]"""),

("long_mail", """件名：Re: Re: 点検のご案内

> 6か月点検の時期になりました。ご都合のよい日をお知らせください。
>> 先月は、ありがとうございました。

[[近藤]]さま

返信が遅くなってすみません。
実は、先月、[[MEDICAL:脳梗塞で倒れ]]まして、[[MEDICAL:まだ入院して]]います。幸い[[DISABILITY:まひは軽い]]のですが、[[MEDICAL:主治医からは当分運転しないように言われて]]います。
点検はもう少し先にしていただけますか。車は妻が時々動かしています。

[[MEDICAL:リハビリのための入院]]は8月末までの予定です。
[[白石 康夫]]（妻 [[白石 律子]] 代筆）"""),

("long_mail", """件名：保険料引き落とし口座の変更について

せとうちモータース 保険担当 [[大西]]様

お世話になっております。[[浅野 智美]]です。
自動車保険の引き落とし口座を変更したいのでご連絡しました。

新しい口座：伊予銀行 久米支店 普通 [[BANK_ACCOUNT:3380517]]
名義：[[アサノ トモミ]]

また、住所も変わりました。
[[POSTAL_CODE:790-0923]] [[ADDRESS:愛媛県松山市北久米町755-1]]

必要な書類があれば郵送してください。なお、[[FAMILY_ORIGIN:本籍は愛媛県八幡浜市]]のままですが、本籍の変更は不要ですよね。よろしくお願いします。

[[浅野 智美]]
[[PHONE:089-970-4458]]"""),

("long_mail", """件名：息子のことで（ご相談）

[[越智]]さん

いつも親切にしていただいてありがとうございます。言いにくいことですが、相談させてください。

先月、[[CRIMINAL:息子が無免許運転で警察に捕まり]]ました。今は[[CRIMINAL:家庭裁判所の調査を待って]]いるところです。[[CRIMINAL:少年事件]]なので詳しいことはまだ分かりません。
家の車の鍵はもう私が持っていますが、キーを勝手に使えないようにする装置（暗証番号で動くようなもの）は後付けできますか。

主人にもまだ詳しく話していないので、連絡はこのメールにだけお願いします。

[[菅 由美子]]
[[EMAIL:yumiko.suga@example.com]]"""),

("long_mail", """件名：お礼

[[守屋]]様

先日は、[[MEDICAL:がんの治療で通院して]]いる私のために、朝早くの車検入庫に対応してくださってありがとうございました。
[[MEDICAL:抗がん剤]]の日は体がだるくて運転ができないので、代車を家まで持ってきていただけたのは本当に助かりました。

[[MEDICAL:治療はあと3クール]]残っています。終わったら、妻と一緒に新しい車を見に行きたいと思っています。

[[三浦 正和]]
岡山市中区"""),

("long_mail", """件名：【至急】昨夜の事故について

[[藤井]]さん
夜分にすみません。[[山下]]です。

昨日の夜10時ごろ、[[ADDRESS:広島市南区宇品海岸2丁目10-7]]のコンビニ駐車場で、[[CRIME_VICTIM:停めていた車にぶつけられて]]、相手はそのまま逃げました。[[CRIME_VICTIM:当て逃げ]]です。
広島南警察署で事故証明を取ってもらいます。防犯カメラに映っていたらしく、警察の方が確認してくれるそうです。

リアバンパーがへこんで、テールランプも割れています。
修理の見積もりをお願いできますか。車は[[PLATE:広島 502 そ 12-95]]です。

[[山下 浩二]]
[[PHONE:090-8430-2219]]"""),

("long_mail", """件名：Fw: 免許返納と車の処分について

――― 転送メッセージ ―――
差出人：[[宇野 博之]] <[[EMAIL:h.uno@example.jp]]>
宛先：[[宇野 咲]]
件名：父の車

咲へ
お父さんの車のこと、そちらのお店に相談しておいてくれる？
[[MEDICAL:認知症の初期と診断され]]たので、免許は返納することにした。
――――――――――――

[[平田]]様

上記のとおり、兄から頼まれました。父の車（ムラーノ、[[PLATE:山口 330 の 7-07]]）の買取をお願いしたいです。
[[MEDICAL:父の病気]]のこともあり、できれば自宅で査定をしていただけますか。

[[宇野 咲]]"""),

("long_mail", """件名：ご返信（予約の件）

[[真鍋]]さん

お返事ありがとうございます。
> 来店時に何かご不便なことがあれば事前にお知らせください。

それでは甘えて書きます。私は[[DISABILITY:目が見えにくく]]、[[DISABILITY:視覚障害2級]]です。来店は夫の運転で行きますが、契約書などの[[DISABILITY:細かい字が読めません]]。大きな字の書類か、読み上げていただけると助かります。

[[DISABILITY:盲導犬も一緒]]です。店内に入れても大丈夫でしょうか。

[[大川 敦子]]
[[PHONE:087-843-5510]]"""),

("long_mail", """件名：先日の試乗の件

せとうちモータース 松江店
[[景山]] 様

土曜日はありがとうございました。[[森脇 健太]]です。

正直にお伝えしておきます。私は[[MEDICAL:双極性障害の治療中]]で、[[MEDICAL:毎日薬を服用して]]います。[[MEDICAL:主治医からは運転はしてよいと言われて]]いますが、ローンの審査でこういうことを書く欄はありますか。
うそを書くのは嫌ですが、書かなくていいなら書きたくない、というのが本音です。

返信はメールでお願いします。

[[森脇 健太]]
[[EMAIL:kenta.moriwaki@example.jp]]"""),

("long_mail", """件名：Re: ご契約書類のご案内

[[西森]]様

ご案内ありがとうございます。住民票、印鑑証明をそろえました。

ひとつご相談です。私は[[SEX_LIFE:同性のパートナーと暮らして]]いて、車はパートナーの[[佐野 純]]も運転します。
[[SEX_LIFE:僕たちは男性同士]]のカップルなのですが、保険の「配偶者」扱いにはなりますか？ 高知県の[[SEX_LIFE:パートナーシップ制度の受領証]]はあります。

> 任意保険は、ご家族の範囲によって保険料が変わります。

[[北村 大地]]
[[PHONE:080-2291-5540]]"""),

("long_mail", """件名：お詫びとお願い

せとうちモータース 徳島沖浜店 御中

昨日の午後、店内で大きな声を出してしまった[[宮崎]]の家族です。
弟には[[DISABILITY:自閉症があり]]、慣れない場所で不安になるとあのようになってしまいます。驚かせてしまい、申し訳ありませんでした。

スタッフの[[三好]]さんがすぐに静かな部屋に案内してくださって、助かりました。
次回は予約の上、開店直後の時間に伺いたいと思っています。

[[宮崎 遥]]
[[PHONE:088-625-0093]]"""),

("long_mail", """件名：保険金請求の件

[[大西]]様

お世話になっております。先日の事故で、
[[MEDICAL:頸椎ねんざで全治3週間]]と診断されました。
今は[[MEDICAL:週3回整形外科に通院]]しています。

診断書は昨日もらいましたので、今日中にコピーを郵送します。
[[MEDICAL:通院]]の交通費はどうすればよいですか。

> 人身傷害の請求には、診断書と通院の領収書が必要です。

よろしくお願いします。

[[中島 亜希]]
[[POSTAL_CODE:761-8075]] [[ADDRESS:香川県高松市多肥下町1520-3]]"""),

("long_mail", """件名：ご連絡（電話に出られない理由）

[[香西]]さん

何度もお電話をいただいていたのに出られず、すみませんでした。
[[MEDICAL:5月末から入院]]していて、携帯はほとんど見ていませんでした。
[[MEDICAL:心臓のカテーテル検査]]の結果が思ったより悪かったようです。

車検の期限が7月3日なのは分かっています。
ユーザー車検ではなくそちらで、代車なしでお願いします。鍵は妻が持って行きます。

[[大塚 修]]"""),

("long_mail", """件名：Re: 中古車のご購入について

> ご希望のフリードの在庫がございました。今週末、ご来店いただけますか。

[[木下]]様

ありがとうございます。行きたいのですが、ひとつ確認させてください。

私は[[DISABILITY:左腕が肩から動かず]]、右手だけで運転しています。ハンドルに付けるノブ（旋回ノブ）は中古車にも付けられますか？ 今の車には付けています。
公安委員会の条件は「AT車・ノブ付き」になっています。

[[清水 拓也]]
[[PHONE:090-4706-3382]]"""),

("long_mail", """件名：個人情報の取り扱いについて

せとうちモータース株式会社
お客様相談室 御中

私は[[CRIME_VICTIM:DVの被害にあい]]、現在、支援措置を受けています。
住民票の閲覧制限もかけています。

貴社で車を買った元夫が、貴社の担当者を通じて私の新しい住所を調べようとするかもしれません。
私の情報は、誰から問い合わせがあっても答えないでください。

[[CRIME_VICTIM:DV]]のことは、担当の[[藤井]]さんにはお話ししています。

[[林 沙織]]
連絡はメールのみ [[EMAIL:s.hayashi88@example.net]]"""),

("long_mail", """件名：法事のため納車日変更のお願い

[[渡部]]様

お世話になっております。[[村上]]です。
納車を予定していた6月30日は、父の三回忌の法要が入ってしまいました。

うちは[[CREED:浄土真宗の門徒]]で、お寺さんの都合でこの日しかないそうです。
7月の第1週のどこかに変えていただけますか。

[[村上 孝]]
[[PHONE:0898-32-6617]]"""),

("long_mail", """件名：ご契約のキャンセルについて

[[矢野]]様

先日ご契約した車の件ですが、大変申し訳ないのですが、キャンセルをお願いしたいと思います。

実は、先週、[[MEDICAL:乳がんが見つかり]]ました。[[MEDICAL:来月から治療が始まり]]、仕事もしばらく休むことになりそうです。
ローンを組むのは不安なので、[[MEDICAL:治療]]が一段落してから、改めて考えたいです。

キャンセル料がかかる場合は、おっしゃってください。

[[小松 恵子]]
[[PHONE:090-6603-4418]]"""),
]

# ---------------------------------------------------------------- staff_memo
TEXTS += [
("staff_memo", """6/12 [[宮本]]様(ご主人) TEL有→[[MEDICAL:胆石オペ]]で納車延期希望。7月2週以降で再調整。[[MEDICAL:術後]]しばらく運転NGとのこと。担当[[河野]]"""),

("staff_memo", """【来店メモ】[[岡田 信也]]様 65歳 [[PHONE:090-1187-4430]]
・[[MEDICAL:ペースメーカー入れてる]]→スマートキーの電波気にされる
・説明済(22cm以上離せばOKの一般論のみ、医師に確認を勧めた)
・セレナe-POWER見積 2台分 下取 ノア(H28)
次回 6/20 午前 [[大西]]"""),

("staff_memo", """引継ぎ）[[木村]]様の件
[[CRIME_VICTIM:車上荒らし被害]](6/8夜 自宅前)、運転席ガラス割られバッグ盗難。警察対応済、[[CRIME_VICTIM:被害届受理]]。
ガラス交換見積 54,780円。車両保険(免責5万)使うか本人検討中。→[[近藤]]から明日TEL"""),

("staff_memo", """[[小野寺]]様 点検時ヒアリング
[[DISABILITY:右耳難聴]]→左側から話しかけること
[[MEDICAL:高血圧で服薬中]]
ふらつきなしとのこと。運転は問題なさそう(本人談)
オイル・エレメント交換、ワイパーゴム 計8,140円"""),

("staff_memo", """☆要注意☆ [[田村 恵]]様(0008フォーム)
[[CRIME_VICTIM:元夫のストーカー被害]]あり。元夫=[[田村 剛]](当店客・別担当)。
→[[恵]]様の住所・車両情報・来店予定は一切口外禁止。電話で聞かれても「お答えできません」。
[[CRIME_VICTIM:保護命令]]出てるとのこと。店長了承済。[[真鍋]]"""),

("staff_memo", """納車前確認 [[浜口]]様
・[[DISABILITY:車いす(電動)]] 重量約80kg→スロープ耐荷重OK
・[[DISABILITY:頸髄損傷]]
・介助者=奥様
・固定ベルト4点 練習1h予定
・[[DISABILITY:体温調節ができない]]ため、エアコン後席吹出し説明必須"""),

("staff_memo", """6/14(金) 電話受付 [[藤本]]
[[長尾]]様より：[[MEDICAL:ぎっくり腰]]で来店できず、点検キャンセル。来週また電話くださるとのこと。
車 [[PLATE:香川 501 ち 58-03]]"""),

("staff_memo", """【商談記録】[[上村 明美]]様/[[上村 涼]]様(息子さん)
・[[涼]]さん[[DISABILITY:ADHD]]、免許取りたて
・母「衝突被害軽減ブレーキ必須」「速度制限のかかる仕組みない？」
・ノート AUTECH見積提示
・[[涼]]さん[[MEDICAL:服薬中]]([[MEDICAL:コンサータ]])→運転への影響は主治医に確認するよう伝えた"""),

("staff_memo", """事故受付 6/15 9:40 [[PHONE:080-5592-1763]] [[中野 洋平]]様
国道11号 高松市内 追突された(もらい事故) 相手保険会社 連絡済
本人[[MEDICAL:首痛い]]、病院行くとのこと
車 自走不可 → レッカー手配済 入庫 高松中央工場
担当[[香西]]"""),

("staff_memo", """[[高木]]様 ローン相談
勤務先：しまなみ造船(株) 勤続12年 年収約520万
[[UNION:組合員]](組合費天引きで手取り減とのこと)
頭金50万 残クレ希望 5年
審査申込は来週"""),

("staff_memo", """試乗後メモ（[[松井]]）
お客様[[MEDICAL:手術後で左膝にボルト]]→ブレーキ踏み替え少し痛むとのこと
→オートホールド説明 好感触
奥様も運転。奥様[[DISABILITY:弱視]]で夜は運転しない"""),

("staff_memo", """【クレーム】[[福田]]様
「点検の待ち時間に[[DISABILITY:発達障害]]の子どもを見る目が冷たかった」とのお申し出。
受付スタッフ[[吉川]]に確認→注意を向けたつもりはないが誤解を招いた。店長[[平田]]から電話で謝罪済(6/16)。"""),

("staff_memo", """[[松田]]様 TEL 6/17
[[MEDICAL:奥様入院中]]のため、代理で息子さん来店予定
必要:委任状・印鑑証明(奥様名義)
[[MEDICAL:入院先]]は岡山市内、詳細は聞いていない"""),

("staff_memo", """査定 [[PLATE:徳島 300 ま 90-21]] ハリアー
オーナー[[森 太一]]様：[[CRIMINAL:逮捕され勾留中]]（ご家族談）。売却はお母様が代理。
→所有者本人の委任状必須。拘置所への郵送で取れるか確認中。
※社内のみ。外で話さないこと [[三好]]"""),

("staff_memo", """Memo 6/18 [[川原]]
[[斉藤]]様 来店。[[MEDICAL:持病 喘息]]、冬は発作出やすい→車内のエアコンフィルター高性能タイプ希望
ディーラーOPのプラズマクラスターも検討
次回見積 6/25"""),

("staff_memo", """★ご来店時の配慮★
[[寺田]]様：[[DISABILITY:聴覚障害]]（筆談・手話）
→手話のできる[[吉岡]]（松江店）に応援依頼済
商談 6/22 11:00
UDトークのタブレットも用意"""),

("staff_memo", """保険事故 受付
被保険者 [[谷口 伸二]]
6/19 夜 飲み会帰りの代行運転中に接触。代行業者側の過失。
[[谷口]]様はケガなし。同乗の奥様[[MEDICAL:軽い打撲]]で一応受診済。
写真4枚受領"""),

("staff_memo", """次回車検の連絡注意
[[金子]]様：[[MEDICAL:認知機能検査で要再検]]→免許更新保留中とのこと（娘さん談）
車検の案内は娘さん（[[金子 千夏]] [[PHONE:090-3035-7719]]）宛にしてほしいと依頼あり"""),

("staff_memo", """展示会メモ
・[[横山]]様(広島市西区)：[[DISABILITY:足が不自由]]、ルークス助手席回転シート興味
・[[内田]]様：ナンバー付き現行キックス見たい→在庫なし
・名前不明の方：e-POWERの燃費だけ質問
回収アンケート11枚"""),

("staff_memo", """[[秋山]]様 6/20 TEL
先日の見積もりの件、[[MEDICAL:ご主人が急に入院]]→保留。
「[[MEDICAL:主人の病気]]の治療がどのくらいかかるか分からない」
1か月後に再度お声がけ OK もらった。[[藤井]]"""),
]

# ---------------------------------------------------------------- chat
TEXTS += [
("chat", """お客様：こんにちは
お客様：来週の点検なんですけど、送迎ってお願いできますか？
スタッフ[[河野]]：こんにちは😊 送迎可能です！ご住所を教えていただけますか？
お客様：[[ADDRESS:松山市南久米町482-11]]です
お客様：[[MEDICAL:白内障の手術]]したばっかりで、まだ運転しちゃダメって言われてて💦
スタッフ[[河野]]：承知しました、お大事になさってください🙇 お迎えに上がります"""),

("chat", """[[ゆうな]]🌸：すみません、ちょっと聞きたいです
[[ゆうな]]🌸：[[MEDICAL:つわりがひどく]]て、車の匂いがダメになってしまって…
[[ゆうな]]🌸：消臭とか車内クリーニングってやってますか？
せとうちモータース：ございます！エアコン内部洗浄とセットで16,500円（税込）です✨
[[ゆうな]]🌸：よかった〜 [[MEDICAL:安定期]]に入ったら予約します🙏"""),

("chat", """お客様：車を盗まれました
お客様：[[CRIME_VICTIM:きのうの夜、家の前から車がなくなって]]て
お客様：警察には行きました
担当[[近藤]]：大変でしたね…。車両保険のご確認をしますので、お名前とお車のナンバーを教えてください。
お客様：[[西川 勇気]]、[[PLATE:広島 300 め 5-58]] です
お客様：[[CRIME_VICTIM:盗難]]のやつってGPSとかで探せないんですか😭"""),

("chat", """👤 すみません、福祉車両の相談って平日だけですか
🏢 土日も承っております！どのようなお車をお探しですか？
👤 [[DISABILITY:妻が車いす]]で、[[MEDICAL:最近ALSと診断され]]ました
👤 これからどんどん進むみたいなので、先を見て選びたいです
🏢 承知いたしました。リクライニング型の車いすでも乗れる車種をご用意してご説明します。
👤 ありがとうございます。[[坂口]]といいます。土曜の10時でお願いします"""),

("chat", """お客様：お世話になります！ [[今村]]です
お客様：[[PLATE:島根 530 て 21-60]] の車検の予約したいです
スタッフ：[[今村]]様、いつもありがとうございます🙏 ご希望日はありますか？
お客様：7/5か7/6で！
お客様：あ、代車は軽でも大丈夫です
スタッフ：7/6 9:30でお取りしました😊"""),

("chat", """お客様：保険の更新の件でチャットしました
お客様：去年、[[CRIME_VICTIM:オレオレ詐欺で200万取られて]]
お客様：それから知らない電話は出ないことにしてるので、連絡はここでお願いします
スタッフ[[大西]]：かしこまりました。更新のご案内はチャットでお送りします。
お客様：たすかる〜
お客様：ちなみに[[CRIME_VICTIM:詐欺の件]]、犯人はまだ捕まってないです😢"""),

("chat", """Customer: すみません 整備の予約したいんですが
Customer: 私[[DISABILITY:吃音]]があって電話が苦手で…チャットで全部できますか
Staff [[三好]]：もちろんです！チャットで最後までご対応いたします😊
Customer: うれしい 🥲
Customer: [[PLATE:徳島 580 つ 33-17]] オイル交換だけです
Staff [[三好]]：明日14:00はいかがでしょうか"""),

("chat", """お客様：今ちょっといいですか
お客様：[[MEDICAL:夫がコロナで入院]]しちゃって、明日の納車受け取れないです😥
お客様：私も[[MEDICAL:濃厚接触で自宅待機]]なので来週以降でお願いします
担当[[松井]]：承知しました、どうかお大事に。納車日は改めてご相談させてください
お客様：すみません🙏"""),

("chat", """ユーザー：てすと
ユーザー：あ、つながった
ユーザー：ナビの地図更新っていくらですか
サポート：最新版への更新は、ディーラー作業で11,000円（税込）です。
ユーザー：高っ
ユーザー：じゃあいいです
ユーザー：あ、あと[[MEDICAL:昨日から熱があって]]今日の点検行けません。[[寺井]]です、キャンセルで"""),

("chat", """お客様：[[MEDICAL:心療内科に通って]]るんですけど、[[MEDICAL:抗不安薬]]飲んでても運転して大丈夫ですか？
スタッフ：申し訳ありません、お薬と運転については主治医の先生にご確認いただくのがいちばん確実です🙇
お客様：ですよね
お客様：[[MEDICAL:パニック発作]]が高速で出たことあって、それ以来ちょっと怖くて
スタッフ：ご無理なさらないでくださいね。試乗は一般道だけでもできますよ"""),

("chat", """お客様：先週おたくで買ったデイズ
お客様：[[CRIME_VICTIM:タイヤ4本とも盗まれた]]んやけど
お客様：ホイールロックナット付けてなかったん？？
スタッフ[[岡林]]：大変申し訳ございません。お車はいまどちらに？
お客様：[[ADDRESS:高知市一宮しなね2丁目15-8]]の月極
お客様：警察来て[[CRIME_VICTIM:被害届]]はもう書いた"""),

("chat", """👩 [[はるか]]：子どもが[[DISABILITY:ダウン症]]で、チャイルドシートがなかなか合わないんです
👩 [[はるか]]：[[DISABILITY:体幹が弱くて]]すぐ傾いちゃう
🚗 スタッフ：それは大変ですね。福祉用の座位保持タイプのシートを取り付けた実例がございます
👩 [[はるか]]：見てみたいです！
🚗 スタッフ：岡山青江店に展示がございます。ご都合の良い日時をお知らせください📅"""),

("chat", """お客様：ちょっと相談なんですが…
お客様：[[CRIMINAL:前に交通違反で罰金刑]]になったことがあって、それってローン審査に響きますか
スタッフ：ローン会社の審査基準は公表されていないため、こちらではお答えしかねます🙇‍♀️
お客様：そっか…
お客様：一応書いとくと、[[CRIMINAL:罰金]]はもう払い終わってます
スタッフ：承知しました。申込書には事実のみご記入いただければ大丈夫です"""),

("chat", """お客様：お疲れ様です、[[岩本]]です
お客様：[[MEDICAL:骨折]]して右足ギプスなので、しばらく自分の車乗れません
お客様：左足だけで運転できる車ってあるんですか？笑
スタッフ[[守屋]]：[[岩本]]様、お大事になさってください💦 左足アクセルという装置はございますが、[[MEDICAL:ギプス]]が取れるまでは運転はお控えください🙏
お客様：ですよね〜"""),

("chat", """お客様：Hello
お客様：すみません日本語で大丈夫です
お客様：[[RACE:母がフィリピン系]]なのでつい英語が出ました笑
お客様：[[SEX_LIFE:彼氏と同棲]]してて、彼の車の保険の運転者に私（男）を入れたいです
お客様：同性でも「同居の親族」みたいな扱いになりますか？
スタッフ：「本人・配偶者限定」以外の「運転者限定なし」等のプランであれば運転できます。詳しくご説明しますね😊"""),

("chat", """お客様：あの、今日そちらの店の前で[[CRIME_VICTIM:知らない男に殴られ]]て
お客様：スタッフの方が警察呼んでくれました
お客様：ありがとうございましたとお伝えください
スタッフ：ご無事で…本当に大変でしたね。お怪我はいかがですか
お客様：[[MEDICAL:唇切れて2針縫いました]]🤕 でも大丈夫です"""),

("chat", """お客様：予約変更できますか
スタッフ：はい、どちらのご予約でしょう？
お客様：6/29の試乗です。[[渡辺 ひかる]]です
お客様：[[MEDICAL:胃カメラ]]の予約がその日になってしまったので
お客様：麻酔するので運転できないらしいです😅
スタッフ：承知しました、7月の土日で候補をお送りします"""),

("chat", """お客様：[[CREED:ラマダン中]]なので
お客様：日中の商談はちょっとしんどいです😅
お客様：夕方7時半以降でもいいですか？
スタッフ：大丈夫です！19:30でご予約承ります
お客様：[[CREED:モスクでお祈り]]してから行きます🕌 [[アフマド]]です"""),

("chat", """お客様：息子の免許のことで相談
お客様：[[MEDICAL:息子は1型糖尿病]]で[[MEDICAL:インスリン打って]]ます
お客様：低血糖のときに車が止まるようなのってあります？
スタッフ：車側で体調を検知して止める装置は一部にございますが、万能ではありません。主治医とご相談のうえ、補食をお車に常備されることをおすすめします
お客様：わかりました"""),

("chat", """お客様：こんにちは
お客様：先月の[[CRIME_VICTIM:当て逃げ]]の件、犯人見つかりました！
お客様：[[飯田]]さんがドラレコの映像取り出してくれたおかげです
スタッフ[[飯田]]：よかったです！！
お客様：修理代は相手の保険から出ることになりました🙌"""),
]

# ---------------------------------------------------------------- voice_input
TEXTS += [
("voice_input", """もしもし車検のことなんやけどな[[MEDICAL:うちのおじいさんが腰の手術]]しよってな今月はよう行かんのよほなけん来月にしてもらえんやろか名前は[[真鍋 輝男]]電話は[[PHONE:〇八七の八七四の二二一〇]]やけん"""),

("voice_input", """あのな[[DISABILITY:目がようみえんなってきた]]けん免許返そうかおもとるんよ車はどないしたらええんやろか[[MEDICAL:眼医者さんに緑内障言われて]]な運転はやめときなはれ言われたんよ番号は[[PHONE:ぜろはちきゅうのきゅうななにのよんよんさんいち]]"""),

("voice_input", """ほいで[[CRIME_VICTIM:ガソリン抜かれとった]]んよ朝見たら空っぽでな警察にも言うたんやけど[[ADDRESS:丸亀市土器町東三丁目二百八十一番地]]の家の前やきに誰が見よったか分からんのや[[香川 一郎]]やけど折り返してくれるで"""),

("voice_input", """ほうやけんな[[MEDICAL:嫁さんのお腹に赤ちゃん]]がおるけん大きい車にしよう思うてなスライドドアのやつなんぼぐらいするんぞなもし[[越智 健]]言うもんですけど"""),

("voice_input", """こんにちは[[岡林]]さんおる[[MEDICAL:わしの肝臓の数値が悪うて]]入院することになったがよほいで車は娘が乗るき名義を娘に変えたいがやけんどどういたらえいがやろか娘の名前は[[岡村 みさき]]ながよ"""),

("voice_input", """あのね[[DISABILITY:息子が耳が聞こえんき]]車の中で後ろ見えるカメラみたいなんつけれんろうかこっちから手話で話しかけたいがよ今のは[[PLATE:高知 500 は 77-14]]の軽ながやけど"""),

("voice_input", """ほんでね先週[[CRIMINAL:うちの主人が酒気帯びで捕まって]]ね会社にもばれて今大変なんよ車はしばらく乗らんけえ売ってもええかねいう相談なんじゃけど番号は[[PHONE:〇八二の二八七の五五一九]]じゃけえ"""),

("voice_input", """えーと[[MEDICAL:透析しよる]]けえ毎週月水金は病院なんよほいじゃけえ点検は火曜か木曜にしてほしいんじゃ[[PLATE:福山 300 ね 6-30]]のセレナじゃ名前は[[沖田 良夫]]よろしゅう"""),

("voice_input", """ほらあれよ[[MEDICAL:わしが抗がん剤しよる]]じゃろほんで髪抜けて帽子かぶっとるけどびっくりせんといてな明日の十時に行くけえね[[河野]]君によろしゅういうといて"""),

("voice_input", """すまんけど予約の変更で[[MEDICAL:母が転んで大腿骨折っ]]たけん明日は行けんなったんよ[[四宮 順子]]の娘です電話番号は[[PHONE:〇九〇の五二一六の三三〇八]]ですけん"""),

("voice_input", """ちょっと聞いてくださいよ[[CRIME_VICTIM:うちの車にいたずら書きされ]]とったんですわほんでスプレーで落ちんのですわ修理なんぼかかりますやろか[[ADDRESS:坂出市京町二丁目六番十二号]]です"""),

("voice_input", """もしもし[[DISABILITY:足が悪い]]けん乗るのに手すりがほしいんじゃがの後付けできるんかいのう今はノートに乗りよるんじゃ名前は[[仁井田 政夫]]いいます番号は[[PHONE:八六の四六二の七七〇五]]"""),

("voice_input", """いやーまっこと[[MEDICAL:熱中症で救急車で運ばれ]]ちょったがよ畑でね車は畑に置きっぱなしやき誰かとりに行ってくれんろうか鍵は家の者が持っちゅう名前は[[安岡 隆]]です"""),

("voice_input", """ほんで[[MEDICAL:娘がうつ]]になってしもうてね仕事辞めて家におるんよ車はわたしが乗るけえ保険の年齢条件を変えたいんじゃけどできるんかね[[神田 幸子]]ですけど"""),

("voice_input", """あのですね[[CRIME_VICTIM:ネットで車買うて詐欺におうて]]お金だけ取られて車こんかったんですわもうおたくで買いなおそう思いまして予算は百五十万ぐらいで[[大喜多 進]]いいます"""),

("voice_input", """おはようございますほたら[[DISABILITY:身体障害者手帳]]もろたけん駐車禁止除外の標章いうのをとりたいんやけどそっちでしてくれるんかなそれとも警察かな[[DISABILITY:左手が動かん]]けん書類書くのがしんどいんよ"""),

("voice_input", """うちのじいさんがな[[MEDICAL:もの忘れ外来に行って]]薬もろうとるんよそれでもまだ運転する言うてきかんのよなんかええ方法ないやろか[[PLATE:香川 300 る 2-15]]の車やけど"""),

("voice_input", """もしもし[[PHONE:〇八八の八八三の四一五七]]の[[西岡]]ですけんど[[MEDICAL:手術で入院しちょって]]ね退院したき点検の予約を入れたいがよ来週の水曜の昼からはどうぜよ"""),

("voice_input", """えっとねローンの申し込みのことなんじゃけど書類に組合のこと書くとこあったけえ一応言うとくと[[UNION:労働組合に入っとる]]よ[[UNION:組合費は給料から引かれとる]]けえ手取りはその分少ないんよ"""),

("voice_input", """ねえ聞いてやほんま[[CRIME_VICTIM:スマートキーの電波を盗まれて車ごと持っていかれ]]たんよリレーアタックいうやつ防犯カメラには二人組映っとったけえ警察が今調べよる[[PLATE:広島 330 ゆ 45-90]]よ見つかったら連絡ほしいんじゃ"""),
]

# ---------------------------------------------------------------- elderly
TEXTS += [
("elderly", """拝啓　梅雨の候、皆様にはお変わりなくお過ごしのことと存じます。
さて、私こと[[大谷 清]]、昨年の暮れより[[MEDICAL:心臓を悪くいたしまして]]、[[MEDICAL:医者から車の運転は控えるよう申し渡され]]ました。
つきましては長年お世話になりました車を手放したく、お引き取りのご相談を申し上げます。
敬具
　六月十日
　[[ADDRESS:香川県三豊市詫間町詫間六八一二番地]]
　[[大谷 清]]
せとうちモータース　[[香西]]様"""),

("elderly", """前略　ごめんください。
主人が[[MEDICAL:春に大きな病気をいたしまして]]、いまは[[MEDICAL:施設でお世話になって]]おります。
主人の車はわたくしが運転できませんので、どうしたらよいものかと思い、お手紙を書きました。
電話は[[PHONE:〇八九八（三二）七七〇四]]でございます。夕方でしたらおります。
かしこ
[[越智 トミ子]]"""),

("elderly", """[[近藤]]様
先日は遠いところをわざわざお越しいただき、ありがとうございました。
わたしも八十五になり、[[DISABILITY:耳が遠く]]なりまして、電話ではお話がよく聞き取れません。
ご用の際はお手紙か、娘（[[PHONE:090-4473-6628]]）の方へお願いいたします。
[[MEDICAL:腰の具合]]もよくありませんので、車検のときはお迎えに来ていただけると助かります。
[[石井 キヨ]]"""),

("elderly", """ご無沙汰しております。[[中村 昭]]でございます。
お恥ずかしい話ですが、[[MEDICAL:近ごろ物忘れがひどく]]、先日も駐車場で自分の車がどこか分からなくなりました。
[[MEDICAL:かかりつけの先生に診ていただいたところ、認知症の始まり]]とのこと。
家族とも話し、免許を返すことにいたしました。車の処分のことで一度お越しいただけますか。"""),

("elderly", """謹啓
いつも主人がお世話になっております。
主人　[[小西 文雄]]は[[MEDICAL:先月より床に伏せって]]おりまして、このたびの点検のお知らせも見ることができません。
[[MEDICAL:長患い]]になりそうでございますので、お車は当分、車庫に置いたままにいたします。
点検のご案内はしばらくお休みいただけますよう、お願い申し上げます。
謹白
[[小西 ハル]]"""),

("elderly", """せとうちモータース様
わたしは[[DISABILITY:足腰が弱って]]、もう運転席に座るのもひと苦労です。
孫がいうには、座席がくるっと回って外に出てくる車があるとか。
そういう車の本を一冊送ってくださいませ。
[[POSTAL_CODE:781-5103]]
[[ADDRESS:高知市大津乙二七四〇番地の一]]
[[山崎 ミツエ]]　八十一歳"""),

("elderly", """[[大西]]さんへ
主人が[[MEDICAL:お腹の手術]]をしまして、ただいま[[MEDICAL:療養中]]でございます。
車の保険の書類、主人の代わりにわたくしが書いてもよいものでしょうか。
字が下手で申し訳ございません。
[[三木 節子]]"""),

("elderly", """拝啓
新緑の候、ますますご清祥のこととお喜び申し上げます。
私ども夫婦も[[MEDICAL:寄る年波で病院通いの日々]]でございますが、車だけは手放せず、おかげさまで今年も車検の時期を迎えました。
例年どおり、七月初めにお願いいたしたく存じます。
敬具
[[PLATE:岡山 500 し 80-08]]
[[難波 正一]]"""),

("elderly", """ご担当の方へ
わたくし、[[DISABILITY:目が不自由]]なため、この手紙は娘に代筆してもらっております。
夫が亡くなり、夫名義の車がそのままになっております。名義の変え方を教えてください。
娘の名は[[木原 聡子]]、電話は[[PHONE:０８２（８２３）１９０６]]です。
[[木原 ヨシ]]"""),

("elderly", """前略
昨年は[[MEDICAL:入院]]のため車検をお休みしてしまい、ご迷惑をおかけしました。
おかげさまで[[MEDICAL:ペースメーカーを入れて]]からは元気にしております。
今年はまたお願いしたいと思いますので、ご案内をお待ちしております。
草々
[[吉田 茂]]"""),

("elderly", """[[渡部]]さま
あのね、わたしこの頃[[DISABILITY:手が震えて]]鍵穴に鍵がなかなか入らないの。
[[MEDICAL:お薬は飲んでいる]]んだけどね。
ボタンで開く鍵に替えられるかしら。今の車は古いから無理かしら。
電話くださいね。[[PHONE:089-925-6604]]
[[井上 房子]]"""),

("elderly", """お手紙ありがとうございました。
点検のお知らせ、拝見いたしました。
夫婦とも八十を過ぎましたが、まだまだ元気で、運転も昼間だけ、近所の買い物くらいにしております。
日にちは七月十日の午前中でお願いいたします。
[[PLATE:鳥取 330 か 20-48]]
[[谷本 勇]]"""),

("elderly", """[[香西]]様
お世話になっております。
妻の[[MEDICAL:容体が思わしくなく]]、[[MEDICAL:毎日病院に付き添っております]]。
車は毎日使いますので、車検の間の代車をどうかよろしくお願いします。
[[木村 誠二]]
[[PHONE:087-868-3340]]"""),

("elderly", """ごめんくださいませ。
わたくしは[[DISABILITY:足が悪くて杖をついて]]おりますので、お店の段差がこわいのです。
先日うかがったとき、入口に段があって、店員さんに手を貸していただきました。
スロープをつけていただけると、わたくしのような年寄りは助かります。
[[宮脇 静子]]"""),

("elderly", """前略　せとうちモータース　[[田頭]]様
[[MEDICAL:持病の糖尿病]]が悪くなり、[[DISABILITY:右足の指を切断]]いたしました。
アクセルを踏むのがむずかしく、左足で踏めるようにする工事はできますでしょうか。
費用もあわせて教えてください。
草々
[[上杉 武]]
[[ADDRESS:広島県三原市宮浦五丁目一番二十三号]]"""),

("elderly", """[[守屋]]さん
この前は、夫の葬儀にまでお花をいただき、本当にありがとうございました。
[[MEDICAL:夫の長い闘病]]のあいだも、車のことで何かとお世話になりました。
車は孫が乗ると申しておりますので、名義変更の手続きをお願いいたします。
[[藤井 花子]]"""),

("elderly", """拝啓
暑さ厳しき折、いかがお過ごしでしょうか。
実は私、[[MEDICAL:大腸にポリープが見つかり]]、[[MEDICAL:来月切除する]]ことになりました。
日帰りとのことですが、当日は運転できませんので、その日の車検入庫は息子が参ります。
息子は[[安藤 浩一]]と申します。
敬具　[[安藤 和夫]]"""),

("elderly", """[[大塚]]様
先日の事故の件、ご心配をおかけしました。
幸い私にけがはなく、相手の方も大事に至らなかったとのことで、ほっとしております。
保険会社からの書類はすべて記入して返送しました。
今後は、夜と雨の日は運転しないことに決めました。
[[宇野 清子]]"""),

("elderly", """前略
わたくしの[[MEDICAL:病気]]のことでご心配をおかけしておりますが、治療を続けながら何とか暮らしております。
主治医の先生も、[[MEDICAL:短い距離なら運転してもよい]]とおっしゃってくださいました。
月に一度の通院のため、小さな車に買い替えたいと思います。
[[MEDICAL:月に一度の通院]]で使うだけですので、いちばん小さいのでけっこうです。
[[松浦 敏子]]"""),

("elderly", """[[岡林]]君へ
わしも[[DISABILITY:腰が曲がって]]しもうて、ハンドルの上からよう前が見えんようになった。
座布団を敷いとるが、そういう時はどうしたらええもんかのう。
シートを上げる部品があるなら付けてほしい。
[[PLATE:高知 300 あ 9-11]]
[[片岡 義男]]"""),
]

# ---------------------------------------------------------------- foreign_residents
TEXTS += [
("foreign_residents", """Hello, my name is [[Nguyen Van Minh]].
わたしは ベトナムから きました。くるま かいたいです。
在留カード：[[RESIDENCE_CARD:UH48102736AB]]
電話：[[PHONE:080-4426-7731]]
I have [[MEDICAL:diabetes and take insulin]]. 運転 だいじょうぶ ですか？ 医者は OK と いいました。"""),

("foreign_residents", """すみません。わたしは [[Dewi Lestari]] です。インドネシア じんです。
わたしは [[CREED:イスラム教徒]]です。金曜日の お昼は [[CREED:モスクに 行きます]]。
くるまの てんけん、金曜日の ごぜんは だめです。木曜日か 土曜日 おねがいします。
Terima kasih.
メール：[[EMAIL:dewi.lestari@example.com]]"""),

("foreign_residents", """Xin chào. 私 [[Tran Thi Hoa]] です。
[[CRIME_VICTIM:車の窓 わられて、かばん とられました]]。
警察に いきました。警察の ひと「[[CRIME_VICTIM:ひがいとどけ だしました]]」と いいました。
窓 なおしたい です。いくらですか？
[[PLATE:岡山 580 ぬ 16-02]]"""),

("foreign_residents", """Namaste. I am [[Bikash Gurung]] from Nepal.
I want to buy a used car for my work (delivery).
Passport No: [[PASSPORT:PA4827163]]
Residence card: [[RESIDENCE_CARD:XR70318452EN]]
Phone: [[PHONE:070-5583-1129]]
[[MEDICAL:I had surgery on my back last year]], so I need a car with a soft seat. Automatic please.
Dhanyabad."""),

("foreign_residents", """Hi, this is [[Maria Santos]]. I'm from the Philippines.
My husband [[Kenji Yamane]] will also drive the car.
I am [[MEDICAL:pregnant (5 months)]], so I want a car easy to get in.
I am [[CREED:Catholic]] and every Sunday we go to [[CREED:Mass at the church]] in Takamatsu, so please no appointment on Sunday morning.
Tel: [[PHONE:090-8821-4406]]"""),

("foreign_residents", """[[ANH TUAN]] です。
しごと の くるま で じこ しました。あいて の くるま が ぶつかりました。
わたし [[MEDICAL:くび が いたい。びょういん 行きました]]。
ほけん の てつづき わかりません。にほんご すこし。ベトナム語 できる ひと いますか？
Số điện thoại: [[PHONE:080-3390-2756]]"""),

("foreign_residents", """Dear staff,
My name is [[Siti Rahmawati]]. I work at a factory in Saijo, Ehime.
Please don't put pork or alcohol gifts in the delivery present. [[CREED:I am Muslim and eat only halal]].
When I visit for the contract, I need 10 minutes for [[CREED:prayer]]. Is there a quiet room?
Thank you.
[[EMAIL:siti.r@example.net]]"""),

("foreign_residents", """わたしは [[Rohan Thapa]] です。
くるまの ローン、できますか？ 日本に 6年 すんでいます。
永住 ない。ビザは 技能 です。
在留カード [[RESIDENCE_CARD:KT59201847DP]]
でんわ [[PHONE:090-6657-2381]]
Mero [[MEDICAL:aankha ko operation]] ([[MEDICAL:目の しゅじゅつ]]) あります 来月。その あと くるま とりに いきます。"""),

("foreign_residents", """こんにちは。[[Lucas Oliveira]] です。
わたしは [[RACE:日系ブラジル人]] です。おじいちゃん 日本人。
日本の めんきょ あります。
[[DRIVER_LICENSE:682014739502]]
ちゅうこしゃ さがしています。予算 80万円 くらい。
WhatsApp より 電話 いいです：[[PHONE:080-1176-5094]]"""),

("foreign_residents", """Chào anh [[Hùng]],
Cảm ơn anh. Em là [[Phạm Thị Mai]].
すみません、ベトナム語 と 日本語 まざります。
[[CRIME_VICTIM:自転車 ではなく 車、ぬすまれました]]。会社の 駐車場。
Em đã báo cảnh sát rồi.（警察に 言いました）
くるま は [[PLATE:広島 501 む 60-33]]、白い ノート です。"""),

("foreign_residents", """My name is [[Ahmad Karimi]].
I am [[RACE:Hazara]], from Afghanistan. I came to Japan as a refugee applicant.
I don't have a residence card yet, only a designated activities paper.
Can I buy a car with cash? About 300,000 yen.
I [[MEDICAL:have PTSD and see a doctor in Hiroshima]], but I can drive.
Phone [[PHONE:070-2261-8830]]"""),

("foreign_residents", """Selamat siang.
わたし [[Agus Setiawan]]。ぎのうじっしゅう です。
しゃちょう さん の くるま を かりて、[[CRIME_VICTIM:ぶつけられました]]。あいて にげた。
しゃちょう さん、[[大森]]さん、おこって います。
ほけん つかえますか？ わたし の おかね ありません。"""),

("foreign_residents", """Hello, I'm [[Chen Wei]] from Taiwan.
I'm looking for a car for my family.
My wife uses a [[DISABILITY:wheelchair]] (she has [[DISABILITY:spinal muscular atrophy]]).
Do you have a van with a ramp? We live at [[ADDRESS:3-14-9 Higashiyama, Okayama-shi]].
Email: [[EMAIL:chen.wei.tw@example.org]]"""),

("foreign_residents", """わたし [[Kim Soo-jin]] です。
[[RACE:在日コリアン]] の 3世 です。ずっと 日本 です。
なまえ の こと で、ローン の しんさ で 本名 と 通名、どちら を かきますか？
本名 [[김수진]]、通名 [[金山 寿美]] です。
でんわ [[PHONE:082-233-0457]]"""),

("foreign_residents", """Hi
I'm [[Sunil Rai]]. I'm from Nepal.
I am [[CREED:Hindu]]. 
Next week is [[CREED:Dashain festival]], I go to Tokyo to my family.
So my car inspection, can you do after 20 October?
My car: [[PLATE:徳島 500 り 72-88]]
ありがとう ございます"""),

("foreign_residents", """Good afternoon,
I'm [[Olivia Brown]], an English teacher in Matsuyama.
My partner is [[Emma Clarke]]. [[SEX_LIFE:We are a lesbian couple]] and we [[SEX_LIFE:registered under the Ehime partnership system]].
Can we buy the car in both names? Also can [[Emma]] drive with my insurance?
Best,
[[Olivia]]"""),

("foreign_residents", """わたしは [[Juan Pérez]] です。ペルー から きました。
[[MEDICAL:右手 けが しました。しごと で。いま リハビリ]] しています。
くるま の ハンドル に ノブ つけたい です。
いくら ですか？
[[PHONE:0852-61-2209]]"""),

("foreign_residents", """Xin chào,
私は [[Lê Văn Đức]] です。
[[CRIMINAL:むかし ベトナム で けいさつ に つかまった]] こと あります。日本 の ローン だめ ですか？
日本 では 何も ない です。
Cảm ơn nhiều.
[[PHONE:080-9945-1703]]"""),

("foreign_residents", """Hello. I am [[Ayşe Demir]].
I am [[RACE:Kurdish]], from Turkey. My family lives in Kawaguchi, but I work in Kurashiki now.
I'd like to rent a car for a month.
My passport: [[PASSPORT:U29471630]]
Residence card: [[RESIDENCE_CARD:QL84026715FT]]"""),

("foreign_residents", """こんにちは！[[Ni Made Sari]] です。バリ から きました。
わたし [[CREED:ヒンドゥー教]] です。くるま の なか に [[CREED:おそなえ (canang sari) を おきます]]。だいじょうぶ ですか？
花 と おこめ です。よごれません。
電話：[[PHONE:089-989-2415]]"""),
]

# ---------------------------------------------------------------- accident_police
TEXTS += [
("accident_police", """【事故報告】6月21日 17:35頃
場所：[[ADDRESS:香川県高松市林町2217-15]] 先 交差点
当方：[[中西 亮]]（契約者）[[PLATE:香川 530 に 31-77]]
状況：信号待ち中に後方から追突。相手方は前方不注意を認めている。
負傷：[[MEDICAL:運転者 頸部捻挫]]、[[MEDICAL:同乗の長女 額を3針縫合]]
警察：高松東警察署 交通課 届出済（人身事故扱い）
担当：[[香西]]"""),

("accident_police", """警察から電話があって、うちの車が見つかったそうです！
[[CRIME_VICTIM:3月に盗まれた]]ハイエースが、福岡の港の近くで見つかったと。
ナンバーは付け替えられていたけど、車台番号[[VIN:TRH200-0419725]]で分かったそうです。
部品はかなり外されているらしい。引き取りと修理の見積もりをお願いします。
[[矢野 浩之]] [[PHONE:090-2354-7168]]"""),

("accident_police", """[[平田]]店長
昨夜、当店の展示場で試乗車のタイヤとホイールが盗難にあいました。4台分。
山口南警察署に通報済み、鑑識の方が来られました。
※これは会社の被害なので個人の情報ではありませんが、防犯カメラに近所の方の車（[[PLATE:山口 500 せ 8-62]]）が映っていたため、警察に映像を提出しています。
[[今井]]"""),

("accident_police", """お世話になります。[[大野]]です。
[[CRIMINAL:事故のことで検察庁に呼ばれ]]て、[[CRIMINAL:過失運転致傷で略式起訴]]になりました。罰金50万円です。
相手の方は[[MEDICAL:足を骨折]]されていて、まだお見舞いに行けていません。
任意保険で対人はすべて対応してもらえるのでしょうか。"""),

("accident_police", """事故受付票
受付日時：2024/06/22 08:12
契約者：[[井上 健二]] 様
連絡先：[[PHONE:080-6620-9315]]
事故場所：国道2号 岡山市東区 西大寺付近
事故種別：単独（ガードレール接触）
負傷者：なし
警察届出：済（岡山東警察署）
車両：[[PLATE:岡山 300 は 44-10]] 自走可
備考：飲酒なし、居眠りと本人申告"""),

("accident_police", """[[三宅]]さん、相談させてください。
[[CRIME_VICTIM:隣の家の人に車のタイヤを何度もパンクさせられて]]います。たぶん駐車のことで揉めたせいです。
防犯カメラを付けたら映っていたので、[[CRIME_VICTIM:警察に被害届]]を出しました。
[[CRIME_VICTIM:パンク]]はこれで4回目です。タイヤ交換とあわせて、ドライブレコーダーの駐車監視を付けたいです。
[[小田 健司]]"""),

("accident_police", """保険担当[[大西]]さま
先日の件です。相手の運転手が[[CRIMINAL:ひき逃げで逮捕された]]と警察から連絡がありました。
私は[[CRIME_VICTIM:はねられて]]、[[MEDICAL:右の鎖骨と肋骨を骨折]]、いまも[[MEDICAL:通院中]]です。
[[CRIME_VICTIM:ひき逃げ]]の場合の政府保障事業ではなく、相手の自賠責が使えるのですか？
[[新井 瞳]]"""),

("accident_police", """整備記録 備考欄
入庫車両：[[PLATE:鳥取 500 へ 13-03]]
所有者：[[北尾 誠]]
状況：[[CRIME_VICTIM:車上荒らし]]によりドアロック破損（警察の実況見分済、鳥取警察署 受理番号 R6-0622-05）
作業：ドアロックASSY交換、キーシリンダー交換
部品番号：80601-4BA0A
工賃・部品 合計 38,500円"""),

("accident_police", """すみません、こういう相談をしていいのか分からないのですが…
[[CRIMINAL:夫が以前、傷害で服役]]していました。いまは出所して、真面目に働いています。
夫名義でローンを組もうとしたら、他の販売店で断られてしまいました。
[[CRIMINAL:前科]]があると、ローンは組めないものなのでしょうか。
[[佐伯 美穂]]"""),

("accident_police", """【社内共有】警察照会
6/24 岡山西警察署 刑事課より、当店で点検を受けた車両（[[PLATE:倉敷 300 た 59-26]]）について照会あり。
捜査関係事項照会書を受領。所有者の[[川村]]氏が[[CRIMINAL:窃盗事件の被疑者]]とのこと。
→総務へ回付。回答は総務から。店舗では口頭で何も答えないこと。
受付 [[守屋]]"""),

("accident_police", """もしもし、[[上野]]です。
うちの子どもが自転車で通学中に[[CRIME_VICTIM:車にはねられ]]て、相手の車はそのまま走り去りました。
[[MEDICAL:腕を骨折して手術]]しました。
警察では[[CRIME_VICTIM:ひき逃げ事件]]として捜査しているそうです。
こちらの車の保険の「人身傷害」で、子どものけがも出るのでしょうか。"""),

("accident_police", """[[PLATE:徳島 300 に 50-19]]の[[藤田]]です。
先月の自損事故の件、警察の事故証明が出ました（証明書番号 第24-1180号）。
修理代は保険で、と思っていましたが、等級が下がるので自費にします。
見積もり 127,600円でお願いします。
けがはありません。"""),

("accident_police", """[[大塚]]様
ご相談です。先日、[[CRIME_VICTIM:駐車場で知らない人に絡まれて車を蹴られ]]ました。
そのとき[[CRIME_VICTIM:胸ぐらをつかまれ]]て、怖かったです。
警察が来て、相手は[[CRIMINAL:暴行の疑いで現行犯逮捕]]されました。
フェンダーのへこみの修理をお願いします。修理代は相手に請求するつもりです。
[[平野 由紀]]"""),

("accident_police", """飲酒運転の撲滅キャンペーンのお知らせ
せとうちモータースでは、7月の「夏の交通安全県民運動」にあわせ、全店でハンドルキーパー運動のポスターを掲示します。
ご来店のお客様には、アルコールチェッカーを500円（税込）で販売いたします。
在庫：各店20個
問い合わせ：総務部 [[真鍋]]（内線 214）"""),

("accident_police", """件名：ドラレコ映像の提出について
[[飯田]]様
警察から、先日の[[CRIME_VICTIM:あおり運転の被害]]の件でドラレコの映像を出してほしいと言われました。
SDカードの取り出し方が分からないので、お店でやっていただけますか。
相手は[[CRIMINAL:妨害運転罪で書類送検]]される見込みだそうです。
[[前田 大介]] [[PHONE:086-279-3146]]"""),

("accident_police", """点検予約 6/27 10:00 [[吉村]]様
先週の[[CRIME_VICTIM:いたずら]]（[[CRIME_VICTIM:サイドミラー折られた]]件）のミラー交換も同時に。
被害届は出していないとのこと（犯人わからないので）。
部品入荷済み 品番 96302-5RB1A"""),

("accident_police", """[[越智]]さん
今日、警察の方が家に来られて、[[CRIMINAL:息子の部屋を家宅捜索]]していきました。
[[CRIMINAL:息子は大麻所持の疑い]]で今は警察署にいます。
息子名義の車（ローン支払い中）がどうなるのか、差し押さえとかあるのか、不安でたまりません。
どうかご内密にお願いします。
[[菅野 里美]]"""),

("accident_police", """交通事故のお客様へのご案内（店頭掲示）
・まずはケガ人の救護と警察への連絡（110番）をお願いします。
・ケガのない事故でも、警察への届出がないと事故証明が出ません。
・その後、当店の事故受付（[[PHONE:0120-37-4410]]、24時間）へご連絡ください。
・レッカーは保険のロードサービスで手配できます。
せとうちモータース株式会社 [[ADDRESS:香川県高松市朝日町五丁目12番3号]]"""),

("accident_police", """事故対応メモ（[[田頭]]）
[[長谷川]]様　国道54号で右折車と衝突
[[長谷川]]様：[[MEDICAL:胸部打撲、救急搬送、1泊入院]]
相手方：[[CRIMINAL:無免許運転で現行犯逮捕]]、任意保険なし
→人身傷害・車両保険で対応。無保険車傷害の説明要
車両：全損見込み [[PLATE:広島 300 ひ 73-20]]"""),

("accident_police", """[[岡本]]です、先日はありがとうございました。
あの件（[[CRIMINAL:スピード違反の裁判]]）は[[CRIMINAL:執行猶予]]になりました。
免許は停止中ですが、9月に戻ります。
それまで車は妻が運転します。保険の運転者の範囲はこのままで大丈夫ですよね。
[[PHONE:090-7713-2258]]"""),
]

# ---------------------------------------------------------------- health_driving
TEXTS += [
("health_driving", """ご相談です。[[MEDICAL:睡眠時無呼吸症候群と診断され]]、[[MEDICAL:CPAPを使い始め]]ました。
[[MEDICAL:日中の眠気]]はだいぶよくなったのですが、長距離の運転はまだ不安です。
アダプティブクルーズコントロールやふらつき警報が付いた車を探しています。
[[加藤 秀樹]] [[PHONE:082-941-0638]]"""),

("health_driving", """お世話になります。[[MEDICAL:脳出血の後遺症]]で、[[DISABILITY:右手と右足にまひ]]が残りました。
自動車教習所で運転適性の相談をしたところ、左足アクセルと旋回ノブがあれば運転できるとのこと。
改造の見積もりをお願いできますか。車はノート（E13）の新車を考えています。
[[平井 智]]"""),

("health_driving", """[[本田]]と申します。
[[MEDICAL:てんかんの発作]]がここ2年出ていないので、主治医の診断書をもらって免許を取り直しました。
初めての車になります。自動ブレーキと、万一のときに車を止めるような機能があると安心です。
[[MEDICAL:薬はこれからも飲み続けます]]。"""),

("health_driving", """[[DISABILITY:身体障害者手帳4級]]（[[DISABILITY:左下肢機能障害]]）を持っています。
自動車税の減免の手続きは、お店でやっていただけるのでしょうか。それとも県税事務所に自分で行くのですか。
車は家族名義ではなく、私の名義です。
[[竹田 由美]]
[[ADDRESS:愛媛県新居浜市西の土居町二丁目8番14号]]"""),

("health_driving", """[[MEDICAL:低血糖で意識がもうろう]]となり、路肩に車をこすってしまいました。
幸いケガ人はなく、自損で済みました。
いまは[[MEDICAL:インスリンの量を主治医と調整中]]で、落ち着くまで運転はやめています。
修理の見積もりだけ先にお願いします。
[[石川 秀明]] [[PLATE:岡山 501 み 20-75]]"""),

("health_driving", """質問です。[[DISABILITY:色覚異常]]があるのですが、メーターの警告灯が赤か黄色か見分けにくいです。
表示を文字や形で区別できる車種はありますか？
運転免許は問題なく取れています。
[[小林 拓海]]"""),

("health_driving", """母（78歳）のことで相談です。
[[MEDICAL:母は最近、軽い脳梗塞]]をしました。まひは残っていませんが、[[MEDICAL:医師からは「運転はできれば控えて」と言われて]]います。
本人はまだ乗ると言い張っています。
サポカー限定免許というのがあると聞きました。それに合う車を見せてもらえますか。
[[畑中 直子]]"""),

("health_driving", """[[DISABILITY:車いすユーザー]]です。[[DISABILITY:脊髄損傷]]で、もう15年車いすです。
運転は自分でします（手動装置付き）。
今度の車は、運転席に乗り移ったあと、車いすを自動で後ろに積めるタイプがいいです。
[[安田 和也]]
[[EMAIL:k.yasuda.wc@example.jp]]"""),

("health_driving", """免許更新の時期ですが、[[MEDICAL:眼科で白内障]]と言われました。
視力検査に通るか不安です。
[[MEDICAL:手術は9月の予定]]なので、更新のあとになってしまいます。
その間、夜の運転はしないようにしています。
[[長井 恵美子]]"""),

("health_driving", """息子（19歳）が免許を取りました。
[[DISABILITY:息子は軽度の知的障害]]があります。学科試験は何度も受けてやっと合格しました。
運転に慣れるまでは、私が横に乗ります。
ぶつかりにくい車と、見守りの機能（位置が分かるもの）がほしいです。
[[浅田 みゆき]] [[PHONE:0852-33-7015]]"""),

("health_driving", """私は[[MEDICAL:関節リウマチ]]で、[[DISABILITY:指がうまく曲がりません]]。
鍵を回すのがつらいので、プッシュスタートの車に替えたいです。
サイドブレーキも電動のほうがいいと言われました。
[[MEDICAL:リウマチの薬]]の副作用で疲れやすいので、試乗は短めでお願いします。
[[桑原 和美]]"""),

("health_driving", """[[MEDICAL:心臓のバイパス手術]]を受けて3か月たちました。
[[MEDICAL:主治医から、運転は再開してよいと言われて]]います。
[[MEDICAL:胸の傷]]がシートベルトでこすれて痛いので、シートベルトパッドのようなものはありますか。
[[杉本 茂]]"""),

("health_driving", """相談です。[[MEDICAL:統合失調症で通院]]しています。
いまは症状が落ち着いていて、[[MEDICAL:主治医からも運転の許可]]をもらっています。
中古の軽自動車を買いたいのですが、[[MEDICAL:病気]]のことを言う必要はありますか？
[[DISABILITY:障害年金]]を受けています。ローンは難しいでしょうか。
[[村井 浩]]"""),

("health_driving", """私は[[DISABILITY:小人症]]で、身長が120cmほどです。
ペダルに足が届かないので、ペダルを延長する装置を付けたいです。
シートも一番前にしても遠いです。
取り付けの実績はありますか。
[[原 真由美]]"""),

("health_driving", """高齢の父のことです。
[[MEDICAL:父は血圧の薬と、前立腺の薬]]を飲んでいます。
[[MEDICAL:夜中にトイレが近い]]ので、夜のドライブはしません。
最近ペダルの踏み間違いが心配で、急発進防止装置を後付けしたいです。
車は[[PLATE:愛媛 300 さ 81-41]]、[[松岡 正人]]名義です。"""),

("health_driving", """[[DISABILITY:片耳が聞こえない]]ので、救急車のサイレンがどこから来ているか分からないことがあります。
緊急車両を知らせてくれるような機能はありますか？
ナビで音を大きくする設定もしたいです。
[[堀 翔]]"""),

("health_driving", """[[MEDICAL:妊娠中の妻]]が[[MEDICAL:切迫早産で入院]]していて、[[MEDICAL:退院後]]は後部座席で横になれる車がいいと言われました。
いまの車はコンパクトカーなので、フルフラットになるミニバンを探しています。
[[中川 拓]]
[[PHONE:087-802-3651]]"""),

("health_driving", """こんにちは。[[DISABILITY:双子の娘がともに自閉スペクトラム症]]です。
走行中にドアを開けようとすることがあるので、後ろのドアのチャイルドロックがしっかりしている車がいいです。
それと、窓もロックできるものを。
[[徳永 綾]]"""),

("health_driving", """[[MEDICAL:抗がん剤の副作用で手足がしびれ]]ていて、アクセルを踏んでいる感覚が鈍いです。
[[MEDICAL:主治医には、治療中は運転を控えるよう言われ]]ました。
車検が来月ですが、しばらく乗れないので、車検は受けずに置いておいても大丈夫でしょうか。
[[関 裕子]]"""),

("health_driving", """運転に関するご相談
お名前：[[山内 進]]
年齢：74歳
既往歴：[[MEDICAL:脳梗塞]]（H30）、[[MEDICAL:不整脈]]
服薬：[[MEDICAL:抗凝固薬]]
障害者手帳：なし
ご相談：運転を続けてよいかどうか、一度家族と一緒に話を聞いてほしい"""),
]

# ---------------------------------------------------------------- belief_origin_union_partner
TEXTS += [
("belief_origin_union_partner", """[[河野]]さん
納車式のお花ですが、うちは[[CREED:エホバの証人]]なので、神棚やお守りのような飾りはご遠慮いただけますか。
それと、納車の日に神社でお祓いを…というご案内も不要です。
[[CREED:集会]]が日曜の午前にあるので、午後2時以降でお願いします。
[[山岡 美和]]"""),

("belief_origin_union_partner", """お客様情報（商談メモ）
[[宮田 聡]]様　[[PHONE:083-974-1126]]
・[[UNION:市役所の職員組合の役員]]、組合の会議で土日がつぶれることが多い
・連絡は平日夜19時以降
・[[CREED:○○党の後援会に入って]]いて、選挙の時期は忙しいとのこと（ご本人談）
・ステップワゴン下取り、セレナ検討"""),

("belief_origin_union_partner", """こんにちは。ローンの申込書に「本籍」を書く欄がありましたが、必要ですか？
[[FAMILY_ORIGIN:本籍は高知県安芸市]]のままですが、住んでいるのは広島です。
書かなくてよいなら書きたくないです。
[[森田 竜也]]"""),

("belief_origin_union_partner", """[[真鍋]]様
納車の日について、私ども夫婦は[[CREED:天理教の信者]]で、月次祭の日は教会に行きますので、26日は避けてください。
車のお祓いは、教会でしていただきます。
[[三好 昌子]]"""),

("belief_origin_union_partner", """社内メモ（取扱注意）
[[坂東]]様より、担当変更の希望。
前任者が雑談で、[[坂東]]様の地元について「あそこは部落だから」と発言したとのこと。
[[坂東]]様ご本人も[[SOCIAL_STATUS:同和地区の出身]]であることを打ち明けられ、強く抗議された。
→店長謝罪、前任者は人権研修受講、担当は[[三好]]に変更。"""),

("belief_origin_union_partner", """Hi [[Sato]]-san,
Thanks for the quote. One thing: [[SEX_LIFE:my husband]] [[Ryo]] and I both drive — [[SEX_LIFE:we married in Canada]]. Japan doesn't recognise it, so the insurance forms are confusing.
Can we put [[Ryo]] as a named driver even though he's not a legal spouse here?
Cheers,
[[Daniel Hughes]]"""),

("belief_origin_union_partner", """[[大西]]さん
ちょっと言いにくいのですが、私は[[SEX_LIFE:トランスジェンダー]]で、保険証の性別と見た目が違います。
免許証の写真と名前で本人確認されるとき、店頭で大きな声で名前を読み上げないでいただけると助かります。
[[高橋 ひなた]]"""),

("belief_origin_union_partner", """件名：家紋入りのステッカーについて
うちは[[FAMILY_ORIGIN:旧土佐藩の家老の家柄]]で、祖父の代からの家紋があります。
車のリアガラスに家紋のステッカーを貼ることはできますか？ 車検で問題になりませんか？
[[山内 誠一郎]]"""),

("belief_origin_union_partner", """試乗予約の件
[[CREED:クリスチャン]]なので、日曜の午前は[[CREED:礼拝]]に行きます。
日曜の午後か、土曜日でお願いします。
家族3人で行きます。チャイルドシートの付け方も見たいです。
[[長田 めぐみ]] [[PHONE:086-801-4492]]"""),

("belief_origin_union_partner", """【面談記録】[[石橋 健]]様（法人リース）
・[[UNION:JR系の労組の支部長]]、平日昼は職場、夕方から組合事務所
・社用車ではなく、[[UNION:組合]]で使う車のリース相談
・契約者は労働組合（法人格あり）、[[石橋]]様は代表者
・台数2台、3年リース"""),

("belief_origin_union_partner", """こんにちは。
私の父は[[RACE:アイヌ]]で、母は[[RACE:和人]]です。
北海道から四国に越してきました。父の形見の木彫りの飾りを車のダッシュボードに付けたいのですが、エアバッグの邪魔になりますか。
[[川上 レラ]]"""),

("belief_origin_union_partner", """[[西森]]さん
保険の家族限定の件、ありがとうございました。
[[SEX_LIFE:私たち女性同士の夫婦]]は、会社によって「配偶者」に入ったり入らなかったりするんですね。
結局、運転者を限定しないプランにします。
パートナーの[[市川 葵]]にも伝えておきます。
[[上原 楓]]"""),

("belief_origin_union_partner", """メモ／[[矢野]]
[[中尾]]様、キャンペーンの抽選で当たったお守りを返品された。
「[[CREED:うちは創価学会]]なので、神社のお守りは受け取れない」とのこと。
→景品を図書カードに変更して郵送。"""),

("belief_origin_union_partner", """先日の書類の件です。
戸籍謄本を出すように言われましたが、[[FAMILY_ORIGIN:本籍地が島根県隠岐郡海士町]]なので、取り寄せに時間がかかります。
住民票で代わりになりませんか？
[[吉岡 大輔]]"""),

("belief_origin_union_partner", """件名：お名前の読み方について
[[李 明哲]]と申します。[[RACE:在日韓国人]]の2世です。
書類では「[[イ ミョンチョル]]」と書いてほしいのですが、前の販売店では勝手に「[[リ メイテツ]]」にされました。
今回はよろしくお願いします。
[[PHONE:082-567-3092]]"""),

("belief_origin_union_partner", """[[藤井]]様
いつもありがとうございます。お盆の時期の点検、うちはお寺ですので8月は全く時間がとれません。
[[CREED:住職]]をしておりますので、法事の予定が分かり次第ご連絡します。
寺の車と私用の車の2台、9月にまとめてお願いします。
[[円城寺 了雲]]"""),

("belief_origin_union_partner", """【ローン申込 補足】
勤務先：瀬戸内化学工業(株) 水島工場
所属：製造二課
[[UNION:労働組合に加入]]（[[UNION:組合費 月4,200円 天引き]]）
社内預金 あり
申込者：[[片山 俊]]"""),

("belief_origin_union_partner", """[[河野]]さんにだけ話します。
[[SEX_LIFE:僕はゲイ]]で、[[SEX_LIFE:彼氏]]と住んでいます。
車の名義を僕にして、彼も乗るんですけど、家族以外が乗ると保険料が上がると聞いて。
親にはカミングアウトしていないので、実家の住所に書類を送らないでください。
[[森本 陸]]"""),

("belief_origin_union_partner", """こんにちは。
私は[[RACE:中国にルーツがあり]]、祖父母の代に日本に来ました。
日本国籍です。名前は[[王]]から[[大山]]に変えました。
ローンの審査で、昔の名前を聞かれることはありますか。
[[大山 美玲]]"""),

("belief_origin_union_partner", """商談メモ　[[岩田]]様
・[[CREED:毎朝お経をあげる]]ので、朝8時以前の連絡は不可
・[[CREED:お寺の檀家総代]]もしているとのこと
・本籍：[[FAMILY_ORIGIN:愛媛県西条市丹原町]]（車庫証明の書類確認時に判明）→メモ不要だった、以後記載しないこと
・クラウン→アリアに乗り換え検討"""),
]

# ---------------------------------------------------------------- screening_notes
TEXTS += [
("screening_notes", """【オートローン審査 事前確認シート】
申込者：[[池田 浩一]]（[[イケダ コウイチ]]）
生年月日：[[BIRTHDATE:1979年9月14日]]
勤務先：四国電工(株) 勤続18年
年収：610万円
[[UNION:労働組合：加入]]
借入希望：280万円／60回
引落口座：百十四銀行 本店営業部 普通 [[BANK_ACCOUNT:4728105]]
※本籍・健康状態は聴取しないこと（審査項目外）"""),

("screening_notes", """残価設定ローン 与信メモ
申込人 [[竹本 綾香]] 様
勤務：看護師（県立病院）
[[UNION:看護師の労働組合に加入]]（[[UNION:組合の役員]]のため夜間会議あり、連絡は昼休み）
他社借入：なし
保証人：不要
判定：承認見込み"""),

("screening_notes", """リース審査で差し戻し
個人事業主 [[西田 剛]] 様
差戻理由：確定申告書の所得欄不鮮明
追加で本人確認書類の提出依頼
運転免許証番号：[[DRIVER_LICENSE:731402856913]]
※面談時、お客様から[[CRIMINAL:過去に詐欺罪で有罪判決]]を受けたとの自己申告あり。審査項目ではないため記録から削除するよう上長指示（[[平田]]）"""),

("screening_notes", """団体信用生命保険付ローン　告知メモ（担当 [[大西]]）
申込者：[[野口 和彦]]
告知事項：
・過去3か月以内の医師の診察：あり（[[MEDICAL:高血圧]]、[[MEDICAL:降圧剤服用]]）
・過去3年以内の入院・手術：あり（[[MEDICAL:2022年 胃潰瘍で入院10日]]）
・身体の障害：なし
→告知書原本を保険会社へ。コピーは店舗で保管しない"""),

("screening_notes", """【個人リース申込 補足】
申込者：[[安井 智也]]
同居人：[[高野 淳]]（[[SEX_LIFE:同性パートナー]]）
共同での支払い希望。連帯保証人に[[高野]]様を立てたいとのこと。
→リース会社確認：親族でなくても保証人可。
年収合算は不可。"""),

("screening_notes", """クレジットカード払い 手続き記録
お客様：[[杉山 直美]]
カード番号：[[CARD:5246-3819-0275-6037]]
名義：[[NAOMI SUGIYAMA]]
有効期限：11/28
お支払い：車検費用 98,450円 一括
承認番号 048817"""),

("screening_notes", """ローン事前審査　不可理由（社内用）
申込者：[[宮地 賢治]]
・信用情報に延滞記録あり（2021年）
・勤続1年未満
・面談時、[[MEDICAL:うつ病で休職していた]]との話が出たが、審査項目ではないので判断材料にしていない
→お客様には「総合的な判断」とのみ伝えること"""),

("screening_notes", """マイナンバー提出の件（法人向け業務：源泉徴収票作成のため、業務委託ドライバー）
氏名：[[前川 翔平]]
個人番号：[[MY_NUMBER:3721 5904 8610]]
住所：[[ADDRESS:広島県東広島市西条町寺家6531-2]]
口座：もみじ銀行 西条支店 普通 [[BANK_ACCOUNT:1206437]]
※個人番号は総務で保管。営業は閲覧不可"""),

("screening_notes", """与信担当メモ
[[高井]]様（[[PHONE:088-835-0214]]）
申込書の「連帯保証人の続柄」欄に「内縁の妻」とあり、リース会社から確認依頼。
ご本人に電話で確認→内縁関係で同居6年、パートナーは同性ではない旨を自ら説明された（こちらからは聞いていない）。
→続柄「内縁」で受付可。"""),

("screening_notes", """審査書類チェックリスト
□運転免許証（表・裏） ✓
□住民票（本籍記載あり：[[FAMILY_ORIGIN:岡山県真庭市]]） ※本籍記載のないものに差し替え依頼
□源泉徴収票 ✓
□印鑑証明 ✓
申込者：[[光井 翼]]"""),

("screening_notes", """残クレ契約 面談記録
お客様：[[北川 理恵]] 様
ご職業：教員
[[UNION:教職員組合に加入]]されているとのこと（[[UNION:組合の共済]]で車両保険も検討）
→共済と当社取扱いの保険の比較資料を渡した
次回：7/3 契約"""),

("screening_notes", """【保険引受 特記】
被保険者：[[岸本 徹]]
告知：[[MEDICAL:てんかん（服薬により発作なし5年）]]
→自動車保険は告知不要の旨説明。ただし本人希望で記録。
運転免許：[[DRIVER_LICENSE:741803225964]]
車両：[[PLATE:香川 330 ひ 60-02]]"""),

("screening_notes", """オートローン 申込内容照会（ローン会社→当店）
申込者[[松下 敬]]様について、申告年収と源泉徴収票の金額に差異。
お客様に確認したところ、[[MEDICAL:昨年、腎臓の病気で3か月休職]]し、その間は傷病手当金だったため、とのこと。
→説明書面をローン会社へ送付。病名は書かないこと。"""),

("screening_notes", """面談メモ（[[守屋]]）
[[古川 陽介]]様 リース相談
・奥様の実家が名家で、[[FAMILY_ORIGIN:奥様は旧華族の家系]]とお話しされた（雑談）
・奥様名義でのリースを希望
・ご本人は「自分は[[SOCIAL_STATUS:被差別部落の出身]]で、結婚のとき奥様の親に反対された」とも話された
・奥様の勤務先：なし（専業主婦）→名義は[[古川]]様本人に
※家系・出身の話は審査に関係なし、記録不要"""),

("screening_notes", """支払方法変更届
契約者：[[宮下 千秋]]
旧口座：愛媛銀行 今治支店 普通 [[BANK_ACCOUNT:0815342]]
新口座：ゆうちょ銀行 記号16140 番号[[BANK_ACCOUNT:28315471]]
変更理由：[[CRIME_VICTIM:口座が詐欺に悪用され凍結]]されたため（警察相談済）
受付：[[今井]] 6/26"""),

("screening_notes", """保険金支払い 査定メモ
被保険者：[[小島 大樹]]
事故日：5/30
傷病名：[[MEDICAL:腰椎圧迫骨折]]
[[MEDICAL:入院 14日、通院 32日]]
後遺障害：申請中（[[DISABILITY:腰の可動域制限]]が残る見込み）
支払区分：人身傷害"""),

("screening_notes", """外国籍のお客様 ローン申込
申込者：[[Pham Quoc Bao]]
在留カード番号：[[RESIDENCE_CARD:RD36491085VN]]
在留期限：2026/08/15
パスポート：[[PASSPORT:C8492076]]
勤務先：(株)しまなみ精工 技能実習→特定技能1号
保証会社：外国人向けプランで審査
※宗教・民族等の質問は一切しないこと"""),

("screening_notes", """リース審査 本人確認
申込者：[[坂井 亮太]]
現住所：[[POSTAL_CODE:770-8052]] [[ADDRESS:徳島県徳島市沖浜2丁目33-5 コーポ沖浜201]]
電話：[[PHONE:080-7732-5128]]
勤務先：阿波運輸(株)
[[UNION:組合員（運輸労連）]]
年収：480万
与信OK（6/27）"""),

("screening_notes", """ローン審査 保留案件
申込者：[[福井 栄一]]
ご本人より電話「自己破産はしていないが、昔、[[CRIMINAL:背任で起訴]]されたことがある。それで落ちるのか」
→審査内容には回答できない旨を伝えた。
→社内記録からは上記発言を削除すること（要配慮情報のため）
担当：[[近藤]]"""),

("screening_notes", """団信加入 告知確認
申込者：[[内藤 里沙]]
・[[MEDICAL:現在妊娠中（8か月）]]
・[[MEDICAL:妊娠高血圧症候群で経過観察]]
→保険会社の判断待ち。加入不可の場合は団信なしプランを提案
お客様連絡先：[[EMAIL:risa.naito@example.com]]"""),
]

# ---------------------------------------------------------------- hardneg
TEXTS += [
("hardneg", """【お問い合わせ】
お名前：[[福本 健]]
電話：[[PHONE:087-885-1470]]
内容：車の調子が悪いです。エンジンをかけるとガタガタして、アイドリングも不安定です。
持病・障がい：なし
ご来店時の配慮：とくになし"""),

("hardneg", """車いす用スロープ付き NV200 バネット 価格表（2024年7月）
・スロープタイプ 2WD　3,628,000円
・スロープタイプ 4WD　3,947,000円
・オプション：電動ウインチ 187,000円、車いす固定装置 セット 96,800円
※消費税非課税（身体障害者用物品）
お問い合わせ：福祉車両担当 [[松井]] [[PHONE:086-201-5560]]"""),

("hardneg", """入院中の車の件です。
先週から御社の工場に入院させている私のマーチ、具合はいかがでしょうか？
エンジンの病気は治りそうですか？ 部品待ちなら教えてください。
[[大石 翔]]
[[PLATE:愛媛 500 ふ 16-52]]"""),

("hardneg", """お客様各位
高齢運転者の事故防止のため、当店では「サポカー相談会」を開催します。
高齢者は判断が遅れがち、と言われますが、最新の安全装備で事故のリスクは大きく下げられます。
日時：7月13日（土）10:00〜16:00
会場：岡山青江店 [[ADDRESS:岡山市北区青江1丁目25-9]]"""),

("hardneg", """[[長尾]]様
先日はご来店ありがとうございました。
ご質問の件、もし入院された場合でも、ローンの支払いが止まる「返済猶予」の制度はございません。
団体信用生命保険は、万一の際にローン残高が0円になる保険です。
ご不明点は[[河野]]までお問い合わせください。"""),

("hardneg", """診断書の書式について
運転免許の更新で医師の診断書が必要な場合、公安委員会所定の書式があります。
書式は警察署、または県警のホームページから入手できます。
※当店では診断書の作成・取り寄せはいたしかねます。
せとうちモータース 総務部"""),

("hardneg", """見積書 No.E-240612-33
お客様：[[和田 雅人]] 様
車種：セレナ e-POWER ハイウェイスターV
車両本体：3,779,300円
付属品：ドライブレコーダー（前後）63,800円
値引き：▲150,000円
下取車：ヴォクシー ZRR80W 査定 1,020,000円
お支払総額：3,012,400円"""),

("hardneg", """[[上田]]です。
保険の見積もりの件、持病はありませんし、障がいもありません。
家族もみんな健康です。
運転するのは私と妻だけです。年齢条件は35歳以上でお願いします。
[[PHONE:090-6637-2081]]"""),

("hardneg", """お世話になります。
ホームページの「盗難防止装置」のページを見ました。
イモビライザーとハンドルロック、両方付けたほうがいいですか？
うちの近所では被害は聞いたことがないですが、念のためです。
[[中山 拓郎]]"""),

("hardneg", """整備明細
[[PLATE:山口 300 こ 55-73]]　走行 71,204km
・エンジンオイル 0W-20 3.4L
・オイルエレメント 15208-65F0E
・ブレーキフルード交換
・バッテリー 55B24L 交換（弱っていました）
合計 36,850円（税込）
担当：[[堀田]]"""),

("hardneg", """[[佐藤]]様
佐藤板金さんからの修理見積もりが届きました。
バンパー交換・塗装で 84,700円です。
お車の「ケガ」は見た目ほどひどくなかったそうです。
ご確認のうえ、ご連絡ください。
[[香西]]"""),

("hardneg", """ご案内：人権研修について（社内）
7月の全体朝礼のあと、全スタッフを対象に人権研修を行います。
テーマ：同和問題、障害者差別解消法、LGBTQへの理解
講師：香川県人権啓発センター
※お客様の出身地・宗教・家族構成などを商談で話題にしないよう、改めて徹底してください。"""),

("hardneg", """もしもしお世話になりますうちの車ぶち具合悪いんよブレーキ踏んだらキーキー言うてかなわんのじゃ今日見てもらえるかね[[PLATE:広島 330 さ 48-06]]の[[大本]]です"""),

("hardneg", """福祉車両 展示会のお知らせ
・車いすのまま乗れるスロープ車
・助手席が回転して外に出るアンシャンテ
・手だけで運転できる運転補助装置の体験
どなたでもご見学いただけます。介護施設の方、ケアマネジャーさんもぜひ。
会場：松山久米店 [[ADDRESS:愛媛県松山市来住町1411番地]]"""),

("hardneg", """Hello, I'm [[Tom Walker]].
I want to ask about Japanese car insurance.
If I become sick, can I cancel it? I'm not sick now, just asking.
My car: Nissan Note, [[PLATE:香川 500 め 7-20]].
Thanks!"""),

("hardneg", """[[浜田]]様
お問い合わせの「障害物センサー」の件、ご回答いたします。
センサーが反応するのは、車の前後約3m以内の障害物です。
雨や雪で誤作動することがあります。
部品番号：28438-5RA0A、交換工賃込みで 24,200円です。"""),

("hardneg", """受付メモ 6/28
[[野田]]様より：「病院の駐車場で隣の車にドアをぶつけられたかもしれない。傷を見てほしい」
→確認したところ、傷ではなく汚れ。洗車で取れた。
費用なし。"""),

("hardneg", """件名：がんばります！
[[岡林]]さん
先日はありがとうございました。来年は自分でローンを組めるように、仕事がんばります！
頭金は50万円くらい貯めるつもりです。
そのときはまた相談させてください。
[[大野 拓実]]"""),

("hardneg", """教習所の帰りに寄りました。[[松浦]]です。
免許はAT限定です。
まだ初心者マークなので、小さめで見やすい車がいいです。
予算は150万円まで。色は白か水色。
メール：[[EMAIL:matsuura.y@example.org]]"""),

("hardneg", """[[関]]様
お問い合わせありがとうございます。
「介護保険で車いす仕様車は買えますか」とのご質問ですが、介護保険は車両購入には使えません。
自治体によっては、障がいのある方の車両改造費の助成制度があります。
詳しくは市役所の福祉課へお問い合わせください。
せとうちモータース 倉敷店 [[藤本]]"""),
]

# === END TEXTS ===

if __name__ == "__main__":
    main()
