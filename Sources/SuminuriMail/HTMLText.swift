/// Redaction of an HTML document without a DOM: the text a reader sees is extracted with a
/// map back to the source, redacted as one text, and each replacement is written back into
/// the text runs it came from, so tags between the pieces of a value stay where they were and
/// the markup stays as valid as it was.
///
/// Inline tags (`<span>`, `<b>`, `<a>`, `<font>`) join text: `<span>090</span>-<span>1234</span>`
/// reads `090-1234`. Block tags (`<td>`, `<br>`, `<p>`…) insert a line break, so that two
/// table cells never run together into one value. Entities and numeric character references
/// are decoded before scanning and replaced whole. Attributes that hold text (`title`, `alt`,
/// `value`, `href` with `tel:` or `mailto:`, `placeholder`, `label`, `summary`, `content`)
/// and comments are redacted one by one.
struct HTMLText {
    /// Redacts one text; returns the edits (UTF-8 byte ranges of its argument, replacements)
    /// and how many findings they hold.
    typealias Redact = (String) throws(MailError) -> (edits: [(Range<Int>, String)], findings: Int)

    private enum UnitKind { case literal, reference, virtual }

    private struct Unit {
        let text: Range<Int>
        let source: Range<Int>
        let kind: UnitKind
    }

    private static let blockTags: Set<String> = [
        "br", "p", "div", "tr", "td", "th", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "title", "head", "body", "html", "blockquote", "pre", "section",
        "article", "header", "footer", "form", "fieldset", "legend", "option", "select", "textarea", "caption",
        "address", "center", "main", "nav", "aside", "figure", "figcaption", "label", "input", "button",
    ]
    private static let textAttributes: Set<String> = ["title", "alt", "value", "href", "placeholder", "label", "summary", "content", "aria-label"]

