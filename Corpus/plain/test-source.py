#!/usr/bin/env python3
"""Plain, library-style Japanese PII test cases.

Texts hold inline markers ⟦LABEL|value⟧.  This script strips the markers,
computes code-point offsets, verifies every span and writes test.jsonl.
Run: python3 gen.py   (writes test.jsonl next to this file, prints stats)
"""
import collections
import json
import os
import re
import sys
import unicodedata

# (style, text).  Styles: bare / field / sentence / list / signature / email /
# notice / negative.  "negative" lines carry no span at all.
T = []


def t(style, text):
    T.append((style, text))


# ---------------------------------------------------------------- PERSON
t("bare", "⟦PERSON|佐々木健太⟧　⟦PHONE|07031894462⟧")
t("bare", "⟦PERSON|中村美咲⟧ ⟦MY_NUMBER|526018159084⟧")
t("sentence", "私の名前は⟦PERSON|小野寺 拓也⟧です。電話番号は⟦PHONE|090-6231-7784⟧です。")
t("sentence", "⟦PERSON|松本⟧部長に確認をお願いします。")
t("sentence", "明日の会議には⟦PERSON|井上⟧課長と⟦PERSON|木村⟧主任が出席します。")
t("sentence", "株式会社ハルカ物産の⟦PERSON|小林⟧です。⟦PHONE|050-5538-2291⟧からお電話しています。")
t("signature", "営業二課 ⟦PERSON|加藤⟧より")
t("field", "担当：⟦PERSON|石井⟧（内線 2304）")
t("list", "出席者：⟦PERSON|林⟧、⟦PERSON|清水⟧、⟦PERSON|山崎⟧、⟦PERSON|森⟧")
t("list", "出席者: ⟦PERSON|阿部⟧, ⟦PERSON|池田⟧, ⟦PERSON|橋本⟧")
t("signature", "--\n株式会社サンライズ技研\n総務部 ⟦PERSON|前田 裕子⟧\nTEL ⟦PHONE|06-6345-7821⟧\n⟦EMAIL|y.maeda@sunrise-giken.example.jp⟧")
t("field", "⟦PERSON|藤田翔太⟧（⟦PERSON|ふじた しょうた⟧）")
t("field", "氏名 ⟦PERSON|髙橋一郎⟧（⟦PERSON|タカハシ イチロウ⟧）　個人番号 ⟦MY_NUMBER|913909960300⟧")
t("sentence", "⟦PERSON|齋藤⟧様からお電話がありました。折り返し先は⟦PHONE|0852-21-4477⟧です。")
t("sentence", "⟦PERSON|𠮷田⟧さんの書類を受け取りました。")
t("bare", "⟦PERSON|渡邉真由美⟧　⟦MY_NUMBER|８２４６２８１９４８２６⟧")
t("sentence", "⟦PERSON|濵田⟧主任は本日休みです。")
t("sentence", "⟦PERSON|王偉⟧さんは上海支社から異動してきました。")
t("field", "⟦PERSON|金智恩⟧（⟦PERSON|キム・ジウン⟧）")
t("sentence", "実習生の⟦PERSON|グエン・ヴァン・ナム⟧さんが3月から配属されます。")
t("bare", "⟦PERSON|ルーカス・シウバ・オリヴェイラ⟧ ⟦PHONE|+81 90 3318 2740⟧")
t("field", "Contact: ⟦PERSON|Taro Yamada⟧, ⟦PHONE|+81-3-6271-0044⟧")
t("bare", "⟦PERSON|YAMAMOTO Kenji⟧ ⟦MY_NUMBER|3016 6131 8600⟧")
t("list", "議事録 2025/06/12\n出席者：⟦PERSON|岡田⟧（司会）、⟦PERSON|長谷川⟧、⟦PERSON|村上⟧、⟦PERSON|近藤⟧\n欠席：⟦PERSON|坂本⟧")
t("email", "⟦PERSON|西村⟧様\nいつもお世話になっております。株式会社アオバ設計の⟦PERSON|福田⟧です。")
t("list", "⟦PERSON|原田⟧社長、⟦PERSON|中島⟧専務、⟦PERSON|小川⟧常務が視察に来られます。")
t("email", "差出人：⟦PERSON|後藤麻衣⟧\n宛先：⟦PERSON|岡本 大輔⟧ 様")
t("sentence", "⟦PERSON|上野⟧さんとは上野駅の改札で待ち合わせです。")
t("field", "⟦PERSON|朴成浩⟧（⟦PERSON|Park Sung-ho⟧）")
t("sentence", "通訳は⟦PERSON|レ・ティ・フオン⟧さんにお願いしました。")
t("bare", "⟦PERSON|Tran Van Minh⟧ ⟦MY_NUMBER|6671-2768-4264⟧")
t("sentence", "⟦PERSON|フェルナンダ・サントス⟧さんの在籍確認をしました。")
t("field", "氏名：⟦PERSON|Ana Paula Ferreira⟧　TEL：⟦PHONE|０８０６６１２４４０９⟧")
t("list", "中国語対応：⟦PERSON|劉洋⟧、⟦PERSON|李 秀英⟧")
t("sentence", "⟦PERSON|廣瀬⟧係長の代理で⟦PERSON|櫻井 美穂⟧が参りました。")
t("sentence", "⟦PERSON|德永⟧さん、⟦PERSON|嶋﨑⟧さんは午後から外出です。")
t("signature", "経理部　⟦PERSON|田中ゆかり⟧\n直通 ⟦PHONE|03-5321-7746⟧ 内線205")
t("sentence", "⟦PERSON|邊見⟧先生の講義は第2教室で行います。")
t("email", "Dear Ms. ⟦PERSON|Sato⟧,\nThank you for your inquiry.")
t("field", "面談者：⟦PERSON|菅原 和也⟧／⟦PERSON|野口 千尋⟧")
t("sentence", "⟦PERSON|北川⟧さんと⟦PERSON|東⟧さんが受付にいらしています。")
t("sentence", "新任の⟦PERSON|ヤン・ノヴァーク⟧氏を紹介します。")

