#!/usr/bin/env python3
"""special-care/dev23 -- hand-written corpus split (synthetic:special-care-dev23).

Every text below is written by hand, inline. Markers:
  [[value]]        PERSON  (a '|' inside marks the boundary of an unspaced family|given name; it is removed)
  [[LABEL:value]]  any other label of ANNOTATION.md
add(style, text, allow=[(context, reason)], hon_ok=[(surface, reason)])
  allow : an occurrence of a PERSON surface/part outside a PERSON span, inside `context`, is not a name
  hon_ok: a PERSON surface that contains an honorific-looking character but is a real name (氏家, 君島)
Running the file parses the markers, runs the checks, and writes out.jsonl + stats.md only if all pass.
"""
import json, re, sys, collections

SOURCE = "synthetic:special-care-dev23"
PREFIX = "sc23-"
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
CARE = SPECIAL + FINANCIAL

TEXTS = []  # (style, raw, allow, hon_ok)


def add(style, raw, allow=(), hon_ok=()):
    TEXTS.append((style, raw, list(allow), list(hon_ok)))

# ================================================================ parsing and checks
MARK = re.compile(r"\[\[(?:([A-Z_]+):)?(.*?)\]\]", re.S)
HONORIFICS = ["様", "さま", "サマ", "さん", "サン", "殿", "どの", "氏", "君", "くん", "クン", "ちゃん", "チャン",
              "先生", "課長", "部長", "主任", "店長", "社長", "係長", "次長", "専務", "常務", "会長",
              "先輩", "院長", "師長", "所長", "支店長", "マネージャー", "夫人"]
LATIN_HON = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|san|sama|kun|chan)\b\.?", re.I)
PARTICLE_END = set("がをにではもとへやの")
KANJI_DIGITS = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
                "六": "6", "七": "7", "八": "8", "九": "9"}
NAME_SEP = re.compile(r"[ 　・･|]+")
OK_DOMAINS = ("example.com", "example.jp", "example.net", "example.org")


def fold_digits(s):
    s = s.replace("ゼロ", "0")
    out = []
    for ch in s:
        if "０" <= ch <= "９":
            out.append(chr(ord(ch) - 0xFEE0))
        elif ch in KANJI_DIGITS:
            out.append(KANJI_DIGITS[ch])
        else:
            out.append(ch)
    return "".join(out)


def digits(s):
    return "".join(c for c in fold_digits(s) if c.isdigit())


def my_number_ok(d):
    if len(d) != 12:
        return False
    body = [int(c) for c in d[:11]]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return check == int(d[11])


def luhn_ok(d):
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def email_domain(v):
    v = v.replace("＠", "@").replace("アットマーク", "@").replace("(at)", "@").replace("（at）", "@").replace("[at]", "@")
    if "@" not in v:
        return None
    return v.split("@", 1)[1].strip().lower()


def parse(raw):
    """returns plain text, spans [(start,end,label)], person_parts {span_index: [parts]}"""
    out, spans, parts = [], [], {}
    pos = 0
    last = 0
    for m in MARK.finditer(raw):
        out.append(raw[last:m.start()])
        pos += len(raw[last:m.start()])
        label = m.group(1) or "PERSON"
        val = m.group(2)
        if label == "PERSON":
            pp = [p for p in NAME_SEP.split(val) if p]
            val = val.replace("|", "")
        else:
            pp = None
        spans.append((pos, pos + len(val), label, val))
        if pp is not None:
            parts[len(spans) - 1] = pp
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(raw[last:])
    return "".join(out), spans, parts


def main(partial=False):
    errors, warnings = [], []
    records = []
    n_expected = len(STYLES) * PER_STYLE
    if not partial:
        if len(TEXTS) != n_expected:
            errors.append(f"expected {n_expected} texts, got {len(TEXTS)}")
        for i, (style, *_r) in enumerate(TEXTS):
            want = STYLES[i // PER_STYLE] if i // PER_STYLE < len(STYLES) else None
            if style != want:
                errors.append(f"text {i+1}: style {style!r}, expected {want!r} (order: 12 styles x 20)")
    seen_text = {}
    for i, (style, raw, allow, hon_ok) in enumerate(TEXTS):
        tid = f"{PREFIX}{i+1:04d}"
        if style not in STYLES:
            errors.append(f"{tid}: unknown style {style}")
        text, spans, parts = parse(raw)
        if "[[" in text or "]]" in text:
            errors.append(f"{tid}: stray [[ or ]]")
        if text in seen_text:
            errors.append(f"{tid}: duplicate text of {seen_text[text]}")
        seen_text[text] = tid
        prev_end = -1
        for (s, e, lab, val) in spans:
            if lab not in LABELS:
                errors.append(f"{tid}: unknown label {lab}")
            if text[s:e] != val:
                errors.append(f"{tid}: slice mismatch {val!r}")
            if not val:
                errors.append(f"{tid}: empty span ({lab})")
            if val != val.strip() or val.strip(" \u3000\n\t") != val:
                errors.append(f"{tid}: whitespace at edge of {lab} {val!r}")
            if s < prev_end:
                errors.append(f"{tid}: overlapping/unsorted span {val!r}")
            prev_end = e
            if "\n" in val and lab not in ("ADDRESS",):
                warnings.append(f"{tid}: line break inside {lab} span {val!r}")
            if lab in CARE and val[-1] in PARTICLE_END and not val.endswith("んで"):
                warnings.append(f"{tid}: special-care span ends in a particle: {val!r} ({lab})")
            if lab == "PHONE":
                d = digits(val)
                if not fold_digits(val).lstrip().startswith("+81") and not 10 <= len(d) <= 11:
                    warnings.append(f"{tid}: PHONE with {len(d)} digits: {val!r}")
            if lab == "MY_NUMBER" and not my_number_ok(digits(val)):
                errors.append(f"{tid}: MY_NUMBER check digit fails: {val!r}")
            if lab == "CARD" and not luhn_ok(digits(val)):
                errors.append(f"{tid}: CARD Luhn fails: {val!r}")
            if lab == "EMAIL":
                dom = email_domain(val)
                if dom is None or not any(dom == d or dom.endswith("." + d) for d in OK_DOMAINS):
                    errors.append(f"{tid}: e-mail domain not allowed: {val!r}")
        # any e-mail-looking string outside an EMAIL span
        for m in re.finditer(r"[\w.+-]+[@＠][\w-]+(?:\.[\w-]+)+", text):
            if not any(s <= m.start() and m.end() <= e and lab == "EMAIL" for s, e, lab, _ in spans):
                errors.append(f"{tid}: e-mail outside an EMAIL span: {m.group()!r}")
        # phone-looking strings outside PHONE spans (warning)
        for m in re.finditer(r"0\d{1,4}[-－ ]\d{1,4}[-－ ]\d{3,4}", fold_digits(text)):
            if not any(s <= m.start() and m.end() <= e for s, e, lab, _ in spans):
                warnings.append(f"{tid}: phone-like string outside any span: {m.group()!r}")
        # honorifics inside PERSON
        hon_used = set()
        for (s, e, lab, val) in spans:
            if lab != "PERSON":
                continue
            bad = [h for h in HONORIFICS if h in val] + [m.group() for m in LATIN_HON.finditer(val)]
            if bad:
                ok = [j for j, (sv, _r) in enumerate(hon_ok) if sv == val]
                if ok:
                    hon_used.update(ok)
                else:
                    errors.append(f"{tid}: honorific/title {bad} inside PERSON {val!r}")
        for j, (sv, _r) in enumerate(hon_ok):
            if j not in hon_used:
                errors.append(f"{tid}: unused hon_ok entry {sv!r}")
        # PERSON coverage
        pspans = [(s, e) for (s, e, lab, _v) in spans if lab == "PERSON"]
        needles = set()
        for k, (s, e, lab, val) in enumerate(spans):
            if lab == "PERSON":
                needles.add(val)
                for p in parts.get(k, []):
                    if len(p) >= 2:
                        needles.add(p)
        allow_used = set()
        for nd in sorted(needles):
            start = 0
            while True:
                p = text.find(nd, start)
                if p < 0:
                    break
                start = p + 1
                if any(s <= p and p + len(nd) <= e for s, e in pspans):
                    continue
                hit = False
                for j, (ctx, _r) in enumerate(allow):
                    c0 = 0
                    while True:
                        c = text.find(ctx, c0)
                        if c < 0:
                            break
                        c0 = c + 1
                        if c <= p and p + len(nd) <= c + len(ctx):
                            hit = True
                            allow_used.add(j)
                            break
                    if hit:
                        break
                if not hit:
                    errors.append(f"{tid}: name {nd!r} at {p} outside a PERSON span: …{text[max(0,p-8):p+len(nd)+8]!r}…")
        for j, (ctx, _r) in enumerate(allow):
            if j not in allow_used:
                errors.append(f"{tid}: unused allow-list entry {ctx!r}")
        records.append({"id": tid, "text": text,
                        "spans": [{"start": s, "end": e, "label": lab} for s, e, lab, _v in spans],
                        "source": SOURCE, "note": f"style={style}",
                        "_vals": [(lab, v) for _s, _e, lab, v in spans], "_style": style})
    # corpus-level checks
    care_total = sum(1 for r in records for lab, _ in r["_vals"] if lab in CARE)
    hardneg_care = sum(1 for r in records if r["_style"] == "hardneg" for lab, _ in r["_vals"] if lab in CARE)
    if not partial and care_total < MIN_SPECIAL:
        errors.append(f"only {care_total} special-care spans (need >= {MIN_SPECIAL})")
    if hardneg_care > HARDNEG_MAX_SPECIAL:
        errors.append(f"hardneg has {hardneg_care} special-care spans (max {HARDNEG_MAX_SPECIAL})")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s); nothing written.")
        sys.exit(1)
    if partial:
        print(f"partial OK: {len(records)} texts, {care_total} special-care spans")
        return
    write_outputs(records, warnings, care_total, hardneg_care)


def write_outputs(records, warnings, care_total, hardneg_care):
    with open("out.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({k: r[k] for k in ("id", "text", "spans", "source", "note")},
                               ensure_ascii=False) + "\n")
    lab_c = collections.Counter(lab for r in records for lab, _ in r["_vals"])
    sty_texts = collections.Counter(r["_style"] for r in records)
    sty_spans = collections.Counter()
    sty_care = collections.Counter()
    sty_empty = collections.Counter()
    for r in records:
        sty_spans[r["_style"]] += len(r["_vals"])
        sty_care[r["_style"]] += sum(1 for lab, _ in r["_vals"] if lab in CARE)
        if not r["_vals"]:
            sty_empty[r["_style"]] += 1
    persons = sorted({v for r in records for lab, v in r["_vals"] if lab == "PERSON"})
    L = ["# stats — special-care/dev23", "",
         f"- texts: {len(records)}", f"- spans: {sum(lab_c.values())}",
         f"- special-care + financial-sector spans: {care_total} (hardneg: {hardneg_care})",
         f"- distinct PERSON surfaces: {len(persons)}", "",
         "## Spans per label", "", "| group | label | spans |", "| --- | --- | ---: |"]
    for grp, labs in (("identifier", IDENT), ("special care", SPECIAL), ("financial", FINANCIAL)):
        for lab in labs:
            L.append(f"| {grp} | {lab} | {lab_c.get(lab, 0)} |")
    L += ["", "## Per style", "", "| style | texts | spans | special-care spans | texts without spans |",
          "| --- | ---: | ---: | ---: | ---: |"]
    for st in STYLES:
        L.append(f"| {st} | {sty_texts[st]} | {sty_spans[st]} | {sty_care[st]} | {sty_empty[st]} |")
    L += ["", "## Distinct PERSON surfaces", "", "、".join(persons), "", "## Warnings", ""]
    L += [f"- {w}" for w in warnings] or ["- none"]
    with open("stats.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print(f"OK: wrote out.jsonl ({len(records)} texts) and stats.md; {care_total} special-care spans; "
          f"{len(warnings)} warning(s)")
    for lab in LABELS:
        print(f"  {lab}: {lab_c.get(lab, 0)}")


# ---------------------------------------------------------------- web_forms (1-20)
add("web_forms", """\
【奥羽モータース】Webお問い合わせ受付のお知らせ
――――――――――――――――
受付番号：WF-0611-0087
お問い合わせ種別：福祉車両のご相談
お名前：[[菅原|則子]]
フリガナ：[[スガワラ ノリコ]]
電話番号：[[PHONE:019-645-2873]]
メールアドレス：[[EMAIL:noriko.sg@example.jp]]
郵便番号：[[POSTAL_CODE:020-0851]]
ご住所：[[ADDRESS:岩手県盛岡市向中野二丁目18-7]]
ご希望店舗：盛岡本店
ご相談内容：
昨年の秋に夫が[[MEDICAL:脳梗塞で倒れ]]、[[DISABILITY:左半身が不自由]]になりました。助手席が回転して外に出てくるタイプの車を見たいです。夫は[[DISABILITY:車いすを使っています]]が、短い距離なら杖で歩けます。[[MEDICAL:血をサラサラにする薬を飲んでいる]]ので、乗り降りで体をぶつけないかも心配です。
――――――――――――――――
※本メールは送信専用です。""")

add("web_forms", """\
■試乗予約フォーム■
氏名　[[工藤|沙織]]（[[くどう さおり]]）
TEL　[[PHONE:080 3317 9042]]
E-mail　[[EMAIL:saori_k0508@example.jp]]
希望車種　ノート e-POWER
希望日時　6/22(土) 10:30～
同乗者　あり（母）
運転にあたってのご要望：
[[MEDICAL:妊娠8か月]]なので、シートの乗り降りのしやすさを確認したいです。[[MEDICAL:お腹が大きくて]]シートベルトがきついのも気になってます。
その他：なし""")

add("web_forms", """\
件名: [車検予約] 新規受付
-----
予約店舗: 八戸店
お名前: [[蛯名|喜一]] 様
ご連絡先: [[PHONE:0178-27-3365]]
携帯: なし
車両: ｾﾚﾅ / [[PLATE:八戸 300 ね 41-08]]
車検満了日: 令和6年8月17日
代車: 希望する
ご要望欄:
本人は[[DISABILITY:耳が遠い]]ので、電話より妻（[[蛯名|キヨ]]）の携帯にお願いします→[[PHONE:090-2218-6604]]
-----""")

add("web_forms", """\
＜お見積り依頼＞
お名前：[[及川|拓真]]
ご職業：会社員（製造業）
お支払方法：ローン希望
ご質問：
勤め先で[[UNION:労働組合に入っていて]]、組合経由だと提携の自動車ローンの金利が下がると聞きました。御社で使えますか。見積りは新型セレナ ハイウェイスターV、オプション込み総額で出してください。
連絡方法：メール（[[EMAIL:t.oikawa.works@example.com]]）""")

add("web_forms", """\
【盗難・いたずら被害のご相談窓口】
送信日時：2024-05-03 07:12
氏名：[[今野|真一]]
電話：[[PHONE:022-374-8150]]
車名・登録番号：エクストレイル　[[PLATE:宮城 331 ま 7-12]]
車台番号：[[VIN:T32-118745]]
状況：
ゴールデンウィークの夜に自宅駐車場で[[CRIME_VICTIM:車を盗まれました]]。[[CRIME_VICTIM:泉警察署に被害届を出して]]あります。車両保険の手続きと、代わりの車の相談をしたいです。
スマートキー：2本とも手元にあり""")

