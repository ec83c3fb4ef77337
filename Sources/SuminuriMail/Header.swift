import TextNormalization

/// One header field as found: where its raw bytes are, and its value unfolded.
struct HeaderField: Sendable {
    /// The name as written (case kept for writing back).
    let name: String
    /// Lowercased name, for matching.
    let key: String
    /// The field's raw bytes in the source, continuation lines and the final line break included.
    let raw: Range<Int>
    /// The value after the colon, unfolded (line breaks removed, the folding white space
    /// kept), leading and trailing white space trimmed. Still raw bytes: encoded-words and
    /// 8-bit bytes are decoded by `HeaderText`.
    let value: [UInt8]
}

/// The header section of one entity.
struct HeaderBlock: Sendable {
    let fields: [HeaderField]
    /// Where the body starts: after the blank separator line, or at the first line that is
    /// neither a field nor a continuation (a message without a separator).
    let bodyStart: Int

    func first(_ key: String) -> HeaderField? { fields.first { $0.key == key } }
    func all(_ key: String) -> [HeaderField] { fields.filter { $0.key == key } }

    /// Parses the header section of `source[range]`.
    static func parse(_ source: [UInt8], _ range: Range<Int>, limits: MailLimits, part: PartPath) throws(MailError) -> HeaderBlock {
        var fields: [HeaderField] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let line = Lines.line(source, from: index, end: end)
            if line.content.count > limits.headerLineBytes {
                throw .limitExceeded(.headerLineBytes, limit: limits.headerLineBytes, part: part)
            }
            if line.content.isEmpty {
                return HeaderBlock(fields: fields, bodyStart: line.next)
            }
            guard let colon = fieldNameEnd(source, line.content) else {
                // Neither a field nor a continuation: the body starts here (no separator).
                return HeaderBlock(fields: fields, bodyStart: index)
            }
            var value: [UInt8] = Array(source[(colon + 1)..<line.content.upperBound])
            var next = line.next
            while next < end, source[next] == 0x20 || source[next] == 0x09 {
                let continuation = Lines.line(source, from: next, end: end)
                if continuation.content.count > limits.headerLineBytes {
                    throw .limitExceeded(.headerLineBytes, limit: limits.headerLineBytes, part: part)
                }
                value += source[continuation.content]
                next = continuation.next
                if value.count > limits.headerFieldBytes {
                    throw .limitExceeded(.headerFieldBytes, limit: limits.headerFieldBytes, part: part)
                }
            }
            if value.count > limits.headerFieldBytes {
                throw .limitExceeded(.headerFieldBytes, limit: limits.headerFieldBytes, part: part)
            }
            let name = String(decoding: source[line.content.lowerBound..<colon], as: UTF8.self)
                .trimmingTrailingSpace()
            fields.append(HeaderField(name: name, key: name.lowercased(), raw: index..<next, value: Bytes.trimmed(value)))
            if fields.count > limits.headerFields {
                throw .limitExceeded(.headerFields, limit: limits.headerFields, part: part)
            }
            index = next
        }
        return HeaderBlock(fields: fields, bodyStart: end)
    }

    /// The colon's offset if the line starts with a field name (printable ASCII but colon,
    /// RFC 5322 §2.2; white space before the colon is tolerated as in old mail).
    private static func fieldNameEnd(_ source: [UInt8], _ line: Range<Int>) -> Int? {
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = source[index]
            if byte == UInt8(ascii: ":") { return index > line.lowerBound ? index : nil }
            if byte == 0x20 || byte == 0x09 {
                // Only white space may follow until the colon.
                var look = index
                while look < line.upperBound, source[look] == 0x20 || source[look] == 0x09 { look += 1 }
                return look < line.upperBound && source[look] == UInt8(ascii: ":") && index > line.lowerBound ? look : nil
            }
            guard byte > 32 && byte < 127 else { return nil }
            index += 1
        }
        return nil
    }
}

/// Line splitting that accepts LF and CRLF (CR-only input is converted before parsing).
enum Lines {
    struct Line {
        /// The line without its break.
        let content: Range<Int>
        /// Where the next line starts.
        let next: Int
    }

    static func line(_ source: [UInt8], from start: Int, end: Int) -> Line {
        var index = start
        while index < end, source[index] != 0x0A { index += 1 }
        if index == end { return Line(content: start..<end, next: end) }
        let contentEnd = index > start && source[index - 1] == 0x0D ? index - 1 : index
        return Line(content: start..<contentEnd, next: index + 1)
    }
}

enum Bytes {
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

    static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        var slice = bytes[...]
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return Array(slice)
    }

    static func isASCII<C: Sequence<UInt8>>(_ bytes: C) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    static func lowercasedASCII(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
    }

    static func hasPrefix(_ source: [UInt8], at index: Int, _ prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= source.count else { return false }
        for offset in 0..<prefix.count where source[index + offset] != prefix[offset] { return false }
        return true
    }
}

extension String {
    func trimmingTrailingSpace() -> String {
        var view = Substring(self)
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }

    func trimmingSpace() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" || first == "\r\n" || first == "\n" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" || last == "\r\n" || last == "\n" { view = view.dropLast() }
        return String(view)
    }
}
