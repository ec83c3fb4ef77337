import TextNormalization

/// Long numbers that identify a person: the Individual Number (MY_NUMBER), driver's licence
/// numbers (DRIVER_LICENSE) and payment card numbers (CARD). One detector, because a 12-digit
/// number is either of the first two and only the context tells which.
///
/// - MY_NUMBER: 12 digits (as one block or 4-4-4) with a valid check digit. A My Number
///   hotword (`マイナンバー`, `個人番号`, `通知カード`) raises the confidence but is not required:
///   a value in a valid format is redacted whatever surrounds it (issue 15). A random 12-digit
///   string passes the check one time in ten, so without a hotword the context must not name
///   another kind of number (注文番号, 伝票番号, a licence word, 第…号) and the digits must not
///   read as a timestamp (202412251030).
/// - DRIVER_LICENSE: 12 digits after a licence hotword (`免許`, `運転経歴証明書`); `第…号` around
///   it is not part of the span. The empirical check digit (formats.md §4.3) only raises
///   confidence. When both kinds of hotword precede a number, the nearer one decides.
/// - CARD: 14–19 digits in a card grouping (one block, 4-4-4-4, 4-6-5, 4-6-4), Luhn-valid, in
///   an issuer range of a known brand with that brand's length. A card hotword raises the
///   confidence; a negative one (`会員番号`, `伝票番号`, `JAN`) vetoes.
/// - Never: 法人番号 (13 digits, public) and invoice numbers `T` + 13 digits (the letter
///   glued on refuses the run).
struct NumberIdentifierDetector: Detector {
    let labels: Set<Label> = [.myNumber, .driverLicense, .card]

