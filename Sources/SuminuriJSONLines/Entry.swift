import Foundation
import TextNormalization

extension JSONLines {
    /// Why a line gave no entry. The raw value is the message, which never quotes the line.
    public enum Problem: String, Error, Sendable {
        case notJSON = "not a valid JSON object"
        case noText = "no \"text\" string"
    }

    /// One input line: its id and other fields (as JSON) and its text.
    public struct Entry: Sendable {
        /// The line number, from 1.
        public let line: Int
        /// The `id` field as JSON, or the line number when the line has none.
        public let id: String
        public let text: String
        /// The other fields (all but `id`, `text` and `spans`), as `,"key":value` in key
        /// order, kept in the output.
        public let otherFields: String
        /// How the line was decoded when it was not UTF-8; nil when it was.
        public let decoding: LineDecoding?

        /// The output line `{"id":…,"<field>":<json>,<other fields>}` and a line feed.
        /// - Parameter json: the field's value, already JSON.
        public func outputLine(_ field: String, _ json: String) -> String {
            "{\"id\":\(id),\(JSONLines.quote(field)):\(json)\(otherFields)}\n"
        }
    }

    /// A line of a UTF-8 stream that was not UTF-8 and went through `TextDecoder`.
    public struct LineDecoding: Sendable, Hashable {
        public let line: Int
        public let charset: Charset
        /// Sequences that decoded in no charset, replaced by U+FFFD.
        public let substitutions: Int

        /// The note for stderr: the line number and the charset, never the content.
        /// - Parameter source: a file name to put before the line number.
        public func note(in source: String? = nil) -> String {
            let line = (source.map { "\($0): " } ?? "") + "line \(self.line)"
            return substitutions > 0
                ? "note: \(line): \(substitutions) invalid \(charset.name) sequence(s) replaced by U+FFFD"
                : "note: \(line) decoded as \(charset.name)"
        }
    }

    /// The entry of one line, nil for a blank line (spaces, tabs and a carriage return only).
    public static func entry(_ line: Line) -> Result<Entry, Problem>? {
        if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let (utf8, decoding) = line.decoded()
        guard let object = (try? JSONSerialization.jsonObject(with: Data(utf8))) as? [String: Any] else { return .failure(.notJSON) }
        guard let text = object["text"] as? String else { return .failure(.noText) }
        var others = ""
        for key in object.keys.sorted() where key != "id" && key != "text" && key != "spans" {
            others += "," + quote(key) + ":" + encodeJSONValue(object[key]!)
        }
        return .success(Entry(line: line.number, id: object["id"].map(encodeJSONValue) ?? String(line.number),
                              text: text, otherFields: others, decoding: decoding))
    }
}

extension JSONLines.Line {
    /// The line as UTF-8. A line that is valid UTF-8 without escape characters is used as it
    /// is; any other goes through `TextDecoder` (ISO-2022-JP escapes, Shift_JIS, EUC-JP, or
    /// U+FFFD for what decodes in no charset), and the decoding says how.
    public func decoded() -> (utf8: [UInt8], decoding: JSONLines.LineDecoding?) {
        if !bytes.contains(0x1B), String(validating: bytes, as: UTF8.self) != nil { return (Array(bytes), nil) }
        guard let decoded = try? TextDecoder.decode(Array(bytes), declared: nil) else {
            // ICU failed (not the input): fall back to Swift's own U+FFFD replacement.
            let text = String(decoding: bytes, as: UTF8.self)
            let replaced = text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            return (Array(text.utf8), JSONLines.LineDecoding(line: number, charset: .utf8, substitutions: max(1, replaced)))
        }
        if decoded.charset == .utf8, !decoded.detection.isLenient { return (decoded.utf8, nil) }
        return (decoded.utf8, JSONLines.LineDecoding(line: number, charset: decoded.charset,
                                                      substitutions: decoded.detection.substitutions))
    }
}
