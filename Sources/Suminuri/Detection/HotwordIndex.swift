import PatternSearch
import SuminuriTables
import TextNormalization

/// Context words ("hotwords") that make a nearby candidate more or less likely to be a value
/// of a label: `電話` before a number raises PHONE, `注文番号` lowers it.
///
/// Data: `context/hotwords.tsv`, columns `SURFACE  LABEL  WEIGHT` with WEIGHT in -1...1
/// (negative lowers). Surfaces are normalised like text before they are compiled.
struct HotwordIndex: Sendable {
    struct Entry: Sendable {
        let label: Label
        let weight: Double
    }

    /// The hotword occurrences in one text, sorted by end offset (normalised bytes).
    struct Hits {
        let matches: [(range: Range<Int>, entry: Entry)]
        /// The normalised text the hotwords were found in.
        let bytes: [UInt8]

        /// Whether a digit stands between a hotword's end and a candidate's start: a negative
        /// hotword then names that other number (`注文番号 48213907 の件は 025-245-3316 まで`),
        /// not the candidate.
        func namesAnotherNumber(_ hotword: Range<Int>, before start: Int) -> Bool {
            var i = max(hotword.upperBound, 0)
            while i < min(start, bytes.count) {
                if ByteClass.isDigit(bytes[i]) { return true }
                i += 1
            }
            return false
        }

        /// The hotwords that end within `lower...upper` (normalised offsets), in order of end.
        /// - Complexity: O(log n + k) for k hotwords in the range.
        func ending(in bounds: ClosedRange<Int>) -> ArraySlice<(range: Range<Int>, entry: Entry)> {
            let first = matches.firstIndex(startingAtOrAfter: bounds.lowerBound) { $0.range.upperBound }
            let last = matches.firstIndex(startingAtOrAfter: bounds.upperBound + 1) { $0.range.upperBound }
            return matches[first..<max(first, last)]
        }

        /// The strongest positive and the strongest negative weight for `label` among
        /// hotwords that end within `window` bytes before `start`.
        /// A negative hotword counts only when it is nearer to `start` than every positive one:
        /// `会員登録` two lines above `生年月日：2001年7月30日` does not veto the birthdate.
        func weights(for label: Label, before start: Int, window: Int) -> (positive: Double, negative: Double) {
            var positive = 0.0, negative = 0.0
            var nearestPositiveEnd = Int.min
            for (range, entry) in ending(in: (start - window)...start) where entry.label == label && entry.weight > 0 {
                positive = max(positive, entry.weight)
                nearestPositiveEnd = max(nearestPositiveEnd, range.upperBound)
            }
            for (range, entry) in ending(in: (start - window)...start) where entry.label == label && entry.weight < 0 && range.upperBound > nearestPositiveEnd
            && !namesAnotherNumber(range, before: start) {
                negative = min(negative, entry.weight)
            }
            return (positive, negative)
        }

        /// The strongest positive weight for `label` among hotwords that start within `window`
        /// bytes after `end` (hotwords are short: such a one ends within 64 more bytes).
        func positiveAfter(_ label: Label, end: Int, window: Int) -> Double {
            var best = 0.0
            for (range, entry) in ending(in: end...(end + window + 64))
            where entry.label == label && entry.weight > 0 && range.lowerBound >= end && range.lowerBound <= end + window {
                best = max(best, entry.weight)
            }
            return best
        }
    }

    private let entries: [Entry]

    init(tables: CompiledDictionaries) throws {
        let labels = try tables.hotwords.labels.resolved()
        entries = zip(tables.hotwords.labelCodes, tables.hotwords.weights).map { Entry(label: labels[Int($0)], weight: $1) }
    }

    /// The hotwords among the front end's matches (`FrontEnd.Source.hotwords`) in `bytes`.
    func hits(_ matches: [PatternMatch], in bytes: [UInt8]) -> Hits {
        Hits(matches: matches.map { ($0.range, entries[$0.pattern]) }, bytes: bytes)
    }
}

extension LabelNames {
    /// The labels named, in order; an unknown name is an error of the record that first used it.
    func resolved() throws -> [Label] {
        try zip(names, firstUse).map { name, use in
            guard let label = Label(rawValue: name) else {
                throw DictionaryError(path: use.path, line: use.line, message: "unknown label \"\(name)\"")
            }
            return label
        }
    }
}
