import Suminuri
import TextNormalization

/// The result of redacting one message.
public struct RedactedMessage: Sendable {
    /// The whole redacted message, ready to hand back to the MTA.
    public let bytes: [UInt8]
    /// Values replaced in headers and text (display names and addresses included).
    public let findings: Int
    /// Parts replaced by a notice because they cannot be inspected.
    public let removedParts: Int
    /// Texts whose charset label was wrong or missing, or that held undecodable bytes.
    public let redecodedTexts: Int
    /// Signed parts whose content changed, so that their signature no longer verifies.
    public let invalidatedSignatures: Int
}

/// Redacts whole RFC 5322 messages: every header, text and HTML part, attached messages,
/// and replaces what it cannot read. Immutable and `Sendable`: build it once (the scanner
/// loads dictionaries) and call `redact` for each message.
///
/// Fails closed: any error is a `MailError`, and there is then no output at all.
public struct MailRedactor: Sendable {
    public let scanner: SensitiveDataScanner
    public let policy: Policy
    public let options: MailOptions

    public init(scanner: SensitiveDataScanner, policy: Policy = .default, options: MailOptions = .default) {
        self.scanner = scanner
        self.policy = policy
        self.options = options
    }

    /// Redacts one raw message (any line endings; CR-only input is converted to LF).
    public func redact(_ message: [UInt8]) throws(MailError) -> RedactedMessage {
        guard message.count <= options.limits.messageBytes else {
            throw .limitExceeded(.messageBytes, limit: options.limits.messageBytes, part: PartPath())
        }
        guard !message.isEmpty else { throw .notAMessage }
        var source = message
        if !source.contains(0x0A) && source.contains(0x0D) {
            // Classic Mac line endings: nothing else would find a single line break.
            source = source.map { $0 == 0x0D ? 0x0A : $0 }
        }
        let firstBreak = source.firstIndex(of: 0x0A)
        let newline: [UInt8] = firstBreak.map { $0 > 0 && source[$0 - 1] == 0x0D } == true ? [0x0D, 0x0A] : [0x0A]

        // An mbox `From ` line is no header field: it is kept and the message starts after it.
        var start = 0
        if Bytes.hasPrefix(source, at: 0, Array("From ".utf8)), let firstBreak { start = firstBreak + 1 }

        var parser = MimeParser(limits: options.limits)
        let entity = try parser.parse(source, start..<source.count, path: PartPath(), depth: 0)
        var writer = Writer(redactor: self, newline: newline)
        let body = try writer.write(entity, in: source, topLevel: true)
        let stamp = "X-Suminuri: redacted; findings=\(writer.findings)"
            + (writer.removedParts > 0 ? "; removed-parts=\(writer.removedParts)" : "")
            + (writer.redecoded > 0 ? "; redecoded=\(writer.redecoded)" : "")
            + (writer.invalidatedSignatures > 0 ? "; signature=invalidated" : "")
        let output = Array(source[0..<start]) + Array(stamp.utf8) + newline + body
        return RedactedMessage(bytes: output, findings: writer.findings, removedParts: writer.removedParts,
                               redecodedTexts: writer.redecoded, invalidatedSignatures: writer.invalidatedSignatures)
    }

    /// The engine on one text; an incomplete redaction is an error, not a partial result.
    func redactText(_ text: String, part: PartPath) throws(MailError) -> Redaction {
        let redaction = scanner.redact(text, policy: policy)
        guard redaction.isComplete else { throw .incompleteRedaction(part: part) }
        return redaction
    }
}
