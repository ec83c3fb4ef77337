import TextNormalization

/// Dates of birth (BIRTHDATE), only when stated as such: a 和暦 or 西暦 date (`昭和58年3月4日`,
/// `昭和五十八年三月四日`, `S58.3.4`, `平成元年5月10日`, `1983/03/04`, or a year alone before 生まれ) with a birth word
/// before it (生年月日, 誕生日) or right after it (生まれ, 生). Dealer dates (年式, 車検満了,
/// 初度登録, 納車, 満期, 有効期限) are refused by negative hotwords. The span is the date only.
struct BirthdateDetector: Detector {
    let labels: Set<Label> = [.birthdate]

    /// Era names (normalised) and the Western year of their year 1.
    private static let eras: [([UInt8], Int)] = [
        ("明治", 1867), ("大正", 1911), ("昭和", 1925), ("平成", 1988), ("令和", 2018),
        ("明", 1867), ("大", 1911), ("昭", 1925), ("平", 1988), ("令", 2018),
        ("m", 1867), ("t", 1911), ("s", 1925), ("h", 1988), ("r", 2018),
    ].map { (Array($0.0.utf8), $0.1) }
    /// Whether an era word may start at an offset: a date that starts with a kanji starts with
    /// an era (a western year starts with a digit), and most kanji share the era kanji's lead byte.
    private static let eraLeads = PatternLeads(eras.map { $0.0 })
    private static let birthWordsAfter: [[UInt8]] = ["生まれ", "生れ", "うまれ", "生", "誕生"].map { Array($0.utf8) }

