import PatternSearch
import SuminuriTables
import TextNormalization

/// The compiled special-care dictionaries: the entry of every surface of every file under
/// `special-care/` (the front end finds the surfaces, `FrontEnd.Source.specialCare`).
///
/// Files: `special-care/<label>.tsv` (kinds `term`, `fact`, `predicate`, `trap`) and
/// `special-care/common.tsv` (kinds `anchor`, `predicate`, `negation`, `hypothetical`,
/// `product`). Columns: `SURFACE  KIND  [WEIGHT]`. See `Dictionaries/FORMAT.md`.
struct SpecialCareLexicon: Sendable {
    typealias Kind = SpecialCareTables.Kind

    struct Entry: Sendable {
        let label: Label?
        let kind: Kind
        let weight: Double
        /// Length of the surface in scalars, for short-term word-boundary checks.
        let scalarCount: Int
        /// The surface is all kana (hiragana after folding), which matches inside words easily.
        let isKanaOnly: Bool
    }

    /// By the surface's number in `SpecialCareTables.patterns`.
    let entries: [Entry]
    /// `suffix` entries, matched only before predicates (never searched on their own), longest first.
    let suffixes: [(bytes: [UInt8], entry: Entry)]
    /// The last byte of each suffix, indexed by byte value.
    let suffixLastBytes: ByteFlags

    /// The label of each file under special-care/.
    static let fileLabels: [String: Label] = SpecialCareTables.fileLabels.mapValues { Label(rawValue: $0)! }

    init(tables: SpecialCareTables) {
        let labels = tables.labelNames.map { Label(rawValue: $0)! }
        let kinds = Kind.allCases
        func entries(_ columns: SpecialCareTables.Entries) -> [Entry] {
            columns.labels.indices.map { i in
                Entry(label: columns.labels[i] == SpecialCareTables.noLabel ? nil : labels[Int(columns.labels[i])],
                      kind: kinds[Int(columns.kinds[i])], weight: columns.weights[i], scalarCount: Int(columns.scalarCounts[i]),
                      isKanaOnly: columns.kanaOnly[i])
            }
        }
        self.entries = entries(tables.entries)
        let starts = tables.suffixStarts
        suffixes = zip(starts, entries(tables.suffixes)).enumerated().map { i, suffix in
            (Array(tables.suffixBytes[suffix.0..<starts[i + 1]]), suffix.1)
        }
        suffixLastBytes = ByteFlags(suffixes.compactMap { $0.bytes.last })
    }
}

/// A set of byte values, looked up without hashing.
struct ByteFlags: Sendable {
    private var flags = [Bool](repeating: false, count: 256)

    init(_ bytes: some Sequence<UInt8>) {
        for b in bytes { flags[Int(b)] = true }
    }

    func contains(_ byte: UInt8) -> Bool { flags[Int(byte)] }
}
