import PatternSearch
import SuminuriTables
import TextNormalization

/// Japanese telephone numbers (PHONE): fixed 0AB–J, mobile 060/070/080/090, IP 050, M2M 020,
/// 0120/0800/0570-style service numbers and +81 forms, in any written grouping.
///
/// Candidates are runs of digit groups joined by at most a few separator characters (`-`,
/// space, `.`, `/`, `~`, `〜`, `・`, parentheses, `の`, one line break). The digits are validated against the
/// numbering plan (`phone/jp-number-types.tsv`, `phone/jp-fixed-prefixes.tsv` and
/// `phone/jp-area-codes.tsv`, from libphonenumber's JP metadata), never
/// against the hyphen placement, which customers get wrong. The last group must have four
/// digits (three for 0120-style numbers), which rejects part numbers like 04465-33450.
struct PhoneDetector: Detector {
    let labels: Set<Label> = [.phone]
    /// Valid fixed-line national-number prefixes (without the trunk 0).
    private let fixedPrefixes: ByteStringSet
    /// Full-number prefixes (with the trunk 0) by the length of the area code they belong
    /// to (`PhoneTables.areaCodeLengths`).
    private let areaCodes: [ByteStringSet]
    /// Non-geographic ranges: a number of `length` digits (with the trunk 0) starting with
    /// `prefix` is of `kind`.
    private let numberTypes: [(prefix: [UInt8], length: Int, kind: Kind)]

    init(tables: CompiledDictionaries) {
        let tables = tables.phone
        fixedPrefixes = tables.fixedPrefixes
        areaCodes = tables.areaCodes
        numberTypes = zip(tables.typePrefixes, zip(tables.typeLengths, tables.typeKinds)).map { prefix, type in
            (Array(prefix.utf8), type.0, Kind(rawValue: type.1)!)
        }
    }

    enum Kind: String {
        case mobile, ip, m2m, tollFree = "toll-free", personal, fixed, international, local, invalid
        /// A fixed-line number whose exchange (市内局番) starts with 1: not assigned today, but
        /// written by people all the time (03-1234-5678) and a redactor cannot tell an example
        /// from a real number, so it is taken when it is written as one (area code, exchange,
        /// subscriber) and not when it is an unseparated run of digits.
        case fixedUnassignedExchange = "fixed.exchange-1"

        /// How sure a number of this kind is a phone number without a hotword.
        var baseConfidence: Double {
            switch self {
            case .mobile, .ip: return 0.95
            case .tollFree: return 0.9
            case .fixed: return 0.9
            case .m2m: return 0.85
            case .personal: return 0.8
            case .fixedUnassignedExchange: return 0.75
            case .international, .local, .invalid: return 0
            }
        }
    }

