/// Voice input and simple Japanese put a space between words (みみが きこえません, さぎ に
/// あいました), which no phrase in a dictionary has. This view of a normalised text drops
/// each run of spaces that follows hiragana and precedes kana, so that phrases
/// can be matched as they are read; the map records every removed space.
///
/// Business text rarely has hiragana before a space (山田 太郎 and 営業部 田中 keep theirs,
/// and the view is not made for them), so the cost falls on the texts that need it.
extension NormalizedText {
    /// The text without spaces between words, and the map from it back to this text's
    /// normalised bytes; nil when no space follows hiragana.
    public func joiningSpacedWords() -> (text: NormalizedText, map: OffsetMap)? {
        let n = bytes.count
        var joins: [Range<Int>] = []
        var i = 3
        while i < n {
            // 警察 に 相談, 労災 で 病院: a particle standing alone between two words, whatever
            // their script, joins both.
            if bytes[i] == 0x20, i >= 3, bytes[i - 3] >= 0xE3, !Self.isHiragana(bytes, endingAt: i),
               Self.isStandingParticle(bytes, at: i + 1), i + 5 < n, Self.isWordStart(bytes, at: i + 5) {
                joins.append(i..<(i + 1))
                joins.append((i + 4)..<(i + 5))
                i += 5
                continue
            }
            guard bytes[i] == 0x20, Self.isHiragana(bytes, endingAt: i) else { i += 1; continue }
            var end = i
            while end < n && bytes[end] == 0x20 { end += 1 }
            // (びょういん に 行って: after a particle standing alone, a kanji word joins too.)
            let afterStandingParticle = i >= 4 && bytes[i - 4] == 0x20 && Self.isStandingParticle(bytes, at: i - 3)
            guard Self.isKana(bytes, at: end) || (afterStandingParticle && Self.isWordStart(bytes, at: end)) else { i = end; continue }
            joins.append(i..<end)
            i = end
        }
        guard !joins.isEmpty else { return nil }
        // Lines without a joined space are dropped from the view (each maps to an empty range):
        // whatever they hold was read in the text itself, and a long mail with one line of voice
        // input is not scanned twice.
        var output: [UInt8] = []
        output.reserveCapacity(n)
        var regions: [OffsetMap.Region] = []
        var copied = 0, next = 0, lineStart = 0
        while lineStart <= n {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? n
            if next < joins.count, joins[next].lowerBound < lineEnd {
                while next < joins.count, joins[next].lowerBound < lineEnd {
                    output.append(contentsOf: bytes[copied..<joins[next].lowerBound])
                    regions.append(.init(source: joins[next], target: output.count..<output.count))
                    copied = joins[next].upperBound
                    next += 1
                }
            } else if lineEnd > lineStart {
                output.append(contentsOf: bytes[copied..<lineStart])
                regions.append(.init(source: lineStart..<lineEnd, target: output.count..<output.count))
                copied = lineEnd
            }
            lineStart = lineEnd + 1
        }
        output.append(contentsOf: bytes[copied..<n])
        let map = OffsetMap(regions: regions)
        let katakana = foldedKatakana.map { map.targetRange(for: $0) }.filter { !$0.isEmpty }
        return (NormalizedText(original: original, bytes: output, maps: maps + [map], foldedKatakana: katakana), map)
    }

    /// One particle between spaces (に, で, を, が, の, へ, と, は, も).
    private static func isStandingParticle(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + 3 < bytes.count, bytes[offset + 3] == 0x20, bytes[offset] == 0xE3 else { return false }
        return particles.contains { $0[1] == bytes[offset + 1] && $0[2] == bytes[offset + 2] }
    }
    private static let particles: [[UInt8]] = ["に", "で", "を", "が", "の", "へ", "と", "は", "も"].map { Array($0.utf8) }

    /// A word of kana or kanji starts at `offset`.
    private static func isWordStart(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        return bytes[offset] >= 0xE3
    }

    /// Hiragana (U+3041–U+309F: E3 81 81 … E3 82 9F) ending at `end`.
    private static func isHiragana(_ bytes: [UInt8], endingAt end: Int) -> Bool {
        guard end >= 3, bytes[end - 3] == 0xE3 else { return false }
        let second = bytes[end - 2], third = bytes[end - 1]
        return (second == 0x81 && third >= 0x81) || (second == 0x82 && third <= 0x9F)
    }

    /// Hiragana or katakana (with ー) starting at `offset`. Before kanji a space is kept: staff
    /// notes separate clauses with one (窓ガラス割られた　警察には届出済).
    private static func isKana(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset + 2 < bytes.count, bytes[offset] == 0xE3 else { return false }
        let second = bytes[offset + 1], third = bytes[offset + 2]
        return (second == 0x81 && third >= 0x81) || second == 0x82 || second == 0x83
    }
}
