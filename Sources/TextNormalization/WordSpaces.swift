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
            guard bytes[i] == 0x20, Self.isHiragana(bytes, endingAt: i) else { i += 1; continue }
            var end = i
            while end < n && bytes[end] == 0x20 { end += 1 }
            guard Self.isKana(bytes, at: end) else { i = end; continue }
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
