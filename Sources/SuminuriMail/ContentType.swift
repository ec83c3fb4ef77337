import TextNormalization

/// A `Content-Type` or `Content-Disposition` value: the token and its parameters, decoded
/// (RFC 2231 continuations and charsets, RFC 2045 quoted strings, and the RFC 2047 words some
/// clients put inside quotes).
struct StructuredValue: Sendable {
    /// Lowercased, e.g. `text/plain` or `attachment`.
    let token: String
    /// Lowercased names; decoded values.
    let parameters: [String: String]
    /// Any parameter had to be redetected or substituted.
    let redecoded: Bool

    subscript(name: String) -> String? { parameters[name] }

    static func parse(_ value: [UInt8], part: PartPath) throws(MailError) -> StructuredValue {
        let items = splitParameters(value)
        let token = String(decoding: Bytes.trimmed(items.first ?? []), as: UTF8.self).lowercased()
            .filter { !$0.isWhitespace }
        var plain: [String: [UInt8]] = [:]
        // name → [(section, extended, bytes)]
        var sections: [String: [(Int, Bool, [UInt8])]] = [:]
        for item in items.dropFirst() {
            guard let equals = item.firstIndex(of: UInt8(ascii: "=")) else { continue }
            var name = String(decoding: Bytes.trimmed(Array(item[..<equals])), as: UTF8.self).lowercased()
            let rawValue = unquote(Bytes.trimmed(Array(item[(equals + 1)...])))
            var extended = false
            if name.hasSuffix("*") { extended = true; name.removeLast() }
            if let star = name.lastIndex(of: "*"), let section = Int(name[name.index(after: star)...]) {
                sections[String(name[..<star]), default: []].append((section, extended, rawValue))
            } else if extended {
                sections[name, default: []].append((0, true, rawValue))
            } else {
                plain[name] = rawValue
            }
        }
        var parameters: [String: String] = [:]
        var redecoded = false
        for (name, bytes) in plain {
            let decoded = try HeaderText.decode(bytes, part: part)
            parameters[name] = decoded.text
            redecoded = redecoded || decoded.redetected || decoded.substituted
        }
        // RFC 2231 wins over a plain parameter of the same name: it is the precise form.
        for (name, pieces) in sections {
            var charset: String?
            var bytes: [UInt8] = []
            for (offset, piece) in pieces.sorted(by: { $0.0 < $1.0 }).enumerated() {
                var value = piece.2[...]
                if piece.1 {
                    if offset == 0, let first = value.firstIndex(of: UInt8(ascii: "'")),
                       let second = value[(first + 1)...].firstIndex(of: UInt8(ascii: "'")) {
                        charset = String(decoding: value[..<first], as: UTF8.self)
                        value = value[(second + 1)...]
                    }
                    bytes += percentDecode(value)
                } else {
                    bytes += value
                }
            }
            let decoded = try HeaderText.decodeBytes(bytes, label: charset, part: part)
            parameters[name] = decoded.text
            redecoded = redecoded || decoded.redetected || decoded.substituted
        }
        return StructuredValue(token: token, parameters: parameters, redecoded: redecoded)
    }

    /// Splits at `;` outside quoted strings.
    private static func splitParameters(_ value: [UInt8]) -> [[UInt8]] {
        var items: [[UInt8]] = [[]]
        var quoted = false, escaped = false
        for byte in value {
            if escaped { escaped = false; items[items.count - 1].append(byte); continue }
            if quoted && byte == UInt8(ascii: "\\") { escaped = true; items[items.count - 1].append(byte); continue }
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if byte == UInt8(ascii: ";") && !quoted { items.append([]); continue }
            items[items.count - 1].append(byte)
        }
        return items
    }

    static func unquote(_ value: [UInt8]) -> [UInt8] {
        guard value.first == UInt8(ascii: "\"") else { return value }
        var out: [UInt8] = []
        var escaped = false
        for byte in value.dropFirst() {
            if escaped { out.append(byte); escaped = false; continue }
            if byte == UInt8(ascii: "\\") { escaped = true; continue }
            if byte == UInt8(ascii: "\"") { break }
            out.append(byte)
        }
        return out
    }

    private static func percentDecode(_ value: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var index = value.startIndex
        while index < value.endIndex {
            if value[index] == UInt8(ascii: "%"), index + 2 < value.endIndex,
               let number = UInt8(String(decoding: value[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                out.append(number)
                index += 3
            } else {
                out.append(value[index])
                index += 1
            }
        }
        return out
    }

    /// `name*=UTF-8''…` (RFC 2231) for a non-ASCII value, a quoted string otherwise.
    static func parameter(_ name: String, _ value: String) -> String {
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return name + "=\"" + value.replacingQuotes() + "\""
        }
        var encoded = name + "*=UTF-8''"
        for byte in value.utf8 {
            let safe = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            encoded += safe ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded()
        }
        return encoded
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for character in self {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    fileprivate func leftPadded() -> String { count == 1 ? "0" + self : self }
}