# ---------------------------------------------------------------- PHONE
t("bare", "⟦PHONE|(03)3581-2240⟧")
t("bare", "⟦PHONE|0263ー32ー1185⟧")
t("bare", "⟦PHONE|075〜212〜6630⟧")
t("bare", "⟦PHONE|0120 38 7164⟧")
t("bare", "⟦PHONE|0800-123-4567⟧")
t("field", "ナビダイヤル ⟦PHONE|0570-064-556⟧")
t("bare", "⟦PHONE|020-4613-8820⟧")
t("bare", "⟦PHONE|+81(0)6-6945-3350⟧")
t("bare", "⟦PHONE|＋８１　９０　７７２１　４０５８⟧")
t("field", "TEL: ⟦PHONE|099-226-3311⟧ / FAX: ⟦PHONE|099-226-3312⟧")
t("bare", "⟦PHONE|03-5411-2288⟧／⟦PHONE|090-6612-0039⟧")
t("bare", "⟦PHONE|〇九〇‐四四一二‐七七〇三⟧")
t("field", "TEL ⟦PHONE|0776-22-8130⟧(代)")
t("notice", "フリーダイヤル ⟦PHONE|0120-998-724⟧（平日9時〜17時）")
t("bare", "⟦PHONE|080−3345−9921⟧")
t("sentence", "注文番号 2024031500871、連絡先 ⟦PHONE|090-5521-8840⟧")
t("notice", "受付時間 9:00-17:00　TEL ⟦PHONE|0120-775-031⟧")
t("field", "緊急連絡先　⟦PHONE|０９０（３３２１）８８０４⟧")