add("web_forms", """\
点検予約フォームより送信されました
――
お客様名: [[三浦|ハル]]
ご住所: [[ADDRESS:秋田県秋田市土崎港中央三丁目4-22]]
TEL: [[PHONE:018-845-0917]]
点検種別: 12ヶ月点検
送迎サービス: 希望（[[DISABILITY:足が悪くて]]バスに乗れないため。[[MEDICAL:膝の注射で整形外科に通う]]火曜日は避けてください）
持病・健康上の注意: なし
コメント: なし""")

add("web_forms", """\
下取り査定お申込み
［お名前］[[佐々木|恒夫]]
［ご連絡先］[[PHONE:090-7784-0231]]
［お車］ティーダ　H22年式　走行8.6万km
［車検証の名義］父 [[佐々木|恒男]]
［備考］
父が[[MEDICAL:春から入院中]]で、もう運転はしない予定なので手放すことにしました。名義人本人が来店できないので委任状の書き方を教えてください。""")

add("web_forms", """\
オートローン事前審査（Web）申込内容
申込者氏名：[[千葉|雅人]]
生年月日：[[BIRTHDATE:1986年4月19日]]
現住所：〒[[POSTAL_CODE:981-3133]] [[ADDRESS:宮城県仙台市泉区泉中央四丁目11-3 グランシャリオ泉中央502]]
勤務先：株式会社ミヤギ精機　勤続9年
年収：520万円
他社借入：なし
団体信用生命保険 告知欄：
過去3年以内の入院・手術　→　あり（[[MEDICAL:2022年に胆石で胆のう摘出手術]]）
現在の通院　→　なし""")

add("web_forms", """\
■福祉車両 見積依頼■
保護者氏名：[[阿部|由香里]]
お子様のお名前：[[阿部|蒼]]（8歳）
お子様の状況：[[DISABILITY:重度の知的障害]]があり、[[DISABILITY:療育手帳A]]を持っています。[[MEDICAL:てんかんの発作]]が時々あるので、車内で横にできるスペースがほしいです。
電話番号：[[PHONE:０２３－６４１－７７３８]]
希望車種：セレナ チェアキャブ
補助金の利用予定：市の制度を調べ中""")

add("web_forms", """\
ご購入後アンケート（任意）
Q1 ご購入店舗 → 郡山店
Q2 担当スタッフ → [[二階堂]]さん
Q3 ご家族構成 → [[SEX_LIFE:同性のパートナー]]と二人
Q4 主な用途 → 通勤・週末のキャンプ
Q5 ご意見 → パートナーも一緒に契約の説明を聞けたのがよかったです。書類の「続柄」欄で少し迷いました。
お名前（任意）：[[橋本|瑞希]]""")

add("web_forms", """\
試乗申込み通知
name: [[ハリド・ラフマン]]
phone: [[PHONE:070-4412-9386]]
mail: [[EMAIL:khalid.r@example.org]]
希望日時: 6月14日(金)以外
理由: 金曜の昼は[[CREED:モスクの集団礼拝]]に行くので、その日は難しいです。土曜の午後ならいつでも大丈夫です。
希望車種: ルークス""")

add("web_forms", """\
【板金・修理お見積り】
受付No. R-24-0318
お名前 [[小野寺|健]]
ご連絡先 [[PHONE:0191-23-8841]]
損傷箇所 左リアドア、バンパー
損傷の経緯 スーパーの駐車場で[[CRIME_VICTIM:当て逃げされました]]
事故証明 取得済
保険使用 未定""")

add("web_forms", """\
＝＝ ご相談フォーム ＝＝
ご相談者：[[熊谷|直樹]]
年齢：54
電話：[[PHONE:090-6620-1875]]
既往歴：[[MEDICAL:睡眠時無呼吸症候群]]
治療状況：[[MEDICAL:CPAPを毎晩使用]]
ご相談：
運転支援のついた車に乗り換えたいと思っています。昼間の眠気は治療を始めてからかなり減りましたが、長距離運転が多いので、プロパイロットの体験ができるか知りたいです。""")

add("web_forms", """\
お問い合わせ内容の控え
・お名前：[[遠藤|ミツ子]]
・電話：[[PHONE:024-932-6517]]
・ご住所：[[ADDRESS:福島県郡山市桑野1丁目9番14号]]
・お問い合わせ：
母（85）が[[MEDICAL:人工透析で週3回通院]]しています。[[DISABILITY:母は片足が義足]]で、今の車は車高が低くて乗せるのが大変なので、乗せ降ろしの楽な車を探しています。透析の日は火・木・土の午前です。
・ご希望の連絡時間帯：なし""")

add("web_forms", """\
送迎サービスお申込み
お名前：[[葛西|誠]]
お電話：[[PHONE:017-742-0368]]
配慮が必要な事項：
[[DISABILITY:全盲]]です（[[DISABILITY:身体障害者手帳1級]]）。[[DISABILITY:盲導犬を連れて]]伺います。盲導犬の同伴は大丈夫でしょうか。
ご来店目的：家族の車の相談（運転は妻）""")

add("web_forms", """\
□ 新車お見積りフォーム □
お名前　[[成田|玄照]]
ご職業　[[CREED:僧侶（曹洞宗）]]
ご住所　[[ADDRESS:青森県弘前市西茂森2丁目14-1]]
電話　[[PHONE:0172-33-5609]]
ご希望　法事や檀家回りで使う車なので、黒か濃紺のセダン系。雪道なので4WD必須。
下取り　あり（クラウン H27）""")

add("web_forms", """\
点検日時の変更依頼
お名前: [[伊藤|さゆり]]
現在の予約: 7/9 13:00 山形南店
変更希望: 7/16 以降
変更理由: [[MEDICAL:抗がん剤治療]]の日程が一週間ずれたため。[[MEDICAL:治療の次の日は体がきつい]]ので、週の後半でお願いします。
連絡先: [[EMAIL:sayuri-ito@example.jp]]""")

add("web_forms", """\
Webフォーム：ご来店予約
お名前：[[村上|裕美]]
ご連絡方法：メールのみ（電話不可）
メール：[[EMAIL:hiromi.m.2024@example.net]]
お伝えしたいこと：
[[CRIME_VICTIM:元夫からのDV]]で[[CRIME_VICTIM:住民票の閲覧制限（DV等支援措置）を受けています]]。書類の送付先は自宅ではなく勤務先にしてください。電話やハガキでの連絡はしないでください。
ご来店希望：秋田店 平日18時以降""")

add("web_forms", """\
名義変更手続きに関するお問い合わせ
お名前：[[高橋|愛]]（旧姓 [[小笠原]]）
電話：[[PHONE:080-5521-6739]]
内容：
結婚して苗字が変わったので、車検証の名義変更をお願いしたいです。住民票に前の姓がのっていないため戸籍の附票が必要と言われました。[[FAMILY_ORIGIN:本籍は青森県むつ市]]のままなので、取り寄せに1週間ほどかかります。
その他：なし""")

add("web_forms", """\
【免許・運転についてのご相談】
お名前：[[菊地|亮]]
電話：[[PHONE:090-1457-3082]]
ご相談：
[[CRIMINAL:酒気帯び運転で罰金刑]]を受けて免許が取消しになり、来月ようやく再取得の見込みです。取消しの間に車を手放したので、中古の軽を探しています。任意保険の等級がどうなるかも教えてください。なお[[CRIMINAL:違反歴]]のことは家族には話していないので、連絡は携帯だけにお願いします。
ご予算：総額80万円まで""")
# ---------------------------------------------------------------- long_mail (21-40)
add("long_mail", """\
件名：Re: 納車日のご相談

奥羽モータース 盛岡本店
[[佐藤]]様

お世話になっております。[[及川|静香]]です。
先日は丁寧なご説明をありがとうございました。

> 納車は6月28日（金）の午後を予定しております。
> ご都合いかがでしょうか。

実は来週から[[MEDICAL:甲状腺の手術で入院]]することになりました。退院は7月5日頃の予定です。
[[MEDICAL:手術の後]]しばらくは運転を控えるよう言われているので、納車は7月中旬以降にずらしていただけないでしょうか。
その間、主人が代わりに書類のやり取りをします（主人の携帯：[[PHONE:090-3382-1146]]）。

ご迷惑をおかけしますがよろしくお願いいたします。

――――――
[[及川|静香]]
[[ADDRESS:岩手県紫波郡矢巾町南矢幅6-512-3]]
[[EMAIL:shizuka.oikawa@example.jp]]""")

add("long_mail", """\
件名：車上荒らしの件（その後）

[[工藤]]さん

先日お電話でお話しした件です。
4月30日の夜、アパートの駐車場で[[CRIME_VICTIM:車上荒らしに遭い]]、助手席の窓を割られてカーナビとETC車載器を持っていかれました。
翌朝[[CRIME_VICTIM:青森警察署に被害届を提出]]し、受理番号をもらっています（R6-青-0412）。

保険会社からは「修理見積書と[[CRIME_VICTIM:被害届の受理番号]]を送ってください」と言われたので、見積書をメールで送っていただけますか。
窓ガラスは純正でお願いします。

車：デイズ [[PLATE:青森 581 せ 22-90]]

[[葛西|美穂]]
TEL [[PHONE:080-1193-4427]]""")

add("long_mail", """\
件名：父の運転について相談させてください

いつもお世話になっております。
秋田店でお世話になっている[[鈴木|武]]の長男の[[鈴木|浩一]]です。父の件で[[成田]]店長にご相談したくメールいたしました。

父（79歳）は昨年[[MEDICAL:アルツハイマー型認知症と診断され]]、主治医から「運転はやめたほうがいい」と言われています。ただ本人は納得しておらず、車の鍵を返してくれと毎日のように言っています。
[[MEDICAL:診断]]のことを父はまだ受け入れられていないようで、来月の車検の案内が父あてに届くと、また「車検に出す」と言い出すと思います。誠に勝手なお願いですが、車検の案内は私あて（下記）に送っていただけないでしょうか。

また、もし父が一人で店に来た場合、「息子さんと相談してから」とやんわり伝えていただけると助かります。

[[鈴木|浩一]]
〒[[POSTAL_CODE:010-0976]] [[ADDRESS:秋田県秋田市八橋南1丁目3-18]]
携帯 [[PHONE:090-4021-8853]]""")

add("long_mail", """\
件名：Re: Re: スロープ車の見積り

[[千葉]]様

>> 電動ウインチ付きの仕様ですと、お見積りは別紙のとおりです。
> ありがとうございます。妻とも相談します。

相談しました。やはり電動ウインチ付きでお願いします。
娘は[[DISABILITY:脳性まひで体幹の保持が難しく]]、今はリクライニング式の[[DISABILITY:車いすを使っています]]。車いすの全長が大きいので、固定のベルト位置も実際の車いすで合わせてもらえますか。

来週の土曜に娘と妻と三人で伺います。

――
[[小野寺|隆]]
[[PHONE:0191-48-2076]]
[[EMAIL:onodera.takashi@example.com]]""")

add("long_mail", """\
件名：【ご報告】ご依頼のタイヤ交換について

[[斎藤|由紀]] 様

奥羽モータース山形南店の[[後藤]]です。
本日はご来店ありがとうございました。

ご依頼いただいたスタッドレスタイヤは、当店で12月まで保管いたします。
保管証番号は T-2024-0871 です。お引取りの際にご提示ください。

なお、お帰りの際に伺いました「[[MEDICAL:腰の手術]]を受けられてから、タイヤの積み下ろしがお辛い」とのお話について、次回以降はご自宅への引取り・お届け（無料）も承れますので、お気軽にお申し付けください。

――――――――――――――――
奥羽モータース株式会社　山形南店
サービスアドバイザー　[[後藤|亜希]]
〒[[POSTAL_CODE:990-2453]] [[ADDRESS:山形県山形市若宮三丁目7番40号]]
TEL [[PHONE:023-647-3310]]／FAX [[PHONE:023-647-3311]]
――――――――――――――――""")

add("long_mail", """\
件名：ストーカー被害のため住所変更をお願いします

担当の[[菅原]]様

急なご連絡ですみません。
以前の交際相手から[[CRIME_VICTIM:つきまといを受けていて]]、先月警察に相談し、[[CRIME_VICTIM:ストーカー規制法の警告]]を出してもらいました。そのため引っ越しました。

新しい住所を登録していただきたいのですが、以下のことをお願いできますか。
・新住所は店内のどなたにも口頭で伝えないでください
・相手が「家族だ」と名乗って問い合わせてきても何も答えないでください
・DMはすべて停止してください

新住所：[[ADDRESS:宮城県名取市増田4丁目2-7 メゾン増田201]]
携帯は変わっていません（[[PHONE:080-6693-2015]]）。

[[大友|梨花]]""")

add("long_mail", """\
件名：Re: お見舞いのお礼

[[阿部]]さん

ご丁寧なお見舞いのお手紙ありがとうございました。
おかげさまで[[MEDICAL:心臓のバイパス手術]]は無事に終わり、先週退院しました。

> ご退院後、お車のことで何かお困りのことがあれば

早速ですが、[[MEDICAL:術後]]半年は重い物を持つな、ハンドルを強く握るような運転も控えろと医者から言われています。
その間は家内が運転しますので、家内用に運転席の位置を合わせてもらいたいのと、リアカメラの映りも見てもらいたいです。

家内は平日の午前ならいつでも行けるそうです。

[[熊谷|勝男]]
[[ADDRESS:岩手県一関市山目字中野40-8]]""")

add("long_mail", """\
件名：契約書類について（団信の告知）

奥羽モータース 仙台泉店
営業 [[今野]]様

お世話になります。[[遠藤|智之]]です。
送っていただいた残クレの申込書類、記入して返送しました。

一点確認させてください。
団体信用生命保険の告知書に「過去5年以内に精神疾患で治療を受けたことがありますか」という項目があり、[[MEDICAL:3年前に適応障害で半年ほど通院]]していたので「はい」にしました。現在は[[MEDICAL:通院も服薬も終わっています]]。
[[MEDICAL:通院歴]]があることで審査が通らないということはあるでしょうか。もし通らない場合、団信なしのプランはありますか。

よろしくお願いします。

[[遠藤|智之]]
[[PHONE:022（771）5089]]""")

add("long_mail", """\
件名：ワゴン車の件でご相談（教会の送迎用）

ご担当者様

郡山市でプロテスタントの教会に通っております[[渡辺|ルツ子]]と申します。
[[CREED:毎週日曜の礼拝]]に、車のない高齢の信徒さんたちを送り迎えするため、8人乗りの車を探しております。
私自身が[[CREED:教会の役員]]をしており、車は教会名義ではなく私の個人名義にする予定です。

・8人乗り
・スライドドアで乗り降りが楽なもの
・中古でも可、予算200万円前後

日曜は礼拝がありますので、平日の夕方か土曜にお店に伺いたいです。

[[渡辺|ルツ子]]
電話 [[PHONE:024-951-0362]]""")

add("long_mail", """\
件名：Re: 車いす用の後付けリフトについて

[[菊地]]さま

お返事ありがとうございます。

> 後付けの回転シートは、車種により取り付けできない場合がございます。
> 現在お乗りのお車の車台番号を教えていただけますか。

車台番号は車検証を見ました。[[VIN:E12-204516]] です。
母は[[DISABILITY:両膝が悪く]]、[[DISABILITY:要介護2の認定]]を受けています。腰を回して乗るのがとにかくつらそうで、最近は週2回のデイサービスの送迎も断ってしまっています。

取付けできるかどうか、わかりしだい教えてください。

[[柴田|美和]]""")

