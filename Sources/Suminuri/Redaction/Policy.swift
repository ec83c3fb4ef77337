/// What to do with findings: which count, and what replaces them. Detection never depends on
/// it: the same scanner redacts under a different policy at every call
/// (`scanner.redact(text, policy: …)`).
public struct Policy: Sendable, Hashable {
    /// The default replacement style of labels that have no `operators` entry.
    public enum Placeholder: String, Sendable, Hashable, CaseIterable {
        /// `［電話番号］`; special-care labels all read `［要配慮個人情報］`, because naming the
        /// category (［病歴等］) would itself tell the reader a sensitive fact.
        case label
        /// `［電話番号］` for every label, special care included (for reviewers who need it).
        case detailedLabel = "detailed-label"
        /// `●` for every character, keeping the length.
        case mask
    }

    /// What replaces one finding. The redactor calls it with the finding whole (label, span,
    /// confidence, rule) and its value, so that operators may depend on the value.
    public enum Operator: Sendable, Hashable {
        /// The placeholder of `Policy.placeholder` (`label` or `detailed-label` style).
        case label
        /// A fixed text, e.g. `［非公開］`.
        case text(String)
        /// Every character replaced by `character`, keeping the length; the last `keepLast`
        /// ASCII digits of the value stay readable (`090-****-5678` with `keepLast: 4`).
        case mask(character: Character = "●", keepLast: Int = 0)
        /// Left as written: reported, not redacted.
        case keep
    }

    /// How much text a special-care finding removes.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// The finding's span only.
        case span
        /// The whole sentence around a special-care finding (sentence boundaries from ICU).
        case sentence
    }

    /// Minimum confidence per label; labels absent here use `defaultThreshold`.
    public var thresholds: [Label: Double]
    public var defaultThreshold: Double
    /// Labels that are reported and redacted; others are ignored.
    public var enabledLabels: Set<Label>
    public var placeholder: Placeholder
    /// Per-label operators; labels absent here follow `placeholder`.
    public var operators: [Label: Operator]
    public var scope: Scope

    public init(thresholds: [Label: Double] = Policy.recommendedThresholds, defaultThreshold: Double = 0.5,
                enabledLabels: Set<Label> = Set(Label.allCases), placeholder: Placeholder = .label,
                operators: [Label: Operator] = [:], scope: Scope = .span) {
        self.thresholds = thresholds
        self.defaultThreshold = defaultThreshold
        self.enabledLabels = enabledLabels
        self.placeholder = placeholder
        self.operators = operators
        self.scope = scope
    }

    /// Every label, label placeholders, span scope, the recommended thresholds.
    public static let `default` = Policy()

    /// Per-label thresholds, tuned on the dev splits of `Corpus/special-care` (never on
    /// `test`): recall first for the categories the dealer must not acquire.
    public static let recommendedThresholds: [Label: Double] = [
        .medical: 0.3, .disability: 0.4, .criminal: 0.4, .union: 0.4, .familyOrigin: 0.4,
    ]

    public func threshold(for label: Label) -> Double { thresholds[label] ?? defaultThreshold }

    /// Whether a finding passes this policy.
    public func accepts(_ finding: Finding) -> Bool {
        enabledLabels.contains(finding.label) && finding.confidence >= threshold(for: finding.label)
    }

    /// The operator that applies to `label`.
    public func `operator`(for label: Label) -> Operator {
        if let configured = operators[label] { return configured }
        return placeholder == .mask ? .mask() : .label
    }

    /// The text that replaces `finding`, whose original text is `value.original`; nil when the
    /// policy keeps it as written.
    public func replacement(for finding: Finding, value: FindingValue) -> String? {
        switch `operator`(for: finding.label) {
        case .keep: return nil
        case .text(let text): return text
        case .label: return labelPlaceholder(finding.label)
        case .mask(let character, let keepLast): return Self.mask(value.original, with: character, keepingLast: keepLast)
        }
    }

    /// `［電話番号］`, or `［要配慮個人情報］` for every special-care label unless the style is
    /// `detailed-label`.
    public func labelPlaceholder(_ label: Label) -> String {
        if placeholder != .detailedLabel && label.isSensitiveCategory { return "［要配慮個人情報］" }
        return "［\(label.japaneseName)］"
    }

    static func mask(_ value: String, with character: Character, keepingLast keep: Int) -> String {
        let scalars = Array(value.unicodeScalars)
        var kept = Set<Int>()
        if keep > 0 {
            var remaining = keep
            for index in scalars.indices.reversed() where remaining > 0 {
                if JapaneseDigits.asciiDigit(scalars[index]) != nil { kept.insert(index); remaining -= 1 }
            }
        }
        var out = ""
        for (index, scalar) in scalars.enumerated() {
            if kept.contains(index) { out.unicodeScalars.append(scalar) } else { out.append(character) }
        }
        return out.isEmpty ? String(character) : out
    }
}

/// The text of one finding, as the redactor hands it to the policy.
public struct FindingValue: Sendable {
    /// The original characters of the redacted range.
    public let original: String
    /// Their normalised form (NFKC, kana and width folded, digits ASCII): the same value
    /// written in another width or script gives the same string, for keyed pseudonyms and
    /// allow-lists.
    public let normalized: String
}

enum JapaneseDigits {
    /// The ASCII digit for an ASCII or full-width digit.
    static func asciiDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x30...0x39: UInt8(scalar.value)
        case 0xFF10...0xFF19: UInt8(scalar.value - 0xFF10 + 0x30)
        default: nil
        }
    }
}
