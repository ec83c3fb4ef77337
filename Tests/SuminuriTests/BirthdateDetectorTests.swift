import Testing
@testable import Suminuri

@Suite struct BirthdateDetectorTests {
    static let positives: [DetectionCase] = [
        .init("wareki with umare", "昭和58年3月4日生まれです", ["昭和58年3月4日"]),
        .init("abbreviated era with label", "生年月日：S58.3.4", ["S58.3.4"]),
        .init("gannen", "平成元年5月10日生まれ", ["平成元年5月10日"]),
        .init("seireki with sei", "上村 直樹　1988.06.12生", ["1988.06.12"]),
        .init("seireki with label", "生年月日：1979/11/02", ["1979/11/02"]),
        .init("full-width", "生年月日 昭和４５年１２月２日", ["昭和４５年１２月２日"]),
        .init("year alone before umare", "R2年生まれの息子", ["R2年"]),
        .init("person then date in parentheses", "家族は私（S52.12.1）、妻（S54.3.3）です", ["S52.12.1", "S54.3.3"]),
        .init("birth word wins over a dealer word", "来店メモ：下津様 H3.11.22生", ["H3.11.22"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("model year", "H30年式のノート", []),
        .init("shaken expiry", "車検満了 R7.3.15", []),
        .init("first registration", "初度登録 令和2年3月", []),
        .init("delivery", "納車日は2024年12月25日です", []),
        .init("licence validity", "免許は令和8年3月1日まで有効", []),
        .init("date without a birth word", "令和6年12月25日に来店します", []),
        .init("insurance expiry", "保険満期：R8.4.1", []),
    ]

    @Test(arguments: positives)
    func findsBirthdates(_ c: DetectionCase) {
        #expect(surfaces(.birthdate, in: c.text) == c.expected)
    }

    @Test(arguments: negatives)
    func refusesLookAlikes(_ c: DetectionCase) {
        #expect(surfaces(.birthdate, in: c.text) == c.expected)
    }
}