add("long_mail", """\
件名：お詫びと今後のお取引について

奥羽モータース郡山店
店長 [[二階堂|剛]] 様

このたびは息子の件でご迷惑をおかけしました。
ご存知のとおり、息子が[[CRIMINAL:無免許運転で逮捕され]]、現在は[[CRIMINAL:家庭裁判所の審判を待っている]]状況です。
御社の試乗車を無断で運転したことについては、本人ともども深くお詫び申し上げます。

修理費用については全額こちらで負担いたします。請求書を下記住所あてにお送りください。

[[ADDRESS:福島県郡山市安積町荒井字方八丁12-4]]
[[猪狩|久美子]]
[[PHONE:090-8831-6042]]""")

add("long_mail", """\
件名：先日の電話の件 ＋ 追記

[[後藤]]さん

先日はお電話ありがとうございました。
電話口で言いそびれたことを書きます。

主人は[[DISABILITY:右足を膝から下切断]]していて、[[DISABILITY:義足]]です。今の車は左足アクセルの改造をしてあるので、乗り換えるときはその装置を次の車に付け替えられるのか知りたいです。
付け替えられない場合の新しい装置の値段も教えてください。

追記：主人の[[DISABILITY:身体障害者手帳]]のコピーが必要なら、来店時に持っていきます。

[[斎藤|京子]]
[[EMAIL:kyoko.saito.yamagata@example.jp]]""")

add("long_mail", """\
件名：Re: 点検のお知らせ

> 6か月点検の時期となりました。ご都合のよい日時をお知らせください。

奥羽モータースいわき店 御中

点検の件、了解しました。ただ今月は[[MEDICAL:白内障の手術]]で片目ずつ2回に分けて入院するので、来月に入ってからでお願いします。
[[MEDICAL:手術が終わる]]まで運転はしないので、車はしばらく車庫に置いたままです。バッテリーが上がらないか心配なので、何かしておくことがあれば教えてください。

[[猪狩|正人]]
[[PLATE:いわき 500 と 3-81]]""")

add("long_mail", """\
件名：支払いの件でご相談です

[[千葉]]様

ローンの引き落としが2か月遅れてしまい申し訳ありません。
正直にお話しすると、春に[[MEDICAL:うつ病で休職]]してから収入が減っており、傷病手当金が入るまで支払いが難しい状況です。
[[MEDICAL:休職]]は8月末までの予定で、復職後は元通り払えると思います。

支払日の変更やボーナス払いの見直しなど、何か方法があれば教えていただけないでしょうか。
お電話だとうまく話せないことがあるので、メールでやり取りさせてください。

[[村井|大輔]]""")

add("long_mail", """\
件名：展示会の件と、お礼

[[高橋]]さん

先日の展示会ではお世話になりました。
息子が車を見てあんなに喜ぶのを久しぶりに見ました。

息子は[[DISABILITY:自閉スペクトラム症]]で、人が多い場所や大きな音が苦手です。当日、奥の商談スペースを静かに使わせてくださったのは本当に助かりました。
次に見積りのご相談で伺うときも、平日の空いている時間にしたいと思います。

>> 次回は平日の開店直後がおすすめです（10時〜）。

ではその時間に伺います。

[[藤原|陽子]]
[[PHONE:019-662-4708]]""")

add("long_mail", """\
件名：Fw: 保険の申込について

[[佐々木]]さんへ

妻から転送です。よろしくお願いします。

-----Original Message-----
From: [[佐藤|千尋]]
To: [[佐藤|和也]]
Subject: 保険の申込について

[[和也]]へ
自動車保険の申込書に「運転者の健康状態」って欄があった。
私、[[MEDICAL:妊娠中で切迫早産気味]]って言われてて今は運転してないけど、そういうのも書くのかな？
ディーラーの人に聞いてみて。
-----

[[佐藤|和也]]""")

add("long_mail", """\
件名：Re: 代車について

奥羽モータース秋田店
[[三浦]]様

お返事ありがとうございます。

> 代車は軽自動車となりますがよろしいでしょうか。

軽で大丈夫です。ただ、私は[[DISABILITY:左耳がほとんど聞こえない]]ので、できればバックモニター付きの車だと助かります。
また、電話だと聞き取れないことがあるので、連絡はこのメールかSMS（[[PHONE:080-2640-7713]]）でお願いします。

[[石川|夏美]]""")

add("long_mail", """\
件名：保証人について

[[今野]]様

いつもありがとうございます。
ローンの連帯保証人の件、父にお願いすることになりました。

父は[[MEDICAL:肝臓がんの治療中]]ですが、年金と家賃収入があり、保証人になることは本人も了承しています。
父の情報です。

氏名：[[佐々木|清]]
生年月日：[[BIRTHDATE:昭和22年10月3日]]
住所：[[ADDRESS:宮城県石巻市中里5丁目8-21]]
電話：[[PHONE:0225-94-3187]]

[[MEDICAL:治療中]]であることで保証人として問題があれば、ご連絡ください。

[[佐々木|美咲]]""")

add("long_mail", """\
件名：Re: 事故の件のお礼

[[工藤]]さん

このたびは本当にお世話になりました。
レッカーの手配から保険会社とのやり取りまで、全部やっていただいて感謝しています。

> お怪我の具合はいかがでしょうか。

[[MEDICAL:むち打ち]]と[[MEDICAL:左手首の骨折]]で、今は整形外科に週2回通っています。[[MEDICAL:ギプスが取れるまであと3週間]]くらいだそうです。
[[MEDICAL:治療が終わる]]まで、運転は妻に頼みます。
[[MEDICAL:その後の通院]]の交通費も保険で出ると聞いたので、領収書はとっておきます。

修理が終わったら連絡ください。

[[木村|航]]
[[PHONE:0178-45-2099]]""")

add("long_mail", """\
件名：【ご案内】移動販売車のご相談について

[[蛯名|秀樹]] 様

奥羽モータース八戸店の[[對馬]]です。
先日ご相談いただいたキッチンカー仕様の件、架装メーカーから見積りが届きました。添付のPDFをご確認ください。

お話の中で伺った「[[MEDICAL:持病の糖尿病]]で、長時間の立ち仕事の合間に座って休めるスペースがほしい（[[MEDICAL:足のしびれ]]がある）」というご要望は、架装メーカーにも伝えてあります。
折りたたみの椅子を後部に収納できる案が出ていますので、次回ご来店時に図面でご説明いたします。

――
奥羽モータース株式会社 八戸店
営業 [[對馬|健太]]
[[PHONE:0178-22-6140]]
[[EMAIL:k.tsushima@ouu-motors.example.jp]]""")
# ---------------------------------------------------------------- staff_memo (41-60)
add("staff_memo", """\
6/12 TEL受 [[菅原]]
[[遠藤|ミツ子]]様（郡山・桑野）より。母堂[[MEDICAL:透析]]通い、火木土AM。
乗降楽な車→シエンタ対抗でセレナe-POWER提案予定。母堂は[[DISABILITY:片足義足]]。
来店 6/15(土)14時、娘さん同伴。
折返し済。""")

add("staff_memo", """\
【引継】[[工藤]]→[[千葉]]
顧客：[[葛西|美穂]]（青森店）
件：[[CRIME_VICTIM:車上荒らし]]修理（ナビ・ETC盗難、助手席ガラス）
保険会社へ見積送付済 5/8
[[CRIME_VICTIM:被害届]]受理番号は保険会社に本人から連絡済とのこと
部品入荷 5/14予定 → 入荷次第TEL [[PHONE:080-1193-4427]]""")

add("staff_memo", """\
来店メモ　7/2　担当[[後藤]]
[[斎藤|京子]]様・ご主人
ご主人：[[DISABILITY:右下腿切断]]、[[DISABILITY:義足]]使用
現車の左足アクセル装置→移設可否をメーカー確認中
手帳（[[DISABILITY:身障4級]]）コピー預かり→スキャン後返却済
次回：移設見積提示""")

add("staff_memo", """\
＊要注意顧客情報＊（店長・営業のみ）
[[大友|梨花]]様
・[[CRIME_VICTIM:ストーカー被害]]あり（[[CRIME_VICTIM:警察から警告済]]）
・新住所は社内でも口外禁止。DM停止。
・「家族」「知人」名乗る問合せ→在籍・来店有無も含め一切回答しない
・緊急時の連絡は本人携帯のみ
記入：[[菅原|隆之]]""")

add("staff_memo", """\
ｻｰﾋﾞｽ受付ﾒﾓ
[[PLATE:盛岡 501 ち 60-15]] ﾉｰﾄ
ｵｰﾅｰ [[八重樫]]様 本日入庫
ご本人[[MEDICAL:肺がん]]で[[MEDICAL:放射線治療中]]、[[MEDICAL:体調優れず]]受付は奥様
代車不要（奥様の車あり）
納車時は奥様携帯へ [[PHONE:090-5117-0846]]""")

add("staff_memo", """\
朝礼共有 6/3
①先週の受注 7台（うちリース2）
②[[村上|裕美]]様（秋田店）：[[CRIME_VICTIM:DV被害]]で[[CRIME_VICTIM:支援措置中]]。書類は勤務先送付、電話NG、来店時も住所を口に出さないこと。
③ノートオーラ展示車入替え 6/7
④駐車場の白線引き直し 6/9 定休日""")

add("staff_memo", """\
商談ﾒﾓ [[千葉]]
客：[[及川|拓真]] 34 製造業
[[UNION:組合員]]（提携ﾛｰﾝ希望）→組合提携は対象外と説明、当社ｸﾚｼﾞｯﾄで金利比較表渡した
ｾﾚﾅHWS-V 見積2案
次回 6/20 夜""")

add("staff_memo", """\
営業日報（[[今野|彰]]）
10:00 [[遠藤|智之]]様 TEL 団信告知の件。[[MEDICAL:適応障害の既往]]あり、現在治療終了。→信販会社に確認、告知内容で審査する旨回答。
13:30 来店なし
15:00 [[佐々木|美咲]]様 連帯保証人書類回収。保証人（父）[[MEDICAL:治療中]]との申告あり、信販へ確認中
17:00 展示車清掃""")

add("staff_memo", """\
【電話メモ】
日時：5/21 16:40
相手：いわき中央署 交通課 [[吉田]]さん
用件：[[猪狩|正人]]様の車（[[PLATE:いわき 500 と 3-81]]）の点検記録について照会→個人情報なので書面での照会をお願いしたいと回答
※[[猪狩]]様は[[CRIME_VICTIM:当て逃げの被害者]]側とのこと
折返し先：[[PHONE:0246-27-0110]]（代表）
受：[[松本]]""")

add("staff_memo", """\
納車準備チェック
□ 車両：ルークス [[PLATE:山形580ゆ・・・7]]
□ 客：[[ハリド・ラフマン]]様
□ 納車日：金曜NG（[[CREED:礼拝]]）→6/15土 13時
□ 説明は英語まじりでゆっくり
□ 車内の芳香剤なし希望
□ 保険：他社で手配済""")

add("staff_memo", """\
店長宛
郡山店の試乗車無断運転の件、[[猪狩|久美子]]様より謝罪メール受領。
息子さん（17）は[[CRIMINAL:家裁送致済]]、[[CRIMINAL:観護措置]]は解けて在宅とのこと。
修理費 税込142,780円 → 請求書送付先 [[ADDRESS:福島県郡山市安積町荒井字方八丁12-4]]
被害届は当社からは出していない（警察が現行犯で対応）
[[二階堂]]""")

add("staff_memo", """\
ﾒﾓ [[鈴木]]家
[[鈴木|武]]様（79）：[[MEDICAL:認知症]]、主治医から運転中止指示
車検案内 → 長男 [[鈴木|浩一]]様あてに変更（[[PHONE:090-4021-8853]]）
本人単独来店時：「息子さんと相談を」と伝える。鍵の再発行依頼は受けない。
登録：[[成田]]""")

add("staff_memo", """\
Svc来店　[[熊谷|勝男]]様　奥様運転で来店
[[MEDICAL:CABG術後]]　半年運転不可とのこと
シートポジション奥様用に調整、ﾊﾞｯｸｶﾒﾗ角度調整（無償）
次回 12ヶ月点検 10月""")

add("staff_memo", """\
TEL 9:50 [[藤原|陽子]]様
息子さん（[[DISABILITY:ASD]]）同伴で来店希望
→平日10時 開店直後、奥の商談室、BGM切る（[[DISABILITY:聴覚過敏]]あり）
対応は[[高橋]]固定（顔を覚えている方が安心とのこと）""")

add("staff_memo", """\
査定メモ　[[佐々木|恒夫]]様　ティーダ
名義：父 [[佐々木|恒男]]様（[[MEDICAL:入院中]]）→委任状＋印鑑証明
外装：左リア小キズ、内装：タバコ臭なし
走行 86,210km
査定額 12万円（6/30まで）""")

add("staff_memo", """\
クレーム対応記録
日時：6/18 11:20　受付：[[松本|恵]]
お客様：[[庄司|典子]]様
内容：先週の来店時、営業が雑談で「ご出身は？」「実家はどの辺？」と何度も聞いてきて不快だった。[[SOCIAL_STATUS:地区のことで昔から差別を受けてきた]]ので、出身を詮索されるのは本当につらい、とのこと。
対応：店長より電話で謝罪。全スタッフに、業務に関係のない出身・家族の質問をしないよう周知する。""")

add("staff_memo", """\
見積 [[葛西|誠]]様 家族車（運転は奥様）
ご本人[[DISABILITY:全盲]]、[[DISABILITY:盲導犬]]同伴
→店内OK、展示車も乗車OK。床にマット敷く
書類は点字不可のため読み上げ対応、署名は奥様代筆可か法務に確認""")

add("staff_memo", """\
リース審査 事前ヒアリング
客：[[村井|大輔]] 様
勤務先：休職中（[[MEDICAL:うつ病]]、8月末復職予定）
支払遅延2回 → 信販へ条件変更相談
[[MEDICAL:通院]]は月2回（水曜午後）、その時間の連絡は避ける
※電話だと話しづらいとのことでメール対応のみ""")

add("staff_memo", """\
【入庫メモ】[[PLATE:仙台 300 の 12-08]]
持込み：[[今野|真一]]様（盗難車が発見され戻ってきた）
[[CRIME_VICTIM:盗難被害]]の車両、警察の鑑識済み。
ステアリングロック破損、イグニッション周り損傷、室内汚損
保険会社 立会い 5/27 10時""")

add("staff_memo", """\
新人向け覚え書き（[[千葉|由美]]作成）
・お客様のご病気や障害のことを聞いても、商談に必要な範囲以外はメモに残さない
・「車いすの方が乗る」などはOK。病名は書かない
・例外：送迎や納車日の調整に必要な場合（例：[[遠藤|ミツ子]]様のお母様の[[MEDICAL:透析日]]）
・メモは店外に持ち出さない""")
# ---------------------------------------------------------------- chat (61-80)
add("chat", """\
[お客様] すみません、今日の夕方に点検予約してた[[小松]]です
[お客様] 子どもが[[MEDICAL:熱出して]]🤒 行けなくなりました…
[スタッフ] ご連絡ありがとうございます！お大事になさってください🙏
[スタッフ] 別日でお取りしますね。ご希望ありますか？
[お客様] 入院するほどじゃないんですけど、しばらく[[MEDICAL:小児科通い]]です
[お客様] あと私も[[MEDICAL:つわりがひどくて]]、来週いっぱいは無理そうです😢
[お客様] 再来週の平日でお願いします
[スタッフ] かしこまりました。6/24(月)10時はいかがでしょう""")

add("chat", """\
お客様：ｺﾝﾆﾁﾊ
お客様：軽の中古さがしてます
スタッフ（[[佐藤]]）：こんにちは！ご予算や年式のご希望はありますか？
お客様：50万くらい
お客様：わたし[[DISABILITY:手話つかう]]ので、商談はチャットかメールがいいです
スタッフ（[[佐藤]]）：承知しました😊 ご来店時は筆談ボードとタブレットをご用意します
お客様：たすかります👍""")

