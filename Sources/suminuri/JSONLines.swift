import Foundation
import Suminuri

/// JSON Lines batches: one `{"id": …, "text": …}` object a line in, one result a line out.
/// A bad line is reported on stderr by its line number, never its content, and skipped.
enum JSONLines {
    /// Calls `body` with each valid line's id (as JSON) and text; returns the count of bad lines.
    static func forEachEntry(_ input: [UInt8], _ body: (_ idJSON: String, _ text: String) -> Void) -> Int {
        var bad = 0
        var lineNumber = 0
        var start = 0
        while start < input.count {
            lineNumber += 1
            let end = input[start...].firstIndex(of: 0x0A) ?? input.count
            let line = input[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
                Output.error("line \(lineNumber): not a valid JSON object; skipped")
                bad += 1
                continue
            }
            guard let text = object["text"] as? String else {
                Output.error("line \(lineNumber): no \"text\" string; skipped")
                bad += 1
                continue
            }
            body(encodeJSONValue(object["id"] ?? NSNull()), text)
        }
        return bad
    }

    static func encodeJSONValue(_ value: Any) -> String {
        if let string = value as? String { return quote(string) }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]),
           let json = String(data: data, encoding: .utf8) { return json }
        return "null"
    }

    /// A JSON string literal; non-ASCII stays as UTF-8.
    static func quote(_ string: String) -> String {
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

    static func number(_ value: Double) -> String { String(format: "%.3f", value) }
}
