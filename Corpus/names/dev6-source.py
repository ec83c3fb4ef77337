#!/usr/bin/env python3
"""Generator for nd6 corpus: Japanese PERSON names in plain, context-poor forms.

Texts are written with inline markers:
  [[山田太郎]]          -> PERSON span
  [[LABEL:value]]       -> span of LABEL (PHONE, EMAIL, ADDRESS, ...)
Offsets are computed from marker positions (Unicode code points, end exclusive),
then every span is verified independently against the final text.
"""
import json, re, sys, collections

LABELS = {"PHONE", "PLATE", "EMAIL", "POSTAL_CODE", "ADDRESS", "PERSON", "BIRTHDATE",
          "MY_NUMBER", "CARD", "BANK_ACCOUNT", "DRIVER_LICENSE", "PASSPORT",
          "RESIDENCE_CARD", "VIN", "RACE", "CREED", "SOCIAL_STATUS", "MEDICAL",
          "DISABILITY", "CRIMINAL", "CRIME_VICTIM", "UNION", "FAMILY_ORIGIN", "SEX_LIFE"}

T = []  # (style, marked_text, allow) ; allow = strings in which an unannotated name surface is legitimate


def t(style, text, allow=()):
    T.append((style, text, tuple(allow)))

# ---------------------------------------------------------------- full names, no space, no honorific
S = "fullname"
t(S, "[[田中太郎]]は来週の土曜日に納車を希望しています。")
t(S, "[[佐々木由美子]]の住所は[[ADDRESS:宮城県仙台市青葉区上杉三丁目8番21号]]です。")
t(S, "本件の担当者は[[村上健一]]です。")
t(S, "契約者は[[髙橋誠司]]で、お支払いは現金一括となります。")
t(S, "[[齋藤美穂]]から見積書の再発行依頼がありました。至急対応をお願いします。")
t(S, "昨日の試乗には[[廣瀬大輔]]が同乗しました。")
t(S, "[[山﨑千尋]]に折り返しの電話をお願いします。番号は[[PHONE:080-4417-2390]]です。")
t(S, "下取り査定は[[小野寺慎也]]が担当し、金額は後日ご連絡します。")
t(S, "[[東海林弘美]]より、車検の予約を6月に変更したいとの連絡がありました。")
t(S, "新車注文書に[[五十嵐拓海]]の署名が抜けていました。")
t(S, "[[比嘉亜希子]]は那覇営業所から異動してきた新しい事務員です。")
t(S, "[[具志堅剛]]の車両は[[PLATE:沖縄 330 ぬ 45-07]]で登録済みです。")
t(S, "[[𠮷田光彦]]の書類一式を総務へ回してください。")
t(S, "[[渡邉由紀]]と[[濱田翔]]は同じ日に納車となります。")
t(S, "[[勅使河原薫]]の保険証券が本日届きました。")
t(S, "[[櫻井恵美]]はオートローンの審査を通過しました。")
t(S, "[[嶋田哲也]]の生年月日は[[BIRTHDATE:昭和47年9月14日]]です。")
t(S, "整備記録によると、[[加賀谷直人]]は前回3月にオイル交換を実施しています。")
t(S, "[[林美咲]]が新しいデイズを注文しました。")
t(S, "[[森浩二]]の連絡先は[[PHONE:092-771-3408]]です。")
t(S, "[[関由香里]]は明日休暇をとっています。")
t(S, "午後から[[東恭平]]が福岡へ出張します。")
t(S, "[[南結衣]]のアカウントを停止してください。")
t(S, "[[國分達也]]に展示車の鍵を預けました。")
t(S, "代車は[[澤田沙織]]が本日返却しました。")
t(S, "[[渡邊隆之]]を新しい店長に任命する。")

