/// RFC 5322 address lists, leniently: what a mailbox's display name and address are, so that
/// the one can be redacted and the other kept.
enum AddressList {
    enum Item {
        /// `display` is the raw phrase (quotes removed, encoded-words still encoded), or an
        /// old-style `addr (Name)` comment; `angle` says the address was in `<…>`.
        case mailbox(display: [UInt8]?, address: [UInt8], angle: Bool)
        case groupStart(String)
        case groupEnd

        var isGroupStart: Bool { if case .groupStart = self { true } else { false } }
    }

    static func parse(_ value: [UInt8]) -> [Item] {
        var items: [Item] = []
        var element: [UInt8] = []
        var quoted = false, escaped = false, comment = 0, angle = false
        func flush() {
            let trimmed = Bytes.trimmed(element)
            if !trimmed.isEmpty { items.append(mailbox(trimmed)) }
            element.removeAll()
        }
        for byte in value {
            if escaped { escaped = false; element.append(byte); continue }
            if (quoted || comment > 0) && byte == UInt8(ascii: "\\") { escaped = true; element.append(byte); continue }
            if quoted { if byte == UInt8(ascii: "\"") { quoted = false }; element.append(byte); continue }
            if byte == UInt8(ascii: "(") { comment += 1 }
            if byte == UInt8(ascii: ")") && comment > 0 { comment -= 1; element.append(byte); continue }
            if comment > 0 { element.append(byte); continue }
            switch byte {
            case UInt8(ascii: "\""): quoted = true; element.append(byte)
            case UInt8(ascii: "<"): angle = true; element.append(byte)
            case UInt8(ascii: ">"): angle = false; element.append(byte)
            case UInt8(ascii: ",") where !angle: flush()
            case UInt8(ascii: ":") where !angle:
                items.append(.groupStart(String(decoding: Bytes.trimmed(element), as: UTF8.self)))
                element.removeAll()
            case UInt8(ascii: ";") where !angle: flush(); items.append(.groupEnd)
            default: element.append(byte)
            }
        }
        flush()
        return items
    }

    /// `Display <addr>`, `<addr>`, `addr (Display)` or a bare `addr`.
    private static func mailbox(_ element: [UInt8]) -> Item {
        if let open = topLevelIndex(of: UInt8(ascii: "<"), in: element) {
            let close = element[open...].firstIndex(of: UInt8(ascii: ">")) ?? element.count
            let address = Bytes.trimmed(Array(element[(open + 1)..<close]))
            let display = phraseText(Array(element[..<open]))
            return .mailbox(display: display.isEmpty ? nil : display, address: address, angle: true)
        }
        var address: [UInt8] = []
        var display: [UInt8] = []
        var depth = 0
        for byte in element {
            if byte == UInt8(ascii: "(") { depth += 1; if depth == 1 { continue } }
            if byte == UInt8(ascii: ")") && depth > 0 { depth -= 1; if depth == 0 { continue } }
            if depth > 0 { display.append(byte) } else { address.append(byte) }
        }
        let trimmed = Bytes.trimmed(display)
        return .mailbox(display: trimmed.isEmpty ? nil : trimmed, address: Bytes.trimmed(address), angle: false)
    }

    private static func topLevelIndex(of target: UInt8, in bytes: [UInt8]) -> Int? {
        var quoted = false, escaped = false
        for (index, byte) in bytes.enumerated() {
            if escaped { escaped = false; continue }
            if quoted && byte == UInt8(ascii: "\\") { escaped = true; continue }
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if !quoted && byte == target { return index }
        }
        return nil
    }

    /// A phrase with its quoted strings unquoted and comments kept as text.
    private static func phraseText(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var quoted = false, escaped = false
        for byte in bytes {
            if escaped { out.append(byte); escaped = false; continue }
            if quoted && byte == UInt8(ascii: "\\") { escaped = true; continue }
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            out.append(byte)
        }
        return Bytes.trimmed(out)
    }
}
