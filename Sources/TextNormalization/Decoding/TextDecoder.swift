import CSuminuriICU

/// The decode stage: bytes in some charset → valid UTF-8, through system ICU's converters.
///
/// Strict first: an invalid sequence is an error, never silently substituted. Only when no
/// charset decodes strictly does `decode` fall back to U+FFFD, and it records how many it wrote.
/// Stateless and thread-safe (each conversion opens its own ICU converter).
public enum TextDecoder {
    /// Decodes `bytes`, trusting `declared` only as far as it decodes strictly.
    ///
    /// Order: a UTF-8 byte order mark wins over any label; then the declared charset, strictly;
    /// on failure (or with no label) detection as in `detect(_:)`; last, a lenient decode with
    /// whichever candidate needs the fewest U+FFFD. Latin-1 and windows-1252 are never guessed,
    /// since they accept any bytes and would hide garbage.
    /// - Throws: only when ICU itself fails (`.converterUnavailable`, `.internalFailure`); bad
    ///   input never throws here, it ends in a lenient decode that `detection` reports.
    public static func decode(_ bytes: [UInt8], declared: Charset?) throws(DecodingError) -> DecodedText {
        // UTF-16 is never 7-bit nor valid UTF-8 nor Shift_JIS-like: only its BOM tells it.
        if bytes.count >= 2, (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF),
           declared == nil || declared == .utf8, let utf16 = try strictOrNil(bytes, as: .utf16) {
            return DecodedText(utf8: utf16, charset: .utf16, detection: Detection(
                evidence: .byteOrderMark, declared: declared, declaredFailure: nil, substitutions: 0))
        }
        if hasByteOrderMark(bytes), declared != .utf8 {
            if let utf8 = try strictOrNil(bytes, as: .utf8) {
                return DecodedText(utf8: utf8, charset: .utf8, detection: Detection(
                    evidence: .byteOrderMark, declared: declared, declaredFailure: nil, substitutions: 0))
            }
        }
        var declaredFailure: DecodingError?
        if let declared {
            do {
                let utf8 = try decodeStrict(bytes, as: declared)
                return DecodedText(utf8: utf8, charset: declared, detection: Detection(
                    evidence: .declaredLabel, declared: declared, declaredFailure: nil, substitutions: 0))
            } catch {
                guard error.isInputError else { throw error }
                declaredFailure = error
            }
        }
        if let (charset, utf8, evidence) = try detectDecoding(bytes) {
            return DecodedText(utf8: utf8, charset: charset, detection: Detection(
                evidence: evidence, declared: declared, declaredFailure: declaredFailure, substitutions: 0))
        }
        // The declared charset comes first so that it wins a tie.
        var candidates: [Charset] = declared.map { [$0] } ?? []
        for charset in iso2022Variant(bytes).map({ [$0] }) ?? [.utf8, .shiftJIS, .eucJP]
        where !candidates.contains(charset) {
            candidates.append(charset)
        }
        var best: (charset: Charset, utf8: [UInt8], substitutions: Int)?
        for charset in candidates {
            let (utf8, substitutions) = try convert(bytes, as: charset, lenient: true)
            if substitutions < best?.substitutions ?? Int.max {
                best = (charset, utf8, substitutions)
            }
        }
        // Unreachable: candidates always holds at least one charset.
        guard let best else { throw DecodingError(reason: .internalFailure(icuStatus: 0), charset: nil) }
        return DecodedText(utf8: best.utf8, charset: best.charset, detection: Detection(
            evidence: .fewestSubstitutions, declared: declared, declaredFailure: declaredFailure,
            substitutions: best.substitutions))
    }

    /// Decodes `bytes` with a charset label as found in a MIME header.
    /// - Throws: `.unknownLabel` for a label outside `Charset`'s closed set (never a guess; pass
    ///   nil to ask for detection), or what `decode(_:declared:)` throws.
    public static func decode(_ bytes: [UInt8], declaredLabel: String?) throws(DecodingError) -> DecodedText {
        guard let declaredLabel else { return try decode(bytes, declared: nil) }
        guard let charset = Charset(label: declaredLabel) else {
            throw DecodingError(reason: .unknownLabel, charset: nil)
        }
        return try decode(bytes, declared: charset)
    }