# ---------------------------------------------------------------- ADDRESS
t("field", "〒⟦POSTAL_CODE|060-0042⟧ ⟦ADDRESS|北海道札幌市中央区大通西5丁目11番地 大通エコービル8階⟧ TEL ⟦PHONE|011―222―3344⟧")
t("field", "所在地：⟦ADDRESS|青森県むつ市中央2-14-7⟧　電話 ⟦PHONE|0175-22-1418⟧")
t("field", "代表者：⟦PERSON|斎藤隆⟧\n所在地：⟦ADDRESS|岩手県紫波郡紫波町桜町字本町川原3番地1⟧")
t("field", "本社所在地 ⟦ADDRESS|宮城県仙台市青葉区一番町三丁目4番12号⟧ TEL ⟦PHONE|022(264)5511⟧")
t("bare", "⟦ADDRESS|秋田県由利本荘市石脇字田尻野27-5⟧ ⟦PHONE|0184-22-4307⟧")
t("field", "患者名：⟦PERSON|吉田 誠⟧　住所：⟦ADDRESS|山形県東村山郡山辺町大字大塚834⟧　診察券番号 0048213")
t("field", "住所 ⟦ADDRESS|福島県いわき市平字田町120番地⟧　電話番号 ⟦PHONE|0246-23-6651⟧")
t("bare", "⟦ADDRESS|茨城県ひたちなか市勝田中央14-8 ひたちなかビル202号室⟧\n⟦PHONE|029-272-8819⟧")
t("bare", "⟦ADDRESS|栃木県さくら市氏家2861-3⟧ ⟦PHONE|(028)682-1190⟧")
t("bare", "⟦ADDRESS|群馬県吾妻郡草津町大字草津464-220⟧、⟦PHONE|0279-88-0800⟧")
t("notice", "⟦ADDRESS|埼玉県さいたま市浦和区高砂二丁目八番五号⟧　TEL ⟦PHONE|048-829-1111⟧　FAX ⟦PHONE|048-829-1119⟧")
t("field", "住所：⟦ADDRESS|千葉県船橋市本町１－３－１ ミナトビル１０Ｆ⟧　ＴＥＬ：⟦PHONE|０４７－４３１－２２１５⟧")
t("field", "〒⟦POSTAL_CODE|100-0005⟧\n⟦ADDRESS|東京都千代田区丸の内一丁目九番二号⟧\n⟦PHONE|０３－５２１２－４４８９⟧")
t("bare", "⟦ADDRESS|東京都小笠原村父島字東町152⟧ ⟦PHONE|04998-2-3117⟧")
t("field", "申込者氏名 ⟦PERSON|松田 彩⟧（⟦PERSON|マツダ アヤ⟧）\n住所 ⟦ADDRESS|東京都あきる野市秋川3-2-7⟧")
t("bare", "⟦ADDRESS|神奈川県横浜市西区みなとみらい2-3-5 ベイタワーC 17階⟧ ⟦PHONE|0459871234⟧")
t("sentence", "会場は⟦ADDRESS|川崎市中原区小杉町3丁目264番地3⟧です。")
t("signature", "株式会社ミナミ工務店 工事部\n⟦PERSON|大西 亮⟧\n⟦ADDRESS|新潟県南魚沼郡湯沢町大字湯沢2431-1⟧\n⟦PHONE|025-784-3311⟧")
t("field", "契約者 ⟦PERSON|原 健二⟧　住所 ⟦ADDRESS|富山県下新川郡朝日町道下1133⟧　マイナンバー ⟦MY_NUMBER|3786-5797-5438⟧")
t("field", "所在地 ⟦ADDRESS|石川県金沢市広坂2丁目5番18号⟧ ℡⟦PHONE|076-220-2111⟧")
t("bare", "⟦ADDRESS|福井県三方上中郡若狭町市場20-18⟧ ⟦PHONE|0770-62-2701⟧")
t("field", "記入者 ⟦PERSON|國分 達也⟧\n住所 ⟦ADDRESS|山梨県南アルプス市小笠原376⟧\n番号 ⟦MY_NUMBER|571177774127⟧")
t("bare", "⟦ADDRESS|長野県北安曇郡白馬村大字北城7025-3 ペンション白樺⟧　TEL ⟦PHONE|0261-72-5000⟧")
t("bare", "⟦ADDRESS|岐阜県大野郡白川村荻町1086⟧ ⟦PHONE|05769-6-1013⟧")
t("sentence", "荷物は⟦ADDRESS|静岡県浜松市中央区鍛冶町100-1⟧の倉庫に届けてください。")
t("field", "〒⟦POSTAL_CODE|450-0002⟧ ⟦ADDRESS|愛知県名古屋市中村区名駅四丁目7番1号⟧ ⟦PHONE|052・586・3321⟧")
t("bare", "⟦ADDRESS|三重県いなべ市北勢町阿下喜31⟧ ⟦PHONE|0594-72-2101⟧")
t("field", "受取人：⟦PERSON|澤田 芳江⟧ ⟦ADDRESS|滋賀県大津市浜大津1-2-22⟧ ⟦PHONE|077-523-1234⟧")
t("field", "京都店：⟦ADDRESS|京都市中京区河原町通三条上る恵比須町427番地⟧ TEL ⟦PHONE|075-231-4567⟧")
t("bare", "⟦ADDRESS|大阪府大阪市北区梅田3丁目1番3号⟧ ⟦PHONE|06 6311 2478⟧")
t("field", "ご依頼主 ⟦PERSON|石川さくら⟧ 様\n⟦ADDRESS|兵庫県たつの市龍野町富永1005-1⟧\n⟦PHONE|070-4028-1166⟧")
t("bare", "⟦ADDRESS|奈良県吉野郡十津川村大字小原225-1⟧ ⟦PHONE|0746-62-0001⟧")
t("bare", "⟦ADDRESS|和歌山県東牟婁郡那智勝浦町築地6丁目1-4⟧ ⟦PHONE|0735-52-0555⟧")
t("field", "保護者名：⟦PERSON|中野 由美子⟧\n住所：⟦ADDRESS|鳥取県東伯郡三朝町大字三朝910-2⟧\n連絡先：⟦PHONE|090‐1190‐3385⟧")
t("bare", "⟦ADDRESS|島根県隠岐郡海士町大字福井1365-5⟧ ⟦PHONE|08514-2-0101⟧")
t("field", "〒⟦POSTAL_CODE|700-0024⟧ ⟦ADDRESS|岡山県岡山市北区駅元町1番1号⟧ ⟦PHONE|086-225-3741⟧")
t("bare", "⟦ADDRESS|広島県広島市中区基町６－２７⟧　⟦PHONE|０８２－２２８－２１１１⟧")
t("field", "被保険者 ⟦PERSON|平野 勝⟧　⟦ADDRESS|山口県下関市竹崎町4丁目4番8号⟧　個人番号 ⟦MY_NUMBER|755131373539⟧")
t("bare", "⟦ADDRESS|徳島県名西郡神山町神領字本上角80-2⟧ ⟦PHONE|088-676-1111⟧")
t("bare", "⟦ADDRESS|香川県さぬき市志度5385番地8⟧ ⟦PHONE|087-894-1111⟧")
t("bare", "⟦ADDRESS|愛媛県松山市一番町四丁目四番地二⟧ ⟦PHONE|〇八九‐九四八‐六六八八⟧")
t("field", "⟦PERSON|陳 美玲⟧（⟦PERSON|チン・メイリン⟧）　⟦ADDRESS|高知県高岡郡四万十町琴平町16番17号⟧")
t("field", "〒⟦POSTAL_CODE|８１２－００１１⟧　⟦ADDRESS|福岡県福岡市博多区博多駅前２丁目１９番２４号　博多第一ビル５Ｆ⟧　⟦PHONE|092-771-4158⟧")
t("bare", "⟦ADDRESS|佐賀県西松浦郡有田町本町丙1003⟧ ⟦PHONE|0955-43-2101⟧")
t("bare", "⟦PERSON|齊藤晴美⟧　⟦ADDRESS|長崎県五島市福江町1-1⟧　⟦MY_NUMBER|1547 2803 8524⟧")
t("bare", "⟦ADDRESS|熊本県阿蘇郡小国町大字宮原1754-3⟧ ⟦PHONE|0967-46-2111⟧")
t("bare", "⟦ADDRESS|大分県別府市北浜２−１０−３⟧　⟦PHONE|０９７７−２１−１１１１⟧")
t("bare", "⟦ADDRESS|宮崎県えびの市大字原田3068⟧ ⟦PHONE|0984 35 1111⟧")
t("bare", "⟦ADDRESS|鹿児島県大島郡瀬戸内町古仁屋1283-17⟧ ⟦PHONE|0997-72-1111⟧")
t("sentence", "⟦ADDRESS|鹿児島県薩摩川内市里町里1856⟧に新しい営業所を開設しました。")
t("bare", "⟦ADDRESS|沖縄県うるま市みどり町一丁目一番一号⟧ ⟦PHONE|098-974-3111⟧")
t("field", "ご担当：⟦PERSON|Emily Clarke⟧\n⟦ADDRESS|沖縄県国頭郡恩納村字真栄田1437-2 オーシャンビュー恩納305号⟧")
t("bare", "⟦ADDRESS|沖縄県八重山郡竹富町字西表870⟧ ⟦PHONE|0980-85-6521⟧")
t("field", "依頼人 ⟦PERSON|山口恵子⟧　携帯 ⟦PHONE|080 4412 9076⟧\n郵便番号 ⟦POSTAL_CODE|9000006⟧ 住所 ⟦ADDRESS|那覇市おもろまち3-6-20-1102⟧")
t("bare", "⟦ADDRESS|北海道虻田郡ニセコ町字本通47番地⟧ ⟦PHONE|0136-44-2121⟧")
t("sentence", "⟦ADDRESS|岐阜県高山市花川町12番地⟧に2号店をオープンしました。")
t("field", "お届け先：⟦ADDRESS|東京都世田谷区三軒茶屋２丁目１１−２２ サンタワーズB棟1203号室⟧　携帯 ⟦PHONE|090-7318-5562⟧")
t("sentence", "集合場所は⟦ADDRESS|千葉県夷隅郡御宿町須賀1522⟧の駐車場です。")

