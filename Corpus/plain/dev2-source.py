#!/usr/bin/env python3
"""plain-dev2: short, plain annotated texts for a Japanese PII redactor.

Markers: [[value]] = PERSON, [[LABEL:value]] = any other label.
`python3 source.py` writes out.jsonl and stats.md only if every check passes.
"""
import json
import re
import sys
import time
from collections import Counter, OrderedDict

SPLIT = "plain-dev2"
SOURCE = "synthetic:plain-dev2"
N_PER_STYLE = 25
N_TOTAL = 300

LABELS = {
    "PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE", "MY_NUMBER",
    "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT", "RESIDENCE_CARD", "VIN",
    "RACE", "CREED", "SOCIAL_STATUS", "MEDICAL", "DISABILITY", "CRIMINAL", "CRIME_VICTIM",
    "UNION", "FAMILY_ORIGIN", "SEX_LIFE",
}

STYLES = OrderedDict()

# ---------------------------------------------------------------- name_plain
STYLES["name_plain"] = [
    "[[佐々木美穂]]は本日付で経理課に異動した。",
    "[[髙橋健一]]が会議室の鍵を返却しました。",
    "申請者は[[東風平ハル]]です。",
    "[[渡邉隆]]の電話番号は変更されていません。",
    "[[齋藤ちよ]]と[[齋藤勇]]が窓口に来た。",
    "昨日[[百目鬼直樹]]に書類を郵送した。",
    "[[𠮷田結菜]]を図書委員に推薦します。",
    "[[いとうすゑ]]は毎朝六時に起きる。",
    "[[カトウミツ]]が回覧板を届けてくれた。",
    "[[比嘉蒼]]の担任は[[知念凛]]です。",
    "[[廣瀬惠子]]を会計監査役に選任した。",
    "契約者[[濱田龍之介]]の電話番号は未登録です。",
    "[[東海林颯太]]と[[小鳥遊芽依]]は同じ班だ。",
    "[[澤田義男]]が自治会長を退任した",
    "本件は[[四十物陽葵]]に一任する。",
    "[[嶋田フサ]]の年金振込先を確認した。",
    "[[神大翔]]が入部届を出した。",
    "[[蝦名トメ]]は昭和の初めから同じ家に住んでいる。",
    "[[藤﨑琴音]]を次の打合せに呼んでください。",
    "[[九十九清]]の後任は[[六車真由美]]に決まった。",
    "[[鍛冶悠真]]が県大会で優勝した。",
    "[[德永恵美子]]の転居届を受理しました。",
    "[[櫻井咲良]]と[[眞鍋湊]]が\n今日の日直です。",
    "[[ナカムラツル]]は先月百歳を迎えた。",
    "[[喜屋武紬]]に連絡がつかない。",
]

# ---------------------------------------------------------------- name_title
STYLES["name_title"] = [
    "[[田中]]課長は午後から外出です。",
    "営業部[[小野寺]]様宛にお送りください。",
    "総務課の[[五十嵐]]主任に確認します。",
    "[[鈴木一郎]]（[[すずき いちろう]]）様からお電話がありました。",
    "[[熊谷]]部長、資料の件承知しました。",
    "[[坂東]]店長がシフト表を作成した。",
    "[[南雲]]先生は三年二組の担任です。",
    "[[大城]]教授の講義は休講です。",
    "担当医は[[宇佐美]]医師です。",
    "[[知念]]看護師が十時に検温に来ます。",
    "[[二階堂]]監督の指示に従ってください。",
    "[[氏家]]氏の見解を伺った。",
    "[[陽翔]]君、忘れ物があります。",
    "[[芽依]]ちゃんのお迎えは十七時です。",
    "[[日下部]]殿への通知書を発送した。",
    "株式会社ミナト商事 経理部 [[長谷部]]様",
    "[[金城]]係長と[[砂川]]さんは出張中です。",
    "[[上原]]（[[ウエハラ]]）所長へ転送します。",
    "[[渡部]]社長は来週帰国予定です。",
    "人事課[[君塚]]さんの内線は二一五です。",
    "[[犬養]]副校長先生から連絡がありました。",
    "[[鬼頭ウメ]]様（[[きとう うめ]]）のお部屋は二階です。",
    "[[堤]]主任、[[樋口]]係長、お疲れ様です。",
    "調査は[[薬師寺]]准教授が担当する。",
    "[[成田]]さんと[[成田]]君は親子です。",
]

