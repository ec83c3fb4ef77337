import Testing
@testable import Suminuri

@Suite struct VINDetectorTests {
    static let positives: [DetectionCase] = [
        .init("chassis after hotword", "車台番号 E13-012345", ["E13-012345"]),
        .init("chassis 7-digit serial, no hotword", "プリウス（ZVW30-1234567）の査定", ["ZVW30-1234567"]),
        .init("Leaf chassis", "リーフ（ZE1-012345）", ["ZE1-012345"]),
        .init("chassis with letter suffix", "軽トラ（DR16T-123456）", ["DR16T-123456"]),
        .init("full-width chassis", "車台番号は［Ｆ１５－３４５６７８］です", ["Ｆ１５－３４５６７８"]),
        .init("chassis after model code line", "型式：6AA-E13\n車台番号：E13-012345", ["E13-012345"]),
        .init("no trailing full stop", "車台番号は C27-123456。", ["C27-123456"]),
        .init("North American VIN with X check digit", "VIN: 1M8GDM9AXKP042788", ["1M8GDM9AXKP042788"]),
        .init("North American VIN without hotword", "輸入車 1N4BL4BVXKC123456 です", ["1N4BL4BVXKC123456"]),
        .init("Chinese VIN", "中国製（LSGAB0CD3EF654321）", ["LSGAB0CD3EF654321"]),
        .init("European VIN failing the check digit", "BMW WBA8E36000NU12345", ["WBA8E36000NU12345"]),
        .init("Japanese export VIN", "輸出仕様 JN1AZ0CP5BT012345", ["JN1AZ0CP5BT012345"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("model code", "型式 6AA-E13", []),
        .init("model code, older rule", "DAA-HE12", []),
        .init("engine codes", "原動機 HR12DE / 2ZR-FXE", []),
        .init("car name", "NV200 バネット", []),
        .init("type designation number", "型式指定番号 12345-0012", []),
        .init("part number digits", "部品番号 04465-33450", []),
        .init("part number with letters", "オイルフィルター 15208-65F0E", []),
        .init("model code and serial glued", "DBA-E12-123456", []),
        .init("policy number shaped like a chassis", "証券番号 A123-456789", []),
        .init("North American VIN failing the check digit", "VIN 1M8GDM9A1KP042788", []),
        .init("eighteen characters", "追跡番号 1Z999AA10123456784", []),
        .init("letters I O Q", "VIN 1M8GDM9AXKPO42788", []),
        .init("serial too short", "E13-01234", []),
        .init("inside a URL", "https://example.com/abcdefghjk1234567", []),
    ]

    @Test(arguments: positives + negatives)
    func vins(_ c: DetectionCase) {
        #expect(surfaces(.vin, in: c.text) == c.expected)
    }
}
