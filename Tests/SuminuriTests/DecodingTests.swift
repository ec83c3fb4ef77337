import Foundation
import Testing
import TextNormalization

// Fixtures were produced once with glibc `iconv -f UTF-8 -t <charset> | xxd -p` and are embedded
// as bytes, so the tests never shell out. The expected strings are the iconv input, except where
// a comment says how ICU's mapping differs.

/// A table row for `decode(_:declared:)`. The row's name is what test output shows.
struct DecodeCase: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let declared: Charset?
    let expected: String
    let charset: Charset
    let evidence: Detection.Evidence
    var substitutions = 0

    var testDescription: String { name }
}

/// A table row for `decodeStrict(_:as:)` on bad input: where and why it must fail.
struct StrictFailureCase: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let charset: Charset
    let reason: DecodingError.Reason
    let offset: Int
    let length: Int
    /// Text present in the input that no error message may repeat.
    let secret: String

    var testDescription: String { name }
}

enum DecodingFixtures {
    /// 山田太郎様\nお問い合わせの件、承りました。 (iconv -t ISO-2022-JP)
    static let iso2022JP: [UInt8] = [
        0x1b, 0x24, 0x42, 0x3b, 0x33, 0x45, 0x44, 0x42, 0x40, 0x4f, 0x3a, 0x4d, 0x4d, 0x1b, 0x28, 0x42,
        0x0a, 0x1b, 0x24, 0x42, 0x24, 0x2a, 0x4c, 0x64, 0x24, 0x24, 0x39, 0x67, 0x24, 0x6f, 0x24, 0x3b,
        0x24, 0x4e, 0x37, 0x6f, 0x21, 0x22, 0x3e, 0x35, 0x24, 0x6a, 0x24, 0x5e, 0x24, 0x37, 0x24, 0x3f,
        0x21, 0x23, 0x1b, 0x28, 0x42,
    ]
    static let iso2022JPText = "山田太郎様\nお問い合わせの件、承りました。"

    /// ｶﾀｶﾅ と 全角. glibc's ISO-2022-JP refuses half-width kana ("illegal input sequence"), so
    /// this comes from `-t ISO-2022-JP-3`, which writes them after `ESC ( I` as mailers do.
    static let iso2022JPHalfWidthKana: [UInt8] = [
        0x1b, 0x28, 0x49, 0x36, 0x40, 0x36, 0x45, 0x1b, 0x28, 0x42, 0x20, 0x1b, 0x24, 0x42, 0x24, 0x48,
        0x1b, 0x28, 0x42, 0x20, 0x1b, 0x24, 0x42, 0x41, 0x34, 0x33, 0x51, 0x1b, 0x28, 0x42,
    ]

    /// ①株式会社 ㈱髙橋〜－ (iconv -t CP932): NEC row 13 (①, ㈱) and an IBM extension (髙).
    static let cp932Extensions: [UInt8] = [
        0x87, 0x40, 0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0, 0x20, 0x87, 0x8a, 0xfb, 0xfc, 0x8b,
        0xb4, 0x81, 0x60, 0x81, 0x7c,
    ]
    /// glibc wrote 〜 (U+301C) as 0x8160, which ICU's cp932 reads back as ～ (U+FF5E).
    static let cp932ExtensionsText = "①株式会社 ㈱髙橋\u{FF5E}\u{FF0D}"

    /// 東京都千代田区 あいうえお (iconv -t EUC-JP)
    static let eucJP: [UInt8] = [
        0xc5, 0xec, 0xb5, 0xfe, 0xc5, 0xd4, 0xc0, 0xe9, 0xc2, 0xe5, 0xc5, 0xc4, 0xb6, 0xe8, 0x20, 0xa4,
        0xa2, 0xa4, 0xa4, 0xa4, 0xa6, 0xa4, 0xa8, 0xa4, 0xaa,
    ]

    /// あいうえお (iconv -t EUC-JP): also valid Shift_JIS, as ten half-width katakana.
    static let eucJPKanaOnly: [UInt8] = [0xa4, 0xa2, 0xa4, 0xa4, 0xa4, 0xa6, 0xa4, 0xa8, 0xa4, 0xaa]

    /// BOM + 住所：東京 (UTF-8)
    static let utf8WithBOM: [UInt8] = [
        0xef, 0xbb, 0xbf, 0xe4, 0xbd, 0x8f, 0xe6, 0x89, 0x80, 0xef, 0xbc, 0x9a, 0xe6, 0x9d, 0xb1, 0xe4,
        0xba, 0xac,
    ]