# ---------------------------------------------------------------- name_list
STYLES["name_list"] = [
    "出席者: [[佐藤健一]]、[[高橋由美]]、[[伊藤誠]]",
    "参加者：[[王偉]]、[[李明]]、[[張偉]]",
    "担当：[[渡辺]]",
    "患者名: [[中村幸子]]",
    "依頼人: [[김민준]]",
    "代表者: [[金成浩]]（[[キム・ソンホ]]）",
    "保護者：[[小林洋子]]／[[小林浩]]",
    "メンバー [[グエン・ヴァン・ナム]], [[チャン・ティ・フオン]], [[Nguyen Thi Lan]]",
    "出席: [[박서연]] / [[이지은]] / [[陳美玲]]",
    "参加者：[[マリア・サントス]]、[[ホセ・ロドリゲス]]、[[アナ・シルバ]]",
    "欠席者 [[加藤和子]]、[[遠藤茂]]",
    "担当：[[菅原]]・[[千葉]]",
    "受付順 1.[[菊地正雄]] 2.[[阿部智子]] 3.[[ラジ・クマール]]",
    "患者名:[[Olga Ivanova]]（[[オルガ・イワノワ]]）",
    "引率教員：[[一ノ瀬]]、[[鷲尾]]",
    "当番表　月：[[冨永]]　火：[[瀧本]]　水：[[萬田]]",
    "依頼人：[[プラディープ・グルン]]　通訳：[[劉洋]]",
    "代表者氏名 [[黑木寅吉]]",
    "保護者: [[宮城紬]]の母 [[宮城千夏]]",
    "CC: [[John Smith]], [[Sarah O'Brien]], [[田村]]",
    "出席者（敬称略）：[[國分]]、[[薗田]]、[[籠谷]]、[[邊見]]",
    "班長 [[仲宗根陽翔]]／副班長 [[我那覇心春]]",
    "名簿:\n[[Tran Thi Huong]]\n[[Pham Van Duc]]\n[[Maria Aparecida Santos]]",
    "担当者: [[佐藤]]（営業）、[[新垣]]（整備）",
    "連絡網 [[菅野マツ]]→[[菅野ヨシ]]→[[坂本キヨ]]",
]

# ---------------------------------------------------------------- phone_plain
STYLES["phone_plain"] = [
    "[[PHONE:03-3456-7812]]までお電話ください。",
    "[[PHONE:06-6231-4478]]か[[PHONE:090-4821-7736]]にかけ直します。",
    "[[PHONE:011-821-3390]]",
    "[[PHONE:045（662）1187]]から着信あり。",
    "[[PHONE:0776-22-5813]]に転送",
    "[[PHONE:04992-2-1345]]へ連絡済み。",
    "[[PHONE:090-4417-2093]]",
    "[[PHONE:080 3317 9024]]に折り返してください。",
    "[[PHONE:070‐5562‐1093]]",
    "[[PHONE:050-3612-8847]]から連絡がありました。",
    "[[PHONE:0120-386-512]]は平日のみつながります。",
    "[[PHONE:0800-222-7193]]",
    "[[PHONE:0570-064-318]]に問い合わせた。",
    "[[PHONE:020-4617-2253]]",
    "[[PHONE:+81-90-2748-6613]]",
    "[[PHONE:+81 3 5521 0987]]から転送されています。",
    "[[PHONE:０９０－７７２１－３４０８]]",
    "[[PHONE:０３（５２８１）４４６０]]へお願いします。",
    "[[PHONE:092―741―5386]]",
    "[[PHONE:098ー867ー2219]]",
    "[[PHONE:0263~35~7741]]",
    "[[PHONE:0197〜24〜3185]]から",
    "[[PHONE:052・951・6624]]",
    "[[PHONE:(022)224-5519]]から二回着信。",
    "[[PHONE:08066251934]]に送ってください。",
]

