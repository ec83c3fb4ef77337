/// Bounds on what the parser accepts. A message beyond any of them is not redacted but
/// refused (`MailError.limitExceeded`), so that the MTA defers it: a filter that gives up
/// half-way must not pass the unread rest on.
///
/// The defaults sit above what real inquiries need (Postfix's own `message_size_limit` is
/// 10 MB) and below what would let one message hold a filter process for long.
public struct MailLimits: Sendable, Hashable {
    /// Bytes of the whole raw message.
    public var messageBytes: Int
    /// MIME entities in the whole message, the top level and nested messages included.
    public var parts: Int
    /// Nesting of multiparts and `message/rfc822` inside each other (the top level is 0).
    public var depth: Int
    /// Bytes of one physical header line (RFC 5322 allows 998; real mail sometimes has more).
    public var headerLineBytes: Int
    /// Bytes of one header field after unfolding.
    public var headerFieldBytes: Int
    /// Header fields of one entity.
    public var headerFields: Int

    public init(messageBytes: Int = 32 << 20, parts: Int = 500, depth: Int = 16,
                headerLineBytes: Int = 8 << 10, headerFieldBytes: Int = 64 << 10, headerFields: Int = 1000) {
        self.messageBytes = messageBytes
        self.parts = parts
        self.depth = depth
        self.headerLineBytes = headerLineBytes
        self.headerFieldBytes = headerFieldBytes
        self.headerFields = headerFields
    }

    public static let `default` = MailLimits()
}

/// What the mail redactor does beyond the engine's `Policy`, which decides what is redacted
/// in each text.
public struct MailOptions: Sendable, Hashable {
    /// What happens to a display name in From, To, Cc, Bcc, Reply-To, Sender and their
    /// Resent- forms.
    public enum DisplayNames: String, Sendable, Hashable, CaseIterable {
        /// Replaced whole by the PERSON placeholder: in those headers it names a person by
        /// definition, and a bare name is what the detectors find least reliably.
        case replace
        /// Scanned like any other text; only findings are replaced.
        case scan
        /// Kept as written.
        case keep
    }

    /// What happens to the address itself in those headers.
    public enum Addresses: String, Sendable, Hashable, CaseIterable {
        /// Kept: the message must still reach and answer its correspondents.
        case keep
        /// Replaced by `redacted@redacted.invalid` (RFC 2606), which keeps the header parseable.
        case redact
    }

    /// What happens to a part the redactor cannot read: images, PDF, Office files, archives,
    /// TNEF, S/MIME, text in a charset outside the decoder's closed set.
    public enum OpaqueParts: String, Sendable, Hashable, CaseIterable {
        /// Replaced by a short text/plain notice naming type, (redacted) file name and size.
        case notice
        /// The whole message is refused (the MTA defers it).
        case refuse
    }

    public var displayNames: DisplayNames
    public var addresses: Addresses
    public var opaqueParts: OpaqueParts
    public var limits: MailLimits

    public init(displayNames: DisplayNames = .replace, addresses: Addresses = .keep,
                opaqueParts: OpaqueParts = .notice, limits: MailLimits = .default) {
        self.displayNames = displayNames
        self.addresses = addresses
        self.opaqueParts = opaqueParts
        self.limits = limits
    }

    public static let `default` = MailOptions()
}
