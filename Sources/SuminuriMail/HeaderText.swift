import TextNormalization

/// Header text as people read it: RFC 2047 encoded-words and raw 8-bit bytes decoded, and
/// the way back.
enum HeaderText {
    /// A decoded header value, and whether any of it had to be guessed or substituted.
    struct Decoded: Sendable, Hashable {
        var text: String
        /// Some charset label was wrong or missing and detection chose another.
        var redetected: Bool
        /// Some bytes did not decode at all and became U+FFFD.
        var substituted: Bool
    }

    private enum Piece {
        case raw([UInt8])
        /// An encoded-word's payload, transfer-decoded but not yet charset-decoded.
        case word(charset: String, bytes: [UInt8])
    }

    /// Decodes an unfolded value. Encoded-words separated only by white space are joined
    /// (RFC 2047 §6.2), and adjacent words of one charset are charset-decoded as one byte
    /// string, because senders split a multibyte character, or an ISO-2022-JP escape state,
    /// across two words.
    static func decode(_ value: [UInt8], part: PartPath) throws(MailError) -> Decoded {
        var pieces: [Piece] = []
        var raw: [UInt8] = []
        var index = 0
        while index < value.count {
            if value[index] == UInt8(ascii: "="), index + 1 < value.count, value[index + 1] == UInt8(ascii: "?"),
               let (word, end) = encodedWord(value, at: index) {
                if !raw.isEmpty {
                    // White space between two encoded-words is not part of the text.
                    if case .word = pieces.last, raw.allSatisfy(Bytes.isSpace) {} else { pieces.append(.raw(raw)) }
                    raw.removeAll()
                }
                if case let .word(charset, bytes)? = pieces.last, charset == word.charset {
                    pieces[pieces.count - 1] = .word(charset: charset, bytes: bytes + word.bytes)
                } else {
                    pieces.append(.word(charset: word.charset, bytes: word.bytes))
                }
                index = end
                continue
            }
            raw.append(value[index])
            index += 1
        }
        if !raw.isEmpty { pieces.append(.raw(raw)) }

        var result = Decoded(text: "", redetected: false, substituted: false)
        for piece in pieces {
            switch piece {
            case .raw(let bytes):
                if Bytes.isASCII(bytes) && !bytes.contains(0x1B) {
                    result.text += String(decoding: bytes, as: UTF8.self)
                } else {
                    // Raw 8-bit (or raw JIS escapes) in a header: no label, so detection.
                    let decoded = try decodeBytes(bytes, label: nil, part: part)
                    result.text += decoded.text
                    result.substituted = result.substituted || decoded.substituted
                    result.redetected = true
                }
            case let .word(charset, bytes):
                let decoded = try decodeBytes(bytes, label: charset, part: part)
                result.text += decoded.text
                result.substituted = result.substituted || decoded.substituted
                result.redetected = result.redetected || decoded.redetected
            }
        }
        return result
    }

    /// Bytes in a labelled (or unlabelled) charset, through the decode stage. A label outside
    /// the closed set is treated as missing.
    static func decodeBytes(_ bytes: [UInt8], label: String?, part: PartPath) throws(MailError) -> Decoded {
        let declared = label.flatMap { Charset(label: $0) }
        do {
            let decoded = try TextDecoder.decode(bytes, declared: declared)
            return Decoded(text: String(decoding: decoded.utf8, as: UTF8.self),
                           redetected: !decoded.detection.usedDeclaredLabel && !(label == nil && decoded.charset == .utf8),
                           substituted: decoded.detection.isLenient)
        } catch {
            throw .decoderFailure(part: part)
        }
    }

    /// `=?charset?B|Q?text?=` at `index`: the charset (lowercased, RFC 2231 language
    /// suffix removed) and payload bytes, and where the word ends.
    private static func encodedWord(_ value: [UInt8], at index: Int) -> ((charset: String, bytes: [UInt8]), Int)? {
        var cursor = index + 2
        let charsetStart = cursor
        while cursor < value.count, value[cursor] != UInt8(ascii: "?") {
            if Bytes.isSpace(value[cursor]) { return nil }
            cursor += 1
        }
        guard cursor + 2 < value.count, value[cursor + 2] == UInt8(ascii: "?") else { return nil }
        var charset = String(decoding: value[charsetStart..<cursor], as: UTF8.self).lowercased()
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }
        let encoding = value[cursor + 1] | 0x20
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q") else { return nil }
        let textStart = cursor + 3
        cursor = textStart
        while cursor + 1 < value.count, !(value[cursor] == UInt8(ascii: "?") && value[cursor + 1] == UInt8(ascii: "=")) {
            if Bytes.isSpace(value[cursor]) { return nil }
            cursor += 1
        }
        guard cursor + 1 < value.count else { return nil }
        let text = value[textStart..<cursor]
        let bytes = encoding == UInt8(ascii: "b") ? Base64.decode(text) : qDecode(text)
        return ((charset, bytes), cursor + 2)
    }

    /// RFC 2047 "Q": QP with `_` for space.
    private static func qDecode(_ text: ArraySlice<UInt8>) -> [UInt8] {
        QuotedPrintable.decode(Array(text.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 }))
    }

    // MARK: - Writing

    /// UTF-8 bytes per encoded-word: 36 bytes make 48 base64 characters, a 60-character word,
    /// so that `Subject: ` and a word stay within 76 columns.
    private static let bytesPerWord = 36

    /// `text` as RFC 2047 B words in UTF-8, split on character boundaries.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > bytesPerWord {
                words.append("=?UTF-8?B?" + String(decoding: Base64.encode(chunk), as: UTF8.self) + "?=")
                chunk.removeAll()
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + String(decoding: Base64.encode(chunk), as: UTF8.self) + "?=") }
        return words
    }

    /// Whether `text` can be written in a header as it is.
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F || $0 == 0x09 } && !text.contains("=?")
    }

    /// A whole unstructured field: `Name: value` folded at 76 columns.
    static func unstructuredField(name: String, text: String, newline: [UInt8]) -> [UInt8] {
        let tokens = isPlainASCII(text) ? text.split(separator: " ").map(String.init) : encodedWords(text)
        return fold(name: name, tokens: tokens, newline: newline)
    }

    /// `Name:` then the tokens separated by single spaces, a line break before any token that
    /// would pass column 76 (a longer token stands alone on its line).
    static func fold(name: String, tokens: [String], newline: [UInt8]) -> [UInt8] {
        var out: [UInt8] = Array((name + ":").utf8)
        var column = out.count
        for token in tokens {
            let count = token.utf8.count
            if column + 1 + count > 76 && column > name.utf8.count + 1 {
                out += newline
                column = 0
            }
            out.append(0x20)
            out += token.utf8
            column += 1 + count
        }
        out += newline
        return out
    }
}
