import Suminuri
import TextNormalization

/// Scores a scanner on annotated inquiries, as `ANNOTATION.md` defines it: strict and overlap
/// precision, recall and F1 per label and per group (micro-averaged), and leaks through
/// redaction.
public struct Evaluation: Sendable {
    /// Counts for one label or group.
    public struct Counts: Sendable, Hashable {
        public var gold = 0
        public var predicted = 0
        public var strictTruePositives = 0
        /// Predicted spans that overlap a gold span of the same label.
        public var overlapPredictedHits = 0
        /// Gold spans overlapped by a predicted span of the same label.
        public var overlapGoldHits = 0
        /// Gold spans whose value can still be read after redaction.
        public var leaks = 0
        /// Characters (Unicode scalars) inside gold spans, and those of them left as written
        /// after redaction (ANNOTATION.md, residual).
        public var goldCharacters = 0
        public var residualCharacters = 0

        /// The share of gold characters left readable after redaction.
        public var residual: Double { goldCharacters == 0 ? 0 : Double(residualCharacters) / Double(goldCharacters) }

        public var strictPrecision: Double { ratio(strictTruePositives, predicted) }
        public var strictRecall: Double { ratio(strictTruePositives, gold) }
        public var strictF1: Double { f1(strictPrecision, strictRecall) }
        public var overlapPrecision: Double { ratio(overlapPredictedHits, predicted) }
        public var overlapRecall: Double { ratio(overlapGoldHits, gold) }
        public var overlapF1: Double { f1(overlapPrecision, overlapRecall) }

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(gold: a.gold + b.gold, predicted: a.predicted + b.predicted,
                   strictTruePositives: a.strictTruePositives + b.strictTruePositives,
                   overlapPredictedHits: a.overlapPredictedHits + b.overlapPredictedHits,
                   overlapGoldHits: a.overlapGoldHits + b.overlapGoldHits, leaks: a.leaks + b.leaks,
                   goldCharacters: a.goldCharacters + b.goldCharacters, residualCharacters: a.residualCharacters + b.residualCharacters)
        }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? (a == 0 ? 1 : 0) : Double(a) / Double(b) }
        private func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    }

    /// One mismatch, for tuning: the entry id, label and scalar range, never the text.
    public struct Error: Sendable, Hashable {
        public enum Kind: String, Sendable { case falsePositive = "FP", falseNegative = "FN", boundary = "BOUNDARY" }
        public var kind: Kind
        public var id: String
        public var label: Label
        public var start: Int
        public var end: Int
        public var rule: String?
    }

    public private(set) var byLabel: [Label: Counts] = [:]
    public private(set) var entries = 0
    public private(set) var errors: [Error] = []

    public var byGroup: [Label.Group: Counts] {
        var result: [Label.Group: Counts] = [:]
        for (label, counts) in byLabel { result[label.group, default: Counts()] = result[label.group, default: Counts()] + counts }
        return result
    }

    public var total: Counts { byLabel.values.reduce(Counts(), +) }

    public init() {}

    /// Scores the scanner on `entries`.
    public static func run(_ scanner: SensitiveDataScanner, policy: Policy = .default, on corpus: [CorpusEntry]) -> Evaluation {
        var evaluation = Evaluation()
        for entry in corpus { evaluation.add(entry, scanner: scanner, policy: policy) }
        return evaluation
    }

    mutating func add(_ entry: CorpusEntry, scanner: SensitiveDataScanner, policy: Policy) {
        entries += 1
        let original = Array(entry.text.utf8)
        // Predictions are what a report lists (overlaps resolved); leaks are read in what
        // redaction actually wrote.
        let findings = scanner.scan(entry.text, policy: policy)
        let redacted = scanner.redact(utf8: original, policy: policy)
        let predicted = findings.map { ($0.label, $0.scalarRange(in: original), $0.rule) }
        let foldedOutput = LeakCheck.fold(Array(redacted.text.utf8))
        let edited = redacted.edits.map { edit in
            let lower = UTF8Offsets.scalarOffset(original, edit.range.lowerBound.utf8)
            return lower..<(lower + UTF8Offsets.scalarOffset(original, edit.range.upperBound.utf8, from: edit.range.lowerBound.utf8))
        }

        for label in Set(entry.spans.map(\.label)).union(predicted.map(\.0)) {
            var counts = byLabel[label] ?? Counts()
            let gold = entry.spans.filter { $0.label == label }.map { $0.start..<$0.end }
            let guesses = predicted.filter { $0.0 == label }
            counts.gold += gold.count
            counts.predicted += guesses.count
            for (_, range, rule) in guesses {
                if gold.contains(range) { counts.strictTruePositives += 1 }
                if gold.contains(where: { $0.overlaps(range) }) {
                    counts.overlapPredictedHits += 1
                    if !gold.contains(range) {
                        errors.append(Error(kind: .boundary, id: entry.id, label: label, start: range.lowerBound, end: range.upperBound, rule: rule))
                    }
                } else {
                    errors.append(Error(kind: .falsePositive, id: entry.id, label: label, start: range.lowerBound, end: range.upperBound, rule: rule))
                }
            }
            for range in gold {
                if guesses.contains(where: { $0.1.overlaps(range) }) { counts.overlapGoldHits += 1 }
                else { errors.append(Error(kind: .falseNegative, id: entry.id, label: label, start: range.lowerBound, end: range.upperBound, rule: nil)) }
                let value = String(String.UnicodeScalarView(entry.text.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count)))
                if LeakCheck.leaks(value, label: label, in: foldedOutput) { counts.leaks += 1 }
                counts.goldCharacters += range.count
                counts.residualCharacters += range.filter { offset in !edited.contains { $0.contains(offset) } }.count
            }
            byLabel[label] = counts
        }
    }
}

/// Whether a gold value can still be read in redacted output (`ANNOTATION.md`, Leak).
enum LeakCheck {
    /// Normalised output with every kanji numeral read as a digit.
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        let normalized = Normalizer().normalize(bytes)?.bytes ?? bytes
        var output: [UInt8] = []
        output.reserveCapacity(normalized.count)
        var i = 0
        while i < normalized.count {
            if let (scalar, length) = UTF8Scalars.decode(normalized, at: i), let digit = JapaneseFolding.kanjiDigit(scalar.value) {
                output.append(digit); i += length
            } else { output.append(normalized[i]); i += 1 }
        }
        return output
    }

    private static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func leaks(_ value: String, label: Label, in foldedOutput: [UInt8]) -> Bool {
        let foldedValue = fold(Array(value.utf8))
        if label.isNumeric {
            let digits = foldedValue.filter(isASCIIDigit)
            guard digits.count >= 3 else { return false }
            return containsDigits(digits, in: foldedOutput)
        }
        guard !foldedValue.isEmpty else { return false }
        return search(foldedValue, in: foldedOutput)
    }

    /// The digits in order, with at most three non-digit bytes between consecutive ones.
    private static func containsDigits(_ digits: [UInt8], in haystack: [UInt8]) -> Bool {
        var start = 0
        while start < haystack.count {
            guard let first = haystack[start...].firstIndex(of: digits[0]) else { return false }
            var p = first + 1, k = 1
            while k < digits.count && p < haystack.count {
                var gap = 0
                while p < haystack.count, !isASCIIDigit(haystack[p]), gap <= 3 { p += 1; gap += 1 }
                guard gap <= 3, p < haystack.count, haystack[p] == digits[k] else { break }
                p += 1; k += 1
            }
            if k == digits.count { return true }
            start = first + 1
        }
        return false
    }

    private static func search(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