# ---------------------------------------------------------------- surname + title
S = "surname-title"
t(S, "[[佐藤]]課長に稟議書を回してください。")
t(S, "明日の会議には[[高橋]]主任も参加します。")
t(S, "[[渡辺]]社長から新年のご挨拶をいただきました。")
t(S, "[[王]]先生の講演は午後2時からです。")
t(S, "[[呉]]氏との面談は14時に変更になりました。")
t(S, "見積もりの最終承認は[[木村]]係長が行います。")
t(S, "[[中島]]所長の指示で在庫車を第二展示場へ移動しました。")
t(S, "[[石田]]工場長によると、部品の入荷は来週になる見込みです。")
t(S, "[[関]]部長と[[林]]次長は本日終日外出しています。")
t(S, "[[東]]店長に確認したところ、展示車は売約済みとのことでした。")
t(S, "[[南]]専務の出張精算を経理へ回してください。")
t(S, "創立記念式典では[[森]]会長がご挨拶されます。")
t(S, "税理士の[[堀]]先生から決算書が届きました。")
t(S, "この契約には[[菅]]取締役の承認が必要です。")
t(S, "メールは[[岡]]室長へ転送済みです。")
t(S, "本日は[[谷]]副店長が代わりに対応いたします。")
t(S, "[[李]]課長代理から在庫確認の連絡がありました。")
t(S, "[[朴]]部長はソウル出張から来週戻ります。")
t(S, "新人の[[原]]くんは今日から整備研修です。")
t(S, "受付の[[泉]]ちゃんが花を飾ってくれました。")
t(S, "[[島]]殿　親展")
t(S, "顧問の[[湊]]弁護士に契約書のチェックを依頼しました。")
t(S, "[[髙橋]]支店長と[[齋藤]]課長が商談に同席します。")
t(S, "[[宮﨑]]部長の判断を仰いでください。")
t(S, "[[陳]]マネージャーが台湾からの視察団を案内します。")
t(S, "[[辻]]さん、午後の納車立ち会いをお願いできますか。")

# ---------------------------------------------------------------- department + name
S = "dept-name"
t(S, "営業部[[田中]]様宛てにお送りください。")
t(S, "経理部[[高橋]]主任に請求書を渡しました。")
t(S, "サービス課の[[今井]]が点検結果をご説明します。")
t(S, "総務課[[大和田]]より、駐車場の利用ルールについてお知らせします。")
t(S, "人事部[[長谷部]]部長宛の書類は机の上に置いてあります。")
t(S, "営業二課の[[永山]]です。先日はご来店ありがとうございました。")
t(S, "業務部[[野々村]]様、ご確認をお願いいたします。")
t(S, "品質保証部の[[日比野]]から改めて回答いたします。")
t(S, "鹿児島本店営業課[[有村]]が承ります。")
t(S, "保険課の[[下園]]さんに事故受付を引き継ぎました。")
t(S, "整備工場の[[迫田]]が引き取りに伺います。")

# ---------------------------------------------------------------- after a label announcing a person
S = "label-field"
t(S, "患者名：[[森田春子]]\n診断：[[MEDICAL:腰椎椎間板ヘルニア]]")
t(S, "依頼人：[[西郷隆文]]\n依頼内容：車庫証明の取得代行")
t(S, "代表者：[[東郷康弘]]")
t(S, "申込者：[[肥後美紀]]　電話：[[PHONE:099-224-6781]]")
t(S, "契約者：[[満留健太]]　車種：ノート　支払方法：残価設定ローン")
t(S, "名義人：[[中園早苗]]")
t(S, "保証人：[[税所一馬]]（父）")
t(S, "運転者：[[上村隼人]]　免許証の色：ゴールド")
t(S, "出席者: [[佐藤]]、[[鈴木]]、[[高橋]]")
t(S, "宛名：[[田村和子]] 様")
t(S, "作成者：[[小林]]　承認：[[山口]]")
t(S, "記入者：[[三上奈々]]　記入日：2024年8月5日")
t(S, "氏名：[[工藤晃]]　生年月日：[[BIRTHDATE:1985年4月2日]]")
t(S, "担当：[[成田]]")
t(S, "受付者：[[菊地]]　受付日時：10月3日 15:20")
t(S, "使用者：[[阿部りさ]]　使用の本拠の位置：[[ADDRESS:青森県弘前市土手町112番地]]")
t(S, "連絡先氏名：[[知念まどか]]　携帯：[[PHONE:090-6612-3045]]")
t(S, "届出人：[[仲村渠良太]]")
t(S, "紹介者：[[喜屋武真一]]（既存顧客）")
t(S, "点検実施者：[[伊集院隼]]　確認者：[[新納]]")
t(S, "緊急連絡先：[[照屋]]（妻）[[PHONE:098-861-4720]]")
t(S, "お名前：[[平良 美紀]]\nフリガナ：[[タイラ ミキ]]")
t(S, "差出人：[[安里 恵子]]\n件名：試乗のお礼")