add("chat", """\
客「車いすのまま乗れるやつの値段ってどのくらいですか」
担当「スロープタイプで新車ですと300万円台からになります」
客「たかっ😅 補助金とか使えますか」
担当「市町村によって助成がありますので、お住まいの自治体に確認されるのがおすすめです」
客「息子が[[DISABILITY:車いす]]なんです、[[MEDICAL:筋ジストロフィー]]で」
客「いま小6で、これから体も大きくなるので」
担当「それでしたら室内高の余裕がある車種がよいですね。カタログお送りしましょうか」
客「お願いします　[[EMAIL:kei.hoshi22@example.jp]]」
客「[[星|恵子]]です」""")

add("chat", """\
14:02 [[Miho]]：昨日の夜、駐車場で[[CRIME_VICTIM:タイヤ4本ぜんぶ盗まれました]]😱😱
14:02 [[Miho]]：ブロックの上に車だけ残ってた
14:05 奥羽モータース：それは大変でしたね…警察へはご連絡されましたか？
14:06 [[Miho]]：[[CRIME_VICTIM:朝イチで届けました]]
14:06 [[Miho]]：レッカーでお店まで運んでもらえますか
14:07 奥羽モータース：手配いたします。お車の場所とナンバーを教えてください
14:09 [[Miho]]：[[ADDRESS:仙台市若林区卸町東3-5-16]]の月極です　[[PLATE:宮城 530 め 8-22]]""")

add("chat", """\
👤 来週の車検、送迎お願いできますか
🏢 はい、可能です。ご住所を伺えますか？
👤 [[ADDRESS:青森市浜田二丁目20番3号 ハイツ浜田105]]
👤 わたし[[MEDICAL:パニック障害]]があって、バスがだめなんです
🏢 承知しました。迎えは担当の[[木村]]が伺います
👤 できれば女性の方だとうれしいです、知らない男性と二人きりだと[[MEDICAL:発作]]が出そうで…
🏢 では女性スタッフの[[木村|彩]]が伺いますね""")

add("chat", """\
ユーザー: hi
ユーザー: ハラール対応の車内清掃ってあります？
オペレーター: 申し訳ありません、「ハラール対応」の清掃メニューは現在ございません。どのような点をご心配でしょうか
ユーザー: 前のオーナーが豚肉の加工品とか運んでた車だと気になる
ユーザー: [[CREED:ムスリム]]なので
オペレーター: かしこまりました。ご希望のお車の前歴を確認し、ルームクリーニングの内容もご説明します
ユーザー: thanks 🙏""")

add("chat", """\
─ LINE ─
[[ゆうた]]👦：どうも～
[[ゆうた]]👦：車検の見積もりほしいっす
奥羽モータース山形南店：ありがとうございます！車検証の写真を送っていただけますか？
[[ゆうた]]👦：[写真]
[[ゆうた]]👦：あ、いま[[MEDICAL:骨折してて]]運転できないんで、持っていくのは兄ちゃんになります
奥羽モータース山形南店：承知しました。お大事になさってください🙇""")

add("chat", """\
[22:41] お客様：夜分すみません
[22:41] お客様：[[CRIME_VICTIM:元カレがわたしの車にGPSつけてた]]みたいで
[22:42] お客様：[[CRIME_VICTIM:ずっと後をつけられてて]]怖いです
[22:42] 自動応答：ただいまの時間は営業時間外です。翌営業日に担当よりご連絡いたします。
[22:43] お客様：取り外してもらえますか
[22:43] お客様：[[CRIME_VICTIM:警察にも相談してます]]
[22:44] お客様：[[浅野]]です　[[PHONE:０９０－８８２１－４０５７]]""")

add("chat", """\
お客様 10:14
新車の納期どれくらいですか？
スタッフ 10:15
現在ノートで約3か月です
お客様 10:15
そっか、9月に[[MEDICAL:出産予定]]なので、その前に欲しかったんですが😂
スタッフ 10:16
それでしたら在庫車や登録済未使用車もご案内できます！
お客様 10:17
お願いします🙇‍♀️""")

add("chat", """\
Q. 障がい者手帳で自動車税の減免ってできますか？
A. 条件を満たせば減免の対象になります。手帳の等級や、どなたが運転されるかで変わります。
Q. 夫が[[DISABILITY:精神障害者保健福祉手帳の1級]]です。運転は私
A. 生計を同一にされているご家族の運転でも対象になる場合があります。県税事務所へのご確認をおすすめします。
Q. わかりました。ありがとう😊""")

add("chat", """\
[[たかし]]：車の鍵なくしました
[[たかし]]：というか[[CRIME_VICTIM:財布ごとすられた]]😭
店：えっ！大丈夫ですか？
[[たかし]]：[[CRIME_VICTIM:駅でスリにあって]]、財布に鍵も入れてた
[[たかし]]：スペアキー作れますか
店：車検証とご本人確認書類があれば作成できます。免許証は財布の中でしたか？
[[たかし]]：そう…免許もない😩 再発行してから行きます
[[たかし]]：[[CRIME_VICTIM:被害届のコピー]]も持っていきます""")

add("chat", """\
顧客： 試乗は何時まで？
スタッフ： 平日は18時30分スタートが最終です
顧客： 仕事終わってからだとぎりぎりだ
顧客： あと質問なんですけど、[[MEDICAL:てんかんの薬を飲んで]]いて、もう2年発作がないんですけど試乗って大丈夫ですか
スタッフ： 有効な運転免許証をお持ちであれば試乗いただけます。ご不安な点があれば主治医の先生にもご相談ください
顧客： 免許はあります！じゃあ木曜に行きます""")

add("chat", """\
スタンプ🚗
お客さん：こんばんは
お客さん：父の車のことで
お客さん：[[MEDICAL:脳出血]]で倒れて、いま[[MEDICAL:リハビリ病院にいます]]
お客さん：車検が来月で、受けるかどうか迷ってて
お客さん：[[MEDICAL:リハビリ]]の結果しだいで運転できるか決まるみたいなので
スタッフ：車検を受けずに一時抹消にしておく方法もございます。ご説明しますね""")

add("chat", """\
[[Mariel]]: hello po 😊
[[Mariel]]: my husband car, brake sound kiii kiii
staff: こんにちは！ブレーキの音ですね。点検しますので、ご来店日を教えてください
[[Mariel]]: saturday ok? he is [[MEDICAL:in hospital]] now, [[MEDICAL:operation sa tiyan]]
[[Mariel]]: so i drive 🚙
staff: 土曜日10時はいかがでしょう？
[[Mariel]]: ok salamat po 🙏""")

add("chat", """\
お客様：こんにちは
お客様：盗難防止装置ってつけられますか？
スタッフ：はい、後付けのものをご用意しています。お車は何にお乗りですか？
お客様：ランクル
お客様：近所で何台も盗まれてて、うちも[[CRIME_VICTIM:先月ナンバープレートを盗まれた]]んで😤
スタッフ：それはご心配ですね…。プレートの再交付は済みましたか？
お客様：済みです。[[PLATE:岩手 300 ら 71-14]]になりました""")

add("chat", """\
[[しんじ]]　9:03
こんちは。軽トラの荷台にスロープつけたい
店舗スタッフ　9:05
おはようございます！どのようなご用途でしょうか
[[しんじ]]　9:06
おふくろの電動カートのせたいんだわ
[[しんじ]]　9:06
[[DISABILITY:足が弱くて]]畑までそれで行ってるんで
店舗スタッフ　9:08
アルミのブリッジタイプが取り付けできます。実物をご覧になりますか？""")

add("chat", """\
お客様：今日の面談って、夫も一緒に行っていいですか
スタッフ：もちろんです！
お客様：夫っていうか、[[SEX_LIFE:女性のパートナー]]なんですけど笑
お客様：彼女とは[[SEX_LIFE:パートナーシップ宣誓してて]]、一緒にローン組めるか聞きたくて
スタッフ：承知しました。お二人でのお申込み方法について、担当の[[三浦]]からご説明しますね
お客様：よかった～😊 [[石田]]です、よろしくお願いします""")

add("chat", """\
user：見積もり見ました
user：ちょっと高いので値引きもう少しできますか？
user：あと、うちの子、[[MEDICAL:食物アレルギー]]があって、展示車で出してるお菓子がちょっとこわいです
staff：ご指摘ありがとうございます。ご来店の際はお菓子を下げておきますね
staff：お値引きは担当の[[成田]]から改めてご連絡いたします
user：お願いします🙇""")

add("chat", """\
お客：もしもし？これチャット？
店：はい、チャットです😊
お客：孫に入れてもらった
お客：目が[[MEDICAL:緑内障]]で[[DISABILITY:視野がせまく]]なってきて
お客：自動ブレーキの車にかえたい
店：安全装備が充実したお車をご案内できます。運転について眼科の先生から何か言われていますか？
お客：[[MEDICAL:目薬で様子見]]だって
お客：[[MEDICAL:点眼は朝晩]]やってる
お客：[[大場]]です　電話は[[PHONE:0183-73-2106]]""")

add("chat", """\
[[Linh]]: chào shop
[[Linh]]: あ、すみません。ベトナム語まちがえた
[[Linh]]: 車の保険のことききたい
スタッフ: はい、どうぞ！
[[Linh]]: 前の車、[[CRIME_VICTIM:だれかに傷つけられた]]。ドアに鍵で
[[Linh]]: ドアの傷、ながくて深い
[[Linh]]: 保険つかえる？
スタッフ: 車両保険に入っていれば使える場合があります。警察には届けましたか？
[[Linh]]: [[CRIME_VICTIM:とどけた]]🙆‍♀️""")
# ---------------------------------------------------------------- voice_input (81-100)
add("voice_input", """\
もしもし あのさ わ 弘前の[[對馬|フミ]]だけど 車検の予約したくて電話したんだばって 留守電だはんで音声で入れとくね わ[[DISABILITY:目がよぐ見えねくて]]書類の字が読めねはんで [[DISABILITY:白い杖ついで]]歩いてっから店さも行げね 娘さ電話してけへ 娘の番号は [[PHONE:〇八〇 四四七二 一九三六]] だよ よろしくね""")

add("voice_input", """\
えーと奥羽モータースさん 盛岡の[[八重樫|勇]]だども おらほの父っちゃが[[MEDICAL:肺の病気で酸素つけて]]っからさ 酸素ボンベ積める車さ替えでえんだ [[MEDICAL:在宅酸素]]だがら 後ろさボンベ二本立てられるやつ なんかあっかな 電話ください [[PHONE:〇一九 六三八 二二五七]] だっす""")

add("voice_input", """\
はい音声入力で失礼します 仙台の[[大場|正義]]です 先週の土曜にさ 長町のショッピングモールの立体駐車場でよ [[CRIME_VICTIM:車のドアさ十円玉みでなので傷つけらいだ]]の いきなり腹立って [[CRIME_VICTIM:警察さも届け出した]]っちゃ 板金の見積もりお願いしたいんだっちゃ ナンバーは [[PLATE:宮城 三〇〇 ほ 五五の二一]] です""")

add("voice_input", """\
こちら山形の[[庄司|だいすけ]]です 母ちゃん[[MEDICAL:膝の手術して]]から 車の乗り降りが大変だず 助手席が回って外さ出てくるやつ あれ見してけねが [[MEDICAL:リハビリ]]終わったら週末行ぐがら よろしくお願いします 電話は [[PHONE:〇九〇の七一八三の二二四六]] です""")

add("voice_input", """\
あの 郡山の[[猪狩|キヨ]]だない 孫のやつが[[CRIMINAL:警察さ捕まって]]しまってよ [[CRIMINAL:いま警察署さいる]]がら 孫の車 駐車場さ置きっぱなしになってんだ 車検も切れっからどうしたらいいべ 売るなら売りたいし 電話くださいな [[PHONE:〇二四 九四二 三五一八]]""")

add("voice_input", """\
秋田の[[伊藤|セツ]]だす 息子の車の件で お盆に帰ってくる予定だったども [[MEDICAL:仕事中に腰やって入院]]したすて 車 そっちさ置いとく間 預かってもらえねべか 料金あったら教えてたんせ""")

add("voice_input", """\
八戸の[[木村|航]]です 先月事故の修理お願いしたっけども あれから[[MEDICAL:首の痛みがとれなくて]]まだ整形さ通ってるんだわ 保険屋さんから修理の明細出してけろって言われたすけ メールで送ってもらえますか アドレスは [[EMAIL:wataru.kimura アットマーク example.jp]] です""")

add("voice_input", """\
もすもす [[遠藤]]だけんど 前にお願いした[[DISABILITY:車いす]]用の車さ ばあちゃん乗せんのに 固定のベルトがうまぐいがねんだ 一回見てもらいでんだけど いつ行げばいいべ""")

add("voice_input", """\
いわきの[[松本|昇]]です えっとね 会社の[[UNION:組合の役員]]やってっからさ 組合の行事で使うマイクロバスの相談したいんだけど 組合名義でリースできっかな 土曜の午後電話ちょうだい [[PHONE:ゼロ九〇 三三二八 四四一七]]""")

add("voice_input", """\
こんにちは 宮古の[[熊谷|ミヨ]]でがんす 主人が[[DISABILITY:耳がほとんど聞こえねくて]] 電話に出られねえから連絡はわたしさお願いします 主人の車のオイル交換 来週の水曜に行ってもいいですか""")

add("voice_input", """\
あ もしもし じゃなかったこれ音声入力か えっとね 石巻の[[阿部|純一]]です 俺さ[[MEDICAL:心臓さペースメーカー入って]]っから スマートキーの電波って[[MEDICAL:ペースメーカー]]に大丈夫なのかなと思って 医者には一応聞いたんだけど お店でもわかるなら教えてほしい""")

add("voice_input", """\
福島の[[菅野|良子]]だけんちょ 娘が[[MEDICAL:双子を妊娠して]]てね 今度の車は三列シートのがいいって言ってんだわ 娘の名前は[[菅野|あかり]] 電話は [[PHONE:〇八〇 九一七七 五二〇八]] だから 娘さ直接電話してやってくなんしょ""")

add("voice_input", """\
えー奥羽モータースの[[成田]]さん いつもお世話になってます 大館の[[佐藤|一男]]です 俺[[MEDICAL:糖尿病で目の手術]]やってから夜の運転がおっかなくてさ 夜間の見やすいライトの車あったら教えでけれ""")

add("voice_input", """\
米沢の[[安部|ゆかり]]です 子どもの[[MEDICAL:喘息がひどい]]もんで 車のエアコンのフィルター いっとういいやつに替えてほしいんだず 花粉も黄砂も全部とるやつ 見積もりお願いします""")

add("voice_input", """\
こちら一関の[[小野寺|隆]]です 娘の[[DISABILITY:車いす]]の固定の件でお世話になりました いやあ助かったよ でさ 今度は学校の送迎で[[DISABILITY:人工呼吸器]]も積むことになってさ 電源とれるようにしてもらえるかな 見積もり頼みます""")

add("voice_input", """\
もしもし 青森市の[[工藤|勝]]です あのぅ 家さ泥棒入って [[CRIME_VICTIM:車の鍵も盗まれて]]まったのさ 車は無事だったんだけんども 鍵全部替えたほうがいいべか 警察の人にも言われてさ 相談したいっす""")

add("voice_input", """\
ども 酒田の[[佐藤|ゆうき]]です あの 前に言ったかもしんねけど 俺[[CRIMINAL:昔ちょっと捕まったことあって]] ローン組むときそういうのって関係あんのかなって 一応聞いときたくて 電話は夜なら出られます""")