# ---------------------------------------------------------------- MY_NUMBER
t("bare", "⟦MY_NUMBER|１９９３　５１８１　９０９０⟧")
t("sentence", "番号 ⟦MY_NUMBER|231948757496⟧ を控えてください。")
t("list", "⟦MY_NUMBER|118625276013⟧（本人）、⟦MY_NUMBER|895559797119⟧（配偶者）")
t("field", "会員番号 838483726165、個人番号 ⟦MY_NUMBER|471049746507⟧")
t("sentence", "扶養親族の番号は⟦MY_NUMBER|752917034232⟧です。")
t("field", "伝票番号 513613412525、マイナンバー ⟦MY_NUMBER|846563212230⟧")
t("list", "⟦MY_NUMBER|307924402685⟧、⟦MY_NUMBER|599528907864⟧")
t("field", "源泉徴収票の個人番号欄：⟦MY_NUMBER|６６６１７６０３１３７７⟧")
t("bare", "No. ⟦MY_NUMBER|215901092814⟧")
t("field", "法人番号 8011101045263 / 個人番号 ⟦MY_NUMBER|590139624590⟧")
t("sentence", "⟦MY_NUMBER|808414852537⟧で照会しました。")
t("bare", "⟦MY_NUMBER|８８８５－３９３３－６３３０⟧")
t("field", "受付番号 273167232683、本人の番号 ⟦MY_NUMBER|875004743950⟧")
t("field", "本人確認書類：マイナンバーカード（⟦MY_NUMBER|7990 7511 6371⟧）")
t("sentence", "提出された番号（⟦MY_NUMBER|265167612222⟧）は住民票の記載と一致しました。")
t("bare", "⟦MY_NUMBER|029729975280⟧")
t("field", "管理番号：563551505874／個人番号：⟦MY_NUMBER|820018263308⟧")
t("bare", "⟦MY_NUMBER|4348-3954-8621⟧")
# ---------------------------------------------------------------- mixed
t("signature", "株式会社ほくと電機 札幌支店\n⟦PERSON|菊池 翔⟧\n〒⟦POSTAL_CODE|060-0807⟧ ⟦ADDRESS|札幌市北区北7条西2丁目6番地⟧\nTEL ⟦PHONE|011-716-4402⟧")
t("signature", "━━━━━━━━━━\nみどり法律事務所\n弁護士 ⟦PERSON|宮本 直樹⟧\n⟦ADDRESS|大阪府大阪市北区西天満4-11-22 天満ビル6階⟧\n電話 ⟦PHONE|06-6363-1180⟧／FAX ⟦PHONE|06-6363-1181⟧\n━━━━━━━━━━")
t("notice", "【お問い合わせ】南国フーズ株式会社 ⟦ADDRESS|鹿児島市東千石町14番3号⟧ TEL：⟦PHONE|099-224-7710⟧ 受付時間：10:00～17:00")
t("field", "氏名 ⟦PERSON|佐藤 美咲⟧\n電話 ⟦PHONE|080-7712-3049⟧\nメール ⟦EMAIL|misaki.s@example.ne.jp⟧")
t("email", "⟦PERSON|小松⟧さん\n見積書を添付します。ご確認ください。\n⟦PERSON|安藤⟧")
t("field", "代表取締役 ⟦PERSON|新井 浩二⟧　本店 ⟦ADDRESS|埼玉県川越市脇田本町16-22⟧")
t("field", "メールアドレス：⟦EMAIL|k.ueda＠hinode-unyu.example.jp⟧")
t("bare", "⟦EMAIL|support@shop.example.com⟧")
t("field", "連絡先：⟦EMAIL|tanaka(at)mirai-lab.example.jp⟧")
t("sentence", "詳細は ⟦EMAIL|info@kamome-bunko.example.org⟧ までメールでお問い合わせください。")
t("signature", "⟦PERSON|Hiroshi Kondo⟧ | Sales Manager\n⟦EMAIL|h.kondo@northwind.example.com⟧\n⟦PHONE|+81-52-265-0193⟧")
t("field", "〒⟦POSTAL_CODE|980-0811⟧ ⟦ADDRESS|仙台市青葉区一番町4-6-1 仙台第一生命タワー12F⟧ 株式会社ミヤギ建設 ⟦PERSON|今野⟧")
t("sentence", "⟦PERSON|古川⟧さんの携帯は⟦PHONE|090-8123-4476⟧、自宅は⟦PHONE|0263-47-2295⟧です。")
t("field", "依頼人：⟦PERSON|工藤 圭⟧　住所：⟦ADDRESS|青森県弘前市大字土手町31番地⟧　電話：⟦PHONE|0172-33-8114⟧")
t("field", "患者名 ⟦PERSON|三浦 俊介⟧（⟦PERSON|ミウラ シュンスケ⟧）　受付番号 A-0412")
t("field", "従業員番号 E10482　氏名 ⟦PERSON|金子 愛⟧　個人番号 ⟦MY_NUMBER|057986828283⟧")
t("field", "扶養者：⟦PERSON|島田 隆之⟧ ⟦MY_NUMBER|8072 9022 2797⟧")
t("email", "To: ⟦EMAIL|sales@kaede-print.example.jp⟧\nCc: ⟦EMAIL|m.hayashi@kaede-print.example.jp⟧\n件名：請求書番号 INV-2025-00341 について")
t("notice", "本社 〒⟦POSTAL_CODE|730-0011⟧ ⟦ADDRESS|広島市中区基町11-10⟧　TEL ⟦PHONE|082-221-5060⟧　法人番号 3240001012345")
t("field", "送り主：⟦PERSON|大塚 理恵⟧　〒⟦POSTAL_CODE|９２０－０９６２⟧ ⟦ADDRESS|金沢市広坂１－２－３２⟧")
t("sentence", "⟦PERSON|内田⟧課長から、⟦ADDRESS|熊本市中央区手取本町5番1号⟧の物件について連絡がありました。")
t("list", "回覧：⟦PERSON|酒井⟧→⟦PERSON|横山⟧→⟦PERSON|宮崎⟧→⟦PERSON|石田⟧")
t("field", "本人 ⟦PERSON|ジョアン・ペレイラ⟧　電話 ⟦PHONE|080-2290-6637⟧")
t("field", "担当者：⟦PERSON|大野⟧　TEL ⟦PHONE|0466-25-3370⟧　型式 DAA-GP5")
t("sentence", "お手数ですが⟦PERSON|杉山⟧宛にお送りください（部品番号 04152-YZZA6）。")

