/// One MIME entity (the message, a part, or an attached message) as ranges of its source
/// bytes: parsing copies nothing, so that the writer can pass an unchanged part on byte for byte.
struct Entity: Sendable {
    let path: PartPath
    let header: HeaderBlock
    /// The header section including its blank separator line.
    let headerRange: Range<Int>
    let bodyRange: Range<Int>
    /// Lowercased `type/subtype`; `text/plain` when absent or unusable (RFC 2045 §5.2).
    let contentType: StructuredValue
    let transferEncoding: TransferEncoding
    let body: Body

    var mediaType: String { contentType.token }
}

/// A multipart body: the delimiter lines and everything between the parts stay as written.
struct Multipart: Sendable {
    let boundary: [UInt8]
    let preamble: Range<Int>
    let parts: [Entity]
    /// `separators[i]` are the bytes before `parts[i]`: the line break ending the previous
    /// segment, the delimiter line and its own line break.
    let separators: [Range<Int>]
    /// After the last part: its closing delimiter (if any) and the epilogue.
    let closing: Range<Int>
    let epilogue: Range<Int>
}

indirect enum Body: Sendable {
    /// A single part, read by its type.
    case leaf
    case multipart(Multipart)
    /// `message/rfc822` (or `text/rfc822-headers`) held in the same bytes.
    case message(Entity)
    /// `message/rfc822` under base64 or quoted-printable: parsed from its decoded bytes.
    case encodedMessage(source: [UInt8], entity: Entity)
}

/// Byte-level RFC 5322 / MIME parser with limits.
struct MimeParser {
    let limits: MailLimits
    private(set) var partCount = 0

    init(limits: MailLimits) { self.limits = limits }

    mutating func parse(_ source: [UInt8], _ range: Range<Int>, path: PartPath, depth: Int) throws(MailError) -> Entity {
        partCount += 1
        if partCount > limits.parts { throw .limitExceeded(.parts, limit: limits.parts, part: path) }
        if depth > limits.depth { throw .limitExceeded(.depth, limit: limits.depth, part: path) }
        let header = try HeaderBlock.parse(source, range, limits: limits, part: path)
        let bodyRange = header.bodyStart..<range.upperBound
        let encoding = TransferEncoding(token: header.first("content-transfer-encoding").map {
            String(decoding: $0.value, as: UTF8.self).trimmingSpace()
        })
        let contentType = try chooseContentType(header, source, bodyRange, path: path)
        let type = contentType.token
        var body = Body.leaf
        if type.hasPrefix("multipart/"), let boundary = contentType["boundary"].map({ Array($0.utf8) }), !boundary.isEmpty,
           let multipart = try parseMultipart(source, bodyRange, boundary: boundary, path: path, depth: depth) {
            body = .multipart(multipart)
        } else if type == "message/rfc822" || type == "message/global" || type == "text/rfc822-headers" {
            switch encoding {
            case .base64, .quotedPrintable:
                let decoded = encoding.decode(source[bodyRange])
                body = .encodedMessage(source: decoded, entity: try parse(decoded, 0..<decoded.count, path: path, depth: depth + 1))
            case .sevenBit, .eightBit, .binary:
                body = .message(try parse(source, bodyRange, path: path, depth: depth + 1))
            }
        }
        return Entity(path: path, header: header, headerRange: range.lowerBound..<header.bodyStart, bodyRange: bodyRange,
                      contentType: contentType, transferEncoding: encoding, body: body)
    }

    /// With several Content-Type fields, the first multipart one whose boundary occurs in
    /// the body wins, else the first: reading the body as parts hides nothing, since every
    /// part is redacted, while reading parts as one text would leave encoded parts unread.
    private func chooseContentType(_ header: HeaderBlock, _ source: [UInt8], _ body: Range<Int>, path: PartPath) throws(MailError) -> StructuredValue {
        let fields = header.all("content-type")
        var parsed: [StructuredValue] = []
        for field in fields { parsed.append(try StructuredValue.parse(field.value, part: path)) }
        if parsed.count > 1, let multipart = parsed.first(where: { value in
            value.token.hasPrefix("multipart/") && value["boundary"].map { contains(source, body, delimiter: Array($0.utf8)) } == true
        }) {
            return multipart
        }
        guard let first = parsed.first, first.token.contains("/") else {
            return StructuredValue(token: "text/plain", parameters: parsed.first?.parameters ?? [:], redecoded: false)
        }
        return first
    }

    private func contains(_ source: [UInt8], _ body: Range<Int>, delimiter: [UInt8]) -> Bool {
        delimiterLines(source, body, boundary: delimiter).contains { !$0.isClose }
    }

    private struct DelimiterLine {
        /// From the line break before the delimiter (if any) to after the line's own break.
        let range: Range<Int>
        let isClose: Bool
    }

    /// Every line `--boundary` or `--boundary--` (trailing white space allowed, RFC 2046 §5.1.1).
    private func delimiterLines(_ source: [UInt8], _ body: Range<Int>, boundary: [UInt8]) -> [DelimiterLine] {
        let marker: [UInt8] = [0x2D, 0x2D] + boundary
        var found: [DelimiterLine] = []
        var index = body.lowerBound
        while index < body.upperBound {
            let line = Lines.line(source, from: index, end: body.upperBound)
            if line.content.count >= marker.count, Bytes.hasPrefix(source, at: line.content.lowerBound, marker) {
                var rest = source[(line.content.lowerBound + marker.count)..<line.content.upperBound]
                var isClose = false
                if rest.starts(with: [0x2D, 0x2D]) { isClose = true; rest = rest.dropFirst(2) }
                if rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    // The line break before a delimiter belongs to the delimiter.
                    var start = index
                    if start > body.lowerBound, source[start - 1] == 0x0A {
                        start -= 1
                        if start > body.lowerBound, source[start - 1] == 0x0D { start -= 1 }
                    }
                    found.append(DelimiterLine(range: start..<line.next, isClose: isClose))
                    if isClose { break }
                }
            }
            index = line.next
        }
        return found
    }

    /// Nil when no delimiter occurs: the body is then read as one text (a declared boundary
    /// that never appears, as in mail whose boundary was mangled).
    private mutating func parseMultipart(_ source: [UInt8], _ body: Range<Int>, boundary: [UInt8], path: PartPath, depth: Int) throws(MailError) -> Multipart? {
        let lines = delimiterLines(source, body, boundary: boundary)
        guard let first = lines.first, !first.isClose else { return nil }
        var parts: [Entity] = []
        var separators: [Range<Int>] = []
        var closing = body.upperBound..<body.upperBound
        for (index, line) in lines.enumerated() where !line.isClose {
            // A part ends where the next delimiter line's break starts, or at the body's end
            // when the closing delimiter is missing.
            let end = index + 1 < lines.count ? lines[index + 1].range.lowerBound : body.upperBound
            separators.append(line.range)
            parts.append(try parse(source, line.range.upperBound..<max(end, line.range.upperBound), path: path.appending(parts.count + 1), depth: depth + 1))
        }
        if let last = lines.last, last.isClose { closing = last.range }
        return Multipart(boundary: boundary, preamble: body.lowerBound..<first.range.lowerBound, parts: parts,
                         separators: separators, closing: closing, epilogue: closing.upperBound..<body.upperBound)
    }
}
