import TextNormalization

/// The result of redacting one text.
public struct Redaction: Sendable {
    /// The redacted text: everything outside the replaced ranges byte for byte as given.
    public let text: String
    /// The findings that were redacted (the policy's), in order.
    public let findings: [Finding]
}

/// Applies a policy's replacements to the original bytes.
enum Redactor {
    /// Replaces the union of the accepted findings' ranges (overlaps are merged, never
    /// trimmed: trimming would leave part of a value readable).
    static func redact(_ original: [UInt8], findings: [Finding], policy: Policy, sentences: (() -> [Int])?) -> [UInt8] {
        guard !findings.isEmpty else { return original }
        var spans: [(range: Range<Int>, label: Label)] = findings.map { ($0.range, $0.label) }
        if policy.scope == .sentence, let sentences {
            let bounds = sentences()
            spans = spans.map { span in
                guard span.label.isSensitiveCategory, !bounds.isEmpty else { return span }
                let lower = bounds.last(where: { $0 <= span.range.lowerBound }) ?? 0
                let upper = bounds.first(where: { $0 >= span.range.upperBound }) ?? original.count
                return (lower..<trimTrailingBreaks(original, lower, upper), span.label)
            }
        }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var merged: [(range: Range<Int>, label: Label)] = []
        for span in spans {
            if let last = merged.last, span.range.lowerBound < last.range.upperBound {
                let label = last.label.isSensitiveCategory ? last.label : span.label
                merged[merged.count - 1] = (last.range.lowerBound..<max(last.range.upperBound, span.range.upperBound), label)
            } else {
                merged.append(span)
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(original.count)
        var cursor = 0
        for span in merged {
            output += original[cursor..<span.range.lowerBound]
            let scalars = UTF8Offsets.scalarOffset(original, span.range.upperBound, from: span.range.lowerBound)
            output += policy.replacement(for: span.label, scalarCount: scalars).utf8
            cursor = span.range.upperBound
        }
        output += original[cursor...]
        return output
    }

    /// A sentence-scope redaction keeps the line break that ends the sentence.
    private static func trimTrailingBreaks(_ bytes: [UInt8], _ lower: Int, _ upper: Int) -> Int {
        var end = upper
        while end > lower, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
        return end
    }
}
