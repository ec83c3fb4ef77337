import Testing
@testable import Suminuri
import TextNormalization

@Suite struct RedactionTests {
    @Test func keepsEverythingElseByteForByte() {
        let text = "お世話になります。\r\n携帯は090-1234-5678です👍🏽\r\n\tが\u{3099}ぎ　全角スペース\n"
        let redacted = sharedScanner.redact(text).text
        #expect(redacted == "お世話になります。\r\n携帯は［電話番号］です👍🏽\r\n\tが\u{3099}ぎ　全角スペース\n")
    }

    @Test func placeholdersNameTheLabelInJapanese() {
        let text = "090-1234-5678 taro@example.jp 鹿児島 300 さ 12-34"
        #expect(sharedScanner.redact(text).text == "［電話番号］ ［メールアドレス］ ［車両番号］")
    }

    @Test func maskKeepsTheLengthInCharacters() throws {
        #expect(sharedScanner.redact("TEL ０９０－１２３４－５６７８", policy: Policy(placeholder: .mask)).text == "TEL ●●●●●●●●●●●●●")
    }

    @Test func redactingTwiceFindsNothingNew() {
        let text = "連絡は０９０ー１２３４ー５６７８かtaro＠example.co.jpへ。車は品川 ５０１ わ ・・・１"
        let once = sharedScanner.redact(text)
        #expect(!once.findings.isEmpty)
        #expect(sharedScanner.scan(once.text).isEmpty)
    }

    @Test func findingsCoverWholeOriginalCharacters() {
        let text = "ｶﾞｿﾘﾝ代。〇九〇の一二三四の五六七八まで"
        for finding in sharedScanner.scan(text) {
            let surface = text[finding.range(in: text)]
            #expect(surface == "〇九〇の一二三四の五六七八")
            #expect(finding.scalarRange(in: Array(text.utf8)) == 7..<20)
        }
    }

    @Test func overlappingFindingsAreMergedNotTrimmed() throws {
        let finding = { (range: Range<Int>, label: Label) in
            Finding(label: label, range: OriginalRange(utf8: range), normalizedRange: NormalizedRange(utf8: range), confidence: 0.9, rule: "test")
        }
        let text = try #require(Normalizer().normalize("0123456789"))
        let findings = [finding(1..<5, .phone), finding(3..<8, .medical)]
        let edits = Redactor.edits(in: text, findings: findings, policy: Policy()) { [] }
        #expect(edits.count == 1)
        #expect(edits.first?.range == OriginalRange(utf8: 1..<8))
        #expect(edits.first?.findings == findings)
        var output: [UInt8] = []
        text.original.withUnsafeBufferPointer { Redactor.apply(edits, to: $0, in: 0..<10, into: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "0［要配慮個人情報］89")
    }

    @Test func thresholdsAndLabelsComeFromThePolicy() throws {
        var policy = Policy()
        policy.enabledLabels = [.email]
        #expect(sharedScanner.redact("090-1234-5678 taro@example.jp", policy: policy).text == "090-1234-5678 ［メールアドレス］")
    }

    @Test func aBrokenDictionaryNamesItsFileAndLine() throws {
        var set = DictionarySet()
        try set.add(contents: "# comment\n鹿児島\t鹿児島\n品川\n", path: "plates/regions.tsv")
        #expect(throws: DictionaryError.self) { try SensitiveDataScanner(dictionaries: set) }
        do { _ = try SensitiveDataScanner(dictionaries: set) } catch let error as DictionaryError {
            #expect(error.description.hasPrefix("plates/regions.tsv:3:"))
        }
    }

    @Test func largeInputsAreScannedInPiecesWithCorrectOffsets() {
        let line = "ダミーの文章です。携帯は090-1234-5678です。\n\n"
        let count = (sharedScanner.cutter.pieceSize / line.utf8.count) * 2 + 3
        let text = String(repeating: line, count: count)
        let findings = sharedScanner.scan(text)
        #expect(findings.count == count)
        #expect(findings.allSatisfy { text[$0.range(in: text)] == "090-1234-5678" })
    }
}
