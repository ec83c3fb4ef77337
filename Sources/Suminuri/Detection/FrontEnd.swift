import PatternSearch
import SuminuriTables

/// The one pass over a piece of text that finds the dictionary patterns of every detector
/// (hotwords, plate regions, place names, person cues, company words, the special-care
/// lexicon): one automaton merged from all their tables at build time, so the text is read
/// once, not once per table. Each detector then reads its own candidates in the `ScanContext`.
///
/// A user dictionary that adds to one of these tables changes its entries, so the scanner
/// compiles that table at start-up, and a second automaton over the patterns of the tables so
/// compiled (only those: start-up and the extra pass cost in proportion to them) replaces the
/// built-in one's matches of their sources. Without user dictionaries there is one pass.
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

    /// The automaton compiled at build time, and the one over the tables a user dictionary added
    /// to (nil without user dictionaries).
    private let builtIn: FrontEndTables
    private let recompiled: FrontEndTables?
    /// By source: whether `recompiled` searches it (its matches in `builtIn` are not kept).
    private let isRecompiled: [Bool]
    private let needsBuiltIn: Bool

    init(builtIn: FrontEndTables, recompiled: FrontEndTables?) {
        self.builtIn = builtIn
        self.recompiled = recompiled
        isRecompiled = Source.allCases.map { recompiled?.sources.contains($0) ?? false }
        needsBuiltIn = isRecompiled.contains(false)
    }

    func candidates(in bytes: [UInt8]) -> Candidates {
        var bySource = [[PatternMatch]](repeating: [], count: Source.allCases.count)
        bytes.withUnsafeBufferPointer { buffer in
            if needsBuiltIn { Self.search(builtIn, buffer, into: &bySource, skipping: isRecompiled) }
            if let recompiled { Self.search(recompiled, buffer, into: &bySource, skipping: nil) }
        }
        return Candidates(bySource: bySource)
    }

    private static func search(_ tables: FrontEndTables, _ buffer: UnsafeBufferPointer<UInt8>, into bySource: inout [[PatternMatch]],
                               skipping skipped: [Bool]?) {
        let sourceOf = tables.sourceOf.buffer, starts = tables.sourceStarts.buffer
        tables.automaton.forEachMatch(in: buffer) { match in
            let source = Int(sourceOf[match.pattern])
            if skipped?[source] == true { return }
            bySource[source].append(PatternMatch(pattern: match.pattern - starts[source], range: match.range))
        }
    }
}
