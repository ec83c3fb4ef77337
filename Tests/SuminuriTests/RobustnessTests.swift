import Testing
import SuminuriEvaluation
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

    /// A property over random text: the edits are exactly what changed, under every policy.
    @Test(arguments: 0..<40)
    func redactionChangesOnlyItsEdits(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed) &+ 1000)
        let text = (0..<(30 + seed * 5)).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }.joined()
        for policy in [Policy.default, Policy(scope: .sentence), Policy(placeholder: .mask)] {
            let redaction = sharedScanner.redact(text, policy: policy)
            #expect(PipelineTests.replay(text, redaction) == redaction.text)
        }
    }

    /// Redacting twice changes nothing more — except where removing one value changes the
    /// context of a neighbour that the first pass missed (a known limit, in the README: 3 of
    /// the 2,395 corpus entries when this test was written; 9 of 3,175 once voice, chat and
    /// business texts joined the corpus; 14 of 4,175 with the plain and name-heavy splits, whose
    /// Latin names and bare numbers are the usual cases; 43 of 8,175 once special-care/dev9 and
    /// dev10 joined, 45 with the rules before they did; 42 of 8,595 with names/dev9 and dev10, 47
    /// with the rules before them; 74 of 10,675 once names/dev12, special-care/dev13 and
    /// independent/test2 joined, 19 of them theirs: a family name read only once its given name is
    /// masked, 小山内 ［氏名］); 87 of 11,395 once names/dev13, special-care/dev14 and
    /// business/dev2 joined, 90 with the rules before them; 102 of 12,115 once names/dev14,
    /// special-care/dev15 and independent/test3 joined, 103 with the rules before them; 112 of
    /// 12,835 once names/dev15, special-care/dev16 and independent/test4 joined, 110 with the
    /// rules before them; 116 of 14,815 once special-care/dev18 and dev19, names/dev17, plain/dev2
    /// and independent/test5 joined; 129 of 15,535 once special-care/dev20, names/dev18 and
    /// independent/test6 joined, 127 with the rules before them; 141 of 17,035 once names/dev19
    /// and dev20, special-care/dev21 and dev22, plain/dev3 and independent/test7 joined; 152 of
    /// 18,775 once names/dev21 and dev22, special-care/dev23 and dev24, business/dev4, plain/dev4
    /// and independent/test8 joined). The bound (0.9 %) guards against more.
    @Test func aSecondRedactionFindsAlmostNothing() throws {
        let urls = try CorpusReader.files(at: [packageRoot.appendingPathComponent("Corpus").path])
        var entries = 0, changed = 0
        for url in urls {
            for entry in try CorpusReader.read(url) {
                entries += 1
                let once = sharedScanner.redact(entry.text).text
                if !sharedScanner.redact(once).edits.isEmpty { changed += 1 }
            }
        }
        #expect(entries > 2000)
        #expect(changed * 10000 <= entries * 90)
    }

    @Test func oneHugeLineIsCutBetweenSentences() {
        let sentence = "携帯は090-1234-5678です。"
        let count = sharedScanner.cutter.pieceSize / sentence.utf8.count * 2 + 5
        let text = String(repeating: sentence, count: count)
        let findings = sharedScanner.scan(text)
        #expect(findings.count == count)
        #expect(findings.allSatisfy { text[$0.range(in: text)] == "090-1234-5678" })
    }

    /// Regression: a memo rule skipped spaces past the end of the line, so a listed name and
    /// two spaces at the very end of a text crashed the scan (佐藤␠␠, ● 佐藤␠␠).
    @Test(arguments: ["佐藤  ", "● 佐藤  ", "1. 佐藤  ", "① 佐藤  \n② 田中 → 済", "・小野寺 ノート  ", "佐藤　　"])
    func aNameAndSpacesAtTheEndOfTheText(_ text: String) {
        _ = sharedScanner.scan(text)
        _ = sharedScanner.redact(text)
    }

    /// Every corpus text cut at random places, with blanks and marks around the cut (the ends of
    /// lines and texts are where rules overrun): no slice crashes a scan.
    @Test func corpusSlicesNeverCrash() throws {
        let urls = try CorpusReader.files(at: [packageRoot.appendingPathComponent("Corpus").path])
        var texts: [String] = []
        for url in urls { texts += try CorpusReader.read(url).map(\.text) }
        let pads = ["", " ", "  ", "　", "\n", " \n", "\t", "\r\n", "・", "→", "（", "："]
        var generator = SplitMix(seed: 13)
        for text in texts.enumerated().filter({ $0.offset % 3 == 0 }).map(\.element) {
            let scalars = Array(text.unicodeScalars)
            for _ in 0..<4 {
                let a = Int(generator.next() % UInt64(scalars.count + 1))
                let b = a + Int(generator.next() % UInt64(scalars.count - a + 1))
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[a..<b])
                let padded = pads[Int(generator.next() % UInt64(pads.count))] + String(slice) + pads[Int(generator.next() % UInt64(pads.count))]
                _ = sharedScanner.scan(padded)
            }
        }
    }

    @Test func emptyAndWhitespaceInputs() {
        for text in ["", "\n", "　", "\r\n\r\n", "\u{FEFF}"] {
            #expect(sharedScanner.redact(text).text == text)
        }
    }
}