# ---------------------------------------------------------------- names with reading in parentheses
S = "reading-paren"
t(S, "[[山本 一郎]]（[[やまもと いちろう]]）様のご注文を承りました。")
t(S, "申込者は[[金 美英]]（[[キム・ミヨン]]）さんです。")
t(S, "[[王 偉]]（[[ワン・ウェイ]]）氏が技術提携の件で来社されます。")
t(S, "通訳は[[張 麗華]]（[[チョウ・レイカ]]）が担当します。")
t(S, "契約者：[[朴 成民]]（[[パク・ソンミン]]）")
t(S, "[[崔 智恩]]（[[チェ・ジウン]]）さんから在留カードの写しを受け取りました。")
t(S, "[[陳 志明]]（[[チン・シメイ]]）さんの車検証の名義変更が完了しました。")
t(S, "[[李 秀賢]]（[[イ・スヒョン]]）様　ご来店予約 3月9日")
t(S, "[[小鳥遊 ひかり]]（[[たかなし ひかり]]）さんは新しい受付スタッフです。")
t(S, "[[東海林 大介]]（[[ショウジ ダイスケ]]）")
t(S, "[[御手洗 聡]]（[[みたらい さとし]]）の名刺を作り直してください。")
t(S, "[[鮫島 美香]]（[[サメジマ ミカ]]）様より下取り車の査定依頼がありました。")
t(S, "[[林 俊傑]]（[[リン・ジュンジエ]]）さんが台北から来日します。")
t(S, "[[劉 洋]]（[[リュウ・ヤン]]）君は来月からインターンとして勤務します。")
t(S, "[[山田 花子]]（[[Hanako Yamada]]）様の国際運転免許証を確認しました。")

# ---------------------------------------------------------------- katakana foreign names
S = "foreign-katakana"
t(S, "[[ジョン・スミス]]さんが試乗のために来店されました。")
t(S, "[[マリア・サントス]]は国際免許で試乗を希望しています。")
t(S, "[[グエン・ヴァン・ナム]]さんの在留カード番号は[[RESIDENCE_CARD:QX48201937KP]]です。")
t(S, "[[アナ・ペレイラ]]から見積もりの依頼メールが届きました。")
t(S, "[[ラジ・クマール]]さんには英語版の契約書をお渡しください。")
t(S, "[[ソフィー・マルタン]]とは来週オンラインで打ち合わせをします。")
t(S, "[[オリバー・ブラウン]]氏の通訳は[[佐野]]が務めます。")
t(S, "[[チャン・ティ・ラン]]さんが整備士として入社しました。")
t(S, "[[アフメド・ハッサン]]さんの車は納車準備が整いました。")
t(S, "[[エミリー・クラーク]]先生の英会話レッスンは毎週水曜です。")
t(S, "[[ナターシャ・イワノワ]]様からのお問い合わせ：[[EMAIL:n.ivanova@example.com]]")

# ---------------------------------------------------------------- Latin-script names
S = "latin"
t(S, "Contact: [[John Smith]] ([[EMAIL:john.smith@example.com]])")
t(S, "申込者　[[SMITH John]]　国籍：アメリカ")
t(S, "署名欄に[[Taro Yamada]]とローマ字で記入されていました。")
t(S, "パスポート名義：[[YAMADA TARO]]　旅券番号：[[PASSPORT:TK4820193]]")
t(S, "Dear Ms. [[Chen]],\nThank you for visiting our showroom.")
t(S, "[[Nguyen Van Nam]]さんの書類はすべて揃っています。")
t(S, "Attendees: [[Maria Santos]], [[Kenji Watanabe]], [[Li Wei]]")
t(S, "担当: [[Patrick O'Brien]]（海外営業）")
t(S, "[[Jean-Pierre Dubois]]氏よりフランス語の書簡が届きました。")
t(S, "カード名義：[[HANAKO SUZUKI]]")

