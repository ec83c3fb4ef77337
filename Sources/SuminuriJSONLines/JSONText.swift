import Foundation

/// JSON Lines batches: one `{"id": …, "text": …}` object a line in, one result a line out.
///
/// `Reader` splits a byte stream into numbered lines, decoding input that is not UTF-8 through
/// the engine's decode stage (`TextDecoder`); `entry(_:)` turns one line into an `Entry` or a
/// `Problem`; `process` runs both over a stream on several threads and reports, in input
/// order, a result or a numbered problem for every line that is not blank. Nothing here ever
/// puts a line's content into a message: problems and notes name line numbers only.
public enum JSONLines {
    /// A JSON string literal; non-ASCII stays as UTF-8.
    public static func quote(_ string: String) -> String {
        var out = "\""
        out.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A value from `JSONSerialization` as compact JSON with sorted keys; `null` for what has
    /// no JSON form.
    public static func encodeJSONValue(_ value: Any) -> String {
        if let string = value as? String { return quote(string) }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]),
           let json = String(data: data, encoding: .utf8) { return json }
        return "null"
    }

    /// A score or confidence with three decimals.
    /// Integer arithmetic, not `String(format:)`: Foundation's formatting cost more than the
    /// rest of a finding's line.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "0.000" : (value < 0 ? "-1e999" : "1e999") }
        let scaled = value.magnitude * 1000
        // A product that lands on a half may have been rounded onto it: printf reads the value
        // itself.
        guard scaled < 1e15, scaled - scaled.rounded(.down) != 0.5 else { return String(format: "%.3f", value) }
        let thousandths = scaled.rounded()
        let n = Int(thousandths)
        let fraction = String(n % 1000)
        return (value < 0 && n > 0 ? "-" : "") + String(n / 1000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
