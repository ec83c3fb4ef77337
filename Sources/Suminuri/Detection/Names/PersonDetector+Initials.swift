import TextNormalization

/// People named by their initials, as reviews and complaints write staff (担当のEさん, T.Sさん,
/// K城さん, 店長のS田さん): a capital letter, two joined by a dot, or one before a kanji or two,
/// right before an honorific; and names spelled out letter by letter.
extension PersonDetector {
    /// Honorifics after initials (normalised).
    static let initialHonorifics: [[UInt8]] = ["さん", "様", "さま", "くん", "ちゃん", "氏"].map { Array($0.utf8) }
    /// Two capitals before さん that name an organisation (JAさん, JRさん).
    static let initialOrganisations: Set<[UInt8]> = Set(["ja", "jr", "au", "gs", "jaf"].map { Array($0.utf8) })
    /// What joins a letter to the word before it in an address or a handle (k.sato, a@b, k_s, k-s).
    static let handleJoiners: Set<UInt8> = [0x2E, 0x40, 0x5F, 0x2D]

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
            guard context.isWrittenInCapitals(p..<q) else { continue }
            result.append(context.finding(.person, p..<nameEnd, confidence: 0.6, rule: "person.initials"))
        }
        return result
    }

    /// A name spelled letter by letter with hyphens, as a caller or a form spells it out
    /// (K-O-M-A-T-S-U, R-O-D-R-I-G-U-E-Z): four capitals or more, each alone between hyphens.
    func letterSpelledNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p + 6 < bytes.count {
            guard ByteClass.isLower(bytes[p]), p == 0 || !(ByteClass.isAlnum(bytes[p - 1]) || Self.handleJoiners.contains(bytes[p - 1])) else { p += 1; continue }
            var q = p + 1, letters = 1
            while q + 1 < bytes.count, bytes[q] == 0x2D, ByteClass.isLower(bytes[q + 1]),
                  q + 2 >= bytes.count || !ByteClass.isAlnum(bytes[q + 2]) { q += 2; letters += 1 }
            defer { p = max(q, p + 1) }
            guard letters >= Self.spelledLetterMinimum, q >= bytes.count || !(ByteClass.isAlnum(bytes[q]) || bytes[q] == 0x2D),
                  context.isWrittenInCapitals(p..<q) else { continue }
            result.append(context.finding(.person, p..<q, confidence: 0.6, rule: "person.letter-spelled"))
        }
        return result
    }

    /// Fewer letters spell codes and grades (A-B-C).
    static let spelledLetterMinimum = 4

    /// A handover's key of initials (K＝国分, T=鮫島): the capital before `=` and a name found is
    /// that person, and so is the same capital standing alone elsewhere in the text ((K)→(S)).
    func initialKeys(of found: [Finding], context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var letters: Set<UInt8> = []
        for finding in found where finding.label == .person && finding.confidence >= Self.keyedNameConfidence {
            var p = finding.normalizedRange.lowerBound.utf8
            while p > 0, bytes[p - 1] == 0x20 { p -= 1 }
            guard p >= 2, bytes[p - 1] == 0x3D, case let letter = bytes[p - 2], ByteClass.isLower(letter), standsAlone(p - 2, bytes),
                  context.isWrittenInCapitals((p - 2)..<(p - 1)) else { continue }
            letters.insert(letter)
        }
        guard !letters.isEmpty else { return [] }
        var result: [Finding] = []
        for p in bytes.indices where letters.contains(bytes[p]) && standsAlone(p, bytes) && context.isWrittenInCapitals(p..<(p + 1)) {
            result.append(context.finding(.person, p..<(p + 1), confidence: 0.6, rule: "person.initial-key"))
        }
        return result
    }

    /// The confidence a name after `X=` needs to make X its key: the default threshold.
    static let keyedNameConfidence = 0.5

    /// Whether the letter at `p` stands alone between brackets, arrows, separators or spaces.
    private func standsAlone(_ p: Int, _ bytes: [UInt8]) -> Bool {
        func fits(_ offset: Int, before: Bool) -> Bool {
            if offset < 0 || offset >= bytes.count { return true }
            if ByteClass.isAlnum(bytes[offset]) || Self.handleJoiners.contains(bytes[offset]) { return false }
            if bytes[offset] < 0x80 { return true }
            let scalar = before ? Scalars.before(bytes, offset + 1)?.0 : Scalars.at(bytes, offset)?.0
            return scalar.map { Self.initialNeighbours.contains($0) } ?? false
        }
        return fits(p - 1, before: true) && fits(p + 1, before: false)
    }

    /// What may stand beside a key's letter outside ASCII (normalised: full-width forms are ASCII).
    static let initialNeighbours: Set<Unicode.Scalar> = ["→", "←", "、", "。", "・", "「", "」", "【", "】", "〔", "〕", "⇒"]
}
