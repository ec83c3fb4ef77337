import Testing
@testable import Suminuri

@Suite struct AddressDetectorTests {
    static let positives: [DetectionCase] = [
        .init("a Kyoto address with a note in parentheses after its bare number", "所在地 京都府京都市中京区河原町通三条上る下丸屋町403（本店 大阪府堺市堺区南花田口町2丁3番）",
              ["京都府京都市中京区河原町通三条上る下丸屋町403", "大阪府堺市堺区南花田口町2丁3番"]),
        .init("kanji house numbers joined by の after 丁目", "じゅうしょは横浜市港北区日吉本町一丁目二十三の四です", ["横浜市港北区日吉本町一丁目二十三の四"]),
        .init("a phone on the line after 番地 stays a phone", "島根県出雲市大津町１９４６番地\n0853-21-4087", ["島根県出雲市大津町１９４６番地"]),
        .init("a town that is a listed place itself, then one number", "住所：島根県出雲市大津町1946です", ["島根県出雲市大津町1946"]),
        .init("an address in Latin letters, number first", "I live at 1-3-5 Kitasaiwai, Nishi-ku, Yokohama, Kanagawa. Could you call me?", ["1-3-5 Kitasaiwai, Nishi-ku, Yokohama, Kanagawa"]),
        .init("an address in Latin letters with a room and a building", "Room 1205, Umeda Sky Building, 1-1-88 Oyodonaka, Kita-ku, Osaka 531-6012", ["Room 1205, Umeda Sky Building, 1-1-88 Oyodonaka, Kita-ku, Osaka"]),
        .init("an address in Latin letters ending at a prefecture", "Address: 2-14-7 Miyagi, Chatan-cho, Okinawa\nMessage: hi", ["2-14-7 Miyagi, Chatan-cho, Okinawa"]),
        .init("phone after a building and floor", "所在地：熊本県熊本市中央区上通町5番1号 上通ビル2階 096-355-0123", ["熊本県熊本市中央区上通町5番1号 上通ビル2階"]),
        .init("building named in hiragana", "本社は宮城県仙台市青葉区一番町3-2-1 せんだい一番町ビル5階です", ["宮城県仙台市青葉区一番町3-2-1 せんだい一番町ビル5階"]),
        .init("hiragana after the block is no building", "住所は大分県大分市府内町2-3-4 のところに新しいビル", ["大分県大分市府内町2-3-4"]),
        // Towns written in kana (issue 15), right before a block of two or more numbers.
        .init("hiragana town after a ward", "新居は千葉県千葉市美浜区ひびき野2-4-11です", ["千葉県千葉市美浜区ひびき野2-4-11"]),
        .init("kana town that starts like a particle", "会場は宮城県仙台市青葉区にしき町1-3-5", ["宮城県仙台市青葉区にしき町1-3-5"]),
        .init("kana town with が inside", "静岡県浜松市中央区あかねが丘4-12", ["静岡県浜松市中央区あかねが丘4-12"]),
        .init("district then kana town", "岐阜県関市武芸川町ききょう台2-7", ["岐阜県関市武芸川町ききょう台2-7"]),
        .init("aza then katakana", "北海道河西郡芽室町字メムロ12-3", ["北海道河西郡芽室町字メムロ12-3"]),
        // Issue 11/15, third round.
        .init("town and one bare number after prefecture and city", "住所：佐賀県唐津市中町1866\n内容：営業車", ["佐賀県唐津市中町1866"]),
        .init("a town named as such and one number after a municipality alone", "姫路支店　姫路市駅前町３３８ 姫路ツバメビル４Ｆ\n奥田ボデー　大和郡山市筒井町９３７　0743-56-2871", ["姫路市駅前町３３８ 姫路ツバメビル４Ｆ", "大和郡山市筒井町９３７"]),
        .init("Kyoto town with katakana no and one number", "住所：京都府京都市左京区下鴨松ノ木町12\n", ["京都府京都市左京区下鴨松ノ木町12"]),
        .init("kana town that starts like a particle", "送り先は高知県高知市はりまや町一丁目四番八号でございます。", ["高知県高知市はりまや町一丁目四番八号"]),
        .init("the next line is another address with a building", "横浜市西区みなとみらい2-3-1\n東京都港区六本木6-10-1六本木ヒルズ森タワー42F", ["横浜市西区みなとみらい2-3-1", "東京都港区六本木6-10-1六本木ヒルズ森タワー42F"]),
        .init("a building with no building word and its floor", "東京都豊島区東池袋3-1-1　サンシャイン60　42F", ["東京都豊島区東池袋3-1-1　サンシャイン60　42F"]),
        .init("a mall and its floor glued", "岡山県岡山市北区下石井一丁目2番1号 イオンモール岡山6F", ["岡山県岡山市北区下石井一丁目2番1号 イオンモール岡山6F"]),
        .init("a residence and its room at the end of the line", "佐賀県唐津市北城内2番1号 グランディ唐津205\n", ["佐賀県唐津市北城内2番1号 グランディ唐津205"]),
        .init("a floor ends the building", "愛媛県松山市一番町四丁目1番地11 一番町ビル7階の会議室で", ["愛媛県松山市一番町四丁目1番地11 一番町ビル7階"]),
        .init("two spaces before the building", "福井県福井市花堂南２丁目１６－１ 　ハイツあおば　１０２号室", ["福井県福井市花堂南２丁目１６－１ 　ハイツあおば　１０２号室"]),
        .init("a hiragana name after the kind of building", "群馬県みどり市大間々町大間々1511番地 コーポひまわり2-203", ["群馬県みどり市大間々町大間々1511番地 コーポひまわり2-203"]),
        .init("a phone after the address is no room", "所在地：新潟県長岡市東坂之上町2-1-7　0258-35-6671", ["新潟県長岡市東坂之上町2-1-7"]),
        .init("a company on the next line is no building", "茨城県ひたちなか市阿字ヶ浦町3200番地の12\nひたちなかサービスセンター", ["茨城県ひたちなか市阿字ヶ浦町3200番地の12"]),
        .init("no after banchi without a number", "京都府京都市中京区烏丸通三条上る場之町603番地の店舗", ["京都府京都市中京区烏丸通三条上る場之町603番地"]),
        .init("building with a floor after a space", "所在地：宮城県仙台市青葉区一番町二丁目5番22号 一番町スクエア7階\n", ["宮城県仙台市青葉区一番町二丁目5番22号 一番町スクエア7階"]),
        .init("no trailing no after the block", "佐賀県唐津市新興町2935番地1の倉庫に在庫があります", ["佐賀県唐津市新興町2935番地1"]),
        .init("住居表示 with prefecture", "住所：鹿児島県霧島市国分中央3丁目4番5号です", ["鹿児島県霧島市国分中央3丁目4番5号"]),
        .init("hyphenated block and building", "〒893-0013 鹿屋市札元1-2-3 サンライズマンション201号室", ["鹿屋市札元1-2-3 サンライズマンション201号室"]),
        .init("番地 form", "鹿児島市吉野町九千三百二十一番地 です", ["鹿児島市吉野町九千三百二十一番地"]),
        .init("full-width digits", "姶良市平松７４９１－３", ["姶良市平松７４９１－３"]),
        .init("room appended to block", "鹿児島市宇宿1-25-3-202 まで", ["鹿児島市宇宿1-25-3-202"]),
        .init("kanji chome", "霧島市国分中央三丁目15番8号 サンハイツ国分203です。", ["霧島市国分中央三丁目15番8号 サンハイツ国分203"]),
        .init("line break after chome", "ご住所：鹿児島市伊敷5丁目\n16番22号\nお名前", ["鹿児島市伊敷5丁目\n16番22号"]),
        .init("甲 after 番地", "薩摩川内市東郷町斧渕1234番地甲\n", ["薩摩川内市東郷町斧渕1234番地甲"]),
        .init("town without city after hotword", "家は伊敷2丁目18-6です", ["伊敷2丁目18-6"]),
        .init("Sapporo grid", "北海道札幌市中央区北3条西4丁目5-6", ["北海道札幌市中央区北3条西4丁目5-6"]),
        // Round thirty-nine: the parts spaced out as forms and voice input type them.
        .init("a space before the chome and after it", "住所：岩手県盛岡市西松園 2丁目 21-4", ["岩手県盛岡市西松園 2丁目 21-4"]),
        .init("spaces around 字 and before the number", "ご住所：青森県上北郡七戸町 字 舘野 45-2", ["青森県上北郡七戸町 字 舘野 45-2"]),
        .init("a space after の between numbers", "送り先は 宮城県大崎市古川駅南 2丁目 7の 15 です", ["宮城県大崎市古川駅南 2丁目 7の 15"]),
        .init("voice input spacing every part", "住所 は 福島県 郡山市 安積町 荒井 字 寺前 12 の 3 です", ["福島県 郡山市 安積町 荒井 字 寺前 12 の 3"]),
        // Company, shop and dealer addresses are addresses (ANNOTATION.md, issue 11).
        .init("company address after 所在地", "所在地：鹿児島市卸本町5-18", ["鹿児島市卸本町5-18"]),
        .init("head office label", "本店所在地:大阪府大阪市中央区本町2-5-9", ["大阪府大阪市中央区本町2-5-9"]),
        .init("shop address in a signature", "株式会社サンプル自動車 霧島店\n鹿児島県霧島市隼人町内山田2丁目14番7号", ["鹿児島県霧島市隼人町内山田2丁目14番7号"]),
        .init("company as subject", "当社は東京都渋谷区神南3-8-21にあります", ["東京都渋谷区神南3-8-21"]),
        // Towns written in kana, including kana that are also particles (と, も).
        .init("hiragana town with と", "横浜市西区みなとみらい4-6-12", ["横浜市西区みなとみらい4-6-12"]),
        .init("hiragana town with も", "沖縄県那覇市おもろまち3-7-12", ["沖縄県那覇市おもろまち3-7-12"]),
        .init("の between kanji in a town", "山梨県甲府市丸の内2-9-14", ["山梨県甲府市丸の内2-9-14"]),
        .init("katakana ノ in a town", "高知県高知市丸ノ内2丁目6番31号", ["高知県高知市丸ノ内2丁目6番31号"]),
        // 丁目-番-号 in every written form.
        // A grid block names a building in Hokkaido (a city hall's address ends there).
        .init("Sapporo grid block without a house number", "当社は北海道札幌市中央区北1条西2丁目にあります", ["北海道札幌市中央区北1条西2丁目"]),
        .init("grid with 通 between the numbers", "住所：北海道旭川市3条通8丁目\n", ["北海道旭川市3条通8丁目"]),
        .init("grid without a direction", "札幌市白石区東札幌3条6丁目まで", ["札幌市白石区東札幌3条6丁目"]),
        .init("chome as three ASCII numbers", "北海道旭川市宮前1条3丁目3-15", ["北海道旭川市宮前1条3丁目3-15"]),
        .init("chome as full-width numbers", "大分県大分市大手町３－８－２７", ["大分県大分市大手町３－８－２７"]),
        .init("chome ban go in kanji numerals", "秋田県秋田市山王四丁目七番二号", ["秋田県秋田市山王四丁目七番二号"]),
        // Buildings, floors, rooms.
        .init("tower and floor", "東京都港区虎ノ門4-3-9 虎ノ門サンプルタワー42F", ["東京都港区虎ノ門4-3-9 虎ノ門サンプルタワー42F"]),
        .init("building with の and floor", "東京都千代田区丸の内３－２－７ 丸の内サンプルビル10階です", ["東京都千代田区丸の内３－２－７ 丸の内サンプルビル10階"]),
        .init("building floor and room", "大阪市北区梅田3-4-5 梅田第2ビル 5F 501号室", ["大阪市北区梅田3-4-5 梅田第2ビル 5F 501号室"]),
        // Kyoto gives the way from a crossing, then one number.
        .init("Kyoto street directions", "京都市中京区烏丸通三条上ル場之町612", ["京都市中京区烏丸通三条上ル場之町612"]),
        // Prefectures the kyushu-heavy corpus rarely names.
        .init("Tohoku prefecture", "岩手県盛岡市内丸12番8号", ["岩手県盛岡市内丸12番8号"]),
        .init("Hokuriku prefecture", "石川県金沢市鞍月2丁目20番地", ["石川県金沢市鞍月2丁目20番地"]),
        .init("Shikoku prefecture", "愛媛県松山市一番町4-4-2", ["愛媛県松山市一番町4-4-2"]),
        .init("Kyushu prefecture outside Kagoshima", "佐賀県佐賀市城内2-1-30", ["佐賀県佐賀市城内2-1-30"]),
        .init("district and town", "北海道虻田郡倶知安町北1条東3丁目5", ["北海道虻田郡倶知安町北1条東3丁目5"]),
    ]