    /// Café Zürich (iconv -t ISO-8859-1)
    static let latin1: [UInt8] = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]

    /// お名前は佐藤です (iconv -t SHIFT_JIS)
    static let shiftJIS: [UInt8] = [
        0x82, 0xa8, 0x96, 0xbc, 0x91, 0x4f, 0x82, 0xcd, 0x8d, 0xb2, 0x93, 0xa1, 0x82, 0xc5, 0x82, 0xb7,
    ]
    static let shiftJISText = "お名前は佐藤です"

    /// é東京 (iconv -t ISO-2022-JP-2): glibc chose JIS X 0212 (`ESC $ ( D`) for é.
    static let iso2022JPWithJISX0212: [UInt8] = [
        0x1b, 0x24, 0x28, 0x44, 0x2b, 0x31, 0x1b, 0x24, 0x42, 0x45, 0x6c, 0x35, 0x7e, 0x1b, 0x28, 0x42,
    ]

    /// 電話番号 (iconv -t ISO-2022-JP) cut inside 話: ESC $ B 45 45 4F.
    static let iso2022JPTruncated: [UInt8] = [0x1b, 0x24, 0x42, 0x45, 0x45, 0x4f]

    /// No text at all: NUL, a PNG signature's bytes, an overlong UTF-8 slash, stray high bytes.
    static let binaryGarbage: [UInt8] = [
        0x00, 0xff, 0xfe, 0x80, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xc0, 0xaf, 0xf8, 0xa0,
    ]
}

@Suite struct DecodingTests {
    typealias F = DecodingFixtures

    static let decodeCases: [DecodeCase] = [
        DecodeCase(name: "ISO-2022-JP", bytes: F.iso2022JP, declared: .iso2022JP,
                   expected: F.iso2022JPText, charset: .iso2022JP, evidence: .declaredLabel),
        DecodeCase(name: "ISO-2022-JP with half-width kana (ESC ( I)", bytes: F.iso2022JPHalfWidthKana,
                   declared: .iso2022JP, expected: "ｶﾀｶﾅ と 全角", charset: .iso2022JP, evidence: .declaredLabel),
        DecodeCase(name: "Shift_JIS with cp932 extensions", bytes: F.cp932Extensions, declared: .shiftJIS,
                   expected: F.cp932ExtensionsText, charset: .shiftJIS, evidence: .declaredLabel),
        DecodeCase(name: "EUC-JP", bytes: F.eucJP, declared: .eucJP,
                   expected: "東京都千代田区 あいうえお", charset: .eucJP, evidence: .declaredLabel),
        DecodeCase(name: "UTF-8 with BOM", bytes: F.utf8WithBOM, declared: .utf8,
                   expected: "住所：東京", charset: .utf8, evidence: .declaredLabel),
        DecodeCase(name: "UTF-8 BOM outranks a Shift_JIS label", bytes: F.utf8WithBOM, declared: .shiftJIS,
                   expected: "住所：東京", charset: .utf8, evidence: .byteOrderMark),
        DecodeCase(name: "Latin-1", bytes: F.latin1, declared: .isoLatin1,
                   expected: "Café Zürich", charset: .isoLatin1, evidence: .declaredLabel),
        DecodeCase(name: "windows-1252 (same bytes)", bytes: F.latin1, declared: .windows1252,
                   expected: "Café Zürich", charset: .windows1252, evidence: .declaredLabel),
        DecodeCase(name: "empty input", bytes: [], declared: .shiftJIS,
                   expected: "", charset: .shiftJIS, evidence: .declaredLabel),
        // No label: detection.
        DecodeCase(name: "no label: ISO-2022-JP by escapes", bytes: F.iso2022JP, declared: nil,
                   expected: F.iso2022JPText, charset: .iso2022JP, evidence: .escapeSequences),
        DecodeCase(name: "no label: JIS X 0212 designation → ISO-2022-JP-1", bytes: F.iso2022JPWithJISX0212,
                   declared: nil, expected: "é東京", charset: .iso2022JP1, evidence: .escapeSequences),
        DecodeCase(name: "no label: UTF-8 with BOM", bytes: F.utf8WithBOM, declared: nil,
                   expected: "住所：東京", charset: .utf8, evidence: .byteOrderMark),
        DecodeCase(name: "no label: ASCII is UTF-8", bytes: Array("Re: hello".utf8), declared: nil,
                   expected: "Re: hello", charset: .utf8, evidence: .validUTF8),
        DecodeCase(name: "no label: Shift_JIS", bytes: F.shiftJIS, declared: nil,
                   expected: F.shiftJISText, charset: .shiftJIS, evidence: .onlyJapaneseCandidate),
        DecodeCase(name: "no label: EUC-JP kana that also read as half-width Shift_JIS", bytes: F.eucJPKanaOnly,
                   declared: nil, expected: "あいうえお", charset: .eucJP, evidence: .japaneseScore),
        // Wrong label: the declared charset fails strictly, detection decides.
        DecodeCase(name: "wrong label: EUC-JP declared, Shift_JIS bytes", bytes: F.shiftJIS, declared: .eucJP,
                   expected: F.shiftJISText, charset: .shiftJIS, evidence: .onlyJapaneseCandidate),
        DecodeCase(name: "wrong label: ISO-2022-JP declared, raw UTF-8 bytes", bytes: Array("東京都".utf8),
                   declared: .iso2022JP, expected: "東京都", charset: .utf8, evidence: .validUTF8),
        // Last resort: lenient, substitutions counted.
        DecodeCase(name: "lenient: US-ASCII declared, Latin-1 bytes (the label wins the tie)", bytes: F.latin1,
                   declared: .usASCII, expected: "Caf\u{FFFD} Z\u{FFFD}rich", charset: .usASCII,
                   evidence: .fewestSubstitutions, substitutions: 2),
        DecodeCase(name: "lenient: truncated ISO-2022-JP", bytes: F.iso2022JPTruncated, declared: .iso2022JP,
                   expected: "電\u{FFFD}", charset: .iso2022JP, evidence: .fewestSubstitutions, substitutions: 1),
        DecodeCase(name: "lenient: truncated ISO-2022-JP without a label", bytes: F.iso2022JPTruncated, declared: nil,
                   expected: "電\u{FFFD}", charset: .iso2022JP, evidence: .fewestSubstitutions, substitutions: 1),
    ]