# ---------------------------------------------------------------- address_plain
STYLES["address_plain"] = [
    "〒[[POSTAL_CODE:060-0003]] [[ADDRESS:北海道札幌市中央区北3条西7丁目2-14]]\n"
    "倉庫：[[ADDRESS:北海道虻田郡ニセコ町字富士見47]]",
    "旧住所 [[ADDRESS:青森県八戸市十三日町28番地]]、新住所 [[ADDRESS:岩手県盛岡市中ノ橋通一丁目4番22号]]",
    "[[ADDRESS:宮城県仙台市青葉区一番町2-5-9 一番町ビル3F]]に移転しました。",
    "住所：[[ADDRESS:秋田県秋田市山王四丁目1番3号]]　〒[[POSTAL_CODE:010-0951]]",
    "[[ADDRESS:山形県鶴岡市馬場町9-25]]から[[ADDRESS:福島県郡山市朝日１丁目２３番７号]]へ転居。",
    "当社は[[ADDRESS:茨城県つくば市竹園2-11-6 グリーンハイツ105号室]]にあります。",
    "[[POSTAL_CODE:320-0033]] [[ADDRESS:栃木県宇都宮市本町8-3]]／[[ADDRESS:群馬県前橋市大手町1丁目5-2]]",
    "〒[[POSTAL_CODE:330-0063]][[ADDRESS:埼玉県さいたま市浦和区高砂3-14-20]]",
    "[[ADDRESS:千葉県佐倉市ユーカリが丘6丁目12-3 ユーカリプラザ2階]]",
    "[[ADDRESS:東京都台東区浅草橋三丁目19番6号]]と[[ADDRESS:神奈川県横浜市中区山下町１２３－４]]の二か所です。",
    "新住所は[[ADDRESS:新潟県長岡市大手通2丁目6番地]]です。"
    "富山営業所は[[ADDRESS:富山県富山市新総曲輪4-18]]、金沢営業所は[[ADDRESS:石川県金沢市広坂1丁目9-12]]。",
    "本店所在地：〒[[POSTAL_CODE:910-0005]] [[ADDRESS:福井県福井市大手3丁目10番1号]]",
    "[[ADDRESS:山梨県南アルプス市小笠原1589-3]]の倉庫と[[ADDRESS:長野県松本市深志2丁目8-30 コーポ深志201]]",
    "[[ADDRESS:岐阜県岐阜市柳ケ瀬通5-22]]、[[ADDRESS:静岡県浜松市中央区鍛冶町318-2]]",
    "[[ADDRESS:愛知県名古屋市中村区椿町17番8号 第二ナカムラビル9階]]に本社を置く。",
    "[[ADDRESS:三重県津市羽所町511]]\n[[ADDRESS:滋賀県大津市におの浜3丁目2-25]]",
    "所在地 [[ADDRESS:京都府京都市中京区河原町通三条上る下丸屋町403]]（本店 [[ADDRESS:大阪府堺市堺区南花田口町2丁3番20号]]）",
    "支店：[[ADDRESS:兵庫県神戸市中央区三宮町1丁目9-1-302]]、[[ADDRESS:奈良県奈良市油阪町456]]、[[ADDRESS:和歌山県田辺市新屋敷町31]]",
    "[[ADDRESS:鳥取県米子市角盤町2-61]]・[[ADDRESS:島根県松江市殿町5番地3]]・[[ADDRESS:岡山県倉敷市阿知2丁目23-10]]",
    "[[ADDRESS:広島県広島市中区紙屋町一丁目3-8]]、[[ADDRESS:山口県下関市竹崎町4-4-8]]、[[ADDRESS:徳島県徳島市新町橋2丁目20]]",
    "[[ADDRESS:香川県丸亀市富屋町7]] [[ADDRESS:愛媛県松山市大街道3丁目2-45]] [[ADDRESS:高知県高知市はりまや町1-5-17]]",
    "〒[[POSTAL_CODE:802-0006]] [[ADDRESS:福岡県北九州市小倉北区京町3丁目14番9号]]、[[ADDRESS:佐賀県唐津市呉服町1796]]",
    "[[ADDRESS:長崎県佐世保市島瀬町10-12]]から[[ADDRESS:熊本県熊本市中央区上通町5-31]]へ",
    "[[ADDRESS:大分県別府市北浜二丁目九番一号]]と[[ADDRESS:宮崎県宮崎市橘通東3丁目1-11 橘ビル4F]]",
    "[[ADDRESS:鹿児島県鹿屋市向江町29-2]]、[[POSTAL_CODE:900-0015]] [[ADDRESS:沖縄県那覇市久茂地2丁目22番10号]]",
]

# ---------------------------------------------------------------- mynumber_plain
STYLES["mynumber_plain"] = [
    "[[MY_NUMBER:744768335442]]",
    "[[MY_NUMBER:7403 3641 9267]]",
    "[[MY_NUMBER:５３００６０２２０４７５]]",
    "番号は[[MY_NUMBER:026348481583]]です。",
    "[[MY_NUMBER:628263953621]]と[[MY_NUMBER:411408889898]]",
    "個人番号 [[MY_NUMBER:2382 9129 4681]]",
    "法人番号 5484850951099 / [[MY_NUMBER:716257680946]]",
    "[[MY_NUMBER:869492688599]]（979091417582は誤り）",
    "[[MY_NUMBER:８６０８　４４３０　０８０７]]",
    "マイナンバー：[[MY_NUMBER:826962401169]]",
    "[[MY_NUMBER:7679-1634-9288]]",
    "受付番号621235278368、[[MY_NUMBER:235693644329]]",
    "[[MY_NUMBER:631150889154]]を控えてください。",
    "3982806047221は法人番号、[[MY_NUMBER:365134343409]]は個人番号です。",
    "[[MY_NUMBER:4557 8966 6838]]（照会番号 451473709724）",
    "[[MY_NUMBER:５２０３８３３３６５５８]]で登録済み。",
    "通知カードの番号は[[MY_NUMBER:197916463055]]のままです。",
    "注文番号380205431105ではなく[[MY_NUMBER:759264873823]]です。",
    "[[MY_NUMBER:168197164547]], [[MY_NUMBER:633361685701]]",
    "本人[[MY_NUMBER:437850725305]] 配偶者[[MY_NUMBER:405518555774]]",
    "[[MY_NUMBER:8315 4130 3374]]",
    "189316564737（チェックデジット不一致）、法人番号 3684917330013",
    "カード裏面の[[MY_NUMBER:719925843703]]",
    "扶養親族 [[MY_NUMBER:281049984846]]",
    "[[MY_NUMBER:４４８６ ７８７０ ５５８７]]、法人番号８５４２０３２１４５１５２",
]