# ---------------------------------------------------------------- lists of names
S = "list"
t(S, "出席者：[[佐藤]]、[[鈴木]]、[[高橋]]（敬称略）")
t(S, "参加者は[[伊藤]]、[[渡辺]]、[[山本]]、[[中村]]の4名です。")
t(S, "配布先：[[小林健]], [[加藤美咲]], [[吉田亮]]")
t(S, "本日の当番は[[松本]]・[[井上]]・[[木村]]です。")
t(S, "回覧：[[清水]]→[[山崎]]→[[森]]→[[池田]]")
t(S, "表彰者（敬称略）：[[橋本真由]]、[[阿部翔太]]、[[石川さくら]]")
t(S, "CC: [[前田]], [[藤田]], [[岡田]]")
t(S, "担当変更：[[近藤]]→[[坂本]]")
t(S, "[[遠藤]]、[[青木]]、[[藤井]]の三名で展示会の準備を進めます。")
t(S, "審査員（五十音順・敬称略）[[秋山 亮]]、[[大野 早苗]]、[[北川 誠]]、[[東 真理子]]")
t(S, "新入社員：[[福田一真]]、[[西田結衣]]、[[松尾悠斗]]、[[太田菜々子]]")

# ---------------------------------------------------------------- tables
S = "table"
t(S, "氏名\t部署\t内線\n[[田中 一郎]]\t営業\t201\n[[鈴木 花子]]\tサービス\t305")
t(S, "| 氏名 | 電話 |\n|---|---|\n| [[上野 健]] | [[PHONE:03-5521-8890]] |\n| [[原田 美和]] | [[PHONE:090-2287-6614]] |")
t(S, "No.,氏名,車種\n1,[[岩崎直樹]],セレナ\n2,[[大塚恵]],ノート\n3,[[小松崇]],リーフ")
t(S, "【納車予定表】\n6/3　[[菅野]]様　エクストレイル\n6/4　[[千葉]]様　ルークス\n6/5　[[宮城]]様　キックス")
t(S, "順位\t氏名\t販売台数\n1\t[[野口 大地]]\t24\n2\t[[杉山 彩]]\t21\n3\t[[丸山 剛]]\t19")
t(S, "社員番号\t氏名\tフリガナ\nS-1042\t[[内田 康平]]\t[[ウチダ コウヘイ]]\nS-1043\t[[佐伯 真央]]\t[[サエキ マオ]]")
t(S, "整備士\t担当車両\n[[熊谷]]\tセレナ\n[[新井]]\tシルビア（レストア）")

# ---------------------------------------------------------------- signature blocks
S = "signature"
t(S, "――――――――――\n株式会社サウスオート\n営業部 第一課\n[[田中 健一]]\nTEL [[PHONE:099-210-4432]]\nMail [[EMAIL:k-tanaka@example.jp]]")
t(S, "--\n有限会社みなみ整備\nサービス部\n[[東 直樹]]\n[[ADDRESS:鹿児島県鹿屋市寿四丁目12番5号]]\n[[PHONE:0994-43-2210]]")
t(S, "*********************\nグリーンモータース 中古車部\n主任 [[林 大樹]]\n[[PHONE:011-788-3301]]\n*********************")
t(S, "ご査収ください。\n\n経理部　[[髙橋 悦子]]\n[[EMAIL:keiri@example.co.jp]]")
t(S, "―\n株式会社アイランドリース\n代表取締役　[[仲宗根 勇]]\n〒[[POSTAL_CODE:900-0015]] [[ADDRESS:沖縄県那覇市久茂地二丁目7番3号]]")
t(S, "よろしくお願いします。\n[[廣瀬]]\n（営業企画室）")
t(S, "--\nNorth Auto Co., Ltd.\nSales Dept.\n[[Kenta Mori]]\n[[PHONE:+81-3-6421-7780]]\n[[EMAIL:k.mori@example.com]]")
t(S, "本件、承知しました。\n――\n[[澤井]] / サービスフロント\n内線 412")
t(S, "株式会社ミナト自動車販売\n営業本部 部長\n[[大河内 透]]\n携帯 [[PHONE:080-5541-2036]]")
t(S, "取り急ぎご報告まで。\n\n（株）ベイサイドモータース\n[[宮﨑 亜由美]]")
t(S, "━━━━━━━━\n中央オートサービス株式会社\n整備部　工場長\n[[石橋 勝利]]\n━━━━━━━━")

