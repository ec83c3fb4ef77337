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
                case .suffix: break
                }
            }
        }
        candidates += suffixCandidates(before: predicates, context: context)
        guard !candidates.isEmpty else { return [] }
        // Sorted views for windowed look-ups (the automaton reports in order of match end).
        traps.sort { $0.lowerBound < $1.lowerBound }
        predicates.sort { $0.range.lowerBound < $1.range.lowerBound }
        negations.sort { $0.lowerBound < $1.lowerBound }
        products.sort { $0.lowerBound < $1.lowerBound }
        candidates.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }

        // No trap may contain a candidate or a cue (traps start at most 60 bytes earlier).
        func insideTrap(_ range: Range<Int>) -> Bool {
            let from = traps.firstIndex(startingAtOrAfter: range.lowerBound - 60) { $0.lowerBound }
            return traps[from...].prefix(while: { $0.lowerBound <= range.lowerBound }).contains {
                range.upperBound <= $0.upperBound && $0 != range
            }
        }
        candidates.removeAll { insideTrap($0.range) }
        guard !candidates.isEmpty else { return [] }
        predicates.removeAll { insideTrap($0.range) }
        hypotheticals.removeAll { insideTrap($0.range) }
        negations.removeAll(where: insideTrap)
        anchors.removeAll(where: insideTrap)
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
            default:
                // A weak term needs more than a predicate: the context adds in proportion to it.
                let w = c.entry.weight
                confidence = 0.6 * w + (hasPredicate ? 0.2 + 0.2 * w : 0) + (hasAnchor ? 0.15 + 0.15 * w : 0)
            }
            let negationIndex = negations.firstIndex(startingAtOrAfter: c.range.upperBound) { $0.lowerBound }
            if negations[negationIndex...].prefix(while: { $0.lowerBound <= end + Self.negationWindow })
                .contains(where: { !crossesSentence(bytes, end, $0.lowerBound) }) {
                confidence *= 0.3; parts.append("negated")
            }
            // Hypothetical, general or insurance cues before the term or right after the statement;
            // several cues compound (もし入院したら).
            let hypotheticalIndex = hypotheticals.firstIndex(startingAtOrAfter: c.range.lowerBound - Self.hypotheticalWindow) { $0.range.upperBound }
            var hypotheticalFactor = 1.0
            for h in hypotheticals[hypotheticalIndex...].prefix(while: { $0.range.upperBound <= end + Self.negationWindow + 30 })
            where (h.range.upperBound <= c.range.lowerBound && !crossesSentence(bytes, h.range.upperBound, c.range.lowerBound))
                || (h.range.lowerBound >= c.range.upperBound && h.range.lowerBound <= end + Self.negationWindow && !crossesSentence(bytes, end, h.range.lowerBound)) {
                // A conditional right after the statement (退院したら, 入院すれば) makes it hypothetical outright.
                let adjacent = h.range.lowerBound >= end && h.range.lowerBound <= end + 3
                hypotheticalFactor *= adjacent ? min(1 - h.entry.weight * 0.8, 0.3) : 1 - h.entry.weight * 0.8
            }
            if hypotheticalFactor < 1 { confidence *= hypotheticalFactor; parts.append("hypothetical") }
            if !boundariesOK(context, c) {
                confidence *= 0.5; parts.append("inside-word")
            }
            end = trimmingAuxiliaries(bytes, from: c.range.upperBound, to: end)
            found.append(context.finding(label, c.range.lowerBound..<end, confidence: confidence,
                                         rule: "\(label.rawValue.lowercased()).\(parts.joined(separator: "+"))"))
        }
        return mergeSameLabel(found, context: context)
    }

    /// Words the dictionary does not list but whose ending names the category (クローン病,
    /// 橋本病, 甲状腺炎), right before a predicate of that label. The word is read in the
    /// original text: kanji, or katakana, up to eight characters.
    private func suffixCandidates(before predicates: [Hit], context: ScanContext) -> [Hit] {
        guard !lexicon.suffixes.isEmpty else { return [] }
        let bytes = context.text.bytes, original = context.text.original
        var result: [Hit] = []
        for p in predicates {
            let end = p.range.lowerBound
            for (suffix, entry) in lexicon.suffixes where p.entry.label == nil || p.entry.label == entry.label {
                guard end >= suffix.count, bytes[(end - suffix.count)..<end].elementsEqual(suffix) else { continue }
                // Read the word backwards in the original, where katakana is still katakana.
                let originalEnd = context.text.originalRange(for: NormalizedRange(utf8: end..<end)).lowerBound.utf8
                var start = originalEnd, count = 0
                let katakana = (originalEnd > 0) && Scalars.before(original, originalEnd).map { isKatakana($0.0) } == true
                while count < 8, let (scalar, previous) = Scalars.before(original, start),
                      katakana ? isKatakana(scalar) || ScriptClass.of(scalar) == .kanji : ScriptClass.of(scalar) == .kanji {
                    start = previous; count += 1
                }
                let suffixScalars = suffix.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                guard count > suffixScalars else { break }
                // Step back the same number of scalars in the normalised text (kanji and
                // full-width katakana normalise one to one).
                var normalizedStart = end
                for _ in 0..<count {
                    guard let (_, previous) = Scalars.before(bytes, normalizedStart) else { break }
                    normalizedStart = previous
                }
                result.append(Hit(range: normalizedStart..<end, entry: entry))
                break
            }
        }
        return result
    }

    private func isKatakana(_ scalar: Unicode.Scalar) -> Bool {
        (0x30A1...0x30FA).contains(scalar.value) || scalar.value == 0x30FC || (0xFF66...0xFF9F).contains(scalar.value)
    }

    /// Short or kana-only terms match inside unrelated words (がん in がんばります, adhd in a
    /// romaji name): they must start (and, when short, end) on a word boundary.
    private func boundariesOK(_ context: ScanContext, _ c: Hit) -> Bool {
        let bytes = context.text.bytes
        let range = c.range
        if bytes[range].allSatisfy({ ByteClass.isLower($0) || ByteClass.isDigit($0) }) {
            let before = range.lowerBound > 0 ? bytes[range.lowerBound - 1] : 0x20
            let after = range.upperBound < bytes.count ? bytes[range.upperBound] : 0x20
            return !ByteClass.isLower(before) && !ByteClass.isLower(after)
        }
        // Kana terms of four or more characters are specific enough.
        let short = c.entry.scalarCount <= (c.entry.isKanaOnly ? 3 : 1)
        guard short else { return true }
        return onWordBoundaries(context, range)
    }

    /// Whether `range` starts and ends on boundaries of ICU's Japanese word break iterator.
    /// The iterator runs over the ORIGINAL text (at most 60 bytes each side, within the line):
    /// it segments katakana words, which normalisation has folded to hiragana, far better there.
    private func onWordBoundaries(_ context: ScanContext, _ normalized: Range<Int>) -> Bool {
        let original = context.text.original
        let range = context.text.originalRange(for: NormalizedRange(utf8: normalized)).utf8
        var lower = max(range.lowerBound - 60, 0), upper = min(range.upperBound + 60, original.count)
        while lower > 0, original[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < original.count, original[upper] & 0xC0 == 0x80 { upper += 1 }
        if let lineStart = original[lower..<range.lowerBound].lastIndex(of: 0x0A) { lower = lineStart + 1 }
        if let lineEnd = original[range.upperBound..<upper].firstIndex(of: 0x0A) { upper = lineEnd }
        let boundaries = TextBoundaries.boundaries(.word, in: Array(original[lower..<upper]))
        guard !boundaries.isEmpty else { return true }
        return boundaries.contains(range.lowerBound - lower) && boundaries.contains(range.upperBound - lower)
    }

    /// Auxiliary endings that state nothing themselves (ANNOTATION.md spans stop before them):
    /// 逮捕され|ました, 車いすを使って|います, 入院中|です.
    private static let auxiliaries: [[UInt8]] = ["ております", "ています", "でいます", "てい", "います", "いました", "いる", "いた", "おります", "おり",
                                                 "ました", "ます", "でした", "です", "だった", "だ", "た", "。"].map { Array($0.utf8) }

    private func trimmingAuxiliaries(_ bytes: [UInt8], from minimum: Int, to end: Int) -> Int {
        var end = end
        var trimmed = true
        while trimmed {
            trimmed = false
            for aux in Self.auxiliaries where end - aux.count >= minimum && bytes[(end - aux.count)..<end].elementsEqual(aux) {
                // ています keeps its て: 使って|います.
                let keep = aux.starts(with: Array("て".utf8)) || aux.starts(with: Array("で".utf8)) && aux.count > 6 ? 3 : 0
                end -= aux.count - keep
                trimmed = keep == 0
                break
            }
        }
        return end
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
                let range = last.normalizedRange.lowerBound.utf8..<max(last.normalizedRange.upperBound, finding.normalizedRange.upperBound).utf8
                let better = last.confidence >= finding.confidence ? last : finding
                result[result.count - 1] = context.finding(finding.label, range, confidence: better.confidence, rule: better.rule)
            } else {
                result.append(finding)
            }
        }
        return result
    }
}