add("voice_input", """\
会津の[[渡部|チヨ]]です 亭主が[[MEDICAL:認知症]]さなっちまって 車の鍵隠してもどっからか見つけて乗ろうとすんだ 鍵かからねえようにするやつとか 何かいい方法ねえべか 相談乗ってくなんしょ""")

add("voice_input", """\
気仙沼の[[千葉|和子]]です お寺の[[CREED:住職の奥さん]]やってんだけど 法事の送り迎えで使う車 今のが古くなってね そろそろ替えたいのよ お坊さんの衣装汚れないように 広めの車がいいわ""")

add("voice_input", """\
これ音声で入れてます 北上の[[高橋|順]]です 俺[[SEX_LIFE:ゲイ]]なんだけど [[SEX_LIFE:彼氏と一緒に住んで]]て 車買うのに二人で名義入れられんのかって聞きたくて 前のとこで変な顔されたからさ 電話 [[PHONE:〇七〇 二二八九 六六一三]] です""")
# ---------------------------------------------------------------- elderly (101-120)
add("elderly", """\
拝啓　青葉の候、皆様にはお変わりなくお過ごしのことと存じます。
さて、私こと昨年の暮れに[[MEDICAL:胃を半分取りまして]]、以来めっきり体力が落ちました。
長年お世話になりましたクラウンも、もう私の手には余るようになりましたので、
軽い車に乗り換えたいと考えております。
つきましては、[[佐々木]]さんに一度拙宅までお越しいただけましたら幸いです。
敬具
　六月十日
[[ADDRESS:岩手県花巻市桜町四丁目二十一番地]]
[[菊池|源太郎]]
奥羽モータース盛岡本店　[[佐々木|孝]]様""")

add("elderly", """\
前略
先日は車検のお知らせをありがとう存じます。
ところが私、このごろ[[DISABILITY:耳がすっかり遠くなり]]、お電話を頂戴してもお話がよく聞き取れません。
御用の節はお手紙か、嫁の[[佐藤|恵美]]（電話　[[PHONE:〇一八－八六四－三三二〇]]）へお願い申し上げます。
草々
秋田市　[[佐藤|トメ]]""")

add("elderly", """\
奥羽モータース様
いつも主人がお世話になっております。
主人は昨年から[[MEDICAL:物忘れがひどくなり]]、先月とうとう[[MEDICAL:専門のお医者様にかかりました]]。
本人は運転を続けるつもりでおりますが、家族としては心配でなりません。
免許を返す話をお店の方からもそれとなくしていただけないものでしょうか。
勝手なお願いで恐縮です。
[[阿部|フサ子]]　（石巻市）""")

add("elderly", """\
拝啓
梅雨寒の日が続いております。
ご依頼の件、遅くなりました。車の名義を長男に替える書類、同封いたします。
私は[[MEDICAL:心臓を患い]]、春から施設でお世話になっておりますので、印鑑証明は長男が取りに参りました。
どうぞよろしくお取り計らいください。
敬具
[[三浦|久雄]]
長男　[[三浦|明]]　[[PHONE:090-2745-1183]]""")

add("elderly", """\
お手紙にて失礼します。
この春、八十五の誕生日を迎えました。[[BIRTHDATE:昭和十四年四月二日]]の生まれです。
近頃は[[DISABILITY:杖がなくては歩けず]]、運転席に座るのもひと苦労です。
それでも畑と、[[MEDICAL:月に一度の病院通い]]に車は欠かせません。
乗り降りの楽な車があれば、見に行きたく存じます。
[[千葉|ヨシ]]
[[ADDRESS:宮城県登米市迫町佐沼字中江三丁目六番地の二]]""")

add("elderly", """\
奥羽モータース　[[後藤|亜希]]様
先日はタイヤを届けてくださりありがとうございました。
腰の具合は、おかげさまで[[MEDICAL:手術の傷]]もふさがり、杖なしで近所を歩けるまでになりました。
[[後藤]]さんの気づかいに、主人ともども感謝しております。
心ばかりの品ですが、さくらんぼをお送りしました。皆様でどうぞ。
[[斎藤|由紀]]""")

add("elderly", """\
拝啓
長らくお世話になりましたが、この度、免許を返納いたしました。
[[MEDICAL:目の病]]が進み、これ以上はご迷惑をかけると思い、決心いたしました。
車は孫の[[菅原|大地]]が引き継ぎますので、今後のご案内は孫の方へお願いいたします。
孫の連絡先　[[PHONE:080-3190-5574]]
長年のご厚情に感謝申し上げます。
敬具
[[菅原|正一]]""")

add("elderly", """\
前略ごめんください。
家内が先月から[[MEDICAL:入院しておりまして]]、私一人で車の手入れをしております。
このあいだ、バックの時にどこかに擦ったようで、後ろのバンパーに傷があります。
家内が戻る前に直しておきたいので、修理をお願いしたく存じます。
[[高橋|喜三郎]]　[[PHONE:0229-22-4863]]""")

add("elderly", """\
ご担当者さま
わたくし、[[DISABILITY:若いころから右手が不自由]]でございます。
今の車はハンドルに握りを付けて左手だけで運転しておりますが、今度乗り換える車にも同じものが付けられますでしょうか。
古い車は二十年乗りました。思い出深い車です。
[[村上|ハツ]]
[[ADDRESS:岩手県奥州市水沢東大通り二丁目五の十]]""")

add("elderly", """\
拝啓
暑さ厳しき折、いかがお過ごしでしょうか。
主人が[[MEDICAL:下の病気]]で二月に[[MEDICAL:手術を受けまして]]、それから長く座っているのが辛いようでございます。
座面のやわらかい車はございましょうか。
秋の車検までに決めたいと思っております。
敬具
[[八重樫|スミ]]""")

add("elderly", """\
奥羽モータース八戸店さま
この前は寄り合いの帰りに車が動かなくなり、お世話になりました。
あの日は[[MEDICAL:血圧が高くて]]頭がふらふらしておりましたので、代わりに運転してくださった方に本当に助かりました。
お名前を伺いそびれました。たしか[[對馬]]さんとおっしゃいましたでしょうか。
くれぐれもよろしくお伝えください。
[[蛯名|喜一]]""")

add("elderly", """\
前略
孫から、お店では目の不自由な者にも書類を読み上げてくださると聞きました。
私は[[DISABILITY:弱視]]で、細かい字は虫めがねでも読めません。
契約の時には、ゆっくり読み上げていただけましたらありがたく存じます。
[[小松|イネ]]　八十二歳
連絡は孫の[[小松|翔]]　[[PHONE:070-3348-2291]]まで""")

add("elderly", """\
奥羽モータース山形南店　御中
ご無沙汰しております。
私ども夫婦、二人とも八十を過ぎ、主人は[[MEDICAL:ものを飲み込む力が弱って]][[MEDICAL:胃に管を入れて]]おります。
通院は介護タクシーを使っておりますが、費用がかさみますので、
寝たまま乗れるような車をお借りできるものか、お尋ねいたします。
[[結城|タミ]]""")

add("elderly", """\
拝啓
新緑の候となりました。
一昨年に[[MEDICAL:乳がんの手術]]をいたしましてから、左腕が思うように上がりません。
シートベルトを引き出すのに難儀しております。
何か良い工夫はございませんでしょうか。
敬具
[[藤田|光子]]　[[ADDRESS:青森県黒石市大町八番地]]""")

add("elderly", """\
お世話になります
主人が[[MEDICAL:寝たきりになりまして]]、主人名義の車を私の名前に替えたいのです。
主人は[[DISABILITY:手が動かず字が書けません]]ので、どのような書類が要るのか教えてください。
郵便でお送りいただけましたら助かります。
〒[[POSTAL_CODE:960-8034]]
[[ADDRESS:福島市置賜町二番十三号]]
[[丹野|ハナ]]""")

add("elderly", """\
奥羽モータース　[[成田]]様
先日は家まで来てくださり、ありがとう。
あの時お話しした通り、私も[[MEDICAL:ボケが始まって]]きたようで、家族に免許を返せと言われております。
[[MEDICAL:先生からも薬を出されております]]。まだ自分ではしっかりしているつもりですが、家族の言うことも聞かねばと思います。
車の引き取りの日取りを、息子と決めてください。
[[鈴木|武]]""")

add("elderly", """\
拝啓
梅の花の便りが聞かれるころとなりました。
私事ですが、昨年は[[MEDICAL:大病を患い]]、半年ほど家を空けておりました。
その間、車のバッテリーがすっかり上がってしまったようです。
一度見ていただけますでしょうか。
敬具
[[及川|徳蔵]]
[[PHONE:0197-24-6681]]""")

add("elderly", """\
ごめんください。
娘が申しますには、車の保険を見直した方がよいとのことです。
私は[[DISABILITY:両方の膝に人工関節]]が入っておりますので、ブレーキの踏み込みが弱いのではないかと娘が心配しております。
[[MEDICAL:膝の手術]]から十年たち、右足の力もだいぶ落ちました。
ペダルのところに何か付けられるものでしょうか。
[[今野|キミ]]
[[ADDRESS:宮城県大崎市古川駅南一丁目四番九号]]""")

add("elderly", """\
拝啓
向暑の候、ますますご清栄のこととお喜び申し上げます。
さて、家内が[[MEDICAL:足の骨を折りまして]]、しばらく[[MEDICAL:車いすの生活]]となりました。
[[MEDICAL:骨がつく]]まで三か月ほどとのことです。
その間だけ、車いすを積める車をお借りすることはできますでしょうか。
敬具
[[庄司|元]]
[[PHONE:023-688-1427]]""")

add("elderly", """\
奥羽モータース様
家内に先立たれ、一人暮らしとなりました。
私自身も[[MEDICAL:持病で心臓が悪い]]ので、いざという時のことを考え、車は手放そうと思います。
買い取っていただけるものでしょうか。
[[小笠原|茂]]
[[ADDRESS:青森県十和田市西十二番町十五の七]]""")
# ---------------------------------------------------------------- foreign_residents (121-140)
add("foreign_residents", """\
Hello, my name is [[Maria Santos]]. I live in Ichinoseki.
I want to buy used car, small size. Budget 60man yen.
I am [[MEDICAL:pregnant, 5 months]], so I need car before baby come.
My residence card: [[RESIDENCE_CARD:PH48203716KE]]
Phone [[PHONE:080-4471-2093]]
Salamat po!""")

add("foreign_residents", """\
こんにちは。わたしは[[グエン・ティ・ラン]]です。ベトナムから来ました。
仙台の工場ではたらいています。
車の免許、ベトナムのを日本のに切りかえました。
中古の軽自動車がほしいです。
日曜日は休みなので大丈夫です。ほかの日はしごとです。
でんわ：[[PHONE:070-6628-1450]]""")

add("foreign_residents", """\
您好，我叫[[王|丽华]]，住在盛冈。
我想问一下，车检要多少钱？
我老公上个月[[MEDICAL:做了心脏手术]]，现在不能开车，所以我来开。
日本語すこしできます。でんわください：[[PHONE:090-5582-3147]]
谢谢！""")

add("foreign_residents", """\
To: Ouu Motors Koriyama
From: [[Ahmed Karim]]
Subject: car for family

Hi,
We are 6 people family, need 7 seater.
Also, I am [[CREED:Muslim]] and [[CREED:pray 5 times a day]], sometimes during long drive. My wife also [[CREED:wears hijab]], so high roof is better. Is there car with flat space in the back, enough for prayer mat?
Passport No. [[PASSPORT:BX4417829]] (Bangladesh), residence card coming soon.
Thanks,
[[Ahmed]]""")

add("foreign_residents", """\
Magandang hapon po!
Ako po si [[Joy Dela Cruz]]. Philippines po ako, nakatira sa Akita.
Yung asawa ko, [[DISABILITY:hindi makalakad]] after stroke... [[MEDICAL:stroke]] po siya last year.
Gusto ko po magtanong kung may kotse na may ramp para sa [[DISABILITY:wheelchair niya]].
日本語もすこしだいじょうぶです。
[[PHONE:080-2913-6675]]""")

add("foreign_residents", """\
はじめまして。[[ペレイラ・カルロス]]です。
わたしは[[RACE:日系ブラジル人の三世]]です。おじいちゃんが福島から ブラジルに行きました。
いまは郡山にすんでいます。
車を買いたいです。ローンはできますか？
在留カード：[[RESIDENCE_CARD:BR20913847FA]]
メール：[[EMAIL:carlos.pereira@example.com]]""")

add("foreign_residents", """\
Hi there,
I'm [[Daniel Okafor]], English teacher in Hachinohe.
Someone [[CRIME_VICTIM:broke into my car]] last night and [[CRIME_VICTIM:stole my laptop bag]]. I already [[CRIME_VICTIM:made a police report]] at the koban.
The rear window is broken. Can you fix it this week? Insurance company need the [[CRIME_VICTIM:police report number]] too.
Plate: [[PLATE:八戸 500 さ 19-43]]
Cheers,
[[Dan]]""", allow=[])

add("foreign_residents", """\
店の人へ
まえの書類で、わたしの名前が「[[ビシュヌ・タバ]]」になっていました。ただしくは「[[ビシュヌ・タパ]]」です。
国はネパールです。わたしは[[CREED:ヒンドゥー教徒]]です。
お祭り（ダサイン）で10月は国にかえります。そのあいだ車をあずかってほしいです。
でんわ [[PHONE:090-3372-8814]]""", allow=[])

add("foreign_residents", """\
안녕하세요. [[김|민지]]입니다.
日本語で書きます。
わたしは[[RACE:在日コリアン]]の三世で、日本で生まれました。国籍は韓国です。
車の登録で、通名と本名のどちらを書くか教えてください。
通名：[[金田|民子]]
電話：[[PHONE:022-295-7731]]""")

add("foreign_residents", """\
Dear sales,
My name is [[Chen Wei]]. I am PhD student at Tohoku University.
I have [[DISABILITY:hearing impairment]], so please contact me by email only: [[EMAIL:chen.wei.tu@example.org]]
I want to rent a car for 2 weeks in August. I can drive, my license has [[DISABILITY:hearing aid condition]].
Thank you.""")

add("foreign_residents", """\
こんにちは
わたしは[[ラクシュミ]]です。インドからきました。
主人はいま[[MEDICAL:インフルエンザ]]でねています。
車のオイルこうかん、らいしゅうにしてください。
わたし日本語の字があまりよめません。LINEでおねがいします。""")

add("foreign_residents", """\
Hello po,
Ako si [[Rowena Bautista]]. Sa Yamagata ako nakatira.
Tanong ko lang po, my daughter [[DISABILITY:may autism]], she likes to open the door while driving.
Is there child lock po sa sliding door? Salamat.
[[PHONE:+81 90 6125 4408]]""")

add("foreign_residents", """\
お世話になっております。[[アイヌール]]です。
わたしは[[RACE:ウイグル族]]で、中国のパスポートを持っています。
夫が[[CRIME_VICTIM:駐車場で知らない人になぐられて]]、いま[[MEDICAL:病院にいます]]。夫の車を病院から家までもってきてほしいです。
病院の住所：[[ADDRESS:宮城県仙台市宮城野区鶴ケ谷3丁目16-5]]
わたしの電話：[[PHONE:080-7719-2054]]""")

add("foreign_residents", """\
Dear Ouu Motors,
I'm [[Kevin Nakamura]], [[RACE:Japanese-American]], living in Morioka for work.
Just to clarify, I'm US citizen, not Japanese citizen, so I have residence card: [[RESIDENCE_CARD:US77120435DJ]]
I want to lease a car for 2 years. Is that OK with my visa?
Best,
[[Kevin]]""")