# ---------------------------------------------------------------- given name only, among family
S = "family-given"
t(S, "当日は妻の[[恵子]]が代わりに受け取りに伺います。")
t(S, "息子の[[翔太]]が免許を取ったので、初めての車を探しています。")
t(S, "娘の[[美咲]]と一緒に週末に来店します。")
t(S, "主人の[[誠]]は[[DISABILITY:足が不自由]]なので、助手席が回転するタイプを検討しています。")
t(S, "母の[[トシ子]]が乗り降りしやすい車を探しています。")
t(S, "名義は父の[[勝]]のままになっています。")
t(S, "孫の[[陽菜]]ちゃんのチャイルドシートも取り付けてほしいです。")
t(S, "弟の[[健太]]くんが代わりに書類を持参します。")
t(S, "夫の[[隆]]と相談してから改めてご連絡します。[[PHONE:090-3318-2754]]")

# ---------------------------------------------------------------- longer mixed texts
S = "long-mixed"
t(S, "お世話になっております。株式会社サウスオート営業部の[[田中]]です。先日ご来店いただいた[[佐藤 美和子]]様の件でご連絡いたしました。"
     "[[佐藤]]様は先月[[CRIME_VICTIM:車上荒らしに遭い]]、運転席のドアの修理をご希望です。ご自宅は[[ADDRESS:鹿児島市宇宿二丁目15番8号]]で、"
     "日中は[[PHONE:090-7741-2285]]にご連絡ください。\n[[田中]]")
t(S, "議事録（2024年7月12日）\n出席者：[[中野]]部長、[[今村]]課長、[[平田]]、[[John Miller]]（敬称略）\n"
     "1. 新型リーフの販促について[[今村]]課長より説明。\n2. 次回は[[平田]]が資料を準備する。")
t(S, "下取り車の件でご相談です。私は[[大城 健]]と申します。父の[[正雄]]名義の車を手放したいのですが、父は昨年から[[MEDICAL:入院中]]で来店できません。"
     "委任状で手続きできますか。連絡先は[[EMAIL:k.oshiro@example.jp]]です。")
t(S, "事故受付メモ\n受付：[[下園]]\n運転者：[[川畑聡]]（[[BIRTHDATE:1990年11月30日]]生）\n車両：[[PLATE:鹿児島 500 た 81-26]]\n"
     "相手方：[[福永 恵美]]様　[[PHONE:080-2209-6635]]\n状況：交差点で[[福永]]様の車両と接触。双方けがなし。")
t(S, "【お客様の声】営業の[[松元]]さんには大変お世話になりました。妻の[[由美]]も「[[松元]]さんなら安心」と言っています。"
     "息子の[[蓮]]のチャイルドシート選びも手伝っていただきました。")
t(S, "引継ぎメモ：[[小田切]]→[[鬼塚]]\n・[[矢野口 修]]様：セレナ見積提示済み、回答待ち\n"
     "・[[海老原 智子]]様：ご本人が[[DISABILITY:車いすを使って]]いるため福祉車両を案内予定\n・[[尾上]]様：車検6/20")