    @Test(arguments: decodeCases)
    func decodes(_ row: DecodeCase) throws {
        let decoded = try TextDecoder.decode(row.bytes, declared: row.declared)
        #expect(String(validating: decoded.utf8, as: UTF8.self) == row.expected)
        #expect(decoded.charset == row.charset)
        #expect(decoded.detection.evidence == row.evidence)
        #expect(decoded.detection.declared == row.declared)
        #expect(decoded.detection.substitutions == row.substitutions)
        #expect(decoded.detection.isLenient == (row.substitutions > 0))
        #expect(decoded.detection.usedDeclaredLabel == (row.evidence == .declaredLabel))
        #expect(!decoded.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        // A label that decoded strictly, or no label, leaves no failure behind.
        if row.evidence == .declaredLabel || row.declared == nil || row.evidence == .byteOrderMark {
            #expect(decoded.detection.declaredFailure == nil)
        } else {
            #expect(decoded.detection.declaredFailure?.charset == row.declared)
        }
    }

    @Test func wrongLabelRecordsWhereTheDeclaredCharsetFailed() throws {
        let decoded = try TextDecoder.decode(F.shiftJIS, declared: .eucJP)
        let failure = try #require(decoded.detection.declaredFailure)
        // 0x82 is a C1 control in EUC-JP; the pair 0xA8 0x96 at offset 1 is not EUC-JP.
        #expect(failure.reason == .illegalSequence)
        #expect(failure.byteOffset == 1)
        #expect(!failure.description.contains(F.shiftJISText))
        #expect(!failure.description.contains("佐藤"))
    }

    @Test func binaryGarbageIsDecodedLenientlyAndCounted() throws {
        let decoded = try TextDecoder.decode(F.binaryGarbage, declared: nil)
        let text = try #require(String(validating: decoded.utf8, as: UTF8.self))
        let replacements = text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
        #expect(decoded.detection.evidence == .fewestSubstitutions)
        #expect(decoded.detection.isLenient)
        #expect(decoded.detection.substitutions == replacements)
        // The one U+001A is the input's own 0x1A: nothing was substituted with ICU's default.
        #expect(text.unicodeScalars.filter { $0 == "\u{1A}" }.count == 1)
        #expect(TextDecoder.detect(F.binaryGarbage) == nil)
    }

