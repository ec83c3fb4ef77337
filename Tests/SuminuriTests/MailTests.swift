import Foundation
import Testing
import Suminuri
@testable import SuminuriMail

/// The redacted message's readable content: every header decoded and every leaf body
/// transfer- and charset-decoded, read back with the module's own parser. Checks look for
/// values here, so that a value hidden by an encoding counts as a leak.
func readableContent(_ message: [UInt8]) throws -> String {
    var parser = MimeParser(limits: .default)
    let entity = try parser.parse(message, 0..<message.count, path: PartPath(), depth: 0)
    var out = ""
    func walk(_ entity: Entity, _ source: [UInt8]) throws {
        for field in entity.header.fields { out += field.name + ": " + (try HeaderText.decode(field.value, part: entity.path)).text + "\n" }
        switch entity.body {
        case .multipart(let multipart): for part in multipart.parts { try walk(part, source) }
        case .message(let inner): try walk(inner, source)
        case let .encodedMessage(innerSource, inner): try walk(inner, innerSource)
        case .leaf:
            let content = entity.transferEncoding.decode(source[entity.bodyRange])
            out += (try HeaderText.decodeBytes(content, label: entity.contentType["charset"], part: entity.path)).text + "\n"
        }
    }
    try walk(entity, message)
    return out
}

let mailRedactor = MailRedactor(scanner: sharedScanner)

func redactMail(_ text: String, options: MailOptions = .default) throws -> RedactedMessage {
    try MailRedactor(scanner: sharedScanner, options: options).redact(Array(text.utf8))
}

struct MailCase: CustomTestStringConvertible, Sendable {
    let name: String
    let input: [UInt8]
    /// Text that must be readable in the output.
    let present: [String]
    /// Values that must be gone from it.
    let absent: [String]
    var testDescription: String { name }

    init(_ name: String, _ input: [UInt8], present: [String], absent: [String]) {
        self.name = name; self.input = input; self.present = present; self.absent = absent
    }
    init(_ name: String, _ input: String, present: [String], absent: [String]) {
        self.init(name, Array(input.replacingOccurrences(of: "\n", with: "\r\n").utf8), present: present, absent: absent)
    }
}

@Suite struct MailParsingTests {
    static let cases: [MailCase] = [
        MailCase("plain UTF-8 body and Q-encoded subject", """
            From: a@example.org
            To: b@example.test
            Subject: =?UTF-8?Q?=E9=9B=BB=E8=A9=B1_090-1234-5678?=

            携帯は090-1234-5678です
            """, present: ["［電話番号］", "From: a@example.org"], absent: ["1234"]),
        // ニャーン split inside a JIS character across two B-words (as Exchange sends it).
        MailCase("encoded-words split inside a multibyte character", """
            From: a@example.org
            Subject: =?iso-2022-jp?B?GyRCJUslYyE8GyhC?= =?iso-2022-jp?B?GyRCJXMbKEI=?= 090-1234-5678

            x
            """, present: ["ニャー"], absent: ["090-1234"]),
        MailCase("RFC 2231 continuation file name on a text attachment", """
            From: a@example.org
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain; charset=utf-8
            Content-Disposition: attachment; filename*0*=utf-8''%E9%9B%BB%E8%A9%B1; filename*1=" 090-1234-5678.txt"

            note
            --b--
            """, present: ["filename*=UTF-8''"], absent: ["1234"]),
        MailCase("format=flowed with delsp joins a value broken over lines", """
            From: a@example.org
            Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes

            携帯は090-1234- 
            5678です
            """, present: ["［電話番号］"], absent: ["5678"]),
        MailCase("display names replaced, addresses kept", """
            From: "Yamada, Taro" <taro@example.jp>
            To: =?UTF-8?B?5bGx55Sw?= <inquiry@example.test>, plain@example.test
            Cc: undisclosed-recipients:;
            Subject: hello

            x
            """, present: ["taro@example.jp", "inquiry@example.test", "plain@example.test", "［氏名］", "undisclosed-recipients"], absent: ["Yamada", "山田"]),
        MailCase("no blank line between header and body", """
            From: a@example.org
            Subject: x
            counter to RFC 5322 090-1234-5678 here
            """, present: ["［電話番号］"], absent: ["1234"]),
        MailCase("boundary that never occurs: the body is read as text", """
            From: a@example.org
            Content-Type: multipart/alternative; boundary=NOPE

            --OTHER
            携帯090-1234-5678
            """, present: ["［電話番号］"], absent: ["1234"]),
        MailCase("attached message/rfc822 is redacted inside", """
            From: a@example.org
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: message/rfc822

            From: =?UTF-8?B?5bGx55Sw?= <c@example.org>
            Subject: =?UTF-8?B?6Zu76KmxIDA5MC0xMjM0LTU2Nzg=?=

            携帯は090-1234-5678です
            --b--
            """, present: ["［電話番号］", "c@example.org"], absent: ["1234", "山田"]),
        MailCase("base64 message/rfc822 is decoded, redacted and encoded again", """
            From: a@example.org
            Content-Type: message/rfc822
            Content-Transfer-Encoding: base64

            RnJvbTogYkBleGFtcGxlLm9yZwoK5pC65biv44GvMDkwLTEyMzQtNTY3OOOBp+OBmQo=
            """, present: ["［電話番号］"], absent: ["1234"]),
        MailCase("CR-only line endings", Array("From: a@example.org\rSubject: x\r\r携帯090-1234-5678\r".utf8),
                 present: ["［電話番号］"], absent: ["1234"]),
    ]

