import Testing
@testable import Suminuri

@Suite struct PhoneDetectorTests {
    static let positives: [DetectionCase] = [
        .init("order number named before, phone after it", "注文番号 5501 2278 の件は 047-331-2290 までご連絡ください", ["047-331-2290"]),
        .init("slip number then a fixed line", "伝票番号：88123409、問い合わせ先 0263-88-1234", ["0263-88-1234"]),
        .init("mobile canonical", "携帯は090-1234-5678です", ["090-1234-5678"]),
        .init("full-width digits and dash", "０９０－１２３４－５６７８", ["０９０－１２３４－５６７８"]),
        .init("long vowel mark as dash", "090ー1234ー5678", ["090ー1234ー5678"]),
        .init("half-width long vowel mark", "090ｰ1234ｰ5678", ["090ｰ1234ｰ5678"]),
        .init("horizontal bar", "090―1234―5678", ["090―1234―5678"]),
        .init("minus sign", "090−1234−5678", ["090−1234−5678"]),
        .init("kanji numerals with no", "〇九〇の一二三四の五六七八", ["〇九〇の一二三四の五六七八"]),
        .init("a spoken zero glued to kanji digits in voice input", "土曜の午後電話ちょうだい ゼロ九〇 三三二八 四四一七", ["ゼロ九〇 三三二八 四四一七"]),
        .init("spoken in kana with の and a pause between groups", "電話番号は、ぜろきゅうぜろの、よんよんにーいちの、さんごーはちなな、です", ["ぜろきゅうぜろの、よんよんにーいちの、さんごーはちなな"]),
        .init("spoken in katakana with pauses", "番号は052-911-4406、ゼロゴーニー、キューイチイチ、ヨンヨンゼロロク", ["052-911-4406", "ゼロゴーニー、キューイチイチ、ヨンヨンゼロロク"]),
        .init("spoken in spaced voice input ending in a one-kana digit before です (regression: ご was dropped)", "番号は ぜろきゅうぜろ の よんよんいちなな の さんはちにいご です", ["ぜろきゅうぜろ の よんよんいちなな の さんはちにいご"]),
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
        // A well-formed fixed-line number needs no hotword, even with an exchange starting
        // with 1 that is unassigned today: people write such numbers, and failing closed
        // means redacting them.
        .init("Tokyo number in full width inside a sentence", "ご不明点は０３－１４５６－７８９０までどうぞ", ["０３－１４５６－７８９０"]),
        .init("Tokyo number before a particle", "03-1987-6543 からかけ直します", ["03-1987-6543"]),
        .init("Sapporo 3-3-4 without hotword", "011-176-2345", ["011-176-2345"]),
        .init("Yokohama 3-3-4 without hotword", "045-132-9876", ["045-132-9876"]),
        .init("four-digit area code without hotword", "0995-12-3456 が窓口です", ["0995-12-3456"]),
        .init("ordinary exchange without hotword", "平日は092-711-4321へ", ["092-711-4321"]),
        .init("two fixed numbers in one line", "本社 06-1234-5678、支店 052-123-4567", ["06-1234-5678", "052-123-4567"]),
        // +81 fixed-line forms.
        .init("international fixed line", "+81-3-1456-7890", ["+81-3-1456-7890"]),
        .init("international fixed line with spaces", "+81 45 132 9876", ["+81 45 132 9876"]),
        .init("international fixed line with (0)", "+81 (0)11-176-2345", ["+81 (0)11-176-2345"]),
        .init("international prefix 0081", "0081-6-1234-5678", ["0081-6-1234-5678"]),
        // Any separator a person types between groups.
        .init("wave dash between groups", "099〜246〜1357", ["099〜246〜1357"]),
        .init("full-width tilde between groups", "099～246～1357", ["099～246～1357"]),
        .init("middle dot between groups", "090・2468・1357", ["090・2468・1357"]),
        .init("phone and fax after a full-width slash", "TEL 099-246-1357／FAX 099-246-1358", ["099-246-1357", "099-246-1358"]),
        .init("two numbers joined by a slash", "099-246-1357／090-2468-1357", ["099-246-1357", "090-2468-1357"]),
        .init("hotword and slash glued to the number", "Tel/090-2468-1357", ["090-2468-1357"]),
    ]

    static let negatives: [DetectionCase] = [
        .init("counts and amounts written with 、 are no phone", "在庫は3、4、5台です。価格は1、200、000円", []),
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
        // Context naming another kind of number wins over a well-formed shape.
        .init("unseparated run with exchange 1 is no phone without a hotword", "0312345678", []),
        .init("fixed-line shape after an order number word", "注文番号 03-1456-7890", []),
        .init("fixed-line shape after a slip number word", "伝票番号：045-132-9876", []),
        .init("fixed-line shape after a management number word", "管理番号 011-176-2345", []),
        .init("fixed-line shape after a corporate number word", "法人番号 06-1234-5678", []),
        .init("fixed-line shape after a serial number word", "製造番号 052-176-2345", []),
        .init("date with middle dots", "2024・12・25", []),
        .init("business hours with a tilde", "0900～1800", []),
        .init("price range", "1,000～2,000円", []),
        .init("model code", "DBA-ZVW30", []),
        .init("invoice number", "T1234567890123", []),
    ]

    /// Every range of the numbering plan file is found, written in its usual grouping: the
    /// plan lives in data, and a range added there needs no code.
    @Test func everyNonGeographicRange() throws {
        let data = try String(contentsOf: packageRoot.appendingPathComponent("Dictionaries/phone/jp-number-types.tsv"), encoding: .utf8)
        var missed: [String] = []
        for line in data.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            let prefix = f[2], length = Int(f[3])!
            let digits = prefix + String(repeating: "7", count: length - prefix.count)
            // 090-7777-7777, 0120-777-777 (service numbers), 060-777-7777.
            let written = length == 11
                ? "\(digits.prefix(3))-\(digits.dropFirst(3).prefix(4))-\(digits.suffix(4))"
                : f[0] == "toll-free"
                    ? "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(3))-\(digits.suffix(3))"
                    : "\(digits.prefix(3))-\(digits.dropFirst(3).prefix(3))-\(digits.suffix(4))"
            if surfaces(.phone, in: "番号は\(written)です") != [written] { missed.append(f[0] + " " + prefix) }
        }
        #expect(missed.isEmpty, "\(missed)")
    }

    @Test(arguments: positives)
    func findsPhoneNumbers(_ c: DetectionCase) {
        #expect(surfaces(.phone, in: c.text) == c.expected)
    }

    @Test(arguments: negatives)
    func refusesLookAlikes(_ c: DetectionCase) {
        #expect(surfaces(.phone, in: c.text) == c.expected)
    }
}
