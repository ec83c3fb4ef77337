import TextNormalization

/// People named by their initials, as reviews and complaints write staff (担当のEさん, T.Sさん,
/// K城さん, 店長のS田さん): a capital letter, two joined by a dot, or one before a kanji or two,
/// right before an honorific.
extension PersonDetector {
    /// Honorifics after initials (normalised).
    static let initialHonorifics: [[UInt8]] = ["さん", "様", "さま", "くん", "ちゃん", "氏"].map { Array($0.utf8) }
    /// Two capitals before さん that name an organisation (JAさん, JRさん).
    static let initialOrganisations: Set<[UInt8]> = Set(["ja", "jr", "au", "gs", "jaf"].map { Array($0.utf8) })
    /// What joins a letter to the word before it in an address or a handle (k.sato, a@b, k_s, k-s).
    static let handleJoiners: Set<UInt8> = [0x2E, 0x40, 0x5F, 0x2D]

    /// Whether the Latin letters at `range` (normalised to lower case) are capitals as written,
    /// full-width ones included.
    func isWrittenInCapitals(_ range: Range<Int>, context: ScanContext) -> Bool {
        let written = String(decoding: context.text.original[context.text.originalRange(for: NormalizedRange(utf8: range)).utf8], as: UTF8.self)
        return written == written.uppercased()
    }

    func initialsBeforeHonorifics(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            // Normalised text keeps ASCII letters in lower case: a letter that starts no word is skipped.
            // (Not inside a word, an address or a handle: after a letter, a digit, . @ _ or -.)
            guard ByteClass.isLower(bytes[p]), p == 0 || !(ByteClass.isAlnum(bytes[p - 1]) || Self.handleJoiners.contains(bytes[p - 1])) else { p += 1; continue }
            var q = p + 1, letters = 1, dotted = false
            // T.S, K.S.: letters joined by dots.
            while q + 1 < bytes.count, bytes[q] == 0x2E, ByteClass.isLower(bytes[q + 1]), letters < 3 { q += 2; letters += 1; dotted = true }
            if q < bytes.count, ByteClass.isLower(bytes[q]), !dotted { q += 1; letters += 1 }
            defer { p = max(q, p + 1) }
            var end = q
            // K城, S田: one letter standing for the first kanji of a family name.
            if letters == 1, !dotted, reader.script(at: q) == .kanji {
                let kanjiEnd = reader.runEnd(from: q, script: .kanji, limit: 2)
                if Self.initialHonorifics.contains(where: { Scalars.hasPrefix(bytes, at: kanjiEnd, $0) }) { end = kanjiEnd }
            }
            let nameEnd = end
            if bytes[safe: end] == 0x2E { end += 1 }
            guard Self.initialHonorifics.contains(where: { Scalars.hasPrefix(bytes, at: end, $0) }),
                  !(letters == 2 && !dotted && Self.initialOrganisations.contains(Array(bytes[p..<q]))),
                  letters <= 2 || dotted else { continue }
            // Written in capitals (a lower-case letter before さん is a handle's tail or a typo).
            guard isWrittenInCapitals(p..<q, context: context) else { continue }
            result.append(context.finding(.person, p..<nameEnd, confidence: 0.6, rule: "person.initials"))
        }
        return result
    }
}