    static let strictFailures: [StrictFailureCase] = [
        StrictFailureCase(name: "Shift_JIS: 0x81 followed by a space", bytes: Array(F.shiftJIS[0..<4]) + [0x81, 0x20] + Array(F.shiftJIS[4...]),
                          charset: .shiftJIS, reason: .illegalSequence, offset: 4, length: 1, secret: "お名前"),
        StrictFailureCase(name: "Shift_JIS: unassigned single byte 0xA0", bytes: Array(F.shiftJIS[0..<6]) + [0xA0],
                          charset: .shiftJIS, reason: .unmappableSequence, offset: 6, length: 1, secret: "お名前"),
        StrictFailureCase(name: "ISO-2022-JP: truncated inside a character", bytes: F.iso2022JPTruncated,
                          charset: .iso2022JP, reason: .truncatedSequence, offset: 5, length: 1, secret: "電"),
        StrictFailureCase(name: "ISO-2022-JP: 8-bit bytes", bytes: Array("電話".utf8),
                          charset: .iso2022JP, reason: .illegalSequence, offset: 0, length: 1, secret: "電話"),
        StrictFailureCase(name: "ISO-2022-JP: JIS X 0212 needs ISO-2022-JP-1", bytes: F.iso2022JPWithJISX0212,
                          charset: .iso2022JP, reason: .illegalSequence, offset: 0, length: 4, secret: "東京"),
        StrictFailureCase(name: "UTF-8: offset counts the removed BOM", bytes: F.utf8WithBOM + [0xFF],
                          charset: .utf8, reason: .illegalSequence, offset: 18, length: 1, secret: "住所"),
        StrictFailureCase(name: "UTF-8: truncated at the end", bytes: Array("東京".utf8) + [0xE3, 0x81],
                          charset: .utf8, reason: .truncatedSequence, offset: 6, length: 2, secret: "東京"),
        StrictFailureCase(name: "US-ASCII: Latin-1 byte", bytes: F.latin1,
                          charset: .usASCII, reason: .illegalSequence, offset: 3, length: 1, secret: "Caf"),
        StrictFailureCase(name: "EUC-JP: Shift_JIS bytes", bytes: F.shiftJIS,
                          charset: .eucJP, reason: .illegalSequence, offset: 1, length: 1, secret: "佐藤"),
    ]

    @Test(arguments: strictFailures)
    func strictDecodeFailsWithPosition(_ row: StrictFailureCase) {
        let error = #expect(throws: DecodingError.self) { try TextDecoder.decodeStrict(row.bytes, as: row.charset) }
        guard let error else { return }
        #expect(error.reason == row.reason)
        #expect(error.charset == row.charset)
        #expect(error.byteOffset == row.offset)
        #expect(error.sequenceLength == row.length)
        for rendering in [error.description, String(reflecting: error), "\(error)", error.localizedDescription] {
            let leaks = rendering.contains(row.secret)
            let ascii = rendering.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(!leaks)
            #expect(ascii)
        }
    }

    @Test func strictDecodeNeverSubstitutes() throws {
        // ICU's default callback would write U+001A here; the STOP callback must throw instead.
        #expect(throws: DecodingError.self) { try TextDecoder.decodeStrict([0x41, 0xA0, 0x42], as: .shiftJIS) }
        #expect(try TextDecoder.decodeStrict(F.cp932Extensions, as: .shiftJIS) == Array(F.cp932ExtensionsText.utf8))
    }

    @Test func shiftJISKeepsControlCodesAsWritten() throws {
        // ICU's ibm-943 permutes 0x1A, 0x1C and 0x7F; the decoder undoes it.
        let controls: [UInt8] = [0x1A, 0x1C, 0x7F, 0x41, 0x82, 0xA0]
        #expect(try TextDecoder.decodeStrict(controls, as: .shiftJIS) == [0x1A, 0x1C, 0x7F, 0x41, 0xE3, 0x81, 0x82])
    }

    /// What ICU 72 maps the JIS X 0208 dash look-alikes to (see `Charset`): the full-width forms,
    /// in all three Japanese converters. If ICU changes this, the normaliser's folding still
    /// covers both, but the documentation must follow.
    @Test(arguments: [
        (Charset.shiftJIS, [0x81, 0x60, 0x81, 0x7C] as [UInt8]),
        (Charset.eucJP, [0xA1, 0xC1, 0xA1, 0xDD]),
        (Charset.iso2022JP, [0x1B, 0x24, 0x42, 0x21, 0x41, 0x21, 0x5D, 0x1B, 0x28, 0x42]),
    ])
    func waveDashAndMinus(_ charset: Charset, _ bytes: [UInt8]) throws {
        #expect(try TextDecoder.decodeStrict(bytes, as: charset) == Array("\u{FF5E}\u{FF0D}".utf8))
    }