# ---------------------------------------------------------------- negatives
t("negative", "注文番号：ORD-20240315-0087")
t("negative", "伝票番号 4487-2083-1240")
t("negative", "管理番号 K-009812")
t("negative", "部品番号 90915-YZZD4")
t("negative", "受付番号：440242646281")
t("negative", "会員番号 9751 4026 1401")
t("negative", "法人番号：4010401012345")
t("negative", "税込価格 ¥128,000")
t("negative", "2024年3月15日 14:30開始")
t("negative", "走行距離 32,480km")
t("negative", "型式 DBA-ZRE212")
t("negative", "シリアル番号 SN-7F3K-2291-X")
t("negative", "ISBN978-4-7741-9876-3")
t("negative", "お問い合わせ番号 065894811312")
t("negative", "Version 2.14.3 をリリースしました。")
t("negative", "商品コード 4901234567894")
t("negative", "事故のときは110番、急病のときは119番、迷ったら#7119へ。")
t("negative", "請求書番号 INV-2025-00341")
t("negative", "キャンペーン期間：2025/04/01〜2025/09/30")
t("negative", "口座振替日は毎月27日です。")
t("negative", "品番：AB-1234-5678")
t("negative", "内線 4321")
t("negative", "郵便番号欄は空欄のままで構いません。")
t("negative", "来週、札幌市へ出張します。")
t("negative", "本社は大阪府にあります。")
t("negative", "株式会社佐藤製作所から見積書が届きました。")
t("negative", "担当者より折り返しご連絡いたします。")
t("negative", "お客様各位")
t("negative", "代表取締役社長が新年のあいさつを述べました。")
t("negative", "電話番号が変わりました。詳しくはホームページをご覧ください。")
t("negative", "時刻表：06:45、07:12、07:38")
t("negative", "製造番号 090123456789")
t("negative", "数量 3,000個　単価 1,250円")
t("negative", "第3四半期の売上は前年比112%でした。")
t("negative", "郵便物は3番窓口で受け付けます。")
t("negative", "部屋番号 1203")
t("negative", "受付時間 10:00〜17:00（土日祝を除く）")
t("negative", "東京都千代田区")
t("negative", "国道58号線を北へ20分ほど走ります。")
t("negative", "小林製菓の「ミルクまんじゅう」は季節限定です。")
t("negative", "ヤマダ精機株式会社")
t("negative", "松本市と岡山市で説明会を開きます。")
t("negative", "追跡番号 4588-1266-0037")
t("negative", "予約番号 202403150087")
t("negative", "保険証券番号 KA-2291-04458")
t("negative", "車台番号は車検証でご確認ください。")
t("negative", "1日あたり 1,234,567 件のアクセスがありました。")
t("negative", "JAN 4549980123458")
t("negative", "オーダーID: 1203-4471-2286")
t("negative", "外形寸法 1,695×1,475×4,400mm")
t("negative", "2025-06-30T09:15:00+09:00")
t("negative", "ファームウェア v10.2.0-rc1")
t("negative", "ロット番号 L2409-0312")
t("negative", "会議室は3階の第2会議室です。")
t("negative", "利用者さんのご家族へのお知らせ")
t("negative", "店長とアルバイトスタッフで対応します。")
t("negative", "ホテル・ニューサクラの宿泊プランをご案内します。")
t("negative", "チケット番号 0120-4567-893")
t("negative", "社員番号 000883873715")
t("negative", "申込番号：786843353266")
t("negative", "お客様番号 0201 4620 1683")
t("negative", "取引ID 934072247042")
t("negative", "請求金額 ¥1,080,000（税込）")
t("negative", "平成31年4月1日付で施行")
t("negative", "エンジン型式 2ZR-FXE、排気量 1,797cc")
t("negative", "本日の気温は最高31.4℃、最低24.8℃でした。")
t("negative", "座標 (1203, 4471)")
t("negative", "モデル番号 XJ-9000 は生産終了しました。")
t("negative", "福岡県と佐賀県の県境付近で工事中です。")
t("negative", "2丁目の交差点を左折してください。")
t("negative", "第5営業所")
t("negative", "田中地所ビルディング")
t("negative", "営業時間 9:30-18:00　定休日 水曜")
t("negative", "管理コード 5853-0435-2057")
t("negative", "予算 ¥3,500,000〜¥4,200,000")
t("negative", "リコール届出番号 外-3124")
t("negative", "発注書 No.1748-3380-1415")
t("negative", "製品保証期間は納品日から1年間です。")
t("negative", "受注数 690,604,431 件")


