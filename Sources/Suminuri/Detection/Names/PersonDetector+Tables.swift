import PatternSearch
import SuminuriTables
import TextNormalization

// Tables: rosters, shift tables and lines of surnames.
extension PersonDetector {
    /// The staff member who wrote a memo, at the end of its heading line (ローン審査メモ　森,
    /// 事故受付（人身・被害）　坂本, 相談メモ（住之江店）岡本): a listed family name of one to three
    /// kanji after a space or a closing parenthesis, on a line that names a kind of record.
    func memoHeadingNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for line in reader.nonEmptyLines() {
            var end = line.upperBound
            while end > line.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end, count = 0
            while count < 4, let (scalar, previous) = Scalars.before(bytes, start), previous >= line.lowerBound, ScriptClass.of(scalar) == .kanji {
                start = previous; count += 1
            }
            guard (1...3).contains(count), start > line.lowerBound, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x29 else { continue }
            // The name first: a hash lookup is cheaper than searching the heading for words.
            guard familyNames.contains(bytes[start..<end]), Self.recordWords.contains(where: { Scalars.occurs($0, in: line.lowerBound..<start, of: bytes) }),
                  !placeStems.contains(bytes[start..<end]), !notNames.contains(bytes[start..<end]), !reader.isOrganisation(Array(bytes[start..<end])),
                  !Self.relations.contains(Array(bytes[start..<end])) else { continue }
            result.append(context.finding(.person, start..<end, confidence: 0.7, rule: "person.memo-heading"))
        }
        return result
    }
    static let recordWords: [[UInt8]] = ["メモ", "受付", "記録", "履歴", "報告", "審査", "相談", "面談", "商談", "対応", "日報", "引継", "申し送り"]
        .map { Array(Normalizer().normalizedKey($0).utf8) }

    /// A line that is only a list of surnames (営業一同⏎蒲生／伊地知／大迫／大久保／迫田): three
    /// items or more, each one to four kanji, most of them family names the lists know; the
    /// others are surnames too.
    static let surnameLineRule = "person.surname-line"

    /// A name in a seal's stamp (（鴫原印）, 田村㊞: NFKC reads ㊞ as 印): a listed family name of
    /// one to three kanji right before 印, standing alone between brackets, spaces, a label's
    /// colon or the line's ends.
    func sealStamps(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for (start, at) in kanjiRunsBefore(Self.sealMark, reader: reader) {
            let p = at + Self.sealMark.count
            guard start < at, (1...3).contains(Scalars.count(bytes, start..<at)), familyNames.contains(bytes[start..<at]),
                  start == 0 || [0x28, 0x20, 0x0A, 0x3A, 0x5B].contains(bytes[start - 1]) || Scalars.before(bytes, start).map({ "【「".unicodeScalars.contains($0.0) }) == true,
                  p == bytes.count || [0x29, 0x20, 0x0A, 0x0D, 0x5D, 0x2C].contains(bytes[p]) || Scalars.at(bytes, p).map({ "】」、。".unicodeScalars.contains($0.0) }) == true
            else { continue }
            result.append(context.finding(.person, start..<at, confidence: 0.7, rule: "person.seal"))
        }
        return result
    }
    static let sealMark = Array("印".utf8)

    func surnameLines(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for line in reader.nonEmptyLines() {
            // Items split at / , (ASCII after normalisation), ・ (E3 83 BB) or 、 (E3 80 81), read
            // byte by byte: this runs over every line.
            var items: [Range<Int>] = [], start = line.lowerBound, p = line.lowerBound
            while p < line.upperBound {
                let b = bytes[p]
                var length = 0
                if b == 0x2F || b == 0x2C { length = 1 }
                else if b == 0xE3, p + 2 < line.upperBound,
                        (bytes[p + 1] == 0x83 && bytes[p + 2] == 0xBB) || (bytes[p + 1] == 0x80 && bytes[p + 2] == 0x81) { length = 3 }
                if length > 0 { items.append(start..<p); start = p + length; p += length } else { p += 1 }
            }
            items.append(start..<line.upperBound)
            // 宮里 國分 畠山 紺野 菅原: surnames split by spaces only, each of two kanji or more and
            // a family name the lists know (one may be unknown in a row of four or more), none a
            // given name, so that full names in a row (山田 太郎 佐藤 花子, 課長 福間 由美) stay pairs.
            var spaced = false
            if items.count == 1 {
                let words = bytes[line].split(separator: 0x20).map { $0.startIndex..<$0.endIndex }
                if words.count >= 3, words.allSatisfy({ (2...4).contains(Scalars.count(bytes, $0)) && reader.runEnd(from: $0.lowerBound, script: .kanji, limit: 4) == $0.upperBound }),
                   words.filter({ familyNames.contains(bytes[$0]) }).count >= words.count - (words.count >= 4 ? 1 : 0),
                   !words.contains(where: { (givenNames.contains(bytes[$0]) && !familyNames.contains(bytes[$0])) || Self.weakFieldLabels.contains(Array(bytes[$0])) }) {
                    items = words; spaced = true
                }
            }
            guard items.count >= 3 else { continue }
            // 白坂○、下野○、迫×: an attendance mark after each name.
            let trimmed = items.map { Self.trimmingAttendanceMark(Self.trimmingSpaces($0, bytes), bytes) }
            guard trimmed.allSatisfy({ r in !r.isEmpty && (1...4).contains(Scalars.count(bytes, r))
                    && reader.runEnd(from: r.lowerBound, script: .kanji, limit: 4) == r.upperBound }) else { continue }
            let known = trimmed.filter { familyNames.contains(bytes[$0]) }.count
            // 松本・長野・上田: towns that are surnames too.
            let places = trimmed.filter { placeStems.contains(bytes[$0]) }.count
            guard known * 2 > trimmed.count, places * 2 < trimmed.count else { continue }
            for r in trimmed {
                let name = NameReader.Name(range: r, script: .kanji, parts: 1, firstPartEnd: r.upperBound, bytes: bytes, spaced: false)
                guard familyNames.contains(bytes[r]) || (!commonKanjiWords.contains(bytes[r]) && !notNames.contains(bytes[r])),
                      !reader.isOrganisation(Array(bytes[r])), !placeLike(name, bytes), !placeStems.contains(bytes[r]) || familyNames.contains(bytes[r]) else { continue }
                result.append(context.finding(.person, r, confidence: spaced ? 0.85 : 0.65, rule: Self.surnameLineRule))
            }
        }
        return result
    }

    /// Marks of an attendance list (〇 日高, × 堀ノ内（研修）), normalised.
    static let attendanceMarks: [[UInt8]] = ["〇", "○", "◯", "×", "✕", "△", "◎"].map { Array(Normalizer().normalizedKey($0).utf8) }

    /// An attendance list: two lines or more that open with a mark and a space, each then
    /// holding one name (known or not), perhaps with a note in parentheses.
    func attendanceLists(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var candidates: [NameReader.Name] = []
        var marked = 0
        for line in reader.nonEmptyLines() {
            guard let mark = Self.attendanceMarks.first(where: { bytes[line].starts(with: $0) }), bytes[safe: line.lowerBound + mark.count] == 0x20 else { continue }
            marked += 1
            let start = line.lowerBound + mark.count + 1
            guard let read = reader.nameAfter(start), read.range.lowerBound == start else { continue }
            let rest = bytes[read.range.upperBound..<line.upperBound]
            guard rest.isEmpty || rest.first == 0x28 else { continue }
            guard fillsPlaceOfName(read, reader: reader, context: context, honorific: false) else { continue }
            candidates.append(read)
        }
        guard marked >= 2 else { return [] }
        return candidates.map { context.finding(.person, $0.range, confidence: 0.65, rule: "person.attendance") }
    }

    /// An attendance row on one line (〇 荒木　〇 永田　× 緒方, 7/16（火）：松田○ 永井× 石川○): after
    /// an optional key with a colon, every item is a mark and a short kanji word (a note in
    /// parentheses may follow), two items or more, one of them a family name the lists know.
    func markedRows(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for line in reader.nonEmptyLines() {
            // Cheap first: a row holds a mark at all.
            guard Self.attendanceMarks.contains(where: { Scalars.occurs($0, in: line, of: bytes) }) else { continue }
            var start = line.lowerBound
            if let colon = bytes[line.lowerBound..<min(line.upperBound, line.lowerBound + 30)].firstIndex(of: 0x3A) { start = colon + 1 }
            var items: [Range<Int>] = [], pendingMark = false, broken = false
            var p = start
            while p < line.upperBound, !broken {
                while p < line.upperBound, bytes[p] == 0x20 || bytes[p] == 0x2C { p += 1 }
                guard p < line.upperBound else { break }
                var end = p
                while end < line.upperBound, bytes[end] != 0x20, bytes[end] != 0x2C { end += 1 }
                defer { p = end }
                var token = p..<end
                if Self.attendanceMarks.contains(where: { bytes[token].elementsEqual($0) }) {
                    if pendingMark { broken = true }
                    pendingMark = true
                    continue
                }
                var marked = pendingMark
                pendingMark = false
                if let mark = Self.attendanceMarks.first(where: { token.count > $0.count && bytes[token].starts(with: $0) }) {
                    token = (token.lowerBound + mark.count)..<token.upperBound; marked = true
                }
                // 本田（遅れて参加）, 米田（療養中）: a note after the name.
                if bytes[token.upperBound - 1] == 0x29, let open = bytes[token].firstIndex(of: 0x28), open > token.lowerBound { token = token.lowerBound..<open }
                let trimmed = Self.trimmingAttendanceMark(token, bytes)
                if trimmed != token { marked = true; token = trimmed }
                guard marked, (1...4).contains(Scalars.count(bytes, token)),
                      reader.runEnd(from: token.lowerBound, script: .kanji, limit: 4) == token.upperBound else { broken = true; break }
                items.append(token)
            }
            guard !broken, !pendingMark, items.count >= 2, items.contains(where: { familyNames.contains(bytes[$0]) }) else { continue }
            for r in items {
                let name = NameReader.Name(range: r, script: .kanji, parts: 1, firstPartEnd: r.upperBound, bytes: bytes, spaced: false)
                guard fillsPlaceOfName(name, reader: reader, context: context, honorific: false) else { continue }
                result.append(context.finding(.person, r, confidence: 0.65, rule: "person.marked-row"))
            }
        }
        return result
    }

    /// Staff lines of a day's board (林 休み⏎森 午後から⏎黒木　19:30まで⏎長友　なし): a listed
    /// family name opening the line, a space, then a time or a word of presence. Two such
    /// lines or more make the board; one alone is too little to tell a name from a word.
    func statusLines(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var names: [Range<Int>] = []
        for line in reader.nonEmptyLines() where line.count >= 5 {
            let end = reader.runEnd(from: line.lowerBound, script: .kanji, limit: 4)
            guard end > line.lowerBound, end < line.upperBound else { continue }
            var p = end
            // 堀内(部品) 来社15時: a note on who they are.
            if bytes[p] == 0x28, let close = bytes[p..<min(line.upperBound, p + 30)].firstIndex(of: 0x29) { p = close + 1 }
            guard p < line.upperBound, bytes[p] == 0x20 else { continue }
            while p < line.upperBound, bytes[p] == 0x20 { p += 1 }
            // 仲川 ○ 7/2予約, 葛本 × 留守電: a call list's mark stands as a word of its own.
            guard p < line.upperBound, ByteClass.isDigit(bytes[p]) || Self.presenceWords.contains(where: { Scalars.hasPrefix(bytes, at: p, $0) })
                    || Self.attendanceMarks.contains(where: { Scalars.hasPrefix(bytes, at: p, $0) && (p + $0.count == line.upperBound || bytes[p + $0.count] == 0x20) }) else { continue }
            let surface = bytes[line.lowerBound..<end]
            guard familyNames.contains(surface), !placeStems.contains(surface), !notNames.contains(surface), !commonKanjiWords.contains(surface),
                  !reader.isOrganisation(Array(surface)) else { continue }
            names.append(line.lowerBound..<end)
        }
        guard names.count >= 2 else { return [] }
        return names.map { context.finding(.person, $0, confidence: 0.65, rule: "person.status-line") }
    }
    static let presenceWords: [[UInt8]] = ["休", "有休", "公休", "午前", "午後", "出張", "直行", "直帰", "遅刻", "早退", "不在", "在宅", "研修",
        "なし", "外出", "出勤", "欠勤", "来社", "来店", "終日", "半休", "シフト", "テレワーク", "代休", "振休", "病欠", "欠", "出", "在席", "離席"]
        .map { Array(Normalizer().normalizedKey($0).utf8) }

    /// Weekdays that open a roster's line (月曜：葛西, 火曜日: 服部さん, (水): 新田).
    static let weekdays: Set<Unicode.Scalar> = ["月", "火", "水", "木", "金", "土", "日"]
    static let weekdaySuffixes: [[UInt8]] = ["曜日", "曜"].map { Array($0.utf8) }

    /// Whether a line's key names a slot that people fill: a weekday (月曜, 火曜日, (水), 12/8(火))
    /// or a column of people (受付, 営業, 早番).
    func isDutyKey(_ key: Range<Int>, _ bytes: [UInt8]) -> Bool {
        let word = Array(bytes[key])
        if Self.personColumns.contains(word) { return true }
        // 梅田店, 京都南店, 部品庫B, タイヤ倉庫: a named unit whose staff the value lists (a bare
        // 支店 or 工場 is a field of an address).
        var unitEnd = key.upperBound
        while unitEnd > key.lowerBound, unitEnd > key.upperBound - 2, ByteClass.isDigit(bytes[unitEnd - 1]) || ByteClass.isLower(bytes[unitEnd - 1]) { unitEnd -= 1 }
        if let unit = Self.staffedUnits.first(where: { unitEnd - $0.count > key.lowerBound && bytes[(unitEnd - $0.count)..<unitEnd].elementsEqual($0) }),
           !Self.unitQualifiers.contains(Array(bytes[key.lowerBound..<(unitEnd - unit.count)])), !bytes[key].contains(0x20),
           Self.opensUnitName(bytes, at: key.lowerBound) { return true }
        var end = key.upperBound
        if bytes[safe: end - 1] == 0x29 { end -= 1 }
        for suffix in Self.weekdaySuffixes where end - suffix.count >= key.lowerBound && bytes[(end - suffix.count)..<end].elementsEqual(suffix) {
            end -= suffix.count; break
        }
        guard let (day, dayStart) = Scalars.before(bytes, end), Self.weekdays.contains(day), dayStart >= key.lowerBound else { return false }
        // 月曜, (月), 12/8(火): nothing before the weekday but a date or an opening parenthesis.
        let before = bytes[key.lowerBound..<dayStart]
        guard end < key.upperBound - (bytes[safe: key.upperBound - 1] == 0x29 ? 1 : 0) || bytes[safe: dayStart - 1] == 0x28 || before.isEmpty else { return false }
        return before.allSatisfy { ByteClass.isDigit($0) || $0 == 0x2F || $0 == 0x28 || $0 == 0x20 }
    }

    /// Units of a dealer whose staff a roster lists after a colon (梅田店：中谷, タイヤ倉庫：名和・伴).
    static let staffedUnits: [[UInt8]] = ["店", "営業所", "工場", "倉庫", "庫", "課", "係", "班", "センター", "窓口", "ピット", "レーン"]
        .map { Array(Normalizer().normalizedKey($0).utf8) }

    /// Words before a unit that name no particular one (支店：梅田 is a field of an address, 担当店：堺 a shop).
    static let unitQualifiers: Set<[UInt8]> = Set(["支", "本", "当", "弊", "貴", "御", "各", "全", "他", "同", "売", "販売", "代理", "取扱", "購入", "担当", "最寄り",
        "最寄", "入庫", "納車", "出庫", "登録", "契約", "希望", "ご希望", "来店", "指定", "整備", "修理", "認証", "指定整備", "車"].map { Array($0.utf8) })

    /// Whether the key's first character can open a unit's name: a kanji or a kana (katakana
    /// is folded to hiragana), not a digit or a mark.
    static func opensUnitName(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard let (scalar, _) = Scalars.at(bytes, offset) else { return false }
        let script = ScriptClass.of(scalar)
        return script == .kanji || script == .hiragana
    }

    /// A roster written as lines (月曜：葛西⏎火曜：服部さん, 受付：天野／日向⏎営業：日下部、朝倉):
    /// two lines or more whose key is a weekday or a column of people, each followed by one
    /// name or a list of them. Each item fills the place of a name (known or not, never a
    /// common word such as 定休 or 外部委託); one known family name among them vouches for the
    /// roster.
    func dutyLines(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var items: [(read: NameReader.Name, honorific: Bool)] = []
        var keyed = 0, vouched = false
        for line in reader.nonEmptyLines() {
          // A line may hold several keys (梅田店：中谷　堺店：辻本): each value runs to the next key.
          var segment = line.lowerBound
          while segment < line.upperBound {
            // The key ends at the first colon, within a few characters of the segment's start.
            guard let colon = bytes[segment..<min(line.upperBound, segment + 24)].firstIndex(of: 0x3A) else { break }
            let key = Self.trimmingSpaces(segment..<colon, bytes)
            guard !key.isEmpty, isDutyKey(key, bytes) else { break }
            keyed += 1
            var valueEnd = line.upperBound
            segment = line.upperBound
            var s = colon + 1
            while s < line.upperBound {
                defer { s += 1 }
                guard bytes[s] == 0x20 else { continue }
                var k = s
                while k < line.upperBound, bytes[k] == 0x20 { k += 1 }
                guard let next = bytes[k..<min(line.upperBound, k + 24)].firstIndex(of: 0x3A), !bytes[k..<next].contains(0x20),
                      next > k, isDutyKey(k..<next, bytes) else { continue }
                valueEnd = s; segment = k
                break
            }
            var start = colon + 1
            while start <= valueEnd {
                var end = start
                while end < valueEnd {
                    let b = bytes[end]
                    if b == 0x2C || b == 0x2F { break }
                    if b == 0xE3, end + 2 < line.upperBound, (bytes[end + 1] == 0x80 && bytes[end + 2] == 0x81) || (bytes[end + 1] == 0x83 && bytes[end + 2] == 0xBB) { break }
                    end += 1
                }
                let item = Self.trimmingSpaces(start..<end, bytes)
                defer { start = end + (bytes[safe: end] == 0xE3 ? 3 : 1) }
                guard !item.isEmpty, var read = reader.nameAfter(item.lowerBound), read.range.lowerBound == item.lowerBound else { continue }
                // 中谷　堺店：…: a spaced read that runs into the next key is its first part.
                if read.range.upperBound > item.upperBound, read.parts == 2, read.spaced, read.firstPartEnd <= item.upperBound { read = read.firstPartOnly() }
                guard read.range.upperBound <= item.upperBound else { continue }
                var restStart = read.range.upperBound
                if bytes[safe: restStart] == 0x20 { restStart += 1 }
                let honorific = Self.titlesAndHonorifics.first { Scalars.hasPrefix(bytes, at: restStart, $0) }
                if let honorific { restStart += honorific.count }
                if let close = Self.noteEnd(bytes, at: restStart, limit: item.upperBound) { restStart = close }
                guard restStart >= item.upperBound else { continue }
                if read.script == .kanji, familyNames.contains(read.firstPart(bytes)) { vouched = true }
                items.append((read, honorific != nil))
            }
          }
        }
        guard keyed >= 2, vouched else { return [] }
        return items.compactMap { item in
            fillsPlaceOfName(item.read, reader: reader, context: context, honorific: item.honorific)
                ? context.finding(.person, item.read.range, confidence: familyNames.contains(item.read.firstPart(bytes)) ? 0.7 : 0.65, rule: "person.duty-line") : nil
        }
    }

    /// 月火水木金土日, compared by value: this runs on every character of every line.
    static func isWeekday(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x6708, 0x706B, 0x6C34, 0x6728, 0x91D1, 0x571F, 0x65E5: return true
        default: return false
        }
    }

    /// A week on one line (`月 有川 / 火 宮路 / 水 — / 木 有川`, `月：あや　火：ちか　水：休`):
    /// three weekday keys or more, each before a colon or a space, and a name or a list of
    /// names joined by ・ or 、 as each day's value. A known name among the values vouches for
    /// the row; a status (休, —) is no name.
    func weekdayRows(reader: NameReader, context: ScanContext) -> (names: [Finding], keys: [Int]) {
        let bytes = context.text.bytes
        var result: [Finding] = [], keyOffsets: [Int] = []
        for line in reader.nonEmptyLines() where line.count >= 18 {
            // Each key: where it starts and where its value does.
            var keys: [(start: Int, value: Int)] = []
            var p = line.lowerBound
            while p < line.upperBound, let (scalar, length) = Scalars.at(bytes, p) {
                defer { p += length }
                guard Self.isWeekday(scalar) else { continue }
                let atItemStart = p == line.lowerBound || [0x20, 0x2F, 0x7C, 0x09, 0x3A].contains(bytes[p - 1])
                    || Scalars.before(bytes, p).map({ "、|".unicodeScalars.contains($0.0) }) == true
                guard atItemStart else { continue }
                var q = p + length
                if Scalars.hasPrefix(bytes, at: q, Self.youbi) { q += Self.youbi.count; if Scalars.hasPrefix(bytes, at: q, Self.hi) { q += Self.hi.count } }
                guard q < line.upperBound, bytes[q] == 0x3A || bytes[q] == 0x20 else { continue }
                q += 1
                while q < line.upperBound, bytes[q] == 0x20 { q += 1 }
                keys.append((p, q))
            }
            guard keys.count >= 3 else { continue }
            var names: [NameReader.Name] = []
            var vouched = false
            for (k, key) in keys.enumerated() {
                var end = k + 1 < keys.count ? keys[k + 1].start : line.upperBound
                while end > key.value, [0x20, 0x2F, 0x7C, 0x09].contains(bytes[end - 1]) { end -= 1 }
                var itemStart = key.value
                while itemStart < end {
                    guard var read = reader.nameAfter(itemStart), read.range.lowerBound == itemStart else { break }
                    // 月：丸山　火：中澤: a spaced read that runs into the next day's key is its first part.
                    if read.range.upperBound > end, read.parts == 2, read.spaced, read.firstPartEnd <= end { read = read.firstPartOnly() }
                    guard read.range.upperBound <= end else { break }
                    let name = read.parts == 2 && read.script == .kanji && !read.spaced ? read : (read.parts == 2 ? read.firstPartOnly() : read)
                    let surface = bytes[name.range]
                    guard !Self.statusMarks.contains(Array(surface)), fillsPlaceOfName(name, reader: reader, context: context, honorific: false) else { break }
                    if familyNames.contains(surface) || (name.script == .hiragana && givenNames.contains(surface)) { vouched = true }
                    names.append(name)
                    itemStart = name.range.upperBound
                    // 宮路・樋渡, ちか・かおり: the next name of the same day.
                    guard let (separator, length) = Scalars.at(bytes, itemStart), "・、".unicodeScalars.contains(separator) else { break }
                    itemStart += length
                }
            }
            guard vouched else { continue }
            result += names.map { context.finding(.person, $0.range, confidence: 0.65, rule: "person.weekday-row") }
            keyOffsets += keys.map(\.start)
        }
        return (result, keyOffsets)
    }

    static let youbi = Array("曜".utf8), hi = Array("日".utf8)

    /// Headers of a table's columns that hold people (日付|受|相手|内容|担当).
    static let personColumns: Set<[UInt8]> = Set(["受", "受付", "担当", "担当者", "相手", "対応", "対応者", "氏名", "名前", "お名前", "顧客",
        "顧客名", "お客様", "お客様名", "客", "入力者", "記入者", "作業者", "営業", "担当営業", "整備", "整備士", "メカ", "当番", "早番", "遅番", "日直", "宿直", "補助", "代理", "name", "staff", "customer"].map { Array(Normalizer().normalizedKey($0).utf8) })
    /// A roster's key column: its rows are days, its other cells people.
    static let rosterKeys: Set<[UInt8]> = Set(["曜日", "曜"].map { Array($0.utf8) })
    static let dateKeys: Set<[UInt8]> = Set(["日付", "日", "月日", "時間", "時刻", "備考", "内容", "用件", "場所"].map { Array($0.utf8) })
    /// Characters that split a table's cells: | (｜ normalised), a tab, a comma.
    static let cellSeparators: [UInt8] = [0x7C, 0x09, 0x2C]

    /// A table written as text (a call log pasted from a spreadsheet, CSV): under a header with
    /// a column of people (受, 担当, 相手), each row's cell in that column is a name when it is
    /// one name-shaped word (岩元, 假屋様, ｵｵﾄﾓ様), known or not; - and (名乗らず) are no names.
    func tableColumns(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        guard bytes.contains(where: { Self.cellSeparators.contains($0) }) else { return [] }
        var result: [Finding] = []
        var columns: [Int] = [], width = 0, separator: UInt8 = 0
        for line in reader.nonEmptyLines() {
            let cells = Self.cells(of: line, bytes: bytes)
            if cells.count >= 3, let sep = cells.separator {
                var header = cells.ranges.indices.filter { Self.personColumns.contains(Array(bytes[cells.ranges[$0]])) }
                // | 曜日 | 早番 | 遅番 |: a duty roster by weekday holds people in every other column.
                if cells.ranges.contains(where: { Self.rosterKeys.contains(Array(bytes[$0])) }) {
                    header = cells.ranges.indices.filter { !cells.ranges[$0].isEmpty && !Self.rosterKeys.contains(Array(bytes[cells.ranges[$0]])) && !Self.dateKeys.contains(Array(bytes[cells.ranges[$0]])) }
                }
                if !header.isEmpty { columns = header; width = cells.count; separator = sep; continue }
                if !columns.isEmpty, cells.count == width, sep == separator {
                    for column in columns { if let name = cellName(cells.ranges[column], reader: reader, context: context) { result.append(name) } }
                    continue
                }
            }
            columns = []
        }
        return result
    }

    /// The cells of a line split at its most frequent separator (two or more of them).
    static func cells(of line: Range<Int>, bytes: [UInt8]) -> (ranges: [Range<Int>], separator: UInt8?, count: Int) {
        // One pass counts the three separators (this runs over every line of a text with any).
        var bars = 0, tabs = 0, commas = 0
        for b in bytes[line] {
            if b == 0x7C { bars += 1 } else if b == 0x09 { tabs += 1 } else if b == 0x2C { commas += 1 }
        }
        let best = max(bars, tabs, commas)
        guard best >= 2 else { return ([], nil, 0) }
        let sep: UInt8 = bars == best ? 0x7C : tabs == best ? 0x09 : 0x2C
        var ranges: [Range<Int>] = [], start = line.lowerBound
        for p in line where bytes[p] == sep { ranges.append(start..<p); start = p + 1 }
        ranges.append(start..<line.upperBound)
        let trimmed = ranges.map { trimmingSpaces($0, bytes) }
        return (trimmed, sep, trimmed.count)
    }

    /// A range without the spaces at its ends.
    /// The range without an attendance mark (○, ×, △) at its end.
    static func trimmingAttendanceMark(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        guard let mark = attendanceMarks.first(where: { range.count > $0.count && bytes[(range.upperBound - $0.count)..<range.upperBound].elementsEqual($0) }) else { return range }
        return range.lowerBound..<(range.upperBound - mark.count)
    }

    static func trimmingSpaces(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    /// The name filling a table cell, with or without an honorific after it.
    func cellName(_ cell: Range<Int>, reader: NameReader, context: ScanContext) -> Finding? {
        let bytes = reader.bytes
        // 所, 橋: a one-kanji surname fills the cell.
        if let value = oneKanjiValue(at: cell.lowerBound, reader: reader), value.upperBound == cell.upperBound {
            return context.finding(.person, value, confidence: 0.65, rule: "person.table-column")
        }
        guard !cell.isEmpty, let read = reader.nameAfter(cell.lowerBound), read.range.lowerBound == cell.lowerBound else { return nil }
        let rest = bytes[read.range.upperBound..<cell.upperBound]
        guard rest.isEmpty || Self.titlesAndHonorifics.contains(where: { rest.elementsEqual($0) }) else { return nil }
        guard fillsPlaceOfName(read, reader: reader, context: context, honorific: !rest.isEmpty) else { return nil }
        return context.finding(.person, read.range, confidence: 0.7, rule: "person.table-column")
    }

    /// Whether a word standing where a list or a table puts people (a roster cell, an
    /// attendance line) is a name, known or not: kanji of up to four characters that is no
    /// common word or status (発注済, 対応中), a katakana word that is no loanword or car, a known
    /// kana name, a capitalised Latin one; never an organisation or a place.
    func fillsPlaceOfName(_ read: NameReader.Name, reader: NameReader, context: ScanContext, honorific: Bool) -> Bool {
        let bytes = reader.bytes
        let surface = bytes[read.range]
        switch read.script {
        case .kanji:
            guard read.parts == 2 || isKnownName(read, reader: reader) || isUnlistedFamilyName(read.range, reader: reader, context: context)
                    || (Scalars.count(bytes, read.range) <= 4 && !commonKanjiWords.contains(surface)
                        && !(Scalars.before(bytes, read.range.upperBound).map { "済中待未了予".unicodeScalars.contains($0.0) } ?? false)) else { return false }
        case .katakana: guard !isLoanword(read, bytes), !isWholeCompanyWord(read.range, context: context) else { return false }
        case .hiragana: guard givenNames.contains(surface) || familyNames.contains(surface), !kanaFunctionWords.contains(surface) else { return false }
        case .latin: guard reader.isCapitalized(read), !reader.hasCommonEnglishWord(read) else { return false }
        }
        return !reader.isOrganisation(Array(surface)) && !placeLike(read, bytes) && accept(read, context: context, honorific: honorific)
    }

    /// Roles a chat export writes before a speaker's name in parentheses (お客様（ゆい）：).
    static let chatRoles: [[UInt8]] = ["お客様", "お客さま", "客", "顧客", "担当", "スタッフ", "店舗", "オペレーター", "op", "OP"].map { Array(Normalizer().normalizedKey($0).utf8) }

    func speakerLabels(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var labels: [[UInt8]: [Range<Int>]] = [:]
        // Speakers after a time stamp ([10:02] 大地:, 12:15 中間（営業）:): a chat log's structure.
        var timedSpeakers = Set<[UInt8]>(), timedLines = 0
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            // A chat line may open with a time and decorate the name with emoji (10:30 まゆみ🌷:, 🌸さくら🌸:).
            var start = lineStart
            var timed = false
            if let afterTime = Self.afterTimeStamp(bytes, from: start, limit: lineEnd) { start = afterTime; timed = true }
            start = Self.skippingDecoration(bytes, from: start, limit: lineEnd)
            // ・辰巳：昨日の商談…, - 北谷: …: a bulleted report line.
            if let bullet = Self.reportBullets.first(where: { Scalars.hasPrefix(bytes, at: start, $0) }) {
                start += bullet.count
                if bytes[safe: start] == 0x20 { start += 1 }
            }
            // お客様（ゆい）：…: a chat's role with the speaker's name in parentheses.
            if let role = Self.chatRoles.first(where: { Scalars.hasPrefix(bytes, at: start, $0) && bytes[safe: start + $0.count] == 0x28 }),
               let name = reader.nameAfter(start + role.count + 1), name.range.lowerBound == start + role.count + 1, bytes[safe: name.range.upperBound] == 0x29 {
                var colon = name.range.upperBound + 1
                if bytes[safe: colon] == 0x20 { colon += 1 }
                if bytes[safe: colon] == 0x3A { labels[Array(bytes[name.range]), default: []].append(name.range) }
                continue
            }
            guard let name = reader.nameAfter(start), name.range.lowerBound == start || name.range.lowerBound == start + 1 else { continue }
            // 6/1 土：佐々木・阿部: after a date, a weekday's kanji heads a duty roster's row.
            if timed, bytes[lineStart..<start].contains(0x2F), let (scalar, length) = Scalars.at(bytes, name.range.lowerBound),
               name.range.count == length, Self.weekdays.contains(scalar) { continue }
            var p = Self.skippingDecoration(bytes, from: name.range.upperBound, limit: lineEnd)
            // 13:03⇥Miyu⇥了解！, 08:55⇥ななみ🌺⇥…: an export with tabs between the time, the speaker
            // (and its emoji) and the message.
            if timed, bytes[safe: name.range.lowerBound - 1] == 0x09, bytes[safe: p] == 0x09, p + 1 < lineEnd {
                labels[Array(bytes[name.range]), default: []].append(name.range)
                continue
            }
            // 14:02 Kazu🐟 どうもです: a time, the speaker decorated with emoji, a space and the message.
            if timed, p > name.range.upperBound, bytes[safe: p] == 0x20, p + 1 < lineEnd {
                labels[Array(bytes[name.range]), default: []].append(name.range)
                timedSpeakers.insert(Array(bytes[name.range])); timedLines += 1
                continue
            }
            // 宿（受付）: , ミキ(店長): : a role in parentheses between the speaker and the colon.
            if let end = Self.noteEnd(bytes, at: p, limit: lineEnd),
               bytes[safe: end] == 0x3A || (bytes[safe: end] == 0x20 && bytes[safe: end + 1] == 0x3A) { p = end }
            // ゆっこ💐 9:12 おはよう…, まゆみ(経理) 12:03 …: a chat export puts the time after the
            // speaker (and a team in parentheses) instead of a colon.
            var q = p
            if let end = Self.noteEnd(bytes, at: q, limit: lineEnd) { q = end }
            // (matsu 08:45⏎おはよー: a header line of its own, the message below it.)
            if bytes[safe: q] == 0x20,
               Self.afterTimeStamp(bytes, from: q + 1, limit: lineEnd).map({ $0 < lineEnd }) ?? (Self.timeEndsLine(bytes, from: q + 1, lineEnd: lineEnd) && lineEnd + 1 < bytes.count),
               !bytes[name.range.upperBound..<q].contains(0x3A) {
                labels[Array(bytes[name.range]), default: []].append(name.range)
                continue
            }
            // 09:17 みのりん🌸⏎…: a time and a speaker alone on a header line.
            if timed, p == lineEnd || (bytes[safe: p] == 0x20 && Self.skippingDecoration(bytes, from: p + 1, limit: lineEnd) == lineEnd), lineEnd + 1 < bytes.count {
                labels[Array(bytes[name.range]), default: []].append(name.range)
                timedSpeakers.insert(Array(bytes[name.range])); timedLines += 1
                continue
            }
            // Hoa 🌸：…: the decoration may stand apart from the name.
            if bytes[safe: p] == 0x20 { p = Self.skippingDecoration(bytes, from: p + 1, limit: lineEnd) }
            if bytes[safe: p] == 0x20 { p += 1 }
            guard bytes[safe: p] == 0x3A, p + 1 < lineEnd else { continue }
            labels[Array(bytes[name.range]), default: []].append(name.range)
            if timed { timedSpeakers.insert(Array(bytes[name.range])); timedLines += 1 }
        }
        var result: [Finding] = []
        // A conversation: two speakers or more, each with two lines or more. Its structure
        // vouches for every speaker, a nickname (ゆかりん:) or a family name nobody listed
        // (神園:) too, and for one who speaks only once (島津: お待たせしました).
        let speakers = labels.filter { !Self.fieldLabels.contains($0.key) && !notNames.contains($0.key) && !Self.titles.contains($0.key) }
        let conversation = speakers.values.filter { $0.count >= 2 }.count >= 2
        // 空閑: …⏎鮫島: …⏎空閑: …: a shorter exchange (two speakers, three lines) vouches for
        // speakers whose names are known or read as family names, not for one kanji or a nickname.
        let exchange = conversation || (speakers.count >= 2 && speakers.values.contains { $0.count >= 2 } && speakers.values.reduce(0) { $0 + $1.count } >= 3)
        // 西田：今週成約2件⏎田中：来週契約予定: minutes where each of two or more staff reports
        // once; only whole listed family names that name no place count.
        let listedFamilyOrPlace = { (surface: [UInt8]) -> Bool in
            let scalars = String(decoding: surface, as: UTF8.self).unicodeScalars
            return (2...3).contains(scalars.count) && scalars.allSatisfy({ ScriptClass.of($0) == .kanji }) && self.familyNames.contains(surface[...]) }
        let listedFamily = { (surface: [UInt8]) -> Bool in listedFamilyOrPlace(surface) && !self.placeStems.contains(surface[...]) }
        let reporters = speakers.keys.filter(listedFamilyOrPlace).count
        let reports = speakers.keys.filter(listedFamily).count >= 2
        // Three reporters or more (・辰巳：… ・北谷：… ・葛本：…) vouch for a family name that names a town too.
        for (surface, ranges) in labels where ranges.count >= 2 || exchange || (reports && listedFamily(surface)) || (reporters >= 3 && listedFamilyOrPlace(surface)) {
            // 陸: / 海: : one kanji speaks only in a conversation.
            guard let first = ranges.first, let name = reader.nameAfter(first.lowerBound),
                  Scalars.count(bytes, first) >= 2 || (conversation && reader.script(at: first.lowerBound) == .kanji),
                  !notNames.contains(surface), !Self.fieldLabels.contains(surface), !Self.relations.contains(surface),
                  !Self.titles.contains(surface),
                  // ［氏名］さん: an honorific left after a redacted name (the text folds katakana
                  // to hiragana, so チャン: is told by its script).
                  !(name.script == .hiragana && Self.honorifics.contains(surface)),
                  // マイナンバー：5260…⏎マイナンバー：1234…: a label whose every value is a number is a
                  // field of a form, not someone speaking.
                  !ranges.allSatisfy({ numberFollowsColon(after: $0.upperBound, bytes) }) else { continue }
            switch name.script {
            // (A conversation vouches for a handle in lower case too: matsu, kouki.)
            case .latin: guard reader.isCapitalized(name) || ((conversation || ranges.count >= 3) && Scalars.count(bytes, first) >= 3), !reader.hasCommonEnglishWord(name), !Self.englishNotNames.contains(String(decoding: surface, as: UTF8.self)) else { continue }
            // (ヨシ: twice, a listed name speaks, though the word is a plant's too.)
            case .katakana: guard !isLoanword(name, bytes) || (ranges.count >= 2 && Scalars.count(bytes, first) <= 4 && (givenNames.contains(surface) || familyNames.contains(surface))) else { continue }
            case .hiragana:
                guard givenNames.contains(surface) || familyNames.contains(surface)
                        || (conversation && Scalars.count(bytes, first) <= 6 && !kanaAdjectives.contains(surface)),
                      !kanaFunctionWords.contains(surface) else { continue }
            case .kanji:
                guard isKnownName(name, reader: reader) || (exchange && isUnlistedFamilyName(name.range, reader: reader, context: context))
                        || (conversation && (givenNames.contains(surface) || Scalars.count(bytes, first) == 1))
                        || (exchange && givenNames.contains(surface))
                        // A time-stamped log of three lines or more vouches for a word (中間, 空閑)
                        // that is a name only there, not for a place.
                        || (timedLines >= 3 && timedSpeakers.contains(surface) && (2...3).contains(Scalars.count(bytes, first))
                            && !placeStems.contains(surface) && !placeLike(name, bytes)
                            // 来訪者:, 担当員:, 先方: a role.
                            && !(Scalars.before(surface, surface.count).map { "者人員客側方".unicodeScalars.contains($0.0) } ?? false)) else { continue }
            }
            for range in ranges { result.append(context.finding(.person, range, confidence: 0.7, rule: "person.speaker")) }
        }
        return result
    }

    /// Bullets that open a report line in minutes (・, -, *, •, ●, ■), normalised.
    static let reportBullets: [[UInt8]] = ["・", "-", "*", "•", "●", "■", "◆"].map { Array(Normalizer().normalizedKey($0).utf8) }

    /// Whether the value after a speaker-like label (`X:` or `X :`, then spaces) is a number of six digits or more.
    func numberFollowsColon(after end: Int, _ bytes: [UInt8]) -> Bool {
        var p = end
        while bytes[safe: p] == 0x20 { p += 1 }
        // (ゆき 07:15 is a speaker and the time of the message.)
        guard bytes[safe: p] == 0x3A else { return false }
        p += 1
        while bytes[safe: p] == 0x20 { p += 1 }
        // An identifier's run of digits, not a time or a count (川畑：20時閉店なので).
        var digits = 0
        while ByteClass.isDigit(bytes[safe: p]) || ((bytes[safe: p] == 0x2D || bytes[safe: p] == 0x20) && ByteClass.isDigit(bytes[safe: p + 1])) {
            if ByteClass.isDigit(bytes[p]) { digits += 1 }
            p += 1
        }
        return digits >= 6
    }

    /// How many parts a katakana name with ・ has, and how many of them are loanwords.
    func dottedParts(_ name: NameReader.Name, _ bytes: [UInt8]) -> (parts: Int, loanwords: Int) {
        let dot: [UInt8] = [0xE3, 0x83, 0xBB]
        var parts = 0, loanwords = 0, start = name.range.lowerBound, p = name.range.lowerBound
        func close(_ end: Int) {
            guard end > start else { return }
            parts += 1
            if katakanaWords.contains(bytes[start..<end]) || notNames.contains(bytes[start..<end]) { loanwords += 1 }
        }
        while p < name.range.upperBound {
            if p + 3 <= name.range.upperBound, bytes[p..<(p + 3)].elementsEqual(dot) || bytes[p] == 0x20 {
                close(p); p += bytes[p] == 0x20 ? 1 : 3; start = p
            } else { p += 1 }
        }
        close(name.range.upperBound)
        return (parts, loanwords)
    }

    /// Whether every part of a katakana name is a loanword (ドア・ミラー, シート): then it is no name.
    /// Whether a kana reading can start the way a Latin name starts (Park → パク, never ソウル):
    /// the Latin initials each row of the syllabary is written for.
    static func kanaMayRead(_ latinInitial: UInt8, _ kana: [UInt8]) -> Bool {
        guard let (first, _) = Scalars.at(kana, 0) else { return false }
        let letter = Character(Unicode.Scalar(latinInitial | 0x20))
        // Normalised text keeps katakana as hiragana; each row with the initials it writes.
        let rows: [(String, String)] = [("あいうえおぁぃぅぇぉ", "aeiouhwyv"), ("かきくけこ", "kcqgx"), ("がぎぐげご", "gkn"), ("さしすせそ", "scztx"),
            ("ざじずぜぞ", "zjgsdx"), ("たちつてと", "tdc"), ("だぢづでど", "dt"), ("なにぬねの", "n"), ("はひふへほ", "hfwj"), ("ばびぶべぼ", "bv"),
            ("ぱぴぷぺぽ", "p"), ("まみむめも", "m"), ("やゆよ", "yjie"), ("らりるれろ", "rl"), ("わを", "wo"), ("ゔ", "v")]
        guard let row = rows.first(where: { $0.0.unicodeScalars.contains(first) }) else { return true }
        return row.1.contains(letter)
    }

    func isLoanword(_ name: NameReader.Name, _ bytes: [UInt8]) -> Bool {
        let surface = Array(bytes[name.range])
        let parts = surface.split(separator: 0x20).flatMap { part -> [ArraySlice<UInt8>] in
            var pieces: [ArraySlice<UInt8>] = []
            var start = part.startIndex, p = part.startIndex
            while p + 2 < part.endIndex || p < part.endIndex {
                if p + 2 < part.endIndex, part[p] == 0xE3, part[p + 1] == 0x83, part[p + 2] == 0xBB {
                    pieces.append(part[start..<p]); p += 3; start = p
                } else { p += 1 }
            }
            pieces.append(part[start..<part.endIndex])
            return pieces
        }
        return parts.allSatisfy { $0.isEmpty || katakanaWords.contains($0) || notNames.contains($0) }
    }

    /// Whether です ends a sentence at `offset`: nothing, a line break, a space, punctuation or
    /// an emoji follows (大橋です, 赤井です🚙), not more hiragana (ですね is a filler).
    func endsSentence(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard let (scalar, _) = Scalars.at(bytes, offset) else { return true }
        switch ScriptClass.of(scalar) {
        case .space, .lineBreak: return true
        default: return scalar.value >= 0x1F000 || "!?♪☆★✨".unicodeScalars.contains(scalar)
        }
    }

    /// `李 娜（リ ナ）`: a kana or latin reading in parentheses right after a name.
    /// A reading is kana or Latin, and a kana one starts with a known name's reading: (長男),
    /// (営業), (リモート) and (上海) are notes, not readings.
    func readingsInParentheses(after names: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        return names.compactMap { finding in
            var p = finding.normalizedRange.upperBound.utf8
            if let honorific = Self.honorifics.first(where: { Scalars.hasPrefix(bytes, at: p, $0) }) { p += honorific.count }
            if bytes[safe: p] == 0x20 { p += 1 }
            // (キム・ミンジュン／金 珉俊): a reading may share the parentheses with another spelling.
            guard bytes[safe: p] == 0x28, let reading = reader.nameAfter(p + 1),
                  bytes[safe: reading.range.upperBound] == 0x29 || bytes[safe: reading.range.upperBound] == 0x2F else { return nil }
            // A full name's reading (two parts, or parts joined by ・) after a Latin name, or
            // with ・ after any name (Japanese readings do not use it).
            let dotted = Array(bytes[reading.range]).containsMiddleDot
            let foreign = reading.script == .katakana
                && ((reader.script(at: finding.normalizedRange.lowerBound.utf8) == .latin && reading.parts == 2) || dotted)
                && !containsCompanyWord(reading.range, context: context)
            switch reading.script {
            // 鈴木(亮), 佐藤(健): two colleagues of one family name told apart by the given name.
            case .kanji:
                let family = finding.normalizedRange.utf8
                guard reading.parts == 1, bytes[safe: reading.range.upperBound] == 0x29, reader.script(at: family.lowerBound) == .kanji,
                      !bytes[family].contains(0x20), familyNames.contains(bytes[family]),
                      (1...3).contains(Scalars.count(bytes, reading.range)), givenNames.contains(bytes[reading.range]),
                      !familyNames.contains(bytes[reading.range]), !notNames.contains(bytes[reading.range]),
                      !reader.isOrganisation(Array(bytes[reading.range])) else { return nil }
                return context.finding(.person, reading.range, confidence: 0.7, rule: "person.given-in-parentheses")
            // Okamura (dealer): a Latin reading is capitalised.
            // (A Latin word's parenthesised Latin word is no reading: Japanese-Brazilian (Nikkei).)
            case .latin: guard reader.isCapitalized(reading), !reader.hasCommonEnglishWord(reading),
                               reader.script(at: finding.normalizedRange.lowerBound.utf8) != .latin,
                               reading.parts == 2 || reading.range.count > 3 else { return nil }  // (HQ), (CEO)
            // NGUYEN Thi Lan（グエン ティ ラン）, 王 偉（ワン・ウェイ）: a foreign name's reading is
            // in no list of Japanese names; it must only be no loanword.
            // 王 偉（ワン・ウェイ）: a dotted reading after a kanji name may sound like loanwords.
            case .katakana where foreign:
                guard dotted && reader.script(at: finding.normalizedRange.lowerBound.utf8) == .kanji || !isLoanword(reading, bytes),
                      !isWholeCompanyWord(reading.range, context: context) else { return nil }
            case .hiragana, .katakana:
                let first = reading.range.lowerBound..<reading.firstPartEnd
                var q = first.upperBound, known = false
                while q > first.lowerBound, !known {
                    known = Scalars.count(bytes, first.lowerBound..<q) >= 2
                        && (familyNames.contains(bytes[first.lowerBound..<q]) || givenNames.contains(bytes[first.lowerBound..<q]))
                    guard let (_, previous) = Scalars.before(bytes, q) else { break }
                    q = previous
                }
                // 坂下様（セレナ）: a car model or a loanword after a name is no reading of it.
                // Park Ji-hoon（ソウル）: after a Latin name, a one-word loanword is a place or a thing.
                guard known, reading.script == .hiragana || !isWholeCompanyWord(reading.range, context: context),
                      !(reading.script == .katakana && reader.script(at: finding.normalizedRange.lowerBound.utf8) == .latin
                        && (isLoanword(reading, bytes) || !Self.kanaMayRead(bytes[finding.normalizedRange.lowerBound.utf8], Array(bytes[reading.range]))))
                else { return nil }
            }
            return context.finding(.person, reading.range, confidence: 0.8, rule: "person.reading")
        }
    }

    static let baby = Array("赤ちゃん".utf8)

    func accept(_ name: NameReader.Name, context: ScanContext, honorific: Bool) -> Bool {
        let bytes = context.text.bytes
        let surface = Array(bytes[name.range])
        // 300名様 is a count.
        if name.range.lowerBound > 0, ByteClass.isDigit(bytes[name.range.lowerBound - 1]) { return false }
        if notNames.contains(surface) || notNames.contains(name.lastPart(bytes)) || notNames.contains(name.firstPart(bytes)) { return false }
        // 来月赤ちゃんが: a baby, whatever kanji stand before it.
        if name.range.upperBound >= 3, bytes[(name.range.upperBound - 3)...].starts(with: Self.baby) { return false }
        // ［氏名］さん, ［氏名］くん: an honorific left after a redacted name is no name.
        if name.script == .hiragana, Self.honorifics.contains(surface) { return false }
        // A one-character family name must be a known one: 受 鮫島 is not a name.
        // (角 彩, 一 翔: an unlisted one-kanji surname is read when a known given name follows
        // after a space.)
        if name.parts == 2, name.script == .kanji, Scalars.count(bytes, name.range.lowerBound..<name.firstPartEnd) == 1,
           !familyNames.contains(name.firstPart(bytes)),
           !(name.spaced && bytes[safe: name.firstPartEnd] == 0x20 && givenNames.contains(name.lastPart(bytes)) && Scalars.count(bytes, name.range) >= 3
             && !"受済未客担例計他各全同".unicodeScalars.contains(Scalars.at(bytes, name.range.lowerBound)?.0 ?? " ")) { return false }
        // 月　火　水　木　金　土　日: a roster's header of weekdays is no full name.
        if name.parts == 2, name.script == .kanji, Scalars.count(bytes, name.range.lowerBound..<name.firstPartEnd) == 1,
           Scalars.count(name.lastPart(bytes), 0..<name.lastPart(bytes).count) == 1,
           let (first, _) = Scalars.at(bytes, name.range.lowerBound), let (last, _) = Scalars.before(bytes, name.range.upperBound),
           Self.weekdays.contains(first), Self.weekdays.contains(last) { return false }
        // 再連絡 未, 書類郵送 済: a memo's status mark after a task is no given name.
        if name.parts == 2, name.script == .kanji, let (mark, markStart) = Scalars.before(bytes, name.range.upperBound),
           markStart >= name.firstPartEnd, Scalars.count(bytes, name.firstPartEnd..<name.range.upperBound) <= 2,
           "未済否無".unicodeScalars.contains(mark) { return false }
        if containsCompanyWord(name.range, context: context, kanaOnlyCounts: name.script != .hiragana),
           // アサクラ holds the model サクラ: a listed name in kana, longer than the word, is the name.
           !(name.script == .katakana && name.parts == 1 && (familyNames.contains(surface) || givenNames.contains(surface))
             && !isWholeCompanyWord(name.range, context: context)),
           // ルイス・ケンジ・マツダ: a maker's name as one part of a katakana name whose other
           // part the lists know is a surname.
           !(name.script == .katakana && holdsListedPartBesideCompanyWord(name.range, context: context)) { return false }
        // 発注者：さつま中央自動車販売, 使用者：中部フリートサービス株式会社, 相手：いわき中央署:
        // the word glued on after the name makes a company or an office of it.
        if let glued = gluedWord(after: name.range.upperBound, context: context), containsCompanyWord(glued, context: context) { return false }
        switch name.script {
        case .hiragana:
            // Hiragana words before さん are mostly roles (おばあちゃん); only known names of
            // two or more characters pass (の is a reading of 野, not a name).
            if Scalars.count(bytes, name.range) < 2 { return false }
            if name.parts == 2 { return familyNames.contains(name.firstPart(bytes)) || givenNames.contains(name.lastPart(bytes)) }
            return givenNames.contains(surface) || familyNames.contains(surface)
        case .kanji:
            let count = Scalars.count(bytes, name.range)
            // 与那嶺 小百合, 勘解由小路 誠: a spaced full name runs longer than an unspaced one.
            // (Only with a listed part: 【営業会議 議事録】 is a heading.)
            // (Nor when a kanji word goes on after it: JAバンク鹿児島 あいら支所.)
            // (Nor a place first, 鹿児島 中央駅, nor a relation glued on, 長男吉留 修一.)
            let listedPart = name.parts == 2 && familyNames.contains(name.firstPart(bytes)) && !placeStems.contains(name.firstPart(bytes))
                && Scalars.at(bytes, name.range.upperBound).map { ScriptClass.of($0.0) != .kanji } ?? true
            if count > (name.parts == 2 && name.spaced && listedPart ? 9 : 6) { return false }
            // 相談員さん, 係員さん, 取引先様: a staff role or a party, not a name.
            if count >= 2, !familyNames.contains(surface), let last = Scalars.before(bytes, name.range.upperBound), "員先".unicodeScalars.contains(last.0) { return false }
            // 仕入担当, 営業担当: a role, not its holder.
            if count >= 3, surface.suffix(6).elementsEqual(Array("担当".utf8)) || surface.suffix(6).elementsEqual(Array("窓口".utf8)) { return false }
            // 施設長様, 町内会長様: a role ending in 長; 中村屋さん: a shop named after a family.
            if count >= 3, !familyNames.contains(surface), let last = Scalars.before(bytes, name.range.upperBound) {
                if last.0 == "長" { return false }
                if last.0 == "屋", familyNames.contains(bytes[name.range.lowerBound..<last.1]) { return false }
            }
            // 保証人様, 申込者様, 代理人さん: a role ending in 人 or 者, unless the lists know the
            // name (直人 is a given name).
            if count >= 3, let last = surface.suffix(3) as ArraySlice<UInt8>?, last.elementsEqual(Array("人".utf8)) || last.elementsEqual(Array("者".utf8)),
               !givenNames.contains(name.lastPart(bytes)), !(name.parts == 2 && familyNames.contains(name.firstPart(bytes)) && Scalars.count(name.lastPart(bytes), 0..<name.lastPart(bytes).count) == 2) {
                return false
            }
            // One kanji is a name only when it is a known one (東様, 李さん; not 届くん).
            if count == 1 { return familyNames.contains(surface) || (honorific && givenNames.contains(surface)) }
            return true
        case .katakana, .latin:
            return Scalars.count(bytes, name.range) >= 2
        }
    }

    /// The kanji and katakana run glued right after a name, up to 16 characters (さつま|中央自動車販売),
    /// or nil where a space, a mark, kana or an honorific or title follows.
    func gluedWord(after end: Int, context: ScanContext) -> Range<Int>? {
        let bytes = context.text.bytes
        guard !Self.titlesAndHonorifics.contains(where: { Scalars.hasPrefix(bytes, at: end, $0) }) else { return nil }
        var p = end, count = 0
        while count < 16, let (scalar, length) = Scalars.at(bytes, p) {
            let cls = ScriptClass.of(scalar)
            guard cls == .kanji || (cls == .hiragana && context.text.wasKatakana(p)) else { break }
            p += length; count += 1
        }
        return count >= 2 ? end..<p : nil
    }

    /// Whether a company word (`names/company-words.tsv`, found by the front end) lies inside
    /// `range`; one-character company words count only at its end: 谷山店, not 店田.
    func containsCompanyWord(_ range: Range<Int>, context: ScanContext, kanaOnlyCounts: Bool = true) -> Bool {
        let words = context.candidates[.companyWords]
        let bytes = context.text.bytes
        var k = words.firstIndex(startingAtOrAfter: range.lowerBound + 1) { $0.range.upperBound }
        while k < words.count, words[k].range.upperBound <= range.upperBound {
            let word = words[k].range
            k += 1
            guard isAsWritten(words[k - 1], context) else { continue }
            // Car models are katakana words (サクラ, モコ): a name written in hiragana (娘の
            // さくら) is not one.
            if !kanaOnlyCounts, !bytes[word].contains(where: { $0 >= 0xE4 }) { continue }
            // One-character company words count only at the end: 谷山店, not 店田.
            if word.lowerBound >= range.lowerBound && (word.count > 3 || word.upperBound == range.upperBound) { return true }
        }
        return false
    }

    /// The front end's company words that the text writes as listed: one listed in katakana
    /// names the company or the car only in katakana (サクラ is a car, さくら a given name).
    /// A filtered copy is for the passes that read every match; the binary searches keep the
    /// front end's array and ask `isAsWritten` of each match they visit (filtering per call
    /// scanned every company word of a piece for every name).
    func companyWordMatches(_ context: ScanContext) -> [PatternMatch] {
        context.candidates[.companyWords].filter { isAsWritten($0, context) }
    }

    func isAsWritten(_ match: PatternMatch, _ context: ScanContext) -> Bool {
        context.text.wasKatakana(match.range.lowerBound) || !katakanaCompanyWords.contains(context.text.bytes[match.range])
    }

    /// Whether a company word goes on from inside the name or right after it, glued
    /// (To: 南星オート那覇店, From: 赤坂橋法律事務所): the value names a company. A title or an
    /// honorific after the name is no company (山田課長: 課 is one).
    func runsIntoCompanyWord(_ range: Range<Int>, reader: NameReader, context: ScanContext) -> Bool {
        guard !isTitleOrHonorific(at: range.upperBound, reader: reader) else { return false }
        let words = context.candidates[.companyWords]
        var k = words.firstIndex(startingAtOrAfter: range.upperBound + 1) { $0.range.upperBound }
        while k < words.count, words[k].range.upperBound <= range.upperBound + 24 {
            let word = words[k].range
            k += 1
            if word.lowerBound > range.lowerBound, word.lowerBound <= range.upperBound, isAsWritten(words[k - 1], context) { return true }
        }
        return false
    }

    /// Findings that the same text names as a company: a word written elsewhere glued before a
    /// company word (キントーモータース … キントーさん, 南星オート … 南星さん). Only katakana words and
    /// kanji words that no family-name list holds: 田中工業 … 田中様 may be a person.
    func withoutCompanyNames(_ found: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let words = companyWordMatches(context)
        guard !found.isEmpty, !words.isEmpty else { return found }
        let bytes = context.text.bytes
        var stems = Set<[UInt8]>()
        for word in words {
            let end = word.range.lowerBound
            guard let (last, lastStart) = Scalars.before(bytes, end) else { continue }
            let katakana = context.text.wasKatakana(lastStart)
            let kanji = ScriptClass.of(last) == .kanji
            // The word itself must not start in the middle of that script's run (モータース, not ータース).
            // 恵子課長, 今給黎店長: a title starts with a company word's character and names no company.
            guard katakana || kanji, word.range.lowerBound > 0, !isTitleOrHonorific(at: end, reader: reader) else { continue }
            // A kana company word must have been written in katakana (ガス, not 恵美がする).
            if let (first, _) = Scalars.at(bytes, end), ScriptClass.of(first) == .hiragana, !context.text.wasKatakana(end) { continue }
            var start = end, count = 0
            while count < 8, let (scalar, previous) = Scalars.before(bytes, start),
                  katakana ? context.text.wasKatakana(previous) : ScriptClass.of(scalar) == .kanji {
                start = previous; count += 1
            }
            guard count >= 2 else { continue }
            let stem = Array(bytes[start..<end])
            if katakana || (!familyNames.contains(stem[...]) && !givenNames.contains(stem[...])) { stems.insert(stem) }
        }
        guard !stems.isEmpty else { return found }
        return found.filter { finding in
            let range = finding.normalizedRange.lowerBound.utf8..<finding.normalizedRange.upperBound.utf8
            return !stems.contains(Array(bytes[range]))
        }
    }

    /// Whether a katakana name of several parts (split at ・ or a space) holds a part the name
    /// lists know that is no company word itself, beside a part that is one (ルイス・ケンジ・マツダ,
    /// not トヨタ・プリウス or ダイハツ ミラ).
    func holdsListedPartBesideCompanyWord(_ range: Range<Int>, context: ScanContext) -> Bool {
        let bytes = context.text.bytes
        var parts: [Range<Int>] = [], start = range.lowerBound, p = range.lowerBound
        while p < range.upperBound {
            if bytes[p] == 0x20 { parts.append(start..<p); p += 1; start = p; continue }
            if bytes[p] == 0xE3, p + 2 < range.upperBound, bytes[p + 1] == 0x83, bytes[p + 2] == 0xBB { parts.append(start..<p); p += 3; start = p; continue }
            p += 1
        }
        parts.append(start..<range.upperBound)
        // (ダイハツ ミラ: a maker first is a maker and its model.)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }), Array(bytes[range]).containsMiddleDot,
              !isWholeCompanyWord(parts[0], context: context) else { return false }
        return parts.contains { part in
            !isWholeCompanyWord(part, context: context) && !katakanaWords.contains(bytes[part])
                && (givenNames.contains(bytes[part]) || familyNames.contains(bytes[part]))
        }
    }

    /// Whether the name is exactly a company or product word (セレナ), not one that contains it
    /// (マツダ ケンジ is the reading of 松田 健二).
    func isWholeCompanyWord(_ range: Range<Int>, context: ScanContext) -> Bool {
        let words = context.candidates[.companyWords]
        var k = words.firstIndex(startingAtOrAfter: range.upperBound) { $0.range.upperBound }
        while k < words.count, words[k].range.upperBound == range.upperBound {
            if words[k].range == range, isAsWritten(words[k], context) { return true }
            k += 1
        }
        return false
    }

    func confidenceFor(_ name: NameReader.Name, base: Double) -> Double {
        var confidence = base
        switch name.script {
        case .kanji:
            if familyNames.contains(name.firstPart(name.bytes)) || givenNames.contains(name.lastPart(name.bytes)) { confidence += 0.15 }
            if Scalars.count(name.bytes, name.range) == 1 { confidence -= 0.1 }
        case .katakana, .latin: confidence += 0.05
        case .hiragana: confidence -= 0.1
        }
        if name.parts == 2 { confidence += 0.05 }
        return confidence
    }
}
