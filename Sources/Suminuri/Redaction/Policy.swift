/// What to do with findings: which count, and what replaces them. Detection never depends
/// on it; the same findings can be redacted under different policies.
public struct Policy: Sendable, Hashable {
    /// How a finding's text is replaced.
    public enum Placeholder: String, Sendable, Hashable, CaseIterable {
        /// `［電話番号］`; special-care labels all read `［要配慮個人情報］`, because naming the
        /// category (［病歴等］) would itself tell the reader a sensitive fact.
        case label
        /// `［電話番号］` for every label, special care included (for reviewers who need it).
        case detailedLabel = "detailed-label"
        /// `●` for every character, keeping the length.
        case mask
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
    public var scope: Scope

    public init(thresholds: [Label: Double] = Policy.recommendedThresholds, defaultThreshold: Double = 0.5,
                enabledLabels: Set<Label> = Set(Label.allCases), placeholder: Placeholder = .label, scope: Scope = .span) {
        self.thresholds = thresholds
        self.defaultThreshold = defaultThreshold
        self.enabledLabels = enabledLabels
        self.placeholder = placeholder
        self.scope = scope
    }

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

    /// The replacement text for a finding whose original text has `scalarCount` scalars.
    public func replacement(for label: Label, scalarCount: Int) -> String {
        switch placeholder {
        case .mask: String(repeating: "●", count: max(scalarCount, 1))
        case .detailedLabel: "［\(label.japaneseName)］"
        case .label: label.isSensitiveCategory ? "［要配慮個人情報］" : "［\(label.japaneseName)］"
        }
    }
}