# ================================================================ build
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧|]+)⟧")
LABELS = {"PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE",
          "MY_NUMBER", "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT",
          "RESIDENCE_CARD", "VIN"}
KANJI_DIGITS = {"〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
                "六": "6", "七": "7", "八": "8", "九": "9"}


def parse(src):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(len(s) for s in out)
        label, value = m.group(1), m.group(2)
        out.append(value)
        spans.append({"start": start, "end": start + len(value), "label": label, "_v": value})
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), spans


def fold_digits(s, kanji=False):
    r = []
    for ch in s:
        if ch.isdigit() and unicodedata.digit(ch, None) is not None:
            r.append(str(unicodedata.digit(ch)))
        elif kanji and ch in KANJI_DIGITS:
            r.append(KANJI_DIGITS[ch])
        else:
            r.append(ch)
    return "".join(r)


def mynumber_ok(d):
    if len(d) != 12 or not d.isdigit():
        return False
    s = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)


# sanity of the check-digit routine itself (example from the spec's algorithm)
assert mynumber_ok("123456789018")
assert not mynumber_ok("123456789012")


def check_phone(v):
    f = fold_digits(v, kanji=True)
    f = f.replace("＋", "+")
    assert re.search(r"\d$", f) and (f[0].isdigit() or f[0] in "+(（"), v
    groups = re.findall(r"\d+", f)
    if f.startswith("+81"):
        rest = groups[1:]
        if rest and rest[0] == "0":          # +81(0)6-...
            rest = rest[1:]
        digits = "0" + "".join(rest)
        area = "0" + rest[0] if len(rest) > 1 else None
    else:
        digits = "".join(groups)
        area = groups[0] if len(groups) > 1 else None
    assert digits[0] == "0" and digits[1] != "0", v
    p3, p4 = digits[:3], digits[:4]
    if p4 in ("0120", "0570"):
        assert len(digits) == 10, v
    elif p4 == "0800":
        assert len(digits) == 11, v
    elif p3 in ("070", "080", "090", "050", "020"):
        assert len(digits) == 11, v
    else:
        assert len(digits) == 10, (v, digits)
        if area is not None:
            assert 2 <= len(area) <= 5, v
            nxt = digits[len(area)]
            assert nxt not in "01", ("digit after area code", v)