    @Test(arguments: cases) func redactsEveryPlace(_ row: MailCase) throws {
        let result = try mailRedactor.redact(row.input)
        let content = try readableContent(result.bytes)
        for text in row.present { #expect(content.contains(text), "missing expected text in \(row.name)") }
        for value in row.absent { #expect(!content.contains(value), "value left in \(row.name)") }
        #expect(content.contains("X-Suminuri: redacted; findings="))
    }

    @Test func unchangedPartsAreCopiedByteForByte() throws {
        let image = "Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\nR0lGODlhAQABAAAAACw=\r\n"
        let text = "Content-Type: text/plain; charset=ISO-2022-JP\r\n\r\n\u{1B}$B$3$s$K$A$O\u{1B}(B\r\n"
        let message = "From: a@example.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\(text)--b\r\n\(image)--b--\r\n"
        let result = try mailRedactor.redact(Array(message.utf8))
        let output = String(decoding: result.bytes, as: UTF8.self)
        #expect(output.hasPrefix("X-Suminuri: redacted; findings=0; removed-parts=1\r\n"))
        #expect(output.contains(text))
        #expect(result.removedParts == 1)
    }

    @Test func headerStampOverridesAForgedOne() throws {
        let result = try redactMail("X-Suminuri: redacted; findings=0\nFrom: a@example.org\nSubject: 090-1234-5678\n\nx\n")
        let output = String(decoding: result.bytes, as: UTF8.self)
        #expect(output.components(separatedBy: "X-Suminuri:").count == 2)
        #expect(output.hasPrefix("X-Suminuri: redacted; findings=1\n"))
    }

    @Test func addressesCanBeRedacted() throws {
        let result = try redactMail("From: Taro <taro@example.jp>\nTo: b@example.test\n\nx\n",
                                    options: MailOptions(addresses: .redact))
        let content = try readableContent(result.bytes)
        #expect(!content.contains("taro@example.jp") && !content.contains("b@example.test"))
        #expect(content.contains("redacted@redacted.invalid"))
    }

    static let limitCases: [(String, MailLimits, MailError.Limit)] = [
        ("message size", MailLimits(messageBytes: 10), .messageBytes),
        ("part count", MailLimits(parts: 2), .parts),
        ("nesting depth", MailLimits(depth: 0), .depth),
        ("header line", MailLimits(headerLineBytes: 10), .headerLineBytes),
        ("header fields", MailLimits(headerFields: 1), .headerFields),
    ]

    @Test(arguments: limitCases.indices) func limitsRefuseTheMessage(_ index: Int) throws {
        let (_, limits, expected) = Self.limitCases[index]
        let message = "From: a@example.org\nSubject: some subject line\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\none\n--b\n\ntwo\n--b--\n"
        #expect(throws: MailError.self) { try redactMail(message, options: MailOptions(limits: limits)) }
        do { _ = try redactMail(message, options: MailOptions(limits: limits)) } catch let error as MailError {
            guard case .limitExceeded(let limit, _, _) = error else { Issue.record("wrong error"); return }
            #expect(limit == expected)
            #expect(!error.description.contains("subject"))
        }
    }

    @Test func opaquePartsCanBeRefused() {
        let message = "From: a@example.org\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n"
        #expect(throws: MailError.opaquePartRefused(part: PartPath())) {
            try redactMail(message, options: MailOptions(opaqueParts: .refuse))
        }
    }
}

@Suite struct MailEncodingTests {
    static let base64Rows: [(String, String)] = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg==")]

