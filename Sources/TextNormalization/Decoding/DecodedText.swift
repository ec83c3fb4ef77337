/// Text decoded to UTF-8, with the charset used and how it was chosen.
public struct DecodedText: Sendable, Hashable {
    /// Valid UTF-8, without a leading byte order mark. Offsets into it are UTF-8 byte offsets
    /// and do not correspond to offsets in the encoded input.
    public let utf8: [UInt8]
    /// The charset the bytes were decoded with.
    public let charset: Charset
    /// Whether the declared charset was used, and if not, what chose `charset`.
    public let detection: Detection
}

/// How `TextDecoder.decode` chose the charset, and whether it had to substitute.
public struct Detection: Sendable, Hashable {
    /// What chose the charset. Every case but `.fewestSubstitutions` means a strict decode.
    public enum Evidence: Sendable, Hashable {
        /// The declared charset decoded the bytes strictly.
        case declaredLabel
        /// A UTF-8 byte order mark, which outranks a label (as in the WHATWG Encoding standard).
        case byteOrderMark
        /// ISO-2022-JP escape sequences (`ESC $ B`, `ESC $ @`, `ESC ( J`, `ESC ( I`, …) in 7-bit input.
        case escapeSequences
        /// The bytes are valid UTF-8 (pure ASCII included).
        case validUTF8
        /// Exactly one of Shift_JIS and EUC-JP decoded strictly.
        case onlyJapaneseCandidate
        /// Both Shift_JIS and EUC-JP decoded strictly; the one that reads more like Japanese won.
        case japaneseScore
        /// No candidate decoded strictly: the lenient decode with the fewest U+FFFD was kept.
        case fewestSubstitutions
    }

    public let evidence: Evidence
    /// The charset the caller declared; nil when the label was missing.
    public let declared: Charset?
    /// Why the declared charset was rejected, when one was declared and failed strictly.
    /// Holds a position and reason only, never content.
    public let declaredFailure: DecodingError?
    /// Invalid sequences replaced with U+FFFD; non-zero only for `.fewestSubstitutions`.
    public let substitutions: Int

    /// Whether the declared label decided the charset.
    public var usedDeclaredLabel: Bool { evidence == .declaredLabel }
    /// Whether the text contains substituted U+FFFD, i.e. is not a faithful decode.
    public var isLenient: Bool { substitutions > 0 }
}
