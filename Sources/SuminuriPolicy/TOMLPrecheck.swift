/// A lexical check of TOML keys and table headers before the text reaches toml++, which
/// asserts (aborts the process) on some malformed keys instead of reporting them — found by
/// fuzzing: `[&&&…]` and `[\u{0E}profiles…]`. It accepts what TOML allows for keys (bare,
/// quoted, dotted) and reports the first line that is not a header, a `key = value`, a comment
/// or the continuation of a multi-line value; everything else is left to the parser.
enum TOMLPrecheck {
    static func problem(in text: String) -> (line: Int, message: String)? {
        var depth = 0                     // open [ and { of a value spanning lines
        var multiline: String? = nil      // the closing delimiter of a multi-line string
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            if let delimiter = multiline {
                guard let end = rest.range(of: delimiter) else { continue }
                multiline = nil
                rest = rest[end.upperBound...]
            } else if depth == 0 {
                let trimmed = rest.drop { $0 == " " || $0 == "\t" }
                if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "\r" { continue }
                if trimmed.hasPrefix("[") {
                    let double = trimmed.hasPrefix("[[")
                    let inner = trimmed.dropFirst(double ? 2 : 1)
                    guard let close = closingBracket(inner), isKeyPath(inner[..<close]) else {
                        return (index + 1, "invalid table header")
                    }
                    let after = inner[close...].dropFirst(double ? 2 : 1).drop { $0 == " " || $0 == "\t" || $0 == "\r" }
                    guard after.isEmpty || after.hasPrefix("#") else { return (index + 1, "text after a table header") }
                    continue
                }
                guard let equals = keyEnd(trimmed), isKeyPath(trimmed[..<equals]) else {
                    return (index + 1, "expected key = value")
                }
                rest = trimmed[trimmed.index(after: equals)...]
            }
            // Track brackets and strings of the value, so that lines inside it are skipped.
            var i = rest.startIndex
            while i < rest.endIndex {
                let c = rest[i]
                if c == "#" { break }
                if c == "\"" || c == "'" {
                    let triple = String(repeating: String(c), count: 3)
                    if rest[i...].hasPrefix(triple) {
                        let after = rest.index(i, offsetBy: 3)
                        if let end = rest[after...].range(of: triple) { i = end.upperBound; continue }
                        multiline = triple
                        break
                    }
                    var j = rest.index(after: i)
                    while j < rest.endIndex, rest[j] != c {
                        if c == "\"" && rest[j] == "\\" { j = rest.index(after: j); if j == rest.endIndex { break } }
                        j = rest.index(after: j)
                    }
                    i = j < rest.endIndex ? rest.index(after: j) : j
                    continue
                }
                if c == "[" || c == "{" { depth += 1 } else if (c == "]" || c == "}") && depth > 0 { depth -= 1 }
                i = rest.index(after: i)
            }
        }
        return nil
    }

    /// The index of the `]` that ends a header, outside quotes.
    private static func closingBracket(_ s: Substring) -> Substring.Index? {
        var quote: Character? = nil
        for i in s.indices {
            let c = s[i]
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c } else if c == "]" { return i }
        }
        return nil
    }

    /// The index of the `=` after a key, outside quotes.
    private static func keyEnd(_ s: Substring) -> Substring.Index? {
        var quote: Character? = nil
        for i in s.indices {
            let c = s[i]
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c } else if c == "=" { return i }
        }
        return nil
    }

    /// Bare keys (`A-Za-z0-9_-`), quoted keys, joined by dots, with spaces around the parts.
    static func isKeyPath(_ s: Substring) -> Bool {
        var parts = 0
        var i = s.startIndex
        func skipSpace() { while i < s.endIndex, s[i] == " " || s[i] == "\t" { i = s.index(after: i) } }
        while true {
            skipSpace()
            guard i < s.endIndex else { return false }
            let c = s[i]
            if c == "\"" || c == "'" {
                var j = s.index(after: i)
                while j < s.endIndex, s[j] != c {
                    if c == "\"" && s[j] == "\\" { j = s.index(after: j); if j == s.endIndex { return false } }
                    j = s.index(after: j)
                }
                guard j < s.endIndex else { return false }
                i = s.index(after: j)
            } else {
                let start = i
                while i < s.endIndex, let a = s[i].asciiValue, a == 0x2D || a == 0x5F || (0x30...0x39).contains(a)
                        || (0x41...0x5A).contains(a) || (0x61...0x7A).contains(a) {
                    i = s.index(after: i)
                }
                guard i > start else { return false }
            }
            parts += 1
            skipSpace()
            if i == s.endIndex { return parts > 0 }
            guard s[i] == "." else { return false }
            i = s.index(after: i)
        }
    }
}