    @Test(arguments: base64Rows.indices) func base64RoundTrips(_ index: Int) {
        let (plain, encoded) = Self.base64Rows[index]
        #expect(String(decoding: Base64.encode(Array(plain.utf8)), as: UTF8.self) == encoded)
        #expect(Base64.decode(Array(encoded.utf8)) == Array(plain.utf8))
    }

    @Test func base64IsLenientOnBadPadding() {
        #expect(Base64.decode(Array("VEVTVA=".utf8)) == Array("TEST".utf8))
    }

    @Test func quotedPrintableLinesStayWithin76AndRoundTrip() {
        let text = Array((String(repeating: "携帯は090-1234-5678です。= ", count: 20) + "\n末尾 \n").utf8)
        let encoded = QuotedPrintable.encode(text, newline: [0x0D, 0x0A])
        for line in encoded.split(separator: 0x0A) { #expect(line.count <= 77) }  // 76 + CR
        #expect(QuotedPrintable.decode(encoded) == Array(String(decoding: text, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8))
    }

    @Test func encodedWordsAreShortAndDecodeBack() throws {
        let text = String(repeating: "お問い合わせ ", count: 12)
        let field = HeaderText.unstructuredField(name: "Subject", text: text, newline: [0x0A])
        for line in field.split(separator: 0x0A) { #expect(line.count <= 76) }
        let value = Bytes.trimmed(Array(field.dropFirst("Subject:".count)).filter { $0 != 0x0A })
        #expect(try HeaderText.decode(value, part: PartPath()).text == text)
    }

    @Test func unknownCharsetFallsBackToDetection() throws {
        let decoded = try HeaderText.decode(Array("=?NONE?B?VEVTVA=?=".utf8), part: PartPath())
        #expect(decoded.text == "TEST")
    }
}

@Suite struct MailHTMLTests {
    static func redactHTML(_ html: String) throws -> String {
        let (out, _) = try HTMLText.redact(Array(html.utf8)) { (text: String) throws(MailError) in
            let redaction = try mailRedactor.redactText(text, part: PartPath())
            return (redaction.edits.map { ($0.range.utf8, $0.replacement) }, redaction.edits.count)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let rows: [(name: String, html: String, expected: String)] = [
        ("value split across inline tags", "<td><span>090</span>-<span>1234</span>-<b>5678</b></td>",
         "<td><span>［電話番号］</span><span></span><b></b></td>"),
        ("numeric character references", "<p>&#48;90-1234-5678</p>", "<p>［電話番号］</p>"),
        ("tel and mailto links", "<a href=\"tel:09012345678\">x</a><a href='mailto:taro@example.jp'>y</a>",
         "<a href=\"tel:［電話番号］\">x</a><a href='mailto:［メールアドレス］'>y</a>"),
        ("table cells stay separate values", "<tr><td>090</td><td>1234</td></tr>", "<tr><td>090</td><td>1234</td></tr>"),
        ("comments are redacted", "<!-- 090-1234-5678 -->", "<!-- ［電話番号］ -->"),
        ("meta charset follows the re-encoding", "<meta charset=\"iso-2022-jp\">", "<meta charset=\"UTF-8\">"),
    ]

    @Test(arguments: rows.indices) func html(_ index: Int) throws {
        let row = Self.rows[index]
        #expect(try Self.redactHTML(row.html) == row.expected, "\(row.name)")
    }
}
