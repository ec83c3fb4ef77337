import Foundation
import Testing
@testable import Suminuri
@testable import SuminuriEvaluation

/// Values written to slip past: every technique applied to every value, each case marked
/// whether it must be caught. A case is caught when redaction covers every significant
/// character of the written value (all but spaces, dashes and separators), and the value
/// cannot be read in the output by the leak check of `suminuri eval`. Known limits are listed
/// in the README and asserted here as not caught yet, so that fixing one is noticed.
@Suite struct EvasionTests {
    struct Value: Sendable {
        let name: String
        let label: Label
        let before: String
        let value: String
        let after: String
    }

    static let numbers: [Value] = [
        Value(name: "mobile", label: .phone, before: "携帯は", value: "090-2468-1357", after: "です。"),
        Value(name: "landline", label: .phone, before: "自宅の電話は", value: "03-3123-4567", after: "です。"),
        Value(name: "toll-free", label: .phone, before: "フリーダイヤル", value: "0120-123-456", after: "まで。"),
        Value(name: "IP phone", label: .phone, before: "電話 ", value: "050-3123-4567", after: " にお願いします。"),
        Value(name: "card", label: .card, before: "カード番号 ", value: "4111 1111 1111 1111", after: " です。"),
        Value(name: "my number", label: .myNumber, before: "マイナンバーは", value: "123456789018", after: "です。"),
    ]

    /// How a technique changes a value, and whether it must be caught.
    struct Technique: Sendable {
        let name: String
        let mustCatch: Bool
        let apply: @Sendable (String) -> String
    }