    struct ParsedDate {
        var end: Int
        var year: Int
        var hasMonthAndDay: Bool
    }

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var i = 0
        while i < bytes.count {
            // Dates start with a digit, an era letter or an era kanji (lead bytes E4-E6).
            let b = bytes[i]
            guard ByteClass.isDigit(b) || b == 0x6D || b == 0x74 || b == 0x73 || b == 0x68 || b == 0x72
                    || (b >= 0xE4 && b <= 0xE6 && Self.eraLeads.mayStart(bytes, at: i)),
                  let date = parse(bytes, at: i) else {
                i += ByteClass.isDigit(b) ? 1 : 1
                continue
            }
            defer { i = date.end }
            var after = date.end
            while after < bytes.count, bytes[after] == 0x20 { after += 1 }
            let birthAfter = Self.birthWordsAfter.contains { Scalars.hasPrefix(bytes, at: after, $0) }
            let hot = context.hotwords.weights(for: .birthdate, before: i, window: 45)
            let person = date.hasMonthAndDay && afterPersonInParentheses(bytes, i)
            // In a table the header decides: 生年月日 over another column is no hotword for this one.
            let column = date.hasMonthAndDay && !birthAfter ? Self.birthColumn(bytes, i) : nil
            guard birthAfter || (hot.positive > 0 && column != false) || person || column == true else { continue }
            if !date.hasMonthAndDay && !birthAfter { continue }
            let age = 2026 - date.year
            guard (0...120).contains(age) else { continue }
            // 生まれ right after the date outweighs any dealer word before it.
            var confidence = birthAfter ? 0.9 : (hot.positive > 0 ? 0.9 : 0.7) + hot.negative
            if !date.hasMonthAndDay { confidence -= 0.1 }
            let underBirthColumn = !birthAfter && hot.positive == 0 && column == true
            if underBirthColumn { confidence = 0.85 }
            let rule = birthAfter ? "birthdate.date+birth-word" : hot.positive > 0 ? "birthdate.date+hotword"
                : underBirthColumn ? "birthdate.date+column" : "birthdate.person(date)"
            result.append(context.finding(.birthdate, i..<date.end, confidence: confidence, rule: rule))
        }
        return result + englishDates(context)
    }

    /// Table separators, in the order a row is tried: tab, comma, vertical bar, slash.
    private static let columnSeparators: [UInt8] = [0x09, 0x2C, 0x7C, 0x2F]
    /// Header words of a birth-date column (normalised: ASCII lower case).
    private static let birthColumnWords: [[UInt8]] = ["生年月日", "誕生日", "生年", "birthday", "birth", "dob"].map { Array($0.utf8) }

    /// Whether a header field holds a birth word (生年月日, 生年月日(西暦), Birthday).
    private static func namesBirth(_ field: ArraySlice<UInt8>) -> Bool {
        birthColumnWords.contains { word in field.indices.contains { field[$0...].starts(with: word) } }
    }

    /// For a date in a table row: true when the header above names its column a birth date
    /// (社員番号,氏名,生年月日 / |氏名|生年月日| / name<TAB>birthday), false when the header names
    /// another column so (氏名,生年月日,入社日: the 入社日 column), nil outside such a table.
    /// The rows between the header and the date share the date's separator.
    static func birthColumn(_ bytes: [UInt8], _ start: Int) -> Bool? {
        var lineStart = start
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        guard let separator = columnSeparators.first(where: { bytes[lineStart..<start].contains($0) }) else { return nil }
        let column = bytes[lineStart..<start].reduce(0) { $0 + ($1 == separator ? 1 : 0) }
        var end = lineStart
        for _ in 0..<60 {
            guard end > 0 else { return nil }
            let lineEnd = end - 1
            var begin = lineEnd
            while begin > 0, bytes[begin - 1] != 0x0A { begin -= 1 }
            end = begin
            let fields = bytes[begin..<lineEnd].split(separator: separator, omittingEmptySubsequences: false)
            // A blank line or a line without the separator ends the table.
            guard fields.count > 1 else { return nil }
            if column < fields.count, namesBirth(fields[column]) { return true }
            if fields.contains(where: namesBirth) { return false }
        }
        return nil
    }

    /// Dates written in English after a birth word (Date of birth: 14 FEB 1985, DOB February
    /// 14, 1985, born on 3 March 1990): a day, a month's name and a year, in either order.
    /// Normalised text is lower case.
    private func englishDates(_ context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            guard ByteClass.isLower(bytes[p]), p == 0 || !ByteClass.isLower(bytes[p - 1]) else { p += 1; continue }
            var q = p
            while q < bytes.count, ByteClass.isLower(bytes[q]) { q += 1 }
            defer { p = q }
            guard (3...9).contains(q - p), let month = Self.englishMonth(bytes[p..<q]) else { continue }
            var monthEnd = q
            if monthEnd < bytes.count, bytes[monthEnd] == 0x2E { monthEnd += 1 }
            var start = p, end = 0, day = 0
            // 14 feb 1985: the day before the month.
            if p >= 2, bytes[p - 1] == 0x20, let (d, dayStart) = Self.number(before: p - 1, bytes), (1...31).contains(d) {
                start = dayStart; day = d
                if let (year, yearEnd) = Self.year(after: monthEnd, bytes, comma: true) { end = yearEnd; _ = year }
            }
            // february 14, 1985: the day after it.
            if end == 0, monthEnd < bytes.count, bytes[monthEnd] == 0x20, let (d, dayEnd) = digits(bytes, monthEnd + 1, max: 2), (1...31).contains(d) {
                var r = dayEnd
                if r + 1 < bytes.count, ["st", "nd", "rd", "th"].contains(String(decoding: bytes[r..<(r + 2)], as: UTF8.self)) { r += 2 }
                if let (_, yearEnd) = Self.year(after: r, bytes, comma: true) { start = p; end = yearEnd; day = d }
            }
            guard end > 0, day > 0, month > 0 else { continue }
            let hot = context.hotwords.weights(for: .birthdate, before: start, window: 45)
            guard hot.positive > 0 else { continue }
            result.append(context.finding(.birthdate, start..<end, confidence: 0.9 + hot.negative, rule: "birthdate.english+hotword"))
            q = max(q, end)
        }
        return result
    }

    /// A month's name or its abbreviation (feb, sept), compared as bytes: this is asked of
    /// every Latin word of three to nine letters.
    private static func englishMonth(_ word: ArraySlice<UInt8>) -> Int? {
        guard let first = word.first, Self.monthInitials.contains(first) else { return nil }
        for (k, name) in Self.monthNames.enumerated() {
            if word.elementsEqual(name) || ((word.count == 3 || (word.count == 4 && k == 8)) && name.starts(with: word)) { return k + 1 }
        }
        return nil
    }
    private static let monthNames: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"].map { Array($0.utf8) }
    private static let monthInitials: Set<UInt8> = Set("jfmasond".utf8)

    private static func number(before end: Int, _ bytes: [UInt8]) -> (Int, Int)? {
        var s = end
        while s > 0, ByteClass.isDigit(bytes[s - 1]), end - s < 2 { s -= 1 }
        guard s < end, s == 0 || !ByteClass.isAlnum(bytes[s - 1]) else { return nil }
        return (Int(String(decoding: bytes[s..<end], as: UTF8.self)) ?? 0, s)
    }

    /// A four-digit year of a living person after a space (and a comma).
    private static func year(after start: Int, _ bytes: [UInt8], comma: Bool) -> (Int, Int)? {
        var r = start
        if comma, r < bytes.count, bytes[r] == 0x2C { r += 1 }
        guard r < bytes.count, bytes[r] == 0x20 else { return nil }
        r += 1
        var e = r
        while e < bytes.count, ByteClass.isDigit(bytes[e]) { e += 1 }
        guard e - r == 4, let year = Int(String(decoding: bytes[r..<e], as: UTF8.self)), (1900...2026).contains(year) else { return nil }
        return (year, e)
    }

    private static let people: [[UInt8]] = ["私", "妻", "夫", "主人", "長男", "長女", "次男", "次女", "三男", "三女", "父", "母",
                                            "息子", "娘", "本人", "配偶者", "子", "祖父", "祖母", "孫"].map { Array($0.utf8) }

    /// `妻（S54.3.3）`: a date in parentheses right after a person word.
    private func afterPersonInParentheses(_ bytes: [UInt8], _ start: Int) -> Bool {
        guard start > 0, bytes[start - 1] == 0x28 else { return false }
        let before = start - 1
        return Self.people.contains { word in before >= word.count && bytes[(before - word.count)..<before].elementsEqual(word) }
    }

    /// A 和暦 or 西暦 date starting at `start`.
    private func parse(_ bytes: [UInt8], at start: Int) -> ParsedDate? {
        if start > 0, ByteClass.isAlnum(bytes[start - 1]) { return nil }
        for (era, base) in Self.eras where Scalars.hasPrefix(bytes, at: start, era) {
            var p = start + era.count
            while p < bytes.count, bytes[p] == 0x20 { p += 1 }
            let eraYear: Int
            if Scalars.hasPrefix(bytes, at: p, Array("元".utf8)) { eraYear = 1; p += 3 }
            else if let (value, end) = numeral(bytes, p, max: 2) { eraYear = value; p = end }
            else { continue }
            guard eraYear >= 1, eraYear <= 64 else { return nil }
            return monthAndDay(bytes, afterYear: p, year: base + eraYear)
        }
        guard let (year, end) = digits(bytes, start, max: 4), end - start == 4, (1900...2026).contains(year) else { return nil }
        guard let date = monthAndDay(bytes, afterYear: end, year: year), date.hasMonthAndDay || Scalars.hasPrefix(bytes, at: end, Array("年".utf8)) else { return nil }
        return date
    }

    /// `年3月4日`, `.3.4`, `/03/04`, `-3-4`; or `年` alone (a year of birth).
    private func monthAndDay(_ bytes: [UInt8], afterYear start: Int, year: Int) -> ParsedDate? {
        // Forms spread the date out: 昭和 58 年 3 月 4 日.
        let kanjiUnit = { (p: Int, unit: String) -> Int in
            var q = p
            while q < bytes.count, bytes[q] == 0x20 { q += 1 }
            return Scalars.hasPrefix(bytes, at: q, Array(unit.utf8)) ? q : p
        }
        var p = kanjiUnit(start, "年")
        let separator: [UInt8]
        if Scalars.hasPrefix(bytes, at: p, Array("年".utf8)) {
            separator = Array("年".utf8); p += 3
            // 1984年（昭和59年）7月19日: the era's year in parentheses repeats the year.
            if p < bytes.count, bytes[p] == 0x28, let close = bytes[p..<min(bytes.count, p + 24)].firstIndex(of: 0x29),
               Self.eras.prefix(5).contains(where: { Scalars.hasPrefix(bytes, at: p + 1, $0.0) }) {
                p = close + 1
            }
            // 昭和四十九年の十月二日: said aloud, the year takes の.
            if Scalars.hasPrefix(bytes, at: p, Array("の".utf8)), let (month, _) = numeral(bytes, p + 3, max: 2), (1...12).contains(month) { p += 3 }
        }
        else if p < bytes.count, bytes[p] == 0x2E || bytes[p] == 0x2F || bytes[p] == 0x2D { separator = [bytes[p]]; p += 1 }
        else { return nil }
        let afterSeparator = p
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        // Kanji numerals only with kanji units: 三月四日, never .三.四.
        let read = { (start: Int) -> (Int, Int)? in
            separator == Array("年".utf8) ? self.numeral(bytes, start, max: 2) : self.digits(bytes, start, max: 2)
        }
        guard let (month, afterMonth) = read(p), (1...12).contains(month) else {
            return separator == Array("年".utf8) ? ParsedDate(end: afterSeparator, year: year, hasMonthAndDay: false) : nil
        }
        p = afterMonth
        if separator == Array("年".utf8) {
            p = kanjiUnit(p, "月")
            guard Scalars.hasPrefix(bytes, at: p, Array("月".utf8)) else { return nil }
            p += 3
        } else {
            guard p < bytes.count, bytes[p] == separator[0] else { return nil }
            p += 1
        }
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        guard let (day, afterDay) = read(p), (1...31).contains(day) else { return nil }
        p = afterDay
        if separator == Array("年".utf8) { p = kanjiUnit(p, "日") }
        if Scalars.hasPrefix(bytes, at: p, Array("日".utf8)) { p += 3 }
        else if p < bytes.count, ByteClass.isDigit(bytes[p]) { return nil }
        return ParsedDate(end: p, year: year, hasMonthAndDay: true)
    }

    /// ASCII digits, or kanji numerals as dates write them: 三, 十二, 二十三, 五十八, 五八.
    private func numeral(_ bytes: [UInt8], _ start: Int, max: Int) -> (Int, Int)? {
        if let ascii = digits(bytes, start, max: max) { return ascii }
        var p = start, units: [Int] = [], tens: Int? = nil
        while units.count <= max, let (scalar, length) = Scalars.at(bytes, p) {
            if scalar == "十" {
                guard tens == nil, units.count <= 1 else { return nil }
                tens = units.first ?? 1
                units = []
            } else if let digit = JapaneseFolding.kanjiDigit(scalar.value) {
                units.append(Int(digit - 0x30))
            } else {
                break
            }
            p += length
        }
        guard p > start, units.count <= max else { return nil }
        if let tens {
            guard units.count <= 1 else { return nil }
            return (tens * 10 + (units.first ?? 0), p)
        }
        return (units.reduce(0) { $0 * 10 + $1 }, p)
    }

    private func digits(_ bytes: [UInt8], _ start: Int, max: Int) -> (Int, Int)? {
        var p = start, value = 0
        while p < bytes.count, p - start < max, ByteClass.isDigit(bytes[p]) { value = value * 10 + Int(bytes[p] - 0x30); p += 1 }
        guard p > start, p >= bytes.count || !ByteClass.isDigit(bytes[p]) else { return nil }
        return (value, p)
    }
}
