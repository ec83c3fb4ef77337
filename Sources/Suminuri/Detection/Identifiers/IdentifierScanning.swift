/// Shared pieces of the number and code detectors (MY_NUMBER, CARD, BANK_ACCOUNT,
/// DRIVER_LICENSE, POSTAL_CODE, PASSPORT, RESIDENCE_CARD, VIN): candidate runs of digits,
/// alphanumeric tokens, the boundary rule of formats.md §0.2, and hotword evidence.

/// A run of digit groups joined by short separators (`-`, `.`, one or two spaces), in the
/// normalised text: `1234 5678 9018`, `892-0828`, `4980-1234-5678-9011`.
struct DigitRun {
    /// The digit groups, in order (normalised byte ranges).
    var groups: [Range<Int>]
    /// For each joint between two groups (`groups.count - 1` of them): whether it was spaces only.
    var spaceJoints: [Bool]

    var range: Range<Int> { groups[0].lowerBound..<groups[groups.count - 1].upperBound }
    // A closure, not `\.count`: a key path is read through the runtime on every call.
    var lengths: [Int] { groups.map { $0.count } }
    /// The grouping a number is judged by: digits spaced out one by one (`4 1 1 1 …`, an evasion
    /// or a voice transcript) count as one block.
    var layout: [Int] {
        groups.count >= 10 && groups.allSatisfy({ $0.count == 1 }) && spaceJoints.allSatisfy({ $0 }) ? [digitCount] : lengths
    }
    var digitCount: Int { groups.reduce(0) { $0 + $1.count } }

    func digits(_ bytes: [UInt8]) -> [UInt8] {
        var d: [UInt8] = []
        d.reserveCapacity(digitCount)
        for g in groups { d += bytes[g] }
        return d
    }

    /// The pieces between space-only joints (`普通 1234567 8901234` → two runs), or nil when
    /// there is no such joint.
    func spaceSegments() -> [DigitRun]? {
        guard spaceJoints.contains(true) else { return nil }
        var segments: [DigitRun] = []
        var current = DigitRun(groups: [groups[0]], spaceJoints: [])
        for k in 1..<groups.count {
            if spaceJoints[k - 1] {
                segments.append(current)
                current = DigitRun(groups: [groups[k]], spaceJoints: [])
            } else {
                current.groups.append(groups[k])
                current.spaceJoints.append(false)
            }
        }
        segments.append(current)
        return segments
    }

    /// Three groups of four set apart by spaces on both sides, inside a longer spaced run: two
    /// numbers written on one line (`9031 8826 4573 4482-0167`) are read one by one.
    func spacedFourFourFour() -> [DigitRun] {
        guard groups.count > 3 else { return [] }
        var windows: [DigitRun] = []
        for i in 0...(groups.count - 3)
        where groups[i..<(i + 3)].allSatisfy({ $0.count == 4 }) && spaceJoints[i] && spaceJoints[i + 1]
            && (i == 0 || spaceJoints[i - 1]) && (i + 3 == groups.count || spaceJoints[i + 2])
            // A lone group of four beside it makes the run a card's 4-4-4-4 layout instead.
            && !(i > 0 && groups[i - 1].count == 4 && (i == 1 || spaceJoints[i - 2]))
            && !(i + 3 < groups.count && groups[i + 3].count == 4 && (i + 4 == groups.count || spaceJoints[i + 3])) {
            windows.append(DigitRun(groups: Array(groups[i..<(i + 3)]), spaceJoints: [true, true]))
        }
        return windows
    }
}

