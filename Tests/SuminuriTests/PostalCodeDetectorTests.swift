import Testing
@testable import Suminuri

@Suite struct PostalCodeDetectorTests {
    static let positives: [DetectionCase] = [
        .init("after a prefecture in an English address (regression: read as a local phone number)", "2-7-15 Ichibancho, Aoba-ku, Sendai, Miyagi 980-0811, Japan", ["980-0811"]),
        .init("postal mark", "〒892-0828 鹿児島市中央町1-2-3", ["892-0828"]),
        .init("mark and space", "〒 899-4332", ["899-4332"]),
        .init("label and one block", "郵便番号：8920828", ["8920828"]),
        .init("label then particle", "郵便番号は 891-0144 です。", ["891-0144"]),
        .init("full-width digits and dash", "〒８９２－０８４２ 鹿児島市", ["８９２－０８４２"]),
        .init("long vowel mark as dash", "〒892ー0828", ["892ー0828"]),
        .init("address label", "住所：892-0828 鹿児島県鹿児島市", ["892-0828"]),
        .init("no mark, a city follows", "山田様\n890-0081\n鹿児島市唐湊4丁目", ["890-0081"]),
        .init("no mark, a prefecture follows", "899-0401 鹿児島県", ["899-0401"]),
        .init("no mark, a district follows", "899-8102 曽於郡大崎町", ["899-8102"]),
        // ANNOTATION.md (settled): a shop's or company's address is an address, its code a code.
        .init("shop signature", "鹿児島日産 鴨池店　〒890-0063 鹿児島市鴨池2丁目", ["890-0063"]),
        .init("company line", "株式会社サンプル 〒105-0011 東京都港区芝公園4-2-8", ["105-0011"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("bare code without place", "892-0828", []),
        .init("phone", "099-222-1234", []),
        .init("phone with area code in parentheses", "(099)222-1234 鹿児島市", []),
        .init("local phone number", "日中は222-1234までお電話ください", []),
        .init("phone word then place", "TEL 222-1234 鹿児島市", []),
        .init("000 is no code", "〒000-1234", []),
        .init("customer code before a branch", "お客様コード 1234567 鹿児島支店", []),
        .init("eight digits", "〒892-08281", []),
    ]

    @Test(arguments: positives + negatives)
    func postalCodes(_ c: DetectionCase) {
        #expect(surfaces(.postalCode, in: c.text) == c.expected)
    }
}
