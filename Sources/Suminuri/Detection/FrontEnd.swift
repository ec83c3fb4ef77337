import PatternSearch
import SuminuriTables

/// The one pass over a piece of text that finds the dictionary patterns of every detector
/// (hotwords, plate regions, place names, person cues, company words, the special-care
/// lexicon): one automaton merged from all their tables, so the text is read once, not once
/// per table. Each detector then reads its own candidates from the `ScanContext`.
struct FrontEnd: Sendable {
    typealias Source = FrontEndTables.Source

    /// The matches in one text, by source. A match's `pattern` is its entry in the source's
    /// own list; a source's matches come in order of match end, and at one end longest first
    /// (then in entry order), exactly as an automaton of that source alone reports them.
    struct Candidates {
        private let bySource: [[PatternMatch]]

        init(bySource: [[PatternMatch]]) { self.bySource = bySource }

        subscript(source: Source) -> [PatternMatch] { bySource[source.rawValue] }
    }

    private let tables: FrontEndTables

    init(tables: FrontEndTables) { self.tables = tables }

    func candidates(in bytes: [UInt8]) -> Candidates {
        var bySource = [[PatternMatch]](repeating: [], count: Source.allCases.count)
        let sourceOf = tables.sourceOf.buffer, starts = tables.sourceStarts.buffer
        bytes.withUnsafeBufferPointer { buffer in
            tables.automaton.forEachMatch(in: buffer) { match in
                let source = Int(sourceOf[match.pattern])
                bySource[source].append(PatternMatch(pattern: match.pattern - starts[source], range: match.range))
            }
        }
        return Candidates(bySource: bySource)
    }
}