    @Test func jisRomanAndCircledNumbersInISO2022JP() throws {
        // ESC ( J: JIS X 0201 Roman puts ¥ and ‾ where ASCII has \ and ~.
        let roman: [UInt8] = [0x1B, 0x28, 0x4A, 0x5C, 0x7E, 0x1B, 0x28, 0x42]
        #expect(try TextDecoder.decodeStrict(roman, as: .iso2022JP) == Array("\u{A5}\u{203E}".utf8))
        // NEC row 13 inside ISO-2022-JP (what iPhones send): ① ㈱.
        let circled: [UInt8] = [0x1B, 0x24, 0x42, 0x2D, 0x21, 0x2D, 0x6A, 0x1B, 0x28, 0x42]
        #expect(try TextDecoder.decodeStrict(circled, as: .iso2022JP) == Array("①㈱".utf8))
    }

    // MARK: Labels

    @Test(arguments: [
        ("Shift_JIS", Charset.shiftJIS), ("shift-jis", .shiftJIS), ("SJIS", .shiftJIS), ("x-sjis", .shiftJIS),
        ("CP932", .shiftJIS), ("Windows-31J", .shiftJIS), ("MS_Kanji", .shiftJIS), ("csShiftJIS", .shiftJIS),
        ("  \"shift_jis\"\t", .shiftJIS), ("'cp932'", .shiftJIS),
        ("EUC-JP", .eucJP), ("x-euc-jp", .eucJP), ("EUCJP", .eucJP),
        ("iso-2022-jp", .iso2022JP), ("ISO-2022-JP-1", .iso2022JP1), ("\"ISO-2022-JP-2\"", .iso2022JP2),
        ("UTF-8", .utf8), ("utf8", .utf8), ("US-ASCII", .usASCII), ("ascii", .usASCII),
        ("ISO-8859-1", .isoLatin1), ("Latin1", .isoLatin1), ("WINDOWS-1252", .windows1252),
    ])
    func knownLabels(_ label: String, _ charset: Charset) {
        // (UTF-16 labels: see utf16WithAByteOrderMarkIsDetected.)
        #expect(Charset(label: label) == charset)
    }

    @Test(arguments: ["", "  ", "\"\"", "NONE", "utf-32", "UCS-2", "shift_jisx0213", "iso-2022-jp-3", "gb2312",
                      "euc-kr", "x-unknown", "utf-8; format=flowed", "sjis-win"])
    func unknownLabelsAreNotGuessed(_ label: String) {
        #expect(Charset(label: label) == nil)
    }