    /// Decodes `bytes` as `charset`, failing at the first invalid sequence.
    ///
    /// For UTF-8 a leading byte order mark is removed; error offsets still count it, since they
    /// index `bytes` (byte offsets into the encoded input, not into the UTF-8 output).
    public static func decodeStrict(_ bytes: [UInt8], as charset: Charset) throws(DecodingError) -> [UInt8] {
        try convert(bytes, as: charset, lenient: false).utf8
    }

    /// The charset the bytes decode strictly in, or nil if none of the candidates does.
    ///
    /// Tried in order: UTF-8 byte order mark; ISO-2022-JP escape sequences in 7-bit input (the
    /// variant follows the designations used); valid UTF-8 (so pure ASCII answers `.utf8`);
    /// Shift_JIS and EUC-JP, by which decodes strictly, or by which reads more like Japanese
    /// when both do. Latin-1 and windows-1252 are never answered.
    public static func detect(_ bytes: [UInt8]) -> Charset? {
        // A byte order mark needs no special case: the UTF-8 step skips it.
        (try? detectDecoding(bytes))?.0
    }

    // MARK: - Detection

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// Byte-order-mark-free detection that also hands back the decoded text, so nothing is
    /// decoded twice. Throws only for ICU failures.
    private static func detectDecoding(_ bytes: [UInt8]) throws(DecodingError) -> (Charset, [UInt8], Detection.Evidence)? {
        if let variant = iso2022Variant(bytes) {
            // 7-bit bytes with JIS escapes are ISO-2022-JP or broken ISO-2022-JP: reading them
            // as UTF-8 would pass raw escape sequences on to the detectors.
            return try strictOrNil(bytes, as: variant).map { (variant, $0, .escapeSequences) }
        }
        if let utf8 = try strictOrNil(bytes, as: .utf8) { return (.utf8, utf8, .validUTF8) }
        let shiftJIS = try strictOrNil(bytes, as: .shiftJIS)
        let eucJP = try strictOrNil(bytes, as: .eucJP)
        switch (shiftJIS, eucJP) {
        case let (sjis?, nil): return (.shiftJIS, sjis, .onlyJapaneseCandidate)
        case let (nil, euc?): return (.eucJP, euc, .onlyJapaneseCandidate)
        case let (sjis?, euc?):
            // A tie goes to Shift_JIS, by far the commoner of the two in mail.
            return japaneseScore(euc) > japaneseScore(sjis)
                ? (.eucJP, euc, .japaneseScore) : (.shiftJIS, sjis, .japaneseScore)
        case (nil, nil): return nil
        }
    }

    /// The ISO-2022-JP variant whose designations appear, if the input is 7-bit and uses any.
    private static func iso2022Variant(_ bytes: [UInt8]) -> Charset? {
        guard bytes.contains(0x1B), !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var japanese = false, jisX0212 = false, otherScripts = false
        var i = 0
        while i < bytes.count {
            defer { i += 1 }
            guard bytes[i] == 0x1B, i + 2 < bytes.count else { continue }
            switch (bytes[i + 1], bytes[i + 2]) {
            case (0x24, 0x42), (0x24, 0x40), (0x28, 0x4A), (0x28, 0x49), (0x28, 0x42):
                japanese = true // ESC $ B, ESC $ @, ESC ( J, ESC ( I, ESC ( B
            case (0x24, 0x28) where i + 3 < bytes.count && (bytes[i + 3] == 0x42 || bytes[i + 3] == 0x40):
                japanese = true // ESC $ ( B, ESC $ ( @: long forms of the JIS X 0208 designations
            case (0x24, 0x28) where i + 3 < bytes.count && bytes[i + 3] == 0x44:
                jisX0212 = true // ESC $ ( D
            case (0x24, 0x41), (0x24, 0x28), (0x2E, _):
                otherScripts = true // GB 2312, KS C 5601 (ESC $ ( C), ISO 8859 high halves (ESC . A/F)
            default:
                break
            }
        }
        if otherScripts { return .iso2022JP2 }
        if jisX0212 { return .iso2022JP1 }
        return japanese ? .iso2022JP : nil
    }

