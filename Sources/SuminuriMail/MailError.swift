/// Why a message was refused, and where: never what it contained.
///
/// Every case ends in exit 75 at the command line, so the MTA defers the message. The
/// description is safe for a log line: it names a limit, a reason and a part path such as
/// `1.2` (the second part of the first part), never a header value or body byte.
public enum MailError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Limit: String, Sendable, Hashable {
        case messageBytes = "message size"
        case parts = "part count"
        case depth = "nesting depth"
        case headerLineBytes = "header line length"
        case headerFieldBytes = "header field length"
        case headerFields = "header field count"
    }

    /// A `MailLimits` bound was exceeded.
    case limitExceeded(Limit, limit: Int, part: PartPath)
    /// The input is not a message at all (empty, or no header field before the body).
    case notAMessage
    /// The engine could not prepare a piece of text for scanning (`Redaction.isComplete`).
    case incompleteRedaction(part: PartPath)
    /// ICU failed while decoding (not bad input: bad input is decoded leniently).
    case decoderFailure(part: PartPath)
    /// `MailOptions.OpaqueParts.refuse` met a part it cannot read.
    case opaquePartRefused(part: PartPath)

    public var description: String {
        switch self {
        case let .limitExceeded(limit, value, part): "\(limit.rawValue) limit \(value) exceeded in part \(part)"
        case .notAMessage: "input is not an RFC 5322 message"
        case let .incompleteRedaction(part): "text of part \(part) could not be prepared for scanning"
        case let .decoderFailure(part): "charset converter failed in part \(part)"
        case let .opaquePartRefused(part): "part \(part) cannot be inspected and the options refuse such parts"
        }
    }
}

/// Where an entity sits: the 1-based index of each part on the way down, empty for the
/// message itself. A nested `message/rfc822` adds no index of its own.
public struct PartPath: Sendable, Hashable, CustomStringConvertible {
    public let indices: [Int]

    public init(_ indices: [Int] = []) { self.indices = indices }

    func appending(_ index: Int) -> PartPath { PartPath(indices + [index]) }

    public var description: String { indices.isEmpty ? "0" : indices.map(String.init).joined(separator: ".") }
}