    static func perCharacter(_ value: String, _ body: (Character) -> String) -> String { value.map(body).joined() }
    static func digits(_ value: String, _ body: @escaping (Character) -> String) -> String {
        perCharacter(value) { $0.isASCII && $0.isNumber ? body($0) : String($0) }
    }
    static func between(_ value: String, _ separator: String) -> String { value.map(String.init).joined(separator: separator) }
    static func scalar(_ value: UInt32) -> String { String(Character(Unicode.Scalar(value)!)) }
    static func fullWidth(_ c: Character) -> String { scalar(0xFF10 + UInt32(c.asciiValue! - 0x30)) }
    static let kanji: [Character: String] = ["0": "〇", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"]

    static let numberTechniques: [Technique] = [
        Technique(name: "plain", mustCatch: true) { $0 },
        Technique(name: "zero-width space between characters", mustCatch: true) { between($0, "\u{200B}") },
        Technique(name: "zero-width non-joiner", mustCatch: true) { between($0, "\u{200C}") },
        Technique(name: "zero-width joiner", mustCatch: true) { between($0, "\u{200D}") },
        Technique(name: "word joiner", mustCatch: true) { between($0, "\u{2060}") },
        Technique(name: "byte order mark inside", mustCatch: true) { between($0, "\u{FEFF}") },
        Technique(name: "soft hyphen", mustCatch: true) { between($0, "\u{00AD}") },
        Technique(name: "left-to-right mark", mustCatch: true) { between($0, "\u{200E}") },
        Technique(name: "variation selector after digits", mustCatch: true) { digits($0) { "\($0)\u{FE0F}" } },
        Technique(name: "keycap digits", mustCatch: true) { digits($0) { "\($0)\u{FE0F}\u{20E3}" } },
        Technique(name: "combining mark on digits", mustCatch: false) { digits($0) { "\($0)\u{0301}" } },
        Technique(name: "NUL between groups", mustCatch: true) { $0.replacingOccurrences(of: "-", with: "\u{0}").replacingOccurrences(of: " ", with: "\u{0}") },
        Technique(name: "decimal character references", mustCatch: true) { digits($0) { "&#\($0.asciiValue!);" } },
        Technique(name: "hex character references", mustCatch: true) { digits($0) { "&#x\(String($0.asciiValue!, radix: 16));" } },
        Technique(name: "some digits as references", mustCatch: true) { value in
            var count = 0
            return digits(value) { c in count += 1; return count % 3 == 0 ? "&#\(c.asciiValue!);" : String(c) }
        },
        Technique(name: "full width", mustCatch: true) { digits($0, fullWidth) },
        Technique(name: "mixed widths", mustCatch: true) { value in
            var count = 0
            return digits(value) { c in count += 1; return count.isMultiple(of: 2) ? fullWidth(c) : String(c) }
        },
        Technique(name: "full-width dashes", mustCatch: true) { $0.replacingOccurrences(of: "-", with: "－") },
        Technique(name: "long vowel marks as dashes", mustCatch: true) { $0.replacingOccurrences(of: "-", with: "ー") },
        Technique(name: "minus signs as dashes", mustCatch: true) { $0.replacingOccurrences(of: "-", with: "−") },
        Technique(name: "em dashes", mustCatch: true) { $0.replacingOccurrences(of: "-", with: "—") },
        Technique(name: "letter O for zero", mustCatch: true) { $0.replacingOccurrences(of: "0", with: "O") },
        Technique(name: "full-width O for zero", mustCatch: true) { $0.replacingOccurrences(of: "0", with: "Ｏ") },
        Technique(name: "letter l for one", mustCatch: true) { $0.replacingOccurrences(of: "1", with: "l") },
        Technique(name: "letter I for one", mustCatch: true) { $0.replacingOccurrences(of: "1", with: "I") },
        Technique(name: "circle for zero", mustCatch: true) { $0.replacingOccurrences(of: "0", with: "○") },
        Technique(name: "superscript digits", mustCatch: true) { digits($0) { c in
            let superscripts: [Character: String] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"]
            return superscripts[c]!
        } },
        Technique(name: "mathematical bold digits", mustCatch: true) { digits($0) { scalar(0x1D7CE + UInt32($0.asciiValue! - 0x30)) } },
        Technique(name: "kanji numerals", mustCatch: true) { digits($0) { kanji[$0]! } },
        Technique(name: "kanji numerals with の", mustCatch: true) { digits($0) { kanji[$0]! }.replacingOccurrences(of: "-", with: "の").replacingOccurrences(of: " ", with: "の") },
        Technique(name: "ideographic spaces between groups", mustCatch: true) { $0.replacingOccurrences(of: "-", with: "　").replacingOccurrences(of: " ", with: "　") },
        Technique(name: "no-break spaces between groups", mustCatch: true) { $0.replacingOccurrences(of: "-", with: "\u{00A0}").replacingOccurrences(of: " ", with: "\u{00A0}") },
        Technique(name: "thin spaces between groups", mustCatch: true) { $0.replacingOccurrences(of: "-", with: "\u{2009}").replacingOccurrences(of: " ", with: "\u{2009}") },
        Technique(name: "line break between groups", mustCatch: true) { value in
            let separator: Character = value.contains("-") ? "-" : " "
            guard let last = value.lastIndex(of: separator) else { return value }
            return String(value[..<last]) + "\n" + String(value[value.index(after: last)...])
        },
        Technique(name: "CRLF between groups", mustCatch: true) { value in
            let separator: Character = value.contains("-") ? "-" : " "
            guard let last = value.lastIndex(of: separator) else { return value }
            return String(value[..<last]) + "\r\n" + String(value[value.index(after: last)...])
        },
        Technique(name: "dots between groups", mustCatch: true) { $0.replacingOccurrences(of: "-", with: ".") },
        Technique(name: "circled digits", mustCatch: false) { digits($0) { c in c == "0" ? "⓪" : scalar(0x2460 + UInt32(c.asciiValue! - 0x31)) } },
        Technique(name: "parenthesised digits", mustCatch: false) { digits($0) { c in c == "0" ? "(0)" : scalar(0x2474 + UInt32(c.asciiValue! - 0x31)) } },
        Technique(name: "old-style kanji numerals 壱弐参", mustCatch: false) { digits($0) { c in
            let old: [Character: String] = ["0": "零", "1": "壱", "2": "弐", "3": "参", "4": "四", "5": "伍", "6": "六", "7": "七", "8": "八", "9": "九"]
            return old[c]!
        } },
        Technique(name: "digits spelled in katakana", mustCatch: true) { digits($0) { c in
            let spoken: [Character: String] = ["0": "ゼロ", "1": "イチ", "2": "ニ", "3": "サン", "4": "ヨン", "5": "ゴ", "6": "ロク", "7": "ナナ", "8": "ハチ", "9": "キュウ"]
            return spoken[c]!
        } },
        Technique(name: "spaces between every digit", mustCatch: false) { between($0.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: ""), " ") },
        Technique(name: "words between groups", mustCatch: false) { $0.replacingOccurrences(of: "-", with: "の次に").replacingOccurrences(of: " ", with: "の次に") },
        Technique(name: "emoji between groups", mustCatch: false) { $0.replacingOccurrences(of: "-", with: "📞").replacingOccurrences(of: " ", with: "📞") },
    ]

    static let emails: [(name: String, text: String, mustCatch: Bool)] = [
        ("plain", "taro.yamada@example.jp", true),
        ("full-width at", "taro.yamada＠example.jp", true),
        ("full-width everything", "ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ", true),
        ("(at)", "taro.yamada(at)example.jp", true),
        ("[at]", "taro.yamada[at]example.jp", true),
        ("アットマーク", "taro.yamadaアットマークexample.jp", true),
        ("アット", "taro.yamadaアットexample.jp", true),
        ("spaces around at", "taro.yamada @ example.jp", true),
        ("at as reference", "taro.yamada&#64;example.jp", true),
        ("zero-width space inside", "taro.ya\u{200B}mada@exam\u{200B}ple.jp", true),
        ("soft hyphen inside", "taro.ya\u{00AD}mada@example.jp", true),
        ("upper case", "TARO.YAMADA@EXAMPLE.JP", true),
        ("dot spelled", "taro.yamada@example dot jp", false),
    ]

