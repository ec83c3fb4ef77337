#!/usr/bin/env python3
"""Generator for dev10.jsonl: 180 invented dealer texts (Honda/Suzuki dealer,
Shizuoka / Aichi / Gifu), annotated to /work/shared/ANNOTATION.md.

Markup inside texts:
  [[name]]           -> PERSON span over `name`
  [[LABEL:value]]    -> LABEL span over `value` (LABEL from ANNOTATION.md)
Per text, `nonnames` lists declared look-alikes (shop, place, product names) that
contain a PERSON surface but are not names.

Run:  cd /work/main/Corpus/names && python3 dev10-source.py
Writes dev10.jsonl next to this file only when every check passes.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

LABELS = {
    "PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE",
    "MY_NUMBER", "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT",
    "RESIDENCE_CARD", "VIN", "RACE", "CREED", "SOCIAL_STATUS", "MEDICAL",
    "DISABILITY", "CRIMINAL", "CRIME_VICTIM", "UNION", "FAMILY_ORIGIN", "SEX_LIFE",
}

STYLES = [
    "staff_chat",          # 1
    "customer_chat",       # 2
    "voice_transcript",    # 3
    "callcentre_memo",     # 4
    "handover_note",       # 5
    "foreign_resident",    # 6
    "elderly_family",      # 7
    "web_form",            # 8
    "review_sns",          # 9
    "insurance_accident",  # 10
    "long_inquiry",        # 11
    "negative",            # 12
]

ENTRIES = []  # (style, marked_text, nonnames)


def T(style, marked, nonnames=()):
    ENTRIES.append((style, marked.strip("\n"), tuple(nonnames)))


MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
LABEL_PREFIX = re.compile(r"^([A-Z_]+):(.*)$", re.S)


def parse(marked):
    out = []
    spans = []
    pos = 0  # position in marked
    n = 0    # code-point length of output so far
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        n += len(before)
        inner = m.group(1)
        lm = LABEL_PREFIX.match(inner)
        if lm and lm.group(1) in LABELS:
            label, value = lm.group(1), lm.group(2)
        else:
            label, value = "PERSON", inner
        spans.append({"start": n, "end": n + len(value), "label": label})
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    return text, spans


# ---------------------------------------------------------------- value checks
KANJI_DIGITS = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4",
                "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def fold_digits(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(KANJI_DIGITS.get(c, c) for c in s if c.isdigit() or c in KANJI_DIGITS)


def check_phone(v):
    d = fold_digits(v)
    if unicodedata.normalize("NFKC", v).lstrip().startswith("+81"):
        d = "0" + d[2:]
    return d.startswith("0") and 10 <= len(d) <= 11, d


def my_number_ok(d):
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
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def value_problem(label, v):
    if label == "PHONE":
        ok, d = check_phone(v)
        return None if ok else f"phone digits {d!r}"
    if label == "POSTAL_CODE":
        d = fold_digits(v)
        return None if len(d) == 7 else f"postal digits {d!r}"
    if label == "MY_NUMBER":
        d = fold_digits(v)
        return None if my_number_ok(d) else f"my number {d!r}"
    if label == "CARD":
        d = fold_digits(v)
        return None if luhn_ok(d) else f"card {d!r}"
    if label == "DRIVER_LICENSE":
        d = fold_digits(v)
        return None if len(d) == 12 else f"licence {d!r}"
    if label == "EMAIL":
        vv = unicodedata.normalize("NFKC", v)
        vv = re.sub(r"\s*(\(at\)|\[at\]|アットマーク)\s*", "@", vv)
        if not re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]*example\.[a-z.]+", vv):
            return f"email {v!r} (must be on an example.* domain)"
        return None
    if label == "RESIDENCE_CARD":
        return None if re.fullmatch(r"[A-Z]{2}\d{8}[A-Z]{2}", v) else f"residence card {v!r}"
    if label == "PASSPORT":
        return None if re.fullmatch(r"[A-Z]{1,2}\d{7,8}", v) else f"passport {v!r}"
    if label == "VIN":
        if re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v) or re.fullmatch(r"[A-Z0-9]{2,6}-\d{6,7}", v):
            return None
        return f"vin {v!r}"
    if label == "PLATE":
        if not re.search(r"[0-9０-９・･]$", v):
            return f"plate {v!r} does not end in a digit"
        return None
    return None


# ------------------------------------------------------------ structure checks
HONORIFIC_SUBSTR = ["様", "さま", "さん", "ちゃん", "くん",
                    "殿", "先生", "店長", "社長", "部長", "課長", "係長", "主任", "工場長",
                    "担当", "御中", "各位"]
# checked only at the end of the span or of a space-separated part
# (katakana サン also occurs inside names such as サントス)
HONORIFIC_END = ["氏", "君", "嬢", "女史", "サン", "サマ", "クン", "チャン"]
LATIN_HONORIFIC = re.compile(r"(?i)(^|[\s\-_.])(mr|mrs|ms|miss|dr|san|sama|kun|chan)\.?($|[\s\-_])")


def bad_edge(c):
    cat = unicodedata.category(c)
    return c.isspace() or cat[0] in "PZ" or c in "〒＠@→／/・･＿_"


def is_kana_or_kanji_only(s):
    return all(unicodedata.name(c, "").startswith(("CJK UNIFIED", "HIRAGANA", "KATAKANA")) for c in s)


def is_kanji_only(s):
    return all(unicodedata.name(c, "").startswith("CJK UNIFIED") for c in s)


def main():
    errors = []
    records = []
    per_style = Counter()
    style_seq = []
    for i, (style, marked, nonnames) in enumerate(ENTRIES, 1):
        rid = f"nd10-{i:04d}"
        if style not in STYLES:
            errors.append(f"{rid}: unknown style {style}")
            continue
        text, spans = parse(marked)
        per_style[style] += 1
        style_seq.append(style)
        if "[[" in text or "]]" in text:
            errors.append(f"{rid}: unbalanced markup")
        L = len(text)
        if not 20 <= L <= 600:
            errors.append(f"{rid}: length {L} outside 20-600")
        if style == "long_inquiry" and not 300 <= L <= 600:
            errors.append(f"{rid}: long inquiry length {L} outside 300-600")
        for s in spans:
            surf = text[s["start"]:s["end"]]
            s["_surface"] = surf
            if not surf:
                errors.append(f"{rid}: empty span")
                continue
            if bad_edge(surf[0]) or bad_edge(surf[-1]):
                errors.append(f"{rid}: span {surf!r} starts/ends with space or punctuation")
            if s["label"] == "PERSON":
                for h in HONORIFIC_SUBSTR:
                    if h in surf:
                        errors.append(f"{rid}: PERSON {surf!r} contains honorific/title {h!r}")
                for h in HONORIFIC_END:
                    if any(part.endswith(h) for part in re.split(r"[\s・]+", surf)):
                        errors.append(f"{rid}: PERSON {surf!r} ends with honorific {h!r}")
                if LATIN_HONORIFIC.search(surf):
                    errors.append(f"{rid}: PERSON {surf!r} contains a Latin honorific")
            p = value_problem(s["label"], surf)
            if p:
                errors.append(f"{rid}: {p}")
        # overlaps
        ss = sorted(spans, key=lambda s: (s["start"], s["end"]))
        for a, b in zip(ss, ss[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{rid}: overlap {a['_surface']!r} / {b['_surface']!r}")
        # every other occurrence of a PERSON surface must be covered
        covered = [(s["start"], s["end"]) for s in spans]
        nn_ranges = []
        for nn in nonnames:
            if nn not in text:
                errors.append(f"{rid}: declared non-name {nn!r} not in text")
            for m in re.finditer(re.escape(nn), text):
                nn_ranges.append((m.start(), m.end()))
        for surf in {s["_surface"] for s in spans if s["label"] == "PERSON"}:
            if len(surf) < 2:
                continue
            for m in re.finditer(re.escape(surf), text):
                a, b = m.start(), m.end()
                if any(x <= a and b <= y for x, y in covered + nn_ranges):
                    continue
                errors.append(f"{rid}: uncovered occurrence of PERSON {surf!r} at {a}")
        out_spans = [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in ss]
        records.append({"id": rid, "text": text, "spans": out_spans,
                        "source": "synthetic:dev10", "note": f"style={style}"})

    # style order and counts
    expect = [st for st in STYLES for _ in range(15)]
    if style_seq != expect[:len(style_seq)]:
        errors.append("styles are not in the required order (15 each, styles 1..12)")
    for st in STYLES:
        if per_style[st] != 15:
            errors.append(f"style {st}: {per_style[st]} texts, need 15")
    if len(records) != 180:
        errors.append(f"{len(records)} entries, need 180")

    # negative style: at most 2 texts with a PERSON span, one name each
    neg_with = [r for r in records if r["note"] == "style=negative"
                and any(s["label"] == "PERSON" for s in r["spans"])]
    if len(neg_with) > 2:
        errors.append(f"negative style: {len(neg_with)} texts contain a name (max 2)")
    for r in neg_with:
        names = {r["text"][s["start"]:s["end"]] for s in r["spans"] if s["label"] == "PERSON"}
        if len(names) > 1:
            errors.append(f"{r['id']}: negative text names more than one person: {names}")

    # surname reuse: a kanji surface of 2-3 chars used as a span (or the start of
    # a longer kanji span) in more than 3 texts
    use = defaultdict(set)
    person_surfaces = []
    for r in records:
        for s in r["spans"]:
            if s["label"] == "PERSON":
                person_surfaces.append((r["id"], r["text"][s["start"]:s["end"]]))
    bare = {t for _, t in person_surfaces if is_kanji_only(t) and 2 <= len(t) <= 3}
    for rid, t in person_surfaces:
        head = t.replace(" ", "").replace("\u3000", "")
        for b in bare:
            if head.startswith(b):
                use[b].add(rid)
    for b, ids in sorted(use.items()):
        if len(ids) > 3:
            errors.append(f"surface {b!r} used in {len(ids)} texts (>3): {sorted(ids)}")

    # report
    by_label = Counter(s["label"] for r in records for s in r["spans"])
    person_by_style = Counter()
    for r in records:
        person_by_style[r["note"]] += sum(1 for s in r["spans"] if s["label"] == "PERSON")
    print(f"texts: {len(records)}")
    for st in STYLES:
        print(f"  {st:20s} texts={per_style[st]:3d} PERSON={person_by_style['style=' + st]}")
    print("spans by label:", dict(sorted(by_label.items(), key=lambda kv: -kv[1])))
    print("all spans:", sum(by_label.values()))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        print("dev10.jsonl NOT written")
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev10.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"all checks passed; wrote {out}")


# ============================================================================
# TEXTS
# ============================================================================

# ---------------------------------------------------------------- 1 staff_chat
S = "staff_chat"
T(S, """
[[k.sato]] 10:02
[[ゆい]]さん、昨日の[[大庭]]様の見積もり出せた？
[[yui_m]] 10:05
まだです〜 午後イチで出します🙏
[[k.sato]] 10:06
了解、[[大庭]]様は下取りも気にしてたから[[ヤス]]くんに査定頼んどいて
[[yui_m]] 10:06
はーい！
""")
T(S, """
@[[tanaka-h]] 今日の代車（N-WGN 白）、[[袴田]]さんが14時返却予定です。洗車お願いできますか？
> [[袴田]]さんが14時返却予定
了解です👍 [[袴田]]さんって前回満タン返ししてくれた方ですよね
そうそう、[[ハカマタ シゲル]]さん
""")
T(S, """
[[マッキー]]今日休み？ [[牧野]]さんのお客さん来てるけど
→[[牧野]]さん今日は有休です。[[ナベ]]さんが代わりに対応してくれるって
[[ナベ]]さんよろしく🙇 お客様は[[上条]]様、2番テーブルです
""")
T(S, """
【岡崎店 営業G】
[[杉浦]]：車検予約、[[都築]]様 11/14 9:30 で入れました
[[神谷]]：ありがとうございます！ [[都築]]様って奥様の方？
[[杉浦]]：ご主人の[[都築 昌弘]]様です。奥様は[[真紀]]様ね
[[神谷]]：了解です
""")
T(S, """
[[ryo.kitamura]]：「[[鬼頭]]くん、リコール対象車のリストどこ？」ってさっき聞いたやつ、自己解決しました笑
[[鬼頭]]：よかったです！共有フォルダの「2024リコール」にあります、[[北村]]さん
[[北村]]：さんきゅ
""")
T(S, """
#gifu-service
[[aki.nagase]]: 本日入庫は[[纐纈]]様のスペーシア、[[日比野]]様のジムニーの2台です
[[m-kato]]: [[纐纈]]様って読み方なんでしたっけ…
[[aki.nagase]]: [[こうけつ]]様です！システムは[[コウケツ]]で登録してます
""")
T(S, """
[[森下]]店長より：明日の朝礼は8:40〜。[[彩花]]ちゃんは研修で豊橋店のため欠席です
[[あやか_t]]：はーい、行ってきます！
[[森下]]：[[高畑]]くん、展示車ハスラーの鍵だけよろしく
""")
T(S, """
[[s.ueno]]：[[夏目]]様（[[ナツメ ユウジ]]様）から折返し希望です。携帯[[PHONE:090-4417-2863]]、15時以降なら出られるとのこと
[[hayashi.k]]：了解、15時過ぎにかけます
[[s.ueno]]：よろしくです🙏
""")
T(S, """
[[千尋]]さん、[[加納]]様の納車式の写真ありがとう📸 SNS掲載OKもらってる？
→もらってます！お子さんの[[陽向]]くんも写ってOKとのことです
了解👍 [[加納]]様ご家族いい笑顔だね
""")
T(S, """
さっき[[漆畑]]様来店。例の異音、整備の[[ヨシ]]さんに見てもらったらパッド摩耗でした
部品は[[海野]]くんが発注済み、入荷は木曜
[[ヨシ]]さん「ローターも研磨した方がいい」って
""")
T(S, """
@[[yamane]] @[[chie.o]] 明日の試乗会の受付シフトです
9-12 [[山根]]
12-15 [[小田切]]
15-18 [[根本]]さん（無理なら[[ゴトウ]]さんに交代）
よろしくお願いします！
""")
T(S, """
お客様からLINE来てます👇
「[[安部]]です。昨日はありがとうございました。娘の[[ひかり]]も喜んでました！」
返信は担当の[[石黒]]さんからお願いします🙏
""")
T(S, """
スレッド：浜松西店 下取り車の件
[[芹沢]]：[[Okabe]]さん依頼の査定、[[ナカジマ]]くんと一緒に見ました。走行12万km、修復歴なし
[[岡部]]：ありがとうございます！お客様の[[戸塚]]様には明日連絡します
""")
T(S, """
今日おやっさん機嫌いいぞ笑 [[ヒデ]]さんの車検ラッシュ片付いたからな
[[まりな]]：笑 [[秀樹]]さんお疲れさまです🍵
[[ヒデ]]：おやっさんって呼ぶな、工場長と呼べ
""")
T(S, """
[[t_kawai]]：明日の来店予約
10:00 [[小長谷]]様（新規・スイフト）
11:30 [[勝又]]様ご夫妻
14:00 [[渥美]]様→[[kawai]]担当
[[g.miyake]]：[[渥美]]様、前回[[三宅]]が対応したので私も入ります
""")

# ------------------------------------------------------------- 2 customer_chat
S = "customer_chat"
T(S, """
お世話になってます！[[須藤]]です🙏
息子の[[蓮]]が来月免許とれそうなので、中古の軽探してます
予算50万くらいで😅
""")
T(S, """
こんにちは〜
車検の予約したいです
名前は[[ハヤシ]]じゃなくて旧姓の[[オオツカ]]で登録してたかも😂
電話は[[PHONE:08031295574]]です
""")
T(S, """
[[てつや]]さんいますか？？（担当の）
オイル交換してもらってからカタカタ音がする💦
[[みずの]]
""")
T(S, """
[[たかはし]]さんいますか〜 [[ちかこ]]です
昨日はありがとうございました🙇‍♀️
夫の[[ひろゆき]]の車ですが、やっぱりN-BOXにしようかってなりました
""")
T(S, """
おはようございます☀️ 今日10時予約の[[谷村]]です。娘の[[芽依]]を送ってから行くので10分くらい遅れます🙏💦
""")
T(S, """
[[あおい]]がジュースこぼしちゃって😭 シートクリーニングってやってますか？
車はフィットです
[[倉持]]
""")
T(S, """
すみません、代車のキーうちのかばんに入ったままでした💦 主人（[[健二]]）が夕方もっていきます
何かあればこちらに→[[PHONE:090-7781-2045]]
""")
T(S, """
了解です👌
[[美代子]]おばあちゃんの送迎用なので、スライドドアがいいです
スペーシアかN-BOXで見積もりおねがいします
[[二宮]]
""")
T(S, """
あした行っていいっすか？ [[コーヘイ]]っす🏍
ジクサーのチェーン調整おねがいしたいっす
[[おのでら]]さんいる？
""")
T(S, """
[[中嶋 聡美]]です。先日の見積もりの件、父（[[中嶋 勝]]）とも相談しました🙆‍♀️ 来週土曜にもう一回お店行きます！
""")
T(S, """
ごめんなさい、[[つむぎ]]の保育園のお迎えで今日いけなくなりました😢
またれんらくします
[[ナナミ]]
""")
T(S, """
【お客様】エアコンききません🥵
【店舗】[[榊原]]様、ご連絡ありがとうございます。本日15時以降でしたらお預かり可能です。
【お客様】じゃあ15時半に！妻の[[ゆかり]]が持ってきます
【店舗】承知しました。担当の[[平岩]]がお待ちしております。
""")
T(S, """
[[mami]]です！LINEの名前ちがうけど[[堀江 麻美]]です😅
点検のハガキきてたので予約したいです
11月の土日どこか空いてますか？
""")
T(S, """
すみません、事故っちゃいました😱 けがはないです
[[田所]]です
ぶつけたのはうちの車だけで、後ろのバンパー凹んでます。保険つかうか相談したいです
""")
T(S, """
納車のとき息子の[[颯太]]と写真撮ってもらった[[佐久間]]です😊 ありがとうございました！
「[[ソウタ]]くん大きくなったね」って言ってもらえて本人うれしそうでした笑 年賀状に使わせてもらいます📷
""")

# ---------------------------------------------------------- 3 voice_transcript
S = "voice_transcript"
T(S, """
えーもしもし あのー[[かたやま]]と申しますけども えっと[[片山]]の片は片方の片で山は山です あのー来週の点検の件なんですけど あのー時間変えてもらうことってできますかね
""")
T(S, """
はいウィングオート浜松西店の[[やまぎし]]でございます あ[[やまぎし]]さんおはようございます[[くぼた]]ですけど えー先週出したジムニーのですね 左のライトがまたつかなくなっちゃって
""")
T(S, """
お名前の方頂戴できますか はい[[グエン ティ マイ]]です えーと[[グエン]]はローマ字で[[エヌ ジー ユー ワイ イー エヌ]]です [[マイ]]は えー[[マイ]]は[[エム エー アイ]]です
""")
T(S, """
あのですね娘の車なんですけど名義は娘で[[おくむら]] [[おくむら みさき]]ですね [[みさき]]はひらがなで 電話番号が[[PHONE:〇八〇の二二七一の四〇九三]]です はい
""")
T(S, """
留守番電話 1件目 午前11時12分 えーお世話になっております[[ささき]]です えー[[おおた]]さんあての伝言なんですけども車検の見積もりの件でお電話しました また折り返しお願いします電話番号は[[PHONE:0537 24 6150]]です 失礼します
""")
T(S, """
あもしもし えっと[[わたなべ]]ですけど あ漢字は[[渡邊]]で邊が難しい方のなべです えっと去年そちらでフリード買ったんですけど スライドドアがですね 途中で止まっちゃうんですよ
""")
T(S, """
予約のお名前は [[ふじえだ]] [[ふじえだ ゆうこ]]です あ[[ゆうこ]]はゆうは優しいの優で こは子どもの子 はい[[藤枝 優子]]です 時間は土曜の10時で
""")
T(S, """
えー[[すぎやま]]さんいらっしゃいますか あ工場の方の[[すぎやま]]さん えーとわたし[[もちづき]]って言えばわかると思うんですけど あのーハスラーのリコールの件で
""")
T(S, """
車のナンバーがですね [[PLATE:浜松 580 さ 41-07]]です はい 持ち主は父で[[たちばな まさお]]なんですけど 今日は私[[たちばな]]の娘の方が持っていきます
""")
T(S, """
もしもし[[ますだ はるか]]です あの昨日の見積もりなんですけど えーっと受け取りを磐田の店舗にしてもらうことってできますか はいはい そうですそうです
""")
T(S, """
あの営業の[[いしづか]]さんからお電話いただいてたみたいで折り返しなんですけど えー[[おかむら]]です 書類の送り先は[[ADDRESS:袋井市川井1180の3]]でお願いします はいそうです
""")
T(S, """
名前はですね[[どうめき]]です 百に目に鬼って書いて[[百目鬼]] はい珍しいですよねよく言われます 下は[[たけし]]です カタカナで[[タケシ]]
""")
T(S, """
えーっと娘婿の[[ふるや]]くんが運転してたんですけど あの私の車で 保険の方ってどうなりますかね あ私は[[くまがい]]です 名義は私で
""")
T(S, """
お名前は はい[[サントス]] [[マリア サントス]]です えっと[[SANTOS]]です 電話は[[PHONE:070 5582 1946]]
""")
T(S, """
音声入力メモ 本日[[みやじま]]様来店 ステップワゴンの見積もり提示 奥様の[[ともこ]]様も同席 次回は来週土曜日 担当[[こばやし]]
""")

# ---------------------------------------------------------------- END OF TEXTS

if __name__ == "__main__":
    main()
