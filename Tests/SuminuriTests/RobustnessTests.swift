import Testing
@testable import Suminuri

/// Arbitrary input never crashes a scan, and redaction changes nothing outside findings.
@Suite struct RobustnessTests {
    /// Characters that stress normalisation and the detectors: digits in every form, dashes,
    /// kana of both widths, combining marks, emoji, separators, plate and address words.
    static let alphabet: [String] = ["0", "9", "０", "９", "〇", "九", "○", "-", "ー", "ｰ", "―", "−", "の", "ノ", " ", "　", "\n", "\r\n",
        "@", "＠", ".", "(", ")", "（", "）", "〒", "市", "町", "丁目", "番地", "号", "鹿児島", "さ", "わ", "・", "ｶ", "ﾞ", "が", "\u{3099}",
        "e\u{301}", "👍🏽", "👨‍👩‍👧", "①", "㈱", "℡", "様", "さん", "糖尿病", "で通院中", "逮捕", "車いす", "障害", "a", "Z", "TEL", "\t", "\u{200D}", "\u{FE0F}"]

    @Test(arguments: 0..<40)
    func randomTextNeverCrashesAndKeepsNonFindings(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let text = (0..<(20 + seed * 7)).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }.joined()
        let findings = sharedScanner.scan(text)
        let original = Array(text.utf8)
        for finding in findings {
            #expect(finding.range.lowerBound.utf8 >= 0 && finding.range.upperBound.utf8 <= original.count)
            #expect(String(validating: original[finding.range.utf8], as: UTF8.self) != nil)
        }
        let redaction = sharedScanner.redact(text)
        if redaction.findings.isEmpty { #expect(redaction.text == text) }
        // Everything before the first finding is unchanged.
        if let first = redaction.findings.map(\.range.lowerBound.utf8).min() {
            #expect(Array(redaction.text.utf8).prefix(first) == original.prefix(first))
        }
    }

    @Test func oneHugeLineIsCutBetweenSentences() {
        let sentence = "携帯は090-1234-5678です。"
        let count = sharedScanner.cutter.pieceSize / sentence.utf8.count * 2 + 5
        let text = String(repeating: sentence, count: count)
        let findings = sharedScanner.scan(text)
        #expect(findings.count == count)
        #expect(findings.allSatisfy { text[$0.range(in: text)] == "090-1234-5678" })
    }

    @Test func emptyAndWhitespaceInputs() {
        for text in ["", "\n", "　", "\r\n\r\n", "\u{FEFF}"] {
            #expect(sharedScanner.redact(text).text == text)
        }
    }
}
