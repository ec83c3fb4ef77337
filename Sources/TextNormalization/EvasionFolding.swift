/// What a reader would not see, or would read the same, removed or folded before detection,
/// so that a value cannot be hidden from the detectors by writing it oddly.
///
/// Two steps of `Normalizer`, each recording its edits:
/// - `unhide` (before NFKC): removes invisible characters — zero-width space, (non-)joiners,
///   word joiner, byte order mark, soft hyphen, bidirectional marks, variation selectors, the
///   enclosing keycap, C0 controls other than tab and line breaks (a NUL between digit groups)
///   — and decodes HTML character references (`&#48;`, `&#x30;`, `&amp;`, `&nbsp;` …), which
///   NFKC then folds like any other character.
/// - `lettersAsDigits` (after `JapaneseFolding`, so on lower-case ASCII): `o`, `l` and `i`
///   read as digits inside a run that is clearly a number (at least six digits, letters at most
///   half of them, not glued to a word): `O9O-1234-5678`. Same length, so no offset edit.
public enum EvasionFolding {
    /// The text without invisible characters and with character references decoded, and the
    /// map back; nil when there is nothing to do (the common case: no copy is made).
    public static func unhide(_ input: [UInt8]) -> ([UInt8], OffsetMap)? {
        input.withUnsafeBufferPointer { source -> ([UInt8], OffsetMap)? in
            guard let first = firstCandidate(source) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(input.count)
            output.append(contentsOf: source[0..<first])
            var regions: [OffsetMap.Region] = []
            var i = first
            let n = source.count
            while i < n {
                // Bytes that start neither an invisible character nor a reference are copied
                // in runs (appending them one by one cost more than the search itself).
                var j = i
                while j < n && !mayStartHidden(source[j]) { j += 1 }
                if j > i {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: source[i..<j]))
                    i = j
                    if i == n { break }
                }
                if let length = invisibleLength(source, at: i) {
                    regions.append(.init(source: i..<(i + length), target: output.count..<output.count))
                    i += length
                    continue
                }
                if source[i] == 0x26, let (scalar, length) = characterReference(source, at: i) {
                    let start = output.count
                    appendUTF8(scalar, to: &output)
                    regions.append(.init(source: i..<(i + length), target: start..<output.count))
                    i += length
                    continue
                }
                output.append(source[i])
                i += 1
            }
            return regions.isEmpty ? nil : (output, OffsetMap(regions: regions))
        }
    }

    /// Folds letters that stand for digits inside numbers, in place.
    public static func lettersAsDigits(_ bytes: inout [UInt8]) {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            guard isDigit(b) || isDigitLetter(b) else { i += 1; continue }
            // A run of digits and digit letters, joined by single `-` or spaces.
            let start = i
            var digits = 0, letters = 0
            var end = i
            var j = i
            while j < n {
                let c = bytes[j]
                if isDigit(c) { digits += 1; j += 1; end = j; continue }
                if isDigitLetter(c) { letters += 1; j += 1; end = j; continue }
                if (c == 0x2D || c == 0x20), j + 1 < n, isDigit(bytes[j + 1]) || isDigitLetter(bytes[j + 1]), j > start {
                    j += 1
                    continue
                }
                break
            }
            let gluedBefore = start > 0 && isLetter(bytes[start - 1])
            let gluedAfter = end < n && isLetter(bytes[end])
            if letters > 0, digits >= 6, letters * 2 <= digits, !gluedBefore, !gluedAfter {
                for k in start..<end where isDigitLetter(bytes[k]) {
                    bytes[k] = bytes[k] == 0x6F ? 0x30 : 0x31  // o → 0; l, i → 1
                }
            }
            i = max(end, i + 1)
        }
    }

    // MARK: Invisible characters

    /// The first offset where `unhide` may have work, or nil.
    private static func firstCandidate(_ s: UnsafeBufferPointer<UInt8>) -> Int? {
        for i in 0..<s.count {
            let b = s[i]
            switch b {
            case 0x26, 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: return i
            case 0xC2, 0xE1, 0xE2, 0xEF, 0xF3: if invisibleLength(s, at: i) != nil { return i }
            default: continue
            }
        }
        return nil
    }

    /// Whether `b` may start an invisible character (`invisibleLength`) or a character
    /// reference (`&`): every other byte is copied as it is.
    @inline(__always)
    private static func mayStartHidden(_ b: UInt8) -> Bool {
        switch b {
        case 0x00...0x1F, 0x7F, 0x26, 0xC2, 0xE1, 0xE2, 0xEF, 0xF3: return true
        default: return false
        }
    }

    /// The length of the invisible character at `i`, or nil.
    @inline(__always)
    private static func invisibleLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = s[i]
        if b < 0x20 { return b == 0x09 || b == 0x0A || b == 0x0D ? nil : 1 }
        if b == 0x7F { return 1 }
        let n = s.count
        switch b {
        case 0xC2 where i + 1 < n && s[i + 1] == 0xAD:
            return 2  // U+00AD soft hyphen
        case 0xE1 where i + 2 < n && s[i + 1] == 0xA0 && s[i + 2] == 0x8E:
            return 3  // U+180E Mongolian vowel separator
        case 0xE2 where i + 2 < n:
            let (b1, b2) = (s[i + 1], s[i + 2])
            if b1 == 0x80 && (0x8B...0x8F).contains(b2) { return 3 }  // U+200B–U+200F
            if b1 == 0x80 && (0xAA...0xAE).contains(b2) { return 3 }  // U+202A–U+202E
            if b1 == 0x81 && (b2 == 0xA0 || (0xA6...0xA9).contains(b2)) { return 3 }  // U+2060, U+2066–U+2069
            if b1 == 0x83 && b2 == 0xA3 { return 3 }  // U+20E3 combining enclosing keycap
            return nil
        case 0xEF where i + 2 < n:
            if s[i + 1] == 0xBB && s[i + 2] == 0xBF { return 3 }  // U+FEFF
            if s[i + 1] == 0xB8 && (0x80...0x8F).contains(s[i + 2]) { return 3 }  // U+FE00–U+FE0F
            return nil
        case 0xF3 where i + 3 < n && s[i + 1] == 0xA0 && (0x84...0x87).contains(s[i + 2]):
            return 4  // U+E0100–U+E01EF variation selectors supplement
        default:
            return nil
        }
    }

    // MARK: Character references

    /// A character reference at `i` (`&#48;`, `&#x30;`, `&amp;`): its scalar and length.
    private static func characterReference(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let n = s.count
        guard i + 3 < n else { return nil }
        if s[i + 1] == 0x23 {  // &#
            var j = i + 2
            let hex = j < n && (s[j] == 0x78 || s[j] == 0x58)
            if hex { j += 1 }
            var value: UInt32 = 0
            let digitsStart = j
            while j < n, j - digitsStart < 7 {
                let c = s[j]
                if c >= 0x30 && c <= 0x39 { value = value * (hex ? 16 : 10) + UInt32(c - 0x30) }
                else if hex && c >= 0x61 && c <= 0x66 { value = value * 16 + UInt32(c - 0x61 + 10) }
                else if hex && c >= 0x41 && c <= 0x46 { value = value * 16 + UInt32(c - 0x41 + 10) }
                else { break }
                j += 1
            }
            guard j > digitsStart, j < n, s[j] == 0x3B else { return nil }
            // Controls and surrogates are not decoded: they would only make new hiding places.
            guard value >= 0x20, value != 0x7F, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
            return (value, j + 1 - i)
        }
        for (name, scalar) in namedReferences {
            var k = 0
            while k < name.count, i + 1 + k < n, s[i + 1 + k] == name[k] { k += 1 }
            if k == name.count, i + 1 + k < n, s[i + 1 + k] == 0x3B { return (scalar, name.count + 2) }
        }
        return nil
    }

    private static let namedReferences: [([UInt8], UInt32)] = [
        (Array("amp".utf8), 0x26), (Array("lt".utf8), 0x3C), (Array("gt".utf8), 0x3E), (Array("quot".utf8), 0x22),
        (Array("apos".utf8), 0x27), (Array("nbsp".utf8), 0x20), (Array("commat".utf8), 0x40), (Array("period".utf8), 0x2E),
        (Array("hyphen".utf8), 0x2D), (Array("minus".utf8), 0x2212), (Array("ndash".utf8), 0x2013), (Array("mdash".utf8), 0x2014),
    ]

    private static func appendUTF8(_ v: UInt32, to output: inout [UInt8]) {
        switch v {
        case 0..<0x80: output.append(UInt8(v))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (v >> 6))); output.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (v >> 12))); output.append(UInt8(0x80 | ((v >> 6) & 0x3F))); output.append(UInt8(0x80 | (v & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (v >> 18))); output.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((v >> 6) & 0x3F))); output.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    /// `o`, `l`, `i` (folded text is lower case).
    @inline(__always) private static func isDigitLetter(_ b: UInt8) -> Bool { b == 0x6F || b == 0x6C || b == 0x69 }
    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) }
}