# ---------------------------------------------------------------- card_bank
STYLES["card_bank"] = [
    "[[CARD:4813349663696821]]",
    "カード番号 [[CARD:4095 9792 2836 0791]]",
    "[[CARD:5149-5349-8712-9300]]で決済しました。",
    "[[CARD:３５４２ ５１７７ ４０４１ ５５８５]]",
    "クレジットカード：[[CARD:378031135257698]]（有効期限 08/27）",
    "[[CARD:3761 154507 07908]]",
    "[[CARD:36176596004370]]",
    "みずほ銀行 渋谷支店 [[BANK_ACCOUNT:普通 3817264]]",
    "振込先：鹿児島銀行 本店営業部 [[BANK_ACCOUNT:当座 0045127]]",
    "口座番号 [[BANK_ACCOUNT:5502918]]",
    "ゆうちょ銀行 記号番号 [[BANK_ACCOUNT:10170-48217391]]",
    "北洋銀行 [[BANK_ACCOUNT:215-0772841]]",
    "[[CARD:4748534015877050]] と [[CARD:5469886408598998]] の二枚",
    "4988751572676533は番号違いで、正しくは[[CARD:4664831706040505]]です。",
    "[[CARD:4494-1459-0870-2846]]",
    "返金口座 三菱UFJ銀行 梅田支店 [[BANK_ACCOUNT:普通 0918473]]",
    "[[BANK_ACCOUNT:普通 ７７２０１５８]]",
    "JCB [[CARD:3593 4857 0482 4150]]",
    "[[CARD:3551573858765038]]の利用明細が届いた。",
    "ゆうちょ [[BANK_ACCOUNT:14010-26813951]]",
    "振替口座 [[BANK_ACCOUNT:00120-4-562719]]",
    "[[CARD:5478 7696 6686 9658]]、有効期限12/28、セキュリティコード 431",
    "京都中央信用金庫 四条支店 [[BANK_ACCOUNT:当座 1164302]]",
    "[[CARD:3589ー9846ー5013ー7886]]",
    "引落口座 [[BANK_ACCOUNT:普通 2046518]]、カード [[CARD:3557 7352 7453 1435]]",
]

# ---------------------------------------------------------------- ids_misc
STYLES["ids_misc"] = [
    "[[EMAIL:k.tanaka@example.jp]]",
    "[[EMAIL:info-shop12@example.com]]に送信しました。",
    "[[EMAIL:hanako.s＠example.net]]",
    "[[EMAIL:yuki_m0123(at)example.org]]",
    "旅券番号 [[PASSPORT:TK4827193]]",
    "[[PASSPORT:MZ0382716]]",
    "運転免許証番号 [[DRIVER_LICENSE:302909077001]]",
    "免許番号：[[DRIVER_LICENSE:６２３３１０１５０４７５]]",
    "在留カード番号 [[RESIDENCE_CARD:AB38271946CD]]",
    "[[RESIDENCE_CARD:UH50918273EA]]",
    "[[PLATE:品川 300 あ 12-34]]",
    "[[PLATE:なにわ500ち4589]]",
    "[[PLATE:横浜３３１て７７－０２]]",
    "[[PLATE:練馬 530 せ ・・・8]]",
    "[[PLATE:札幌 301 61-07]]",
    "車台番号 [[VIN:ZE1-118274]]",
    "[[VIN:JN1BZ4AE2N7601928]]",
    "[[BIRTHDATE:1987年4月12日生まれ]]",
    "[[BIRTHDATE:昭和五十八年三月四日生]]",
    "生年月日：[[BIRTHDATE:平成12年11月30日]]",
    "生年月日 [[BIRTHDATE:1996/02/29]]",
    "[[BIRTHDATE:令和３年７月７日生まれ]]の長女",
    "[[EMAIL:m.ito+order@mail.example.jp]]",
    "[[PLATE:尾張小牧 580 め ・・12]]",
    "在留カード [[RESIDENCE_CARD:ＳＭ２７４０１９３８ＦＡ]]",
]

