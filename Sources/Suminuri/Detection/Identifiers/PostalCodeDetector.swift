import PatternSearch
import SuminuriTables
import TextNormalization

/// Postal codes (POSTAL_CODE), formats.md §4.10: 3 + 4 digits joined by any dash, or 7 digits
/// in one block. The 〒 mark is not part of the span.
///
/// - After `〒` / `郵便番号` (hotwords, a short window before): high confidence.
/// - Without one, only when a prefecture, district or municipality name follows (the address
///   usually does, on the same or the next line): medium.
/// - Never a phone's fragment: the digit-run boundary rule refuses `099-222-1234` pieces.
/// - A word for another number right before it (`TEL`, `注文番号`) lowers the confidence below the
///   default threshold: negative hotwords in a short window. A company's or shop's code is a
///   POSTAL_CODE like its address (ANNOTATION.md); keeping the dealer's own is the allow-list's job.
struct PostalCodeDetector: Detector {
    let labels: Set<Label> = [.postalCode]

    static let hotwordWindow = 24
    static let negativeWindow = 12

    /// Normalised place names (prefectures, districts, municipalities, with their suffix).
    private let places: ByteStringSet
    private let placeLengths: [Int]

    init(tables: CompiledDictionaries) {
        places = tables.places.postalPlaces
        placeLengths = tables.places.postalPlaceLengths
    }

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for run in context.digitRuns {
            for candidate in [run] + (run.spaceSegments() ?? []) {
                if let finding = classify(candidate, context: context) { result.append(finding); break }
            }
        }
        return result
    }

    private func classify(_ run: DigitRun, context: ScanContext) -> Finding? {
        let bytes = context.text.bytes
        let lengths = run.lengths
        guard lengths == [3, 4] || lengths == [7] else { return nil }
        // 000 is not a postal code.
        guard bytes[run.groups[0].prefix(3)] != [0x30, 0x30, 0x30] else { return nil }
        let start = run.range.lowerBound
        let hot = context.hotwords.evidence(for: .postalCode, before: start, window: Self.hotwordWindow)
        let nearNegative = context.hotwords.weights(for: .postalCode, before: start, window: Self.negativeWindow).negative
        if hot.positive > 0 {
            let confidence = 0.85 + 0.1 * hot.positive + nearNegative
            return context.finding(.postalCode, run.range, confidence: confidence, rule: "postal.hotword")
        }
        // …, Kita-ku, Osaka 531-6012: an English address puts the code after its prefecture.
        if lengths == [3, 4], hot.negative == 0, Self.latinPlaceBefore(bytes, start) {
            return context.finding(.postalCode, run.range, confidence: 0.75 + nearNegative, rule: "postal.after-latin-place")
        }
        guard hot.negative == 0, placeFollows(bytes, from: run.range.upperBound) else { return nil }
        // A bare 3-4 number before a place could still be a local phone number: not after a phone word.
        if context.hotwords.weights(for: .phone, before: start, window: 24).positive > 0 { return nil }
        let confidence = (lengths == [3, 4] ? 0.7 : 0.6) + nearNegative
        return context.finding(.postalCode, run.range, confidence: confidence, rule: "postal.before-place")
    }

    /// Whether a prefecture or a municipality in Latin letters (osaka, okayama-shi, nishi-ku)
    /// ends right before, after a space.
    static func latinPlaceBefore(_ bytes: [UInt8], _ start: Int) -> Bool {
        guard start >= 2, bytes[start - 1] == 0x20 else { return false }
        var q = start - 1
        while q > 0, ByteClass.isLower(bytes[q - 1]) || bytes[q - 1] == 0x2D { q -= 1 }
        guard q < start - 1 else { return false }
        let word = bytes[q..<(start - 1)]
        return AddressDetector.prefecturesInLatin.contains(String(decoding: word, as: UTF8.self))
            || AddressDetector.romanizedUnits.contains { word.count > $0.count && word.suffix($0.count).elementsEqual($0) }
    }

    /// Whether a place name starts after at most a few spaces and one line break.
    private func placeFollows(_ bytes: [UInt8], from end: Int) -> Bool {
        var p = end, breaks = 0
        while p < bytes.count, p - end < 6 {
            let c = bytes[p]
            if c == 0x20 || c == 0x09 { p += 1 } else if c == 0x0A || c == 0x0D { breaks += 1; p += 1 } else { break }
        }
        guard breaks <= 2 else { return false }
        for length in placeLengths where p + length <= bytes.count {
            if places.contains(bytes[p..<(p + length)]) { return true }
        }
        return false
    }
}