enum IdentifierScanning {
    /// Every digit run of the text that stands on its own: not glued to a letter or digit on
    /// either side, not the tail of a code (`ZVW30-1234567`, `T7000012050002`, `#7119`), not
    /// part of `12,345` or `12:30` or `2024/12/25`.
    static func digitRuns(in bytes: [UInt8]) -> [DigitRun] {
        var runs: [DigitRun] = []
        let n = bytes.count
        var i = 0
        while i < n {
            guard ByteClass.isDigit(bytes[i]) else { i += 1; continue }
            guard digitLeftBoundaryOK(bytes, i) else { i = skipCode(bytes, i); continue }
            var groups: [Range<Int>] = []
            var joints: [Bool] = []
            var p = i
            var spaceOnly = false
            while true {
                let start = p
                while p < n, ByteClass.isDigit(bytes[p]) { p += 1 }
                groups.append(start..<p)
                if groups.count > 1 { joints.append(spaceOnly) }
                // A joint: up to two spaces, at most one `-` or `.`, up to two spaces.
                var q = p, spaces = 0, marks = 0
                while q < n, q - p < 5 {
                    let c = bytes[q]
                    if c == 0x20 || c == 0x09 { spaces += 1 } else if (c == 0x2D || c == 0x2E) && marks == 0 { marks += 1 } else { break }
                    q += 1
                }
                guard q > p, q < n, ByteClass.isDigit(bytes[q]), spaces <= 2 || marks == 1 && spaces <= 4 else { break }
                spaceOnly = marks == 0
                p = q
                // Digits spaced out one by one (4 1 1 1 …) run to a card's length.
                if groups.count >= 8, groups.count >= 20 || !(spaceOnly && groups.allSatisfy { $0.count == 1 }) { break }
            }
            let end = groups[groups.count - 1].upperBound
            if digitRightBoundaryOK(bytes, end) {
                runs.append(DigitRun(groups: groups, spaceJoints: joints))
            }
            i = max(end, i + 1)
            // Skip the rest of a code the run was glued to.
            if !digitRightBoundaryOK(bytes, end) { i = skipCode(bytes, i) }
        }
        return runs
    }

    /// A number may not continue a code or another number (`(099)222-1234` has no `222-1234`).
    static func digitLeftBoundaryOK(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = bytes[i - 1]
        if ByteClass.isAlnum(p) || p == 0x23 || p == 0x40 || p == 0x5F || p == 0x2F || p == 0x5C { return false }  // # @ _ / \
        if p == 0x2D || p == 0x2E || p == 0x2C || p == 0x3A || p == 0x2B {  // - . , : +
            if i > 1, ByteClass.isAlnum(bytes[i - 2]) { return false }
        }
        if p == 0x29, i > 1, ByteClass.isDigit(bytes[i - 2]) { return false }  // (099)222-1234
        return true
    }

    /// Nothing that continues the number may follow it: a letter, a digit, or a mark with a
    /// digit after it (`12,345`, `12:30`, `2024/12`).
    static func digitRightBoundaryOK(_ bytes: [UInt8], _ end: Int) -> Bool {
        guard end < bytes.count else { return true }
        let c = bytes[end]
        if ByteClass.isAlnum(c) || c == 0x40 || c == 0x5F { return false }
        if c == 0x2C || c == 0x3A || c == 0x2F || c == 0x2D || c == 0x2E {
            if end + 1 < bytes.count, ByteClass.isAlnum(bytes[end + 1]) { return false }
        }
        return true
    }

    private static func skipCode(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < bytes.count, ByteClass.isAlnum(bytes[j]) || bytes[j] == 0x2D || bytes[j] == 0x2E { j += 1 }
        return max(j, i + 1)
    }

    /// Maximal runs of ASCII letters and digits (lower case in the normalised text) that are
    /// not part of an e-mail address, a URL path or a longer code.
    static func alnumTokens(in bytes: [UInt8]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        let n = bytes.count
        var i = 0
        while i < n {
            guard ByteClass.isAlnum(bytes[i]) else { i += 1; continue }
            var j = i
            while j < n, ByteClass.isAlnum(bytes[j]) { j += 1 }
            if tokenLeftBoundaryOK(bytes, i), tokenRightBoundaryOK(bytes, j) { tokens.append(i..<j) }
            i = j
        }
        return tokens
    }

