import Testing
@testable import Suminuri

/// A boyfriend spoken of by a man is a same-sex partner (SEX_LIFE); the same words from
/// anyone else, or about someone else's boyfriend, are nothing.
@Suite struct SameSexPartnerDetectorTests {
    static let positives: [DetectionCase] = [
        .init("a man living with his boyfriend", "僕、彼氏と同棲してて、パートナー名義でローン組めますか", ["彼氏と同棲してて"]),
        .init("his own boyfriend in Kansai speech", "僕らいま家探してて うちの彼氏も運転するんよ", ["彼氏"]),
        .init("spaced simple Japanese in kana", "リー・ウェイ です。ぼく の かれし と いっしょ に すんでいます", ["かれし"]),
        .init("katakana self-reference, folded", "ボクの彼氏が運転します", ["彼氏が運転し"]),
        .init("two men", "彼氏と共同名義ってできる？俺ら男同士なんだけど", ["彼氏と共同名義ってできる", "俺ら男同士なん"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("someone else's boyfriend", "娘の彼氏が運転します。僕は助手席です。", []),
        .init("no man speaks", "私の彼氏が運転します。", []),
        .init("お礼 is no おれ", "お礼に伺います。おれいを言いたい。彼氏も来ます。", []),
        .init("a former boyfriend", "僕の元彼氏の車です。", []),
    ]

    @Test(arguments: positives + negatives)
    func findsPartnersOfMen(_ c: DetectionCase) {
        #expect(surfaces(.sexLife, in: c.text) == c.expected)
    }
}
