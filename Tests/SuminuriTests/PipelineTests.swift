import Testing
import TextNormalization
@testable import Suminuri

/// The engine's contract: policy per call, reports that match the edits, pieces and streams
/// that lose nothing at their edges.
@Suite struct PipelineTests {
    /// A scanner that cuts texts into tiny pieces, so that every test text crosses many cuts.
    static let tinyPieces: SensitiveDataScanner = {
        do {
            return try SensitiveDataScanner(dictionaries: .builtIn(), cutter: PieceCutter(pieceSize: 64, lookahead: 48, contextSize: 24))
        } catch { fatalError("scanner failed to build: \(error)") }
    }()

    /// Applying the reported edits to the original gives the redacted text: the report is
    /// exactly what was redacted.
    static func replay(_ original: String, _ redaction: Redaction) -> String {
        var output: [UInt8] = []
        let bytes = Array(original.utf8)
        bytes.withUnsafeBufferPointer { Redactor.apply(redaction.edits, to: $0, in: 0..<bytes.count, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    static let inquiry = """
        お世話になります。山田です。携帯は０９０ー１２３４ー５６７８、メールは taro.yamada@example.jp です。
        車は鹿児島 300 さ 12-34 のセレナです。父が糖尿病で通院中のため、送迎をお願いしたいです。

        自宅 〇九九の二二二の一二三四 でも構いません。
        """

    @Test func thePolicyIsGivenPerCall() {
        let labels = sharedScanner.redact(Self.inquiry)
        var onlyEmail = Policy()
        onlyEmail.enabledLabels = [.email]
        let email = sharedScanner.redact(Self.inquiry, policy: onlyEmail)
        #expect(labels.text.contains("［電話番号］"))
        #expect(!email.text.contains("［電話番号］"))
        #expect(email.text.contains("［メールアドレス］"))
        #expect(email.findings.map(\.label) == [.email])
    }

    @Test func theReportIsExactlyWhatWasRedacted() {
        for policy in [Policy(), Policy(placeholder: .mask), Policy(scope: .sentence)] {
            let redaction = sharedScanner.redact(Self.inquiry, policy: policy)
            #expect(Self.replay(Self.inquiry, redaction) == redaction.text)
            #expect(Set(redaction.edits.flatMap(\.findings)) == Set(redaction.findings))
            #expect(zip(redaction.edits, redaction.edits.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
        }
    }

    @Test func operatorsSeeTheWholeFinding() {
        var policy = Policy()
        policy.operators = [.phone: .mask(character: "＊", keepLast: 4), .email: .keep, .plate: .text("［車]")]
        let redaction = sharedScanner.redact("携帯は０９０ー１２３４ー５６７８、taro@example.jp、品川 500 さ 12-34", policy: policy)
        #expect(redaction.text == "携帯は＊＊＊＊＊＊＊＊＊５６７８、taro@example.jp、［車]")
        // A kept finding is reported, not edited.
        #expect(redaction.findings.map(\.label) == [.phone, .email, .plate])
        #expect(redaction.edits.count == 2)
    }

    @Test(arguments: [0, 1, 2, 5, 11, 17, 23, 29, 37, 41, 53, 61])
    func aValueCrossingAPieceEdgeIsFoundWhole(padding: Int) {
        // One long line without breaks, spaces or 。: every cut falls inside running text.
        let text = String(repeating: "あ", count: padding) + (0..<12).map { _ in "ご連絡は090-1234-5678まで" }.joined()
        let scanned = Self.tinyPieces.scan(text)
        #expect(scanned.count == 12)
        #expect(scanned.allSatisfy { text[$0.range(in: text)] == "090-1234-5678" && $0.label == .phone })
        let redaction = Self.tinyPieces.redact(text)
        #expect(redaction.text == sharedScanner.redact(text).text)
        #expect(Self.replay(text, redaction) == redaction.text)
    }

    @Test func tinyPiecesGiveTheSameRedactionAsOnePiece() {
        let text = String(repeating: Self.inquiry + "\n", count: 6)
        #expect(Self.tinyPieces.redact(text).text == sharedScanner.redact(text).text)
        #expect(Self.tinyPieces.scan(text).map(\.label) == sharedScanner.scan(text).map(\.label))
    }

    @Test(arguments: [1, 3, 7, 64, 4096])
    func aStreamFedInChunksEqualsTheWholeRedaction(chunk: Int) throws {
        let text = String(repeating: Self.inquiry + "\n", count: 4)
        let bytes = Array(text.utf8)
        var stream = Self.tinyPieces.redactionStream()
        var output: [UInt8] = []
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            output += try stream.feed(bytes[start..<end])  // cuts inside characters too
            start = end
        }
        output += try stream.finish()
        #expect(String(decoding: output, as: UTF8.self) == sharedScanner.redact(text).text)
        #expect(stream.counts[.phone] == 8)
        #expect(stream.isComplete)
    }

    @Test func aStreamStopsAtInvalidUTF8WithItsOffset() throws {
        var stream = sharedScanner.redactionStream()
        _ = try stream.feed(Array("携帯は".utf8))
        #expect(throws: RedactionStream.InvalidInput(offset: 9)) { _ = try stream.feed([0xE3, 0x81, 0xFF]) }
        // Once failed, it stays failed: nothing after the bad byte is ever passed on.
        #expect(throws: RedactionStream.InvalidInput.self) { _ = try stream.finish() }
    }

    @Test func aStreamRejectsACharacterCutOffAtTheEnd() throws {
        var stream = sharedScanner.redactionStream()
        _ = try stream.feed([0x41, 0xE3, 0x81])
        #expect(throws: RedactionStream.InvalidInput(offset: 1)) { _ = try stream.finish() }
    }

    @Test func offsetsOfTheTwoTextsAreDistinctTypes() throws {
        let text = try #require(Normalizer().normalize("０９０"))
        let normalized: NormalizedRange = NormalizedRange(utf8: 0..<3)
        let original: OriginalRange = text.originalRange(for: normalized)
        #expect(original.utf8 == 0..<9)
    }
}

extension RedactionStream.InvalidInput: Equatable {
    public static func == (a: Self, b: Self) -> Bool { a.offset == b.offset }
}