def check_span(text, sp):
    v = sp["_v"]
    lab = sp["label"]
    assert lab in LABELS, lab
    assert text[sp["start"]:sp["end"]] == v
    assert v == v.strip() and v.strip("。、，,．.") == v, ("edge punctuation/space", v)
    if lab == "PERSON":
        for suf in ("様", "さん", "殿", "氏", "先生", "部長", "課長"):
            assert not v.endswith(suf), v
        assert not re.search(r"\d", v), v
    elif lab == "PHONE":
        check_phone(v)
    elif lab == "MY_NUMBER":
        d = re.sub(r"\D", "", fold_digits(v))
        assert mynumber_ok(d), ("bad check digit", v)
        assert re.fullmatch(r"[0-9０-９ 　\-－]+", v), v
    elif lab == "POSTAL_CODE":
        assert "〒" not in v
        d = re.sub(r"\D", "", fold_digits(v))
        assert len(d) == 7, v
    elif lab == "ADDRESS":
        assert not v.startswith(("〒", "住所", "所在地")), v
        assert re.search(r"[0-9０-９一二三四五六七八九十]", v), v
        assert v[-1] not in "にのでへをは", v
    elif lab == "EMAIL":
        assert re.search(r"@|＠|\(at\)", v), v


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    counts = collections.Counter()
    style_lines = collections.Counter()
    style_spans = collections.defaultdict(collections.Counter)
    seen = set()
    for i, (style, src) in enumerate(T, 1):
        text, spans = parse(src)
        assert "⟦" not in text and "⟧" not in text, src
        assert text not in seen, ("duplicate", text)
        seen.add(text)
        spans.sort(key=lambda s: (s["start"], s["end"]))
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", src)
        for sp in spans:
            check_span(text, sp)
        if style == "negative":
            assert not spans, src
        else:
            assert spans, src
        # every 12-digit run outside a span must fail the check digit
        folded = fold_digits(text)
        for m in re.finditer(r"(?<![0-9])(?:[0-9][ 　\-－]?){11}[0-9](?![0-9])", folded):
            d = re.sub(r"\D", "", m.group())
            inside = any(s["start"] <= m.start() and m.end() <= s["end"]
                         for s in spans)
            if not inside and len(d) == 12:
                assert not mynumber_ok(d), ("unmarked valid 12-digit", text)
        for sp in spans:
            counts[sp["label"]] += 1
            style_spans[style][sp["label"]] += 1
        style_lines[style] += 1
        rows.append({"id": "plain-test-%04d" % i, "text": text,
                     "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]})
    # round trip
    path = os.path.join(here, "test.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(path, encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert back == rows
    for r, (style, src) in zip(back, T):
        marked = [m.group(2) for m in MARK.finditer(src)]
        got = [r["text"][s["start"]:s["end"]] for s in r["spans"]]
        assert sorted(marked) == sorted(got)
    print("lines", len(rows), "with spans", sum(1 for r in rows if r["spans"]),
          "without", sum(1 for r in rows if not r["spans"]))
    print("spans", sum(counts.values()), dict(counts.most_common()))
    for st in sorted(style_lines):
        print(" style %-10s lines %3d spans %s" % (st, style_lines[st], dict(style_spans[st])))
    print("verification passed")


if __name__ == "__main__":
    main()
