import PatternSearch
import TextNormalization

/// The special-care dictionaries: every surface of every file under `special-care/`, in one
/// list of entries (the front end's merged automaton searches them all at once).
///
/// Files: `special-care/<label>.tsv` (kinds `term`, `fact`, `predicate`, `trap`, `suffix`,
/// `field`) and `special-care/common.tsv` (kinds `anchor`, `predicate`, `negation`,
/// `hypothetical`, `product`, `trap`, `field`). Columns: `SURFACE  KIND  [WEIGHT]`. See
/// `Dictionaries/FORMAT.md`.
package struct SpecialCareTables: CompiledTable {
    package static let sources = ["special-care/"]

    package enum Kind: String, Sendable, CaseIterable {
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

    /// The label (raw value) of each file under special-care/ but common.tsv.
    package static let fileLabels: [String: String] = [
        "race.tsv": "RACE", "creed.tsv": "CREED", "social-status.tsv": "SOCIAL_STATUS", "medical.tsv": "MEDICAL",
        "disability.tsv": "DISABILITY", "criminal.tsv": "CRIMINAL", "crime-victim.tsv": "CRIME_VICTIM",
        "union.tsv": "UNION", "family-origin.tsv": "FAMILY_ORIGIN", "sex-life.tsv": "SEX_LIFE",
    ]

    private static let defaultWeights: [Kind: Double] = [
        .term: 0.6, .fact: 0.9, .predicate: 1, .trap: 1, .anchor: 1, .negation: 1, .hypothetical: 0.5, .product: 1, .suffix: 0.6, .field: 0.8,
    ]

    /// One surface, as columns: its label (an index into `labelNames`, `noLabel` for
    /// common.tsv), kind (an index into `Kind.allCases`), weight, length in scalars, and
    /// whether it is all kana (hiragana after folding), which matches inside words easily.
    package struct Entries: Sendable {
        package var labels: [UInt8] = [], kinds: [UInt8] = [], weights: [Double] = [], scalarCounts: [UInt32] = [], kanaOnly: [Bool] = []

        mutating func append(label: UInt8, kind: Kind, weight: Double, key: String) {
            labels.append(label)
            kinds.append(UInt8(Kind.allCases.firstIndex(of: kind)!))
            weights.append(weight)
            scalarCounts.append(UInt32(key.unicodeScalars.count))
            kanaOnly.append(key.unicodeScalars.allSatisfy { (0x3041...0x309F).contains($0.value) || $0 == "ー" })
        }

        init() {}

        init(reading reader: inout TableReader) {
            labels = Array(reader.read(UInt8.self))
            kinds = Array(reader.read(UInt8.self))
            weights = Array(reader.read(Double.self))
            scalarCounts = Array(reader.read(UInt32.self))
            kanaOnly = Array(reader.read(Bool.self))
        }

        func write(to writer: inout TableWriter) {
            writer.write(labels)
            writer.write(kinds)
            writer.write(weights)
            writer.write(scalarCounts)
            writer.write(kanaOnly)
        }
    }

    package static let noLabel: UInt8 = 0xFF
    package let labelNames: [String]
    /// The surfaces searched for, and per surface its entry.
    package let patterns: PatternList
    package let entries: Entries
    /// `suffix` entries, longest first, matched only before predicates (never searched on
    /// their own): their bytes, concatenated, cut at `suffixStarts`.
    package let suffixes: Entries
    package let suffixBytes: [UInt8]
    package let suffixStarts: [Int]

    package init(compiling dictionaries: some DictionaryRecords, normalizer: Normalizer) throws {
        var patterns: [[UInt8]] = []
        var entries = Entries()
        var suffixes: [(bytes: [UInt8], label: UInt8, kind: Kind, weight: Double, key: String)] = []
        var labelNames: [String] = []
        for (path, records) in dictionaries.records(under: "special-care/") {
            let name = String(path.dropFirst("special-care/".count))
            let label: UInt8
            let allowed: Set<Kind>
            if name == "common.tsv" {
                label = Self.noLabel
                // A field here names no category (備考, 特記事項): it only lends its value to the terms in it.
                allowed = [.anchor, .predicate, .negation, .hypothetical, .product, .trap, .field]
            } else if let fileLabel = Self.fileLabels[name] {
                label = UInt8(labelNames.firstIndex(of: fileLabel) ?? labelNames.count)
                if Int(label) == labelNames.count { labelNames.append(fileLabel) }
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
                if kind == .suffix {
                    suffixes.append((Array(key.utf8), label, kind, weight, key))
                } else {
                    patterns.append(Array(key.utf8))
                    entries.append(label: label, kind: kind, weight: weight, key: key)
                }
            }
        }
        self.patterns = PatternList(patterns)
        self.entries = entries
        self.labelNames = labelNames
        var sorted = Entries(), bytes: [UInt8] = [], starts = [0]
        for suffix in suffixes.sorted(by: { $0.bytes.count > $1.bytes.count }) {
            sorted.append(label: suffix.label, kind: suffix.kind, weight: suffix.weight, key: suffix.key)
            bytes += suffix.bytes
            starts.append(bytes.count)
        }
        self.suffixes = sorted
        suffixBytes = bytes
        suffixStarts = starts
    }

    package init(reading reader: inout TableReader) {
        labelNames = reader.readStrings()
        patterns = PatternList(reading: &reader)
        entries = Entries(reading: &reader)
        suffixes = Entries(reading: &reader)
        suffixBytes = Array(reader.read(UInt8.self))
        suffixStarts = Array(reader.read(Int.self))
    }

    package func write(to writer: inout TableWriter) {
        writer.write(labelNames)
        patterns.write(to: &writer)
        entries.write(to: &writer)
        suffixes.write(to: &writer)
        writer.write(suffixBytes)
        writer.write(suffixStarts)
    }
}