add("foreign_residents", """\
老板你好
我是[[李|强]]，在秋田打工。
我的车前天晚上[[CRIME_VICTIM:被偷了]]，我已经[[CRIME_VICTIM:报警了]]。
保险公司让我问一下，车的钥匙要交几把？
车架号：[[VIN:ZE1-318842]]
电话：[[PHONE:070-8841-3326]]""")

add("foreign_residents", """\
こんにちは、[[ソフィア・ロドリゲス]]です。
ペルーから来ました。[[RACE:お母さんが日系]]です。
[[CREED:カトリック]]なので、[[CREED:日曜日の朝はミサにいきます]]。
試乗は日曜日の午後にしたいです。
でんわ：[[PHONE:024-523-6690]]""")

add("foreign_residents", """\
Hi, I'm [[Jess Harper]].
My wife [[Tomoko]] and I are [[SEX_LIFE:a same-sex couple]], we married in Canada.
In Japan our marriage is not recognized, so can we both be on the car loan?
Our address: [[ADDRESS:2-14-9 Kamisugi, Aoba-ku, Sendai]]
Email: [[EMAIL:jess.tomoko@example.net]]""")

add("foreign_residents", """\
はじめまして
わたしは[[ハサン]]です。インドネシアから技能実習できました。
いま[[CREED:ラマダンで断食]]しています。夕方までごはん食べません。
だから、車の説明は午前中がいいです。
会社の人、[[佐藤]]さんといっしょにいきます。""", hon_ok=[("ハサン", "Hasan: the name ends in サン, not the honorific")])

add("foreign_residents", """\
Hello
My name is [[Aung Ko]], from Myanmar.
I am [[RACE:Karen ethnic]], so my Myanmar passport have problem, now I have only residence card.
Residence card No: [[RESIDENCE_CARD:MM30588127GH]]
I want buy small car. Can I?
Tel [[PHONE:080-3921-0558]]""")

add("foreign_residents", """\
Magandang araw!
[[Grace Villanueva]] po ito.
Nagpa-check up po ako at [[MEDICAL:may diabetes]] daw ako, so my doctor say I [[MEDICAL:need to go to hospital every month]].
Ang layo po ng ospital, kaya kailangan ko ng kotse.
Pwede po ba ang loan kahit part-time lang ako?
[[PHONE:090-2248-7713]]""")
# ---------------------------------------------------------------- accident_police (141-160)
add("accident_police", """\
事故受付票（ロードサービス）
受付日時：2024/01/16 07:48
お客様：[[須藤|浩二]]
車両：エクストレイル [[PLATE:青森 330 す 50-72]]
場所：国道7号 浪岡付近
状況：凍結路でスリップし、ガードレールに接触（自損、相手なし）
けが：本人 [[MEDICAL:額を切って救急搬送]]、同乗者なし
レッカー：青森店へ搬送
備考：警察（青森南署）現場対応済、事故証明申請予定
後日：本人より「[[MEDICAL:5針縫って]]今日抜糸」と連絡""")

add("accident_police", """\
[[小野寺]]さん、昨日は夜遅くにありがとうございました。
信号待ちで後ろから追突されて、[[MEDICAL:首と腰を痛めて]]今朝病院に行ったら[[MEDICAL:全治3週間の頸椎捻挫]]と診断されました。
相手の方は任意保険に入っていて、向こうの保険会社から連絡がくるそうです。
車の修理は御社でお願いします。
[[熊谷|直樹]]""")

add("accident_police", """\
件名：ひき逃げの件
担当 [[工藤]] 様
先週、横断歩道を渡っていた娘が[[CRIME_VICTIM:ひき逃げに遭いました]]。
[[MEDICAL:娘は足を骨折]]して入院中です。
警察から、犯人の車はシルバーのワゴンで、左前に傷があるはずと言われました。
もしそういう車が修理で持ち込まれたら、警察に協力していただけないでしょうか。
弘前警察署 交通課 [[福士]] 巡査部長（[[PHONE:0172-32-0111]]）が担当です。
[[葛西|正樹]]""")

add("accident_police", """\
社内連絡　（秋田店 サービス課）
本日入庫の[[PLATE:秋田 300 ぬ 88-16]]について、秋田中央警察署より照会あり。
所有者の[[石井|直人]]様が[[CRIMINAL:危険運転の容疑で逮捕]]されたとのこと。
車両は証拠品として警察が引き取る予定。[[CRIMINAL:ご本人は勾留中]]のため、ご家族と連絡を取る。当店では作業を中止し、鍵は金庫保管。
照会者：刑事課 [[本間]] 警部補
記録者：[[三浦|亮]]""")

add("accident_police", """\
お客様から電話（要約）
[[遠藤|智之]]様より。昨夜、仙台駅東口のコインパーキングで[[CRIME_VICTIM:車の窓を割られ]]、[[CRIME_VICTIM:ゴルフバッグを盗まれた]]。
仙台東署に[[CRIME_VICTIM:被害届提出済]]、受理番号 第2024-0573号。
車両保険あり（車対車＋A）→ 保険会社へ事故受付済。
ガラス交換見積を本人メールへ → [[EMAIL:t.endo.sendai@example.jp]]""")

add("accident_police", """\
件名：自転車と接触してしまいました

奥羽モータース郡山店 [[二階堂]]様

昨日の夕方、交差点を左折するときに自転車の高校生と接触してしまいました。
高校生は[[MEDICAL:膝を擦りむいた]]程度で、救急車は呼ばずに済み、警察で事故として処理してもらいました。
こちらの車はバンパー左側が少しへこんでいます。
保険を使うかどうか、相談に乗っていただけますか。

[[大槻|美千代]]
[[PHONE:024-944-6025]]""")

add("accident_police", """\
メモ：[[佐藤|ゆうき]]様（酒田）ローン相談
本人申告：[[CRIMINAL:7年前に窃盗で執行猶予付き判決]]、猶予期間は満了済。
信販の審査項目に前科の有無はなし。信用情報の確認のみと説明。
本人安心した様子。申込書は次回持参。
[[CRIMINAL:判決]]の話は記録不要と本人に伝えた（このメモも審査後破棄）
記：[[後藤]]""")

add("accident_police", """\
【盗難車両 発見のご連絡】
[[今野|真一]] 様
宮城県警 泉警察署より、[[CRIME_VICTIM:盗難被害に遭われた]]お車（エクストレイル）が、岩沼市内の空き地で発見されたとの連絡がありました。
お車は警察での確認後、当店（仙台泉店）へレッカー搬送いたします。
搬送費用は盗難特約でまかなえる見込みです。
詳しくは担当の[[高橋|修]]よりご連絡いたします。
奥羽モータース仙台泉店　[[PHONE:022-771-4408]]""")

add("accident_police", """\
From: [[松本|昇]]
Subject: 会社の車の件で

お世話になっております。
先日リースで入れたハイエースですが、うちの社員が[[CRIMINAL:業務中に酒気帯びで検挙され]]ました。
本人は[[CRIMINAL:略式起訴で罰金]]になる見込みと聞いています。
車は無事ですが、リース会社への報告は必要でしょうか。
社員名は伏せさせてください。

有限会社いわき松本設備
[[松本|昇]]""", allow=[("いわき松本設備", "company name containing the surname")])

add("accident_police", """\
【車両保険 事故報告書（控）】
契約者：[[阿部|純一]]
事故日：2024年3月2日 22時ごろ
事故の種類：[[CRIME_VICTIM:いたずら（ボディへの落書き）]]
発生場所：[[ADDRESS:宮城県石巻市鋳銭場9-14]] 自宅前
警察届出：石巻署（[[CRIME_VICTIM:届出済]]）
損害：ボンネット・左右ドア 塗装""")

add("accident_police", """\
[[菊地]]さん
ちょっと聞きづらいことなんですが…
息子が[[CRIMINAL:大麻所持で家宅捜索を受けて]]、車もその時に調べられたみたいです。
車は息子名義なんですが、しばらく使わないので売りたいと言っています。
警察に押収されたわけではないので、売るのは問題ないですよね？
[[森|由美子]]""")

add("accident_police", """\
受付メモ（電話）
相手：盛岡西署 生活安全課 [[久保]]さん
用件：当店顧客 [[藤原|陽子]]様の息子さん（[[DISABILITY:ASD]]）が、店の前で[[CRIME_VICTIM:不審な男から声をかけられ、腕をつかまれた]]件で、防犯カメラ映像の提供依頼。
→店長判断で提供了承。データ書き出しはSDカードで
→[[藤原]]様にも店長から一報済""")

add("accident_police", """\
こちらは八戸店の[[木村|彩]]です。
先日ご相談の、[[CRIME_VICTIM:ドライブレコーダーを盗まれた]]件、新しいものの取付けが完了しました。
盗難の際の[[CRIME_VICTIM:被害届]]の控えは、保険会社へのご提出が必要とのことですので、お手元に保管してください。
取付け費用の明細は同封のとおりです（部品 29,800円、工賃 8,800円）。""")

add("accident_police", """\
件名：事故の相手方について

[[千葉]]さん
先日の事故の相手の人、[[CRIMINAL:飲酒運転だった]]そうです。警察から聞きました。
私は[[CRIME_VICTIM:飲酒運転の車にぶつけられた]]ということになります。
[[MEDICAL:むち打ちでまだ通院中]]ですが、刑事の方も進めると聞いて、ちょっと気が重いです。
車の修理は相手の保険で全額出るそうなので、見積書を送ってください。
[[柴田|美和]]""")

add("accident_police", """\
事故対応経過（サービス課）
6/2 [[PLATE:山形 500 ま 43-10]] 入庫（左側面大破）
運転者：[[結城|隼人]]様（ご本人）
6/3 運転者が[[MEDICAL:肋骨骨折で入院中]]のため、ご家族（奥様）と修理方針協議
6/5 警察から、相手方が[[CRIMINAL:過失運転致傷で書類送検]]されたとの連絡（奥様経由）
6/7 保険会社アジャスター立会い""")

add("accident_police", """\
Re: 駐車場での件

> 当店駐車場でのトラブルについて、詳しくお聞かせいただけますか。

はい。お店の駐車場で車に戻ったら、知らない男の人にいきなり「ぶつけただろう」と怒鳴られ、[[CRIME_VICTIM:胸ぐらをつかまれました]]。
ぶつけてなんかいません。店員さんが止めてくれて、その後[[CRIME_VICTIM:警察に暴行の被害を申告しました]]。
あの時のカメラの映像、警察に出していただけますか。

[[石川|夏美]]""")

add("accident_police", """\
【ご連絡】試乗車の盗難について（社内）
6/9 閉店後、郡山店の試乗車（ノート [[PLATE:郡山 300 ろ 20-55]]）が盗難。
当社として郡山署へ被害届提出（担当 [[二階堂]]店長）。
鍵は試乗用キーボックスから持ち出された形跡。防犯カメラ映像を警察へ提出済。
※当社が被害者のため、お客様の個人情報は含まれない。""")

add("accident_police", """\
件名：免許停止中の代行運転について

[[成田]]様

夫が[[CRIMINAL:スピード違反（一発免停）で罰金を受け]]、現在免許停止中です。
車検の時期なので、期間中に車を取りに来てもらえると助かります。
私は[[DISABILITY:視力障害があって]]免許を持っていないので運転できません。
[[大川|ヨウ子]]""")

add("accident_police", """\
お客様の声（事故対応）
「初めての事故でパニックでした。相手は逃げてしまい（[[CRIME_VICTIM:当て逃げ]]）、私は[[MEDICAL:ショックで過呼吸]]になってしまったのですが、電話口の[[菅原]]さんが落ち着くまで話しかけてくれて、レッカーもすぐ手配してくれました。」
（掲載許可：あり／イニシャルのみ M.K.様）""")

add("accident_police", """\
ＴＥＬ　[[PHONE:090-7023-5518]]（[[村井|大輔]]様）
本人が事故の加害側。[[CRIMINAL:人身事故で警察の取り調べ]]を受けていて来店が遅れるとのこと。
相手方は軽傷。任意保険（他社）で対応。
車両：セレナ 右前 損傷。入庫 6/11 予定""")
# ---------------------------------------------------------------- health_driving (161-180)
add("health_driving", """\
件名：手動運転装置について

はじめてご連絡します。[[安藤|克也]]と申します。
2年前のバイク事故で[[DISABILITY:脊髄を損傷し]]、[[DISABILITY:両足が動きません]]。
先月、運転免許センターで適性相談を受け、[[DISABILITY:免許の条件に「手動式補助装置」]]が付きました。
手でアクセルとブレーキを操作できる装置を付けた車を購入したいです。
装置の取付けは御社でできますか。

[[安藤|克也]]
[[PHONE:019-681-3024]]""")

add("health_driving", """\
[[伊藤]]さん、ご相談です。
[[MEDICAL:1型糖尿病でインスリンを打っています]]。先日、運転中に[[MEDICAL:低血糖]]っぽくなって、慌てて路肩に止めました。
[[MEDICAL:低血糖]]になって以来、長距離が怖くて…。
次の車は、車線維持とか、もしものときに止まってくれる機能が強い車がいいです。
どの車種がおすすめか教えてください。
[[熊田|早苗]]""")

add("health_driving", """\
担当：[[後藤]]　来店記録
[[庄司|元]]様（76）免許更新前の認知機能検査で[[MEDICAL:「認知症のおそれ」の判定]]
→医師の診断待ち。結果次第で免許返納も検討とのこと
車は奥様名義に変更予定（奥様は運転可）
サポカー限定免許の案内資料お渡し""")

add("health_driving", """\
Q：てんかんがあると運転できないのですか？
（お客様：[[中村|玲奈]] 様より）
私は[[MEDICAL:高校生のときにてんかんと診断]]され、今も[[MEDICAL:薬を飲んで]]いますが、この5年間は発作がありません。主治医からは「運転してよい」と言われ、免許も取りました。
新車を買うのに、何か申告や書類は要りますか？
A：（担当[[千葉]]より回答）車のご購入にあたって、病気の申告や書類は必要ありません。""")

add("health_driving", """\
件名：補聴器と車の警告音

お世話になっております。[[土田|和夫]]です。
私は[[DISABILITY:両耳に補聴器]]をつけており、[[DISABILITY:免許証にも「補聴器」の条件]]が入っています。
最近の車は警告音が小さくて聞き取りにくいことがあるので、警告をランプや振動で知らせる設定があるか教えていただけますか。
試乗の時に確認させてください。
[[PHONE:0185‐52‐3318]]""")

add("health_driving", """\
【運転再開のご相談】
[[菅原|則子]]様からのお電話
ご主人（[[菅原|昭]]様）、[[MEDICAL:脳梗塞の後]]、[[MEDICAL:リハビリ]]が進み、主治医から「条件付きで運転再開可」との意見書が出た。
ただし[[DISABILITY:左半身のまひ]]が残るため、左手だけで回せるハンドルノブと、右足用アクセル・ブレーキのままで可。
→ハンドルノブ見積り、運転免許センターの臨時適性検査の日程確認を依頼された""")

add("health_driving", """\
もしもしの代わりにメールで失礼します
夜、[[DISABILITY:目が見えにくく]]なってきました。
眼科では[[MEDICAL:網膜色素変性症]]と言われ、[[MEDICAL:進行はゆっくり]]だそうです。
昼間の運転はまだ大丈夫ですが、夜は家族に代わってもらっています。
ヘッドライトがもっと明るい車、ありますか？
[[佐々木|亮介]]""")

