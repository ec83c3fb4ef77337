/// Why decoding failed, and where: never what the bytes were.
///
/// The input is sensitive by assumption, so an error holds only a reason, the charset and a
/// position. Not even an unknown label is kept: a malformed header can hold anything.
public struct DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The label is outside `Charset`'s closed set.
        case unknownLabel
        /// A malformed byte sequence, or an escape sequence the charset does not allow.
        case illegalSequence
        /// A well-formed sequence that the charset assigns no character.
        case unmappableSequence
        /// The input ends inside a character.
        case truncatedSequence
        /// System ICU has no converter for the charset (a broken ICU data install).
        case converterUnavailable
        /// ICU itself failed (for example out of memory); `icuStatus` is its `UErrorCode`.
        case internalFailure(icuStatus: Int32)
    }

    public let reason: Reason
    /// The charset being decoded; nil for `.unknownLabel`.
    public let charset: Charset?
    /// Offset, in bytes of the encoded input (not of the UTF-8 output, not in characters), of the
    /// first invalid sequence; nil when the error is not tied to a position.
    public let byteOffset: Int?
    /// Length in bytes of that invalid sequence, as ICU delimits it; nil with `byteOffset`.
    public let sequenceLength: Int?

    public init(reason: Reason, charset: Charset?, byteOffset: Int? = nil, sequenceLength: Int? = nil) {
        self.reason = reason
        self.charset = charset
        self.byteOffset = byteOffset
        self.sequenceLength = sequenceLength
    }

    public var description: String {
        var text: String
        switch reason {
        case .unknownLabel: text = "unknown charset label"
        case .illegalSequence: text = "illegal byte sequence"
        case .unmappableSequence: text = "unmappable byte sequence"
        case .truncatedSequence: text = "truncated byte sequence"
        case .converterUnavailable: text = "no ICU converter"
        case .internalFailure(let status): text = "ICU failure \(status)"
        }
        if let charset { text += " in \(charset.name)" }
        if let byteOffset {
            text += " at byte offset \(byteOffset)"
            if let sequenceLength { text += " (\(sequenceLength) byte\(sequenceLength == 1 ? "" : "s"))" }
        }
        return text
    }
}