t(S, "件名：ご来店のお礼\n[[Emily Clark]]様\nこの度はご来店ありがとうございました。担当の[[荒木 悠]]です。お見積もりを添付いたします。"
     "ご不明点は[[EMAIL:y.araki@example.jp]]または[[PHONE:0120-338-417]]までお問い合わせください。")
t(S, "面談記録\n面談者：[[神田 浩]]（人事）\n対象者：[[若林 さおり]]\n内容：[[若林]]さんは現在[[MEDICAL:妊娠中]]のため、"
     "重い書類の運搬は当面[[神田]]が手配した他の者が担当する。")
t(S, "[[大久保]]様\nいつもお世話になっております。ご依頼の車庫証明につきまして、保管場所は[[ADDRESS:福岡県福岡市東区香椎駅前三丁目6番11号]]で"
     "申請いたしました。〒[[POSTAL_CODE:813-0013]]のご住所宛に書類をお送りします。\n営業課　[[堤]]")
t(S, "お問い合わせありがとうございます。[[楊 静]]（[[ヤン・ジン]]）と申します。先週[[楊]]の名義でキックスを予約しましたが、"
     "夫の[[健司]]の名義に変更できますか。携帯は[[PHONE:070-3391-5026]]です。")

# ================================================================ look-alikes: NO person names
S = "neg-company"
t(S, "株式会社ノースコンサル様より見積依頼をいただきました。")
t(S, "山田商店様への納品は明日の午前中です。")
t(S, "請求書の宛先：有限会社佐藤工務店 御中")
t(S, "鈴木建設株式会社様の社用車3台のリース契約が更新されました。")
t(S, "取引先一覧：株式会社高橋物流、山本産業株式会社、合同会社小林ラボ")
t(S, "大塚商会様から複合機の保守案内が届いています。")
t(S, "本田技研工業の新型車の発表会に参加しました。")
t(S, "協力会社：松井塗装株式会社、堀内電装")
t(S, "丸井様、伊勢丹様、高島屋様の外商部向けに法人プランを案内します。")
t(S, "株式会社渡辺企画様のご担当者様宛に資料を郵送しました。")

S = "neg-shop"
t(S, "田中モータースで購入した車の点検をお願いしたいです。")
t(S, "鈴木自動車に部品を取りに行ってきます。")
t(S, "板金は佐藤ボデーに外注しています。")
t(S, "タイヤ交換は高橋タイヤ商会さんにお願いしました。")
t(S, "カーショップ林の店頭でキャンペーンを実施中です。")
t(S, "加藤電機商会からエアコン修理の見積もりが届きました。")
t(S, "打ち合わせは喫茶 森の木で行います。")
t(S, "山崎製パンのトラックが駐車場に停まっています。")
t(S, "長谷川酒店様の配達用バンの車検です。")

S = "neg-place"
t(S, "福岡から鹿児島までの陸送費を見積もってください。")
t(S, "中央区の店舗は来月リニューアルオープンします。")
t(S, "大和町方面の道路が工事中で渋滞しています。")
t(S, "千葉と宮城に新しい営業所を開設します。")
t(S, "宮崎県内の店舗で試乗会を開催します。")
t(S, "松本市と長野市の中間地点で待ち合わせです。")
t(S, "豊田市の工場見学ツアーは満員です。")
t(S, "西郷村と東郷町の販売店を統合する計画があります。")
t(S, "南さつま市、日置市、いちき串木野市が担当エリアです。")
t(S, "東口と南口のどちらからでも展示場へ行けます。")
t(S, "関東地方と関西地方で価格が異なります。")

S = "neg-product"
t(S, "セレナのe-POWERモデルを試乗したいです。")
t(S, "シルビアのレストア部品はまだ手に入りますか。")
t(S, "ティアナとローレルの中古車在庫を確認してください。")
t(S, "マーチの後継車種について教えてください。")
t(S, "フェアレディZの抽選販売に申し込みたいです。")
t(S, "グロリアとセドリックの旧車イベントが開催されます。")
t(S, "リーフの急速充電は30分で80%まで可能です。")
t(S, "エクストレイルとキックスで迷っています。")
t(S, "ステラとルークスの燃費を比較した資料をください。")

