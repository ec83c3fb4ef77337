import PatternSearch
import TextNormalization

/// The compiled special-care dictionaries: one automaton over every surface of every file
/// under `special-care/`, so a text is searched once for all labels and cues.
///
/// Files: `special-care/<label>.tsv` (kinds `term`, `fact`, `predicate`, `trap`) and
/// `special-care/common.tsv` (kinds `anchor`, `predicate`, `negation`, `hypothetical`,
/// `product`). Columns: `SURFACE  KIND  [WEIGHT]`. See `Dictionaries/FORMAT.md`.
struct SpecialCareLexicon: Sendable {
    enum Kind: String, Sendable {
        /// A sensitive term that states the category only with a predicate or a person.
        case term
        /// A phrase that states the fact by itself.
        case fact
        /// A phrase that, after a term, makes it a statement (label-specific or common).
        case predicate
        /// A longer surface that contains a term but is not sensitive.
        case trap
        /// A person word.
        case anchor
        /// A cue that denies the fact.
        case negation
        /// A cue for a hypothetical, general or insurance reading.
        case hypothetical
        /// A suffix that turns the term into a product or feature.
        case product
        /// The last characters of a family of terms (`病`, `症`, `炎`): a kanji or katakana
        /// word ending in one, right before a predicate, is a term of the label even when the
        /// dictionary does not list it (橋本病で通院).
        case suffix
        /// A form or memo field label (`既往歴`, `本籍`): the value typed after it and a
        /// separator (`既往歴：脳梗塞`, `持病 喘息`, `本籍は鹿児島県…`) is a fact of the label.
        case field
    }

    struct Entry: Sendable {
        let label: Label?
        let kind: Kind
        let weight: Double
        /// Length of the surface in scalars, for short-term word-boundary checks.
        let scalarCount: Int
        /// The surface is all kana (hiragana after folding), which matches inside words easily.
        let isKanaOnly: Bool
    }

    let automaton: AhoCorasick
    let entries: [Entry]
    /// `suffix` entries, matched only before predicates (never searched on their own).
    let suffixes: [(bytes: [UInt8], entry: Entry)]

    /// The label of each file under special-care/.
    static let fileLabels: [String: Label] = [
        "race.tsv": .race, "creed.tsv": .creed, "social-status.tsv": .socialStatus, "medical.tsv": .medical,
        "disability.tsv": .disability, "criminal.tsv": .criminal, "crime-victim.tsv": .crimeVictim,
        "union.tsv": .union, "family-origin.tsv": .familyOrigin, "sex-life.tsv": .sexLife,
    ]

    private static let defaultWeights: [Kind: Double] = [
        .term: 0.6, .fact: 0.9, .predicate: 1, .trap: 1, .anchor: 1, .negation: 1, .hypothetical: 0.5, .product: 1, .suffix: 0.6, .field: 0.8,
    ]

    init(dictionaries: DictionarySet, normalizer: Normalizer) throws {
        var patterns: [[UInt8]] = []
        var entries: [Entry] = []
        var suffixes: [(bytes: [UInt8], entry: Entry)] = []
        for (path, records) in dictionaries.records(under: "special-care/") {
            let name = String(path.dropFirst("special-care/".count))
            let label: Label?
            let allowed: Set<Kind>
            if name == "common.tsv" {
                label = nil
                allowed = [.anchor, .predicate, .negation, .hypothetical, .product, .trap]
            } else if let fileLabel = Self.fileLabels[name] {
                label = fileLabel
                allowed = [.term, .fact, .predicate, .trap, .suffix, .field]
            } else {
                throw DictionaryError(path: path, line: 0, message: "unknown special-care file; expected common.tsv or one of \(Self.fileLabels.keys.sorted().joined(separator: ", "))")
            }
            for record in records {
                guard (2...3).contains(record.fields.count) else { throw record.error("expected 2 or 3 columns: SURFACE, KIND, [WEIGHT]") }
                guard let kind = Kind(rawValue: record.fields[1]), allowed.contains(kind) else {
                    throw record.error("kind \"\(record.fields[1])\" is not allowed here; use one of \(allowed.map(\.rawValue).sorted().joined(separator: ", "))")
                }
                let weight = try record.weight(at: 2, default: Self.defaultWeights[kind]!)
                let key = record.key(0, normalizer)
                guard !key.isEmpty else { throw record.error("empty surface") }
                let entry = Entry(label: label, kind: kind, weight: weight, scalarCount: key.unicodeScalars.count,
                                  isKanaOnly: key.unicodeScalars.allSatisfy { (0x3041...0x309F).contains($0.value) || $0 == "ー" })
                if kind == .suffix {
                    suffixes.append((Array(key.utf8), entry))
                } else {
                    patterns.append(Array(key.utf8))
                    entries.append(entry)
                }
            }
        }
        automaton = AhoCorasick(patterns: patterns)
        self.entries = entries
        self.suffixes = suffixes.sorted { $0.bytes.count > $1.bytes.count }
    }
}