    struct Group {
        var range: Range<Int>
        /// Separator bytes before this group contained a hyphen, dot or slash (not just space).
        var joinedByMark: Bool
        var joinedByLineBreak: Bool
    }

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            guard ByteClass.isDigit(b) || b == 0x2B || b == 0x28 else { i += 1; continue }  // digit + (
            guard leftBoundaryOK(bytes, i) else { i = skipToken(bytes, i); continue }
            let (plus, groups, end) = parse(bytes, from: i)
            if groups.isEmpty { i += 1; continue }
            var s = 0, emittedUpTo = 0
            while s < groups.count {
                // A number does not start in the middle of a code (12-090-1234-5678), but may
                // follow another one: 099-222-1234／099-222-1235.
                if s > 0 && s != emittedUpTo && groups[s].joinedByMark && !groups[s].joinedByLineBreak { s += 1; continue }
                var emitted = false
                for j in stride(from: min(groups.count, s + 15), to: s, by: -1) {
                    let slice = Array(groups[s..<j])
                    let start = s == 0 ? i : slice[0].range.lowerBound
                    if let finding = classify(slice, plus: plus && s == 0, start: start, context: context) {
                        result.append(finding)
                        s = j
                        emittedUpTo = j
                        emitted = true
                        break
                    }
                }
                if !emitted { s += 1 }
            }
            i = max(end, i + 1)
        }
        return result
    }

    /// A number may not continue a code: no letter or digit before it, nor `-`/`.` after one.
    private func leftBoundaryOK(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = bytes[i - 1]
        if ByteClass.isLower(p) {
            // Letters may only be a hotword glued to the number: TEL09012345678.
            var j = i
            while j > 0, ByteClass.isLower(bytes[j - 1]) { j -= 1 }
            if j > 0, ByteClass.isAlnum(bytes[j - 1]) { return false }
            return Self.gluedHotwords.contains(Array(bytes[j..<i]))
        }
        if ByteClass.isAlnum(p) || p == 0x23 { return false }  // '#7119'
        if (p == 0x2D || p == 0x2E || p == 0x2F || p == 0x5F), i > 1, ByteClass.isAlnum(bytes[i - 2]) {
            // A hotword and a mark: TEL.090-…, tel/099-…, FAX-099-….
            var j = i - 1
            while j > 0, ByteClass.isLower(bytes[j - 1]) { j -= 1 }
            guard j < i - 1, j == 0 || !ByteClass.isAlnum(bytes[j - 1]) else { return false }
            return Self.gluedHotwords.contains(Array(bytes[j..<(i - 1)]))
        }
        return true
    }

    private static let gluedHotwords: Set<[UInt8]> = Set(["tel", "fax", "phone", "mobile", "cell", "mob", "tel.", "no"].map { Array($0.utf8) })

    private func skipToken(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < bytes.count, ByteClass.isAlnum(bytes[j]) || bytes[j] == 0x2D { j += 1 }
        return max(j, i + 1)
    }

    /// Reads digit groups and the separators between them, from `start`.
    private func parse(_ bytes: [UInt8], from start: Int) -> (plus: Bool, groups: [Group], end: Int) {
        var p = start
        let n = bytes.count
        var plus = false
        if bytes[p] == 0x2B { plus = true; p += 1; while p < n, bytes[p] == 0x20 { p += 1 } }
        var groups: [Group] = []
        var joinedByMark = false, joinedByLineBreak = false
        var end = start
        while p < n {
            // Separators: at most four characters, one mark, one line break.
            var separators = 0, marks = 0, breaks = 0
            let separatorStart = p
            while p < n && separators < 4 {
                let c = bytes[p]
                if c == 0x20 || c == 0x09 || c == 0x28 || c == 0x29 {
                    p += 1
                } else if c == 0x2D || c == 0x2E || c == 0x2F || c == 0x7E {
                    marks += 1; p += 1  // - . / ~ (～ after NFKC)
                } else if c == 0xE3 && p + 2 < n && !groups.isEmpty && Self.isWideMark(bytes[p + 1], bytes[p + 2]) {
                    marks += 1; p += 3  // 〜 ・
                } else if c == 0x0A || c == 0x0D {
                    if c == 0x0D && p + 1 < n && bytes[p + 1] == 0x0A { p += 1 }
                    breaks += 1; p += 1
                } else if c == 0xE3 && p + 2 < n && bytes[p + 1] == 0x81 && bytes[p + 2] == 0xAE, !groups.isEmpty {
                    marks += 1; p += 3  // の
                } else if c == 0xE3 && p + 2 < n && bytes[p + 1] == 0x80 && bytes[p + 2] == 0x81, !groups.isEmpty {
                    p += 3  // 、: a pause of voice input between groups (ぜろはちぜろ、ななななろく、…), like a space
                } else { break }
                separators += 1
            }
            if !groups.isEmpty && (separators == 0 || marks > 1 || breaks > 1) { break }
            if groups.isEmpty && p > separatorStart && bytes[separatorStart] != 0x28 { break }
            guard p < n, ByteClass.isDigit(bytes[p]) else { break }
            if !groups.isEmpty { joinedByMark = marks > 0; joinedByLineBreak = breaks > 0 }
            let digitStart = p
            while p < n, ByteClass.isDigit(bytes[p]) { p += 1 }
            groups.append(Group(range: digitStart..<p, joinedByMark: joinedByMark, joinedByLineBreak: joinedByLineBreak))
            end = p
            if groups.count > 16 { break }
        }
        return (plus, groups, end)
    }

    /// The second and third UTF-8 bytes (after E3) of 〜 (U+301C) and ・ (U+30FB), which people
    /// type between digit groups: 099〜222〜1234, 090・1234・5678.
    private static func isWideMark(_ b1: UInt8, _ b2: UInt8) -> Bool {
        (b1 == 0x80 && b2 == 0x9C) || (b1 == 0x83 && b2 == 0xBB)
    }

    private func digits(_ groups: [Group], _ bytes: [UInt8]) -> [UInt8] {
        var d: [UInt8] = []
        for g in groups { d += bytes[g.range] }
        return d
    }

    private func classify(_ groups: [Group], plus: Bool, start: Int, context: ScanContext) -> Finding? {
        let bytes = context.text.bytes
        var start = start
        let end = groups.last!.range.upperBound
        // An opening parenthesis belongs to the number only when it closes after the first
        // group (（099）222-1234); one that wraps the whole number does not.
        if bytes[start] == 0x28 {
            var q = groups[0].range.upperBound
            while q < bytes.count, bytes[q] == 0x20 { q += 1 }
            if q >= bytes.count || bytes[q] != 0x29 || groups.count == 1 { start = groups[0].range.lowerBound }
        }
        // No letter or digit may follow the number.
        if end < bytes.count, ByteClass.isAlnum(bytes[end]) { return nil }
        var d = digits(groups, bytes)
        guard d.count >= 6, d.count <= 15 else { return nil }
        var international = false
        if plus {
            guard d.starts(with: [0x38, 0x31]) else {  // +81
                return d.count >= 8 ? context.finding(.phone, start..<end, confidence: 0.8, rule: "phone.foreign") : nil
            }
            d.removeFirst(2); international = true
        } else if d.starts(with: Array("0081".utf8)) {
            d.removeFirst(4); international = true
        } else if d.starts(with: Array("01081".utf8)) {
            d.removeFirst(5); international = true
        } else if groups.count >= 3, bytes[groups[0].range] == [0x38, 0x31] {
            d.removeFirst(2); international = true  // 81-3-1234-5678 without the plus
        }
        if international {
            if d.first == 0x30 { d.removeFirst() }
            d.insert(0x30, at: 0)
        }
        let ranges = groups.map { $0.range }
        let hot = context.hotwords.weights(for: .phone, before: start, window: 36)
        var (kind, classifiedBase) = classifyNational(d)
        if kind == .fixedUnassignedExchange && !isWrittenAsFixedLine(groups, digits: d, international: international, bytes: bytes) {
            kind = .invalid
        }
        var base = classifiedBase
        if kind == .invalid {
            // A phone-shaped number next to a phone hotword is most likely a typo of a real one.
            guard d.first == 0x30, d.count == 10 || d.count == 11, hot.positive > 0 else {
                return localNumber(ranges, start: start, hot: hot, context: context)
            }
            base = 0.55
        }
        if !groupingOK(ranges, kind: kind, digits: d) { return nil }
        if kind == .fixed && groups.count == 1 { base -= 0.1 }
        if international { base -= 0.02 }
        var confidence = base + (hot.positive > 0 ? 0.05 : 0) + hot.negative
        if hot.negative < 0 && kind == .invalid { confidence = 0 }
        guard confidence > 0.05 else { return nil }
        return context.finding(.phone, start..<end, confidence: confidence, rule: "phone.\(international ? "intl." : "")\(kind.rawValue)")
    }

    /// Numbering-plan class of a national number written with its trunk 0.
    private func classifyNational(_ d: [UInt8]) -> (Kind, Double) {
        guard d.count >= 10, d[0] == 0x30 else { return (.invalid, 0) }
        for type in numberTypes where type.length == d.count && d.starts(with: type.prefix) {
            return (type.kind, type.kind.baseConfidence)
        }
        // Geographic numbers have ten digits and no 0 in the area code's first two places.
        guard d.count == 10, d[1] != 0x30, d[2] != 0x30 else { return (.invalid, 0) }
        for length in 1..<min(PhoneTables.longestFixedPrefix + 1, d.count - 1) where fixedPrefixes.contains(d[1...length]) {
            // The 市内局番 after the area code never starts with 0; one starting with 1 is not
            // assigned but is what people write (see Kind.fixedUnassignedExchange).
            if let areaLength = areaCodeLength(d) {
                if d[areaLength] == 0x30 { return (.invalid, 0) }
                if d[areaLength] == 0x31 { return (.fixedUnassignedExchange, Kind.fixedUnassignedExchange.baseConfidence) }
            }
            return (.fixed, Kind.fixed.baseConfidence)
        }
        // libphonenumber leaves out some exchanges starting with 1 (011-1xx): still an area
        // code and a number written as one.
        if let areaLength = areaCodeLength(d), d[areaLength] == 0x31 { return (.fixedUnassignedExchange, Kind.fixedUnassignedExchange.baseConfidence) }
        return fixedPrefixes.count == 0 ? (.fixed, 0.8) : (.invalid, 0)
    }

    /// The area code of a national number with its trunk 0 (longest APPLIES_TO prefix).
    private func areaCodeLength(_ national: [UInt8]) -> Int? {
        for length in (2...6).reversed() {
            let prefix = national.prefix(length)
            if let index = areaCodes.firstIndex(where: { $0.contains(prefix) }) { return PhoneTables.areaCodeLengths[index] }
        }
        return nil
    }

    /// Whether the groups are area code, exchange and subscriber number as the numbering plan
    /// groups them (03-1234-5678, 011-123-4567, +81 45 123 4567), not just any run of digits.
    private func isWrittenAsFixedLine(_ groups: [Group], digits d: [UInt8], international: Bool, bytes: [UInt8]) -> Bool {
        guard let areaLength = areaCodeLength(d) else { return false }
        var rest = groups[...]
        if international {
            // +81 / 0081 is its own group; a written trunk 0 may follow: +81 (0)3 ….
            rest = rest.dropFirst()
            if let first = rest.first, first.range.count == 1, bytes[first.range.lowerBound] == 0x30 { rest = rest.dropFirst() }
        }
        let lengths = rest.map { $0.range.count }
        // Without its trunk 0 after +81 the area code is one digit shorter.
        let areaWritten = international && rest.first.map({ bytes[$0.range.lowerBound] != 0x30 }) == true ? areaLength - 1 : areaLength
        return lengths == [areaWritten, 6 - areaLength, 4] || (!international && lengths == [areaLength, 10 - areaLength])
    }

    /// The last group must have four digits (three for 0120-style numbers); two groups may
    /// also leave the rest unseparated (03-12345678, 0312-345678).
    private func groupingOK(_ groups: [Range<Int>], kind: Kind, digits: [UInt8]) -> Bool {
        guard groups.count > 1 else { return true }
        // Digits spaced out one by one: 0 9 0 - 1 2 3 4 - 5 6 7 8.
        if groups.filter({ $0.count == 1 }).count >= groups.count - 1 && groups.count >= 8 { return true }
        let last = groups.last!.count
        if last == 4 { return true }
        if last == 3 && kind == .tollFree && digits.count == 10 { return true }
        if groups.count == 2 && last >= 6 { return true }
        return false
    }

    /// A number without its area code (222-1234), only right after a phone hotword.
    private func localNumber(_ groups: [Range<Int>], start: Int, hot: (positive: Double, negative: Double), context: ScanContext) -> Finding? {
        guard groups.count == 2, groups[1].count == 4, (2...4).contains(groups[0].count),
              context.text.bytes[groups[0].lowerBound] != 0x30, hot.negative == 0 else { return nil }
        // A phone word right before (TEL 222-1234) or right after (222-1234までお電話ください).
        let before = context.hotwords.weights(for: .phone, before: start, window: 12).positive
        let after = context.hotwords.positiveAfter(.phone, end: groups[1].upperBound, window: 12)
        guard before >= 0.3 || after >= 0.5 else { return nil }
        return context.finding(.phone, start..<groups[1].upperBound, confidence: 0.6, rule: "phone.local")
    }
}