add("health_driving", """\
To: 奥羽モータース 盛岡本店
Subject: 睡眠時無呼吸と運転

こんにちは、[[八木橋|聡]]です。
会社の健康診断で[[MEDICAL:睡眠時無呼吸症候群の疑い]]と言われ、[[MEDICAL:精密検査を受けたところ中等症]]でした。
治療を始めるまで社用車の運転は控えるよう会社から言われています。
プライベートの車も、治療が落ち着くまで妻が運転することにしました。
妻が運転しやすいよう、シートの調整をお願いできますか。""")

add("health_driving", """\
【お客様相談メモ】
相談者：[[田村|文子]]様（娘さん）
内容：父 [[田村|英治]]様（82）、[[MEDICAL:パーキンソン病]]の治療中。[[MEDICAL:手のふるえ]]が出てきた。本人は運転を続けたいが、家族は心配。
[[MEDICAL:服薬で症状は落ち着いている時期]]とのこと。
→免許センターの運転適性相談を紹介。安全装備の充実した車種のパンフ送付
送付先：[[ADDRESS:岩手県北上市鬼柳町都鳥137-4]]""")

add("health_driving", """\
件名：妊娠中のシートベルト

[[村上]]様
[[MEDICAL:いま妊娠6か月]]です。お腹が大きくなってきて、シートベルトをどうかけたらいいか分かりません。
マタニティ用のベルト補助具は、御社の車に付けても大丈夫ですか？
あと、出産したらチャイルドシートの取付けもお願いしたいです。
[[浅野|千夏]]""")

add("health_driving", """\
来店メモ
[[小松|翔]]様（お孫さん）と[[小松|イネ]]様
[[イネ]]様は[[DISABILITY:弱視]]のため運転しない。[[翔]]様が通院の送迎に使う車を検討。
[[イネ]]様が乗り降りしやすい車高、足元照明あり希望。
[[翔]]様の通勤：[[ADDRESS:秋田県大仙市大曲通町3-11]]の事務所まで片道20km""")

add("health_driving", """\
件名：薬の副作用と運転について
私、[[MEDICAL:不安障害で抗不安薬を飲んで]]います。
薬の説明書に「眠気が出ることがあるので車の運転は避けてください」と書いてあり、[[MEDICAL:服薬中]]はしばらく運転を控えることにしました。
車検が来月ですが、運転していない間も車検は受けた方がいいでしょうか。
保管だけなら一時抹消の方が安いのでしょうか。
[[大槻]]""")

add("health_driving", """\
[[千葉|雅人]]です。
先月[[MEDICAL:狭心症でカテーテル治療]]を受け、今はもう普通に生活できています。
主治医からも運転はOKと言われましたが、念のため、ACC（前の車についていくやつ）と自動ブレーキがついた車に買い替えたいと思います。
在庫のエクストレイルで見積りをお願いします。""")

add("health_driving", """\
ご相談フォーム
お名前：[[吉川|春奈]]
お子様：[[吉川|湊]]（4歳）
ご相談：息子は[[DISABILITY:ダウン症]]で、体がやわらかく、普通のチャイルドシートでは姿勢が崩れてしまいます。[[DISABILITY:障害児用のカーシートを使っています]]が、御社のセレナに取り付けられるか確認したいです。
連絡先：[[EMAIL:haruna.y@example.jp]]""")

add("health_driving", """\
電話メモ　[[高橋|喜三郎]]様
奥様が[[MEDICAL:入院中]]（先月から）。ご本人も最近[[MEDICAL:めまいが続いて]]いて、耳鼻科通院中。
「運転がちょっと怖い」とのことで、修理済み車両の納車はご自宅まで。
お孫さんが同席予定。""")

add("health_driving", """\
件名：義手での運転について

[[今井|翼]]です。
仕事中の事故で[[DISABILITY:左腕のひじから先を失い]]、今は[[DISABILITY:義手]]を使っています。
右手だけでも運転できるように、ハンドルにノブを付けたいと思っています。
ウインカーやワイパーの操作も右手でできる配置にできますか。
[[PHONE:080-6613-0927]]""")

add("health_driving", """\
スタッフ間チャット
[[木村|彩]]：明日来店の[[小林]]様、[[DISABILITY:車いすユーザー]]さんです。ご自分で運転されます
[[對馬|健太]]：了解。手動装置付きの試乗車、八戸店にある？
[[木村|彩]]：ないので盛岡本店から回送してもらいます
[[對馬|健太]]：駐車場の車いす用スペース空けておきます👍""")

add("health_driving", """\
件名：人工透析中の長距離運転

[[遠藤]]さん
先日はありがとうございました。
私も[[MEDICAL:透析を受けて]]いて、週3回、1回4時間です。
[[MEDICAL:透析の後]]はふらつくことがあり、帰りは妻が運転しています。
透析のない日に仙台の娘の家まで行くことが多いので、疲れにくいシートの車がいいです。
[[渡辺|勝]]""")

add("health_driving", """\
運転免許センター 臨時適性検査 結果メモ（お客様より聞き取り）
お客様：[[葛西|正樹]]様
・[[MEDICAL:脳出血の後遺症]]による[[DISABILITY:視野の欠け]]あり
・検査結果：普通免許は継続、ただし[[DISABILITY:ワイドミラー使用の条件付き]]
→ワイドミラーと補助ミラーの取付け見積を出す""")

add("health_driving", """\
件名：うつの治療中ですが

[[佐藤]]様
ご無沙汰しています。
昨年から[[MEDICAL:うつ病の治療中]]で、[[MEDICAL:睡眠薬]]も飲んでいます。
主治医からは「朝の運転は気をつけて」と言われています。
通勤でどうしても車が要るので、居眠り警報のような機能がある車にしたいです。
[[庄司|典子]]""")
# ---------------------------------------------------------------- belief_origin_union_partner (181-200)
add("belief_origin_union_partner", """\
件名：ローンの共同名義について

奥羽モータース仙台泉店
[[高橋|修]]様

先日はありがとうございました。[[三上|葵]]です。
お話しした通り、[[SEX_LIFE:同性のパートナー]]の[[小田|真央]]と同居しています。
仙台市のパートナーシップ宣誓をしており、受領証のコピーもあります。
二人の収入を合算してローンを組むことはできますか。
できない場合、私が主債務者で、[[小田]]が連帯保証人という形は可能でしょうか。

[[三上|葵]]
[[PHONE:080-4418-2276]]""")

add("belief_origin_union_partner", """\
営業メモ（[[菅原|隆之]]）
客：[[藤井|悟]]様　市役所勤務
[[UNION:職員組合の執行委員]]、[[UNION:組合]]の集会で使うためワゴン車検討中（個人名義）
土日は[[UNION:組合活動]]で来店不可→平日夜の商談
見積：セレナ XV 2案""")

add("belief_origin_union_partner", """\
担当の[[今野]]さんへ
前回お話しした件です。
わたしの父は[[RACE:アイヌ]]で、毎年夏に白老の[[RACE:アイヌ]]の集まりに家族で参加しています。
今年は車で北海道まで行くので（[[RACE:わたしもアイヌの血を引いています]]）、フェリーに載せられるサイズの車を考えています。
長距離なので、燃費も気になります。
[[川村|ユカ]]""")

add("belief_origin_union_partner", """\
Re: 納車日の件

[[成田]]様
ご連絡ありがとうございます。
7月13日から16日は[[CREED:お盆の棚経でお檀家さんを回る]]ので、その前に納車いただけると助かります。
寺の駐車場は狭いので、取り回しのよい車にしてよかったと思っています。
[[CREED:浄土宗　西願寺住職]]　[[工藤|真澄]]""")

add("belief_origin_union_partner", """\
お問い合わせ（電話の聞き取り）
[[新田|貴之]]様：
「[[CREED:エホバの証人]]として[[CREED:伝道活動]]をしているので、[[CREED:集会]]と平日の昼間に乗る時間が長い。燃費の良い車を探している」
来店日：6/26（水）午前
対応：[[松本|恵]]""")

add("belief_origin_union_partner", """\
件名：選挙期間中の車の貸出について

奥羽モータース山形南店
ご担当者様

私、市議会議員の後援会で[[CREED:○○党の支部役員]]をしております[[武田|正夫]]と申します。
来月の選挙期間中、選挙カーとしてワンボックス車を2週間借りたいのですが、レンタル可能でしょうか。
スピーカーの取付けは当方で手配します。
[[PHONE:023-631-5520]]""")

add("belief_origin_union_partner", """\
書類送付のご案内（控）
[[和田|浩子]]様
ご依頼の名義変更書類一式を同封いたします。
お預かりした戸籍謄本は、手続き完了後にお返しいたします。
なお、謄本の記載のうち[[FAMILY_ORIGIN:本籍（福島県相馬市中村字川原町）]]などは手続きに使用せず、写しも保管いたしません。
奥羽モータース郡山店　[[大槻|健]]""")

add("belief_origin_union_partner", """\
件名：お客様アンケートの項目について（ご意見）

御社の成約アンケートに「ご家族の職業」「ご実家の所在地」という欄があり、驚きました。
[[SOCIAL_STATUS:私の生まれ育った地区は、昔から結婚や就職で差別を受けてきた場所]]です。
車を買うのに、なぜ実家の場所まで書かされるのでしょうか。
削除を検討していただきたいです。
[[野村|誠司]]""")

add("belief_origin_union_partner", """\
[[小笠原]]さん
先日の契約書、ありがとうございました。
1点だけ、連絡先欄の「続柄」について。私と[[中川|亮]]は[[SEX_LIFE:男性同士のカップル]]で、同居人と書きましたが、緊急連絡先として彼を登録できますか？
[[SEX_LIFE:パートナー]]だと伝わるようにしてもらえると、何かあった時に安心です。
[[佐伯|俊]]""")

add("belief_origin_union_partner", """\
TEL記録　6/19
[[栗田|誠一]]様（いわき）
勤務先の[[UNION:労働組合]]の共済で自動車保険に入っている。車両入替の手続きは組合の窓口で行うので、新車の車検証コピーを組合事務所にFAXしてほしい→本人同意あり
FAX：[[PHONE:0246-21-7754]]（いわき○○労組事務所）""")

add("belief_origin_union_partner", """\
From: [[ファティマ]]
件名：車のお祓いについて

こんにちは。日本では新しい車をお寺や神社でお祓いすると聞きました。
わたしは[[CREED:イスラム教徒]]なので、お祓いはしなくていいですか？
納車式で何かお祈りのようなことがあるなら、わたしは参加しないで、家族が写真を撮るだけにしたいです。""")

add("belief_origin_union_partner", """\
件名：父の車の相続について

[[菊地]]様
先日亡くなった父の車の名義変更の件です。
除籍謄本を取り寄せたら、[[FAMILY_ORIGIN:本籍が岩手県遠野市土淵町]]になっていて、役場からの郵送に時間がかかりました。
書類がそろいましたので、来週お店に伺います。
[[宮田|美津江]]""")

add("belief_origin_union_partner", """\
ご来店記録（社内）
[[金|正浩]]様　ご夫婦で来店
ご主人は[[RACE:韓国にルーツ]]を持つ在日三世、ご本人の希望で本名での契約
奥様の実家が[[CREED:キリスト教の教会]]を営んでおり、教会用に中古ワゴンも検討
次回：下取り査定（H26 ヴォクシー）""")

add("belief_origin_union_partner", """\
件名：支払方法の相談

[[三浦]]様
ボーナス払いを組合の積立から払うことはできますか？
私は[[UNION:ＪＲ関係の労組に加入]]していて、組合の積立貯金を年1回下ろせます。
その時期に合わせて一部繰上げ返済をしたいです。
[[藤原|誠]]""")

add("belief_origin_union_partner", """\
こんにちは
[[ジェシカ]]です。
私は[[RACE:フィリピンと日本のハーフ]]で、名前はカタカナです。
免許証の名前と、在留カードの名前が違うので、車の名義をどちらにすればいいか教えてください。
在留カードの名前：[[JESSICA MAE REYES]]
免許証の名前：[[レイエス ジェシカ メイ]]""")

add("belief_origin_union_partner", """\
件名：旧家の蔵の整理で出てきた車

[[八重樫]]様
私の家は[[FAMILY_ORIGIN:代々この地域の庄屋をしてきた家]]で、蔵を整理していたら祖父のダットサンが出てきました。
動くかどうか分かりませんが、一度見ていただけませんか。
レストアするか、博物館に寄贈するか、家族で相談中です。
[[ADDRESS:岩手県紫波郡紫波町日詰字下丸森27]]
[[岩舘|宗一郎]]""")

add("belief_origin_union_partner", """\
商談メモ
[[斉藤|茜]]様（30代）とパートナーの[[森田|結衣]]様
お二人は[[SEX_LIFE:女性同士のカップル]]。[[茜]]様名義で購入、[[結衣]]様も運転。
任意保険の運転者限定を「家族限定」にできるか→保険会社に確認（同性パートナーの扱い）
セレナ e-POWER 見積り提示済み""")

add("belief_origin_union_partner", """\
件名：Re: 展示会のご案内

> 次の日曜日、展示会を開催いたします。

ご案内ありがとうございます。
あいにく日曜は[[CREED:安息日で教会]]に行くため伺えません。
（私は[[CREED:セブンスデー・アドベンチスト]]なので、正確には土曜が安息日です。土曜もダメなんです）
平日の夕方に個別に見せていただけますか。
[[岡|里美]]""")

add("belief_origin_union_partner", """\
営業日報　[[成田|康平]]
・[[大場|勝利]]様：[[UNION:組合費の天引き]]が給与明細にあり、審査の手取り計算に影響→信販に確認
・[[小林|由紀]]様：[[CREED:○○党の選挙応援]]用に車を借りたいとの話、当社では選挙カーの貸出なし
・本日来店3組、成約0""")

add("belief_origin_union_partner", """\
お世話になります。[[上田|かおり]]です。
結婚相手の家から「[[FAMILY_ORIGIN:うちは武家の家柄]]だから、親戚の集まりにはそれなりの車で」と言われ、正直困っています（笑）
予算は変えられないので、見栄えのいいグレードを教えてください。
[[EMAIL:kaori.ueda@example.com]]""")
# ---------------------------------------------------------------- screening_notes (201-220)
add("screening_notes", """\
【オートローン審査メモ】No. L-24-0611
申込者：[[千葉|雅人]]（[[BIRTHDATE:1986/04/19]]生）
勤務先：㈱ミヤギ精機 勤続9年／年収520万
団信告知：[[MEDICAL:胆のう摘出（2022）]]→完治、保険会社より引受可の回答
[[UNION:組合費]]控除あり（月2,800円）→手取り計算に反映
他社借入：なし
判定：承認（金利2.9%／84回）
担当：[[今野|彰]]""")

add("screening_notes", """\
リース審査 申込内容確認
契約者：[[村井|大輔]]
状況：[[MEDICAL:休職中（うつ病）]]、8月末復職予定、傷病手当金受給中
遅延：2回（いずれも1か月以内に入金）
信販コメント：「復職後の在籍確認をもって再審査」
※病名は信販への申送りに不要。次回以降の記録では「休職中」のみ記載すること""")

add("screening_notes", """\
事前審査ヒアリングシート
氏名：[[阿部|由香里]]
同居家族：夫、長男（[[DISABILITY:療育手帳A]]）
月収：夫 32万円／本人 パート 8万円
特別児童扶養手当：受給あり
福祉車両の購入補助：市に申請中（上限20万円）
支払：頭金50万、残りを60回""")

