import TextNormalization

extension JSONLines {
    /// How the reader finds the input's charset.
    public enum Charsets: Sendable, Hashable {
        /// UTF-8, split as it streams in, unless the input's first 64 KiB show another charset
        /// (`needsDecoding(_:)`): then the whole input is read and decoded first. A later line
        /// that is not UTF-8 is decoded on its own (`Line.decoded()`).
        case utf8OrDetected
        /// A declared charset, strict: the whole input is decoded first, and bytes that do not
        /// decode under it are an error (`DecodingError`, with a byte offset, never content).
        case strict(Charset)
        /// Detected from the whole input, undecodable bytes replaced by U+FFFD.
        case detect
    }

    /// One line of input: its number (from 1) and its bytes, without the line feed.
    public struct Line: Sendable {
        public let number: Int
        public let bytes: [UInt8]
        public init(number: Int, bytes: [UInt8]) { self.number = number; self.bytes = bytes }
    }

    /// How the whole input was decoded, when it was not read as UTF-8.
    public struct InputDecoding: Sendable, Hashable {
        public let charset: Charset
        public let substitutions: Int

        public init(charset: Charset, substitutions: Int) {
            self.charset = charset
            self.substitutions = substitutions
        }

        /// The note for stderr: the charset and a count, never the content.
        public func note(for source: String = "input") -> String {
            var note = "note: \(source) decoded as \(charset.name)"
            if substitutions > 0 { note += " with \(substitutions) undecodable sequence(s) replaced by U+FFFD" }
            return note
        }
    }

    /// Splits a byte stream into numbered lines at line feeds (a carriage return before one
    /// stays in the line; JSON reads it as white space). Every byte of the input ends up in
    /// exactly one line: the last one needs no line feed. A UTF-8 byte order mark at the start
    /// is dropped.
    public struct Reader {
        public let charsets: Charsets
        /// Set by `finish()` when the whole input was decoded from another charset or leniently.
        public private(set) var inputDecoding: InputDecoding?
        private var pending: [UInt8] = []
        /// Bytes of `pending` known to hold no line feed.
        private var scanned = 0
        /// Whether the input is kept whole until `finish()`; nil until the charset is decided.
        private var whole: Bool?
        private var lineNumber = 0

        private let sniffLength: Int

        /// - Parameter sniffLength: the bytes a `.utf8OrDetected` reader looks at before it
        ///   decides whether the input needs decoding (fewer at the end of a short input).
        public init(charsets: Charsets = .utf8OrDetected, sniffLength: Int = 64 * 1024) {
            self.charsets = charsets
            self.sniffLength = max(4, sniffLength)  // a byte order mark is seen whole
            if case .utf8OrDetected = charsets {} else { whole = true }
        }

        /// Takes the next bytes of the input; returns the lines they complete.
        public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) -> [Line] {
            pending.append(contentsOf: chunk)
            if whole == nil, pending.count >= sniffLength { decide() }
            return whole == false ? completeLines() : []
        }

        public mutating func feed(_ bytes: [UInt8]) -> [Line] { bytes.withUnsafeBufferPointer { feed($0) } }

        /// Ends the input; returns the remaining lines.
        /// - Throws: `DecodingError` when a `.strict` charset does not decode the input, or
        ///   when ICU itself fails.
        public mutating func finish() throws(DecodingError) -> [Line] {
            if whole == nil { decide() }
            if whole == true {
                let raw = pending
                pending = []
                switch charsets {
                case .strict(let charset):
                    pending = try TextDecoder.decodeStrict(raw, as: charset)
                case .utf8OrDetected, .detect:
                    let decoded = try TextDecoder.decode(raw, declared: nil)
                    if decoded.charset != .utf8 || decoded.detection.isLenient {
                        inputDecoding = InputDecoding(charset: decoded.charset, substitutions: decoded.detection.substitutions)
                    }
                    pending = decoded.utf8
                }
                whole = false
                scanned = 0
            }
            var lines = completeLines()
            if !pending.isEmpty {
                lineNumber += 1
                lines.append(Line(number: lineNumber, bytes: pending))
                pending = []
            }
            return lines
        }

        private mutating func decide() {
            let needs = pending.withUnsafeBufferPointer { StreamCharset.needsDecoding(UnsafeBufferPointer(rebasing: $0.prefix(sniffLength))) }
            whole = needs
            if !needs, pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
        }

        private mutating func completeLines() -> [Line] {
            var lines: [Line] = []
            var start = 0
            while let newline = pending[max(start, scanned)...].firstIndex(of: 0x0A) {
                lineNumber += 1
                lines.append(Line(number: lineNumber, bytes: Array(pending[start..<newline])))
                start = newline + 1
            }
            pending.removeSubrange(0..<start)
            scanned = pending.count
            return lines
        }
    }
}

/// Whether the start of a stream must be decoded whole rather than read as UTF-8.
public enum StreamCharset {
    /// True for a UTF-16 byte order mark, ISO-2022-JP escape sequences (7-bit, so they would
    /// pass a UTF-8 check), or bytes that are not UTF-8 at all. A character cut off at the end
    /// of `start` does not count.
    public static func needsDecoding(_ start: UnsafeBufferPointer<UInt8>) -> Bool {
        if start.count >= 2, (start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF) { return true }
        var i = 0
        while i + 2 < start.count {
            if start[i] == 0x1B, start[i + 1] == 0x24 || start[i + 1] == 0x28 { return true }
            i += 1
        }
        return !isValidUTF8Prefix(start)
    }

    /// Whether bytes are UTF-8, allowing a character cut off at the end.
    public static func isValidUTF8Prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Drop up to three trailing bytes of an unfinished character, then validate.
        var end = bytes.count
        var back = 0
        while end > 0, back < 3, bytes[end - 1] & 0xC0 == 0x80 { end -= 1; back += 1 }
        if end > 0, bytes[end - 1] >= 0xC0 { end -= 1 }
        return String(validating: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self) != nil
    }
}
