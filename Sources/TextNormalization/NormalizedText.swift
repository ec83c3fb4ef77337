/// A text in two forms: the original UTF-8 bytes as given, and the normalised bytes that
/// detectors search, with the maps that lead from every normalised position back to the
/// original.
///
/// Offset unit: UTF-8 byte offsets, half-open. "Original" offsets index `original`,
/// "normalised" offsets index `bytes`.
public struct NormalizedText: Sendable {
    /// The text exactly as given (valid UTF-8).
    public let original: [UInt8]
    /// The normalised text (valid UTF-8): NFKC, then the folding in `JapaneseFolding`.
    public let bytes: [UInt8]
    /// Maps in the order they were applied: original → after NFKC → after folding.
    let maps: [OffsetMap]
    /// Normalised ranges whose hiragana were katakana before folding (with their ー), sorted:
    /// names and building names are told apart from prose by it.
    public let foldedKatakana: [Range<Int>]

    /// `foldedKatakana` as one bit per normalised byte: detectors ask `wasKatakana` for
    /// nearly every offset they look at, and a bit test beats a binary search there.
    private let katakanaBits: [UInt64]

    init(original: [UInt8], bytes: [UInt8], maps: [OffsetMap], foldedKatakana: [Range<Int>] = []) {
        self.original = original
        self.bytes = bytes
        self.maps = maps
        self.foldedKatakana = foldedKatakana
        var bits = [UInt64](repeating: 0, count: foldedKatakana.isEmpty ? 0 : (bytes.count + 63) / 64)
        for range in foldedKatakana {
            let lower = max(range.lowerBound, 0), upper = min(range.upperBound, bytes.count)
            guard lower < upper else { continue }
            for offset in lower..<upper { bits[offset >> 6] |= 1 << UInt64(offset & 63) }
        }
        katakanaBits = bits
    }

    /// Whether the normalised offset lies in a word that was written in katakana.
    /// - Complexity: O(1).
    public func wasKatakana(_ offset: Int) -> Bool {
        guard offset >= 0, offset >> 6 < katakanaBits.count else { return false }
        return katakanaBits[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }

    /// The original range whose normalisation produced `normalized`, rounded outward to whole
    /// original scalars and extended over combining marks that follow, so a redaction never
    /// splits a character.
    public func originalRange(for normalized: NormalizedRange) -> OriginalRange {
        OriginalRange(utf8: originalByteRange(for: normalized.utf8))
    }

    private func originalByteRange(for normalized: Range<Int>) -> Range<Int> {
        var range = normalized
        for map in maps.reversed() where !map.isIdentity {
            range = map.sourceRange(for: range)
        }
        var lower = min(max(range.lowerBound, 0), original.count)
        var upper = min(max(range.upperBound, lower), original.count)
        while lower > 0, lower < original.count, UTF8.isContinuation(original[lower]) { lower -= 1 }
        while upper < original.count && UTF8.isContinuation(original[upper]) { upper += 1 }
        while upper < original.count, let (scalar, length) = UTF8Scalars.decode(original, at: upper),
              scalar.isGraphemeExtender {
            upper += length
        }
        return lower..<upper
    }

}

extension UTF8 {
    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}

extension Unicode.Scalar {
    /// Marks that attach to the scalar before them: combining marks, variation selectors,
    /// zero-width joiner and emoji modifiers. A span must not end before one of them.
    var isGraphemeExtender: Bool {
        switch value {
        case 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x1F3FB...0x1F3FF, 0x3099, 0x309A:
            return true
        // Blocks without marks, where nearly every span ends: asked at each one, and the
        // general category is a table look-up in the standard library.
        case 0x0000..<0x0300, 0x3040...0x3098, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xFF00...0xFFEF:
            return false
        default:
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: return true
            default: return false
            }
        }
    }
}

/// Minimal UTF-8 decoding over byte arrays that are known to be valid.
///
/// Inlinable: detectors in other modules decode in their per-character loops, where a call
/// and an optional tuple returned through memory cost more than the decoding.
public enum UTF8Scalars {
    /// The scalar starting at `offset` and its length in bytes, or nil at the end or on a
    /// malformed sequence.
    @inlinable @inline(__always)
    public static func decode(_ bytes: [UInt8], at offset: Int) -> (Unicode.Scalar, Int)? {
        bytes.withUnsafeBufferPointer { decode($0, at: offset) }
    }

    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int)? {
        guard offset < bytes.count else { return nil }
        let b0 = bytes[offset]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length: Int
        var value: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(b0 & 0x07)
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        for i in 1..<length {
            let b = bytes[offset + i]
            guard b & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(b & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

}
