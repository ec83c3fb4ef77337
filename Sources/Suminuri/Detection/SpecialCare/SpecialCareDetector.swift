import PatternSearch
import TextNormalization

/// Special-care information (要配慮個人情報) and the financial-sector sensitive labels, as
/// facts about a person rather than words.
///
/// A candidate is a `term` or `fact` of a label's dictionary that no `trap` contains. A term
/// becomes a finding when a predicate follows it (`糖尿病` + `で通院`) or a person word
/// precedes it (`父が` … `糖尿病`); a fact stands alone. Negation after the statement
/// (`持病はありません`), a hypothetical or insurance reading (`もし入院したら`, `入院特約`)
/// and product suffixes (`障害物センサー`) lower or remove it. Short kana terms must also
/// start and end on an ICU word boundary, so `がん` does not fire inside `がんばります`.
///
/// The span runs from the term through its predicate, as `ANNOTATION.md` asks.
struct SpecialCareDetector: Detector {
    let labels: Set<Label> = Set(SpecialCareLexicon.fileLabels.values)
    private let lexicon: SpecialCareLexicon

    init(dictionaries: DictionarySet, normalizer: Normalizer) throws {
        lexicon = try SpecialCareLexicon(dictionaries: dictionaries, normalizer: normalizer)
    }

    /// Bytes between a term and its predicate (about five kana).
    static let predicateGap = 15
    /// Bytes before a term in which a person word counts (about twelve characters).
    static let anchorWindow = 36
    static let negationWindow = 15
    static let hypotheticalWindow = 30