S = "neg-building"
t(S, "森ビルの3階で説明会を開催します。")
t(S, "丸ビル地下の駐車場をご利用ください。")
t(S, "会場は中島ビル5階の大会議室です。")
t(S, "本社は[[ADDRESS:東京都中央区日本橋二丁目3番4号 中島ビル3階]]に移転しました。")
t(S, "山王パークタワーの来客用駐車場は予約制です。")
t(S, "株式会社サウスオート本社　[[ADDRESS:鹿児島市真砂本町41番8号]]　[[PHONE:099-257-3190]]")

S = "neg-word"
t(S, "松本城の見学の帰りにお立ち寄りください。")
t(S, "日本橋のショールームで新型車を展示しています。")
t(S, "呉服店の駐車場をお借りして試乗会を行います。")
t(S, "陳列棚の商品を入れ替えました。")
t(S, "金額は税込みで1,980,000円です。")
t(S, "張り紙の内容を更新してください。")
t(S, "森林公園へのドライブコースをご紹介します。")
t(S, "百獣の王ライオンをモチーフにしたエンブレムです。")
t(S, "金曜日は定休日です。林道の走行は保証対象外です。")
t(S, "お土産は中村屋のパンにしました。")

S = "neg-role"
t(S, "ご担当者様\nお世話になっております。資料を送付いたします。")
t(S, "店長様にご確認いただけますでしょうか。")
t(S, "会員様限定のオイル交換クーポンです。")
t(S, "お客様各位\n年末年始の営業日についてお知らせします。")
t(S, "保証人様の同意書を添付してください。契約者様ご本人の署名も必要です。")
t(S, "利用者さんからの問い合わせは担当者様へ転送してください。")
t(S, "氏名：＿＿＿＿＿＿　フリガナ：＿＿＿＿＿＿")

S = "neg-datetime"
t(S, "2024年12月28日から2025年1月5日まで休業いたします。受付時間は10:00～17:00です。")
t(S, "点検費用：12,100円（税込）、所要時間：約60分")
t(S, "お支払い期日は令和6年9月30日です。")

S = "neg-email"
t(S, "お問い合わせは[[EMAIL:sales@example.jp]]までお願いします。")
t(S, "鈴木自動車の注文窓口は[[EMAIL:suzuki-jidosha@example.jp]]です。")
t(S, "メールの宛先を[[EMAIL:tanaka.motors@example.com]]から[[EMAIL:service@example.com]]に変更しました。")

S = "neg-phone"
t(S, "折り返しは[[PHONE:０９９（２５３）７７１２]]までお願いします。")
t(S, "予約変更は[[PHONE:0570-064-218]]へ。")

# ---------------------------------------------------------------- build + verify
MARK = re.compile(r"\[\[(?:([A-Z_]+):)?(.+?)\]\]", re.S)
HONORIFIC_END = ("様", "さん", "殿", "氏", "くん", "君", "ちゃん", "先生", "課長", "部長", "社長", "主任",
                 "係長", "所長", "工場長", "店長", "専務", "常務", "会長", "次長", "室長", "教授",
                 "弁護士", "取締役", "敬称略", "御中")
TITLE_START = ("営業部", "経理部", "総務課", "人事部", "業務部", "サービス課", "主任", "部長", "代表取締役",
               "Ms.", "Mr.", "Dear")
PUNCT = set("。、，,．.：:；;！!？?（）()「」『』【】[]|/→・ 　\t\n-―─━*")


