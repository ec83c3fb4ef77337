import CSuminuriICU

/// Turns text into the form detectors search, recording every edit.
///
/// Steps, in order:
/// 0. `EvasionFolding.unhide`: invisible characters removed, HTML character references decoded.
/// 1. ICU NFKC (system ICU), except enclosed alphanumerics (①, ⑴), which stay as written so a
///    list marker never becomes a digit glued onto a number. Full-width digits and Latin
///    letters, half-width katakana, ideographic space, ＠, － and ℡ fold here.
/// 2. `JapaneseFolding`: the folding NFKC lacks (kana, case, dash look-alikes, kanji digits).
/// 3. `EvasionFolding.lettersAsDigits`: `O9O-1234-5678` reads as a number (same length).
/// 4. `SpokenDigits`: digits read out in kana (ぜろきゅうぜろ → 090), as voice input writes them.
///
/// A `Normalizer` holds no mutable state and may be shared across threads.
public struct Normalizer: Sendable {
    public init() {}

    /// The linked ICU version, as major × 100 + minor (7201 for 72.1).
    public static var icuVersion: Int { Int(sm_icu_version()) }

    /// Normalises valid UTF-8 text.
    /// - Returns: nil only when ICU itself fails, which callers must treat as an internal error.
    public func normalize(_ original: [UInt8]) -> NormalizedText? {
        var maps: [OffsetMap] = []
        var source = original
        if let (unhidden, map) = EvasionFolding.unhide(original) {
            source = unhidden
            maps.append(map)
        }
        guard let (nfkc, nfkcMap) = Self.nfkc(source) else { return nil }
        var (folded, foldMap, katakana) = JapaneseFolding.fold(nfkc)
        EvasionFolding.lettersAsDigits(&folded)
        maps += [nfkcMap, foldMap]
        if let (spoken, spokenMap) = SpokenDigits.fold(folded) {
            // Katakana ranges move with the shortened text (ゼロハチゼロ was katakana).
            katakana = katakana.map { range in
                spokenMap.targetRange(for: range)
            }.filter { !$0.isEmpty }
            folded = spoken
            maps.append(spokenMap)
        }
        return NormalizedText(original: original, bytes: folded, maps: maps, foldedKatakana: katakana)
    }

    /// Normalises a Swift string (always valid UTF-8).
    public func normalize(_ text: String) -> NormalizedText? {
        normalize(Array(text.utf8))
    }

    /// Normalises a short dictionary entry or keyword the same way as text.
    public func normalizedKey(_ text: String) -> String {
        guard let normalized = normalize(text) else { return text }
        return String(decoding: normalized.bytes, as: UTF8.self)
    }

    /// The ICU NFKC step alone, with its edits: the floor the benchmark compares the whole
    /// pipeline with.
    public static func nfkc(_ source: [UInt8]) -> ([UInt8], OffsetMap)? {
        // ASCII is NFKC-stable: skip the C call for it.
        if !source.contains(where: { $0 >= 0x80 }) { return (source, OffsetMap()) }
        guard source.count < Int(Int32.max) else { return nil }
        var result = source.withUnsafeBufferPointer { sm_nfkc_utf8($0.baseAddress, Int32($0.count)) }
        defer { sm_nfkc_result_free(&result) }
        guard result.status == 0, let bytesPointer = result.bytes else { return nil }
        let bytes = Array(UnsafeBufferPointer(start: bytesPointer, count: Int(result.length)))
        var regions: [OffsetMap.Region] = []
        regions.reserveCapacity(Int(result.edit_count))
        if let edits = result.edits {
            for i in 0..<Int(result.edit_count) {
                let s = Int(edits[4 * i]), sl = Int(edits[4 * i + 1])
                let t = Int(edits[4 * i + 2]), tl = Int(edits[4 * i + 3])
                regions.append(.init(source: s..<(s + sl), target: t..<(t + tl)))
            }
        }
        return (bytes, OffsetMap(regions: regions))
    }
}

/// Boundaries from ICU's Japanese break iterators, as UTF-8 byte offsets.
public enum TextBoundaries {
    public enum Kind: Sendable { case word, sentence }

    /// Sorted boundary offsets including 0 and `bytes.count`; empty if ICU fails.
    public static func boundaries(_ kind: Kind, in bytes: [UInt8]) -> [Int] {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return [0, bytes.count] }
        let code: Int32 = kind == .word ? Int32(SM_BREAK_WORD) : Int32(SM_BREAK_SENTENCE)
        var capacity = bytes.count / 2 + 2
        while true {
            var out = [Int32](repeating: 0, count: capacity)
            let count = bytes.withUnsafeBufferPointer { source in
                out.withUnsafeMutableBufferPointer {
                    sm_boundaries(code, source.baseAddress, Int32(source.count), $0.baseAddress, Int32(capacity))
                }
            }
            if count == Int32.min { return [] }
            if count < 0 { capacity = Int(-count); continue }
            return out.prefix(Int(count)).map(Int.init)
        }
    }
}
