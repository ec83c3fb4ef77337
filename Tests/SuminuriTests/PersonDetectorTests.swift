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

    static let negatives: [DetectionCase] = [
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
    ]

    @Test(arguments: positives)
    func findsNames(_ c: DetectionCase) {
        #expect(surfaces(.person, in: c.text) == c.expected)
    }

    @Test(arguments: negatives)
    func refusesLookAlikes(_ c: DetectionCase) {
        #expect(surfaces(.person, in: c.text) == c.expected)
    }
}
