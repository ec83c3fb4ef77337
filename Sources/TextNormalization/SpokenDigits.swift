/// Digits read out in kana, as voice input and phone memos write them: `ぜろきゅうぜろ
/// いちにいさんよん` → `090 1234`, `ゼロハチゼロ` (katakana is folded to hiragana before this
/// step) → `080` (`Normalizer` step 4).
///
/// A run of digit words is rewritten when it has six words or more, or at least three and
/// stands as a word of its own: nothing but a particle, a space, punctuation or a non-kana
/// character before and after it, so ordinary words that contain a digit word (`いちご`,
/// `さんぽ`, `ごはん`) stay. Groups inside a run may be joined by a space, `の`, `ー`, `-`, `、` or `・`,
/// which are kept. Every rewritten word is one `OffsetMap` region, so a finding maps back to
/// the kana the writer typed.
public enum SpokenDigits {
    /// Digit words in folded (hiragana) spelling, longest first where one starts another.
    private static let words: [(bytes: [UInt8], digit: UInt8)] = [
        ("きゅう", 9), ("きゅー", 9), ("ぜろ", 0), ("れい", 0), ("まる", 0), ("いち", 1), ("にい", 2), ("にー", 2),
        ("さん", 3), ("よん", 4), ("ごお", 5), ("ごー", 5), ("ろく", 6), ("なな", 7), ("しち", 7), ("はち", 8),
        ("に", 2), ("ご", 5),
    ].map { (Array($0.0.utf8), UInt8(ascii: "0") + $0.1) }

    private static let zero = Array("ぜろ".utf8)

    /// Single-kana words (に, ご) are digits only between other digit words: に is a particle.
    private static func isSingleKana(_ word: [UInt8]) -> Bool { word.count == 3 }

    /// Particles and sentence endings that may stand right before or after a spoken number
    /// (電話はぜろきゅうぜろ…です, 番号の…).
    private static let neighbours: Set<UInt32> = Set("はがをにのもでとへやかねよ".unicodeScalars.map(\.value))

    /// Separators kept between groups of one spoken number.
    private static func separatorLength(_ bytes: [UInt8], at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        switch bytes[offset] {
        case 0x20, 0x2D: return 1
        default:
            guard let (scalar, length) = UTF8Scalars.decode(bytes, at: offset) else { return 0 }
            return "のー、・".unicodeScalars.contains(scalar) ? length : 0
        }
    }

    /// - Returns: the rewritten bytes and their map back to `bytes`, or nil when the text has
    ///   no spoken number (the common case: nothing is copied).
    public static func fold(_ bytes: [UInt8]) -> ([UInt8], OffsetMap)? {
        var output: [UInt8] = []
        var regions: [OffsetMap.Region] = []
        var copiedUpTo = 0
        var i = 0
        while i < bytes.count {
            // Digit words are hiragana: three-byte scalars starting 0xE3.
            // A long run (six words or more) is a number wherever it stands (折り返しぜろはちぜろ…).
            // A single-kana word (に, ご) never opens a run: skip it before `spokenRun` allocates.
            guard bytes[i] == 0xE3, let (first, _) = digitWord(at: i, in: bytes), !isSingleKana(first) else { i += 1; continue }
            // ゼロ九〇 (ぜろ90 once kanji digits are folded): a spoken zero glued to written digits.
            if first == zero, startsWord(bytes, at: i), i + first.count + 1 < bytes.count,
               (0x30...0x39).contains(bytes[i + first.count]), (0x30...0x39).contains(bytes[i + first.count + 1]) {
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output += bytes[copiedUpTo..<i]
                regions.append(.init(source: i..<(i + first.count), target: output.count..<(output.count + 1)))
                output.append(UInt8(ascii: "0"))
                copiedUpTo = i + first.count
                i = copiedUpTo
                continue
            }
            guard let run = spokenRun(bytes, from: i),
                  run.words.count >= 6 || (startsWord(bytes, at: i) && endsWord(bytes, at: run.end)) else { i += 1; continue }
            if output.isEmpty { output.reserveCapacity(bytes.count) }
            for (range, digit) in run.words {
                output += bytes[copiedUpTo..<range.lowerBound]
                regions.append(.init(source: range, target: output.count..<(output.count + 1)))
                output.append(digit)
                copiedUpTo = range.upperBound
            }
            i = run.end
        }
        guard !regions.isEmpty else { return nil }
        output += bytes[copiedUpTo...]
        return (output, OffsetMap(regions: regions))
    }