def build(marked):
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(marked):
        out.append(marked[last:m.start()])
        pos += len(marked[last:m.start()])
        label = m.group(1) or "PERSON"
        val = m.group(2)
        spans.append({"start": pos, "end": pos + len(val), "label": label, "_surface": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans


def verify(rec, style, allow):
    errs = []
    text = rec["text"]
    if "[[" in text or "]]" in text:
        errs.append("leftover marker")
    prev_end = -1
    for sp in sorted(rec["spans"], key=lambda s: s["start"]):
        s, e, lab = sp["start"], sp["end"], sp["label"]
        if lab not in LABELS:
            errs.append(f"bad label {lab}")
        if not (0 <= s < e <= len(text)):
            errs.append(f"bad offsets {s},{e}")
            continue
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_end = e
        surf = text[s:e]
        if surf[0] in PUNCT or surf[-1] in PUNCT:
            errs.append(f"span edge is punctuation/space: {surf!r}")
        if lab == "PERSON":
            if any(surf.endswith(h) for h in HONORIFIC_END):
                errs.append(f"PERSON includes honorific/title: {surf!r}")
            if any(surf.startswith(h) for h in TITLE_START):
                errs.append(f"PERSON includes dept/title: {surf!r}")
            # a kanji name must not swallow a following case particle (田中太郎は)
            if re.search(r"[\u4e00-\u9fff\U00020000-\U0002ffff\uf900-\ufaff]", surf) and surf[-1] in "はがをにへでもの":
                errs.append(f"PERSON ends in a particle: {surf!r}")
    # each span's surface must equal the marker value
    for sp in rec["spans"]:
        if text[sp["start"]:sp["end"]] != sp["_surface"]:
            errs.append(f"surface mismatch {sp}")
    # every mention of a (multi-char) PERSON surface must be annotated
    persons = [sp for sp in rec["spans"] if sp["label"] == "PERSON"]
    covered = [(sp["start"], sp["end"]) for sp in rec["spans"]]
    for sp in persons:
        surf = sp["_surface"]
        if len(surf) < 2:
            continue
        i = text.find(surf)
        while i != -1:
            ok = any(a <= i and i + len(surf) <= b for a, b in covered)
            if not ok:
                ok = any(text.find(al) != -1 and any(
                    j <= i and i + len(surf) <= j + len(al) for j in [m.start() for m in re.finditer(re.escape(al), text)])
                    for al in allow)
            if not ok:
                errs.append(f"unannotated mention of {surf!r} at {i}")
            i = text.find(surf, i + 1)
    if style.startswith("neg-") and persons:
        errs.append("negative text has PERSON span")
    if not style.startswith("neg-") and not persons:
        errs.append("positive text has no PERSON span")
    return errs


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "dev6.jsonl"
    recs, nerr = [], 0
    seen = set()
    for n, (style, marked, allow) in enumerate(T, 1):
        if marked in seen:
            print(f"duplicate text #{n}")
            nerr += 1
        seen.add(marked)
        text, spans = build(marked)
        rec = {"id": f"nd6-{n:04d}", "text": text, "spans": spans, "note": f"style={style}"}
        for e in verify(rec, style, allow):
            print(rec["id"], e, "|", text[:60].replace("\n", "⏎"))
            nerr += 1
        recs.append(rec)
    if len(recs) != 240:
        print(f"expected 240 texts, have {len(recs)}")
        nerr += 1
    with open(out_path, "w", encoding="utf-8") as f:
        for r in recs:
            r = dict(r)
            r["spans"] = [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-verify from disk, independent of markers
    with open(out_path, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f]
    for r, (style, marked, allow) in zip(lines, T):
        rebuilt = MARK.sub(lambda m: m.group(2), marked)
        if rebuilt != r["text"]:
            print(r["id"], "text mismatch after reload"); nerr += 1
        vals = [m.group(2) for m in MARK.finditer(marked)]
        surf = [r["text"][s["start"]:s["end"]] for s in r["spans"]]
        if vals != surf:
            print(r["id"], "surface mismatch after reload", vals, surf); nerr += 1
    labels = collections.Counter(s["label"] for r in lines for s in r["spans"])
    styles = collections.Counter(r["note"][6:] for r in lines)
    print("lines:", len(lines), "errors:", nerr)
    print("labels:", dict(labels))
    print("styles:", dict(styles))
    print("texts without PERSON:", sum(1 for r in lines if not any(s["label"] == "PERSON" for s in r["spans"])))
    print("texts without any span:", sum(1 for r in lines if not r["spans"]))
    return 1 if nerr else 0


if __name__ == "__main__":
    sys.exit(main())