# ---------------------------------------------------------------- mixed
STYLES["mixed"] = [
    "[[山口恵美子]]、[[PHONE:090-3318-2746]]、[[ADDRESS:大阪府豊中市本町4丁目6-11]]",
    "[[比嘉勇]]（[[BIRTHDATE:昭和14年6月2日生]]）のメールは[[EMAIL:higa.isamu@example.jp]]です。",
    "〒[[POSTAL_CODE:812-0011]] [[ADDRESS:福岡市博多区博多駅前3-9-5]] [[松尾直子]] [[PHONE:092-481-3307]]",
    "患者[[ファン・ヴァン・ドゥック]]、[[BIRTHDATE:1994年9月17日生]]、在留カード[[RESIDENCE_CARD:PQ61827340RH]]",
    "[[小池翔太]]の車は[[PLATE:多摩 500 る 48-12]]、車台番号[[VIN:GP7-204816]]です。",
    "[[斉藤莉子]] [[EMAIL:riko.s@example.com]] [[PHONE:080-6219-4473]]",
    "申込者[[高木誠]]、[[BIRTHDATE:1979年2月3日生まれ]]、免許証[[DRIVER_LICENSE:457895920279]]",
    "[[Kim Minjun]] / [[PHONE:+81-80-4172-9935]] / [[EMAIL:minjun.k@example.org]]",
    "[[大西ハル]]様の口座は[[BANK_ACCOUNT:普通 6613027]]、電話は[[PHONE:0258-32-1746]]です。",
    "[[黒田浩]]（[[MY_NUMBER:358220287124]]）、[[ADDRESS:東京都杉並区阿佐谷北2丁目13番4号]]",
    "[[佐野]]さんから[[PHONE:03-5843-2210]]に電話、折り返しは[[PHONE:090-7134-2285]]へ。",
    "[[大塚沙織]]、[[ADDRESS:港区芝5-29-11 芝パークハイツ702]]、[[PHONE:03-3451-6672]]",
    "[[今井清]] [[BIRTHDATE:大正15年5月1日生]] [[ADDRESS:長野県飯田市本町1-8]]",
    "カード[[CARD:4444296732271705]]の名義は[[中島陽葵]]です。",
    "[[Tanaka Kenji]]、[[PASSPORT:TR8301742]]、[[BIRTHDATE:1990年1月15日生まれ]]",
    "[[王芳]]、[[PHONE:070-1392-6648]]、[[EMAIL:wangfang88@example.net]]、[[RESIDENCE_CARD:EF93027164GH]]",
    "[[岩田トメ]]（[[BIRTHDATE:昭和9年8月20日生]]）、既往歴：[[MEDICAL:高血圧]]、連絡先[[PHONE:0985-22-6173]]",
    "[[村上大翔]]の保護者[[村上由美]]、[[PHONE:080-2231-9947]]、[[EMAIL:murakami.yumi@example.jp]]",
    "[[PLATE:北九州 330 ね 26-19]]、所有者[[野口茂]]、[[ADDRESS:福岡県北九州市八幡西区黒崎3丁目2-7]]",
    "[[吉村正雄]] [[PHONE:099-224-8813]] [[ADDRESS:鹿児島市東千石町12-4]]",
    "[[Maria Santos]]（[[マリア・サントス]]）、[[BIRTHDATE:1988年12月3日生]]、[[PHONE:0537-23-4418]]",
    "[[平野紬]]、[[MY_NUMBER:932064522183]]、[[BANK_ACCOUNT:普通 3309127]]",
    "〒[[POSTAL_CODE:980-0811]] [[ADDRESS:仙台市青葉区一番町4丁目1-3 レジデンス一番町1204]] [[菅原優奈]] 様 [[PHONE:022-215-6390]]",
    "[[森本隆]]の車台番号は[[VIN:JN1AZ4EH8DM400127]]、連絡先は[[EMAIL:morimoto.t@example.com]]。",
    "[[河野智子]] [[EMAIL:t-kawano@example.com]] [[PHONE:090-8813-2257]] [[ADDRESS:神奈川県藤沢市鵠沼海岸3-5-12]]",
]

# ---------------------------------------------------------------- chatty
STYLES["chatty"] = [
    "[[田中]]さんの番号 [[PHONE:090 6621 3874]]だよー",
    "でんわばんごうは[[PHONE:〇九〇の四五一二の七七三八]]です",
    "[[ゆうこ]]の携帯[[PHONE:080-7712-0094]]ね😊",
    "住所は[[ADDRESS:さいたま市大宮区桜木町2の3の15]]だよ",
    "メアドこれ [[EMAIL:sora.k@example.jp]] よろしく🙏",
    "マイナンバーカード見たら[[MY_NUMBER:２９３６ １６８２ ８９７２]]って書いてある",
    "郵便番号は[[POSTAL_CODE:１５０ー０００２]]です",
    "[[けんじ]]くんの家って[[ADDRESS:渋谷区渋谷3丁目8-12]]だっけ？",
    "明日[[ミキ]]ちゃんに[[PHONE:070 3319 8825]]から電話させる",
    "まいなんばーは[[MY_NUMBER:六九三五四三九〇三六七七]]です",
    "[[さとう]]です車のナンバーは[[PLATE:なにわ 300 そ 55-81]]です",
    "ナンバー[[PLATE:練馬500ほ2381]]の車まだ来てない？🚗",
    "カード番号は[[CARD:4956 7965 6760 3930]]です有効期限は来年の3月",
    "誕生日は[[BIRTHDATE:平成九年十月二日]]です",
    "[[やまだ]]せんせい明日休みだって😢",
    "あ[[マリア]]の電話[[PHONE:090ー2281ー6640]]ね",
    "じゅうしょは[[ADDRESS:横浜市港北区日吉本町一丁目二十三の四]]です",
    "[[ヨッシー]]に聞いてみる！",
    "メールは[[EMAIL:kaito.wアットマークexample.com]]です",
    "ばんごうは[[PHONE:0 9 0 5 5 1 2 8 8 3 7]]です",
    "振込先 [[BANK_ACCOUNT:普通 4417029]] でおねがい🙇",
    "[[ジョン]]から[[PHONE:+81 90 7723 1180]]で来てた",
    "免許証の番号[[DRIVER_LICENSE:1021 3999 2024]]で合ってる？",
    "〒[[POSTAL_CODE:543-0001]] [[ADDRESS:大阪市天王寺区上本町6-3-31-1502]]に送って～",
    "[[よしこ]]ばあちゃん[[PHONE:〇九九の二五五の三一〇四]]に電話して",
]

