import Testing
@testable import Suminuri

@Suite struct PersonDetectorTests {
    static let positives: [DetectionCase] = [
        .init("honorific sama", "山田様、いつもありがとうございます", ["山田"]),
        .init("full name with space and san", "山田 太郎さんから電話", ["山田 太郎"]),
        .init("form field", "お名前：鮫島 亮\n生年月日：S62.10.9", ["鮫島 亮"]),
        .init("form field with qualifier", "お名前(カナ)：イマムラ カズヤ\n", ["イマムラ カズヤ"]),
        .init("reading label in hiragana", "ふりがな　はまだ ゆみこ\n", ["はまだ ゆみこ"]),
        .init("introduction", "お世話になります。迫田と申します。", ["迫田"]),
        .init("relation", "契約者は夫の上村 直樹です。", ["上村 直樹"]),
        .init("account holder in katakana", "鹿児島銀行 中央支店 普通 2345678 クワハラ タカシ", ["クワハラ タカシ"]),
        .init("reading in parentheses", "申込者：園田 直樹（ソノダ ナオキ）", ["園田 直樹", "ソノダ ナオキ"]),
        .init("Latin name", "氏名：Maria Santos\n", ["Maria Santos"]),
        .init("Latin name with honorific", "Rahul Sharma様、国際免許の件", ["Rahul Sharma"]),
        .init("signature at the end", "よろしくお願いします。\n永田", ["永田"]),
        .init("staff at a branch", "山田@鹿児島店です。在庫確認", ["山田"]),
        .init("kanji family and hiragana given", "お名前：東 みさき 様\n", ["東 みさき"]),
        .init("organisation before the name", "ご担当者：総務課 白石 恵\n", ["白石 恵"]),
    ]

    /// Full names written without a space: the lists split family and given name.
    static let unspaced: [DetectionCase] = [
        .init("unspaced full name as the subject", "川端健一は来週納車の予定です。", ["川端健一"]),
        .init("unspaced full name before no", "森田涼子の電話番号は後で送ります", ["森田涼子"]),
        .init("unspaced full name with a long family name", "担当：佐々木健太\n", ["佐々木健太"]),
        .init("unspaced name in old kanji", "齋藤健一は本日休みです。", ["齋藤健一"]),
    ]

    /// A surname (or full name) before a title or role word, perhaps after a department.
    static let titles: [DetectionCase] = [
        .init("a name ending in the first kanji of its title", "山本部長に確認します", ["山本"]),
        .init("a name ending in 本 before a branch title", "杉本支店長にも共有", ["杉本"]),
        .init("a name before 本部長", "山田本部長の承認済み", ["山田"]),
        .init("surname before section chief", "来週、佐藤課長に確認します。", ["佐藤"]),
        .init("surname before chief clerk", "高橋主任によろしくお伝えください", ["高橋"]),
        .init("surname before company president", "渡辺社長のご意向で決まりました", ["渡辺"]),
        .init("surname before department head", "田中部長へ報告済み", ["田中"]),
        .init("Chinese surname before sensei", "王先生の診察は午後です", ["王"]),
        .init("Chinese surname before shi", "呉氏が来日します", ["呉"]),
        .init("department then surname then sama", "営業部田中様宛に送付", ["田中"]),
        .init("department then surname then title", "経理部高橋主任が承認", ["高橋"]),
        .init("full name before title", "山本美咲部長が出席します", ["山本美咲"]),
        .init("title then honorific counts once", "西村課長様\nお世話になります", ["西村"]),
        .init("old kanji surname before title", "髙橋課長と廣瀬主任が来社", ["髙橋", "廣瀬"]),
        .init("old kanji with be before title", "渡邊部長の承認", ["渡邊"]),
    ]

    /// Role cues before a name and words after it that say it is a person.
    static let cues: [DetectionCase] = [
        .init("mechanic cue", "整備士の中村が点検しました。", ["中村"]),
        .init("sales cue with honorific", "営業の松本さんから見積もり", ["松本"]),
        .init("shop manager cue with full name", "店長の青木健一が対応します", ["青木健一"]),
        .init("heard from", "昨日、石井から聞いた話では", ["石井"]),
        .init("in charge after the name", "本件は小川が担当します。", ["小川"]),
        .init("staff to ask after the name", "急ぎの件は前川までお願いします。", ["前川"]),
    ]