    /// Like `alnumTokens`, but a token may hold one hyphen between letters or digits
    /// (`e13-012345`); a code with two or more (`daa-he12-123456`) is dropped whole.
    static func alnumTokensAllowingHyphenTail(in bytes: [UInt8]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        let n = bytes.count
        var i = 0
        while i < n {
            guard ByteClass.isAlnum(bytes[i]) else { i += 1; continue }
            var j = i, hyphens = 0
            while j < n {
                if ByteClass.isAlnum(bytes[j]) { j += 1; continue }
                if bytes[j] == 0x2D, j + 1 < n, ByteClass.isAlnum(bytes[j + 1]) { hyphens += 1; j += 1; continue }
                break
            }
            if hyphens <= 1, tokenLeftBoundaryOK(bytes, i), tokenRightBoundaryOK(bytes, j) { tokens.append(i..<j) }
            i = j
        }
        return tokens
    }

    static func tokenLeftBoundaryOK(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = bytes[i - 1]
        if ByteClass.isAlnum(p) || p == 0x40 || p == 0x5F || p == 0x5C || p == 0x23 || p == 0x3D || p == 0x26 { return false }
        // A slash joins a path (`/path/tk1234567`) only after a letter or digit.
        if p == 0x2F, i > 1, ByteClass.isAlnum(bytes[i - 2]) { return false }
        if p == 0x2D || p == 0x2E, i > 1, ByteClass.isAlnum(bytes[i - 2]) {
            // `No.TK1234567` is a label glued on, not a code.
            var j = i - 2
            while j > 0, ByteClass.isLower(bytes[j - 1]) { j -= 1 }
            let word = Array(bytes[j..<(i - 1)])
            return p == 0x2E && (word == Array("no".utf8)) && (j == 0 || !ByteClass.isAlnum(bytes[j - 1]))
        }
        return true
    }

    static func tokenRightBoundaryOK(_ bytes: [UInt8], _ end: Int) -> Bool {
        guard end < bytes.count else { return true }
        let c = bytes[end]
        if c == 0x40 || c == 0x5F { return false }
        if c == 0x2D || c == 0x2E || c == 0x2F, end + 1 < bytes.count, ByteClass.isAlnum(bytes[end + 1]) { return false }
        return true
    }

    /// Whether `bytes[range]` is all digits.
    static func allDigits(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        !range.isEmpty && bytes[range].allSatisfy(ByteClass.isDigit)
    }

    static func allLetters(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        !range.isEmpty && bytes[range].allSatisfy(ByteClass.isLower)
    }
}

/// What the hotwords before a candidate say about one label.
struct HotwordEvidence {
    /// The strongest positive weight among hotwords nearer than any negative one (0 if none).
    var positive: Double = 0
    /// The weight of a negative hotword nearer than every positive one (0 if none).
    var negative: Double = 0
    /// End offset of the nearest positive hotword (for choosing between two labels).
    var nearestPositiveEnd: Int? = nil
}

extension HotwordIndex.Hits {
    /// Hotwords for `label` ending within `window` bytes before `start`, nearest first: a
    /// positive hotword counts unless a negative one stands between it and the candidate, so
    /// `型式 6AA-E13 車台番号 E13-012345` keeps 車台番号 and `部品番号 04465-33450` is vetoed.
    /// At the same end, the longer hotword wins (ギフトカード over カード).
    func evidence(for label: Label, before start: Int, window: Int) -> HotwordEvidence {
        var candidates: [(range: Range<Int>, weight: Double)] = ending(in: (start - window)...start)
            .filter { $0.entry.label == label }.map { ($0.range, $0.entry.weight) }
        candidates.sort { ($0.range.upperBound, $0.range.count) > ($1.range.upperBound, $1.range.count) }
        var evidence = HotwordEvidence()
        for candidate in candidates {
            if candidate.weight < 0 {
                if namesAnotherNumber(candidate.range, before: start) { continue }
                if evidence.positive == 0 { evidence.negative = candidate.weight }
                break
            }
            if evidence.nearestPositiveEnd == nil { evidence.nearestPositiveEnd = candidate.range.upperBound }
            evidence.positive = max(evidence.positive, candidate.weight)
        }
        return evidence
    }
}
