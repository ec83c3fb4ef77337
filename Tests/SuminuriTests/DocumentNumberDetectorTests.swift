import Testing
@testable import Suminuri

/// PASSPORT and RESIDENCE_CARD (`DocumentNumberDetector`).
@Suite struct DocumentNumberDetectorTests {
    static let passports: [DetectionCase] = [
        .init("letters and digits apart", "passport no. TR 3345678 (valid)", ["TR 3345678"]),
        .init("hotword after the number", "MU4455667のパスポートで入国しました", ["MU4455667"]),
        .init("ryoken bangou", "旅券番号 TK1234567", ["TK1234567"]),
        .init("katakana hotword", "パスポート番号：TZ0123456", ["TZ0123456"]),
        .init("English label glued with No.", "Passport No.MZ7654321, arriving", ["MZ7654321"]),
        .init("hotword a sentence before", "パスポートの番号いりますか？ TR0348821 です", ["TR0348821"]),
        .init("two in a row", "旅券番号 TK5500001 と TK5500002（夫婦）", ["TK5500001", "TK5500002"]),
        .init("full-width", "旅券：ＴＫ１２３４５６７", ["ＴＫ１２３４５６７"]),
        .init("the shape alone in capitals (no hotword)", "MX1234567", ["MX1234567"]),
        .init("in a list of a traveller's details", "Tanaka Kenji、TR8301742、1990年1月15日生まれ", ["TR8301742"]),
        .init("both documents named before", "パスポートと在留カードの番号です：TK1234567 / AB12345678CD", ["TK1234567"]),
    ]

    static let foreignPassports: [DetectionCase] = [
        .init("one letter and eight digits after the hotword", "パスポート番号 M47218503\n在留カードはまだです", ["M47218503"]),
        .init("one letter and seven digits before the hotword", "B1234567のパスポートです", ["B1234567"]),
        .init("letter, seven digits, letter", "Passport: P1234567A", ["P1234567A"]),
    ]

    static let foreignPassportLookAlikes: [DetectionCase] = [
        .init("model code of the same shape without a passport word", "型式 E12345678 の部品", []),
        .init("order id after a passport mentioned far before", "パスポートは持参します。お問い合わせ番号は A12345678 です", []),
    ]

    @Test(arguments: foreignPassports + foreignPassportLookAlikes)
    func readsForeignPassports(_ c: DetectionCase) {
        #expect(surfaces(.passport, in: c.text) == c.expected)
    }

    static let passportLookAlikes: [DetectionCase] = [
        .init("model code apart after its label", "型番 AB 1234567 の在庫", []),
        .init("bare shape without any hotword", "コードAB1234567で検索", []),
        .init("the shape in lower case, as codes and URLs write it", "mx1234567", []),
        .init("after a membership ID label", "会員ID：HM0049218", []),
        .init("after a booking number label", "予約番号 WB1234567 で予約しました", []),
        .init("part number", "品番 KE2551234 のフロアマット", []),
        .init("order id after passport mention", "パスポートとは別に、注文番号 AB1234567", []),
        .init("tracking number", "追跡番号は EJ123456789JP です", []),
        .init("longer code", "旅券番号 TK12345678", []),
        .init("inside a URL", "パスポート https://example.jp/tk1234567/x", []),
    ]

    static let residenceCards: [DetectionCase] = [
        .init("written in its groups", "在留カード番号 RK 9038 1175 FE", ["RK 9038 1175 FE"]),
        .init("with hotword", "在留カード AB12345678CD", ["AB12345678CD"]),
        .init("without hotword", "番号は AB12345678CD です", ["AB12345678CD"]),
        .init("full-width", "在留カード　ＫＨ４８３０２９１７ＬＣ", ["ＫＨ４８３０２９１７ＬＣ"]),
        .init("followed by a full-width slash", "在留カード番号：ID39182047RS／氏名", ["ID39182047RS"]),
        .init("katakana spelling", "ザイリュウカードのバンゴウ LP48201937ME デス", ["LP48201937ME"]),
    ]

    static let residenceLookAlikes: [DetectionCase] = [
        .init("letters and digits in other groups", "型式 RK 903 81175 FE、品番 AB 1234 5678", []),
        .init("registered mail number", "書留番号 RR987654321JP", []),
        .init("nine digits", "在留カード AB123456789CD", []),
        .init("glued to more letters", "在留カード XAB12345678CD", []),
    ]

    @Test(arguments: passports + passportLookAlikes)
    func passport(_ c: DetectionCase) {
        #expect(surfaces(.passport, in: c.text) == c.expected)
    }

    @Test(arguments: residenceCards + residenceLookAlikes)
    func residenceCard(_ c: DetectionCase) {
        #expect(surfaces(.residenceCard, in: c.text) == c.expected)
    }
}
