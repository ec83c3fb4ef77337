import Suminuri
import TextNormalization

/// Writes a parsed message back, redacted. Unchanged entities are copied from the source
/// byte for byte; a changed text is written as UTF-8 under base64 or quoted-printable.
struct Writer {
    let redactor: MailRedactor
    let newline: [UInt8]
    private(set) var findings = 0
    private(set) var removedParts = 0
    private(set) var redecoded = 0
    private(set) var invalidatedSignatures = 0

    init(redactor: MailRedactor, newline: [UInt8]) {
        self.redactor = redactor
        self.newline = newline
    }

    private var options: MailOptions { redactor.options }

    /// How a leaf is read, by media type: a closed set, and anything unknown is opaque.
    private enum LeafKind {
        case plain, html, report, opaque

        init(_ type: String) {
            switch type {
            case "text/html", "application/xhtml+xml": self = .html
            case "message/delivery-status", "message/disposition-notification", "message/global-delivery-status",
                 "message/global-disposition-notification": self = .report
            case _ where type.hasPrefix("text/"): self = .plain
            // A multipart whose boundary is missing or never occurs is read as one text.
            case _ where type.hasPrefix("multipart/"): self = .plain
            default: self = .opaque
            }
        }
    }

    mutating func write(_ entity: Entity, in source: [UInt8], topLevel: Bool) throws(MailError) -> [UInt8] {
        switch entity.body {
        case .multipart(let multipart):
            var body = try redactLoose(source[multipart.preamble], part: entity.path)
            let signed = entity.mediaType == "multipart/signed"
            var signatureBroken = false
            for (index, part) in multipart.parts.enumerated() {
                body += source[multipart.separators[index]]
                if signed && index > 0 {
                    // The signature itself: nothing readable, and changing it helps nobody.
                    body += source[part.headerRange.lowerBound..<part.bodyRange.upperBound]
                } else {
                    let written = try write(part, in: source, topLevel: false)
                    if signed && !written.elementsEqual(source[part.headerRange.lowerBound..<part.bodyRange.upperBound]) {
                        signatureBroken = true
                    }
                    body += written
                }
            }
            body += source[multipart.closing]
            body += try redactLoose(source[multipart.epilogue], part: entity.path)
            var extra: [[UInt8]] = []
            if signatureBroken {
                invalidatedSignatures += 1
                extra.append(Array("X-Suminuri-Signature: invalidated; the signed content was redacted".utf8) + newline)
            }
            return try writeHeader(entity, in: source, topLevel: topLevel, content: nil, extra: extra) + body

        case .message(let inner):
            let header = try writeHeader(entity, in: source, topLevel: topLevel, content: nil, extra: [])
            return header + (try write(inner, in: source, topLevel: false))

        case let .encodedMessage(innerSource, inner):
            let header = try writeHeader(entity, in: source, topLevel: topLevel, content: nil, extra: [])
            let written = try write(inner, in: innerSource, topLevel: false)
            if written == innerSource { return header + source[entity.bodyRange] }
            let body = entity.transferEncoding == .base64
                ? Base64.encodeLines(written, newline: newline)
                : QuotedPrintable.encode(written, newline: newline)
            return header + body

        case .leaf:
            return try writeLeaf(entity, in: source, topLevel: topLevel)
        }
    }

    // MARK: - Leaves