    /// How much `utf8` reads like Japanese: misread Shift_JIS/EUC-JP turns into runs of
    /// half-width katakana, C1 controls or private-use characters, while real text is mostly
    /// kana, kanji and ASCII. Only the comparison between two decodings matters.
    private static func japaneseScore(_ utf8: [UInt8]) -> Int {
        var score = 0
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF, 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF01...0xFF5E: score += 2
            case 0x20...0x7E, 0x09, 0x0A, 0x0D: score += 0
            case 0xFF61...0xFF9F: score -= 1
            case 0xE000...0xF8FF: score -= 3
            case 0x80...0x9F: score -= 5
            default: break
            }
        }
        return score
    }

    // MARK: - ICU

    /// A strict decode, with bad input turned into nil and ICU failures still thrown.
    private static func strictOrNil(_ bytes: [UInt8], as charset: Charset) throws(DecodingError) -> [UInt8]? {
        do {
            return try decodeStrict(bytes, as: charset)
        } catch {
            if error.isInputError { return nil }
            throw error
        }
    }

    private static func convert(_ bytes: [UInt8], as charset: Charset, lenient: Bool) throws(DecodingError) -> (utf8: [UInt8], substitutions: Int) {
        let skipped = charset == .utf8 && hasByteOrderMark(bytes) ? byteOrderMark.count : 0
        var result = bytes.withUnsafeBufferPointer { buffer in
            charset.icuConverterName.withCString { name in
                sm_decode_to_utf8(name, buffer.baseAddress.map { $0 + skipped }, Int64(buffer.count - skipped), lenient ? 1 : 0)
            }
        }
        defer { sm_decode_result_free(&result) }
        let reason: DecodingError.Reason
        switch Int(result.status) {
        case Int(SM_DECODE_OK):
            var utf8 = result.bytes.map { Array(UnsafeBufferPointer(start: $0, count: Int(result.length))) } ?? []
            if charset == .shiftJIS { undoIBMControlSwap(&utf8) }
            return (utf8, Int(result.substitutions))
        case Int(SM_DECODE_ILLEGAL): reason = .illegalSequence
        case Int(SM_DECODE_UNMAPPABLE): reason = .unmappableSequence
        case Int(SM_DECODE_TRUNCATED): reason = .truncatedSequence
        case Int(SM_DECODE_NO_CONVERTER): reason = .converterUnavailable
        default: reason = .internalFailure(icuStatus: result.icu_status)
        }
        let located = result.error_offset >= 0
        throw DecodingError(
            reason: reason, charset: charset,
            byteOffset: located ? Int(result.error_offset) + skipped : nil,
            sequenceLength: located ? Int(result.error_length) : nil)
    }

    /// ICU's ibm-943 tables (and so `windows-31j`) follow the IBM PC convention of permuting
    /// three controls: 0x1A → U+001C, 0x1C → U+007F, 0x7F → U+001A (seen with ICU 72.1). cp932 as
    /// Windows and iconv read it maps them to themselves, and a redactor must not change bytes it
    /// did not redact, so the permutation is inverted. No multi-byte character decodes to these
    /// code points and UTF-8 never uses ASCII bytes inside a multi-byte sequence, so the byte-wise
    /// inversion is exact.
    private static func undoIBMControlSwap(_ utf8: inout [UInt8]) {
        for i in utf8.indices {
            switch utf8[i] {
            case 0x1C: utf8[i] = 0x1A
            case 0x7F: utf8[i] = 0x1C
            case 0x1A: utf8[i] = 0x7F
            default: break
            }
        }
    }
}

extension DecodingError {
    /// Whether the error is about the input (so another charset may do) rather than about ICU.
    var isInputError: Bool {
        switch reason {
        case .illegalSequence, .unmappableSequence, .truncatedSequence: true
        case .unknownLabel, .converterUnavailable, .internalFailure: false
        }
    }
}