    /// A run of at least three digit words from `start` that ends where a word may end.
    private static func spokenRun(_ bytes: [UInt8], from start: Int) -> (words: [(Range<Int>, UInt8)], end: Int)? {
        var words: [(Range<Int>, UInt8)] = []
        var p = start
        var lastWordEnd = start
        while true {
            if let (word, digit) = digitWord(at: p, in: bytes) {
                words.append((p..<(p + word.count), digit))
                p += word.count
                lastWordEnd = p
                continue
            }
            // A separator continues the run only when another digit word follows it.
            var q = p, separated = false
            while true {
                let length = separatorLength(bytes, at: q)
                guard length > 0 else { break }
                q += length; separated = true
            }
            guard separated, q > p, let (word, _) = digitWord(at: q, in: bytes), !isSingleKana(word) || digitWord(at: q + word.count, in: bytes) != nil else { break }
            p = q
        }
        // A single-kana word may not open or close the run (に is a particle: 電話に), unless the
        // sentence ends after it (…さんにです, …さんに。).
        while let last = words.last, last.0.count == 3, !endsSentence(bytes, at: last.0.upperBound) {
            words.removeLast(); lastWordEnd = words.last?.0.upperBound ?? start
        }
        guard let first = words.first, first.0.count > 3, words.count >= 3 else { return nil }
        return (words, lastWordEnd)
    }

    /// Where a kana's digit words are in `byFirstKana`: the last UTF-8 byte's low six bits,
    /// plus 64 after E3 82 (all digit words start E3 81 xx or E3 82 xx); nil for other bytes.
    @inline(__always)
    private static func kanaSlot(_ middle: UInt8, _ last: UInt8) -> Int? {
        guard last & 0xC0 == 0x80 else { return nil }
        switch middle {
        case 0x81: return Int(last & 0x3F)
        case 0x82: return 64 + Int(last & 0x3F)
        default: return nil
        }
    }

    /// `words` grouped by first kana, in their order within a group (so a longer spelling is
    /// still tried first), and each kana slot's range in it (empty for kana that start no
    /// digit word). Asked at every kana: one look-up, then only the words of that kana.
    private static let byFirstKana: (words: [(bytes: [UInt8], digit: UInt8)], groups: [Range<Int>]) = {
        var grouped: [(bytes: [UInt8], digit: UInt8)] = []
        var groups = [Range<Int>](repeating: 0..<0, count: 128)
        for word in words {
            precondition(word.bytes.count >= 3 && word.bytes[0] == 0xE3, "digit words are hiragana")
            guard let slot = kanaSlot(word.bytes[1], word.bytes[2]) else { preconditionFailure("digit words are hiragana") }
            guard groups[slot].isEmpty else { continue }
            let start = grouped.count
            grouped += words.filter { $0.bytes[1] == word.bytes[1] && $0.bytes[2] == word.bytes[2] }
            groups[slot] = start..<grouped.count
        }
        return (grouped, groups)
    }()

    private static func digitWord(at offset: Int, in bytes: [UInt8]) -> ([UInt8], UInt8)? {
        // Most kana start no digit word: a look-up before comparing words.
        guard offset + 2 < bytes.count, bytes[offset] == 0xE3, let slot = kanaSlot(bytes[offset + 1], bytes[offset + 2]) else { return nil }
        let (grouped, groups) = Self.byFirstKana
        for k in groups[slot] {
            let (word, digit) = grouped[k]
            if offset + word.count <= bytes.count && bytes[offset..<(offset + word.count)].elementsEqual(word) { return (word, digit) }
        }
        return nil
    }

    private static func isHiragana(_ scalar: Unicode.Scalar) -> Bool { (0x3041...0x309F).contains(scalar.value) || scalar.value == 0x30FC }

    /// Whether a word may start here: not inside a run of hiragana, except after a particle
    /// (電話はぜろ…, 番号のぜろ…).
    private static func startsWord(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset >= 3, let (previous, _) = UTF8Scalars.decode(bytes, at: offset - 3), bytes[offset - 3] == 0xE3 else { return true }
        guard isHiragana(previous) else { return true }
        if neighbours.contains(previous.value) {
            // A particle stands after a word: the character before it is no hiragana, or
            // it is one of the few two-kana particles' first half.
            guard offset >= 6, let (beforeParticle, _) = UTF8Scalars.decode(bytes, at: offset - 6), bytes[offset - 6] == 0xE3 else { return true }
            return !isHiragana(beforeParticle) || beforeParticle == "ー"
        }
        return false
    }

    /// Whether a sentence ends here, after any spaces: the end, a line break, 。, or です/でした.
    private static func endsSentence(_ bytes: [UInt8], at offset: Int) -> Bool {
        // Voice input spaces its words: …さんはちにいご です.
        var offset = offset
        while offset < bytes.count, bytes[offset] == 0x20 { offset += 1 }
        guard offset < bytes.count else { return true }
        if bytes[offset] == 0x0A || bytes[offset] == 0x0D { return true }
        return ["。", "です", "でした"].contains { word in
            let w = Array(word.utf8)
            return offset + w.count <= bytes.count && bytes[offset..<(offset + w.count)].elementsEqual(w)
        }
    }

    /// Whether a word may end here: the end, a non-hiragana character, or a particle or です.
    private static func endsWord(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset < bytes.count, let (next, _) = UTF8Scalars.decode(bytes, at: offset) else { return true }
        guard isHiragana(next) else { return true }
        return neighbours.contains(next.value) || next == "で"
    }
}