    private mutating func writeLeaf(_ entity: Entity, in source: [UInt8], topLevel: Bool) throws(MailError) -> [UInt8] {
        let kind = LeafKind(entity.mediaType)
        let content = entity.transferEncoding.decode(source[entity.bodyRange])
        guard kind != .opaque, let decoded = try decodeText(content, label: entity.contentType["charset"], part: entity.path) else {
            return try writeNotice(entity, in: source, topLevel: topLevel, size: content.count)
        }
        var text = decoded.utf8
        if entity.contentType["format"]?.lowercased() == "flowed" {
            let unflowed = FormatFlowed.unflow(text, delSp: entity.contentType["delsp"]?.lowercased() == "yes")
            text = unflowed
        }
        let redacted: [UInt8]
        let count: Int
        switch kind {
        case .html:
            let redactor = self.redactor
            let path = entity.path
            (redacted, count) = try HTMLText.redact(text) { (piece: String) throws(MailError) in
                let redaction = try redactor.redactText(piece, part: path)
                return (redaction.edits.map { ($0.range.utf8, $0.replacement) }, redaction.edits.reduce(0) { $0 + $1.findings.count })
            }
        case .plain, .report, .opaque:
            let redaction = try redactor.redactText(String(decoding: text, as: UTF8.self), part: entity.path)
            redacted = Array(redaction.text.utf8)
            count = redaction.edits.reduce(0) { $0 + $1.findings.count }
        }
        findings += count
        let redetected = !decoded.detection.usedDeclaredLabel && !(entity.contentType["charset"] == nil && decoded.charset == .utf8)
        let lenient = decoded.detection.isLenient
        if count == 0 && !redetected && !lenient {
            let header = try writeHeader(entity, in: source, topLevel: topLevel, content: nil, extra: [])
            return header + source[entity.bodyRange]
        }
        var extra: [[UInt8]] = []
        if redetected || lenient {
            redecoded += 1
            var note = "X-Suminuri-Decoding: read-as=\(decoded.charset.name)"
            if let declared = decoded.detection.declared { note += "; declared=\(declared.name)" }
            else if entity.contentType["charset"] != nil { note += "; declared=unknown" }
            if lenient { note += "; substituted=\(decoded.detection.substitutions)" }
            extra.append(Array(note.utf8) + newline)
        }
        let body: [UInt8]
        let encodingName: String
        if kind == .report {
            // message/* allows only 7bit, 8bit or binary (RFC 2046 §5.2.1).
            body = Self.withNewlines(redacted, newline)
            encodingName = "8bit"
        } else if redacted.lazy.filter({ $0 >= 0x80 }).count * 5 > redacted.count {
            body = Base64.encodeLines(Self.withNewlines(redacted, [0x0D, 0x0A]), newline: newline)
            encodingName = "base64"
        } else {
            body = QuotedPrintable.encode(redacted, newline: newline)
            encodingName = "quoted-printable"
        }
        var type = entity.mediaType + "; charset=UTF-8"
        if let name = entity.contentType["name"] { type += "; " + StructuredValue.parameter("name", try redactName(name, part: entity.path)) }
        return try writeHeader(entity, in: source, topLevel: topLevel, content: (type, encodingName), extra: extra) + body
    }

    /// Decodes a text part; nil when it cannot be read as text (a charset outside the closed
    /// set that detection could not stand in for, such as UTF-16, or NUL bytes).
    private func decodeText(_ content: [UInt8], label: String?, part: PartPath) throws(MailError) -> DecodedText? {
        if let label = label?.lowercased(), ["utf-16", "utf-32", "ucs-2", "ucs-4", "unicode"].contains(where: label.hasPrefix) {
            return nil
        }
        let declared = label.flatMap { Charset(label: $0) }
        let decoded: DecodedText
        do { decoded = try TextDecoder.decode(content, declared: declared) } catch { throw .decoderFailure(part: part) }
        // NUL does not occur in text; it means a binary or UTF-16 body under a text label,
        // where ASCII digits between NULs would slip past every detector.
        guard !decoded.utf8.contains(0) else { return nil }
        return decoded
    }

    /// Replaces a part that cannot be inspected by a notice (or refuses the message).
    private mutating func writeNotice(_ entity: Entity, in source: [UInt8], topLevel: Bool, size: Int) throws(MailError) -> [UInt8] {
        guard options.opaqueParts == .notice else { throw .opaquePartRefused(part: entity.path) }
        removedParts += 1
        let disposition = try entity.header.first("content-disposition").map { field throws(MailError) in
            try StructuredValue.parse(field.value, part: entity.path)
        }
        var fileName = disposition?["filename"] ?? entity.contentType["name"]
        if let name = fileName { fileName = try redactName(name, part: entity.path) }
        // The type is written into the notice: only characters a media type may hold.
        let type = String(entity.mediaType.unicodeScalars.filter {
            ($0.properties.isASCIIHexDigit || ("a"..."z").contains($0) || "/.+-_".unicodeScalars.contains($0)) && $0.isASCII
        }.map(Character.init))
        var notice = "［添付ファイル除去］この部分は内容を検査できないため、Suminuri が取り除きました。\n"
        notice += "種類: \(type.isEmpty ? "不明" : type)\n"
        if let fileName { notice += "ファイル名: \(fileName)\n" }
        notice += "大きさ: \(size) バイト\n"
        let body = Base64.encodeLines(Self.withNewlines(Array(notice.utf8), [0x0D, 0x0A]), newline: newline)
        let extra = [Array("X-Suminuri-Removed: \(type.isEmpty ? "unknown" : type); size=\(size)".utf8) + newline]
        return try writeHeader(entity, in: source, topLevel: topLevel,
                               content: ("text/plain; charset=UTF-8", "base64"), extra: extra, dropDisposition: true) + body
    }