# ---------------------------------------------------------------- english
STYLES["english"] = [
    "Please call [[Yuki Tanaka]] at [[PHONE:090-3381-2276]].",
    "[[Hiroshi Watanabe]] lives at [[ADDRESS:2-14-5 Higashi-Gotanda, Shinagawa-ku, Tokyo]] [[POSTAL_CODE:141-0022]].",
    "Contact: [[Nguyen Van Nam]], [[PHONE:+81-80-1190-3342]]",
    "Mr. [[Sato]] will visit the Sendai office on Monday.",
    "Send the invoice to [[EMAIL:accounts@example.com]] by Friday.",
    "[[Kenta Suzuki]] (born [[BIRTHDATE:March 4, 1983]]) joined the sales team.",
    "Address: [[ADDRESS:Room 503, 1-2-8 Tenjin, Chuo-ku, Fukuoka]] [[POSTAL_CODE:810-0001]]",
    "Dr. [[Aiko Morita]] is on duty at the clinic today.",
    "[[Yamamoto]]-san left a message for [[Emily Clarke]].",
    "Tel: [[PHONE:03-6721-4439]] / Fax: [[PHONE:03-6721-4440]]",
    "Her passport number is [[PASSPORT:TS9027143]] and her My Number is [[MY_NUMBER:9355 8933 2570]].",
    "[[Park Ji-hoon]] moved to [[ADDRESS:4-7-21 Nishi-Shinjuku, Shinjuku-ku, Tokyo]] last month.",
    "Watashi no namae wa [[Suzuki Hanako]] desu.",
    "Denwa bangou wa [[PHONE:080-5521-7309]] desu.",
    "[[Raj Kumar]]'s residence card number is [[RESIDENCE_CARD:KL40918273MN]].",
    "His car is [[PLATE:横浜 330 た 41-08]], a white Serena.",
    "Please cc [[Sakura Ito]] ([[EMAIL:s.ito@example.jp]]).",
    "[[Chen Mei Ling]] can be reached at [[PHONE:+81 6 6345 2290]] or [[PHONE:070-2217-5503]].",
    "Ship to: [[Takeshi Okabe]], [[ADDRESS:3-11-4 Kita-Horie, Nishi-ku, Osaka]] [[POSTAL_CODE:550-0014]], Japan",
    "[[Maria Santos]] was born on [[BIRTHDATE:3 December 1988]].",
    "Card no. [[CARD:4383 4506 0437 4104]], exp. 09/28",
    "Thank you, [[Haruto]]! See you at Umeda station.",
    "[[Oliver Brown]] and [[Keiko Brown]] rented a flat at [[ADDRESS:5-6-1 Ginza, Chuo-ku, Tokyo]].",
    "Driver's license No. [[DRIVER_LICENSE:876853329397]]",
    "[[Ahmad Rahman]], [[EMAIL:a.rahman@example.org]], [[PHONE:+81 (0)90 3827 1146]]",
]

# ---------------------------------------------------------------- lookalike
STYLES["lookalike"] = [
    "税込価格は3,980,000円です。",
    "納車予定日 2025年3月14日 10:30",
    "走行距離 45,210km、車検満了 令和8年5月",
    "型式 5BA-E13 / 部品番号 84810-5RB0A",
    "注文番号 2024-118-00392",
    "伝票番号 4837-2219-0051",
    "管理番号 A-00371-22",
    "法人番号 2635459897645",
    "JANコード 4901542327647",
    "ISBN978-4-556-97731-3",
    "バージョン 3.12.4 に更新しました。",
    "松浦自動車工業の見積もりです。",
    "田中屋の団子を買った。",
    "運転手さんに道を聞いた。",
    "担当者様へご確認をお願いします。",
    "利用者さん全員に配布します。",
    "受付は9:00～17:30、定休日は水曜日です。",
    "会議は2月3日（月）13時から第2会議室で。",
    "在庫 120個、単価 1,250円",
    "平成30年度決算、前年比103.5%",
    "お問合せNo. 20250314-0087",
    "セレナ e-POWER ハイウェイスターV 2WD",
    "大家さんと看護師さんが話していた。",
    "小林製作所の製品番号 KB-7720-03、ロット 240517",
    "お客様各位　年末年始は12/29〜1/3休業します。",
]

# ---------------------------------------------------------------- allow-lists
# PERSON surfaces containing an honorific-looking character that is part of the name.
HONORIFIC_ALLOW = {
    "氏家": "surname Ujiie; 氏 is part of the name",
    "君塚": "surname Kimizuka; 君 is part of the name",
}
# (text id, surface) -> reason: a PERSON surface found again outside a PERSON span.
REPEAT_ALLOW = {}

HONORIFICS = ["様", "さま", "さん", "殿", "氏", "君", "くん", "ちゃん", "課長", "部長", "主任", "係長",
              "社長", "店長", "所長", "先生", "せんせい", "教授", "医師", "看護師", "監督", "校長",
              "Mr.", "Ms.", "Mrs.", "Dr.", "-san"]

EXAMPLE_DOMAINS = {"example.com", "example.jp", "example.net", "example.org"}

