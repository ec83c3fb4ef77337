/// Positions in the two texts of the pipeline, as distinct types so that an offset into the
/// normalised text cannot be used where an offset into the original is meant (it does not
/// compile); `NormalizedText.originalRange(for:)` is the only way from one to the other.
///
/// Offset unit, everywhere: UTF-8 bytes from the start of the text, ranges half-open.
public struct TextOffset<Space: TextSpace>: Hashable, Comparable, Strideable, Sendable, CustomStringConvertible {
    /// The UTF-8 byte offset.
    public var utf8: Int

    @inline(__always) public init(_ utf8: Int) { self.utf8 = utf8 }

    public static func < (a: Self, b: Self) -> Bool { a.utf8 < b.utf8 }
    @inline(__always) public func distance(to other: Self) -> Int { other.utf8 - utf8 }
    @inline(__always) public func advanced(by n: Int) -> Self { Self(utf8 + n) }
    public static func + (a: Self, n: Int) -> Self { Self(a.utf8 + n) }
    public static func - (a: Self, n: Int) -> Self { Self(a.utf8 - n) }

    public var description: String { "\(Space.name)@\(utf8)" }
}

/// Which text an offset points into.
public protocol TextSpace: Sendable { static var name: String { get } }

/// The text exactly as the caller gave it (after decoding to UTF-8).
public enum OriginalSpace: TextSpace { public static let name = "original" }
/// The normalised text that detectors search (NFKC + `JapaneseFolding`).
public enum NormalizedSpace: TextSpace { public static let name = "normalized" }

public typealias OriginalOffset = TextOffset<OriginalSpace>
public typealias NormalizedOffset = TextOffset<NormalizedSpace>
/// A half-open UTF-8 byte range of the original text.
public typealias OriginalRange = Range<OriginalOffset>
/// A half-open UTF-8 byte range of the normalised text.
public typealias NormalizedRange = Range<NormalizedOffset>

/// What ranges of either space share; lets one extension serve both.
public protocol TextPosition: Strideable, Hashable, Sendable where Stride == Int {
    var utf8: Int { get }
    init(_ utf8: Int)
}

extension TextOffset: TextPosition {}

extension Range where Bound: TextPosition {
    /// The range as plain byte offsets, for indexing a byte buffer of the same space.
    @inlinable public var utf8: Range<Int> { lowerBound.utf8..<upperBound.utf8 }

    /// A typed range from plain byte offsets of its space.
    @inlinable public init(utf8 range: Range<Int>) { self = Bound(range.lowerBound)..<Bound(range.upperBound) }

    /// The range moved by `delta` bytes (a piece's offset within a longer text).
    @inlinable public func shifted(by delta: Int) -> Self {
        Bound(lowerBound.utf8 + delta)..<Bound(upperBound.utf8 + delta)
    }
}
