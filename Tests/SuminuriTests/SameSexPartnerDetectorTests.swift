import Testing
@testable import Suminuri

/// A boyfriend spoken of by a man, or a girlfriend by a woman, is a same-sex partner (SEX_LIFE);
/// the same words from anyone else, about someone else's partner, or 彼女 as "she", are nothing.
@Suite struct SameSexPartnerDetectorTests {
    static let positives: [DetectionCase] = [
        .init("a man living with his boyfriend", "僕、彼氏と同棲してて、パートナー名義でローン組めますか", ["彼氏と同棲してて"]),
        .init("his own boyfriend in Kansai speech", "僕らいま家探してて うちの彼氏も運転するんよ", ["彼氏"]),
        .init("spaced simple Japanese in kana", "リー・ウェイ です。ぼく の かれし と いっしょ に すんでいます", ["かれし"]),
        .init("katakana self-reference, folded", "ボクの彼氏が運転します", ["彼氏が運転します"]),
        .init("two men", "彼氏と共同名義ってできる？俺ら男同士なんだけど", ["彼氏と共同名義ってできる", "俺ら男同士"]),
        .init("a woman living with a woman", "うち、恋人の女性と一緒に住んでるんだけど、わたしも女で", ["恋人の女性"]),
        .init("her own girlfriend", "私の彼女も運転します。女二人なので配偶者特約は？", ["彼女"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("someone else's boyfriend", "娘の彼氏が運転します。僕は助手席です。", []),
        .init("no man speaks", "私の彼氏が運転します。", []),
        .init("お礼 is no おれ", "お礼に伺います。おれいを言いたい。彼氏も来ます。", []),
        .init("a former boyfriend", "僕の元彼氏の車です。", []),
        .init("彼女 as she, told by a woman", "彼女は来週来店します。わたしも女なので話しやすいです。", []),
        .init("a girlfriend spoken of by no woman", "息子の彼女が運転します。", []),
    ]

    @Test(arguments: positives + negatives)
    func findsPartnersOfMen(_ c: DetectionCase) {
        #expect(surfaces(.sexLife, in: c.text) == c.expected)
    }
}