MARK = re.compile(r"\[\[(?:([A-Z_]+):)?(.+?)\]\]", re.S)

KANJI_DIGITS = str.maketrans("〇一二三四五六七八九０１２３４５６７８９", "01234567890123456789")


def digits(s):
    return "".join(c for c in s.translate(KANJI_DIGITS) if c.isascii() and c.isdigit())


def mynumber_ok(d):
    if len(d) != 12:
        return False
    s = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    cd = 0 if r <= 1 else 11 - r
    return cd == int(d[11])


def luhn_ok(d):
    if not 12 <= len(d) <= 19:
        return False
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def parse(marked):
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        cur += len(marked[pos:m.start()])
        label = m.group(1) or "PERSON"
        val = m.group(2)
        spans.append({"start": cur, "end": cur + len(val), "label": label, "_v": val})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unbalanced marker in: " + marked)
    return text, spans


def build():
    records = []
    n = 0
    for style, items in STYLES.items():
        for marked in items:
            n += 1
            rid = f"{SPLIT}-{n:04d}"
            text, spans = parse(marked)
            records.append({"id": rid, "text": text, "spans": spans, "source": SOURCE,
                            "note": f"style={style}", "_style": style})
    return records


def run_checks(records):
    errors, warnings = [], []
    timing = OrderedDict()

    def timed(name, fn):
        t = time.perf_counter()
        before = len(errors)
        fn()
        timing[name] = (time.perf_counter() - t, len(errors) - before)

    def c_counts():
        if len(records) != N_TOTAL:
            errors.append(f"expected {N_TOTAL} texts, got {len(records)}")
        for style, items in STYLES.items():
            if len(items) != N_PER_STYLE:
                errors.append(f"style {style}: {len(items)} texts, expected {N_PER_STYLE}")
        if len(STYLES) != 12:
            errors.append(f"expected 12 styles, got {len(STYLES)}")
        ids = [r["id"] for r in records]
        if len(set(ids)) != len(ids):
            errors.append("duplicate ids")
        texts = [r["text"] for r in records]
        dup = [t for t, c in Counter(texts).items() if c > 1]
        if dup:
            errors.append(f"duplicate texts: {dup}")

    def c_offsets():
        for r in records:
            t = r["text"]
            for s in r["spans"]:
                if t[s["start"]:s["end"]] != s["_v"]:
                    errors.append(f"{r['id']}: offset mismatch {s}")
                if s["_v"] != s["_v"].strip() or not s["_v"]:
                    errors.append(f"{r['id']}: span with outer whitespace {s['_v']!r}")
                if s["label"] not in LABELS:
                    errors.append(f"{r['id']}: unknown label {s['label']}")
            ss = sorted(r["spans"], key=lambda s: s["start"])
            for a, b in zip(ss, ss[1:]):
                if b["start"] < a["end"]:
                    errors.append(f"{r['id']}: overlap {a['_v']} / {b['_v']}")

    def c_person_repeat():
        for r in records:
            t = r["text"]
            pspans = [s for s in r["spans"] if s["label"] == "PERSON"]
            for s in pspans:
                v = s["_v"]
                for m in re.finditer(re.escape(v), t):
                    covered = any(p["start"] <= m.start() and m.end() <= p["end"] for p in pspans)
                    if not covered and (r["id"], v) not in REPEAT_ALLOW:
                        errors.append(f"{r['id']}: PERSON {v!r} appears again outside a span at {m.start()}")

    def c_honorific():
        for r in records:
            for s in r["spans"]:
                if s["label"] != "PERSON":
                    continue
                v = s["_v"]
                for h in HONORIFICS:
                    if h in v and v not in HONORIFIC_ALLOW:
                        errors.append(f"{r['id']}: honorific {h!r} inside PERSON {v!r}")

    def c_values():
        for r in records:
            for s in r["spans"]:
                v, lab = s["_v"], s["label"]
                if lab == "MY_NUMBER":
                    if not mynumber_ok(digits(v)):
                        errors.append(f"{r['id']}: MY_NUMBER bad check digit {v}")
                elif lab == "CARD":
                    if not luhn_ok(digits(v)):
                        errors.append(f"{r['id']}: CARD fails Luhn {v}")
                elif lab == "EMAIL":
                    norm = v.replace("＠", "@").replace("(at)", "@").replace("アットマーク", "@")
                    if norm.count("@") != 1:
                        errors.append(f"{r['id']}: EMAIL without one @ {v}")
                    else:
                        dom = norm.split("@")[1].lower()
                        if not any(dom == d or dom.endswith("." + d) for d in EXAMPLE_DOMAINS):
                            errors.append(f"{r['id']}: EMAIL non-example domain {v}")
                elif lab == "POSTAL_CODE":
                    if len(digits(v)) != 7 or "〒" in v:
                        errors.append(f"{r['id']}: POSTAL_CODE not 7 digits / has 〒 {v}")
                elif lab == "DRIVER_LICENSE":
                    d = digits(v)
                    if len(d) != 12:
                        errors.append(f"{r['id']}: DRIVER_LICENSE not 12 digits {v}")
                    elif mynumber_ok(d):
                        warnings.append(f"{r['id']}: DRIVER_LICENSE also passes My Number check {v}")
                elif lab == "PHONE":
                    d = digits(v)
                    if v.startswith("+81"):
                        d = "0" + d[2:]
                        if "(0)" in v:
                            d = d[1:]
                    if not (d.startswith("0") and 10 <= len(d) <= 11):
                        errors.append(f"{r['id']}: PHONE digit count {len(d)} {v}")
                elif lab == "PASSPORT":
                    if not re.fullmatch(r"[A-Z]{2}\d{7}", v):
                        errors.append(f"{r['id']}: PASSPORT shape {v}")
                elif lab == "RESIDENCE_CARD":
                    import unicodedata
                    if not re.fullmatch(r"[A-Z]{2}\d{8}[A-Z]{2}", unicodedata.normalize("NFKC", v)):
                        errors.append(f"{r['id']}: RESIDENCE_CARD shape {v}")
                elif lab == "VIN":
                    if not (re.fullmatch(r"[A-Z0-9]{2,4}-\d{6,7}", v) or
                            re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)):
                        errors.append(f"{r['id']}: VIN shape {v}")

    def c_unmarked_lookalikes():
        # a non-span 12-digit run passing the My Number check, or a Luhn-valid 14-16 digit run,
        # would be an unannotated identifier: fail.
        for r in records:
            t = r["text"]
            cov = [False] * len(t)
            for s in r["spans"]:
                for i in range(s["start"], s["end"]):
                    cov[i] = True
            folded = t.translate(KANJI_DIGITS)
            # digit runs, also when split by spaces or dashes (4837-2219-0051, 1234 5678 ...)
            for m in re.finditer(r"\d[\d \-－ー‐―・〜~\u3000]*\d", folded):
                if any(cov[m.start():m.end()]):
                    continue
                d = re.sub(r"\D", "", m.group())
                if len(d) == 12 and mynumber_ok(d):
                    errors.append(f"{r['id']}: unmarked 12-digit run passes My Number check: {d}")
                if 14 <= len(d) <= 16 and luhn_ok(d) and d[0] in "3456":
                    errors.append(f"{r['id']}: unmarked Luhn-valid card-like run: {d}")
            for m in re.finditer(r"[\w.+-]+@[\w.-]+", folded):
                if not any(cov[m.start():m.end()]):
                    errors.append(f"{r['id']}: unmarked e-mail {m.group()}")

    def c_style_rules():
        for r in records:
            st = r["_style"]
            if st == "lookalike" and r["spans"]:
                errors.append(f"{r['id']}: lookalike text has spans")
            if st != "lookalike" and st != "mynumber_plain" and not r["spans"]:
                errors.append(f"{r['id']}: {st} text without spans")
            nl = r["text"].count("。") + r["text"].count("！") + r["text"].count(". ")
            if nl > 3:
                warnings.append(f"{r['id']}: more than three sentences?")
            if "\u3000\u3000" in r["text"]:
                warnings.append(f"{r['id']}: double ideographic space")

    timed("counts_and_ids", c_counts)
    timed("offsets_overlap_labels", c_offsets)
    timed("person_repeat", c_person_repeat)
    timed("honorific_in_person", c_honorific)
    timed("value_checks", c_values)
    timed("unmarked_lookalikes", c_unmarked_lookalikes)
    timed("style_rules", c_style_rules)
    return errors, warnings, timing


