/// The charsets Suminuri decodes: a closed set. An unknown label is an error, never a guess.
///
/// Each case names the system ICU converter that decodes it. Findings with ICU 72.1 that shaped
/// the choice (checked with `ucnv_toUnicode` and the STOP callback):
/// - `.shiftJIS` uses `ibm-943_P15A-2003` rather than ICU's `Shift_JIS` so that the NEC row 13
///   and IBM extension characters that cp932 mail carries (①, ㈱, 髙) decode; 0x5C and 0x7E stay
///   U+005C and U+007E, and the user-defined area (carrier emoji, 0xF040–0xF9FC) decodes to the
///   Private Use Area.
/// - ICU's plain `ISO-2022-JP` (`ISO_2022,locale=ja,version=0`) already accepts half-width
///   katakana designated by `ESC ( I` (0x31 → U+FF71), as do versions 1–4. Only version 3 also
///   takes the SO/SI (0x0E/0x0F) form; no mail sample uses it, so the plain converter is kept.
///   It also decodes NEC row 13 (0x2D21 → ①) and NEC-selected IBM extensions (0x7C7C → U+FFE4),
///   i.e. it behaves like Microsoft's CP50220 on input, which is what iPhone and Outlook send.
///   `ESC ( J` (JIS X 0201 Roman) maps 0x5C → U+00A5 and 0x7E → U+203E.
/// - JIS X 0208 0x2141 (wave dash) and 0x215D (minus) decode to U+FF5E and U+FF0D (the cp932
///   choice) in all three Japanese converters used here, ISO-2022-JP included. Only ICU's older
///   EUC-JP tables (`ibm-33722`, `ibm-954`) give U+301C and U+2212. The normaliser folds dash
///   look-alikes, so detectors see one form either way.
/// - ibm-943 permutes the controls 0x1A, 0x1C and 0x7F (IBM PC convention); `TextDecoder`
///   undoes it so that they come out as written.
/// - `.windows1252` maps the five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
///   to C1 controls, so it never fails, like `.isoLatin1`.
public enum Charset: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Shift_JIS as Windows writes it (cp932 / Windows-31J), with NEC and IBM extensions.
    case shiftJIS
    /// EUC-JP including JIS X 0212 (SS3) and half-width katakana (SS2).
    case eucJP
    /// ISO-2022-JP (RFC 1468), accepting half-width katakana (`ESC ( I`) and cp932 extensions.
    case iso2022JP
    /// ISO-2022-JP-1 (RFC 2237): adds JIS X 0212 (`ESC $ ( D`).
    case iso2022JP1
    /// ISO-2022-JP-2 (RFC 1554): adds GB 2312, KS C 5601 and ISO 8859-1/-7 high halves.
    case iso2022JP2
    case utf8
    /// UTF-16 with a byte order mark (big-endian without one, as RFC 2781 says).
    case utf16
    case utf16LE
    case utf16BE
    case usASCII
    case isoLatin1
    case windows1252

    /// Maps a charset label (as in a MIME `charset=` parameter) to a charset.
    ///
    /// Case-insensitive; surrounding white space and quotes are ignored. Returns nil for any
    /// label outside the closed set, so that a caller decides what an unknown label means.
    public init?(label: String) {
        let trimmed = label.trimmingWhitespaceAndQuotes().lowercased()
        switch trimmed {
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "cp932", "windows-31j", "ms_kanji", "csshiftjis":
            self = .shiftJIS
        case "euc-jp", "x-euc-jp", "eucjp":
            self = .eucJP
        case "iso-2022-jp":
            self = .iso2022JP
        case "iso-2022-jp-1":
            self = .iso2022JP1
        case "iso-2022-jp-2":
            self = .iso2022JP2
        case "utf-8", "utf8":
            self = .utf8
        case "utf-16", "utf16":
            self = .utf16
        case "utf-16le":
            self = .utf16LE
        case "utf-16be":
            self = .utf16BE
        case "us-ascii", "ascii":
            self = .usASCII
        case "iso-8859-1", "latin1":
            self = .isoLatin1
        case "windows-1252":
            self = .windows1252
        default:
            return nil
        }
    }

    /// The preferred MIME name, for reports and for writing a `charset=` parameter back out.
    public var name: String {
        switch self {
        case .shiftJIS: "Shift_JIS"
        case .eucJP: "EUC-JP"
        case .iso2022JP: "ISO-2022-JP"
        case .iso2022JP1: "ISO-2022-JP-1"
        case .iso2022JP2: "ISO-2022-JP-2"
        case .utf8: "UTF-8"
        case .utf16: "UTF-16"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .usASCII: "US-ASCII"
        case .isoLatin1: "ISO-8859-1"
        case .windows1252: "windows-1252"
        }
    }

    public var description: String { name }

    /// The system ICU converter name (see the type's documentation for why these ones).
    var icuConverterName: String {
        switch self {
        case .shiftJIS: "ibm-943_P15A-2003"
        case .eucJP: "euc-jp-2007"
        case .iso2022JP: "ISO_2022,locale=ja,version=0"
        case .iso2022JP1: "ISO_2022,locale=ja,version=1"
        case .iso2022JP2: "ISO_2022,locale=ja,version=2"
        case .utf8: "UTF-8"
        case .utf16: "UTF-16"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .usASCII: "US-ASCII"
        case .isoLatin1: "ISO-8859-1"
        case .windows1252: "windows-1252"
        }
    }
}

extension String {
    /// Without Foundation: labels come from headers such as `charset="Shift_JIS" `.
    fileprivate func trimmingWhitespaceAndQuotes() -> Substring {
        let ignored: Set<Character> = [" ", "\t", "\r", "\n", "\"", "'"]
        var view = Substring(self)
        while let first = view.first, ignored.contains(first) { view = view.dropFirst() }
        while let last = view.last, ignored.contains(last) { view = view.dropLast() }
        return view
    }
}