    private struct Hit {
        let range: Range<Int>
        let entry: SpecialCareLexicon.Entry
    }

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var candidates: [Hit] = [], traps: [Range<Int>] = [], predicates: [Hit] = []
        var anchors: [Range<Int>] = [], negations: [Range<Int>] = [], hypotheticals: [Hit] = [], products: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            lexicon.automaton.forEachMatch(in: buffer) { match in
                let entry = lexicon.entries[match.pattern]
                let hit = Hit(range: match.range, entry: entry)
                switch entry.kind {
                case .term, .fact: candidates.append(hit)
                case .trap: traps.append(match.range)
                case .predicate: predicates.append(hit)
                case .anchor: anchors.append(match.range)
                case .negation: negations.append(match.range)
                case .hypothetical: hypotheticals.append(hit)
                case .product: products.append(match.range)
                }
            }
        }
        guard !candidates.isEmpty else { return [] }
        // Sorted views for windowed look-ups (the automaton reports in order of match end).
        traps.sort { $0.lowerBound < $1.lowerBound }
        predicates.sort { $0.range.lowerBound < $1.range.lowerBound }
        negations.sort { $0.lowerBound < $1.lowerBound }
        products.sort { $0.lowerBound < $1.lowerBound }
        candidates.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }

        candidates = candidates.filter { c in
            // No trap may contain the candidate (traps start at most 60 bytes earlier).
            let from = traps.firstIndex(startingAtOrAfter: c.range.lowerBound - 60) { $0.lowerBound }
            return !traps[from...].prefix(while: { $0.lowerBound <= c.range.lowerBound }).contains {
                c.range.upperBound <= $0.upperBound && $0 != c.range
            }
        }
        // Keep the longest of nested candidates of one label.
        var kept: [Hit] = []
        for c in candidates {
            let nested = kept.suffix(8).contains { o in
                o.entry.label == c.entry.label && o.range.lowerBound <= c.range.lowerBound && c.range.upperBound <= o.range.upperBound
            }
            if !nested { kept.append(c) }
        }
        candidates = kept

        var found: [Finding] = []
        for c in candidates {
            guard let label = c.entry.label else { continue }
            // A product or feature suffix right after the term: 障害物センサー, 盗難防止装置.
            let productIndex = products.firstIndex(startingAtOrAfter: c.range.upperBound) { $0.lowerBound }
            if productIndex < products.count, products[productIndex].lowerBound <= c.range.upperBound + 3 { continue }
            var end = c.range.upperBound
            var parts: [String] = [c.entry.kind.rawValue]
            // Predicates: the first one within the gap, then any that chain directly after it.
            var hasPredicate = false
            while true {
                let reach = end + (hasPredicate ? 3 : Self.predicateGap)
                var best: Hit? = nil
                var k = predicates.firstIndex(startingAtOrAfter: end - 3) { $0.range.lowerBound }
                while k < predicates.count, predicates[k].range.lowerBound <= reach {
                    let p = predicates[k]
                    if (p.entry.label == nil || p.entry.label == label) && p.range.upperBound > end
                        && !crossesSentence(bytes, end, p.range.lowerBound)
                        && p.range.upperBound > (best?.range.upperBound ?? 0) {
                        best = p
                    }
                    k += 1
                }
                guard let best else { break }
                end = best.range.upperBound
                hasPredicate = true
            }
            if hasPredicate { parts.append("predicate") }
            // Anchors are in order of their end.
            let anchorIndex = anchors.firstIndex(startingAtOrAfter: c.range.lowerBound - Self.anchorWindow) { $0.upperBound }
            let hasAnchor = anchors[anchorIndex...].prefix(while: { $0.upperBound <= c.range.lowerBound + 3 }).contains {
                !crossesSentence(bytes, $0.upperBound, c.range.lowerBound)
            }
            if hasAnchor { parts.append("anchor") }
            var confidence: Double
            switch c.entry.kind {
            case .fact: confidence = c.entry.weight + (hasAnchor ? 0.05 : 0) + (hasPredicate ? 0.05 : 0)
            default: confidence = c.entry.weight * 0.6 + (hasPredicate ? 0.35 : 0) + (hasAnchor ? 0.2 : 0)
            }
            let negationIndex = negations.firstIndex(startingAtOrAfter: c.range.upperBound) { $0.lowerBound }
            if negations[negationIndex...].prefix(while: { $0.lowerBound <= end + Self.negationWindow })
                .contains(where: { !crossesSentence(bytes, end, $0.lowerBound) }) {
                confidence *= 0.3; parts.append("negated")
            }
            let hypotheticalIndex = hypotheticals.firstIndex(startingAtOrAfter: c.range.lowerBound - Self.hypotheticalWindow) { $0.range.upperBound }
            if let cue = hypotheticals[hypotheticalIndex...].prefix(while: { $0.range.upperBound <= end + Self.negationWindow + 30 }).first(where: { h in
                (h.range.upperBound <= c.range.lowerBound && !crossesSentence(bytes, h.range.upperBound, c.range.lowerBound))
                    || (h.range.lowerBound >= c.range.upperBound && h.range.lowerBound <= end + Self.negationWindow && !crossesSentence(bytes, end, h.range.lowerBound))
            }) {
                confidence *= 1 - cue.entry.weight * 0.8; parts.append("hypothetical")
            }
            if c.entry.isKanaOnly || c.entry.scalarCount <= 1, !onWordBoundaries(bytes, c.range) {
                confidence *= 0.5; parts.append("inside-word")
            }
            found.append(context.finding(label, c.range.lowerBound..<end, confidence: confidence,
                                         rule: "\(label.rawValue.lowercased()).\(parts.joined(separator: "+"))"))
        }
        return mergeSameLabel(found, context: context)
    }

    /// Whether `range` starts and ends on boundaries of ICU's Japanese word break iterator,
    /// run over the line around it (at most 60 bytes each side).
    private func onWordBoundaries(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var lower = max(range.lowerBound - 60, 0), upper = min(range.upperBound + 60, bytes.count)
        while lower > 0, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        if let lineStart = bytes[lower..<range.lowerBound].lastIndex(of: 0x0A) { lower = lineStart + 1 }
        if let lineEnd = bytes[range.upperBound..<upper].firstIndex(of: 0x0A) { upper = lineEnd }
        let boundaries = TextBoundaries.boundaries(.word, in: Array(bytes[lower..<upper]))
        guard !boundaries.isEmpty else { return true }
        return boundaries.contains(range.lowerBound - lower) && boundaries.contains(range.upperBound - lower)
    }

    /// Whether a sentence or line ends between two offsets.
    private func crossesSentence(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        var i = max(from, 0)
        while i < min(to, bytes.count) {
            let b = bytes[i]
            if b == 0x0A || b == 0x21 || b == 0x3F { return true }  // line break ! ?
            if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 { return true }  // 。
            i += 1
        }
        return false
    }

    /// Overlapping findings of one label become one, with the higher confidence.
    private func mergeSameLabel(_ findings: [Finding], context: ScanContext) -> [Finding] {
        var result: [Finding] = []
        for finding in findings.sorted(by: { ($0.label, $0.normalizedRange.lowerBound) < ($1.label, $1.normalizedRange.lowerBound) }) {
            if let last = result.last, last.label == finding.label, last.normalizedRange.overlaps(finding.normalizedRange) {
                let range = last.normalizedRange.lowerBound..<max(last.normalizedRange.upperBound, finding.normalizedRange.upperBound)
                let better = last.confidence >= finding.confidence ? last : finding
                result[result.count - 1] = context.finding(finding.label, range, confidence: better.confidence, rule: better.rule)
            } else {
                result.append(finding)
            }
        }
        return result
    }
}

extension Array {
    /// The first index whose key is at least `value`, in an array sorted by that key.
    func firstIndex(startingAtOrAfter value: Int, key: (Element) -> Int) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if key(self[mid]) < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