def write(records):
    with open("out.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            obj = {"id": r["id"], "text": r["text"],
                   "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]}
                             for s in r["spans"]],
                   "source": r["source"], "note": r["note"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    lab = Counter(s["label"] for r in records for s in r["spans"])
    per_style = OrderedDict()
    for r in records:
        st = per_style.setdefault(r["_style"], [0, 0])
        st[0] += 1
        st[1] += len(r["spans"])
    persons = {s["_v"] for r in records for s in r["spans"] if s["label"] == "PERSON"}
    nspans = sum(lab.values())
    lines = ["# stats: plain-dev2", "",
             f"- texts: {len(records)}",
             f"- spans: {nspans}",
             f"- texts without spans: {sum(1 for r in records if not r['spans'])}",
             f"- distinct PERSON surfaces: {len(persons)}", "",
             "## spans per label", "", "| label | spans |", "| --- | --- |"]
    for k, v in sorted(lab.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {v} |")
    lines += ["", "## per style", "", "| style | texts | spans |", "| --- | --- | --- |"]
    for k, (a, b) in per_style.items():
        lines.append(f"| {k} | {a} | {b} |")
    lines.append("")
    with open("stats.md", "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    try:
        records = build()
    except ValueError as e:
        print("ERROR:", e, file=sys.stderr)
        return 1
    errors, warnings, timing = run_checks(records)
    for w in warnings:
        print("WARNING:", w, file=sys.stderr)
    for name, (sec, nerr) in timing.items():
        print(f"check {name}: {nerr} error(s), {sec*1000:.1f} ms", file=sys.stderr)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    write(records)
    print(f"ok: {len(records)} texts written to out.jsonl, stats.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
