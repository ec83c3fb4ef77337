import TextNormalization

/// Numbers of identity documents with letters: passports (PASSPORT) and residence cards
/// (RESIDENCE_CARD), formats.md §4.4–4.5.
///
/// - PASSPORT: 2 letters + 7 digits (`TK1234567`); other countries' formats (one letter and seven
///   or eight digits, `P1234567A`) only next to a passport word. The shape is common (model and part codes,
///   order ids), so it needs a hotword (`旅券`, `パスポート`, `passport`) before it, or a
///   passport found just before it (`旅券番号 TK5529001 と TK5529002`). Without one, written
///   in capitals and in one piece with no other number's label before it, it is reported just
///   above the default threshold (failing closed); otherwise at low confidence, under it.
/// - RESIDENCE_CARD: 2 letters + 8 digits + 2 letters (`AB12345678CD`), distinctive enough
///   on its own; `在留カード` raises the confidence.
/// A negative hotword nearer than any positive one (`品番`, `追跡番号`) vetoes both.
struct DocumentNumberDetector: Detector {
    let labels: Set<Label> = [.passport, .residenceCard]

    static let hotwordWindow = 72
    /// A second passport number this close after a first one inherits its context.
    static let listWindow = 30

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var lastPassportEnd: Int? = nil
        let tokens = IdentifierScanning.alnumTokens(in: bytes)
        var skipNext = false, skipUntil = 0
        for (index, plain) in tokens.enumerated() {
            if skipNext { skipNext = false; continue }
            if index < skipUntil { continue }
            // RK 9038 1175 FE, RK-90381175-FE: a residence card written in its groups.
            if let last = Self.splitResidenceCardEnd(bytes, tokens, from: index) {
                let token = plain.lowerBound..<tokens[last].upperBound
                let hot = context.hotwords.evidence(for: .residenceCard, before: token.lowerBound, window: Self.hotwordWindow)
                result.append(context.finding(.residenceCard, token, confidence: 0.8 + 0.15 * hot.positive + hot.negative,
                                              rule: hot.positive > 0 ? "residence-card.hotword" : "residence-card.shape"))
                skipUntil = last + 1
                continue
            }
            var token = plain
            // TK 1234567, TK-1234567: the letters and digits written apart.
            if index + 1 < tokens.count, case let next = tokens[index + 1], Self.isSplitPassport(bytes, token, next) {
                token = token.lowerBound..<next.upperBound
                skipNext = true
            }
            switch skipNext ? .passport : Self.shape(bytes, token) {
            case .passport?:
                let hot = context.hotwords.evidence(for: .passport, before: token.lowerBound, window: Self.hotwordWindow)
                guard hot.negative == 0 else { continue }
                var confidence = 0.3
                var rule = "passport.shape"
                // …のパスポート, …(passport): the hotword may follow the number.
                let after = context.hotwords.positiveAfter(.passport, end: token.upperBound, window: Self.hotwordAfterWindow)
                if hot.positive > 0 || after > 0 {
                    confidence = 0.75 + 0.2 * max(hot.positive, after); rule = "passport.hotword"
                } else if let last = lastPassportEnd, token.lowerBound - last <= Self.listWindow {
                    confidence = 0.8; rule = "passport.list"
                } else if !skipNext, context.isWrittenInCapitals(token), !Self.followsOtherNumberLabel(bytes, token.lowerBound) {
                    // TR8301742 on its own: a Japanese passport's shape in capitals, with no label
                    // before it that names another number (会員ID HM0049218, 品番 KE2551234).
                    confidence = 0.6
                }
                if confidence >= 0.5 { lastPassportEnd = token.upperBound }
                result.append(context.finding(.passport, token, confidence: confidence, rule: rule))
            case .residenceCard?:
                let hot = context.hotwords.evidence(for: .residenceCard, before: token.lowerBound, window: Self.hotwordWindow)
                let confidence = 0.8 + 0.15 * hot.positive + hot.negative
                result.append(context.finding(.residenceCard, token, confidence: confidence,
                                              rule: hot.positive > 0 ? "residence-card.hotword" : "residence-card.shape"))
            case .foreignPassport?:
                // Other countries' formats (E12345678, M47218503, B1234567, P1234567A) are common
                // code shapes: only right after or before a passport word.
                let hot = context.hotwords.evidence(for: .passport, before: token.lowerBound, window: Self.foreignHotwordWindow)
                let after = context.hotwords.positiveAfter(.passport, end: token.upperBound, window: Self.hotwordAfterWindow)
                guard hot.negative == 0, hot.positive > 0 || after > 0 else { continue }
                lastPassportEnd = token.upperBound
                result.append(context.finding(.passport, token, confidence: 0.7 + 0.2 * max(hot.positive, after), rule: "passport.foreign"))
            case nil:
                continue
            }
        }
        return result
    }

    /// Words that end a label of some other number (予約番号, 会員ID, 受付No., 商品コード, #).
    static let otherNumberLabelEnds: [[UInt8]] = ["番号", "番", "id", "no", "no.", "こーど", "code", "#", "番号は", "idは"].map { Array($0.utf8) }

    /// Whether a label of another number ends right before `start` (spaces, `:` and `：` between).
    static func followsOtherNumberLabel(_ bytes: [UInt8], _ start: Int) -> Bool {
        var p = start
        while p > 0, bytes[p - 1] == 0x20 || bytes[p - 1] == 0x3A { p -= 1 }
        return otherNumberLabelEnds.contains { p >= $0.count && bytes[(p - $0.count)..<p].elementsEqual($0) }
    }

    /// Bytes after a passport number in which a hotword still names it (…のパスポートで).
    static let hotwordAfterWindow = 12

    /// Two letters, one space or hyphen, seven digits.
    static func isSplitPassport(_ bytes: [UInt8], _ letters: Range<Int>, _ digits: Range<Int>) -> Bool {
        letters.count == 2 && digits.count == 7 && digits.lowerBound == letters.upperBound + 1
            && (bytes[letters.upperBound] == 0x20 || bytes[letters.upperBound] == 0x2D)
            && IdentifierScanning.allLetters(bytes, letters) && IdentifierScanning.allDigits(bytes, digits)
    }

    enum Shape { case passport, foreignPassport, residenceCard }

    /// The index of the last token of a residence card number written in groups from token
    /// `index` (two letters, eight digits as one group or as four and four, two letters, each
    /// joined by one space or hyphen), or nil.
    static func splitResidenceCardEnd(_ bytes: [UInt8], _ tokens: [Range<Int>], from index: Int) -> Int? {
        let first = tokens[index]
        guard first.count == 2, IdentifierScanning.allLetters(bytes, first), index + 2 < tokens.count else { return nil }
        func joined(_ a: Range<Int>, _ b: Range<Int>) -> Bool { b.lowerBound == a.upperBound + 1 && (bytes[a.upperBound] == 0x20 || bytes[a.upperBound] == 0x2D) }
        var k = index + 1
        guard joined(first, tokens[k]), IdentifierScanning.allDigits(bytes, tokens[k]) else { return nil }
        if tokens[k].count == 4 {
            guard k + 1 < tokens.count, joined(tokens[k], tokens[k + 1]), tokens[k + 1].count == 4, IdentifierScanning.allDigits(bytes, tokens[k + 1]) else { return nil }
            k += 1
        } else if tokens[k].count != 8 { return nil }
        guard k + 1 < tokens.count, joined(tokens[k], tokens[k + 1]), tokens[k + 1].count == 2, IdentifierScanning.allLetters(bytes, tokens[k + 1]) else { return nil }
        return k + 1
    }

    /// A foreign passport number needs its passport word close before it (パスポート番号 M47218503).
    static let foreignHotwordWindow = 18

    static func shape(_ bytes: [UInt8], _ token: Range<Int>) -> Shape? {
        let s = token.lowerBound
        switch token.count {
        case 9:
            if IdentifierScanning.allLetters(bytes, s..<(s + 2)), IdentifierScanning.allDigits(bytes, (s + 2)..<token.upperBound) { return .passport }
            // Nine digits (a US passport, 583312047): a foreign shape, read only beside a passport word.
            if IdentifierScanning.allDigits(bytes, token) { return .foreignPassport }
            // One letter and eight digits (E12345678, M47218503), or a letter, seven digits and a letter (P1234567A).
            guard IdentifierScanning.allLetters(bytes, s..<(s + 1)) else { return nil }
            if IdentifierScanning.allDigits(bytes, (s + 1)..<token.upperBound) { return .foreignPassport }
            if IdentifierScanning.allDigits(bytes, (s + 1)..<(s + 8)), IdentifierScanning.allLetters(bytes, (s + 8)..<token.upperBound) { return .foreignPassport }
            return nil
        case 12:
            guard IdentifierScanning.allLetters(bytes, s..<(s + 2)), IdentifierScanning.allDigits(bytes, (s + 2)..<(s + 10)),
                  IdentifierScanning.allLetters(bytes, (s + 10)..<token.upperBound) else { return nil }
            return .residenceCard
        case 8:
            // One letter and seven digits (B1234567).
            guard IdentifierScanning.allLetters(bytes, s..<(s + 1)), IdentifierScanning.allDigits(bytes, (s + 1)..<token.upperBound) else { return nil }
            return .foreignPassport
        default:
            return nil
        }
    }
}
