import Testing
@testable import Suminuri

@Suite struct BankAccountDetectorTests {
    static let positives: [DetectionCase] = [
        .init("deposit type and account", "三菱UFJ銀行 鹿児島支店 普通 1234567", ["普通 1234567"]),
        .init("futsuu yokin", "引き落とし口座は南日本銀行の普通預金 0123456、名義は本人です", ["普通預金 0123456"]),
        .init("touza", "返済用口座：当座 0012345", ["当座 0012345"]),
        .init("no space", "口座は普通1122334です", ["普通1122334"]),
        .init("ideographic space and full-width digits", "口座は普通　１２０９８７６（鹿児島銀行）", ["普通　１２０９８７６"]),
        .init("hotword only: digits only", "口座番号：7654321", ["7654321"]),
        .init("deposit type after the number", "口座番号 0987654（普通）", ["0987654"]),
        .init("branch and account", "支店番号と口座番号は123-1234567です", ["123-1234567"]),
        .init("yucho kigou bangou", "ゆうちょ 12340-12345671", ["12340-12345671"]),
        .init("yucho with label", "記号番号：17770-11223341", ["17770-11223341"]),
        .init("yucho with each number labelled", "引落口座：ゆうちょ銀行 記号17120 番号48213391。", ["記号17120 番号48213391"]),
        .init("two accounts", "旧 普通 1234567 → 新 普通 7654320", ["普通 1234567", "普通 7654320"]),
        .init("shop name in kanji numerals is not the account", "店名 七一八 店番 718 普通 3210987", ["普通 3210987"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("customer number", "お客様番号 0012345 の者です", []),
        .init("quote number", "見積番号 1234567 の内容で注文します", []),
        .init("seven digits without hotword", "1234567", []),
        .init("date after account hotword", "口座振替開始日 20250127", []),
        .init("postal code", "〒892-0828", []),
        .init("phone after bank word", "鹿児島銀行 電話 099-222-1234", []),
        .init("ordinary car", "普通車 3台", []),
        .init("short branch number", "店番 718", []),
    ]

    @Test(arguments: positives + negatives)
    func bankAccounts(_ c: DetectionCase) {
        #expect(surfaces(.bankAccount, in: c.text) == c.expected)
    }
}
