import Testing
@testable import Suminuri

@Suite struct AddressDetectorTests {
    static let positives: [DetectionCase] = [
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
    ]

    static let negatives: [DetectionCase] = [
        .init("route number", "国道10号線沿いの店舗", []),
        .init("prefectural road", "県道25号線を北へ", []),
        .init("car number", "3号車に乗ってください", []),
        .init("exit", "5番出口で待ち合わせ", []),
        .init("platform", "1番線から発車", []),
        .init("city only", "鹿児島市内の店舗で一番在庫が多いのは", []),
        .init("area only", "霧島の方に住んでいます", []),
        .init("chome without number", "3丁目の交差点を右", []),
        .init("chome only, details later", "大阪府大阪市北区梅田１丁目（詳しくは後日）", []),
        .init("order number glued to a word", "注文番号12-345です", []),
        .init("company address", "所在地：鹿児島市卸本町5-18", []),
    ]

    @Test(arguments: positives)
    func findsAddresses(_ c: DetectionCase) {
        #expect(surfaces(.address, in: c.text) == c.expected)
    }

    @Test(arguments: negatives)
    func refusesLookAlikes(_ c: DetectionCase) {
        #expect(surfaces(.address, in: c.text) == c.expected)
    }
}
