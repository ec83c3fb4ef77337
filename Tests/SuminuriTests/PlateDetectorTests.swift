import Testing
@testable import Suminuri

@Suite struct PlateDetectorTests {
    static let positives: [DetectionCase] = [
        .init("serial of one and two digits", "車は鹿児島 500 て 3-71 の件です", ["鹿児島 500 て 3-71"]),
        .init("serial read out with no", "車は品川 さんまるまる あ いちにのさんよんです", ["品川 さんまるまる あ いちにのさんよん"]),
        .init("canonical", "鹿児島300さ1234", ["鹿児島300さ1234"]),
        .init("spaces and hyphen", "鹿児島 300 さ 12-34の車", ["鹿児島 300 さ 12-34"]),
        .init("full-width", "鹿児島３００さ１２－３４", ["鹿児島３００さ１２－３４"]),
        .init("rental with dot fill", "品川 ５０１ わ ・・・１", ["品川 ５０１ わ ・・・１"]),
        .init("half-width dot fill", "奄美 500 ね ･123", ["奄美 500 ね ･123"]),
        .init("kei car", "鹿児島580あ12-34", ["鹿児島580あ12-34"]),
        .init("letter in class", "練馬 30A す 12-34", ["練馬 30A す 12-34"]),
        .init("kei letter in class", "鹿児島 5PX う 88-88", ["鹿児島 5PX う 88-88"]),
        .init("US forces letter", "沖縄 300 Y 1234", ["沖縄 300 Y 1234"]),
        .init("ke variant", "袖ケ浦300せ1234", ["袖ケ浦300せ1234"]),
        .init("class omitted", "鹿児島 さ 1234", ["鹿児島 さ 1234"]),
        .init("two lines", "鹿児島500\nね12-34", ["鹿児島500\nね12-34"]),
        .init("region omitted", "300さ1234です", ["300さ1234"]),
        .init("old two-digit class", "足立 33 あ 12-34", ["足立 33 あ 12-34"]),
        .init("katakana kana", "鹿児島300サ1234", ["鹿児島300サ1234"]),
        .init("space inside serial", "鹿児島 300 さ 12 34 の車", ["鹿児島 300 さ 12 34"]),
        .init("line break before serial", "鹿児島 330 な\n56-12 の車", ["鹿児島 330 な\n56-12"]),
        .init("gotochi name", "富士山 300 さ 1234", ["富士山 300 さ 1234"]),
        .init("kanji numerals", "品川三〇〇あ一二‐三四の車です", ["品川三〇〇あ一二‐三四"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("shinkansen", "品川500系に乗った", []),
        .init("price", "大阪300円", []),
        .init("surname with san", "豊田さん 1234円", []),
        .init("size class", "3ナンバーの車", []),
        .init("member number", "会員ナンバー1234", []),
        .init("address block", "鹿児島市300番地", []),
        .init("particle and count", "熊本の2店舗", []),
        .init("mileage", "300km走った", []),
        .init("count with particle", "100の2", []),
    ]

    @Test(arguments: positives)
    func findsPlates(_ c: DetectionCase) {
        #expect(surfaces(.plate, in: c.text) == c.expected)
    }

    @Test(arguments: negatives)
    func refusesLookAlikes(_ c: DetectionCase) {
        #expect(surfaces(.plate, in: c.text) == c.expected)
    }
}
