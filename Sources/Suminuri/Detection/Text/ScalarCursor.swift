import TextNormalization

/// Character classes of normalised text for detectors that read words rather than digits.
/// Normalised text has katakana folded to hiragana and ASCII in lower case.
enum ScriptClass {
    case kanji, hiragana, latin, digit, space, lineBreak, other

    static func of(_ scalar: Unicode.Scalar) -> ScriptClass {
        let v = scalar.value
        switch v {
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x20, 0x09: return .space
        case 0x0A, 0x0D: return .lineBreak
        case 0x3041...0x309F, 0x30FC: return .hiragana  // incl. ー
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x3005, 0x30F6, 0x30F5, 0x20000...0x2FFFF: return .kanji  // 々 ヶ ヵ
        default: return .other
        }
    }
}

/// Reads scalars forwards and backwards over valid UTF-8 bytes.
enum Scalars {
    @inline(__always)
    static func at(_ bytes: [UInt8], _ offset: Int) -> (Unicode.Scalar, Int)? {
        UTF8Scalars.decode(bytes, at: offset)
    }

    /// The scalar ending at `offset` and its start.
    static func before(_ bytes: [UInt8], _ offset: Int) -> (Unicode.Scalar, Int)? {
        guard offset > 0 else { return nil }
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let (scalar, length) = UTF8Scalars.decode(bytes, at: start), start + length == offset else { return nil }
        return (scalar, start)
    }

    /// The start of the run of scalars of class `wanted` ending at `end`. (One class, not a set
    /// of them: a set literal here was built and hashed at every digit of an address scan.)
    static func runStart(_ bytes: [UInt8], endingAt end: Int, class wanted: ScriptClass, limit: Int) -> Int {
        var p = end, count = 0
        while count < limit, let (scalar, start) = before(bytes, p), ScriptClass.of(scalar) == wanted {
            p = start; count += 1
        }
        return p
    }

    static func count(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        UTF8Offsets.scalarOffset(bytes, range.upperBound, from: range.lowerBound)
    }

    /// Whether the bytes of `needle` occur inside `range` of the same text. A plain byte scan:
    /// Foundation's generic `firstRange(of:)` on slices cost more than the whole rule it served.
    /// An empty needle occurs nowhere, as with `firstRange(of:)`.
    static func occurs(_ needle: Range<Int>, in range: Range<Int>, of bytes: [UInt8]) -> Bool {
        let length = needle.count
        guard length > 0, length <= range.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            let first = buffer[needle.lowerBound]
            var p = range.lowerBound
            let last = range.upperBound - length
            while p <= last {
                if buffer[p] == first {
                    var k = 1
                    while k < length && buffer[p + k] == buffer[needle.lowerBound + k] { k += 1 }
                    if k == length { return true }
                }
                p += 1
            }
            return false
        }
    }

    /// Whether `needle` occurs inside `range` of `bytes`: the same plain byte scan for a word
    /// from a table.
    static func occurs(_ needle: [UInt8], in range: Range<Int>, of bytes: [UInt8]) -> Bool {
        firstOccurrence(needle, in: range, of: bytes) != nil
    }

    /// Where `needle` first occurs inside `range` of `bytes`, or nil.
    static func firstOccurrence(_ needle: [UInt8], in range: Range<Int>, of bytes: [UInt8]) -> Int? {
        let length = needle.count
        guard length > 0, length <= range.count, let first = needle.first else { return nil }
        var p = range.lowerBound
        let last = range.upperBound - length
        while p <= last {
            if bytes[p] == first {
                var k = 1
                while k < length && bytes[p + k] == needle[k] { k += 1 }
                if k == length { return p }
            }
            p += 1
        }
        return nil
    }

    /// Detectors ask this at nearly every offset, so it compares bytes directly instead of
    /// going through slices.
    static func hasPrefix(_ bytes: [UInt8], at offset: Int, _ prefix: [UInt8]) -> Bool {
        guard offset >= 0, offset + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[offset + k] != prefix[k] { return false }
        return true
    }

    /// Whether the bytes that end at `end` are `suffix`.
    static func hasSuffix(_ bytes: [UInt8], before end: Int, _ suffix: [UInt8]) -> Bool {
        hasPrefix(bytes, at: end - suffix.count, suffix)
    }
}

/// A set of text offsets as one bit each: for rules that ask "is this a line start?" at every
/// space or candidate, where a `Set<Int>` would hash each question.
struct OffsetBits {
    private let words: [UInt64]

    init(_ offsets: [Int]) {
        var words = [UInt64](repeating: 0, count: ((offsets.max() ?? 0) >> 6) + 1)
        for offset in offsets where offset >= 0 { words[offset >> 6] |= 1 << UInt64(offset & 63) }
        self.words = words
    }

    func contains(_ offset: Int) -> Bool {
        guard offset >= 0, offset >> 6 < words.count else { return false }
        return words[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }
}

/// A quick test for scans that try a short list of words at every byte: whether any of them
/// can start at an offset, from its first byte and (for words of three bytes or more) its
/// first three bytes together. Japanese words share their lead byte with most of the text, so
/// a lead byte alone lets nearly every character through to the word-by-word comparison.
/// It never says no where a word matches: callers still compare the words after a yes.
struct PatternLeads {
    /// Bytes that start some word.
    private let firstBytes: [Bool]
    /// Bytes that start a word shorter than three bytes: the first byte is all there is to test.
    private let shortFirstBytes: [Bool]
    /// The first three bytes of the longer words, packed, without duplicates.
    private let leads: [UInt32]

    init(_ words: [[UInt8]]) {
        var firstBytes = [Bool](repeating: false, count: 256), shortFirstBytes = firstBytes
        var leads: [UInt32] = []
        for word in words where !word.isEmpty {
            firstBytes[Int(word[0])] = true
            if word.count < 3 { shortFirstBytes[Int(word[0])] = true; continue }
            let lead = UInt32(word[0]) << 16 | UInt32(word[1]) << 8 | UInt32(word[2])
            if !leads.contains(lead) { leads.append(lead) }
        }
        self.firstBytes = firstBytes
        self.shortFirstBytes = shortFirstBytes
        self.leads = leads
    }

    @inline(__always)
    func mayStart(_ bytes: [UInt8], at offset: Int) -> Bool {
        let first = Int(bytes[offset])
        guard firstBytes[first] else { return false }
        if shortFirstBytes[first] { return true }
        guard offset + 2 < bytes.count else { return false }
        return leads.contains(UInt32(first) << 16 | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]))
    }
}