    /// Text outside any part (a preamble or an epilogue): read by detection, rewritten only
    /// when it held something.
    private mutating func redactLoose(_ bytes: ArraySlice<UInt8>, part: PartPath) throws(MailError) -> [UInt8] {
        guard bytes.contains(where: { $0 > 0x20 }) else { return Array(bytes) }
        guard let decoded = try decodeText(Array(bytes), label: nil, part: part) else { return [] }
        let redaction = try redactor.redactText(String(decoding: decoded.utf8, as: UTF8.self), part: part)
        let count = redaction.edits.reduce(0) { $0 + $1.findings.count }
        findings += count
        if count == 0 && !decoded.detection.isLenient && decoded.charset == .utf8 { return Array(bytes) }
        return Array(redaction.text.utf8)
    }

    private mutating func redactName(_ name: String, part: PartPath) throws(MailError) -> String {
        let redaction = try redactor.redactText(name, part: part)
        findings += redaction.edits.reduce(0) { $0 + $1.findings.count }
        return redaction.text
    }

    /// Line breaks of `text` (LF or CRLF) as `newline`.
    static func withNewlines(_ text: [UInt8], _ newline: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 20)
        for byte in text {
            if byte == 0x0D { continue }
            if byte == 0x0A { out += newline } else { out.append(byte) }
        }
        return out
    }

    // MARK: - Headers

    /// Fields passed on as written: trace, identifiers and signatures. Everything else is
    /// redacted, so an unknown field is read rather than trusted.
    private static let keptFields: Set<String> = [
        "received", "date", "message-id", "in-reply-to", "references", "mime-version", "content-id", "content-length",
        "content-md5", "content-language", "dkim-signature", "domainkey-signature", "arc-seal", "arc-message-signature",
        "arc-authentication-results", "authentication-results", "received-spf", "x-received", "resent-date",
        "resent-message-id", "list-id", "list-unsubscribe", "list-unsubscribe-post", "precedence", "auto-submitted",
        "x-google-dkim-signature", "thread-index", "importance", "priority", "x-priority", "x-msmail-priority",
    ]
    /// Fields that hold mailboxes (RFC 5322 §3.6.2–3.6.6 and envelope copies).
    private static let addressFields: Set<String> = [
        "from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to", "resent-cc", "resent-bcc",
        "resent-sender", "return-path", "delivered-to", "x-original-to", "envelope-to", "disposition-notification-to",
        "return-receipt-to", "errors-to", "mail-followup-to", "mail-reply-to",
    ]

    /// The header section. With `content`, Content-Type and Content-Transfer-Encoding are
    /// replaced by the given ones (the body was rewritten).
    private mutating func writeHeader(_ entity: Entity, in source: [UInt8], topLevel: Bool,
                                      content: (type: String, encoding: String)?, extra: [[UInt8]],
                                      dropDisposition: Bool = false) throws(MailError) -> [UInt8] {
        var out: [UInt8] = []
        for field in entity.header.fields {
            if topLevel && field.key.hasPrefix("x-suminuri") { continue }
            if content != nil && (field.key == "content-type" || field.key == "content-transfer-encoding") { continue }
            if dropDisposition && (field.key == "content-disposition" || field.key == "content-description") { continue }
            if content != nil && field.key.hasPrefix("x-suminuri") { continue }
            out += try writeField(field, in: source, part: entity.path)
        }
        if let content {
            out += HeaderText.fold(name: "Content-Type", tokens: content.type.split(separator: " ").map(String.init), newline: newline)
            out += Array("Content-Transfer-Encoding: \(content.encoding)".utf8) + newline
        }
        for field in extra { out += field }
        let fieldsEnd = entity.header.fields.last?.raw.upperBound ?? entity.headerRange.lowerBound
        let separator = source[fieldsEnd..<entity.header.bodyStart]
        // A rewritten body always gets its blank line, even where the source had none.
        out += content != nil || separator.isEmpty && !extra.isEmpty ? newline : Array(separator)
        return out
    }

    private mutating func writeField(_ field: HeaderField, in source: [UInt8], part: PartPath) throws(MailError) -> [UInt8] {
        let raw = Array(source[field.raw])
        if Self.keptFields.contains(field.key) || field.key.hasPrefix("x-ms-exchange-") { return raw }
        if Self.addressFields.contains(field.key) { return try writeAddressField(field, raw: raw, part: part) }
        if field.key == "content-type" || field.key == "content-disposition" {
            return try writeStructuredField(field, raw: raw, part: part)
        }
        let decoded = try HeaderText.decode(field.value, part: part)
        let redaction = try redactor.redactText(decoded.text, part: part)
        let count = redaction.edits.reduce(0) { $0 + $1.findings.count }
        findings += count
        if count == 0 && !decoded.substituted { return raw }
        return HeaderText.unstructuredField(name: field.name, text: redaction.text, newline: newline)
    }

    /// Content-Type and Content-Disposition: only `name` and `filename` can hold personal
    /// data (a file called after the customer); the field is rebuilt only when one did.
    private mutating func writeStructuredField(_ field: HeaderField, raw: [UInt8], part: PartPath) throws(MailError) -> [UInt8] {
        let value = try StructuredValue.parse(field.value, part: part)
        var parameters = value.parameters
        var count = 0
        for name in ["name", "filename"] {
            guard let text = parameters[name] else { continue }
            let redaction = try redactor.redactText(text, part: part)
            let found = redaction.edits.reduce(0) { $0 + $1.findings.count }
            if found > 0 { parameters[name] = redaction.text; count += found }
        }
        findings += count
        guard count > 0 else { return raw }
        var tokens = [value.token + (parameters.isEmpty ? "" : ";")]
        let names = parameters.keys.sorted()
        for (index, name) in names.enumerated() {
            tokens.append(StructuredValue.parameter(name, parameters[name]!) + (index + 1 < names.count ? ";" : ""))
        }
        return HeaderText.fold(name: field.name, tokens: tokens, newline: newline)
    }

    private mutating func writeAddressField(_ field: HeaderField, raw: [UInt8], part: PartPath) throws(MailError) -> [UInt8] {
        let items = AddressList.parse(field.value)
        var changed = false
        var tokens: [String] = []
        for (index, item) in items.enumerated() {
            let separator = index + 1 < items.count && !item.isGroupStart ? "," : ""
            switch item {
            case let .groupStart(name):
                tokens.append(name + ":")
            case .groupEnd:
                if !tokens.isEmpty, tokens[tokens.count - 1].hasSuffix(",") { tokens[tokens.count - 1].removeLast() }
                tokens.append(";" + separator)
            case let .mailbox(display, address, angle):
                var displayOut: String?
                if let display {
                    let decoded = try HeaderText.decode(display, part: part)
                    let text = decoded.text.trimmingSpace()
                    switch options.displayNames {
                    case .replace where !text.isEmpty:
                        displayOut = redactor.policy.labelPlaceholder(.person)
                        findings += 1
                        changed = true
                    case .replace, .keep:
                        displayOut = text.isEmpty ? nil : text
                        changed = changed || decoded.substituted
                    case .scan:
                        let redaction = try redactor.redactText(text, part: part)
                        let count = redaction.edits.reduce(0) { $0 + $1.findings.count }
                        findings += count
                        changed = changed || count > 0 || decoded.substituted
                        displayOut = redaction.text.isEmpty ? nil : redaction.text
                    }
                }
                var addressOut = String(decoding: address, as: UTF8.self)
                if options.addresses == .redact && !address.isEmpty {
                    addressOut = "redacted@redacted.invalid"
                    findings += 1
                    changed = true
                }
                if let displayOut {
                    tokens += Self.phrase(displayOut)
                    tokens.append("<" + addressOut + ">" + separator)
                } else {
                    tokens.append((angle ? "<" + addressOut + ">" : addressOut) + separator)
                }
            }
        }
        guard changed else { return raw }
        return HeaderText.fold(name: field.name, tokens: tokens, newline: newline)
    }

    /// A display name as RFC 5322 phrase tokens: atoms, a quoted string, or encoded-words.
    private static func phrase(_ text: String) -> [String] {
        guard HeaderText.isPlainASCII(text) else { return HeaderText.encodedWords(text) }
        let special = text.contains { "()<>[]:;@\\,.\"".contains($0) }
        if !special { return text.split(separator: " ").map(String.init) }
        return ["\"" + text.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"") + "\""]
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
