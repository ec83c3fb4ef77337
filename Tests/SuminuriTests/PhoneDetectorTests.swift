import Testing
@testable import Suminuri

@Suite struct PhoneDetectorTests {
    static let positives: [DetectionCase] = [
        .init("mobile canonical", "携帯は090-1234-5678です", ["090-1234-5678"]),
        .init("full-width digits and dash", "０９０－１２３４－５６７８", ["０９０－１２３４－５６７８"]),
        .init("long vowel mark as dash", "090ー1234ー5678", ["090ー1234ー5678"]),
        .init("half-width long vowel mark", "090ｰ1234ｰ5678", ["090ｰ1234ｰ5678"]),
        .init("horizontal bar", "090―1234―5678", ["090―1234―5678"]),
        .init("minus sign", "090−1234−5678", ["090−1234−5678"]),
        .init("kanji numerals with no", "〇九〇の一二三四の五六七八", ["〇九〇の一二三四の五六七八"]),
        .init("circle as zero", "○九○-1234-5678", ["○九○-1234-5678"]),
        .init("unseparated", "09012345678", ["09012345678"]),
        .init("spaces", "090 1234 5678", ["090 1234 5678"]),
        .init("dots", "090.1234.5678", ["090.1234.5678"]),
        .init("060 mobile", "060-1234-5678", ["060-1234-5678"]),
        .init("IP phone", "050-3123-4567", ["050-3123-4567"]),
        .init("area code in parentheses", "TEL：03(1234)5678", ["03(1234)5678"]),
        .init("full-width parentheses", "（０９９）２２２－１２３４", ["（０９９）２２２－１２３４"]),
        .init("four-digit area code", "自宅 0995-62-1234", ["0995-62-1234"]),
        .init("mis-grouped real number", "099-562-1234", ["099-562-1234"]),
        .init("two-digit 04 area", "04-2922-1234", ["04-2922-1234"]),
        .init("international", "+81-90-1234-5678", ["+81-90-1234-5678"]),
        .init("international with (0)", "+81 (0)3-3123-4567", ["+81 (0)3-3123-4567"]),
        .init("invalid exchange next to a hotword is a likely typo", "TEL 03-1234-5678", ["03-1234-5678"]),
        .init("international with trunk zero", "+81-090-1234-5678", ["+81-090-1234-5678"]),
        .init("toll free", "0120-123-456", ["0120-123-456"]),
        .init("toll free 0800", "0800-123-4567", ["0800-123-4567"]),
        .init("navi dial", "JAF 0570-00-8139", ["0570-00-8139"]),
        .init("fax", "FAX 099-222-1235", ["099-222-1235"]),
        .init("hotword glued to digits", "TEL09075512234、午前中", ["09075512234"]),
        .init("parentheses around the whole number", "携帯（090-7718-2234）まで", ["090-7718-2234"]),
        .init("spaced digits", "電話は 0 9 0 - 3 3 2 1 - 8 8 7 6 です", ["0 9 0 - 3 3 2 1 - 8 8 7 6"]),
        .init("kanji fixed number with no", "でんわ〇九九五の六三の一二四五", ["〇九九五の六三の一二四五"]),
        .init("split over a line break", "090-1234-\n5678", ["090-1234-\n5678"]),
        .init("glued to Japanese", "携帯09012345678です", ["09012345678"]),
        .init("two numbers in a row", "090-1234-5678 099-222-1234", ["090-1234-5678", "099-222-1234"]),
        .init("local number before a phone word", "日中は 222-1234 までお電話ください", ["222-1234"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("date", "2024-12-25に来店", []),
        .init("business hours", "受付 0900-1800", []),
        .init("time range", "09:00～18:00", []),
        .init("mileage", "走行距離12,345km", []),
        .init("price", "1,280,000円", []),
        .init("postal code", "〒892-0828", []),
        .init("part number 5-5", "部品番号 04465-33450", []),
        .init("order number", "注文番号 0312345678", []),
        .init("dummy grouping", "0123-456-789", []),
        .init("emergency", "110番 / 119", []),
        .init("short dials", "#7119 / #9110 / #8139 に電話", []),
        .init("chassis number", "ZVW30-1234567", []),
        .init("engine code", "E13-012345", []),
        .init("invoice number", "登録番号 T7000012050002", []),
        .init("twelve-digit number", "301212345610", []),
        .init("wareki date", "令和6年12月25日", []),
        .init("bare eight digits", "1234-5678", []),
        .init("local number without a phone word", "整理番号は 222-1234 です", []),
        .init("exchange starting with 0 without hotword", "お客様コード 0995-001234", []),
        .init("circled list marker", "①09012345678", ["09012345678"]),
    ]

    @Test(arguments: positives)
    func findsPhoneNumbers(_ c: DetectionCase) {
        #expect(surfaces(.phone, in: c.text) == c.expected)
    }

    @Test(arguments: negatives)
    func refusesLookAlikes(_ c: DetectionCase) {
        #expect(surfaces(.phone, in: c.text) == c.expected)
    }
}