add("screening_notes", """\
与信メモ（所長確認用）
[[佐伯|俊]]様 申込、緊急連絡先に同居人 [[中川|亮]]様
続柄「[[SEX_LIFE:同性パートナー]]」と本人記入。信販の書式上「その他」で登録可と確認済
収入合算は不可（婚姻関係なし）→ 単独名義で審査
判定：可（[[SEX_LIFE:パートナー]]の収入は参考情報として記載のみ）""")

add("screening_notes", """\
本人確認書類チェック
申込者：[[伊藤|さゆり]]
提出：運転免許証（番号 [[DRIVER_LICENSE:241803357620]]）、住民票
※住民票に[[FAMILY_ORIGIN:本籍（山形県鶴岡市馬場町）]]とマイナンバーの記載あり→本籍・個人番号欄をマスキングして保管
　（個人番号 [[MY_NUMBER:3187 0245 1698]] は記録しない→この行は回覧後に消去）""")

add("screening_notes", """\
残クレ審査　申込者情報
氏名：[[佐々木|美咲]]
連帯保証人：[[佐々木|清]]（父、[[BIRTHDATE:昭和22年10月3日]]生）
保証人の状況：[[MEDICAL:肝臓がん治療中]]、年金・家賃収入あり
信販回答：保証人の年齢・収入で可。健康状態は審査対象外。
引落口座：七十七銀行 中里支店 [[BANK_ACCOUNT:普通 4418207]]""")

add("screening_notes", """\
審査NGの理由（社内）
申込者 [[石井|直人]]様
信用情報：延滞・異動なし
→NG理由は信用情報ではなく、[[CRIMINAL:勾留中]]のため本人確認・在籍確認ができないこと
※申込書は弁護士経由で返却。刑事事件の内容は記録に残さない""")

add("screening_notes", """\
オートリース与信チェック表
法人名：有限会社いわき松本設備
代表者：[[松本|昇]]
代表者生年月日：[[BIRTHDATE:1971年2月8日]]
決算：3期連続黒字
代表者の個人保証：あり
特記：代表者が[[UNION:地域の建設ユニオン]]の役員（申込時に本人が話したもの。審査には使わない）""", allow=[("いわき松本設備", "company name containing the surname")])

add("screening_notes", """\
団体信用生命保険 告知内容（写し）
被保険者：[[遠藤|智之]]
1. 最近3か月以内の医師の診察・検査・治療・投薬 → いいえ
2. 過去3年以内の手術 → いいえ
3. 過去5年以内の精神疾患の治療 → はい（[[MEDICAL:適応障害、2021年4月〜10月通院、服薬あり]]）
4. 身体の障害 → いいえ
告知日：2024年6月10日""")

add("screening_notes", """\
クレジットカード払い（頭金）記録
お客様：[[王|丽华]]様
カード：[[CARD:4532 9104 6718 3520]]（有効期限 09/27）
決済額：300,000円　承認番号 058812
※カード番号は決済後に伝票から切り取り、シュレッダー処理""")

add("screening_notes", """\
ローン申込（外国籍のお客様）
氏名：[[PEREIRA CARLOS HIDEO]]（[[ペレイラ カルロス ヒデオ]]）
国籍：ブラジル（[[RACE:日系三世]]、本人申告）
在留資格：定住者　在留期限 2027/03/15
在留カード番号：[[RESIDENCE_CARD:BR20913847FA]]
勤務先：派遣（郡山の自動車部品工場）勤続3年
祖父母が福島出身と本人から聞いた（[[RACE:日系]]の確認書類は不要）
→在留期限内での返済回数（最長33回）で審査""", hon_ok=[])

add("screening_notes", """\
審査書類の返却について（メモ）
[[野村|誠司]]様から提出された書類のうち、戸籍謄本は不要のため返却。
謄本に記載の本籍地は当社システムに入力しない。
住民票（本籍記載なし）のみで手続き可。""")

add("screening_notes", """\
信販会社への申送り事項
契約者：[[安藤|克也]]様
車両：ノート（手動運転装置付き）
支払：頭金30万円、60回
・[[DISABILITY:両下肢機能障害]]、[[DISABILITY:身体障害者手帳1級]]により自動車税・環境性能割の減免手続きを当社で代行
・装置代は公的助成（上限10万円）を充当
連絡先：[[PHONE:019-681-3024]]""")

add("screening_notes", """\
与信審査メモ　[[菅野|あかり]]様
年収：380万（育休明け予定）
現在[[MEDICAL:双子を妊娠中]]、[[MEDICAL:9月に帝王切開の予定]]
→信販：収入証明は育休前の源泉徴収票で可
口座振替：東邦銀行 本店営業部 [[BANK_ACCOUNT:普通 1182037]]
保証人不要""")

add("screening_notes", """\
【事故歴・違反歴ヒアリング（任意保険 見積用）】
記名被保険者：[[菊地|亮]]
過去3年の事故：なし
免許の状況：[[CRIMINAL:酒気帯び運転による罰金刑]]で取消→再取得（2024年7月）
→等級リセット、新規6等級扱い
※刑事処分の内容は保険会社への申告に必要な範囲のみ記録""")

add("screening_notes", """\
ローン審査 本人確認
氏名：[[Daniel Okafor]]
パスポート：[[PASSPORT:A08841275]]（Nigeria）
在留カード：[[RESIDENCE_CARD:NG55017240CK]]
在留資格：教育　期限 2026/08/31
勤務先：八戸市内の英会話学校
※国籍は審査の在留期限確認のためだけに記録""")

add("screening_notes", """\
与信チェックリスト（[[藤井|悟]]様）
□ 本人確認：運転免許証 第[[DRIVER_LICENSE:221503184270]]号
□ 勤務先：仙台市役所（在籍確認済）
□ 給与明細：[[UNION:職員組合費]] 3,400円控除
□ 団信：告知すべて「いいえ」
□ 引落口座：仙台銀行 [[BANK_ACCOUNT:普通口座 0627715]]
判定：承認""")

add("screening_notes", """\
面談記録（返済相談）
お客様：[[佐藤|ゆうき]]様
本人より「[[CRIMINAL:前科がある]]ので審査に響くか」と質問→信販審査では照会しない旨回答
収入：月22万円（正社員、勤続2年）
希望：中古軽（総額80万）、頭金なし、60回""")

add("screening_notes", """\
残価設定ローン 申込情報
契約者：[[川村|ユカ]]
生年月日：[[BIRTHDATE:平成3年12月25日]]
現住所：〒[[POSTAL_CODE:020-0117]] [[ADDRESS:岩手県盛岡市緑が丘四丁目2-18]]
電話：[[PHONE:019-663-5081]]
勤務先：盛岡市内の介護施設（介護福祉士）
支払口座：岩手銀行 緑が丘支店 [[BANK_ACCOUNT:普通 2750319]]
個人番号カードの提示あり（番号 [[MY_NUMBER:520387164409]] 控えず）""")

add("screening_notes", """\
審査保留の理由（社内限り）
申込者：[[ハリド・ラフマン]]様
・在留カード [[RESIDENCE_CARD:BD10248833ZE]] 在留期限 2025/02/28 → 期限後の返済分は保証人要
・勤務先の在籍確認：金曜午後は本人が[[CREED:礼拝で外出]]のため、木曜に再架電
・[[CREED:ラマダン期間]]中は日中の面談を避けてほしいとの希望あり
・信仰に関する事項は審査記録に残さない（確認日程の調整のみ）""", hon_ok=[])
# ---------------------------------------------------------------- hardneg (221-240)
add("hardneg", """\
【お見積書】No. Q-2406-1183
お客様：[[工藤|勝]] 様
車種：セレナ e-POWER LUXION（型式 6AA-GFC28）
車両本体価格：4,798,200円
メーカーオプション：プロパイロット2.0　447,700円
付属品：フロアカーペット 48,400円／ドライブレコーダー（前後）79,200円
下取車：デイズ（H29年式・走行42,300km）査定額 380,000円
お支払総額：5,203,940円
有効期限：2024年6月30日
奥羽モータース青森中央店　担当 [[葛西|一樹]]""")

add("hardneg", """\
件名：愛車の具合について

[[佐藤]]さん
先週からうちの車の具合がどうも悪くて、朝一番のエンジンのかかりが重いです。
去年の冬もバッテリーが弱って「入院」したので、そろそろ寿命かもしれません。
お医者さん（整備士さん）に診てもらえますか？
[[沢口|健二]]
[[PHONE:0178-43-9902]]""")

add("hardneg", """\
お問い合わせ：車いす対応車の価格
福祉車両の「チェアキャブ」と「アンシャンテ」の違い、それぞれの価格帯を知りたいです。
介護施設を開業する予定で、利用者さんの送迎に使う車を比較しています。
まだ具体的な利用者さんは決まっていません。
事業所名：合同会社みちのくケアサポート（開設準備中）
担当：[[鳴海|香織]]　[[EMAIL:naruse-care@example.org]]""")

add("hardneg", """\
TEL記録
佐藤板金さんから電話。[[PLATE:秋田 500 は 11-72]]の板金修理、部品（品番 80101-5TA0A） 入荷待ちで納期6/21→6/25に変更。
お客様（[[三浦|ハル]]様）には[[三浦|亮]]から連絡済。""")

add("hardneg", """\
件名：病院の駐車場でのバッテリー上がり

ロードサービスのご利用ありがとうございました。
ご依頼場所：阿部内科クリニック駐車場（[[ADDRESS:岩手県奥州市水沢佐倉河字東沖ノ目45-1]]）
作業内容：ジャンプスタート、バッテリー診断（CCA 310/規定値 430）
所要時間：25分
出動番号：RS-240611-0392
作業員：[[熊谷|悠斗]]
※お客様のお見舞い先や受診の有無は伺っておりません。""")

add("hardneg", """\
よくあるご質問への回答（社内テンプレート確認用）
Q. 持病があっても試乗できますか？
A. 有効な運転免許証をお持ちであれば、どなたでもご試乗いただけます。
Q. 障害者手帳で自動車税は安くなりますか？
A. 一定の条件で減免制度があります。詳しくは各県の県税事務所へお問い合わせください。
Q. 高齢の家族が運転を続けてよいか心配です。
A. 運転免許センターの「安全運転相談」窓口（#8080）が利用できます。
作成：[[松本|恵]]　確認：[[二階堂|剛]]""")

add("hardneg", """\
こんにちは、[[星|恵子]]です。
この前いただいたカタログ、家族で見ました。
もし将来、息子の体が大きくなって今の車に乗れなくなったら、そのときはまた相談させてください。
今日は別件で、夏タイヤへの交換予約をお願いしたいです。
6/8(土)の午前中、空いていますか？""")

add("hardneg", """\
件名：盗難防止装置の取付けについて

[[菅原]]様
ランクル用の盗難防止装置（イモビライザー追加＋ハンドルロック）の見積りをお願いします。
うちは被害にあったことはありませんが、ニュースで東北でも盗難が増えていると見て、念のため付けておこうと思いました。
車台番号：[[VIN:GDJ150-0038215]]
[[長谷川|豊]]""")

add("hardneg", """\
整備記録（抜粋）
入庫日：2024/05/29　走行距離：98,214km
作業：エンジンオイル交換（0W-20 3.6L）、オイルエレメント交換（15208-65F0E）
　　　ブレーキフルード交換、ワイパーゴム交換
診断：エンジンの「持病」であるタペット音あり（許容範囲内）
次回推奨：2024/11 または 103,000km
担当メカニック：[[小山内|翔太]]　受付：[[千葉|由美]]""")

add("hardneg", """\
件名：Re: 車検の件

> お車は現在「入院中」です（部品待ち）。

了解です。入院中の車が退院したら連絡ください（笑）
代車のデイズ、快適に使っています。
受取りは6/14（金）18時でお願いします。
[[大場|勝利]]""")

add("hardneg", """\
ご来店予約（Web）
お名前：[[高田|直美]]
電話：[[PHONE:023-625-3041]]
持病：なし
お体の不自由な点：なし
ご要望：なし
ご希望日時：6/22(土) 11:00
ご希望車種：ルークス""")

add("hardneg", """\
[[Miho]]: 車検証の住所、前の家のままなんだけど大丈夫？
店: 住所変更は車検と同時にお手続きできます😊 新しい住民票を1通お持ちください
[[Miho]]: 了解です！印鑑もいる？
店: 認印で大丈夫です
[[Miho]]: はーい👍 土曜の10時に行きます""")

add("hardneg", """\
社内研修資料より（抜粋）
・高齢ドライバーは判断の遅れによる事故が多い傾向があります。
・認知機能検査は75歳以上の免許更新時に必要です。
・福祉車両をご検討のお客様には、まず「どなたが・どのように乗るか」を伺いましょう。
・病名や障害名は、お客様から話されない限り、こちらから聞かないこと。
講師：[[佐々木|孝]]（盛岡本店 店長）""")

add("hardneg", """\
件名：診断書の書式について

[[伊藤]]様
お問い合わせいただいた「運転に関する医師の診断書」ですが、当社では書式をご用意しておりません。
公安委員会の所定の様式は、運転免許センターのホームページからダウンロードできます。
ご不明な点は、お近くの運転免許センター（[[PHONE:019-606-1251]]）へお問い合わせください。
奥羽モータース盛岡本店　[[村上|大樹]]""")

add("hardneg", """\
お客様各位
夏の無料点検キャンペーンのお知らせ
期間：7月1日（月）～7月31日（水）
内容：エアコン点検、タイヤ空気圧・溝チェック、バッテリー診断
ご予約：フリーダイヤル [[PHONE:0120-38-2147]]（受付 9:30～18:00）
奥羽モータース株式会社 本社：〒[[POSTAL_CODE:020-0866]] [[ADDRESS:岩手県盛岡市本宮五丁目3番21号]]""")

add("hardneg", """\
メモ　6/14
工藤自動車整備（弘前）の社長さんから、中古車の仕入れ相談。
スバル サンバー（型式 EBD-S321B）、走行11万km、車検R7.3まで。
仕入れ価格の目安 25～30万円。
折返し：[[葛西|一樹]]""")

add("hardneg", """\
件名：子どもの送り迎え用の車

[[中島|亜美]]です。
来年から長女が小学校、次女が保育園で、毎朝の送迎がバタバタになりそうです。
スライドドアで、チャイルドシートを2台つけられる車を探しています。
予算は250万円くらい、ガソリン車でもハイブリッドでも構いません。
[[PHONE:080ー2296ー6714]]""")

add("hardneg", """\
お客様のお声（アンケートより）
「担当の[[本間]]さんが、車の健康診断（点検）の結果を写真つきで説明してくれて、わかりやすかったです。うちの車は"持病"もなく元気だそうで安心しました。」
「待合室にキッズスペースがあって助かりました。」
「スロープ付きの車の展示があって、福祉車両のことを初めて知りました。」""")

add("hardneg", """\
注文書 控え
注文番号：OR-24-03176
車名：エクストレイル G e-4ORCE
車台番号：[[VIN:SNT33-021487]]
登録予定日：2024年7月5日
ご契約者：[[小山内|誠]]　様
ご住所：[[ADDRESS:青森県八戸市白銀町字三島下32-9]]
お支払い方法：現金一括（振込）
振込先：みちのく銀行 八戸支店 [[BANK_ACCOUNT:当座 0123456]]（奥羽モータース株式会社）""")

add("hardneg", """\
件名：保険の見直し

[[今野]]様
自動車保険の更新案内、届きました。
今回は「人身傷害」を手厚くしておきたいです。もし家族が事故でけがをしたら、と考えると心配なので。
それと、家族のだれも運転中に持病の発作が起きたことはありませんが、そういう補償は別の特約になるのでしょうか。
[[小松]]""")


if __name__ == "__main__":
    main()