    /// Every municipality of the 47 prefectures, written with its prefecture, a town and a
    /// block, is found whole: the gazetteer is complete, not the prefectures the corpus favours.
    @Test func everyMunicipality() throws {
        let data = try String(contentsOf: packageRoot.appendingPathComponent("Dictionaries/places/municipalities.tsv"), encoding: .utf8)
        var missed: [String] = []
        var prefectures = Set<String>()
        for line in data.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let address = f[0] + f[2] + f[1] + "中央2丁目3-4"
            prefectures.insert(f[0])
            if surfaces(.address, in: address + "です") != [address] { missed.append(f[1]) }
        }
        #expect(prefectures.count == 47)
        #expect(missed.isEmpty, "\(missed.count) municipalities missed, e.g. \(missed.prefix(5))")
    }

    static let negatives: [DetectionCase] = [
        .init("kanji numbers joined by の with no unit before them", "三丁目の夕日、二の三の四の順で並べる", []),
        .init("a count or a price after a municipality and a town", "姫路市駅前町338台、姫路市駅前町で338円", []),
        .init("numbers and Latin words that name no municipality", "Version 1-2-3 released, tokyo office. Model 2-3 Sport, mileage 12-345 km", []),
        .init("kana words before a range of counts", "大津市には2-3回行きました", []),
        .init("kana before a count range", "仙台市からだと2-3時間です", []),
        .init("a single chome is a district", "ご住所：大阪府大阪市北区梅田１丁目（詳しくは後日）", []),
        .init("a bare number that counts people", "鹿児島県鹿児島市中町3人で伺います", []),
        .init("route number", "国道10号線沿いの店舗", []),
        .init("a spaced number that counts people", "梅田1丁目 2名で伺います", []),
        .init("a spaced range of dates after a city", "福岡市 3-4日に伺います", []),
        .init("a range of dates glued to a city", "福岡市3-4日に伺います", []),
        .init("an article of an ordinance after a prefecture", "東京都条例第3条5項により", []),
        .init("a grid block that names a crossing", "事故場所：札幌市東区北24条東15丁目 交差点", []),
        .init("a grid street without its chome", "札幌市中央区北1条西の交差点", []),
        .init("prefectural road", "県道25号線を北へ", []),
        .init("car number", "3号車に乗ってください", []),
        .init("exit", "5番出口で待ち合わせ", []),
        .init("platform", "1番線から発車", []),
        .init("city only", "鹿児島市内の店舗で一番在庫が多いのは", []),
        .init("area only", "霧島の方に住んでいます", []),
        .init("chome without number", "3丁目の交差点を右", []),
        .init("chome only, details later", "大阪府大阪市北区梅田１丁目（詳しくは後日）", []),
        .init("order number glued to a word", "注文番号12-345です", []),
        // A kanji word before digits is no town without a unit, a municipality or an address
        // word: the phone hotword must not become a "town" swallowed into the redaction.
        .init("mobile number after 携帯 is not an address", "携帯090-1234-5678", []),
        .init("phone number after 電話 is not an address", "電話090-1234-5678です", []),
        .init("fax number after a word", "代表FAX0995-12-3456", []),
        .init("count of shops after a city", "鹿児島市内にも3-4店舗あります", []),
        .init("city then a particle", "霧島市では2-3日かかります", []),
        .init("part number after a word", "純正部品04465-33450", []),
    ]

    /// The phone number next to its hotword stays a PHONE and the hotword stays readable.
    static let phonesAfterHotwords: [DetectionCase] = [
        .init("mobile after 携帯 stays a phone", "携帯090-1234-5678", ["090-1234-5678"]),
        .init("mobile after 電話 stays a phone", "電話090-1234-5678です", ["090-1234-5678"]),
    ]

    @Test(arguments: phonesAfterHotwords)
    func phoneHotwordIsNotATown(_ c: DetectionCase) {
        #expect(surfaces(.phone, in: c.text) == c.expected)
    }

    @Test(arguments: positives)
    func findsAddresses(_ c: DetectionCase) {
        #expect(surfaces(.address, in: c.text) == c.expected)
    }

    @Test(arguments: negatives)
    func refusesLookAlikes(_ c: DetectionCase) {
        #expect(surfaces(.address, in: c.text) == c.expected)
    }
}