    /// Labels that announce a person, and lists after them.
    static let labels: [DetectionCase] = [
        .init("patient label", "患者名:小川 直子\n", ["小川 直子"]),
        .init("client label", "依頼人：藤井 誠\n", ["藤井 誠"]),
        .init("representative label", "代表者: 岡田 浩\n", ["岡田 浩"]),
        .init("attendee list", "出席者: 青木、村上、石川\n議題：", ["青木", "村上", "石川"]),
        .init("attendee list with titles", "参加者：木村部長、西村課長\n", ["木村", "西村"]),
        .init("name fills a bracket label", "【斎藤】見積書を送付済み", ["斎藤"]),
        .init("name and title in tortoise-shell brackets", "〔西村課長〕承認済み", ["西村"]),
    ]

    /// Signatures and quoted replies.
    static let blocks: [DetectionCase] = [
        .init("signature under company and department lines", "よろしくお願いいたします。\n\nサンプル商事株式会社\n営業部\n木村\nTEL 03-0000-0000", ["木村"]),
        .init("signature with department on the name line", "以上です。\n営業部 木村健太\nメール：k@example.jp", ["木村健太"]),
        .init("quoted reply line", "> 山口\n> 先日はありがとうございました", ["山口"]),
    ]

    /// Readings, katakana and mixed-script names, foreign residents' names.
    static let readings: [DetectionCase] = [
        .init("katakana reading after unspaced name", "氏名：山本美咲（ヤマモトミサキ）\n", ["山本美咲", "ヤマモトミサキ"]),
        .init("katakana name with middle dot as subject", "ジョン・スミスが来店しました。", ["ジョン・スミス"]),
        .init("katakana name with middle dot and honorific", "マリア・ガルシアさんの件", ["マリア・ガルシア"]),
        .init("three-part katakana name introducing oneself", "留学生のアブドゥル・ラフマン・カリムです。", ["アブドゥル・ラフマン・カリム"]),
        .init("mixed kanji and hiragana name with honorific", "山田はな子様より電話", ["山田はな子"]),
        .init("Latin name after label", "担当：Nguyen Van An\n", ["Nguyen Van An"]),
    ]

    /// Once found with strong evidence, other mentions of the same name are found too.
    static let propagation: [DetectionCase] = [
        .init("family name alone after a full name", "山田太郎様からご依頼がありました。山田は明日来店予定です。", ["山田太郎", "山田"]),
        .init("full name repeated without cue", "お名前：吉田 恵美\n吉田 恵美の件で連絡", ["吉田 恵美", "吉田 恵美"]),
        .init("family name inside a longer word is not a mention", "担当：中田 健\n中田島の件", ["中田 健"]),
    ]

    /// Names as voice input and chat write them: in kana, before a cue, after a filler.
    static let spoken: [DetectionCase] = [
        .init("kana surname before to moushimasu", "もしもし えっとたかはしと申します", ["たかはし"]),
        .init("kana surname after namae wa", "名前はふじたです", ["ふじた"]),
        .init("kana staff name before san", "営業のやまぐちさんいらっしゃいますか", ["やまぐち"]),
        .init("kana full name with a space", "留守電失礼します すずき まさこですけども", ["すずき まさこ"]),
        .init("kana name before kara denwa", "いしかわから電話があったと伝えてください", ["いしかわ"]),
        .init("chat speaker labels", "ゆい：昨日はありがとう\nゆい：また行きます", ["ゆい", "ゆい"]),
        .init("Latin chat speaker labels", "Lisa: hi! can I come today?\nLisa: 3pm please", ["Lisa", "Lisa"]),
        .init("unlisted kana name closing a voice message", "明るいライトに替えられますか しもぞのです", ["しもぞの"]),
        .init("unlisted kana name opening a voice message", "もしもし とこなべですけど 来週の点検ね", ["とこなべ"]),
        .init("listed name that is also a word, closing", "大きいボタンのナビってあるんですかね あらきです", ["あらき"]),
        .init("foreign name alone on the last line", "ローン 2ねん で できますか。\nレイエス", ["レイエス"]),
        .init("foreign name with a phone on the last line", "ほけん どうすれば いいですか。\nサントス 080-5549-2071", ["サントス"]),
    ]

