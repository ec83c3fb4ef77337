import TextNormalization

/// What to do with findings: which count, and what replaces them. Detection never depends on
/// it: the same scanner redacts under a different policy at every call
/// (`scanner.redact(text, policy: …)`). Build one in code, or load a profile of a policy file
/// with `PolicyFile` (module `SuminuriPolicy`).
public struct Policy: Sendable {
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
        /// digits of the value stay readable (`090-****-5678` with `keepLast: 4`).
        case mask(character: Character = "●", keepLast: Int = 0)
        /// A keyed token of the normalised value (`［氏名:7f3a9c0d］`), the same for the same
        /// value in any written form under the same key; needs `Policy.pseudonymizer`.
        case pseudonym
        /// Removed without a trace.
        case remove
        /// Left as written: reported, not redacted.
        case keep

        /// The operator's name in reports and policy files.
        public var name: String {
            switch self {
            case .label: "label"
            case .text: "text"
            case .mask: "mask"
            case .pseudonym: "pseudonym"
            case .remove: "remove"
            case .keep: "keep"
            }
        }
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
    /// Values never redacted nor reported (the dealer's own published number and address).
    public var allowList: AllowList
    /// Makes the tokens of the `pseudonym` operator and the keyed digests of reports.
    public var pseudonymizer: (any Pseudonymizer)?

    public init(thresholds: [Label: Double] = Policy.recommendedThresholds, defaultThreshold: Double = 0.5,
                enabledLabels: Set<Label> = Set(Label.allCases), placeholder: Placeholder = .label,
                operators: [Label: Operator] = [:], scope: Scope = .span, allowList: AllowList = AllowList(),
                pseudonymizer: (any Pseudonymizer)? = nil) {
        self.thresholds = thresholds
        self.defaultThreshold = defaultThreshold
        self.enabledLabels = enabledLabels
        self.placeholder = placeholder
        self.operators = operators
        self.scope = scope
        self.allowList = allowList
        self.pseudonymizer = pseudonymizer
    }

    /// Every label, label placeholders, span scope, the recommended thresholds.
    public static let `default` = Policy()

    /// Per-label thresholds, tuned on the dev splits of `Corpus/special-care` (never on
    /// `test`): recall first for the categories the dealer must not acquire.
    public static let recommendedThresholds: [Label: Double] = [
        .medical: 0.3, .disability: 0.4, .criminal: 0.4, .union: 0.4, .familyOrigin: 0.4, .creed: 0.4,
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
        case .remove: return ""
        case .text(let text): return text
        case .label: return labelPlaceholder(finding.label)
        case .mask(let character, let keepLast): return Self.mask(value.original, with: character, keepingLast: keepLast)
        case .pseudonym:
            // Without a key there is no token: the label placeholder, never the value.
            guard let pseudonymizer else { return labelPlaceholder(finding.label) }
            let name = placeholder != .detailedLabel && finding.label.isSensitiveCategory ? "要配慮個人情報" : finding.label.japaneseName
            return "［\(name):\(pseudonymizer.token(for: value.canonical, label: finding.label))］"
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
    /// The finding's normalised form (NFKC, kana and width folded, digits ASCII).
    public let normalized: String

    public init(original: String, normalized: String) {
        self.original = original
        self.normalized = normalized
    }

    /// `normalized` without spaces and dashes: `０９０-１２３４-５６７８`, `090 1234 5678` and
    /// `09012345678` are one value for pseudonyms and allow-lists.
    public var canonical: String { Self.canonical(normalized) }

    public static func canonical(_ normalized: String) -> String {
        String(String.UnicodeScalarView(normalized.unicodeScalars.filter { $0 != " " && $0 != "-" && $0 != "\t" && $0 != "\n" && $0 != "\r" }))
    }
}

/// Turns values into keyed tokens and digests (HMAC-SHA-256 in `SuminuriPolicy`): the same
/// canonical value gives the same token under the same key, and nothing about the value can
/// be read back from it.
public protocol Pseudonymizer: Sendable {
    /// A short token for the `pseudonym` operator.
    func token(for canonicalValue: String, label: Label) -> String
    /// A full keyed digest for reports.
    func digest(of canonicalValue: String, label: Label) -> String
}

/// Values that are never redacted or reported, compared after normalisation: any width, any
/// dash, any spacing of `0120-49-5523` matches it.
public struct AllowList: Sendable {
    private var values: Set<String> = []

    public init() {}

    /// Adds values as the user wrote them; they are normalised like text.
    public init<S: Sequence>(_ values: S) where S.Element == String {
        let normalizer = Normalizer()
        for value in values {
            let normalized = normalizer.normalize(value).map { String(decoding: $0.bytes, as: UTF8.self) } ?? value
            let canonical = FindingValue.canonical(normalized)
            if !canonical.isEmpty { self.values.insert(canonical) }
        }
    }

    public var isEmpty: Bool { values.isEmpty }
    public var count: Int { values.count }

    public func allows(_ value: FindingValue) -> Bool { !values.isEmpty && values.contains(value.canonical) }
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
