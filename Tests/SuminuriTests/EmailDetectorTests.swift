import Testing
@testable import Suminuri

@Suite struct EmailDetectorTests {
    static let positives: [DetectionCase] = [
        .init("plain", "taro.yamada@example.co.jp", ["taro.yamada@example.co.jp"]),
        .init("full-width at", "taro＠example.co.jp", ["taro＠example.co.jp"]),
        .init("full-width letters", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", ["ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"]),
        .init("(at)", "taro(at)example.com", ["taro(at)example.com"]),
        .init("at-mark in katakana", "taro アットマーク example.com", ["taro アットマーク example.com"]),
        .init("[at] and [dot]", "ryo.s[at]example[dot]com", ["ryo.s[at]example[dot]com"]),
        .init("ends at the TLD", "メールはtaro@example.jpです。", ["taro@example.jp"]),
        .init("IDN domain", "info@日本語ドメイン.jp", ["info@日本語ドメイン.jp"]),
        .init("legacy dots before at", "taro..yamada.@docomo.ne.jp", ["taro..yamada.@docomo.ne.jp"]),
        .init("spaces around full-width at", "メール taro ＠ example.jp", ["taro ＠ example.jp"]),
        .init("trailing period", "連絡先: hanako@example.com.", ["hanako@example.com"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("at a place", "山田@鹿児島店", []),
        .init("social handle", "@taro_yamada をフォロー", []),
        .init("localhost", "user@localhost", []),
        .init("retina image", "icon@2x.png", []),
        .init("domain without at", "example.com を見て", []),
    ]

    @Test(arguments: positives)
    func findsAddresses(_ c: DetectionCase) {
        #expect(surfaces(.email, in: c.text) == c.expected)
    }

    @Test(arguments: negatives)
    func refusesLookAlikes(_ c: DetectionCase) {
        #expect(surfaces(.email, in: c.text) == c.expected)
    }
}