    /// Foreign residents' names: katakana introductions, English cues and signatures.
    static let foreign: [DetectionCase] = [
        .init("katakana name after watashi wa", "わたしはアイシャです。パキスタンから来ました。", ["アイシャ"]),
        .init("katakana name after a greeting", "はじめまして。シルバです。", ["シルバ"]),
        .init("dotted katakana name as the subject", "マリア・ガルシアは来月から当店のスタッフです。", ["マリア・ガルシア"]),
        .init("English introduction", "Hello, I'm Lucas Oliveira. I want a car.", ["Lucas Oliveira"]),
        .init("English relation", "My husband Raj has visual impairment.", ["Raj"]),
        .init("English honorific", "Tanaka-san at your shop was kind.", ["Tanaka"]),
        .init("English signature after a closing", "Please call me.\nThank you.\nTom", ["Tom"]),
        .init("Latin name with a space before desu", "Perera です。スリランカから来ました。", ["Perera"]),
    ]

    /// Staff and colleagues after a role: memos, minutes, signature lines.
    static let roles: [DetectionCase] = [
        .init("memo role glued to a surname", "見積提示済 来週再来店予定 営業石井", ["石井"]),
        .init("memo role, surname and a memo word", "代車手配 店長柴田了承", ["柴田"]),
        .init("relation and a given name", "息子の悠真が来月から運転します", ["悠真"]),
        .init("relation and a hiragana name that is also a car model", "娘のさくらが免許を取ったので", ["さくら"]),
        .init("relation, a kana name and its particle", "娘のゆいが免許を取りました", ["ゆい"]),
        .init("relation, は and a given name", "息子は一郎、電話は090-4411-2233です", ["一郎"]),
        .init("relation glued to a given name in a letter", "夫正一が本年九月に他界いたしました", ["正一"]),
        .init("relation glued to a full name", "長男吉留 修一が引き継ぎます", ["吉留 修一"]),
        .init("deceased father and 儀", "亡父吉留 茂儀、生前は格別のご厚誼を賜り", ["吉留 茂"]),
        .init("department, space and a surname mid-line", "事故時は管理部 有村 まで連絡。", ["有村"]),
        .init("title, space and a surname before の", "院長 鎌田 の了承が取れました", ["鎌田"]),
        .init("title, space and a full name", "主使用者：専務 竹下 信行\n", ["竹下 信行"]),
        .init("front advisor abbreviation before a surname", "受付：FA 春山\n", ["春山"]),
        .init("mechanic after a surname", "担当は前田メカです", ["前田"]),
        .init("katakana role and a colon before a name with its honorific", "スタッフ：金子様、修理完了しました", ["金子"]),
        .init("surname known only to UniDic, alone above a contact line", "よろしくお願いします。\n外山\nTEL 0995-22-1111", ["外山"]),
        .init("title before the name in a field", "代表者：代表取締役 北 直人\n", ["北 直人"]),
        .init("role words in a list", "出席：先方 田村部長、当社 服部、樋口", ["田村", "服部", "樋口"]),
        .init("role line of a signature", "やまがた車検センター\n受付　結城 さやか\n", ["結城 さやか"]),
        .init("organisation line in a quoted signature", "> パーツ課 坪川\n", ["坪川"]),
        .init("katakana names in a member list", "メンバー：ヤマモト、サトウ、タカギ\n", ["ヤマモト", "サトウ", "タカギ"]),
        .init("elderly kana given name on a name line", "よろしくお願いいたします。\n岸 ツル\n", ["岸 ツル"]),
        .init("staff name before yori aratamete", "明日以降、佐藤より改めてご連絡いたします。", ["佐藤"]),
    ]