    /// How far before a number its hotword may end (normalised bytes; a kanji is 3 bytes).
    static let twelveDigitWindow = 96
    static let cardWindow = 96

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        let runs = context.digitRuns
        var k = 0
        while k < runs.count {
            let run = runs[k]
            k += 1
            // A wrapped card first: its first line alone may look like a 12-digit number.
            if k < runs.count, let finding = cardAcrossLineBreak(run, runs[k], bytes: bytes, context: context) {
                result.append(finding)
                k += 1
                continue
            }
            guard run.digitCount >= 12 else { continue }
            if let finding = classify(run, context: context) {
                result.append(finding)
            } else if let segments = run.spaceSegments() {
                let before = result.count
                for segment in segments where segment.digitCount >= 12 {
                    if let finding = classify(segment, context: context) { result.append(finding) }
                }
                let found = result[before...].map(\.normalizedRange.utf8)
                for window in run.spacedFourFourFour() where !found.contains(where: { $0.overlaps(window.range) }) {
                    if let finding = classify(window, context: context) { result.append(finding) }
                }
            }
        }
        return result
    }

    /// A card number whose groups of four go on after a line break (`4980 1234 5678\n9011`),
    /// as a mail client wraps it: only with a card hotword, Luhn-valid and in a brand's range.
    private func cardAcrossLineBreak(_ first: DigitRun, _ second: DigitRun, bytes: [UInt8], context: ScanContext) -> Finding? {
        guard first.lengths.allSatisfy({ $0 == 4 }), first.digitCount < 16 else { return nil }
        var p = first.range.upperBound, breaks = 0
        while p < second.range.lowerBound {
            switch bytes[p] {
            case 0x0A: breaks += 1
            case 0x0D, 0x20, 0x09: break
            default: return nil
            }
            p += 1
        }
        guard breaks == 1 else { return nil }
        let joined = DigitRun(groups: first.groups + second.groups, spaceJoints: first.spaceJoints + [true] + second.spaceJoints)
        guard (15...19).contains(joined.digitCount), Self.isCardGrouping(joined.lengths) else { return nil }
        let digits = joined.digits(bytes)
        guard CheckDigits.isLuhnValid(digits) else { return nil }
        let evidence = context.hotwords.evidence(for: .card, before: first.range.lowerBound, window: Self.cardWindow)
        guard evidence.negative >= 0, evidence.positive > 0, CheckDigits.cardBrand(digits, lenient: true) != nil else { return nil }
        return context.finding(.card, joined.range, confidence: 0.75 + 0.2 * evidence.positive, rule: "card.line-break")
    }

    private func classify(_ run: DigitRun, context: ScanContext) -> Finding? {
        let digits = run.digits(context.text.bytes)
        switch digits.count {
        case 12: return twelveDigits(run, digits, context: context)
        case 13...19: return card(run, digits, context: context)
        default: return nil
        }
    }

    // MARK: 12 digits

    private func twelveDigits(_ run: DigitRun, _ digits: [UInt8], context: ScanContext) -> Finding? {
        let start = run.range.lowerBound
        let my = context.hotwords.evidence(for: .myNumber, before: start, window: Self.twelveDigitWindow)
        var licence = context.hotwords.evidence(for: .driverLicense, before: start, window: Self.twelveDigitWindow)
        // The card prints the number as 第 301212345610 号.
        if licence.negative == 0, Self.isWrappedInDaiGo(context.text.bytes, run.range) {
            licence.positive = max(licence.positive, 0.8)
            licence.nearestPositiveEnd = start
        }
        let myOK = my.positive > 0 && my.negative == 0
        let licenceOK = licence.positive > 0 && licence.negative == 0
        // The nearer hotword decides; the other kind is the fallback.
        var order: [Label] = []
        switch (myOK, licenceOK) {
        case (true, true):
            order = (my.nearestPositiveEnd ?? 0) >= (licence.nearestPositiveEnd ?? 0) ? [.myNumber, .driverLicense] : [.driverLicense, .myNumber]
        case (true, false): order = [.myNumber]
        case (false, true): order = [.driverLicense]
        case (false, false):
            // No hotword: only a My Number, and only when nothing says it is another number.
            guard my.negative == 0, licence.positive == 0, licence.negative == 0, !Self.isTimestamp(digits) else { return nil }
            order = [.myNumber]
        }
        for label in order {
            if label == .myNumber {
                // The card prints 4-4-4; a licence is one block of 12.
                guard run.layout == [12] || run.layout == [4, 4, 4] else { continue }
                guard CheckDigits.isValidMyNumber(digits) else { continue }
                if myOK {
                    return context.finding(.myNumber, run.range, confidence: 0.85 + 0.1 * my.positive, rule: "my-number.check-digit")
                }
                return context.finding(.myNumber, run.range, confidence: 0.7, rule: "my-number.check-digit.bare")
            } else {
                // Any grouping: the layout AA YY NNNNNN C R is sometimes written out (96-19-000123-4-0).
                let valid = CheckDigits.isValidDriverLicense(digits)
                let confidence = 0.7 + (valid ? 0.15 : 0) + 0.1 * licence.positive
                return context.finding(.driverLicense, run.range, confidence: confidence,
                                       rule: valid ? "driver-license.check-digit" : "driver-license.hotword")
            }
        }
        return nil
    }

    /// `YYYYMMDDhhmm` (1900–2099): a date and time written as one block, not an identifier.
    static func isTimestamp(_ d: [UInt8]) -> Bool {
        guard d.count == 12 else { return false }
        func value(_ range: Range<Int>) -> Int { d[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        return (1900...2099).contains(value(0..<4)) && (1...12).contains(value(4..<6)) && (1...31).contains(value(6..<8))
            && value(8..<10) <= 24 && value(10..<12) <= 59
    }

    private static let dai = Array("第".utf8), go = Array("号".utf8)

    /// Whether `第` comes right before the number and `号` right after it (spaces allowed).
    static func isWrappedInDaiGo(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var p = range.lowerBound
        while p > 0, bytes[p - 1] == 0x20 { p -= 1 }
        guard p >= 3, Array(bytes[(p - 3)..<p]) == dai else { return false }
        var q = range.upperBound
        while q < bytes.count, bytes[q] == 0x20 { q += 1 }
        return q + 3 <= bytes.count && Array(bytes[q..<(q + 3)]) == go
    }

    // MARK: Cards

    private func card(_ run: DigitRun, _ digits: [UInt8], context: ScanContext) -> Finding? {
        guard Self.isCardGrouping(run.layout) else { return nil }
        // 法人番号 is public and never redacted.
        if digits.count == 13, CheckDigits.isValidCorporateNumber(digits) { return nil }
        guard CheckDigits.isLuhnValid(digits) else { return nil }
        let start = run.range.lowerBound
        let before = context.hotwords.evidence(for: .card, before: start, window: Self.cardWindow)
        if before.negative < 0 { return nil }
        let after = context.hotwords.positiveAfter(.card, end: run.range.upperBound, window: 12)
        let positive = max(before.positive, after)
        // 法人カード（3508 3740 7188 1817）: a card hotword vouches for a Luhn-valid number of a
        // card's length outside the brands' ranges.
        guard let brand = CheckDigits.cardBrand(digits, lenient: positive > 0) ?? (positive > 0 && digits.count >= 14 ? .other : nil) else { return nil }
        return context.finding(.card, run.range, confidence: 0.75 + 0.2 * positive, rule: "card.\(brand.rawValue)")
    }

    /// One block, 4-4-4-4 (a last group of 1–4 after fours: 19 digits as 4-4-4-4-3), 4-6-5
    /// (Amex) or 4-6-4 (Diners).
    static func isCardGrouping(_ lengths: [Int]) -> Bool {
        if lengths.count == 1 { return true }
        if lengths == [4, 6, 5] || lengths == [4, 6, 4] { return true }
        return lengths.count >= 4 && lengths.dropLast().allSatisfy { $0 == 4 } && (1...4).contains(lengths.last!)
    }
}