    /// The redacted document and the number of findings. `source` is UTF-8.
    static func redact(_ source: [UInt8], using redact: Redact) throws(MailError) -> (html: [UInt8], findings: Int) {
        var text: [UInt8] = []
        var units: [Unit] = []
        var replacements: [(Range<Int>, [UInt8])] = []
        var findings = 0

        func addVirtualBreak(at position: Int) {
            guard text.last != 0x0A else { return }
            units.append(Unit(text: text.count..<text.count + 1, source: position..<position, kind: .virtual))
            text.append(0x0A)
        }
        func addLiteral(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            units.append(Unit(text: text.count..<text.count + range.count, source: range, kind: .literal))
            text += source[range]
        }
        /// Redacts a standalone text (attribute, comment) in place.
        func redactSeparately(_ range: Range<Int>, decodeReferences: Bool, quoteIn: Bool) throws(MailError) {
            let raw = Array(source[range])
            let value = decodeReferences ? decodeAllReferences(raw) : raw
            let result = try redact(String(decoding: value, as: UTF8.self))
            guard !result.edits.isEmpty else { return }
            var out: [UInt8] = []
            var cursor = 0
            for (editRange, replacement) in result.edits {
                out += escape(Array(value[cursor..<editRange.lowerBound]), quotes: quoteIn)
                out += escape(Array(replacement.utf8), quotes: quoteIn)
                cursor = editRange.upperBound
            }
            out += escape(Array(value[cursor...]), quotes: quoteIn)
            replacements.append((range, out))
            findings += result.findings
        }

        var index = 0
        var runStart = 0
        let end = source.count
        while index < end {
            let byte = source[index]
            if byte == UInt8(ascii: "&"), let (decoded, length) = reference(source, at: index) {
                addLiteral(runStart..<index)
                units.append(Unit(text: text.count..<text.count + decoded.count, source: index..<index + length, kind: .reference))
                text += decoded
                index += length
                runStart = index
                continue
            }
            guard byte == UInt8(ascii: "<"), index + 1 < end else { index += 1; continue }
            let next = source[index + 1]
            if Bytes.hasPrefix(source, at: index, Array("<!--".utf8)) {
                addLiteral(runStart..<index)
                let contentStart = index + 4
                let close = find(source, Array("-->".utf8), from: contentStart) ?? end
                try redactSeparately(contentStart..<close, decodeReferences: false, quoteIn: false)
                index = min(close + 3, end)
                runStart = index
                continue
            }
            let isTag = (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
                || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
            guard isTag else { index += 1; continue }
            addLiteral(runStart..<index)
            let tag = parseTag(source, at: index)
            if blockTags.contains(tag.name) { addVirtualBreak(at: index) }
            if tag.name == "meta" {
                for attribute in tag.attributes where attribute.name == "charset" {
                    replacements.append((attribute.value, Array("UTF-8".utf8)))
                }
                for attribute in tag.attributes where attribute.name == "content"
                    && String(decoding: source[attribute.value], as: UTF8.self).lowercased().contains("charset") {
                    replacements.append((attribute.value, Array("text/html; charset=UTF-8".utf8)))
                }
            }
            for attribute in tag.attributes where textAttributes.contains(attribute.name) && !(tag.name == "meta" && attribute.name == "content") {
                try redactSeparately(attribute.value, decodeReferences: true, quoteIn: true)
            }
            index = tag.end
            if !tag.isClosing, tag.name == "script" || tag.name == "style" || tag.name == "textarea" || tag.name == "title" {
                // Raw text: no tags inside, read up to the matching end tag.
                let close = findCaseInsensitive(source, Array("</\(tag.name)".utf8), from: index) ?? end
                addLiteral(index..<close)
                addVirtualBreak(at: close)
                index = close
            }
            runStart = index
        }
        addLiteral(runStart..<end)

        let result = try redact(String(decoding: text, as: UTF8.self))
        findings += result.findings
        for (editRange, replacement) in result.edits {
            var first = true
            for unit in units where unit.text.overlaps(editRange) || (unit.text.isEmpty && editRange.contains(unit.text.lowerBound)) {
                let deleted: Range<Int>
                switch unit.kind {
                case .virtual: continue
                case .reference: deleted = unit.source
                case .literal:
                    let lower = max(editRange.lowerBound, unit.text.lowerBound) - unit.text.lowerBound
                    let upper = min(editRange.upperBound, unit.text.upperBound) - unit.text.lowerBound
                    deleted = unit.source.lowerBound + lower..<unit.source.lowerBound + upper
                }
                replacements.append((deleted, first ? escape(Array(replacement.utf8), quotes: false) : []))
                first = false
            }
        }

        replacements.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        var cursor = 0
        for (range, bytes) in replacements where range.lowerBound >= cursor {
            out += source[cursor..<range.lowerBound]
            out += bytes
            cursor = range.upperBound
        }
        out += source[cursor...]
        return (out, findings)
    }

    // MARK: - Tags

    private struct Tag {
        let name: String
        let isClosing: Bool
        let attributes: [(name: String, value: Range<Int>)]
        let end: Int
    }

    /// A tag from `<` to its `>` (quotes respected), with the value range of each attribute
    /// (inside the quotes when quoted).
    private static func parseTag(_ source: [UInt8], at start: Int) -> Tag {
        var index = start + 1
        let end = source.count
        let isClosing = index < end && source[index] == UInt8(ascii: "/")
        if isClosing { index += 1 }
        let nameStart = index
        while index < end, !Bytes.isSpace(source[index]), source[index] != UInt8(ascii: ">"), source[index] != UInt8(ascii: "/") { index += 1 }
        let name = String(decoding: Bytes.lowercasedASCII(source[nameStart..<index]), as: UTF8.self)
        var attributes: [(String, Range<Int>)] = []
        while index < end, source[index] != UInt8(ascii: ">") {
            if Bytes.isSpace(source[index]) || source[index] == UInt8(ascii: "/") { index += 1; continue }
            let attributeStart = index
            while index < end, !Bytes.isSpace(source[index]), source[index] != UInt8(ascii: "="), source[index] != UInt8(ascii: ">") { index += 1 }
            let attributeName = String(decoding: Bytes.lowercasedASCII(source[attributeStart..<index]), as: UTF8.self)
            while index < end, Bytes.isSpace(source[index]) { index += 1 }
            guard index < end, source[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < end, Bytes.isSpace(source[index]) { index += 1 }
            guard index < end else { break }
            let quote = source[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = index + 1
                index = valueStart
                while index < end, source[index] != quote { index += 1 }
                attributes.append((attributeName, valueStart..<index))
                if index < end { index += 1 }
            } else {
                let valueStart = index
                while index < end, !Bytes.isSpace(source[index]), source[index] != UInt8(ascii: ">") { index += 1 }
                attributes.append((attributeName, valueStart..<index))
            }
        }
        return Tag(name: name, isClosing: isClosing, attributes: attributes, end: min(index + 1, end))
    }

    // MARK: - Character references

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "yen": "¥", "copy": "©",
        "reg": "®", "hellip": "…", "mdash": "—", "ndash": "–", "minus": "−", "laquo": "«", "raquo": "»",
        "middot": "·", "times": "×", "divide": "÷", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "bull": "•", "trade": "™", "shy": "\u{AD}",
    ]

    /// `&name;`, `&#NNN;` or `&#xHH;` at `index`: the UTF-8 it stands for and its length.
    private static func reference(_ source: [UInt8], at index: Int) -> ([UInt8], Int)? {
        var cursor = index + 1
        let limit = min(source.count, index + 12)
        while cursor < limit, source[cursor] != UInt8(ascii: ";") {
            let byte = source[cursor]
            let ok = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") || byte == UInt8(ascii: "#")
            guard ok else { return nil }
            cursor += 1
        }
        guard cursor < limit else { return nil }
        let body = String(decoding: source[(index + 1)..<cursor], as: UTF8.self)
        var scalar: UnicodeScalar?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(UnicodeScalar.init)
        } else if body.hasPrefix("#") {
            scalar = UInt32(body.dropFirst(), radix: 10).flatMap(UnicodeScalar.init)
        } else if let text = named[body] {
            return (Array(text.utf8), cursor + 1 - index)
        }
        guard let scalar else { return nil }
        return (Array(String(scalar).utf8), cursor + 1 - index)
    }

    private static func decodeAllReferences(_ value: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < value.count {
            if value[index] == UInt8(ascii: "&"), let (decoded, length) = reference(value, at: index) {
                out += decoded
                index += length
            } else {
                out.append(value[index])
                index += 1
            }
        }
        return out
    }

    private static func escape(_ bytes: [UInt8], quotes: Bool) -> [UInt8] {
        var out: [UInt8] = []
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\"") where quotes: out += Array("&quot;".utf8)
            case UInt8(ascii: "'") where quotes: out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return out
    }

    private static func find(_ source: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= source.count {
            if Bytes.hasPrefix(source, at: index, needle) { return index }
            index += 1
        }
        return nil
    }

    private static func findCaseInsensitive(_ source: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= source.count {
            if Bytes.lowercasedASCII(source[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