    /// Staff memos: hand-overs, names in parentheses, stamps, memo verbs, and lists vouched
    /// for by one found name.
    static let memos: [DetectionCase] = [
        .init("hand-over with arrows", "引継ぎ：村上→石川へ", ["村上", "石川"]),
        .init("arrow to a one-character name", "不在票→関", ["関"]),
        .init("arrow and a space before a name", "折り返し希望 → 山之内が受ける", ["山之内"]),
        .init("name in parentheses after a note", "部品発注済(岡田)", ["岡田"]),
        .init("name and memo verb in parentheses", "土曜は2枠増（西村担当）", ["西村"]),
        .init("name after a time stamp", "TEL 9:15 小松\n折り返し希望", ["小松"]),
        .init("name before a memo verb", "異音の件、杉本確認済", ["杉本"]),
        .init("list vouched for by a titled name", "出席：中島部長、大野、川村、久保", ["中島", "大野", "川村", "久保"]),
        .init("list with middle dots after a label", "参加者: 堀内・松井・今村", ["堀内", "松井", "今村"]),
        .init("field label after a name is no given name", "記入者 新井　確認者 坂本", ["新井", "坂本"]),
        .init("department then a surname", "資料は企画課の森田まで", ["森田"]),
        .init("department glued to a full name", "広報部藤井恵美が担当します", ["藤井恵美"]),
        .init("kana chat handle with a team", "[08:12] やまぐち@整備: 了解です", ["やまぐち"]),
        .init("romaji handle with a year", "kenta_1992: 車検の予約お願いします", ["kenta"]),
        .init("Chinese name vouched for by its reading", "劉建国（リュウ・ジェングオ）が参加します", ["劉建国", "リュウ・ジェングオ"]),
        .init("labelled list with a name the lists lack", "同席：大野、蒲生田、川村", ["大野", "蒲生田", "川村"]),
        .init("children named in parentheses", "うちの子（美咲・大翔）の送迎に使います", ["美咲", "大翔"]),
        .init("late father named in parentheses", "父（故 石原 勇）の名義のままです", ["石原 勇"]),
        .init("letter signed with a katakana given name", "よろしくお願いします。\n大迫 トメ", ["大迫 トメ"]),
        .init("katakana given name with 子", "契約者：今村 ハル子様", ["今村 ハル子"]),
        .init("kanji family and hiragana given with 子", "お名前：森はる子", ["森はる子"]),
        .init("two surnames joined by と as the subject", "髙橋と渡邊は同じ班です", ["髙橋", "渡邊"]),
        .init("old form of 吉", "𠮷岡さんに確認しました", ["𠮷岡"]),
        .init("katakana name before と名乗", "ハヤシと名乗る男性から電話がありました", ["ハヤシ"]),
        .init("small katakana no inside a kanji name", "担当の田ノ上さんによろしく", ["田ノ上"]),
        .init("voice introduction after こちら", "はい、こちらマツモトと申します。", ["マツモト"]),
        .init("introduction with といいます", "あの、岩元といいますけど", ["岩元"]),
        .init("nickname beside the kanji name", "みっちゃん(満田)から電話あり", ["みっちゃん", "満田"]),
        .init("katakana reading beside the kanji name", "スタッフのオオツカ（大塚）から連絡します", ["オオツカ", "大塚"]),
        .init("Korean name vouched for by its reading", "申恵媛（シン・ヘウォン）さんの書類", ["申恵媛", "シン・ヘウォン"]),
        // Family names no list has, where a cue says a person stands.
        .init("unlisted surname after a role and の", "店長の神園がご挨拶に伺います。", ["神園"]),
        .init("unlisted surname after a label ending in 者", "発注者：宮之前　入荷予定", ["宮之前"]),
        .init("unlisted surname after a spaced department", "総務 米丸 へ連絡", ["米丸"]),
        .init("unlisted surname before a title", "隈崎課長に確認します", ["隈崎"]),
        .init("a second role before の", "担当メカの徳田が再点検", ["徳田"]),
        .init("a family name ending in 多 before 様", "本多様、来週の試乗の件です", ["本多"]),
        .init("speakers of a conversation vouch for each other", "ゆかりん: 兄の車がノート\nみさ: 理由は？\nゆかりん: 燃費かな\nみさ: なるほど", ["ゆかりん", "みさ", "ゆかりん", "みさ"]),
        .init("a greeting glued to the name", "もしもし日高ですけど、点検の件で", ["日高"]),
        .init("a quoted display name, family name first", "From: \"Garcia, Maria\" <maria.g@example.com>", ["Garcia, Maria"]),
        .init("the writer of a quoted message", "On Mon, Dec 1, 2026 at 10:41 AM Hiroshi Yamauchi wrote:", ["Hiroshi Yamauchi"]),
        .init("a child's name before its age", "金賞：ゆいな（6さい）\n銀賞：こうすけ（8さい）", ["ゆいな", "こうすけ"]),
        .init("a spaced honorific is no given name", "サービス課の 永吉 さん、エアコンの件", ["永吉"]),
        .init("roster lines after a class", "名簿\n1年1組 東 りん\n1年2組 隈元 ゆず", ["東 りん", "隈元 ゆず"]),
        .init("a cohort before each listed name", "参加：45期 鮫島 秀樹、46期 大脇 誠", ["鮫島 秀樹", "大脇 誠"]),
        .init("a foreign name's dotted reading in parentheses", "Lê Thị Hoa（レ・ティ・ホア）さんの件", ["Lê Thị Hoa", "レ・ティ・ホア"]),
        .init("a reading beside another spelling", "KIM MINJUN（キム・ミンジュン／金 珉俊）さん", ["KIM MINJUN", "キム・ミンジュン", "金 珉俊"]),
        .init("a role of minutes glued to a name", "朝礼メモ 司会松下\n・目標確認", ["松下"]),
        .init("a katakana name glued to 担当", "担当ニシムラより連絡します", ["ニシムラ"]),
        .init("a workshop role and a space", "サービス 早崎 が出動", ["早崎"]),
        .init("an unknown name heading a list", "受講：鰐淵、堀、寺園", ["鰐淵", "堀", "寺園"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("a role of minutes glued to a word", "司会進行は未定です", []),
        .init("a car model glued to 担当", "担当セレナの件です", []),
        .init("たくさん is no honorific", "にもつ たくさん のる トラック が ほしいです。", []),
        .init("a message that says what it is", "質問です。眠れなくて困っています", []),
        .init("cities in a memo's list", "出張：宮崎市、都城市、日南市の3店舗巡回", []),
        .init("a form value for drivers", "運転者：本人限定", []),
        .init("relation with a note in parentheses", "息子（来年から大学生）の車です", []),
        .init("a line of a place and katakana", "鹿児島市 モール", []),
        .init("a concession is no introduction", "恐縮ですが、お手紙にて失礼します", []),
        .init("OK is no introduction", "OKです、昼までに電話します", []),
        .init("two cities joined by と", "大阪と京都は日帰りできます", []),
        .init("a legal person before 様", "法人様の場合は登記簿が必要です", []),
        .init("heirs before 様", "相続人様は3人です", []),
        .init("weekday in parentheses", "納車予定日：12/10（金）10:30", []),
        .init("city in parentheses", "研修は先月（大阪）で済み", []),
        .init("heading before a colon", "TODO: 見積書を送る", []),
        .init("label with its value in parentheses", "名義（カブシキ・カイシャ）を確認", []),
        .init("department head is a title", "営業本部長が来店します", []),
        .init("memo word that starts like a name", "重複→名寄せ済", []),
        .init("shop after an arrow", "在庫は→中村店へ", []),
        .init("customer", "お客様各位", []),
        .init("company with san", "日産さんの新車", []),
        .init("dealer with sama", "鹿児島日産様", []),
        .init("product names", "セレナとノートとリーフを比較", []),
        .init("spec", "寒冷地仕様のノート", []),
        .init("various", "様々なグレードがあります", []),
        .init("katakana brand", "車名：ニッサン", []),
        .init("count with sama", "300名様にプレゼント", []),
        .init("role with san", "ヘルパーさんに運転してもらう", []),
        .init("workshop with san", "松田自動車整備さんで車検", []),
        .init("noun before desu", "部品の注文です。", []),
        .init("absent clerk", "担当者は不在だったため", []),
        .init("everyday word before desu", "了解です。", []),
        .init("verb kun", "会社に届くんでしょうか", []),
        .init("service user with san", "利用者さんの送迎をお願いします", []),
        .init("person in charge with sama", "担当者様へご確認ください", []),
        .init("husband with sama", "ご主人様によろしくお伝えください", []),
        .init("account holder is a common noun", "名義は法人です。", []),
        .init("katakana company after kabushiki gaisha", "株式会社ノースコンサル様", []),
        .init("katakana company after yugen form", "(有)サンライズ様からの注文", []),
        .init("department head without a name", "営業部長に相談します", []),
        .init("section chief without a name", "総務課長の承認が必要", []),
        .init("place that starts with a surname", "中田島砂丘に行った", []),
        .init("katakana compound with middle dot", "ハイブリッド・システムの点検", []),
        .init("katakana car part with middle dot as subject", "ドア・ミラーが割れた", []),
        .init("katakana pair of opposites with middle dot", "プラス・マイナスが逆です", []),
        .init("katakana service word with middle dot", "アフター・フォローが良い", []),
        .init("English sentence", "Please see the attached file.", []),
        .init("head office as the source", "本社から連絡がありました", []),
        .init("title word alone", "工場長に確認します", []),
        .init("everyday word before made onegai", "明日までお願いします。", []),
        .init("relation before a katakana noun", "妻のアドレスを登録", []),
        .init("relation in a compound", "息子夫婦が来ます。夫婦で伺います", []),
        .init("a spoken date: さん is three", "しょうわ ごじゅうはちねん さんがつ よっか うまれです", []),
        .init("kana words before さん", "おかあさんとおばあさんが来ます。さかなやさんにも", []),
        .init("two memo words and a time on a line", "再入庫 金曜 10時\n所長に報告済", []),
        .init("quoted words after a name word that are no names", "名前が「未定」のままです。表記は「セレナ」です。名義は「会社」です", []),
        .init("a title before a room or a meeting", "社長室に行く。部長会議で決める", []),
        .init("place and a space before a word", "鹿児島 中央駅で待ち合わせ", []),
        .init("a name quoted after 名前が", "納車書類の名前が「斉藤」になっていましたが", ["斉藤"]),
        .init("a kana name quoted after a name tag", "受付の女性（名札は\"いまむら\"）は", ["いまむら"]),
        .init("whiteboard columns", "外出:小田(13-15 納車)\n休み:桑原", ["小田", "桑原"]),
        .init("call log's receiver", "売却について\n受:荒木", ["荒木"]),
        .init("a title glued before a surname in a memo", "所長福島に報告済", ["福島"]),
        .init("one-kanji surnames in a list after a label", "受講：迫、堀、寺園\n", ["迫", "堀", "寺園"]),
        .init("kana full name without a space after なまえは", "おじいさんのなまえはしもくぼとしおです", ["しもくぼとしお"]),
        .init("kana full name before ですけど in voice input", "もしもし私あのかわばたきよこですけどね", ["かわばたきよこ"]),
        .init("kana surname before さん inside running kana", "若い男の方で確かおおたさんやったと思う", ["おおた"]),
        .init("kana given names listed after a label", "参加者：さやか、まどか、ちひろ（子連れ4組）", ["さやか", "まどか", "ちひろ"]),
        .init("hiragana field label and a kana name", "おなまえ：のむら こうき（5さい）", ["のむら こうき"]),
        .init("required-field mark after the label", "お名前(かな)＊ たかしま　ことね\nメール", ["たかしま　ことね"]),
        .init("kana name said again in running kana", "担当はさめしまさんです。さめしまに伝えます", ["さめしま", "さめしま"]),
        .init("kana handle with a team that is also a word", "ひろし＠中古車: 午後なら行けます", ["ひろし"]),
        .init("cousin and a kana given name", "いとこのゆうたくんがそちらで働いています", ["ゆうた"]),
        .init("chat speakers decorated with emoji", "10:30 まゆみ🌷: ありがとう\n10:31 まゆみ🌷: 下取りも\n🌸さくら🌸: それな\n🌸さくら🌸: うん", ["まゆみ", "まゆみ", "さくら", "さくら"]),
        .init("family words as chat speakers", "Mom: 7月！\nKenji: 了解\nMom: そうそう", ["Kenji"]),
        .init("car models in parentheses after names", "坂下様（セレナ）→ 森メカ、平良様（デイズ）→ 外注", ["坂下", "森", "平良"]),
        .init("adverb after a role and a colon", "スタッフの対応：とても良い", []),
        .init("kana word that is a rare surname's reading", "夫の なまえは 下に書きます", []),
        .init("English word containing a title abbreviation", "my grandfather was Brazilian", []),
        .init("relation, は and an adjective", "母は優しい人です。父は元気です", []),
        .init("surname that is a more frequent common word", "市場の動向を見ています", []),
        .init("bracket label in katakana", "【アンケート】ご回答ください", []),
        .init("shop name before title-like word", "鹿児島店店長に伝えます", []),
        // Regressions of this round (issue 11/15).
        .init("maternity leave before desu", "産休中です", []),
        .init("adjective before desu", "どうしたら いいですか", []),
        .init("filler before desu", "もしもし あのですね", []),
        .init("verb ending before desu", "新しい車を見たいです。", []),
        .init("price question", "値段は いくらですか", []),
        .init("polite expression with sama", "いつもお世話様です。", []),
        .init("spoken plate number after a place", "ナンバーは品川 さんまるまる", []),
        .init("relation in parentheses is no reading", "お名前：安藤 聡（長男）", ["安藤 聡"]),
        .init("note in parentheses is no reading", "参加者：増田（リモート）", ["増田"]),
        .init("letter opening", "拝啓　秋も深まってまいりました。", []),
        .init("letter closing under a signature", "よろしくお願いします。\n古川 清\n敬具", ["古川 清"]),
        .init("system sender", "From: Webform <noreply@example.jp>", []),
        .init("guest as a form value", "お名前：ゲスト\n", []),
        .init("anonymous as a form value", "お名前：匿名希望\n", []),
        .init("role word where a name was redacted", "議長：代表取締役 ［氏名］\n", []),
        .init("kana after a placeholder", "> ［要配慮個人情報］るのですが、", []),
        .init("katakana sentence with desu in katakana", "クルマ カイタイ デス。", []),
        .init("dotted loanwords before a particle", "ドア・ミラーは無事でした", []),
        .init("weak label before a department", "参加：品質管理 ［氏名］\n", []),
        .init("car maker in a member list is no name", "メンバー：スズキ、ホンダ\n", []),
        .init("a place before a branch title", "鹿児島支店長の話です", []),
        .init("a common word after a role", "店長の判断で値引きします", []),
        .init("a compound that is not name-shaped", "父の車用に軽を探しています", []),
        .init("diversity is no name", "車種も多様な中から選べます", []),
        .init("a country after a foreign name is no reading", "Silva様（ブラジル）の件", ["Silva"]),
        .init("a dealer's quoted display name", "To: \"鹿児島日産 法人営業\" <fleet@example.jp>", []),
        .init("counts in parentheses are no ages of names", "タイヤ（4本）交換、チャイルドシート（3歳まで）", []),
        .init("a year and a month are no cohort before a name", "2026年 12月 納車予定 3年 保証 延長", []),
        .init("a word before です closing a voice message", "スライドドア いいです。", []),
        .init("digits read out before です", "さんさんよんよん の いちにいさんご です", []),
        .init("a mail address read out", "めーるは あっと えぐざんぷる どっと じぇいぴー です", []),
        .init("a greeting opens no name", "おつかれさまです\n明日の件です", []),
        .init("a bank before its number", "ゆうちょです 12330 の口座です", []),
        .init("a car model answering a label", "ご希望車種：\nセレナ", []),
        .init("a relative's kana name is not the car model", "妻のさくらが運転します。サクラの試乗車はありますか。", ["さくら"]),
    ]

    @Test(arguments: positives + unspaced + titles + cues + labels + blocks + readings + propagation + spoken + foreign + roles + memos)
    func findsNames(_ c: DetectionCase) {
        #expect(surfaces(.person, in: c.text) == c.expected)
    }

    @Test(arguments: negatives)
    func refusesLookAlikes(_ c: DetectionCase) {
        #expect(surfaces(.person, in: c.text) == c.expected)
    }
}
