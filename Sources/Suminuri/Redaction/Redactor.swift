import TextNormalization

/// The result of redacting one text: the text, and exactly what was replaced in it.
public struct Redaction: Sendable {
    /// One replaced range of the original text.
    public struct Edit: Sendable, Hashable {
        /// The original characters that were replaced (UTF-8 byte offsets of the original).
        /// Under sentence scope it is the sentence around a special-care finding; where
        /// findings overlap it is their union (overlaps are merged, never trimmed: trimming
        /// would leave part of a value readable).
        public let range: OriginalRange
        /// What now stands there.
        public let replacement: String
        /// The findings this edit removes, in text order.
        public let findings: [Finding]
    }

    /// What the report says of one finding: never its value.
    public struct Record: Sendable, Hashable {
        public let finding: Finding
        /// The operator the policy applied to the finding's label.
        public let `operator`: Policy.Operator
        /// A keyed digest of the canonical value, when the policy has a pseudonymizer.
        public let digest: String?
    }

    /// The redacted text: everything outside `edits` byte for byte as given.
    public let text: String
    /// The replacements, in text order, not overlapping.
    public let edits: [Edit]
    /// Every finding the policy accepted, in text order, with the operator applied: each one
    /// is covered by an edit, except those whose operator is `keep`.
    public let records: [Record]
    public var findings: [Finding] { records.map(\.finding) }
    /// False when a piece of the text could not be prepared for scanning (an internal ICU
    /// failure); that piece is then replaced whole (`edits` say where) rather than passed on.
    public let isComplete: Bool
}

/// Turns accepted findings into edits and applies them. Pure: the policy decides, the
/// redactor only computes ranges and asks the policy for each replacement.
enum Redactor {
    /// The edits for one scanned piece.
    /// - Parameters:
    ///   - text: the piece, original and normalised.
    ///   - findings: the findings the policy accepted (overlapping ones included).
    ///   - sentences: ICU sentence boundaries of the piece (original offsets), computed only
    ///     when the policy's scope asks for them.
    static func edits(in text: NormalizedText, findings: [Finding], policy: Policy,
                      sentences: () -> [Int]) -> [Redaction.Edit] {
        let original = text.original
        var spans: [(range: Range<Int>, finding: Finding)] = []
        var bounds: [Int]? = nil
        for finding in findings where policy.operator(for: finding.label) != .keep {
            var range = finding.range.utf8
            if policy.scope == .sentence && finding.label.isSensitiveCategory {
                if bounds == nil { bounds = sentences() }
                if let bounds, !bounds.isEmpty {
                    let lower = bounds.last(where: { $0 <= range.lowerBound }) ?? 0
                    let upper = bounds.first(where: { $0 >= range.upperBound }) ?? original.count
                    range = lower..<max(trimTrailingBreaks(original, lower, upper), range.upperBound)
                }
            }
            spans.append((range, finding))
        }
        spans.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }

        var edits: [Redaction.Edit] = []
        var group: [Finding] = []
        var groupRange = 0..<0
        func flush() {
            guard !group.isEmpty else { return }
            // The finding that names the edit: special care first, as its placeholder must win.
            let primary = group.first(where: { $0.label.isSensitiveCategory })
                ?? group.max(by: { ($0.confidence, $0.range.count) < ($1.confidence, $1.range.count) })!
            let value = text.value(of: primary, originalRange: groupRange)
            let replacement = policy.replacement(for: primary, value: value) ?? value.original
            edits.append(.init(range: OriginalRange(utf8: groupRange), replacement: replacement,
                               findings: group.sorted { $0.range.lowerBound < $1.range.lowerBound }))
            group.removeAll()
        }
        for span in spans {
            if !group.isEmpty && span.range.lowerBound < groupRange.upperBound {
                groupRange = groupRange.lowerBound..<max(groupRange.upperBound, span.range.upperBound)
            } else {
                flush()
                groupRange = span.range
            }
            group.append(span.finding)
        }
        flush()
        return edits
    }

    /// `original[range]` with `edits` (sorted, inside `range`) applied, appended to `output`.
    static func apply(_ edits: some Sequence<Redaction.Edit>, to original: UnsafeBufferPointer<UInt8>,
                      in range: Range<Int>, offset: Int = 0, into output: inout [UInt8]) {
        var cursor = range.lowerBound
        for edit in edits {
            let lower = max(edit.range.lowerBound.utf8 - offset, cursor)
            let upper = max(edit.range.upperBound.utf8 - offset, lower)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: original[cursor..<lower]))
            output.append(contentsOf: edit.replacement.utf8)
            cursor = min(upper, range.upperBound)
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: original[cursor..<range.upperBound]))
    }

    /// The report's record of a finding of this piece.
    static func record(_ finding: Finding, in text: NormalizedText, policy: Policy) -> Redaction.Record {
        let digest = policy.pseudonymizer.map { $0.digest(of: text.value(of: finding).canonical, label: finding.label) }
        return .init(finding: finding, operator: policy.operator(for: finding.label), digest: digest)
    }

    /// A sentence-scope redaction keeps the line break that ends the sentence.
    private static func trimTrailingBreaks(_ bytes: [UInt8], _ lower: Int, _ upper: Int) -> Int {
        var end = upper
        while end > lower, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
        return end
    }
}

extension NormalizedText {
    /// The value of a finding of this text: its original characters (or those of
    /// `originalRange`, when an edit covers more) and its normalised form.
    func value(of finding: Finding, originalRange: Range<Int>? = nil) -> FindingValue {
        let range = (originalRange ?? finding.range.utf8).clamped(to: 0..<original.count)
        let normalized = finding.normalizedRange.utf8.clamped(to: 0..<bytes.count)
        return FindingValue(original: String(decoding: original[range], as: UTF8.self),
                            normalized: String(decoding: bytes[normalized], as: UTF8.self))
    }
}
