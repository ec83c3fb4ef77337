import TextNormalization

/// One thing a detector found.
///
/// Offset unit: `range` is a half-open range of UTF-8 byte offsets into the ORIGINAL text as
/// given to the scanner, always whole characters; `normalizedRange` indexes the normalised
/// text the detector searched. The two are distinct types: the offset map is the only way
/// between them. Use `scalarRange(in:)` for the Unicode-scalar offsets of `ANNOTATION.md` and
/// `range(in:)` for `String.Index`es.
public struct Finding: Sendable, Hashable {
    public var label: Label
    /// UTF-8 byte range in the original text.
    public var range: OriginalRange
    /// UTF-8 byte range in the normalised text of the piece the detector searched (pieces are
    /// normalised one by one, so it is meaningful only next to that piece's text).
    package var normalizedRange: NormalizedRange
    /// How sure the detector is, 0...1. The policy compares it with the label's threshold.
    public var confidence: Double
    /// The rule that fired, e.g. `phone.mobile` or `medical.term+predicate`.
    public var rule: String

    package init(label: Label, range: OriginalRange, normalizedRange: NormalizedRange, confidence: Double, rule: String) {
        self.label = label
        self.range = range
        self.normalizedRange = normalizedRange
        self.confidence = confidence
        self.rule = rule
    }

    /// The finding's range as `String.Index`es of the original string (clamped to it).
    public func range(in text: String) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: min(range.lowerBound.utf8, utf8.count))
        let upper = utf8.index(utf8.startIndex, offsetBy: min(range.upperBound.utf8, utf8.count))
        return lower..<upper
    }

    /// The finding's range in Unicode scalar offsets of the original text (ANNOTATION.md).
    public func scalarRange(in original: [UInt8]) -> Range<Int> {
        let lower = UTF8Offsets.scalarOffset(original, range.lowerBound.utf8)
        let upper = lower + UTF8Offsets.scalarOffset(original, range.upperBound.utf8, from: range.lowerBound.utf8)
        return lower..<upper
    }

    /// The same finding in a longer text in which the searched piece starts `delta` bytes in.
    func shifted(by delta: Int) -> Finding {
        var copy = self
        copy.range = range.shifted(by: delta)
        return copy
    }
}

/// Converts between UTF-8 byte offsets and Unicode scalar offsets.
public enum UTF8Offsets {
    /// The number of scalars that start in `bytes[from..<offset]`.
    public static func scalarOffset(_ bytes: [UInt8], _ offset: Int, from start: Int = 0) -> Int {
        var count = 0
        var i = max(start, 0)
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
