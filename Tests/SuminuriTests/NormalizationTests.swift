import Testing
@testable import TextNormalization

@Suite struct NormalizationTests {
    let normalizer = Normalizer()

    func normalized(_ text: String) -> String {
        String(decoding: normalizer.normalize(text)!.bytes, as: UTF8.self)
    }

    @Test func linksSystemICU() {
        #expect(Normalizer.icuVersion >= 6000)
    }

    @Test(arguments: [
        ("full-width digits and letters", "０９０ＡＢｃ", "090abc"),
        ("full-width at and dash", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ－", "taro@example.jp-"),
        ("half-width katakana with voiced mark", "ｶﾞｿﾘﾝ", "がそりん"),
        ("katakana folds to hiragana", "クルマイス", "くるまいす"),
        ("ideographic space", "a\u{3000}b", "a b"),
        ("dash look-alikes", "1‐2‑3‒4–5—6―7−8﹣9", "1-2-3-4-5-6-7-8-9"),
        ("long vowel mark between digits", "090ー1234ｰ5678", "090-1234-5678"),
        ("long vowel mark in words stays", "メールアドレス", "めーるあどれす"),
        ("kanji digit run", "〇九〇の一二三四の五六七八", "090の1234の5678"),
        ("circle as zero", "○九○-1234", "090-1234"),
        ("short kanji numerals in names stay", "三番町と八王子", "三番町と八王子"),
        ("kanji run continuing a number", "〇九九五の六三の一二四五", "0995の63の1245"),
        ("two-digit kanji area code before a group", "〇三-三一二三-四五六七", "03-3123-4567"),
        ("circle zero area code with の", "○三の三一二三の四五六七", "03の3123の4567"),
        ("kanji area code and exchange in parentheses", "〇七四二（二三）八八一九", "0742(23)8819"),
        ("short kanji before a short group stays", "一の二と三-四", "一の二と三-四"),
        ("plate serial in kanji", "品川三〇〇あ一二‐三四", "品川300あ12-34"),
        ("one kanji pair before a single digit stays", "二二-三", "二二-三"),
        ("a place after a postal code keeps its kanji numeral", "514-0009 三重県津市", "514-0009 三重県津市"),
        ("a city after a number keeps its kanji numeral", "192-0081 八王子市", "192-0081 八王子市"),
        ("spoken digits in kana", "ぜろきゅうぜろ いちにいさんよん", "090 1234"),
        ("spoken digits in katakana", "ゼロハチゼロノヨンヨンサンニ", "080の4432"),
        ("a spoken zero glued to kanji digits", "ゼロ九〇 三三二八", "090 3328"),
        ("a spoken zero before a counter stays a word", "ゼロ円", "ぜろ円"),
        ("spoken plate serial", "あ いちにのさんよんです", "あ 12の34です"),
        ("long spoken number after a verb", "折り返しぜろはちぜろよんよんさんにです", "折り返し08044 32です".replacingOccurrences(of: " ", with: "")),
        ("words that hold a digit word stay", "いちごとさんぽとごはん", "いちごとさんぽとごはん"),
        ("a particle after a number word stays", "電話にでる", "電話にでる"),
        ("circled digits stay", "①09012345678", "①09012345678"),
        ("tel sign", "℡", "tel"),
    ])
    func folds(_ name: String, _ input: String, _ expected: String) {
        #expect(normalized(input) == expected, "\(name)")
    }

    @Test func everyNormalizedRangeMapsToWholeOriginalCharacters() throws {
        let text = "ｶﾞｿﾘﾝ代は０９０ー１２３４ー５６７８、〇九〇の一二三四。e\u{301}👍🏽"
        let n = try #require(normalizer.normalize(text))
        let original = Array(text.utf8)
        for lower in 0...n.bytes.count {
            for upper in lower...n.bytes.count where upper - lower < 12 {
                let range = n.originalRange(for: NormalizedRange(utf8: lower..<upper)).utf8
                #expect(range.lowerBound <= range.upperBound)
                #expect(String(validating: original[range], as: UTF8.self) != nil)
            }
        }
    }

    @Test func mapsDigitsBackToTheirOriginalCharacters() throws {
        let text = "電話０９０ー１２３４ー５６７８です"
        let n = try #require(normalizer.normalize(text))
        let normalizedText = String(decoding: n.bytes, as: UTF8.self)
        let start = try #require(normalizedText.utf8.firstIndex(of: UInt8(ascii: "0")))
        let lower = normalizedText.utf8.distance(from: normalizedText.utf8.startIndex, to: start)
        let range = n.originalRange(for: NormalizedRange(utf8: lower..<(lower + 13))).utf8
        #expect(String(decoding: Array(text.utf8)[range], as: UTF8.self) == "０９０ー１２３４ー５６７８")
    }

    @Test func aRangeEndingBeforeACombiningMarkIncludesIt() throws {
        let text = "abc\u{301}d"
        let n = try #require(normalizer.normalize(text))
        // NFKC composes c + U+0301? No: ć exists, so it composes; the range over "c" must cover both.
        let range = n.originalRange(for: NormalizedRange(utf8: 2..<3)).utf8
        #expect(String(decoding: Array(text.utf8)[range], as: UTF8.self) == "c\u{301}")
    }

    @Test(arguments: [
        ("voice input between words", "みみが きこえません", "みみがきこえません"),
        ("several spaces, katakana after", "ほうが　　パートナー", "ほうがぱーとなー"),
        ("a name keeps its space", "山田 太郎", nil),
        ("a space before kanji ends a clause", "割られた　警察には", nil),
        ("no hiragana before", "tel 0901", nil),
        ("a particle standing alone between kanji words", "警察 に 相談", "警察に相談"),
        ("a particle standing alone, then a kanji word", "びょういん に 行って", "びょういんに行って"),
        ("a kanji word before a space and a longer word stays apart", "営業部 ながた", nil),
        ("a line without a joined space is left out", "お世話になります。\nみみが きこえません", "\nみみがきこえません"),
    ] as [(String, String, String?)])
    func joinsSpacedWords(_ name: String, _ input: String, _ expected: String?) throws {
        let n = try #require(normalizer.normalize(input))
        let joined = n.joiningSpacedWords()
        #expect(joined.map { String(decoding: $0.text.bytes, as: UTF8.self) } == expected, "\(name)")
        // Every range of the joined view maps to whole original characters without the spaces.
        if let (text, _) = joined {
            let range = text.originalRange(for: NormalizedRange(utf8: 0..<text.bytes.count)).utf8
            #expect(range == 0..<input.utf8.count)
        }
    }

    @Test func offsetMapIsIdentityOutsideEdits() {
        let map = OffsetMap(regions: [.init(source: 3..<9, target: 3..<4)])
        #expect(map.sourceRange(for: 0..<3) == 0..<3)
        #expect(map.sourceRange(for: 3..<4) == 3..<9)
        #expect(map.sourceRange(for: 4..<6) == 9..<11)
        #expect(map.sourceRange(for: 2..<5) == 2..<10)
    }

    @Test func wordAndSentenceBoundariesComeFromICU() {
        let bytes = Array("父が糖尿病です。車を買います。".utf8)
        let sentences = TextBoundaries.boundaries(.sentence, in: bytes)
        #expect(sentences.first == 0 && sentences.last == bytes.count)
        #expect(sentences.count == 3)
        let words = TextBoundaries.boundaries(.word, in: bytes)
        #expect(words.count > 4)
    }
}