    @Test func utf16WithAByteOrderMarkIsDetected() throws {
        #expect(Charset(label: "utf-16") == .utf16 && Charset(label: "UTF-16LE") == .utf16LE && Charset(label: "utf-16be") == .utf16BE)
        let little: [UInt8] = [0xFF, 0xFE] + Array("電話".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + Array("電話".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let decoded = try TextDecoder.decode(bytes, declared: nil)
            #expect(decoded.charset == .utf16 && decoded.detection.evidence == .byteOrderMark)
            #expect(decoded.utf8 == Array("電話".utf8))
        }
    }

    @Test func unknownLabelIsAnErrorWithoutTheLabel() {
        let label = "x-田中-secret"
        let error = #expect(throws: DecodingError.self) { try TextDecoder.decode(F.shiftJIS, declaredLabel: label) }
        #expect(error?.reason == .unknownLabel)
        #expect(error?.charset == nil && error?.byteOffset == nil)
        let rendering = error.map { "\($0)" } ?? ""
        #expect(!rendering.contains("田中") && !rendering.contains("secret"))
    }

    @Test func labelledDecodeUsesTheLabel() throws {
        let decoded = try TextDecoder.decode(F.eucJP, declaredLabel: " \"x-euc-jp\" ")
        #expect(decoded.charset == .eucJP && decoded.detection.usedDeclaredLabel)
        let unlabelled = try TextDecoder.decode(F.shiftJIS, declaredLabel: nil)
        #expect(unlabelled.charset == .shiftJIS && unlabelled.detection.declared == nil)
    }

    @Test func everyCharsetHasAWorkingConverter() throws {
        for charset in Charset.allCases {
            let abc: [UInt8] = switch charset {
            case .utf16, .utf16BE: [0, 0x61, 0, 0x62, 0, 0x63]
            case .utf16LE: [0x61, 0, 0x62, 0, 0x63, 0]
            default: Array("abc".utf8)
            }
            #expect(try TextDecoder.decodeStrict(abc, as: charset) == Array("abc".utf8))
            #expect(Charset(label: charset.name) == charset)
        }
    }

    // MARK: detect

    @Test func detect() {
        #expect(TextDecoder.detect(F.iso2022JP) == .iso2022JP)
        #expect(TextDecoder.detect(F.iso2022JPHalfWidthKana) == .iso2022JP)
        #expect(TextDecoder.detect(F.cp932Extensions) == .shiftJIS)
        #expect(TextDecoder.detect(F.eucJP) == .eucJP)
        #expect(TextDecoder.detect(F.utf8WithBOM) == .utf8)
        #expect(TextDecoder.detect([]) == .utf8)
        #expect(TextDecoder.detect(F.iso2022JPTruncated) == nil)
        #expect(TextDecoder.detect(F.binaryGarbage) == nil)
    }

    @Test func concurrentDecodesAgree() async throws {
        let inputs = [F.iso2022JP, F.cp932Extensions, F.eucJP, F.iso2022JPTruncated, F.binaryGarbage]
        let expected = try inputs.map { try TextDecoder.decode($0, declared: nil) }
        try await withThrowingTaskGroup(of: (Int, DecodedText).self) { group in
            for round in 0..<200 {
                let index = round % inputs.count
                let input = inputs[index]
                group.addTask { (index, try TextDecoder.decode(input, declared: nil)) }
            }
            for try await (index, decoded) in group {
                #expect(decoded == expected[index])
            }
        }
    }
}

// MARK: - Real mail bodies

/// A single-part message from /work/shared/testdata/mail, decoded end to end: header label,
/// transfer encoding, charset.
struct MailBodyCase: CustomTestStringConvertible, Sendable {
    let file: String
    let label: String
    let base64: Bool
    let expectedPieces: [String]
    var testDescription: String { file }
}

@Suite struct RealMailDecodingTests {
    /// shared/ sits beside the repository (Tests/SuminuriTests/ → ../../../shared).
    static let mailDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/testdata/mail")

    static let cases: [MailBodyCase] = [
        MailBodyCase(file: "mailgem--japanese_iso_2022.eml", label: "iso-2022-jp", base64: false,
                     expectedPieces: ["すみません。"]),
        MailBodyCase(file: "mailgem--japanese_shift_jis.eml", label: "\"Shift_JIS\"", base64: false,
                     expectedPieces: ["あいうえお", "このメールはテスト用のメールです。", "今後ともよろしくお願い申し上げます！"]),
        MailBodyCase(file: "jpmobile--iphone-cp932.eml", label: "cp932", base64: true,
                     expectedPieces: ["テストです。㈱"]),
        // ② is NEC row 13 and ⅱ an NEC-selected IBM extension, both inside plain ISO-2022-JP.
        MailBodyCase(file: "jpmobile--iphone-circled-numbers-in-jis.eml", label: "\"iso-2022-jp\"", base64: false,
                     expectedPieces: ["丸数字のテストです②ⅱ"]),
    ]

    @Test(arguments: cases)
    func decodesRealBody(_ row: MailBodyCase) throws {
        let url = Self.mailDirectory.appendingPathComponent(row.file)
        // The shared test data is not part of this repository; without it there is nothing to
        // check, so the row passes vacuously rather than failing a checkout that lacks shared/.
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let message = try Data(contentsOf: url)
        let bytes = [UInt8](message)
        let body = try #require(Self.body(of: bytes))
        let encoded: [UInt8]
        if row.base64 {
            encoded = try [UInt8](#require(Data(base64Encoded: Data(body), options: .ignoreUnknownCharacters)))
        } else {
            encoded = body
        }
        let decoded = try TextDecoder.decode(encoded, declaredLabel: row.label)
        #expect(decoded.detection.usedDeclaredLabel)
        #expect(!decoded.detection.isLenient)
        let text = try #require(String(validating: decoded.utf8, as: UTF8.self))
        for piece in row.expectedPieces { #expect(text.contains(piece)) }
    }

    /// Bytes after the first empty line (LF or CRLF endings).
    static func body(of message: [UInt8]) -> [UInt8]? {
        var i = 0
        while i + 1 < message.count {
            if message[i] == 0x0A {
                if message[i + 1] == 0x0A { return Array(message[(i + 2)...]) }
                if message[i + 1] == 0x0D, i + 2 < message.count, message[i + 2] == 0x0A {
                    return Array(message[(i + 3)...])
                }
            }
            i += 1
        }
        return nil
    }
}
