/// A structural check of TOML before the text reaches toml++, which asserts (aborts the
/// process) on some malformed input instead of reporting it — found by fuzzing: a header of
/// punctuation (`[&&&…]`), a control character in a header, a `}` closing an array. It walks
/// the document's grammar (headers, dotted and quoted keys, strings, arrays, inline tables,
/// scalars) without building anything, and reports the first line that breaks it; what it
/// accepts, TOMLKit then parses and types. Arrays and inline tables may nest `maxDepth` deep:
/// deeper ones (found by fuzzing: 1,500 `[`) would overflow the stack, here or in toml++.
struct TOMLPrecheck {
    private let s: [UInt8]
    private var i = 0
    private var line = 1
    private var depth = 0
    static let maxDepth = 64

    struct Problem: Error {
        let line: Int
        let message: String
    }

    static func problem(in text: String) -> (line: Int, message: String)? {
        var checker = TOMLPrecheck(s: Array(text.utf8))
        do { try checker.document() } catch { return (error.line, error.message) }
        return nil
    }

    private init(s: [UInt8]) { self.s = s }

    private var current: UInt8? { i < s.count ? s[i] : nil }
    private func fail(_ message: String) -> Problem { Problem(line: line, message: message) }
    private func starts(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return i + bytes.count <= s.count && Array(s[i..<(i + bytes.count)]) == bytes
    }

    private mutating func advance() {
        if current == 0x0A { line += 1 }
        i += 1
    }

    /// Spaces and tabs.
    private mutating func blanks() { while let c = current, c == 0x20 || c == 0x09 { advance() } }

    /// Blanks, line breaks and comments (inside arrays).
    private mutating func gaps() {
        while let c = current {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { advance() } else if c == 0x23 { comment() } else { return }
        }
    }

    private mutating func comment() { while let c = current, c != 0x0A { advance() } }

    /// Blanks, an optional comment, then a line break or the end.
    private mutating func endOfLine() throws(Problem) {
        blanks()
        if current == 0x23 { comment() }
        if current == 0x0D { advance() }
        guard current == nil || current == 0x0A else { throw fail("unexpected text after a value or header") }
        if current == 0x0A { advance() }
    }

    private mutating func document() throws(Problem) {
        while true {
            gaps()
            guard let c = current else { return }
            if c == 0x5B {  // [
                let double = starts("[[")
                i += double ? 2 : 1
                blanks()
                do { try keyPath() } catch { throw fail("invalid table header") }
                blanks()
                guard starts(double ? "]]" : "]") else { throw fail("invalid table header") }
                i += double ? 2 : 1
                try endOfLine()
            } else {
                try keyPath()
                blanks()
                guard current == 0x3D else { throw fail("expected key = value") }
                advance()
                blanks()
                try value()
                try endOfLine()
            }
        }
    }

    /// Bare keys (`A-Za-z0-9_-`) or quoted keys, joined by dots.
    private mutating func keyPath() throws(Problem) {
        while true {
            blanks()
            guard let c = current else { throw fail("expected a key") }
            if c == 0x22 || c == 0x27 {
                try singleLineString(quote: c)
            } else {
                let start = i
                while let b = current, b == 0x2D || b == 0x5F || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) {
                    advance()
                }
                guard i > start else { throw fail("expected key = value") }
            }
            blanks()
            guard current == 0x2E else { return }  // .
            advance()
        }
    }

    private mutating func value() throws(Problem) {
        guard let c = current else { throw fail("a value is missing") }
        if c == 0x5B || c == 0x7B {
            guard depth < Self.maxDepth else { throw fail("arrays and inline tables nested more than \(Self.maxDepth) deep") }
            depth += 1
        }
        defer { if c == 0x5B || c == 0x7B { depth -= 1 } }
        switch c {
        case 0x22, 0x27:  // " '
            let triple = c == 0x22 ? "\"\"\"" : "'''"
            if starts(triple) {
                i += 3
                while !starts(triple) {
                    guard current != nil else { throw fail("unterminated multi-line string") }
                    if c == 0x22 && current == 0x5C { advance() }
                    advance()
                }
                i += 3
                while current == c { advance() }  // up to two quotes may close it
            } else {
                try singleLineString(quote: c)
            }
        case 0x5B:  // [
            advance()
            while true {
                gaps()
                if current == 0x5D { advance(); return }
                try value()
                gaps()
                if current == 0x2C { advance(); continue }
                guard current == 0x5D else { throw fail("an array must close with ]") }
                advance()
                return
            }
        case 0x7B:  // {
            advance()
            blanks()
            if current == 0x7D { advance(); return }
            while true {
                try keyPath()
                blanks()
                guard current == 0x3D else { throw fail("expected key = value in an inline table") }
                advance()
                blanks()
                try value()
                blanks()
                if current == 0x2C { advance(); blanks(); continue }
                guard current == 0x7D else { throw fail("an inline table must close with } on its line") }
                advance()
                return
            }
        default:
            // Numbers, booleans, dates: one token of the characters they use.
            let start = i
            while let b = current, b == 0x2B || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A
                    || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) {
                advance()
            }
            guard i > start else { throw fail("invalid value") }
        }
    }

    private mutating func singleLineString(quote: UInt8) throws(Problem) {
        advance()
        while let b = current, b != quote {
            guard b != 0x0A else { throw fail("unterminated string") }
            if quote == 0x22 && b == 0x5C { advance(); guard current != nil, current != 0x0A else { throw fail("unterminated string") } }
            advance()
        }
        guard current == quote else { throw fail("unterminated string") }
        advance()
    }
}