    static let plates: [(name: String, text: String, mustCatch: Bool)] = [
        ("plain", "品川 500 さ 12-34", true),
        ("kana in katakana", "品川 500 サ 12-34", true),
        ("kana half-width", "品川 500 ｻ 12-34", true),
        ("full-width digits", "品川 ５００ さ １２－３４", true),
        ("no spaces", "品川500さ12-34", true),
        ("dots for leading zeros", "品川 500 さ ・・12", true),
        ("zero-width spaces", "品川\u{200B}500\u{200B}さ\u{200B}12-34", true),
        ("kanji numerals", "品川 五〇〇 さ 一二-三四", true),
    ]

    /// Cases whose value differs from their technique's mark: known misses of techniques that
    /// are otherwise caught (README, known limits), and limits that this value escapes.
    static let flipped: Set<String> = [
        "card: letter l for one", "card: letter I for one",  // 4111 → 4lll: more letters than digits
        "card: kanji numerals with の",
        "mobile: spaces between every digit", "landline: spaces between every digit",
        "toll-free: spaces between every digit", "IP phone: spaces between every digit",
        "card: spaces between every digit", "my number: spaces between every digit",
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        let technique: String
        let valueName: String
        let label: Label
        let text: String
        /// The value as written in `text` (UTF-8 byte range).
        let written: Range<Int>
        let value: String
        let mustCatch: Bool
        var testDescription: String { "\(valueName): \(technique)" }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for value in numbers {
            for technique in numberTechniques {
                let written = technique.apply(value.value)
                // A technique that does not change this value (no dashes to replace) adds nothing.
                if written == value.value && technique.name != "plain" { continue }
                let key = "\(value.name): \(technique.name)"
                cases.append(Case(technique: technique.name, valueName: value.name, label: value.label,
                                  text: value.before + written + value.after,
                                  written: value.before.utf8.count..<(value.before.utf8.count + written.utf8.count),
                                  value: value.value, mustCatch: technique.mustCatch != flipped.contains(key)))
            }
        }
        for email in emails {
            let before = "メールは"
            cases.append(Case(technique: email.name, valueName: "email", label: .email, text: before + email.text + "までお願いします。",
                              written: before.utf8.count..<(before.utf8.count + email.text.utf8.count),
                              value: "yamada", mustCatch: email.mustCatch))
        }
        for plate in plates {
            let before = "車は"
            cases.append(Case(technique: plate.name, valueName: "plate", label: .plate, text: before + plate.text + "のセレナです。",
                              written: before.utf8.count..<(before.utf8.count + plate.text.utf8.count),
                              value: "12-34", mustCatch: plate.mustCatch))
        }
        return cases
    }()

    /// Characters a reader does not need to read a value: spaces, separators, invisibles.
    static func isSignificant(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace || scalar.properties.generalCategory == .format { return false }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return false }
        if (0xFE00...0xFE0F).contains(scalar.value) || scalar.value < 0x20 { return false }
        return !"-－ー−—.・の次に".unicodeScalars.contains(scalar)
    }

    static func caught(_ row: Case) -> Bool {
        let redaction = sharedScanner.redact(row.text)
        let bytes = Array(row.text.utf8)
        var offset = row.written.lowerBound
        for scalar in String(decoding: bytes[row.written], as: UTF8.self).unicodeScalars {
            let length = String(scalar).utf8.count
            defer { offset += length }
            guard isSignificant(scalar) else { continue }
            if !redaction.edits.contains(where: { $0.range.utf8.contains(offset) }) { return false }
        }
        let folded = LeakCheck.fold(Array(redaction.text.utf8))
        return !LeakCheck.leaks(row.value, label: row.label == .plate ? .phone : row.label, in: folded)
    }

    @Test func theSuiteIsLargeEnough() {
        #expect(Self.cases.count >= 250)
    }

    @Test(arguments: cases.filter(\.mustCatch))
    func mustBeCaught(_ row: Case) {
        #expect(Self.caught(row))
    }

    @Test(arguments: cases.filter { !$0.mustCatch })
    func knownLimitsAreStillLimits(_ row: Case) {
        // When one of these starts being caught, move it to mustCatch and the README's list.
        #expect(!Self.caught(row))
    }

    /// Writes the caught/total table per technique when SUMINURI_EVASION_REPORT names a file
    /// (for the release note; tests never print).
    @Test func reportPerTechnique() throws {
        guard let path = ProcessInfo.processInfo.environment["SUMINURI_EVASION_REPORT"] else { return }
        var totals: [String: (caught: Int, total: Int, must: Bool)] = [:]
        var order: [String] = []
        for row in Self.cases {
            let key = row.valueName == "email" || row.valueName == "plate" ? "\(row.valueName): \(row.technique)" : row.technique
            if totals[key] == nil { order.append(key) }
            var entry = totals[key] ?? (0, 0, row.mustCatch)
            entry.total += 1
            if Self.caught(row) { entry.caught += 1 }
            totals[key] = entry
        }
        var out = "technique\tcaught/total\tmust catch\n"
        for key in order { let e = totals[key]!; out += "\(key)\t\(e.caught)/\(e.total)\t\(e.must ? "yes" : "known limit")\n" }
        let all = Self.cases.filter { Self.caught($0) }.count
        out += "all\t\(all)/\(Self.cases.count)\n"
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
