/// The report of a redaction as JSON: per finding its label, group, offsets (Unicode scalars
/// as in ANNOTATION.md, and UTF-8 bytes), confidence, rule, the operator applied and the keyed
/// digest when the policy has a key; counts per label. Never a value.
public enum ReportJSON {
    /// One JSON object (no line break) for the redaction of `original`; `idJSON` is the
    /// document's id already encoded as JSON, for JSON Lines batches.
    public static func document(_ redaction: Redaction, original: String, idJSON: String? = nil) -> String {
        let bytes = Array(original.utf8)
        var counts: [Label: Int] = [:]
        var items: [String] = []
        for record in redaction.records {
            counts[record.finding.label, default: 0] += 1
            items.append(object(record.finding, in: bytes, operator: record.operator, digest: record.digest))
        }
        let countItems = Label.allCases.compactMap { label in counts[label].map { "\"\(label.rawValue)\":\($0)" } }
        var out = "{"
        if let idJSON { out += "\"id\":\(idJSON)," }
        out += "\"findings\":[\(items.joined(separator: ","))],\"counts\":{\(countItems.joined(separator: ","))}"
        if !redaction.isComplete { out += ",\"complete\":false" }
        return out + "}"
    }

    /// One finding as a JSON object.
    public static func object(_ finding: Finding, in original: [UInt8], operator: Policy.Operator?, digest: String? = nil) -> String {
        let scalars = finding.scalarRange(in: original)
        var out = "{\"label\":\"\(finding.label.rawValue)\",\"group\":\"\(finding.label.group.rawValue)\""
        out += ",\"start\":\(scalars.lowerBound),\"end\":\(scalars.upperBound)"
        out += ",\"utf8_start\":\(finding.range.lowerBound.utf8),\"utf8_end\":\(finding.range.upperBound.utf8)"
        out += ",\"confidence\":\(confidence(finding.confidence)),\"rule\":\(quote(finding.rule))"
        if let op = `operator` { out += ",\"operator\":\"\(op.name)\"" }
        if let digest { out += ",\"digest\":\"\(digest)\"" }
        return out + "}"
    }

    static func confidence(_ value: Double) -> String {
        let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// A JSON string literal (rules are ASCII identifiers, but quote them properly anyway).
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
