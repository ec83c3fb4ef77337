import PatternSearch
import SuminuriTables
import TextNormalization

// Staff memos and lists.
extension PersonDetector {
    /// Staff surnames as memos write them, with no honorific: a hand-over (`田中→佐藤へ`,
    /// `→山下`), a name in parentheses (`済(鈴木)`, `（永田担当）`), a name after a date or time
    /// stamp (`12/3 前田`), or before a memo verb (`岩切確認済`, `前田より報告`). Only a known
    /// family name (with its given name when one follows) that fills the whole word counts; a
    /// one-character name only between an arrow or parentheses.
    func memoNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            guard reader.script(at: p) == .kanji, p == 0 || Scalars.before(bytes, p).map({ ScriptClass.of($0.0) != .kanji }) ?? true else {
                p += 1; continue
            }
            let start = p
            defer { p = max(p + 1, start + 1) }
            guard let name = knownFamilyPrefix(at: start, reader: reader) else { continue }
            let end = name.range.upperBound
            let count = Scalars.count(bytes, name.range)
            let before = Scalars.before(bytes, start)?.0
            let after = Scalars.at(bytes, end)?.0
            // → 山之内が受ける: memos often put a space after the arrow.
            var beforeSpaces = start
            while beforeSpaces > 0, bytes[beforeSpaces - 1] == 0x20, start - beforeSpaces < 2 { beforeSpaces -= 1 }
            let arrowBefore = before.map(Self.isArrow) == true || (beforeSpaces < start && Scalars.before(bytes, beforeSpaces).map { Self.isArrow($0.0) } == true)
            let arrowAfter = after.map(Self.isArrow) == true
            let inParentheses = before == "(" && (after == ")" || Self.memoVerbs.contains { Scalars.hasPrefix(bytes, at: end, $0) && bytes[safe: end + $0.count] == 0x29 })
            let afterStamp = before == " " && start >= 2 && ByteClass.isDigit(bytes[start - 2])
                && (after == nil || after == "\n" || after == " " || after == "(")
            let separated = before == nil || before == "\n" || before == " " || before == "、" || before == ")" || arrowBefore
                || before.map { "/・=:※】|".unicodeScalars.contains($0) } == true
            let beforeVerb = separated && Self.memoVerbs.contains { Scalars.hasPrefix(bytes, at: end, $0) }
            // 有村見積済, /大城手配中/, 濵田受: what staff do, glued to the name; a place goes
            // before some of them too (宮崎出張), so no place stem.
            let beforeAction = separated && !placeStems.contains(bytes[name.range])
                && Self.memoActions.contains { Scalars.hasPrefix(bytes, at: end, $0) }
            // 写真=佐々木: the value of a duty.
            let dutyValue = before == "=" && (after == nil || after == "\n" || after == " ")
            guard arrowBefore || arrowAfter || inParentheses || afterStamp || beforeVerb || beforeAction || dutyValue else { continue }
            // 比嘉 光様（浦添）, 中谷（梅田）, → 北谷のお客様: a town in parentheses right after a
            // name, or after an arrow before の, is where someone lives or goes (話者1（甲斐）,
            // 清水→山崎 stay names).
            if placeStems.contains(bytes[name.range]), !(beforeVerb || beforeAction || afterStamp || dutyValue) {
                if inParentheses, let (annotated, _) = Scalars.before(bytes, start - 1) {
                    // (…訪問（大山）, 説明済（中島）: after a task the parentheses name who did it.)
                    if "様殿ん".unicodeScalars.contains(annotated) { continue }
                    if ScriptClass.of(annotated) == .kanji, case let runStart = reader.runStart(endingAt: start - 1, script: .kanji, limit: 4),
                       familyNames.contains(bytes[runStart..<(start - 1)]) { continue }
                }
                if arrowBefore, after == "の" { continue }
            }
            // The word must end where the name ends (no 田中店, 前田町).
            if let after, ScriptClass.of(after) == .kanji || (ScriptClass.of(after) == .hiragana && !"へにがはとの".unicodeScalars.contains(after)),
               !Self.memoVerbs.contains(where: { Scalars.hasPrefix(bytes, at: end, $0) }), !beforeAction { continue }
            // (金), (祝): a weekday in parentheses.
            if count == 1, let first = Scalars.at(bytes, start)?.0, "月火水木金土日祝休".unicodeScalars.contains(first) { continue }
            guard !Self.placeWords.contains(Array(bytes[name.range])) else { continue }
            guard count >= 2 || arrowBefore || arrowAfter || inParentheses,
                  accept(name, context: context, honorific: false), !placeLike(name, bytes) else { continue }
            result.append(context.finding(.person, name.range, confidence: count >= 2 ? 0.65 : 0.6, rule: "person.memo"))
            p = end
        }
        return result
    }

    /// A known family name right after a department (`営業部の山口が`, `経理課井上より`,
    /// `品質管理課宮本`): business text names colleagues by their unit, without an honorific.
    func departmentNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            guard let (scalar, length) = Scalars.at(bytes, p) else { break }
            defer { p += max(length, 1) }
            // 経理課, サービス課, 整備工場: a unit named in kanji or katakana.
            guard Self.isDepartmentEnding(scalar), p > 0, reader.script(at: p) == .kanji,
                  let previous = Scalars.before(bytes, p), ScriptClass.of(previous.0) == .kanji || reader.script(at: previous.1) == .katakana,
                  scalar != "場" || previous.0 == "工" else { continue }
            var q = p + length
            if Scalars.hasPrefix(bytes, at: q, Array("の".utf8)) { q += 3 }
            guard reader.script(at: q) == .kanji, let name = knownFamilyPrefix(at: q, reader: reader) else { continue }
            let end = name.range.upperBound
            // The name ends its word: a particle, punctuation, a title or honorific, the line's end.
            if let (after, _) = Scalars.at(bytes, end) {
                let cls = ScriptClass.of(after)
                if cls == .kanji && !isTitleOrHonorific(at: end, reader: reader) { continue }
                if cls == .hiragana && !"がはよからまにへとのも".unicodeScalars.contains(after) && !isTitleOrHonorific(at: end, reader: reader) { continue }
                if cls == .latin || cls == .digit { continue }
            }
            guard Scalars.count(bytes, name.range) >= 2, accept(name, context: context, honorific: false), !placeLike(name, bytes) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.department"))
        }
        return result
    }

    /// Headings a memo or chat line starts with, which name lists also hold (todo is a name).
    static let memoHeadings: Set<[UInt8]> = Set(["todo", "memo", "note", "info", "fax", "tel", "mail", "re", "fw", "fwd", "ps", "cc", "bcc",
        "subject", "date", "to", "kana", "romaji", "name", "sent", "ok", "ng"].map { Array($0.utf8) })
    /// Places a memo writes in parentheses that name lists also hold (上海, 大阪); prefectures
    /// that are common family names (石川, 宮崎) stay names.
    static let placeWords: Set<[UInt8]> = Set(["北海道", "東京", "神奈川", "大阪", "京都", "兵庫", "愛知", "沖縄", "鹿児島", "和歌山",
        "札幌", "仙台", "横浜", "名古屋", "神戸", "北九州", "那覇", "上海", "北京", "台湾", "台北", "香港", "韓国", "中国", "本社", "本店", "支店"].map { Array($0.utf8) })

    /// The last character of a unit of an organisation: 営業部, 経理課, 企画室, 総務係. A switch,
    /// not a set: the scan asks at every character, and a set hashed each one.
    @inline(__always) private static func isDepartmentEnding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "部", "課", "室", "係", "班", "局", "場", "店": true
        default: false
        }
    }

    /// A chat handle at the start of a line that is a name the lists know, glued to a team, a
    /// year or a nickname and followed by the message (`たなか@営業:`, `ken_1985:`,
    /// `saito.mgr:`, `なかむら@鴨池 14:02`). A time stamp or an icon may come first.
    /// What joins the parts of a chat handle: . - _ (k.sato, m-kato, yui_m).
    static let handleSeparators: [UInt8] = [0x2E, 0x2D, 0x5F]

    func chatHandles(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            var p = lineStart
            // [09:58] or 👤 before the handle.
            if bytes[safe: p] == 0x5B, let close = bytes[p..<min(p + 24, lineEnd)].firstIndex(of: 0x5D) { p = close + 1 }
            var skipped = 0
            while p < lineEnd, skipped < 3, let (scalar, length) = Scalars.at(bytes, p), ScriptClass.of(scalar) == .space || ScriptClass.of(scalar) == .other, scalar != "@" {
                p += length; skipped += 1
            }
            guard let script = reader.script(at: p), script == .hiragana || script == .latin else { continue }
            var end = p
            while end < lineEnd, reader.script(at: end) == script, let (_, length) = Scalars.at(bytes, end) { end += length }
            // k.matsuo:, s.okamura: an initial and a dot before the name the lists know.
            var lookupStart = p
            if script == .latin, end == p + 1, Self.handleSeparators.contains(bytes[safe: end] ?? 0), reader.script(at: end + 1) == .latin {
                lookupStart = end + 1
                end = lookupStart
                while end < lineEnd, reader.script(at: end) == .latin { end += 1 }
            }
            // hung.nguyen  10:05, k.sato  09:12: a handle of letter runs joined by . or _ alone
            // before the time of its message is the speaker, whether or not the lists know it.
            // (A segment is a name the lists know in romaji, so that service_desk and sunset_drive
            // stay out; no segment is a speaker that is no person, CRM-bot; not an emoji's code, :tada:.)
            if script == .latin, case let whole = Self.handleEnd(bytes, from: end, lineEnd: lineEnd, reader: reader), whole > end,
               Self.timeFollows(bytes, after: whole, lineEnd: lineEnd), bytes[safe: p - 1] != 0x3A,
               case let segments = bytes[lookupStart..<whole].split(whereSeparator: { Self.handleSeparators.contains($0) }),
               segments.contains(where: { $0.count >= 2 && (familyNames.contains($0) || givenNames.contains($0)) }),
               !segments.contains(where: { NameReader.commonEnglish.contains(String(decoding: $0, as: UTF8.self)) }) {
                result.append(context.finding(.person, p..<whole, confidence: 0.6, rule: "person.chat-handle"))
                continue
            }
            guard let (next, _) = Scalars.at(bytes, end), "@_.:".unicodeScalars.contains(next) || (next == " " && Self.timeFollows(bytes, after: end, lineEnd: lineEnd)),
                  // :tada:, :ok_hand: name an emoji.
                  !(bytes[safe: p - 1] == 0x3A && next == ":") else { continue }
            // The handle goes on to a colon or a time on the same line.
            guard let colon = bytes[end..<min(end + 24, lineEnd)].firstIndex(of: 0x3A), colon + 1 < lineEnd else { continue }
            if next == " " || next == "@" || next == "_" || next == "." || colon == end {
                let surface = bytes[lookupStart..<end]
                let count = Scalars.count(bytes, lookupStart..<end)
                // ひろし@中古車:, しもぞの@保険: a kana name, its team and a colon is a handle, whether
                // or not the lists know the name or also read it as a word (広し, 共).
                let teamHandle = script == .hiragana && next == "@" && (2...6).contains(count)
                    && reader.script(at: end + 1).map { $0 == .kanji || $0 == .katakana } == true
                guard count >= (script == .latin ? 3 : 2),
                      teamHandle || ((familyNames.contains(surface) || givenNames.contains(surface)) && !kanaFunctionWords.contains(surface) && !kanaAdjectives.contains(surface)),
                      !notNames.contains(surface), !(script == .hiragana && Self.honorifics.contains(Array(surface))),
                      !Self.fieldLabels.contains(Array(surface)), !Self.memoHeadings.contains(Array(surface)),
                      script != .latin || !Self.englishNotNames.contains(String(decoding: surface, as: UTF8.self)) else { continue }
                // yui_m, ryo.kitamura, あやか_t: the handle is read whole, to its last segment of
                // letters (kenta_oshima_22 keeps its number out).
                result.append(context.finding(.person, p..<Self.handleEnd(bytes, from: end, lineEnd: lineEnd, reader: reader), confidence: 0.6, rule: "person.chat-handle"))
            }
        }
        return result
    }

    /// A chat copied from a phone puts each speaker's name on a line of its own above the
    /// message (ゆい⏎さとけん〜 今日は？⏎さとけん⏎19時！): a short name-shaped line that recurs,
    /// in a text where another one recurs too, each time above a message, is a speaker.
    func speakerLinesAboveMessages(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let lines = reader.nonEmptyLines()
        guard lines.count >= 4 else { return [] }
        var occurrences: [ArraySlice<UInt8>: [Range<Int>]] = [:]
        for (index, line) in lines.enumerated() where index + 1 < lines.count && isSpeakerShaped(line, reader: reader) {
            occurrences[bytes[line], default: []].append(line)
        }
        let speakers = occurrences.filter { $0.value.count >= 2 }
        guard speakers.count >= 2 else { return [] }
        return speakers.values.flatMap { $0 }.sorted { $0.lowerBound < $1.lowerBound }
            .map { context.finding(.person, $0, confidence: 0.6, rule: "person.speaker-line") }
    }

    /// Two to eight letters of one script, no space or mark: a name or a nickname, not a word
    /// the lists know as something else (はい, 了解, OK).
    private func isSpeakerShaped(_ line: Range<Int>, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        let count = Scalars.count(bytes, line)
        guard (2...8).contains(count), let script = reader.script(at: line.lowerBound) else { return false }
        var p = line.lowerBound
        while p < line.upperBound, let (_, length) = Scalars.at(bytes, p) {
            guard reader.script(at: p) == script else { return false }
            p += length
        }
        let surface = bytes[line]
        switch script {
        case .hiragana: return !kanaFunctionWords.contains(surface) && !kanaAdjectives.contains(surface) && !Self.honorifics.contains(Array(surface))
        case .katakana: return !katakanaWords.contains(surface)
        case .kanji: return !commonKanjiWords.contains(surface) && !notNames.contains(surface) && !Self.fieldLabels.contains(Array(surface))
            && !Self.memoHeadings.contains(Array(surface))
        case .latin: return !Self.englishNotNames.contains(String(decoding: surface, as: UTF8.self)) && !reader.hasCommonEnglishWord(NameReader.Name(range: line, script: .latin, parts: 1, firstPartEnd: line.upperBound, bytes: bytes, spaced: false))
        }
    }

    /// Where a handle's last segment of letters ends, from the end of its first (yui_m,
    /// ryo.kitamura; kenta_oshima_22 keeps its number out).
    static func handleEnd(_ bytes: [UInt8], from end: Int, lineEnd: Int, reader: NameReader) -> Int {
        var whole = end
        while whole + 1 < lineEnd, handleSeparators.contains(bytes[whole]), reader.script(at: whole + 1) == .latin {
            var q = whole + 1
            while q < lineEnd, reader.script(at: q) == .latin { q += 1 }
            whole = q
        }
        return whole
    }

    /// Whether spaces and then a time (9:12, 09:12) follow `offset` on its line.
    static func timeFollows(_ bytes: [UInt8], after offset: Int, lineEnd: Int) -> Bool {
        var p = offset
        while p < lineEnd, bytes[p] == 0x20 { p += 1 }
        guard p > offset else { return false }
        var digits = 0
        while p < lineEnd, ByteClass.isDigit(bytes[p]) { p += 1; digits += 1 }
        return (1...2).contains(digits) && bytes[safe: p] == 0x3A && ByteClass.isDigit(bytes[safe: p + 1] ?? 0)
    }

    /// Every `(…)` within one line whose content is at most `limit` bytes: the offsets of the
    /// opening and the closing parenthesis (normalised text: full-width ones are ASCII here).
    static func parentheses(in bytes: [UInt8], limit: Int) -> [(open: Int, close: Int)] {
        var result: [(open: Int, close: Int)] = []
        var from = 0
        while let open = bytes[from...].firstIndex(of: 0x28) {
            from = open + 1
            if let close = bytes[from..<min(from + limit, bytes.count)].firstIndex(of: 0x29), !bytes[from..<close].contains(0x0A) {
                result.append((open, close))
            }
        }
        return result
    }

    /// A kanji name followed by its katakana reading in parentheses, in two parts (`陳志強
    /// （チェン・ジーチャン）`, `金敏俊（キム・ミンジュン）`, `山田太郎(ヤマダ タロウ)`): the reading
    /// vouches for a name the lists do not know (Chinese and Korean names).
    func namesWithDottedReadings(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for (found, close) in Self.parentheses(in: bytes, limit: 60) {
            let open = found + 1
            guard let reading = reader.nameAfter(open), reading.script == .katakana, reading.range.upperBound == close,
                  reading.parts == 2 || Array(bytes[reading.range]).containsMiddleDot, !isLoanword(reading, bytes) else { continue }
            let start = Scalars.runStart(bytes, endingAt: found, class: .kanji, limit: 5)
            // 美咲様（ミサキ…）: the honorific before the reading is no part of the name.
            var end = found
            if let (last, lastStart) = Scalars.before(bytes, found), "様殿氏".unicodeScalars.contains(last) { end = lastStart }
            let count = Scalars.count(bytes, start..<end)
            guard (2...4).contains(count), reader.isWordStart(start) || start == 0 || Scalars.before(bytes, start).map({ ScriptClass.of($0.0) != .kanji }) == true else { continue }
            let name = NameReader.Name(range: start..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false)
            let surface = Array(bytes[start..<end])
            // 名義（オオヤマ カツヤ）: a label's value in parentheses, not its reading.
            guard !Self.fieldLabels.contains(surface), !Self.relations.contains(surface), !reader.isOrganisation(surface),
                  accept(name, context: context, honorific: false), !placeLike(name, bytes) else { continue }
            result.append(context.finding(.person, start..<end, confidence: 0.7, rule: "person.reading-vouched"))
            result.append(context.finding(.person, reading.range, confidence: 0.7, rule: "person.reading"))
        }
        return result
    }

    /// A kanji word followed by its kana reading in parentheses, with no other cue (`営業 満園
    /// （みつぞの）`, `月見里（やまなし）です`): people spell out the reading of names, rarely of
    /// words. The word must be a listed family or given name whose listed reading this is, or
    /// read as an unlisted family name (`isUnlistedFamilyName`) with a reading of plausible
    /// length; places (`指宿（いぶすき）市`) and common words are left alone.
    func namesWithKanaReadings(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for (found, close) in Self.parentheses(in: bytes, limit: 40) {
            let open = found + 1
            guard let reading = reader.nameAfter(open), reading.range.lowerBound == open, reading.range.upperBound == close, reading.parts == 1,
                  reading.script == .hiragana || reading.script == .katakana else { continue }
            let kanaCount = Scalars.count(bytes, reading.range)
            let start = Scalars.runStart(bytes, endingAt: found, class: .kanji, limit: 5)
            let count = Scalars.count(bytes, start..<found)
            guard (1...4).contains(count), kanaCount >= 2, kanaCount <= 4 * count + 1,
                  start == 0 || Scalars.before(bytes, start).map({ ScriptClass.of($0.0) != .kanji }) == true,
                  !kanaFunctionWords.contains(bytes[reading.range]), !kanaAdjectives.contains(bytes[reading.range]),
                  reading.script == .hiragana || !katakanaWords.contains(bytes[reading.range]) else { continue }
            let word = bytes[start..<found]
            // 指宿（いぶすき）市, 中央（ちゅうおう）区: a place's reading goes on into its kind.
            if let (next, _) = Scalars.at(bytes, close + 1), "市町村区郡県都府道駅線川山島".unicodeScalars.contains(next) { continue }
            let listed = readingKeys.index(of: word).map { index in
                readings[index].split(separator: 0x09).contains { $0.elementsEqual(bytes[reading.range]) } } ?? false
            guard listed || (!commonKanjiWords.contains(word) && isUnlistedFamilyName(start..<found, reader: reader, context: context)) else { continue }
            let name = NameReader.Name(range: start..<found, script: .kanji, parts: 1, firstPartEnd: found, bytes: bytes, spaced: false)
            guard !Self.fieldLabels.contains(Array(word)), !Self.relations.contains(Array(word)), !reader.isOrganisation(Array(word)),
                  accept(name, context: context, honorific: false), !placeLike(name, bytes) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.kana-reading"))
            result.append(context.finding(.person, reading.range, confidence: 0.65, rule: "person.kana-reading"))
        }
        return result
    }

    /// Family members named in parentheses after the relation: `息子夫婦（翔太・千尋）`,
    /// `私（寛）`, `お義父さん（清）`, `父（故 徳重 實）`. Each item must be a name the lists know.
    func namesOfRelations(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for (found, close) in Self.parentheses(in: bytes, limit: 48) {
            let open = found + 1
            // 照屋（妻）, 山田 花子（長女）: a known name before a relation in parentheses.
            if close - open <= 12, Self.familyRelations.contains(Array(bytes[open..<close])) || Self.relationNotes.contains(Array(bytes[open..<close])),
               let name = nameBeforeHonorific(found, reader: reader, context: context), name.range.upperBound == found,
               isKnownName(name, reader: reader), accept(name, context: context, honorific: true) {
                result.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.relation-parenthesis"))
                continue
            }
            guard let relation = Self.relationsBeforeParentheses.first(where: { found >= $0.count && Scalars.hasPrefix(bytes, at: found - $0.count, $0) }) else { continue }
            // カドワキさん（米子）: after a name and its honorific, a place is where the person works.
            let placeIsNoName = relation == Self.san
            var p = open
            if Scalars.hasPrefix(bytes, at: p, Array("故".utf8)) { p += 3; while bytes[safe: p] == 0x20 { p += 1 } }
            var items: [NameReader.Name] = []
            while p < close, let read = reader.nameAfter(p), read.range.lowerBound == p, read.range.upperBound <= close {
                let surface = Array(bytes[read.range])
                let known = read.parts == 2 ? familyNames.contains(read.firstPart(bytes)) || givenNames.contains(read.lastPart(bytes))
                    : givenNames.contains(surface) || familyNames.contains(surface)
                guard known, !notNames.contains(surface), !kanaFunctionWords.contains(surface), accept(read, context: context, honorific: true),
                      !(placeIsNoName && (placeStems.contains(surface) || tagger.isPlace(surface[...]))) else { items = []; break }
                items.append(read)
                p = read.range.upperBound
                guard p < close else { break }
                guard let (separator, length) = Scalars.at(bytes, p), "・、,/".unicodeScalars.contains(separator) else { items = []; break }
                p += length
            }
            guard p >= close else { continue }
            for item in items { result.append(context.finding(.person, item.range, confidence: 0.7, rule: "person.relation-parenthesis")) }
        }
        return result
    }

    /// A line that is a kanji family name and a given name in katakana, as older women's names
    /// are written (`新納 キヨ`, `竹ノ内 ハツエ`, `濵﨑 フミ子`, and unspaced after a listed family
    /// name, `福永キヨ`): a letter's signature.
    func katakanaGivenNameLines(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for line in reader.nonEmptyLines() {
            let space: Int, spaced: Bool
            if let found = bytes[line].firstIndex(of: 0x20) { space = found; spaced = true }
            else {
                // 福永キヨ: where the kanji end and katakana begin, after a family name the lists know.
                let end = reader.runEnd(from: line.lowerBound, script: .kanji, limit: 4)
                guard end > line.lowerBound, end < line.upperBound, context.text.wasKatakana(end), familyNames.contains(bytes[line.lowerBound..<end]) else { continue }
                space = end; spaced = false
            }
            let family = line.lowerBound..<space
            let familyCount = Scalars.count(bytes, family)
            guard (1...5).contains(familyCount), reader.script(at: family.lowerBound) == .kanji else { continue }
            var p = family.lowerBound, ok = true
            while p < space, let (scalar, length) = Scalars.at(bytes, p) {
                // 竹ノ内, 城ヶ崎: a small kana between kanji belongs to the name.
                if !(ScriptClass.of(scalar) == .kanji || ((scalar == "の" || scalar == "ノ") && p > family.lowerBound)) { ok = false; break }
                p += length
            }
            guard ok else { continue }
            var given = spaced ? space + 1 : space
            let givenStart = given
            var kana = 0
            while given < line.upperBound, context.text.wasKatakana(given), let (_, length) = Scalars.at(bytes, given) { given += length; kana += 1 }
            if Scalars.hasPrefix(bytes, at: given, Array("子".utf8)) { given += 3 }
            guard (2...4).contains(kana), given == line.upperBound else { continue }
            let familyKnown = familyNames.contains(bytes[family])
            let givenKnown = givenNames.contains(bytes[givenStart..<given])
            guard familyKnown || givenKnown, !notNames.contains(bytes[family]), !reader.isOrganisation(Array(bytes[family])) else { continue }
            // 田中ハウス, 山本モータース: a family name before a loanword names a company.
            guard spaced || (!katakanaWords.contains(bytes[givenStart..<given]) && !containsCompanyWord(line, context: context)) else { continue }
            result.append(context.finding(.person, line, confidence: 0.7, rule: "person.katakana-given-line"))
        }
        return result
    }

    /// Whether `reading` (normalised: hiragana, or lower-case romaji) is a listed reading of the kanji name.
    func isListedReading(of name: ArraySlice<UInt8>, _ reading: ArraySlice<UInt8>) -> Bool {
        guard let index = readingKeys.index(of: name) else { return false }
        return readings[index].split(separator: 0x09).contains { $0.elementsEqual(reading) }
    }

    /// A handle, nickname or reading right before a known kanji name in parentheses: `ゆうき(佐々木)`,
    /// `みつ（満田）`, `ナカガワ（中川）`, `Tomo（有村智也）`: both are the person.
    func namesBesideTheirKanji(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for (found, close) in Self.parentheses(in: bytes, limit: 40) {
            let open = found + 1
            guard let inner = reader.nameAfter(open), inner.range.lowerBound == open, inner.range.upperBound == close, inner.script == .kanji,
                  case let name = refined(inner, reader: reader), name.range == inner.range || name.range.upperBound == close,
                  isKnownName(name, reader: reader), Scalars.count(bytes, inner.range) >= 2, !Self.placeWords.contains(Array(bytes[inner.range])),
                  accept(inner, context: context, honorific: false) else { continue }
            // The word right before: kana or Latin letters, perhaps with a space.
            var end = found
            if bytes[safe: end - 1] == 0x20 { end -= 1 }
            guard let (last, _) = Scalars.before(bytes, end), let script = reader.script(at: Scalars.before(bytes, end)!.1),
                  script == .hiragana || script == .katakana || script == .latin, ScriptClass.of(last) != .space else { continue }
            let start = reader.runStart(endingAt: end, script: script, limit: 12)
            let surface = bytes[start..<end]
            let count = Scalars.count(bytes, start..<end)
            guard count >= 2, start == 0 || Scalars.before(bytes, start).map({ ScriptClass.of($0.0) != .kanji }) == true,
                  !notNames.contains(surface), !kanaFunctionWords.contains(surface), !kanaAdjectives.contains(surface),
                  script != .katakana || !katakanaWords.contains(surface) || familyNames.contains(surface),
                  script != .latin || !Self.englishNotNames.contains(String(decoding: surface, as: UTF8.self)),
                  // さん（松江）, セレナ（岡山南）: an honorific or a car model before a place.
                  !Self.honorifics.contains(Array(surface)), !isWholeCompanyWord(start..<end, context: context),
                  !placeLike(name, bytes), !(tagger.isPlace(bytes[inner.range]) && !isListedReading(of: bytes[inner.range], surface)) else { continue }
            result.append(context.finding(.person, inner.range, confidence: 0.65, rule: "person.beside-kanji"))
            result.append(context.finding(.person, start..<end, confidence: 0.65, rule: "person.beside-kanji"))
        }
        return result
    }

    /// Notes in parentheses that, like a family relation, say the name before them is a person's (照屋（本人）).
    static let relationNotes: Set<[UInt8]> = Set(["本人", "義父", "義母", "義兄", "義姉", "義弟", "義妹", "配偶者", "父親", "母親", "三男", "三女", "長男の嫁"].map { Array($0.utf8) })

    static let directions: Set<[UInt8]> = Set(["南", "北", "東", "西", "中央", "東部", "西部", "南部", "北部"].map { Array($0.utf8) })
    static let san = Array("さん".utf8)
    static let relationsBeforeParentheses: [[UInt8]] = (PersonCueTables.relations.prefix(30) + ["私", "わたし", "子", "子ども", "子供", "夫婦", "さん",
        "本人", "家族", "孫"]).map { Array($0.utf8) }

    /// Words that make a handle a business's account.
    static let businessHandleWords: Set<String> = ["auto", "autos", "motor", "motors", "car", "cars", "shop", "store", "official", "info", "support",
        "service", "garage", "dealer", "sales", "group", "inc", "corp", "jp", "staff", "team", "news"]

    /// A mention of a handle in lower case (@iwasaki, RT @kei_hirose:): the handle when it,
    /// or one of its parts split at _ . -, is a name's romaji the lists know.
    func mentionHandles(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var k = 0
        while let at = bytes[k...].firstIndex(of: 0x40) {
            k = at + 1
            // An address has a letter or digit before its @.
            if at > 0, ByteClass.isDigit(bytes[at - 1]) || (0x41...0x5A).contains(bytes[at - 1]) || ByteClass.isLower(bytes[at - 1]) || bytes[at - 1] == 0x2E || bytes[at - 1] == 0x5F || bytes[at - 1] == 0x2D { continue }
            var end = k
            while end < bytes.count, ByteClass.isLower(bytes[end]) || ByteClass.isDigit(bytes[end]) || bytes[end] == 0x5F || (bytes[end] == 0x2E && end + 1 < bytes.count && ByteClass.isLower(bytes[end + 1])) || bytes[end] == 0x2D { end += 1 }
            let next: UInt8 = end < bytes.count ? bytes[end] : 0
            guard end - k >= 3, next != 0x2E, !(0x41...0x5A).contains(next) else { continue }
            let parts = bytes[k..<end].split { $0 == 0x5F || $0 == 0x2E || $0 == 0x2D }
            // @michinoku_auto_akita, @kagoshima_motors: a business's account, its place a family name.
            guard !parts.contains(where: { Self.businessHandleWords.contains(String(decoding: $0, as: UTF8.self)) }),
                  parts.contains(where: { $0.count >= 3 && !$0.contains(where: ByteClass.isDigit) && (familyNames.contains($0) || givenNames.contains($0))
                                          && !Self.memoHeadings.contains(Array($0)) && !NameReader.commonEnglish.contains(String(decoding: $0, as: UTF8.self)) }) else { continue }
            result.append(context.finding(.person, k..<end, confidence: 0.65, rule: "person.mention"))
            k = end
        }
        return result
    }

    /// A handle shaped like a name anywhere in the text, not only after @ or as a speaker
    /// (`担当 s.hidaka`, `y.ijuin　8(土)→9(日)`, `ryo.kumamoto`): two parts joined by . or _, one a
    /// name's romaji of four letters or more, the other an initial or a short name; never inside
    /// an address or a file name.
    func handleTokens(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            guard ByteClass.isLower(bytes[p]), p == 0 || !Self.isHandleByte(bytes[p - 1]) else { p += 1; continue }
            var end = p
            while end < bytes.count, Self.isHandleByte(bytes[end]) { end += 1 }
            defer { p = end + 1 }
            // A speaker (saito.mgr:, mikami.s  9:41) is the chat rules' to read, with their suffixes.
            var after = end
            while bytes[safe: after] == 0x20 { after += 1 }
            let speaker = bytes[safe: after] == 0x3A
                || (after > end && (ByteClass.isDigit(bytes[safe: after]) && (bytes[safe: after + 1] == 0x3A
                    || (ByteClass.isDigit(bytes[safe: after + 1]) && bytes[safe: after + 2] == 0x3A))))
            // haruka.t アットマーク …: an address read out.
            let spokenAddress = Scalars.hasPrefix(bytes, at: after, Self.spokenAt) || Scalars.hasPrefix(bytes, at: after, Array("at ".utf8))
            // アカウント名 taro.yamada, ログインID: an account, not a person (the corpus's settled reading).
            let before = bytes[max(0, p - 24)..<p]
            let account = Self.accountWords.contains { word in before.count >= word.count && Self.firstIndex(of: word, in: Array(before), from: 0) != nil }
            guard !speaker, !spokenAddress, !account, end - p >= 5, end - p <= 24, bytes[end - 1] != 0x2E, bytes[safe: end] != 0x40,
                  case let parts = bytes[p..<end].split(whereSeparator: { $0 == 0x2E || $0 == 0x5F }), parts.count == 2,
                  parts.allSatisfy({ $0.allSatisfy(ByteClass.isLower) }), !inMailOrWebToken(p..<end, bytes),
                  !Self.fileExtensions.contains(String(decoding: parts[1], as: UTF8.self)),
                  parts.contains(where: { $0.count >= 4 && (familyNames.contains($0) || givenNames.contains($0))
                      && !NameReader.commonEnglish.contains(String(decoding: $0, as: UTF8.self)) && !Self.memoHeadings.contains(Array($0)) }),
                  parts.allSatisfy({ $0.count <= 12 }) else { continue }
            result.append(context.finding(.person, p..<end, confidence: 0.6, rule: "person.handle"))
        }
        return result
    }

    static let spokenAt = Array("あっとまーく".utf8)
    static let accountWords: [[UInt8]] = ["あかうんと", "ゆーざー", "ろぐいん", "id"].map { Array($0.utf8) }

    static func isHandleByte(_ b: UInt8) -> Bool { ByteClass.isLower(b) || ByteClass.isDigit(b) || b == 0x2E || b == 0x5F || b == 0x2D || (0x41...0x5A).contains(b) }
    static let fileExtensions: Set<String> = ["pdf", "csv", "txt", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "jpg", "jpeg", "png", "gif", "zip", "html",
        "htm", "com", "net", "org", "jp", "co", "ne", "or", "js", "json", "xml", "mp4", "mov", "heic"]

    static let writtenAs = Array("と書いて".utf8)
    static let readAs: [[UInt8]] = ["と読", "って読"].map { Array($0.utf8) }
    static let readEndings: [[UInt8]] = ["って", "と"].map { Array($0.utf8) }

    /// A name spelled out (voice input, forms): `東と書いてひがしと読みます`, `七音と書いてどれみ
    /// って読む`: the kanji before と書いて and the kana before と読む are the name and its reading,
    /// when either is a name the lists know.
    func spelledNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var k = 0
        while k + Self.writtenAs.count <= bytes.count {
            guard let at = Self.firstIndex(of: Self.writtenAs, in: bytes, from: k) else { break }
            k = at + Self.writtenAs.count
            let kanjiStart = reader.runStart(endingAt: at, script: .kanji, limit: 4)
            guard kanjiStart < at, let script = reader.script(at: k), script == .hiragana || script == .katakana else { continue }
            // The run ends before 読 (ひがしと|読みます) or, in katakana, before と読 (ヒガシ|と読).
            let kanaEnd = reader.runEnd(from: k, script: script, limit: 10)
            var readingEnd = kanaEnd
            if Self.readAs.contains(where: { Scalars.hasPrefix(bytes, at: kanaEnd, $0) }) {
                readingEnd = kanaEnd
            } else if Scalars.hasPrefix(bytes, at: kanaEnd, Array("読".utf8)) {
                for ending in Self.readEndings where kanaEnd - ending.count > k && bytes[(kanaEnd - ending.count)..<kanaEnd].elementsEqual(ending) {
                    readingEnd = kanaEnd - ending.count; break
                }
                guard readingEnd < kanaEnd else { continue }
            } else {
                continue
            }
            guard readingEnd > k, (2...8).contains(Scalars.count(bytes, k..<readingEnd)) else { continue }
            let kanji = kanjiStart..<at, reading = k..<readingEnd
            let known = familyNames.contains(bytes[kanji]) || givenNames.contains(bytes[kanji])
                || familyNames.contains(bytes[reading]) || givenNames.contains(bytes[reading])
            guard known, !kanaFunctionWords.contains(bytes[reading]) else { continue }
            result.append(context.finding(.person, kanji, confidence: 0.7, rule: "person.spelled"))
            result.append(context.finding(.person, reading, confidence: 0.7, rule: "person.spelled"))
        }
        return result
    }

    /// A name said syllable by syllable into voice input (な か じ ま さま, もしもし お が わ です):
    /// three kana or more, each alone between single spaces, that joined are a listed name.
    func syllableSpelledNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p + 9 <= bytes.count {
            // A spelled syllable starts a word: after a space or a line's start.
            guard bytes[p] == 0xE3, p == 0 || bytes[p - 1] == 0x20 || bytes[p - 1] == 0x0A, isLoneKana(at: p, reader: reader) else { p += 1; continue }
            var joined: [UInt8] = [], end = p, q = p, count = 0
            while isLoneKana(at: q, reader: reader), count < 6 {
                joined += bytes[q..<(q + 3)]; end = q + 3; count += 1
                guard bytes[safe: q + 3] == 0x20 else { break }
                q += 4
            }
            defer { p = max(end, p + 1) }
            guard count >= 3, familyNames.contains(joined[...]) || givenNames.contains(joined[...]),
                  !kanaFunctionWords.contains(joined[...]), !kanaAdjectives.contains(joined[...]) else { continue }
            result.append(context.finding(.person, p..<end, confidence: 0.6, rule: "person.syllables"))
        }
        return result
    }

    /// One kana standing alone: a space, punctuation, a line's end or the text's end after it.
    private func isLoneKana(at p: Int, reader: NameReader) -> Bool {
        guard let (scalar, length) = Scalars.at(reader.bytes, p), length == 3, ScriptClass.of(scalar) == .hiragana else { return false }
        guard let (next, _) = Scalars.at(reader.bytes, p + 3) else { return true }
        switch ScriptClass.of(next) {
        case .hiragana, .kanji, .latin, .digit: return false
        default: return true
        }
    }

    /// What follows a kanji named as one of a name's characters: 佐藤の佐は, 近藤の近いに,
    /// 西ノ園の園って, 上原の上という字.
    static let characterExplanations: [[UInt8]] = ["は", "に", "って", "の字", "という", "と書", "い", "です", "、"].map { Array($0.utf8) }

    /// A name explained character by character (voice input, phone notes): `佐藤の佐はにんべん`,
    /// `近藤の近いに藤です`: a kanji word followed by の and one of its own characters, which
    /// only a spelled name does.
    func namesExplainedByCharacter(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let no = Array("の".utf8)
        var result: [Finding] = []
        var k = 0
        while let at = Self.firstIndex(of: no, in: bytes, from: k) {
            k = at + no.count
            guard reader.script(at: at) == .hiragana, reader.script(at: k) == .kanji,
                  case let start = reader.runStart(endingAt: at, script: .kanji, limit: 5), at - start >= 6, reader.isWordStart(start),
                  let (character, length) = Scalars.at(bytes, k),
                  // The character stands alone: 田中の中古車 names a car.
                  reader.script(at: k + length) != .kanji,
                  Self.characterExplanations.contains(where: { Scalars.hasPrefix(bytes, at: k + length, $0) }),
                  String(decoding: bytes[start..<at], as: UTF8.self).unicodeScalars.contains(character),
                  case let name = NameReader.Name(range: start..<at, script: .kanji, parts: 1, firstPartEnd: at, bytes: bytes, spaced: false),
                  isKnownName(name, reader: reader) || isUnlistedFamilyName(name.range, reader: reader, context: context),
                  // 東京の東です, 宮崎の宮じゃなくて: a place used to explain a character.
                  accept(name, context: context, honorific: false), !placeLike(name, bytes), !placeStems.contains(bytes[name.range]) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.explained"))
        }
        return result
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        ByteSearch.firstIndex(of: needle, in: bytes, from: start)
    }

    /// A signature's name line (澤井 / サービスフロント, 澤井（サービス）, 澤井 | 営業部): a known
    /// name at the start of a line, followed by a slash, a bar or a note in parentheses, on a
    /// line right after a separator (――, --, ＿＿) or among the last three lines of the text.
    func signatureLines(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let lines = reader.nonEmptyLines()
        var result: [Finding] = []
        for (index, line) in lines.enumerated() {
            // Cheap tests first: this looks at every line.
            var p = line.lowerBound
            while p < line.upperBound, bytes[p] != 0x2F, bytes[p] != 0x7C, bytes[p] != 0x28, p - line.lowerBound < 40 { p += 1 }
            guard p < line.upperBound, p - line.lowerBound < 40, index >= lines.count - 3 || (index > 0 && Self.isSeparatorLine(lines[index - 1], bytes)),
                  let name = reader.nameAfter(line.lowerBound), name.range.lowerBound == line.lowerBound, name.range.upperBound < line.upperBound else { continue }
            p = name.range.upperBound
            while bytes[safe: p] == 0x20 { p += 1 }
            guard bytes[safe: p] == 0x2F || bytes[safe: p] == 0x7C || Self.noteEnd(bytes, at: p, limit: line.upperBound) != nil,
                  p + 1 < line.upperBound || bytes[safe: p] == 0x28,
                  // さくら（日産の軽EV）: a kana word before a note is as often a car as a name.
                  isKnownName(name, reader: reader), name.script != .hiragana, name.script != .latin || reader.isCapitalized(name),
                  name.script != .katakana || !isWholeCompanyWord(name.range, context: context),
                  accept(name, context: context, honorific: false), !placeLike(name, bytes), !reader.isOrganisation(Array(bytes[name.range])) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.signature-line"))
        }
        return result
    }

    /// A line of dashes or rules that opens a signature (――, --, ＿＿, ====), blanks around it
    /// aside. Read scalar by scalar, not as a trimmed `String`: every line with a slash, a bar
    /// or a parenthesis asks about the line before it.
    static func isSeparatorLine(_ line: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard line.count >= 2 else { return false }
        var rules = 0, blankAfterRules = false, p = line.lowerBound
        while p < line.upperBound {
            guard let (scalar, length) = Scalars.at(bytes, p) else { return false }
            p += length
            if isBlank(scalar) {
                blankAfterRules = rules > 0
                continue
            }
            // A blank between two rules is no trimming: the line is something else.
            guard !blankAfterRules, "-―─━_＿=＝~〜*".unicodeScalars.contains(scalar) else { return false }
            rules += 1
        }
        return rules >= 2
    }

    /// Foundation's `CharacterSet.whitespaces` as a switch: tab, the space separators and the
    /// zero-width space.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Arrows of a memo (→, ⇒, normalised).
    static let arrows: [[UInt8]] = ["→", "⇒", "->", "←", "⇐", "<-"].map { Array($0.utf8) }
    /// Marks a memo puts after an item: cancelled, done.
    static let itemMarks: [[UInt8]] = ["×", "✓", "✔", "済"].map { Array(Normalizer().normalizedKey($0).utf8) }
    static let closing = Array("以上".utf8)

    /// The person a memo's item is about, heading the line before an arrow (`・昆 → 納車日決定`,
    /// `五十嵐 → 車検証コピー依頼`, `① 小野寺 ノート → 済`): after a bullet, a kanji run that is a
    /// listed family name, or, when two items or more open so, one read as an unlisted one.
    func memoItemSubjects(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var listed: [NameReader.Name] = [], unlisted: [NameReader.Name] = [], spacedHeads: [NameReader.Name] = []
        for line in reader.nonEmptyLines() where line.count >= 6 {
            var p = line.lowerBound
            // Bullets: ・ - * ● ■ □ ◆ ①…⑳, 1. 1) and spaces.
            while p < line.upperBound, let (scalar, length) = Scalars.at(bytes, p),
                  "・-*●■□◆◇○>".unicodeScalars.contains(scalar) || (0x2460...0x2473).contains(scalar.value) || scalar == " "
                    || (ByteClass.isDigit(bytes[p]) && p + 1 < line.upperBound && [0x2E, 0x29].contains(bytes[p + 1])) {
                p += length
                if ByteClass.isDigit(bytes[p - length]) { p += 1 }
            }
            guard reader.script(at: p) == .kanji else { continue }
            var end = reader.runEnd(from: p, script: .kanji, limit: 5)
            // ・税所車検 代車→OK: a listed family name glued to the memo's word for the job.
            var glued = false
            if !familyNames.contains(bytes[p..<end]), let family = knownFamilyPrefix(at: p, reader: reader), family.range.upperBound < end,
               Scalars.count(bytes, family.range) >= 2, commonKanjiWords.contains(bytes[family.range.upperBound..<end]),
               Scalars.count(bytes, family.range.upperBound..<end) >= 2 {
                glued = true
                end = family.range.upperBound
            }
            // (Within the line: its trailing spaces are not part of it, and 佐藤␠␠ at the end of
            // a text ran past it.)
            var q = glued ? reader.runEnd(from: end, script: .kanji, limit: 5) : end
            while q < line.upperBound, bytes[q] == 0x20 { q += 1 }
            // ・佐々木（一関出身の方）→: a note between the name and the arrow.
            if let close = Self.noteEnd(bytes, at: q, limit: line.upperBound) {
                q = close
                while q < line.upperBound, bytes[q] == 0x20 { q += 1 }
            }
            // The arrow right after the name, or after one more word (小野寺 ノート → 済).
            // A status mark says the same (・堤×キャンセル, ・永渕×, ・峯✓).
            var arrowed = Self.arrows.contains { Scalars.hasPrefix(bytes, at: q, $0) } || Self.itemMarks.contains { Scalars.hasPrefix(bytes, at: q, $0) }
            // ・﨑山TEL→留守電, ・益満リコール→部品待ち: a word in another script glued before the arrow.
            let gluedWord = q == end && (reader.script(at: q) == .katakana || reader.script(at: q) == .latin)
            if !arrowed, q > end || gluedWord || glued, let lineArrow = Self.arrows.lazy.compactMap({ arrow in Self.firstIndex(of: arrow, in: Array(bytes[q..<line.upperBound]), from: 0) }).first {
                arrowed = lineArrow <= 24
            }
            let word = bytes[p..<end]
            let name = NameReader.Name(range: p..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false)
            // ・渡嘉敷　書類未着: a listed family name heading a bullet, then a space, counts
            // beside items that do have an arrow (a town's name too: the items vouch for it).
            if !arrowed, q > end, q < line.upperBound, (2...4).contains(Scalars.count(bytes, p..<end)), familyNames.contains(word),
               !commonKanjiWords.contains(word), !Self.placeWords.contains(Array(word)), !notNames.contains(word), p > line.lowerBound {
                spacedHeads.append(name)
                continue
            }
            guard arrowed, case let count = Scalars.count(bytes, p..<end), (1...4).contains(count) else { continue }
            guard !placeStems.contains(word), !notNames.contains(word), !reader.isOrganisation(Array(word)),
                  accept(name, context: context, honorific: false), !placeLike(name, bytes) else { continue }
            if familyNames.contains(word), count >= 2 || !commonKanjiWords.contains(word) { listed.append(name) }
            else if isUnlistedFamilyName(p..<end, reader: reader, context: context) { unlisted.append(name) }
        }
        var names = listed.count + unlisted.count >= 2 ? listed + unlisted : listed.filter { Scalars.count(bytes, $0.range) >= 2 }
        if !names.isEmpty {
            names += spacedHeads.filter { accept($0, context: context, honorific: false) && !placeLike($0, bytes) }
        }
        return names.map { context.finding(.person, $0.range, confidence: 0.6, rule: "person.memo-item") }
    }

    /// Staff in a memo's hand-offs (受付→野々村, 見積 → 下園, →桜へ伝達済み) and in its closing
    /// (以上、坂元): a known family name after an arrow, ending its word (a line's end, a space,
    /// punctuation or a particle), never a place (見積→東京本社へ).
    func memoHandOffs(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        func name(at start: Int, lineEnd: Int) -> NameReader.Name? {
            var p = start
            while bytes[safe: p] == 0x20 { p += 1 }
            guard reader.script(at: p) == .kanji else { return nil }
            // A known family name, or a word of two or three kanji shaped like one (下園, 野々村).
            var read = knownFamilyPrefix(at: p, reader: reader)
            if read == nil, case let end = reader.runEnd(from: p, script: .kanji, limit: 4), (2...3).contains(Scalars.count(bytes, p..<end)),
               isUnlistedFamilyName(p..<end, reader: reader, context: context) {
                read = NameReader.Name(range: p..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false)
            }
            guard let name = read, name.range.lowerBound == p, name.range.upperBound <= lineEnd else { return nil }
            let end = name.range.upperBound
            if end < lineEnd, let (after, _) = Scalars.at(bytes, end) {
                switch ScriptClass.of(after) {
                case .space, .lineBreak: break
                case .hiragana: guard "へにがよかまでと".unicodeScalars.contains(after) || isTitleOrHonorific(at: end, reader: reader) else { return nil }
                case .kanji: guard isTitleOrHonorific(at: end, reader: reader) else { return nil }
                case .other: break
                default: return nil
                }
            }
            guard Scalars.count(bytes, name.range) >= 2 || familyNames.contains(bytes[name.range]),
                  accept(name, context: context, honorific: false), !placeLike(name, bytes),
                  !placeStems.contains(bytes[name.range]) || familyNames.contains(bytes[name.range]) && Scalars.count(bytes, name.range) < 3,
                  !reader.isOrganisation(Array(bytes[name.range])) else { return nil }
            return name
        }
        let lines = reader.nonEmptyLines()
        for (index, line) in lines.enumerated() {
            // Cheap test first: an arrow's first byte (E2 or -) on the line.
            if bytes[line].contains(where: { $0 == 0xE2 || $0 == 0x2D }) {
                var p = line.lowerBound
                while p < line.upperBound {
                    if let arrow = Self.arrows.first(where: { Scalars.hasPrefix(bytes, at: p, $0) }) {
                        p += arrow.count
                        if let found = name(at: p, lineEnd: line.upperBound) { result.append(context.finding(.person, found.range, confidence: 0.65, rule: "person.hand-off")) }
                    } else {
                        p += 1
                    }
                }
            }
            // 以上、坂元: the last line closes the memo with its writer.
            if index == lines.count - 1, Scalars.hasPrefix(bytes, at: line.lowerBound, Self.closing) {
                var p = line.lowerBound + Self.closing.count
                if Scalars.hasPrefix(bytes, at: p, Array("、".utf8)) { p += 3 }
                if let found = name(at: p, lineEnd: line.upperBound), found.range.upperBound == line.upperBound {
                    result.append(context.finding(.person, found.range, confidence: 0.7, rule: "person.hand-off"))
                }
            }
        }
        return result
    }

    /// Numerals of a head count (三名, 3人).
    static let countNumerals: Set<Unicode.Scalar> = ["二", "三", "四", "五", "六", "七", "八", "九", "十", "2", "3", "4", "5", "6", "7", "8", "9"]

    /// Known family names listed before a head count (遠藤、青木、藤井の三名で, 松本・井上の2人が):
    /// two items or more, each a known family name filling its item.
    func countedLists(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        // の is E3 81 AE.
        var k = 0
        while k + 5 < bytes.count {
            defer { k += 1 }
            guard bytes[k] == 0xE3, bytes[k + 1] == 0x81, bytes[k + 2] == 0xAE else { continue }
            var p = k + 3
            var digits = 0
            while let (scalar, length) = Scalars.at(bytes, p), Self.countNumerals.contains(scalar) { p += length; digits += 1 }
            guard digits >= 1, let (unit, _) = Scalars.at(bytes, p), unit == "名" || unit == "人" else { continue }
            var items: [NameReader.Name] = []
            var end = k
            while items.count < 12 {
                let start = reader.runStart(endingAt: end, script: .kanji, limit: 4)
                guard start < end, let name = knownFamilyPrefix(at: start, reader: reader), name.range.upperBound == end,
                      accept(name, context: context, honorific: false), !placeLike(name, bytes) else { break }
                items.append(name)
                guard let (separator, before) = Scalars.before(bytes, start), separator == "、" || separator == "・" else { break }
                end = before
            }
            guard items.count >= 2 else { continue }
            for name in items { result.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.counted-list")) }
        }
        return result
    }

    /// Two known names joined by と as the subject of a sentence (`濵田と﨑山は同期入社だ`,
    /// `王偉と張雨桐が到着した`): each fills its word, and the pair starts a clause.
    static let or = Array("または".utf8)

    func pairedNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        // と is E3 81 A8: a byte scan (a generic collection search costs a fifth of the scan).
        var k = 0
        while k + 2 < bytes.count {
            defer { k += 1 }
            guard bytes[k] == 0xE3, bytes[k + 1] == 0x81, bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xBE else { continue }
            // 濱口または宮原まで: または joins two names as と does.
            let found: Range<Int>
            if bytes[k + 2] == 0xBE {
                guard Scalars.hasPrefix(bytes, at: k, Self.or) else { continue }
                found = k..<(k + Self.or.count)
            } else {
                found = k..<(k + 3)
            }
            guard reader.script(at: found.lowerBound) == .hiragana else { continue }
            let firstStart = reader.runStart(endingAt: found.lowerBound, script: .kanji, limit: 4)
            guard firstStart < found.lowerBound, firstStart == 0 || reader.clauseStartSet.contains(firstStart)
                    || Scalars.before(bytes, firstStart).map({ "、。 「(はを".unicodeScalars.contains($0.0) }) == true,
                  let first = knownFamilyPrefix(at: firstStart, reader: reader), first.range.upperBound == found.lowerBound,
                  let second = knownFamilyPrefix(at: found.upperBound, reader: reader),
                  let (next, _) = Scalars.at(bytes, second.range.upperBound), "はがのもに、まへ".unicodeScalars.contains(next),
                  !(reader.script(at: second.range.upperBound) == .kanji) else { continue }
            var pair: [NameReader.Name] = []
            for name in [first, second] {
                let count = Scalars.count(bytes, name.range)
                guard (2...4).contains(count), !Self.placeWords.contains(Array(bytes[name.range])),
                      accept(name, context: context, honorific: false), !placeLike(name, bytes) else { pair = []; break }
                pair.append(name)
            }
            // 千葉と宮城に営業所: two places that are surnames too are places.
            if pair.count == 2, pair.allSatisfy({ placeStems.contains(bytes[$0.range]) }) { continue }
            for name in pair { result.append(context.finding(.person, name.range, confidence: 0.6, rule: "person.pair")) }
        }
        return result
    }

    /// A kanji family name found alone takes the given name written in kana after it: older
    /// women's names (`上園 トシ子`, `山田はな子`, `前田 ちえ子`) and kana given names the lists
    /// know (`井手 マリセル` is read elsewhere; `川上 るみ`).
    func withKanaGivenName(_ finding: Finding, reader: NameReader, context: ScanContext) -> Finding {
        let bytes = context.text.bytes
        let range = finding.normalizedRange.utf8
        guard finding.label == .person, reader.script(at: range.lowerBound) == .kanji,
              let (last, lastStart) = Scalars.before(bytes, range.upperBound) else { return finding }
        // 今村 ハル|子: a kana given name read without its 子.
        if let script = reader.script(at: lastStart), script == .hiragana || script == .katakana,
           Scalars.hasPrefix(bytes, at: range.upperBound, Array("子".utf8)), reader.script(at: range.upperBound + 3) != .kanji || isTitleOrHonorific(at: range.upperBound + 3, reader: reader) {
            return context.finding(.person, range.lowerBound..<(range.upperBound + 3), confidence: finding.confidence, rule: finding.rule)
        }
        guard ScriptClass.of(last) == .kanji else { return finding }
        var p = range.upperBound
        let spaced = bytes[safe: p] == 0x20
        if spaced { p += 1 }
        if spaced, reader.script(at: p) == .kanji, let given = kanjiGivenName(at: p, after: range, reader: reader) {
            return context.finding(.person, range.lowerBound..<given, confidence: finding.confidence, rule: finding.rule)
        }
        guard let script = reader.script(at: p), script == .hiragana || script == .katakana else { return finding }
        let kanaStart = p
        var count = 0
        while count < 5, reader.script(at: p) == script, let (_, length) = Scalars.at(bytes, p) { p += length; count += 1 }
        let kanaEnd = p
        var ko = false
        if Scalars.hasPrefix(bytes, at: p, Array("子".utf8)) { p += 3; ko = true }
        // (上原 カメ: a traditional name that is a word too, after the family name and a space.)
        guard (1...4).contains(count), ko || (count >= 2 && givenNames.contains(bytes[kanaStart..<kanaEnd]))
                || (spaced && Self.traditionalKanaNames.contains(bytes[kanaStart..<kanaEnd])) else { return finding }
        // 永吉 さん: an honorific after a space is no given name (さん, さま, くん, ちゃん are names too),
        // nor one a particle follows (鳴海 さんが休み).
        if !ko, startsWithKanaHonorific(kanaStart, reader: reader) { return finding }
        // 丸茂　セレナ　←葛西: a car model after the name is the customer's car (セレナ is a name
        // too: 桜木 サクラ様 takes an honorific, a car never does).
        if !ko, script == .katakana, isWholeCompanyWord(kanaStart..<kanaEnd, context: context), !isTitleOrHonorific(at: kanaEnd, reader: reader) { return finding }
        // The given name ends its word: punctuation, a space, a line's end, an honorific or a particle.
        if let (next, _) = Scalars.at(bytes, p) {
            let cls = ScriptClass.of(next)
            if cls == .kanji && !isTitleOrHonorific(at: p, reader: reader) { return finding }
            if cls == .latin || cls == .digit { return finding }
            if cls == .hiragana, !ko, !"さ様くちがはのとでもにへや".unicodeScalars.contains(next) { return finding }
        }
        if !spaced && !ko { return finding }
        return context.finding(.person, range.lowerBound..<p, confidence: finding.confidence, rule: finding.rule)
    }

    /// 代表取締役藤本 正雄は, 担当 鳥居 美咲: a family name found alone, a space, and a listed
    /// given name of one to three kanji that fills its word (a particle, punctuation, an
    /// honorific, a title or the line's end after it): where the given name ends.
    private func kanjiGivenName(at start: Int, after family: Range<Int>, reader: NameReader) -> Int? {
        let bytes = reader.bytes
        guard !bytes[family].contains(0x20), familyNames.contains(bytes[family]) else { return nil }
        let end = reader.runEnd(from: start, script: .kanji, limit: 4)
        guard (1...3).contains(Scalars.count(bytes, start..<end)), givenNames.contains(bytes[start..<end]),
              !familyNames.contains(bytes[start..<end]) || Scalars.count(bytes, start..<end) == 1 else { return nil }
        guard let (next, _) = Scalars.at(bytes, end) else { return end }
        switch ScriptClass.of(next) {
        case .kanji: return isTitleOrHonorific(at: end, reader: reader) ? end : nil
        case .latin, .digit: return nil
        case .hiragana: return reader.followsParticle(end) || isTitleOrHonorific(at: end, reader: reader) || reader.endsAtNameBoundary(end) ? end : nil
        default: return end
        }
    }

    static func isArrow(_ scalar: Unicode.Scalar) -> Bool { scalar == "→" || scalar == "⇒" || scalar == "➡" }

    /// What staff do, written right after their name in a memo (有村見積済, 大城手配中, 濵田受).
    static let memoActions: [[UInt8]] = ["手配", "見積", "発注", "承認", "持込", "持ち込", "聞取", "聞き取", "代行", "折返", "折り返", "受",
        "休み", "不在", "同席", "保管", "訪問", "謝罪", "引取", "引き取", "作成", "入力", "記録", "出張", "研修", "外出", "直行", "直帰", "説明",
        "案内", "回収", "送付", "返却", "預り", "預かり", "受領", "手続", "申請", "納車", "立会", "立ち会"].map { Array($0.utf8) }

    /// Words after a staff name in a memo: 確認済, 対応, より報告, へ引継ぎ.
    static let memoVerbs: [[UInt8]] = ["確認", "対応", "担当", "済", "より報告", "より連絡", "に報告", "へ引継", "へ引き継", "に引継", "に引き継",
                                              "へ連絡", "に連絡", "から連絡", "から報告", "宛"].map { Array($0.utf8) }

    /// Two listed family names joined by a list separator vouch for each other (`大城 / 玉城 同日入庫`,
    /// `金丸 ／ 米倉`, `宮内・岩切で訪問`): each of two kanji or more, filling its item, no place
    /// and no common word; the rest of the list is read by `listMates`.
    func separatedNamePairs(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            defer { p += 1 }
            guard let length = Self.listSeparatorLength(bytes, at: p) else { continue }
            let slash = bytes[p] == 0x2F
            // The left item: a kanji run ending at the separator, perhaps with a space before it.
            var leftEnd = p
            if bytes[safe: leftEnd - 1] == 0x20, slash { leftEnd -= 1 }
            guard Scalars.before(bytes, leftEnd).map({ ScriptClass.of($0.0) == .kanji }) == true else { continue }
            let leftStart = reader.runStart(endingAt: leftEnd, script: .kanji, limit: 4)
            guard Scalars.before(bytes, leftStart).map({ ScriptClass.of($0.0) != .kanji }) ?? true else { continue }
            var rightStart = p + length
            if bytes[safe: rightStart] == 0x20, slash { rightStart += 1 }
            guard let left = listItem(at: leftStart, reader: reader, context: context), left.range.upperBound == leftEnd,
                  let right = listItem(at: rightStart, reader: reader, context: context, particleAfter: true) else { continue }
            // 石川・富山・福井 are places; 大城 / 玉城 are people (玉城 is also a town).
            // 天文館、谷山、吉野の3店舗: an item before them that is no family name makes the list one of places.
            if let (before, beforeStart) = Scalars.before(bytes, leftStart), Self.isListSeparator(before),
               case let previousStart = reader.runStart(endingAt: beforeStart, script: .kanji, limit: 6), previousStart < beforeStart,
               !familyNames.contains(bytes[previousStart..<beforeStart]) { continue }
            // 谷山・吉野・国分の各店舗, 吉野・嵐山方面: a list of places ends in what they are.
            // 浜松市中央区の高林、佐藤、和合あたり: after a place and の too.
            if listEndsInPlaceWord(after: right.range.upperBound, reader: reader) || listFollowsPlaceLabel(before: leftStart, reader: reader)
                || placeBeforeNo(leftStart, reader: reader) { continue }
            let both = [left, right]
            guard both.allSatisfy({ name in
                Scalars.count(bytes, name.range) >= 2 && !commonKanjiWords.contains(bytes[name.range]) && !Self.placeWords.contains(Array(bytes[name.range]))
            }), !both.allSatisfy({ placeStems.contains(bytes[$0.range]) }) else { continue }
            result += both.map { context.finding(.person, $0.range, confidence: 0.6, rule: "person.list-pair") }
            p = right.range.lowerBound
        }
        return result
    }

    /// Words a list of places ends in (谷山・吉野の各店舗, 嵐山・吉野方面).
    static let placeListEnds: [[UInt8]] = ["各店", "店", "支店", "店舗", "営業所", "駅", "方面", "地区", "地域", "エリア", "会場", "周辺", "近辺",
        "市", "町", "村", "区", "の各", "両店", "三店", "工場", "校", "インター", "IC", "線", "あたり", "辺り", "付近", "界隈", "近く"].map { Array(Normalizer().normalizedKey($0).utf8) }
    /// Labels a list of places follows (店舗：谷山・吉野, 対象エリア 谷山、吉野).
    static let placeListLabels: [[UInt8]] = ["店舗", "拠点", "地域", "エリア", "会場", "方面", "地区", "支店", "営業所", "行き先", "行先", "経由", "場所"].map { Array(Normalizer().normalizedKey($0).utf8) }

    /// Whether the list that goes on at `offset` (more items and separators) ends in a word of
    /// places, with or without の.
    func listEndsInPlaceWord(after offset: Int, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        var p = offset
        for _ in 0..<12 {
            guard let (separator, length) = Scalars.at(bytes, p), Self.isListSeparator(separator), reader.script(at: p + length) == .kanji else { break }
            p = reader.runEnd(from: p + length, script: .kanji, limit: 6)
        }
        if Scalars.hasPrefix(bytes, at: p, Self.no) { p += 3 }
        return Self.placeListEnds.contains { Scalars.hasPrefix(bytes, at: p, $0) }
    }

    /// Whether a label of places ends right before `offset`, with a colon or a space after it
    /// (試乗会場：吉野、谷山; not 会場設営は近藤・丸山).
    func listFollowsPlaceLabel(before offset: Int, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        var end = offset
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        if end > 0, bytes[end - 1] == 0x3A { end -= 1 } else if end == offset { return false }
        return Self.placeListLabels.contains { label in end >= label.count && bytes[(end - label.count)..<end].elementsEqual(label) }
    }

    /// Relations that count their members before naming them in parentheses.
    static let countedRelations: [[UInt8]] = ["子ども", "子供", "こども", "息子", "娘", "孫", "子", "兄弟", "姉妹", "きょうだい", "家族"].map { Array($0.utf8) }

    /// Children or grandchildren named in parentheses after their relation (子ども3人（大翔・結菜・湊）,
    /// 子ども2人（ガブリエル、ソフィア）): every item must read as a given name the lists know, or a
    /// katakana name that is no loanword.
    func namesOfCountedRelations(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var open = 0
        while let p = bytes[open...].firstIndex(of: 0x28) {
            open = p + 1
            // Back over 3人 / 二人 / が3人 to the relation.
            var q = p
            if Scalars.hasPrefix(bytes, at: q - 3, Array("人".utf8)) {
                q -= 3
                while q > 0, ByteClass.isDigit(bytes[q - 1]) || Scalars.before(bytes, q).map({ "一二三四五六".unicodeScalars.contains($0.0) }) == true {
                    q = Scalars.before(bytes, q)?.1 ?? q - 1
                }
                if Scalars.hasPrefix(bytes, at: q - 3, Array("が".utf8)) || Scalars.hasPrefix(bytes, at: q - 3, Array("は".utf8)) { q -= 3 }
            }
            guard Self.countedRelations.contains(where: { q >= $0.count && bytes[(q - $0.count)..<q].elementsEqual($0) }),
                  let close = bytes[open..<min(open + 90, bytes.count)].firstIndex(of: 0x29), !bytes[open..<close].contains(0x0A) else { continue }
            var items: [NameReader.Name] = []
            var start = open
            var complete = true
            while start < close {
                var end = start
                while end < close, let (scalar, length) = Scalars.at(bytes, end), !"・、,/".unicodeScalars.contains(scalar) { end += length }
                var itemEnd = end
                while itemEnd > start, bytes[itemEnd - 1] == 0x20 { itemEnd -= 1 }
                var itemStart = start
                while itemStart < itemEnd, bytes[itemStart] == 0x20 { itemStart += 1 }
                // ルーカス（5歳）is not inside this list; 湊 5歳 keeps its name part.
                if let space = bytes[itemStart..<itemEnd].firstIndex(of: 0x20) { itemEnd = space }
                guard itemStart < itemEnd, let script = reader.script(at: itemStart) else { complete = false; break }
                let surface = bytes[itemStart..<itemEnd]
                let name = NameReader.Name(range: itemStart..<itemEnd, script: script, parts: 1, firstPartEnd: itemEnd, bytes: bytes, spaced: false)
                let known = givenNames.contains(surface) && !kanaFunctionWords.contains(surface) && !notNames.contains(surface)
                    && (script != .kanji || !commonKanjiWords.contains(surface))
                let foreign = script == .katakana && Scalars.count(bytes, name.range) >= 2 && !isLoanword(name, bytes) && !katakanaWords.contains(surface)
                guard reader.nameAfter(itemStart)?.range.upperBound ?? itemStart >= itemEnd, known || foreign else { complete = false; break }
                items.append(name)
                start = end + (Scalars.at(bytes, end)?.1 ?? 1)
            }
            guard complete, !items.isEmpty else { continue }
            result += items.map { context.finding(.person, $0.range, confidence: 0.65, rule: "person.counted-relation") }
            open = close + 1
        }
        return result
    }

    /// Names listed beside one already found, in the same list of the same line: `吉田（部長）、
    /// 東、前田、松下`, `参加者: 橋口・永田・岩切・末吉`. Each must be a known family name filling
    /// its item; one found name vouches for the list.
    func listMates(of found: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var taken = Set(found.map(\.normalizedRange.lowerBound.utf8))
        for finding in found where finding.label == .person {
            let range = finding.normalizedRange.utf8
            // Forwards: skip a title or a parenthesis after the name, then item after item.
            var p = range.upperBound
            for _ in 0..<12 {
                p = skippingListDecoration(bytes, from: p, reader: reader)
                // 金丸 ／ 米倉: a slash with spaces around it.
                if bytes[safe: p] == 0x20, bytes[safe: p + 1] == 0x2F { p += 1 }
                guard let (separator, length) = Scalars.at(bytes, p), Self.isListSeparator(separator) else { break }
                p += length
                while bytes[safe: p] == 0x20 { p += 1 }
                guard let name = listItem(at: p, reader: reader, context: context, particleAfter: true) else { break }
                if taken.insert(name.range.lowerBound).inserted {
                    result.append(context.finding(.person, name.range, confidence: 0.6, rule: "person.list"))
                }
                p = name.range.upperBound
            }
        }
        return result
    }

    /// Every item of a list on one line in which two names or more were found, listed or not:
    /// `参加：木場工場長、宇良、栄、岩切、迫田、小野寺`, `模擬店：辻、岸、金城`. The list is the line
    /// after its label's colon; each item must be a name's shape (one to four kanji, perhaps
    /// after a title or a mark, before a title or a note in parentheses: 班長木場, 今（パート）),
    /// or the line is no list of names and nothing is added.
    func fellowListItems(of found: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var byLine: [Int: [Range<Int>]] = [:]
        for finding in found where finding.label == .person && finding.confidence >= 0.6 {
            let range = finding.normalizedRange.utf8
            let lineStart = (bytes[..<range.lowerBound].lastIndex(of: 0x0A) ?? -1) + 1
            byLine[lineStart, default: []].append(range)
        }
        var result: [Finding] = []
        for (lineStart, names) in byLine where names.count >= 2 {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let first = names.map(\.lowerBound).min() ?? lineStart
            let listStart = (bytes[lineStart..<first].lastIndex(of: 0x3A)).map { $0 + 1 } ?? lineStart
            var items: [Range<Int>] = [], itemStart = listStart, p = listStart
            while p < lineEnd {
                if let length = Self.listSeparatorLength(bytes, at: p) {
                    items.append(itemStart..<p); p += length; itemStart = p
                } else { p += 1 }
            }
            items.append(itemStart..<lineEnd)
            guard items.count >= 3 else { continue }
            var fellows: [Range<Int>] = [], namesInItems = 0, shaped = true
            for item in items {
                if let name = names.first(where: { item.contains($0.lowerBound) }) {
                    // 先日、阿部から電話があり: a clause with a name in it makes no list.
                    guard isNameItem(item, name: name, reader: reader) else { shaped = false; break }
                    namesInItems += 1; continue
                }
                guard let core = listItemCore(item, reader: reader, context: context) else { shaped = false; break }
                fellows.append(core)
            }
            guard shaped, namesInItems >= 2 else { continue }
            for core in fellows { result.append(context.finding(.person, core, confidence: 0.6, rule: "person.list")) }
        }
        return result
    }

    /// `受付：前田　作業：藤原`, `仕入担当：荒巻　検品：江頭　価格決定：一番ヶ瀬`: a memo line of
    /// several short fields, one of which holds a name found already, gives the others'
    /// values as names too when each is a listed family name alone (a car, a colour or a place
    /// in the same line stays: 車種：セレナ　色：白).
    func fellowFieldValues(of found: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var lines: [Int: [Range<Int>]] = [:]
        for finding in found where finding.label == .person && finding.confidence >= 0.6 {
            let range = finding.normalizedRange.utf8
            var p = range.lowerBound
            while p > 0, bytes[p - 1] == 0x20 { p -= 1 }
            guard p > 0, bytes[p - 1] == 0x3A else { continue }
            let lineStart = (bytes[..<range.lowerBound].lastIndex(of: 0x0A) ?? -1) + 1
            lines[lineStart, default: []].append(range)
        }
        var result: [Finding] = []
        for (lineStart, names) in lines {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            var values: [Range<Int>] = [], fields = 0
            var c = lineStart
            while let colon = bytes[c..<lineEnd].firstIndex(of: 0x3A) {
                c = colon + 1
                // The label: a short word of kanji or kana right before the colon.
                guard let (_, last) = Scalars.before(bytes, colon), let script = reader.script(at: last), script == .kanji || script == .katakana || script == .hiragana,
                      Scalars.count(bytes, reader.runStart(endingAt: colon, script: script, limit: 9)..<colon) <= 8 else { continue }
                fields += 1
                var start = colon + 1
                while start < lineEnd, bytes[start] == 0x20 { start += 1 }
                guard !names.contains(where: { $0.lowerBound == start }), reader.script(at: start) == .kanji else { continue }
                let end = reader.runEnd(from: start, script: .kanji, limit: 4)
                // The value fills its field: a space, a separator, a note in parentheses or the line's end.
                guard end == lineEnd || bytes[end] == 0x20 || bytes[end] == 0x28 || bytes[end] == 0x2F || Scalars.hasPrefix(bytes, at: end, Self.listComma) else { continue }
                let surface = bytes[start..<end]
                // (休, 済: one kanji that is a memo's status mark, not a surname.)
                guard familyNames.contains(surface), !placeStems.contains(surface), !commonKanjiWords.contains(surface), !notNames.contains(Array(surface)),
                      !reader.isOrganisation(Array(surface)), Scalars.count(bytes, start..<end) >= 2 || !Self.statusMarks.contains(Array(surface)) else { continue }
                let name = NameReader.Name(range: start..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false)
                guard accept(name, context: context, honorific: false) else { continue }
                values.append(start..<end)
            }
            guard fields >= 2 else { continue }
            for value in values { result.append(context.finding(.person, value, confidence: 0.6, rule: "person.fellow-field")) }
        }
        return result
    }

    static let listComma = Array("、".utf8)

    /// `弊社の鶴が伺います`, `工場長の木場から改めてご連絡`, `検査員の星より一言`, `所沢店の工藤ですね`:
    /// staff named by their company, shop or post and の, then doing what staff do. The name
    /// may be a word as well (鶴, 星): the company before it and the action after it say it is
    /// a person.
    func staffOfOrganisation(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while let at = ByteSearch.firstIndex(of: Self.no, in: bytes, from: p) {
            p = at + Self.no.count
            let start = p
            guard reader.script(at: start) == .kanji, let (_, last) = Scalars.before(bytes, at), reader.script(at: last) == .kanji else { continue }
            let ownerStart = reader.runStart(endingAt: at, script: .kanji, limit: 8)
            let owner = Array(bytes[ownerStart..<at])
            guard Self.ownCompany.contains(owner) || reader.isOrganisation(owner) || Self.titles.contains(where: { owner.count >= $0.count && owner.suffix($0.count).elementsEqual($0) })
                    || Self.staffPosts.contains(where: { owner.count >= $0.count && owner.suffix($0.count).elementsEqual($0) }) else { continue }
            let end = reader.runEnd(from: start, script: .kanji, limit: 4)
            guard (1...3).contains(Scalars.count(bytes, start..<end)), familyNames.contains(bytes[start..<end]),
                  Self.staffDoings.contains(where: { Scalars.hasPrefix(bytes, at: end, $0) }), !notNames.contains(Array(bytes[start..<end])),
                  !reader.isOrganisation(Array(bytes[start..<end])) else { continue }
            let name = NameReader.Name(range: start..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false)
            guard accept(name, context: context, honorific: true) else { continue }
            result.append(context.finding(.person, start..<end, confidence: 0.65, rule: "person.staff-of"))
            p = end
        }
        return result
    }
    static let ownCompany: Set<[UInt8]> = Set(["弊社", "当社", "当店", "弊店", "小社", "当方", "私ども", "わたくしども", "当工場", "本社", "本店"].map { Array($0.utf8) })
    /// Posts of staff a name follows with の (検査員の星, 担当整備士の柳).
    static let staffPosts: [[UInt8]] = ["検査員", "整備士", "営業", "担当", "受付", "経理", "人事", "総務", "事務", "工場長", "店長", "整備", "サービス", "メカニック"]
        .map { Array(Normalizer().normalizedKey($0).utf8) }
    /// What staff do after their name: introduce themselves, call, visit, bring, explain.
    static let staffDoings: [[UInt8]] = ["です", "でございます", "が伺", "がお伺", "が参", "がお持ち", "が担当", "が対応", "がご案内", "が案内", "がご説明", "が説明",
        "が承", "がお届け", "が届け", "が持参", "がご連絡", "が連絡", "からご連絡", "から連絡", "から改めて", "からご説明", "からご案内", "より一言", "よりご連絡",
        "より連絡", "よりご案内", "に代わ", "におつなぎ", "にお繋ぎ", "にお伝え", "に伝え"].map { Array($0.utf8) }

    /// Whether a list item holds nothing but the name found in it, with its marks, title,
    /// honorific or note (○迫田, 木場工場長, 小野寺（オブザーバー）, 松山さん).
    private func isNameItem(_ item: Range<Int>, name: Range<Int>, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        // (A name with ・ inside runs over the item's end: ファム・ティ・トゥ is no list.)
        guard name.upperBound <= item.upperBound else { return false }
        let trimmed = Self.trimmedListItem(item, bytes)
        var start = trimmed.lowerBound
        if start < name.lowerBound, let title = Self.titles.first(where: { Scalars.hasPrefix(bytes, at: start, $0) }), start + title.count == name.lowerBound { start = name.lowerBound }
        guard start == name.lowerBound, trimmed.upperBound >= name.upperBound else { return false }
        return trimmed.upperBound == name.upperBound
            || (isTitleOrHonorific(at: name.upperBound, reader: reader) && Scalars.count(bytes, name.upperBound..<trimmed.upperBound) <= 4)
    }

    /// A list item without the marks and spaces before it, nor the spaces and a note in
    /// parentheses after it (○迫田, 今（パート）).
    private static func trimmedListItem(_ item: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var start = item.lowerBound, end = item.upperBound
        while start < end, let (scalar, length) = Scalars.at(bytes, start), scalar == " " || "○×△◎●".unicodeScalars.contains(scalar) { start += length }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        if end > start, bytes[end - 1] == 0x29, let open = bytes[start..<end].lastIndex(of: 0x28) { end = open }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return start..<end
    }

    /// The name in a list item shaped like one (see `fellowListItems`), or nil.
    private func listItemCore(_ item: Range<Int>, reader: NameReader, context: ScanContext) -> Range<Int>? {
        let bytes = context.text.bytes
        let trimmed = Self.trimmedListItem(item, bytes)
        var start = trimmed.lowerBound, end = trimmed.upperBound
        // A title before the name (班長小野寺) or after it (木場工場長).
        if let title = Self.titles.filter({ Scalars.hasPrefix(bytes, at: start, $0) }).max(by: { $0.count < $1.count }), start + title.count < end { start += title.count }
        var k = start
        while k < end, let (_, length) = Scalars.at(bytes, k) {
            k += length
            if k < end, isTitleOrHonorific(at: k, reader: reader) { end = k; break }
        }
        let count = Scalars.count(bytes, start..<end)
        guard (1...4).contains(count), reader.script(at: start) == .kanji, reader.runEnd(from: start, script: .kanji, limit: count) == end,
              let (last, _) = Scalars.before(bytes, end), !Self.notNameEndings.contains(last),
              !notNames.contains(bytes[start..<end]), !isWholeCompanyWord(start..<end, context: context) else { return nil }
        return start..<end
    }

    /// Departments, shops, counters and places end so (営業部, 本店, 三名, 岡山市): no name does.
    private static let notNameEndings: Set<Unicode.Scalar> = ["部", "課", "係", "店", "社", "班", "所", "会", "室", "局", "院", "庁", "校", "園",
        "名", "人", "件", "台", "回", "円", "市", "区", "県", "郡", "府", "都", "組", "隊", "側", "者", "員", "長"]

    /// A known family name that fills a list item (its end is a separator, a parenthesis, a
    /// title, a space or the line's end).
    func listItem(at start: Int, reader: NameReader, context: ScanContext, particleAfter: Bool = false) -> NameReader.Name? {
        let bytes = reader.bytes
        guard reader.script(at: start) == .kanji, let name = knownFamilyPrefix(at: start, reader: reader) else { return nil }
        let end = name.range.upperBound
        if let (after, _) = Scalars.at(bytes, end), ScriptClass.of(after) == .kanji, !isTitleOrHonorific(at: end, reader: reader) { return nil }
        // The list's last item may take a particle (宮内・岩切で訪問).
        if let (after, _) = Scalars.at(bytes, end), ScriptClass.of(after) == .hiragana, !isTitleOrHonorific(at: end, reader: reader),
           !particleAfter || !(reader.followsParticle(end) || Self.widerParticles.contains { Scalars.hasPrefix(bytes, at: end, $0) }) { return nil }
        guard accept(name, context: context, honorific: false), !placeLike(name, bytes) else { return nil }
        return name
    }

    func skippingListDecoration(_ bytes: [UInt8], from start: Int, reader: NameReader) -> Int {
        var p = start
        for _ in 0..<2 {
            if bytes[safe: p] == 0x28, let close = bytes[p..<min(p + 30, bytes.count)].firstIndex(of: 0x29), !bytes[p..<close].contains(0x0A) { p = close + 1; continue }
            if isTitleOrHonorific(at: p, reader: reader) {
                while reader.script(at: p) == .kanji || reader.script(at: p) == .hiragana, let (_, length) = Scalars.at(bytes, p) {
                    p += length
                    if let (next, _) = Scalars.at(bytes, p), Self.isListSeparator(next) { break }
                }
                continue
            }
            break
        }
        return p
    }

    /// The separators of a list of names: 、 , ・ / ; (a switch, not a set: asked per character).
    static func isListSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "、", ",", "・", "/", ";": true
        default: false
        }
    }

    /// The byte length of a list separator at `offset`, read from the bytes without decoding a
    /// scalar (、 E3 80 81, ・ E3 83 BB): the pair scan asks at every byte of the text.
    static func listSeparatorLength(_ bytes: [UInt8], at offset: Int) -> Int? {
        switch bytes[offset] {
        case 0x2C, 0x2F, 0x3B: return 1
        case 0xE3 where offset + 2 < bytes.count && ((bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x81) || (bytes[offset + 1] == 0x83 && bytes[offset + 2] == 0xBB)): return 3
        default: return nil
        }
    }

    /// A part ending in 市/区/県/郡 (or three or more characters ending in 町/村) is a place.
    func placeLike(_ name: NameReader.Name, _ bytes: [UInt8]) -> Bool {
        // 岡山南, 鹿児島中央: a place and a direction name a branch or a station, not a person.
        if name.parts == 2, placeStems.contains(name.firstPart(bytes)), Self.directions.contains(Array(name.lastPart(bytes))) { return true }
        for part in [name.firstPart(bytes), name.lastPart(bytes)] {
            guard let (last, _) = Scalars.before(part, part.count) else { continue }
            // (宇都, 京都, 宮道: a listed family name ends in 都 or 道 and is no prefecture.)
            if "市区県郡".unicodeScalars.contains(last) || ("府都道".unicodeScalars.contains(last) && !familyNames.contains(part[part.startIndex...])) { return true }
            if "町村".unicodeScalars.contains(last) && Scalars.count(part, 0..<part.count) >= 3 { return true }
            // 紫原 三丁目: a block of an address.
            if part.count >= 6, part.suffix(6).elementsEqual(Array("丁目".utf8)) || part.suffix(6).elementsEqual(Array("番地".utf8)) { return true }
        }
        return false
    }

    /// `普通 2345678 クワハラ タカシ`: digits (six or more) and a space right before.
    func afterAccountNumber(_ bytes: [UInt8], _ start: Int) -> Bool {
        var p = start
        guard p > 0, bytes[p - 1] == 0x20 else { return false }
        p -= 1
        var digits = 0
        while p > 0, ByteClass.isDigit(bytes[p - 1]) { p -= 1; digits += 1 }
        return digits >= 6
    }

    /// `山田と申します`, `東郷です。` at the start of a line or after a greeting.
    func introductions(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        // Clause starts, and names right after の/た (お電話した川畑です, 0012345 の今村です).
        let clauseStarts = reader.clauseStartSet
        let lineStarts = reader.lineStartSet
        var starts = reader.orderedClauseStarts
        // Every introduction ends in です, と申します, でございます or @: starts with none of them
        // within a name's length (about 40 bytes) are skipped below. One pass collects these
        // markers and the starts after の/た and after spaces (the starts are sorted later).
        var markers: [Int] = []
        for (i, b) in bytes.enumerated() {
            switch b {
            case 0x20:
                // After a space (090-1234-5678 鮫島です): a known family name only, as after の.
                if !clauseStarts.contains(i + 1) { starts.append(i + 1) }
            case 0x40:
                markers.append(i)  // @
            // お世話になっている川畑です: after る, as after た.
            case 0xE3 where i + 2 < bytes.count && bytes[i + 1] == 0x82 && bytes[i + 2] == 0x8B:
                starts.append(i + 3)
            // あのー田島ですけど, もしもしー望月です: after a filler's long vowel (a known family
            // name only, as after の).
            case 0xE3 where i + 2 < bytes.count && bytes[i + 1] == 0x83 && bytes[i + 2] == 0xBC && reader.script(at: i + 3) == .kanji:
                starts.append(i + 3)
            case 0xE3 where i + 2 < bytes.count && bytes[i + 1] == 0x81:
                let last = bytes[i + 2]
                // の た, and で after a name explained by its characters (田んぼの田で迫田です).
                if (last == 0xAE || last == 0x9F || last == 0xA7) && reader.script(at: i) == .hiragana { starts.append(i + 3) }
                // Voice input runs sentences together: after です/ます, はい, えっと, こちら
                // (しまぶくろです島に袋ですはい島袋です) a known family name may start the next.
                if i >= 3, bytes[i - 3] == 0xE3, bytes[i - 2] == 0x81,
                   (last == 0x99 && (bytes[i - 1] == 0xA7 || bytes[i - 1] == 0xBE))      // です ます
                    || (last == 0x84 && bytes[i - 1] == 0xAF)                            // はい
                    || (last == 0xA8 && bytes[i - 1] == 0xA3) {                          // っと
                    starts.append(i + 3)
                }
                if last == 0xA7 || last == 0xA8 || last == 0xA3 { markers.append(i) }  // で と っ (っていいます)
                if last == 0xA0 || last == 0x98 { markers.append(i) }                   // だ じ (三上だけども, 森じゃけど)
            default:
                break
            }
        }
        // After words that announce one's name: わたしはシルバです, 名前は Perera です.
        var announced = Set<Int>()
        for hit in context.candidates[.selfAnnouncers].lazy.map(\.range) {
            var p = hit.upperBound
            while bytes[safe: p] == 0x20 || Scalars.hasPrefix(bytes, at: p, Array("、".utf8)) { p += bytes[p] == 0x20 ? 1 : 3 }
            starts.append(p); announced.insert(p)
        }
        // Starts and markers are both in text order: the first marker at or after a start only
        // moves forward (a binary search per start was a third of this rule's time).
        var next = 0
        for lineStart in starts.sorted() {
            while next < markers.count, markers[next] < lineStart { next += 1 }
            guard next < markers.count, markers[next] <= lineStart + 40 else { continue }
            guard let name = reader.nameAfter(lineStart) else { continue }
            let end = name.range.upperBound
            // Staff writing as 山田@鹿児島店 (a kanji place after the @, not 単価@1,200円).
            if bytes[safe: end] == 0x40, name.script == .kanji, reader.script(at: end + 1) == .kanji, Scalars.count(bytes, name.range) >= 2, accept(name, context: context, honorific: false) {
                result.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.at-branch"))
                continue
            }
            // `Perera です`, `カルロス ヒガ です`: voice and chat put a space before です; グエン
            // （Nguyen）です: a reading between.
            var introAt = bytes[safe: end] == 0x20 ? end + 1 : end
            if let close = Self.noteEnd(bytes, at: introAt), reader.script(at: close) == .hiragana { introAt = close }
            // (Hiragana names are read by kanaNamesBeforeCues; katakana デス is no introduction.)
            guard name.script != .hiragana, reader.script(at: introAt) == .hiragana else { continue }
            let plain = Self.introductions.first(where: { Scalars.hasPrefix(bytes, at: introAt, $0) })
            let loose = plain == nil && Scalars.hasPrefix(bytes, at: introAt, Array("です".utf8)) && endsSentence(bytes, at: introAt + 6)
            guard let intro = plain ?? (loose ? Array("です。".utf8) : nil) else { continue }
            let strong = intro.count > 9 && !Self.plainCopulas.contains(intro) // と申します / でございます
            // 大変だけど, 明日だけど: after a plain copula only a listed family name or a full name.
            if Self.plainCopulas.contains(intro), !(familyNames.contains(name.firstPart(bytes)) || name.parts == 2) || commonKanjiWords.contains(bytes[name.range]) { continue }
            // 鹿屋の吾平町の蔵満です, 指宿の今給黎です: after a place and の, a family name nobody
            // listed introduces its speaker too.
            // 鹿屋店の鶴丸です: after a unit and の, any kanji word that is no common word, role or
            // organisation (鹿屋店の担当です is none).
            // 以前そちらで車を買った稲留です: after a clause about the writer's dealings, a family
            // name nobody listed, shaped like one, introduces the writer too.
            let afterDealings = name.script == .kanji && name.parts == 1 && intro != Array("です ".utf8)
                && Scalars.before(bytes, lineStart).map { $0.0 == "た" } == true
                && isUnlistedFamilyName(name.range, reader: reader, context: context)
            let afterPlace = name.script == .kanji && name.parts == 1
                && ((placeBeforeNo(name.range.lowerBound, reader: reader) && isUnlistedFamilyName(name.range, reader: reader, context: context))
                    || (unitBeforeNo(name.range.lowerBound, reader: reader, staffOnly: true)
                        && isUnlistedFamilyName(name.range, reader: reader, context: context, anyFinal: true)))
            // After の or た (お電話した川畑です) only a known family name counts: 確認です, 相談です.
            let known = familyNames.contains(name.firstPart(bytes)) || name.parts == 2 || name.script == .latin
                || (name.script == .katakana && (givenNames.contains(bytes[name.range]) || Array(bytes[name.range]).containsMiddleDot))
            let early = lineStarts.contains(lineStart) || reader.followsGreeting(lineStart)
            // A foreign resident's katakana name (シルバです, グエン・ティ・ハーです): any katakana
            // word that is not a loanword, at a line start, after a greeting or after わたしは.
            // 谷山店のグエンです: staff name themselves after their branch or unit and の.
            let afterUnit = unitBeforeNo(lineStart, reader: reader)
            let foreign = name.script == .katakana && Scalars.count(bytes, name.range) >= 2 && !isLoanword(name, bytes)
                && (early || announced.contains(lineStart) || clauseStarts.contains(lineStart) || afterUnit || strong)
            guard known || foreign || afterPlace || afterDealings || (!loose && strong && clauseStarts.contains(lineStart)) || (!loose && early && name.script == .kanji && Scalars.count(bytes, name.range) <= 3 && !notNames.contains(name.firstPart(bytes)) && intro != Array("です、".utf8)) else { continue }
            if !clauseStarts.contains(lineStart) && !familyNames.contains(name.firstPart(bytes)) && name.script == .kanji && !afterPlace && !afterDealings { continue }
            // One kanji is a name only when the lists know it and it says so itself: 堀でございます,
            // 岸と申します.
            // 林です。水曜10時で…, 西です。: or, opening a message or a line, a listed one.
            guard name.script != .kanji || Scalars.count(bytes, name.range) >= 2
                    || (strong && familyNames.contains(bytes[name.range]))
                    || ((lineStarts.contains(lineStart) || reader.followsGreeting(lineStart)) && name.range.lowerBound == lineStart
                        && familyNames.contains(bytes[name.range]) && [Array("です。".utf8), Array("です!".utf8), Array("です\n".utf8)].contains(intro))
                    // はい 森 です, 整備 の 谷 です, 失礼します 宮 です: spaced speech after a filler.
                    || (familyNames.contains(bytes[name.range]) && bytes[safe: name.range.lowerBound - 1] == 0x20 && bytes[safe: end] == 0x20
                        && (Self.speechLeads.contains { lead in name.range.lowerBound - 1 >= lead.count && bytes[(name.range.lowerBound - 1 - lead.count)..<(name.range.lowerBound - 1)].elementsEqual(lead) }
                            || spokenRole(before: name.range.lowerBound - 1, reader: reader))) else { continue }
            // J O H N S O N です: no name starts inside a spelled-out word.
            if name.script == .latin, bytes[safe: name.range.lowerBound - 1] == 0x20, name.range.lowerBound >= 2,
               ByteClass.isAlnum(bytes[name.range.lowerBound - 2]), name.range.lowerBound == 2 || !ByteClass.isAlnum(bytes[name.range.lowerBound - 3]) { continue }
            guard accept(name, context: context, honorific: false),
                  name.script != .latin || !Self.englishNotNames.contains(String(decoding: bytes[name.range], as: UTF8.self)) && !Self.memoHeadings.contains(Array(bytes[name.range])) else { continue }
            result.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: strong ? 0.75 : 0.6), rule: "person.introduction"))
        }
        return result
    }

    /// Whether a branch or unit and の end right before `offset` (谷山店の|, 総務課の|); with
    /// `staffOnly`, a unit staff belong to (店, 部, 課, 係, 室), not a company or an office
    /// (当社の協力工場, 支所の駐車場).
    func unitBeforeNo(_ offset: Int, reader: NameReader, staffOnly: Bool = false) -> Bool {
        guard offset >= 3, Scalars.hasPrefix(reader.bytes, at: offset - 3, Self.no) else { return false }
        let unit = Array(reader.bytes[reader.runStart(endingAt: offset - 3, script: .kanji, limit: 8)..<(offset - 3)])
        guard reader.isOrganisation(unit) else { return false }
        return !staffOnly || Scalars.before(unit, unit.count).map { "店部課係室".unicodeScalars.contains($0.0) } == true
    }

    /// Whether a place and の end right before `offset` (指宿の|, 吾平町の|, 鹿児島市の|).
    func placeBeforeNo(_ offset: Int, reader: NameReader) -> Bool {
        let bytes = reader.bytes, no = Array("の".utf8)
        guard offset >= no.count + 3, bytes[(offset - no.count)..<offset].elementsEqual(no) else { return false }
        let end = offset - no.count
        let start = reader.runStart(endingAt: end, script: .kanji, limit: 6)
        guard start < end, case let word = bytes[start..<end] else { return false }
        if placeStems.contains(word) { return true }
        guard let (last, _) = Scalars.before(bytes, end) else { return false }
        return "市町村区県郡島".unicodeScalars.contains(last) && Scalars.count(bytes, start..<end) >= 2
    }

    /// What a kana name stands before in speech and chat: たかはしと申します, ふじたです, やまぐちさん,
    /// いしかわから電話.
    static let sama = Array("様".utf8)
    static let kanaNameCues: [[UInt8]] = (["と申", "ともうし", "と 申", "です", "でございます", "さん", "さま", "様", "くん", "ちゃん",
        // お客様相談室 えんどう が 承ります: staff who take a call say their name so.
        "が承", "が 承", "がうけたまわ", "が うけたまわ",
        "から電話", "から連絡", "から伝言", "と名乗", "となの", "と もうし",
        // あのヤマグチって営業がさ, タナカという方: a name said about someone.
        "って人", "って方", "って営業", "って担当", "っていう人", "っていう方", "という人", "という方", "って 人", "って 営業",
        // うちはひがっていいます, ぼくはそうといいます, いさがわって読むんです: a caller names and reads.
        "っていいま", "といいま", "って言いま", "と言いま", "って読", "と読",
        // くろさわだけどよ, しまだっていうんだけど, ありむらじゃっど: a caller's name before a plain
        // or dialect copula (weak cues, like です).
        "っていうんだけど", "っていうだけんど", "っていうもん", "いうもんじゃ"] + copulaCues).map { Array($0.utf8) }
    /// Plain and dialect copulas after a caller's name: weak cues, as です is.
    static let copulaCues = ["だけど", "だけども", "だけんど", "だども", "だばって", "じゃっど", "じゃけど", "やけど"]
    static let copulaCueBytes: Set<[UInt8]> = Set(copulaCues.map { Array($0.utf8) })
    static let noParticle = Array("の".utf8)
    static let weakKanaCues: Set<[UInt8]> = Set((["です", "でございます"] + copulaCues).map { Array($0.utf8) })
    /// The scan below looks at every byte, and almost no kana or kanji starts a cue: their
    /// first characters rule most bytes out before the cues are compared.
    static let kanaNameCueLeads = PatternLeads(kanaNameCues)
    /// What may stand right before a kana name inside a run of hiragana: fillers and particles
    /// (えっとたかはしです, 名前はふじたです, 営業のやまぐちさん).
    static let kanaNameLeaders: [[UInt8]] = ["えっと", "えーと", "えと", "あの", "あのー", "はい", "もしもし", "どうも", "すみません",
        "すいません", "わたし", "あたし", "ぼく", "おれ", "なまえは", "なまえわ", "わたしは", "わたしわ", "うちは", "うちわ", "ぼくは", "おれは", "は", "の", "が",
        "なります", "おります",
        // Voice input runs the greeting or a filler into the name (おはようございますくぼたですけど,
        // 名前はですねどうめきです, なんですけど えーおかむらです).
        "ございます", "ですね", "ですけど", "ですが", "えー", "えーっと", "あのですね"].map { Array($0.utf8) }

    /// The caller's own topic before a name (わたしは, うちは, ぼくは).
    static let selfTopics: [[UInt8]] = ["わたしは", "わたしわ", "うちは", "うちわ", "ぼくは", "おれは", "なまえは"].map { Array($0.utf8) }

    /// Endings of what one feels or wants (ほしい, うれしい, いきたい, わからない).
    static let feelingEndings: [[UInt8]] = ["しい", "たい", "ない", "いい"].map { Array($0.utf8) }
    /// Plain and dialect copulas after a caller's name (三上だけども, 工藤だばって, 佐々木だす).
    static let plainCopulas: Set<[UInt8]> = Set(["だけど", "だけども", "だばって", "だども", "だす ", "だす。", "だす\n", "じゃけど", "じゃけん"].map { Array($0.utf8) })
    /// What a caller says, then a space, before their name (もしもし さとう です).
    static let callerOpenings: [[UInt8]] = ["もしもし", "わたし", "わたくし", "あたし", "ぼく", "おれ", "私", "わたしは", "私は"].map { Array($0.utf8) }

    /// Kanji words after which a particle leads to a name: 名前はふじたです, 営業のやまぐちさん.
    static let nameAnnouncers: [[UInt8]] = ["名前", "私", "営業", "整備", "担当", "受付", "店長", "主人", "息子", "娘", "妻", "夫",
        "店", "下", "名字", "苗字", "旧姓"].map { Array($0.utf8) }

    /// Names written in hiragana (or katakana), as voice input and chat write them: a known
    /// family or given name reading right before a cue, standing as a word or after a filler
    /// or particle; `すずき まさこ` takes the given name after a space too.
    func kanaNamesBeforeCues(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var lastEnd = 0
        var i = 0
        while i + 3 <= bytes.count {
            guard Self.kanaNameCueLeads.mayStart(bytes, at: i), let cue = Self.kanaNameCues.first(where: { Scalars.hasPrefix(bytes, at: i, $0) }) else { i += 1; continue }
            defer { i += cue.count }
            // 様子, 様式: 様 begins a word (納得していない様子).
            if cue == Self.sama, !isHonorific(at: i, cue, reader: reader) { continue }
            var end = i
            if end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > lastEnd, let (_, last) = Scalars.before(bytes, end), let script = reader.script(at: last),
                  script == .hiragana || script == .katakana else { continue }
            // さん, です after katakana: only a katakana name (ニッサンです is a word).
            let runStart = reader.runStart(endingAt: end, script: script, limit: 12)
            let strongCue = !Self.weakKanaCues.contains(cue)
            guard let given = longestKnownKanaName(endingAt: end, runStart: runStart, reader: reader, strongCue: strongCue) else { continue }
            var start = given.lowerBound
            // A family name before a space: すずき まさこです.
            if start == runStart, start > 1, bytes[start - 1] == 0x20, let (_, previous) = Scalars.before(bytes, start - 1), reader.script(at: previous) == script {
                let familyRunStart = reader.runStart(endingAt: start - 1, script: script, limit: 12)
                if let family = longestKnownKanaName(endingAt: start - 1, runStart: familyRunStart, reader: reader),
                   familyNames.contains(bytes[family]),
                   // タントウ ノ タカハシ サン: a particle in katakana voice input is no family name.
                   script != .katakana || !NameReader.isSpokenFunctionWord(bytes[family]) { start = family.lowerBound }
            }
            let surface = bytes[start..<end]
            // しずかだけど is an adjective: before a plain copula a name of three kana must follow
            // の (岡崎のいしかわだけど) or run four kana or more (たかはしだけど).
            if Self.copulaCueBytes.contains(cue), Scalars.count(bytes, start..<end) < 4, !Scalars.hasSuffix(bytes, before: start, Self.noParticle) { continue }
            // うちはひがっていいます, ぼくはそうと申します: a name of two kana after the caller's
            // own topic word and before a strong cue.
            let selfIntroduced = strongCue && Self.selfTopics.contains { start - runStart >= $0.count && bytes[(start - $0.count)..<start].elementsEqual($0) }
            guard Scalars.count(bytes, start..<end) >= 3 || (Scalars.count(bytes, start..<end) == 2 && ((start == runStart && reader.isWordStart(start)) || selfIntroduced)),
                  !notNames.contains(Array(surface)), !Self.spokenDigits.contains(where: { surface.elementsEqual($0) }) else { continue }
            // 品川 さんまるまる: さん read out in a number.
            if cue == Array("さん".utf8), Self.spokenNumberWords.contains(where: { Scalars.hasPrefix(bytes, at: i + cue.count, $0) }) { continue }
            // いくらですか, いいです, ほしいです: everyday words, unless a strong cue (と申します, さん)
            // or a word that announces a name (名前は) says otherwise.
            let weakCue = Self.weakKanaCues.contains(cue)
            // (もしもし さとう です, わたし いしがき です: a caller says who speaks.)
            // (A word of three kana or more, and no feeling: わたし いい です, わたし ほしい です
            // are no names; さとう and あおい, adjectives to the lists, are.)
            let announced = Self.nameAnnouncers.contains { word in start >= word.count + 3 && bytes[(start - word.count - 3)..<(start - 3)].elementsEqual(word) }
                || (bytes[safe: start - 1] == 0x20 && Scalars.count(bytes, start..<end) >= 3
                    && !Self.feelingEndings.contains { Scalars.hasSuffix(bytes, before: end, $0) }
                    && Self.callerOpenings.contains { word in start - 1 >= word.count && bytes[(start - 1 - word.count)..<(start - 1)].elementsEqual(word) })
            if script == .hiragana, kanaFunctionWords.contains(surface) || kanaAdjectives.contains(surface), weakCue && !announced || kanaFunctionWords.contains(surface) && Scalars.count(bytes, start..<end) < 3 { continue }
            if script == .katakana, katakanaWords.contains(surface) { continue }
            let name = NameReader.Name(range: start..<end, script: script, parts: 1, firstPartEnd: end, bytes: bytes)
            guard accept(name, context: context, honorific: true) || script == .hiragana else { continue }
            result.append(context.finding(.person, start..<end, confidence: 0.6, rule: "person.kana-cue"))
            lastEnd = end
        }
        return result
    }

    /// The longest known name reading that ends at `end` inside a kana run and starts where a
    /// word can: at the run start, or after a filler or particle.
    /// A kana full name without a space (しもくぼとしお, かわばたきよこ): a known family reading
    /// and a known given reading of two kana or more each, five or more in all.
    func isKanaFullName(_ candidate: ArraySlice<UInt8>) -> Bool {
        guard candidate.count >= 15, candidate.count % 3 == 0, !kanaFunctionWords.contains(candidate), !kanaAdjectives.contains(candidate) else { return false }
        var split = candidate.startIndex + 6
        while split <= candidate.endIndex - 6 {
            let given = candidate[split..<candidate.endIndex]
            if familyNames.contains(candidate[candidate.startIndex..<split]), givenNames.contains(given),
               !Self.honorifics.contains(where: { given.elementsEqual($0) }) { return true }
            split += 3
        }
        return false
    }

    /// Formal nouns a clause ends in before です (取り直したところです, 来たばかりです).
    static let nounsBeforeDesu: [[UInt8]] = ["ところ", "ばかり", "つもり", "かんじ", "ものの", "だけど", "みたい"].map { Array($0.utf8) }

    /// Kana that can end the word before a name in running kana (確かおおたさん, じゃなくて
    /// まつおかさん): particles and sentence ends.
    static let kanaWordEnds = Set("はがのもをにとでてかねよなうし".unicodeScalars)

    func longestKnownKanaName(endingAt end: Int, runStart: Int, reader: NameReader, strongCue: Bool = false) -> Range<Int>? {
        let bytes = reader.bytes
        // The run must start a word: not kana after a kanji stem (見たいです, 変えたい) or a
        // number (28kmくらい), except after 私.
        let runStartsWord: Bool = {
            guard let (previous, previousStart) = Scalars.before(bytes, runStart) else { return true }
            switch ScriptClass.of(previous) {
            case .space, .lineBreak: return true
            // Not after a closing bracket: ［要配慮個人情報］るのです is the rest of a word.
            case .other: return !"]］】」』)〕>".unicodeScalars.contains(previous)
            case .kanji: return previous == "私"
            // あのヤマグチって営業: katakana after hiragana starts a word.
            default: return reader.script(at: runStart) == .katakana && reader.script(at: previousStart) == .hiragana
            }
        }()
        var start = runStart
        while start < end {
            let candidate = bytes[start..<end]
            if familyNames.contains(candidate) || givenNames.contains(candidate) || isKanaFullName(candidate) {
                let lead = bytes[runStart..<start]
                // Before さん or と申します, a family reading of three kana or more after a word's end.
                if strongCue, start > runStart, candidate.count >= 9, familyNames.contains(candidate),
                   let (previous, _) = Scalars.before(bytes, start), Self.kanaWordEnds.contains(previous) {
                    return start..<end
                }
                // Before です too, after a clause about the caller's dealings or a gasp (車検お願いした
                // やまぐちです, あっもりかわです): a family reading of three kana or more.
                if !strongCue, start > runStart, candidate.count >= 9, familyNames.contains(candidate),
                   let (previous, _) = Scalars.before(bytes, start), previous == "た" || previous == "っ",
                   // (なっ|たもの: after っ a た or て is the verb's own ending.)
                   previous == "た" || !(Scalars.at(bytes, start).map { $0.0 == "た" || $0.0 == "て" } ?? false),
                   !Self.nounsBeforeDesu.contains(where: { candidate.elementsEqual($0) }),
                   !kanaFunctionWords.contains(candidate), !kanaAdjectives.contains(candidate) {
                    return start..<end
                }
                if start == runStart ? runStartsWord : Self.kanaNameLeaders.contains(where: { leader in
                    lead.count >= leader.count && lead.suffix(leader.count).elementsEqual(leader)
                        // A particle leads only after a word that announces a name: 名前は, 営業の, 私が.
                        && (leader.count > 3 || Self.nameAnnouncers.contains { word in
                            runStart >= word.count && bytes[(runStart - word.count)..<runStart].elementsEqual(word) }
                            // 本社のはっとりです, 新人のくずもとさん: after a kanji word and の, a family
                            // reading of three kana or more (ものです, かなです stay words).
                            || (leader == Self.no && lead.count == leader.count && candidate.count >= 9 && familyNames.contains(candidate)
                                && Scalars.before(bytes, runStart).map { ScriptClass.of($0.0) == .kanji } == true
                                && !kanaFunctionWords.contains(candidate) && !kanaAdjectives.contains(candidate)
                                && !Self.nounsBeforeDesu.contains(where: { candidate.elementsEqual($0) })))
                }) {
                    return start..<end
                }
            }
            guard let (_, length) = Scalars.at(bytes, start) else { break }
            start += length
        }
        return nil
    }

    /// Skips role and organisation words and the space after each before a name: 代表取締役 北 直人,
    /// 当社 営業部 長尾, 品質管理 関, カスタマーセンター長　廣瀬 真一, > サービス課 森.
    func skippingRoles(_ start: Int, reader: NameReader) -> Int {
        let bytes = reader.bytes
        var p = start
        while bytes[safe: p] == 0x20 { p += 1 }
        p = Self.skippingCohort(bytes, from: p)
        for _ in 0..<3 {
            let (end, count) = wordEnd(from: p, reader: reader)
            guard end > p, bytes[safe: end] == 0x20 else { break }
            var next = end
            while bytes[safe: next] == 0x20 { next += 1 }
            guard reader.script(at: next) != nil else { break }
            let word = bytes[p..<end]
            // 名義は奥様 査定日…: a family member said politely is the person, not a role before one.
            guard isRoleWord(word, count: count, next: next, reader: reader), !Self.politeRelations.contains(Array(word)) else { break }
            p = next
        }
        return p
    }

    static let politeRelations: Set<[UInt8]> = Set(PersonCueTables.politeRelations.map { Array($0.utf8) })

    /// Units of a class, a year or a cohort written before a member's name (1年1組 東 りん,
    /// 47期 冨宿 隆, 2年生 迫田).
    static let cohortUnits: [[UInt8]] = ["年生", "回生", "年", "組", "期", "班"].map { Array($0.utf8) }

    /// Skips a cohort such as `1年1組 ` or `47期 ` (digits and a unit, repeated, then a space).
    static func skippingCohort(_ bytes: [UInt8], from start: Int) -> Int {
        var p = start, units = 0
        while p < bytes.count, ByteClass.isDigit(bytes[p]) {
            var q = p
            while q < bytes.count, ByteClass.isDigit(bytes[q]) { q += 1 }
            guard let unit = cohortUnits.first(where: { Scalars.hasPrefix(bytes, at: q, $0) }) else { break }
            p = q + unit.count; units += 1
        }
        guard units > 0, bytes[safe: p] == 0x20 else { return start }
        while bytes[safe: p] == 0x20 { p += 1 }
        return p
    }

    /// A line of a roster: a cohort, then a two-part name the lists know in part, and the
    /// line's end or a list separator (1年1組 東 りん, 46期 大脇 誠、).
    func rosterNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            defer { p += 1 }
            guard ByteClass.isDigit(bytes[p]), p == 0 || !ByteClass.isDigit(bytes[p - 1]) else { continue }
            let start = Self.skippingCohort(bytes, from: p)
            guard start > p, let name = reader.nameAfter(start), name.range.lowerBound == start, name.parts == 2,
                  Scalars.at(bytes, name.range.upperBound).map({ "、,\n(".unicodeScalars.contains($0.0) }) ?? true,
                  familyNames.contains(name.firstPart(bytes)) || givenNames.contains(name.lastPart(bytes))
                      || (name.script == .katakana && !isLoanword(name, bytes)),
                  accept(name, context: context, honorific: false) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.roster"))
            p = name.range.upperBound
        }
        return result
    }

    /// Ages and school years written after a child's name in parentheses: (6さい), (7歳),
    /// (小2), (3か月).
    static let ageUnits: [[UInt8]] = ["さい", "歳", "才", "か月", "ヶ月", "ヵ月"].map { Array($0.utf8) }
    static let schoolYears: [[UInt8]] = ["小", "中", "高", "年中", "年長", "年少"].map { Array($0.utf8) }

    /// A name right before its age or school year in parentheses (金賞：ゆいな（6さい）,
    /// 川畑 優奈（小2）): a known kana given name, a katakana word that is no loanword, or a
    /// kanji name the lists know.
    func namesBeforeAges(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        // 次女 柚希 11歳、はな 6さい: an age after a space instead of in parentheses, ending its
        // list item (、 。 ) a space or the line).
        var ages: [Int] = []
        var d = 0
        while d < bytes.count {
            guard bytes[d] == 0x20, d + 1 < bytes.count, ByteClass.isDigit(bytes[d + 1]) else { d += 1; continue }
            var q = d + 1
            while q < bytes.count, ByteClass.isDigit(bytes[q]) { q += 1 }
            if q - d - 1 <= 3, let unit = Self.ageUnits.first(where: { Scalars.hasPrefix(bytes, at: q, $0) }),
               Scalars.at(bytes, q + unit.count).map({ "、。),\n ".unicodeScalars.contains($0.0) }) ?? true {
                ages.append(d)
            }
            d = q
        }
        for space in ages {
            let end = space
            // The name starts its item: after a list separator, a bracket, a space, の or the line's start.
            guard let name = reader.nameBefore(end), name.range.upperBound == end, name.parts == 1, reader.isWordStart(name.range.lowerBound),
                  Scalars.before(bytes, name.range.lowerBound).map({ "、,(\n の".unicodeScalars.contains($0.0) }) ?? true else { continue }
            let surface = bytes[name.range]
            switch name.script {
            case .hiragana:
                guard Scalars.count(bytes, name.range) >= 2, givenNames.contains(surface) || familyNames.contains(surface),
                      !kanaFunctionWords.contains(surface), !kanaAdjectives.contains(surface) else { continue }
            case .katakana: guard Scalars.count(bytes, name.range) >= 2, !isLoanword(name, bytes), !katakanaWords.contains(surface) else { continue }
            case .kanji: guard givenNames.contains(surface) || isKnownName(name, reader: reader), !commonKanjiWords.contains(surface) || givenNames.contains(surface) else { continue }
            case .latin: continue
            }
            guard accept(name, context: context, honorific: true) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.age"))
        }
        while let open = bytes[p...].firstIndex(of: 0x28) {
            p = open + 1
            var q = open + 1
            let prefix = Self.schoolYears.first { Scalars.hasPrefix(bytes, at: q, $0) }
            if let prefix { q += prefix.count }
            let digits = q
            while q < bytes.count, ByteClass.isDigit(bytes[q]) { q += 1 }
            guard q > digits else { continue }
            if prefix == nil {
                guard let unit = Self.ageUnits.first(where: { Scalars.hasPrefix(bytes, at: q, $0) }) else { continue }
                q += unit.count
            }
            guard bytes[safe: q] == 0x29 else { continue }
            var end = open
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            if let honorific = Self.honorifics.first(where: { end >= $0.count && bytes[(end - $0.count)..<end].elementsEqual($0) }) {
                end -= honorific.count
                while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            }
            guard var name = reader.nameBefore(end), name.range.upperBound == end, reader.isWordStart(name.range.lowerBound) else { continue }
            let surface = bytes[name.range]
            switch name.script {
            case .hiragana:
                if name.parts == 2 { name = name.lastPartOnly() }
                let given = bytes[name.range]
                guard Scalars.count(bytes, name.range) >= 2, givenNames.contains(given) || familyNames.contains(given),
                      !kanaFunctionWords.contains(given), !kanaAdjectives.contains(given) else { continue }
            case .katakana: guard Scalars.count(bytes, name.range) >= 2, !isLoanword(name, bytes), !katakanaWords.contains(surface) else { continue }
            case .kanji: guard name.parts == 2 || isKnownName(name, reader: reader) || givenNames.contains(surface) else { continue }
            case .latin: guard reader.isCapitalized(name), !reader.hasCommonEnglishWord(name) else { continue }
            }
            guard accept(name, context: context, honorific: true) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.age"))
        }
        return result
    }

    /// `担当は湯川と玉置で対応`, `玉置と湯川が伺います`, `明日羽鳥と私で伺います`: a listed family name
    /// joined by と to a name found already (or to 私, the writer) is a person too, when it ends
    /// its word before a particle or punctuation.
    func coordinatedNames(of found: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let to = Array("と".utf8), toWriter = to + Self.writer
        var anchors: [Range<Int>] = found.filter { $0.label == .person && $0.confidence >= 0.6 && reader.script(at: $0.normalizedRange.utf8.lowerBound) == .kanji }
            .map { $0.normalizedRange.utf8 }
        var p = 0
        while let at = ByteSearch.firstIndex(of: toWriter, in: bytes, from: p) {
            p = at + toWriter.count
            anchors.append((at + to.count)..<p)
        }
        // 孫の陽葵と湊を: beside a family member's given name, a given name (no common word) joins too.
        let givenAnchors = Set(found.filter { $0.label == .person && $0.rule == "person.relation-given" }.map { $0.normalizedRange.utf8 })
        var result: [Finding] = []
        var beside: Range<Int> = 0..<0
        func candidate(_ range: Range<Int>) {
            let surface = bytes[range]
            let given = givenAnchors.contains(beside) && givenNames.contains(surface) && !commonKanjiWords.contains(surface)
            guard (1...4).contains(Scalars.count(bytes, range)), familyNames.contains(surface) || given, !placeStems.contains(surface),
                  !commonKanjiWords.contains(surface), !notNames.contains(Array(surface)), !reader.isOrganisation(Array(surface)),
                  !found.contains(where: { $0.normalizedRange.utf8.overlaps(range) }), !result.contains(where: { $0.normalizedRange.utf8 == range }) else { return }
            let name = NameReader.Name(range: range, script: .kanji, parts: 1, firstPartEnd: range.upperBound, bytes: bytes, spaced: false)
            guard accept(name, context: context, honorific: true) else { return }
            result.append(context.finding(.person, range, confidence: 0.6, rule: "person.coordinated"))
        }
        for anchor in anchors {
            beside = anchor
            // The anchor (with its honorific), と, then the name: 湯川と玉置で, 湯川さんと玉置が.
            var anchorEnd = anchor.upperBound
            if let honorific = Self.honorifics.first(where: { Scalars.hasPrefix(bytes, at: anchorEnd, $0) }) { anchorEnd += honorific.count }
            if Scalars.hasPrefix(bytes, at: anchorEnd, to), reader.script(at: anchorEnd + to.count) == .kanji {
                let start = anchorEnd + to.count
                let end = reader.runEnd(from: start, script: .kanji, limit: 4)
                if Self.afterCoordinated.contains(where: { Scalars.hasPrefix(bytes, at: end, $0) }) { candidate(start..<end) }
            }
            // The name, と, then the anchor: 玉置と湯川が, 羽鳥と私で.
            if anchor.lowerBound >= to.count, bytes[(anchor.lowerBound - to.count)..<anchor.lowerBound].elementsEqual(to),
               let (_, last) = Scalars.before(bytes, anchor.lowerBound - to.count), reader.script(at: last) == .kanji {
                let end = anchor.lowerBound - to.count
                let runStart = reader.runStart(endingAt: end, script: .kanji, limit: 6)
                var start = runStart
                // (明日羽鳥と私で: a word of time glued before the name.)
                if let time = Self.timeWords.first(where: { bytes[start..<end].starts(with: $0) && end - start > $0.count }) { start += time.count }
                var after = anchor.upperBound
                if let honorific = Self.honorifics.first(where: { Scalars.hasPrefix(bytes, at: after, $0) }) { after += honorific.count }
                if Scalars.before(bytes, runStart).map({ reader.script(at: $0.1) != .kanji }) ?? true,
                   Self.afterCoordinated.contains(where: { Scalars.hasPrefix(bytes, at: after, $0) }) { candidate(start..<end) }
            }
        }
        return result
    }
    /// What ends a pair of names joined by と (湯川と玉置で, 羽鳥と私が).
    static let afterCoordinated: [[UInt8]] = ["で", "が", "は", "の", "に", "も", "を", "、", "。", "さん", "様", "の2名", "の二人"].map { Array(Normalizer().normalizedKey($0).utf8) }

    /// `（旧姓谷口）`, `旧姓山下、新姓山上`, `旧姓 冨樫`: a surname written right after 旧姓 or 新姓
    /// (a colon, a space or の between, if any) is a person's, listed or in katakana.
    func formerSurnames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for word in Self.surnameWords {
            var p = 0
            while let at = ByteSearch.firstIndex(of: word, in: bytes, from: p) {
                p = at + word.count
                var start = p
                // (旧姓の大塚で登録: の may join them too.)
                if bytes[safe: start] == 0x3A || bytes[safe: start] == 0x20 { start += 1 } else if Scalars.hasPrefix(bytes, at: start, Self.no) { start += Self.no.count }
                guard let script = reader.script(at: start), script == .kanji || script == .katakana else { continue }
                let end = reader.runEnd(from: start, script: script, limit: script == .kanji ? 4 : 8)
                let surface = bytes[start..<end]
                guard end > start, script == .katakana || familyNames.contains(surface),
                      !notNames.contains(Array(surface)), !reader.isOrganisation(Array(surface)) else { continue }
                let name = NameReader.Name(range: start..<end, script: script, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false)
                guard accept(name, context: context, honorific: true) else { continue }
                result.append(context.finding(.person, start..<end, confidence: 0.7, rule: "person.former-surname"))
                p = end
            }
        }
        return result
    }
    static let surnameWords: [[UInt8]] = ["旧姓", "新姓", "旧氏"].map { Array($0.utf8) }

    /// `寺尾（営業企画部）作成`, `陶山（部品）、及川（外注）`, `節夫（長男）の車`: a name followed by
    /// who the person is in parentheses — a department, a shop, a job, a title or a relation.
    /// The name stands as a word (no kanji, katakana or Latin letter glued before it) and is a
    /// listed family name, or a listed given name before a relation.
    func namesBeforeTheirRoles(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while let open = bytes[p...].firstIndex(of: 0x28) {
            p = open + 1
            guard let close = bytes[p..<min(bytes.count, p + 40)].firstIndex(where: { $0 == 0x29 || $0 == 0x0A }), bytes[close] == 0x29, close > p else { continue }
            let note = Array(bytes[p..<close])
            let isRelation = Self.relations.contains(note), isUnit = isUnitNote(note)
            guard isRelation || isUnit || isPersonNote(note) else { continue }
            guard let name = reader.nameBefore(open), name.range.upperBound == open, name.parts == 1, name.script == .kanji,
                  reader.isWordStart(name.range.lowerBound),
                  Scalars.before(bytes, name.range.lowerBound).map({ reader.script(at: $0.1) != .katakana && reader.script(at: $0.1) != .latin }) ?? true else { continue }
            let surface = bytes[name.range]
            guard familyNames.contains(surface) || (isRelation && givenNames.contains(surface)),
                  // (新潟（本社）: a place with its office.)
                  !(isUnit && placeStems.contains(surface)),
                  !commonKanjiWords.contains(surface) || (familyNames.contains(surface) && Scalars.count(bytes, name.range) >= 2),
                  !notNames.contains(Array(surface)), !reader.isOrganisation(Array(surface)),
                  accept(name, context: context, honorific: true) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.role-note"))
        }
        return result
    }

    /// Whether a note in parentheses says what a person does: a job (部品, 外注, 経理), a title
    /// (工場長), a standing (新人, 研修中) or an extension (内線102).
    func isPersonNote(_ note: [UInt8]) -> Bool {
        if Self.memoRoles.contains(note) || Self.titles.contains(note) || Self.personNotes.contains(note) { return true }
        // (内線102: the person's extension.)
        return note.starts(with: Self.extensionWord)
    }

    /// Whether a note names a unit of a company (施設課, 新潟東店, 法人営業部).
    func isUnitNote(_ note: [UInt8]) -> Bool {
        guard note.count >= 6, note.count <= 30, note.allSatisfy({ $0 >= 0x80 }) else { return false }
        return Self.unitSuffixes.contains { note.count > $0.count && note.suffix($0.count).elementsEqual($0) }
    }
    static let personNotes: Set<[UInt8]> = Set(["部品", "外注", "経理", "人事", "総務", "法人", "個人", "記録", "司会", "書記", "新人", "研修中",
        "サービス", "検査", "板金", "塗装", "営業企画", "先輩社員", "通訳", "代理", "施設", "企画", "広報", "工場", "本社", "査定", "保険", "事務局",
        "パート", "アルバイト", "派遣", "嘱託", "新入社員", "店長代理", "副店長", "リーダー", "サブリーダー", "メカ", "フロント"]
        .map { Array(Normalizer().normalizedKey($0).utf8) })
    static let unitSuffixes: [[UInt8]] = ["課", "部", "室", "店", "係", "班", "支店", "営業所", "工場", "センター", "本社", "支社", "事業所", "グループ", "チーム"]
        .map { Array(Normalizer().normalizedKey($0).utf8) }
    static let extensionWord = Array("内線".utf8)

    /// Names as mail writes them around an address: a quoted display name before `<`
    /// (`From: "Garcia, Maria" <maria@…>`, `"山田 太郎" <…>`), and the writer of a quoted
    /// message (`On Mon, Dec 1, 2026 at 10:41 AM Hiroshi Yamauchi <…> wrote:`).
    func mailNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        // Capitalised Latin words, each perhaps followed by a comma (Garcia, Maria), filling `range`.
        func latinWords(_ range: Range<Int>) -> Bool {
            let words = bytes[range].split(whereSeparator: { $0 == 0x20 || $0 == 0x2C })
            // Latin letters (accented ones are two bytes, below 0xE0), hyphens and apostrophes.
            guard (2...4).contains(words.count), words.allSatisfy({ word in
                (ByteClass.isLower(word.first ?? 0) || (0xC3...0xC5).contains(word.first ?? 0)) && word.allSatisfy { ByteClass.isAlnum($0) || $0 == 0x2D || $0 == 0x27 || ($0 >= 0x80 && $0 < 0xE0) }
            }) else { return false }
            let name = NameReader.Name(range: range, script: .latin, parts: 2, firstPartEnd: range.lowerBound, bytes: bytes, spaced: true)
            return reader.isCapitalized(name) && !words.contains { Self.englishNotNames.contains(String(decoding: $0, as: UTF8.self)) }
                && !String(decoding: bytes[range], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "," }).contains { NameReader.commonEnglish.contains(String($0)) }
        }
        var p = 0
        while let open = bytes[p...].firstIndex(of: 0x22) {
            p = open + 1
            guard let close = bytes[(open + 1)..<min(bytes.count, open + 80)].firstIndex(of: 0x22) else { continue }
            var q = close + 1
            while bytes[safe: q] == 0x20 { q += 1 }
            guard bytes[safe: q] == 0x3C, close > open + 1, !bytes[(open + 1)..<close].contains(0x0A) else { continue }
            p = close + 1
            let range = (open + 1)..<close
            if latinWords(range) {
                result.append(context.finding(.person, range, confidence: 0.7, rule: "person.mail-display"))
            } else if let name = reader.nameAfter(range.lowerBound), name.range == range, name.script != .latin,
                      name.script != .hiragana || name.parts == 2, isKnownName(name, reader: reader) || (name.script == .katakana && name.parts == 2),
                      name.script != .katakana || !isLoanword(name, bytes), !containsCompanyWord(range, context: context),
                      !notNames.contains(name.lastPart(bytes)), !reader.isOrganisation(name.firstPart(bytes)),
                      accept(name, context: context, honorific: false) {
                result.append(context.finding(.person, range, confidence: 0.7, rule: "person.mail-display"))
            }
        }
        // … Hiroshi Yamauchi wrote: (normalised text is lower-case: the words are judged on the original).
        var s = 0
        let wrote = Array(" wrote:".utf8)
        while s + wrote.count <= bytes.count, let first = bytes[s...].firstIndex(of: 0x3A) {
            s = first + 1
            guard first + 1 >= wrote.count, bytes[(first + 1 - wrote.count)...first].elementsEqual(wrote) else { continue }
            let hit = first + 1 - wrote.count
            var end = hit
            if bytes[safe: end - 1] == 0x3E, let lt = bytes[max(0, end - 80)..<end].lastIndex(of: 0x3C) {
                end = lt
                while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            }
            // Up to three words back, not past a time's am/pm, a comma or a digit.
            var start = end, words = 0
            while words < 3, start > 0 {
                var wordStart = start
                while wordStart > 0, bytes[wordStart - 1] != 0x20, bytes[wordStart - 1] != 0x2C, bytes[wordStart - 1] != 0x0A { wordStart -= 1 }
                let word = bytes[wordStart..<start]
                guard !word.isEmpty, !word.contains(where: ByteClass.isDigit), !word.elementsEqual(Array("am".utf8)), !word.elementsEqual(Array("pm".utf8)),
                      !word.elementsEqual(Array("at".utf8)) else { break }
                start = wordStart; words += 1
                guard start > 0, bytes[start - 1] == 0x20 else { break }
                start -= 1
            }
            while start < end, bytes[start] == 0x20 { start += 1 }
            guard start < end, latinWords(start..<end) else { continue }
            result.append(context.finding(.person, start..<end, confidence: 0.7, rule: "person.mail-wrote"))
        }
        return result
    }

    /// A role or organisation word standing where a name was (司会：営業本部 ［氏名］ after a
    /// first redaction): no name.
    func isRoleAlone(_ name: NameReader.Name, reader: NameReader) -> Bool {
        guard name.parts == 1, name.script == .kanji || name.script == .katakana else { return false }
        // 藤田部長, 市川センター長: a known name with its title is no role.
        if name.script == .kanji, isKnownName(refined(name, reader: reader), reader: reader) { return false }
        let (end, count) = wordEnd(from: name.range.lowerBound, reader: reader)
        return isRoleWord(reader.bytes[name.range.lowerBound..<end], count: count, next: end, reader: reader)
    }

    /// The end of one word of kanji, katakana or Latin letters, mixed (カスタマーセンター長),
    /// of at most twelve characters, and its length in characters.
    /// A longer word is no role word: (start, 0). A ・ belongs to a katakana word only (松井・中野
    /// is a list).
    func wordEnd(from start: Int, reader: NameReader) -> (end: Int, count: Int) {
        var end = start, count = 0
        func continues(_ offset: Int) -> Bool {
            guard let (scalar, _) = Scalars.at(reader.bytes, offset) else { return false }
            if scalar == "・" { return offset > start && reader.script(at: offset - 3) == .katakana }
            return reader.script(at: offset) != nil && reader.script(at: offset) != .hiragana || scalar == "ー"
        }
        while continues(end), let (_, length) = Scalars.at(reader.bytes, end) {
            if count == 12 { return (start, 0) }
            end += length; count += 1
        }
        return (end, count)
    }

    /// Whether a word before a name is a role or an organisation, not part of the name: a
    /// title, an organisation (not a family name that ends like one: 岡部, 服部), a role noun,
    /// a loanword, or an unknown kanji word before a known name.
    func isRoleWord(_ word: ArraySlice<UInt8>, count: Int, next: Int, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        let p = word.startIndex, end = word.endIndex
        let last = Scalars.before(bytes, end).map { $0.0 }
        if Self.titles.contains(where: { word.elementsEqual($0) }) || Self.relations.contains(where: { word.elementsEqual($0) })
            || notNames.contains(word) || Self.fieldLabels.contains(where: { word.elementsEqual($0) }) { return true }
        if familyNames.contains(word) { return false }
        return reader.isOrganisation(Array(word))
                || (last.map { "長役員者士".unicodeScalars.contains($0) } ?? false && count >= 2)
                || (reader.script(at: p) == .katakana && katakanaWords.contains(word))
                || (reader.script(at: p) == .kanji && !familyNames.contains(word) && count >= 2
                    && reader.nameAfter(next).map { $0.script == .kanji && isKnownName(refined($0, reader: reader), reader: reader) } == true)
    }

    /// Words that say what is in the quotes that follow: a name as it is written or read.
    static let nameQuoteAnnouncers: [[UInt8]] = ["名前", "名札", "表記", "読み方", "氏名", "使用者名", "所有者名", "名義", "署名", "呼び名",
        "なまえ", "名刺", "ネーム", "ネームプレート", "読み"].map { Array($0.utf8) }
    /// Longest first; the empty particle last (名札「中尾」).
    static let quoteParticles: [[UInt8]] = ["には", "では", "は", "が", "も", "を", "に", ""].map { Array($0.utf8) }

    /// A name quoted after a word that announces it (名前が「斉藤」になっていました, 名札は"いまむら",
    /// 読み方は「パク」です): the whole quote, when it reads as a name of one or two parts.
    func quotedNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while let open = bytes[p...].firstIndex(where: { $0 == 0x22 || $0 == 0xE3 }) {
            p = open + 1
            // 「 is E3 80 8C; " is 0x22.
            let isCorner = bytes[open] == 0xE3 && bytes[safe: open + 1] == 0x80 && bytes[safe: open + 2] == 0x8C
            guard isCorner || bytes[open] == 0x22 else { continue }
            let contentStart = open + (isCorner ? 3 : 1)
            guard let particle = Self.quoteParticles.first(where: { open >= $0.count && bytes[(open - $0.count)..<open].elementsEqual($0) }),
                  Self.nameQuoteAnnouncers.contains(where: { word in
                      open - particle.count >= word.count && bytes[(open - particle.count - word.count)..<(open - particle.count)].elementsEqual(word) }),
                  let name = reader.nameAfter(contentStart), name.range.lowerBound == contentStart else { continue }
            let closeOK = isCorner ? (bytes[safe: name.range.upperBound] == 0xE3 && bytes[safe: name.range.upperBound + 1] == 0x80 && bytes[safe: name.range.upperBound + 2] == 0x8D)
                                   : bytes[safe: name.range.upperBound] == 0x22
            guard closeOK, Scalars.count(bytes, name.range) >= (name.script == .kanji ? 1 : 2), accept(name, context: context, honorific: true),
                  name.script != .katakana || !isLoanword(name, bytes), name.script != .latin || reader.isCapitalized(name) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.quoted"))
            p = name.range.upperBound
        }
        return result
    }

    /// Roles that stand before a colleague's name with a space, in memos and business mail
    /// (総務 米丸 へ, 配送課 黒木, フロント 宝徳, FA 春山): besides titles, relations, field labels
    /// and organisations.
    static let spacedRoles: Set<[UInt8]> = Set(["総務", "経理", "人事", "庶務", "事務局", "フロント", "サービスフロント", "受付", "新人",
        "作業", "引率", "窓口", "営業", "整備", "メカ", "fa", "sa", "スタッフ", "連絡係", "新担当", "旧担当", "前担当", "後任者",
        "アドバイザー", "サービスアドバイザー", "オペレーター", "発注者", "貸出者", "完成検査",
        "サービス", "bp", "板金", "鈑金", "塗装", "査定", "買取", "配送", "陸送", "保険担当"].map { Array(Normalizer().normalizedKey($0).utf8) })

    /// A known name after a role word and a space anywhere in a line, ended by a particle,
    /// punctuation, a space, a title or the line's end (院長 鎌田 の了承, 管理部 有村 まで,
    /// 専務 竹下 信行). The role must be one (a title, an organisation, a role noun): an unknown
    /// word before a space (鹿児島 中央) is not enough.
    func namesAfterSpacedRoles(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var s = 0
        while let space = bytes[s...].firstIndex(of: 0x20) {
            s = space + 1
            var start = s
            while bytes[safe: start] == 0x20 { start += 1 }
            guard let roleStart = reader.wordStart(endingAt: space), roleStart < space,
                  reader.script(at: start) == .kanji || reader.script(at: start) == .katakana else { continue }
            let role = bytes[roleStart..<space]
            guard Self.spacedRoles.contains(Array(role)) || Self.titles.contains(where: { role.elementsEqual($0) })
                    || Self.fieldLabels.contains(where: { role.elementsEqual($0) }) || reader.isOrganisation(Array(role))
                    || (Self.relations.contains(where: { role.elementsEqual($0) }) && !Self.familyRelations.contains(Array(role))) else { continue }
            var name: NameReader.Name
            if reader.script(at: start) == .kanji {
                let runEnd = reader.runEnd(from: start, script: .kanji, limit: 4)
                // 総務 米丸 へ: a family name nobody listed fills the word after the role.
                let unlisted = isUnlistedFamilyName(start..<runEnd, reader: reader, context: context) && endsAsSubject(runEnd, reader: reader)
                    ? NameReader.Name(range: start..<runEnd, script: .kanji, parts: 1, firstPartEnd: runEnd, bytes: bytes, spaced: false) : nil
                guard let known = knownFamilyPrefix(at: start, reader: reader) ?? unlisted else { continue }
                name = extendedWithGivenName(known, reader: reader)
                if name.parts == 1, bytes[safe: name.range.upperBound] == 0x20, let read = reader.nameAfter(start), read.parts == 2,
                   read.script == .kanji, read.firstPartEnd == name.range.upperBound, givenNames.contains(read.lastPart(bytes)) {
                    name = read
                }
            } else {
                guard let read = reader.nameAfter(start), read.range.lowerBound == start, read.parts == 1,
                      familyNames.contains(bytes[read.range]), !katakanaWords.contains(bytes[read.range]) else { continue }
                name = read
            }
            let end = name.range.upperBound
            if let (after, _) = Scalars.at(bytes, end) {
                switch ScriptClass.of(after) {
                case .space, .lineBreak, .other: break
                case .hiragana: guard "がはよからまにへとのもで".unicodeScalars.contains(after) || isTitleOrHonorific(at: end, reader: reader) else { continue }
                case .kanji: guard isTitleOrHonorific(at: end, reader: reader) else { continue }
                default: continue
                }
            }
            guard Scalars.count(bytes, name.range) >= 2, accept(name, context: context, honorific: false), !placeLike(name, bytes) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.spaced-role"))
            s = max(s, end)
        }
        return result
    }

    /// A line that is a role and a name (受付　結城 さやか, 課長代理　大和田 拓也, 輸出課
    /// アフマド・ラフマン, > 経理 野口): a signature or a quoted one.
    func roleLines(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for lineStart in reader.orderedLineStarts {
            var p = lineStart
            while bytes[safe: p] == 0x3E || bytes[safe: p] == 0x20 { p += 1 }  // > quote marks
            let nameStart = skippingRoles(p, reader: reader)
            guard nameStart > p, let read = reader.nameAfter(nameStart), read.range.lowerBound == nameStart else { continue }
            var name = extendedWithGivenName(read, reader: reader)
            // 受付　結城 さやか: after a role, a kanji family name the lists lack and a kana given name.
            if name.script == .kanji, name.parts == 1, bytes[safe: name.range.upperBound] == 0x20,
               let given = reader.nameAfter(name.range.upperBound + 1), given.range.lowerBound == name.range.upperBound + 1,
               given.script == .hiragana || given.script == .katakana, given.parts == 1, Scalars.count(bytes, given.range) <= 5 {
                name = NameReader.Name(range: name.range.lowerBound..<given.range.upperBound, script: .kanji, parts: 2,
                                       firstPartEnd: name.range.upperBound, bytes: bytes)
            } else {
                name = refined(name, reader: reader)
            }
            var end = name.range.upperBound
            while bytes[safe: end] == 0x20 || bytes[safe: end] == 0x0D { end += 1 }
            guard end >= bytes.count || bytes[end] == 0x0A, accept(name, context: context, honorific: false) else { continue }
            let ok: Bool
            switch name.script {
            case .kanji: ok = isKnownName(name, reader: reader)
            case .katakana: ok = (Array(bytes[name.range]).containsMiddleDot || name.parts == 2) && !isLoanword(name, bytes)
            case .latin: ok = name.parts >= 2 && reader.isCapitalized(name) && !reader.hasCommonEnglishWord(name)
            case .hiragana: ok = false
            }
            if ok { result.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.role-line")) }
        }
        return result
    }

    /// English cues before a name (`PersonCueTables.englishCueWords`, found by the front end).
    static let englishCues = PersonCueTables.englishCueWords.map { Array($0.utf8) }
    /// Cues that greet (hi, hello, dear): the name after them must end the greeting.
    static let englishGreetings: [[UInt8]] = ["hi ", "hi, ", "hello", "dear "].map { Array($0.utf8) }
    /// Closing lines after which a line with only a name is the signature.
    static let englishClosings: [[UInt8]] = ["thank you", "thanks", "regards", "best", "sincerely", "cheers", "best wishes"].map { Array($0.utf8) }

    /// Cues for a family member or friend, after which a listed name counts in lower case too.
    static let englishFamilyCues: Set<[UInt8]> = Set(["my husband ", "my wife ", "my son ", "my daughter ", "my friend ", "my boyfriend ",
        "my girlfriend ", "my partner ", "my father ", "my mother ", "my brother ", "my sister "].map { Array($0.utf8) })
    /// Verbs and prepositions that take a person (normalised to lower case).
    static let englishPersonVerbs: [[UInt8]] = ["tell ", "ask ", "ask for ", "asked ", "told ", "contact ", "call ", "met "].map { Array($0.utf8) }
    static let englishAnd = Array(" and ".utf8)

    /// The ASCII letters of one word starting at `start`, if it is one.
    func latinWord(at start: Int, _ bytes: [UInt8]) -> Range<Int>? {
        var end = start
        while end < bytes.count, (0x61...0x7A).contains(bytes[end]) || (0x41...0x5A).contains(bytes[end]) { end += 1 }
        guard end - start >= 2, end == bytes.count || !ByteClass.isAlnum(bytes[end]) else { return nil }
        return start..<end
    }

    /// Whether a Latin word is a listed given or family name in romaji.
    func isListedLatinName(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        let word = Array(String(decoding: bytes[range], as: UTF8.self).lowercased().utf8)
        return givenNames.contains(word[...]) || familyNames.contains(word[...])
    }

    /// Latin names in English text: after a cue (I'm Lucas Oliveira, my husband Raj), before
    /// -san/-sama (Tanaka-san), and a line of one to three capitalised words closing a message
    /// after a closing line (Thank you. / Tom) or above a mail address or number.
    func latinNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        func take(_ read: NameReader.Name, _ rule: String, _ confidence: Double) {
            // My husband Raj has …: the name is the capitalised words only.
            let name = capitalizedPrefix(read, reader: reader)
            // (I am Korean-American: any part of a hyphenated first word.)
            guard name.script == .latin, reader.isCapitalized(name), !reader.hasCommonEnglishWord(name),
                  !bytes[name.range.lowerBound..<name.firstPartEnd].split(separator: 0x2D).contains(where: { Self.englishNotNames.contains(String(decoding: $0, as: UTF8.self)) }) else { return }
            result.append(context.finding(.person, name.range, confidence: confidence, rule: rule))
        }
        for (hit, cue) in context.candidates[.englishCues].lazy.map({ ($0.range, Self.englishCues[$0.pattern]) }) {
            guard reader.isWordStart(hit.lowerBound), let read = reader.nameAfter(hit.upperBound), read.range.lowerBound == hit.upperBound else { continue }
            let name = capitalizedPrefix(read, reader: reader)
            // hi/hello/dear X: a greeting names the reader (Hi Sam,) or the writer (Hi, Sam here).
            let greeting = Self.englishGreetings.contains { cue.starts(with: $0) }
            if greeting {
                let after = bytes[name.range.upperBound...]
                guard after.starts(with: Array(" here".utf8)) || after.first == 0x2C || after.first == 0x0A || after.first == 0x21 else { continue }
            }
            // my wife ana: a listed given or family name after a family cue, whatever its case.
            if !reader.isCapitalized(name), Self.englishFamilyCues.contains(cue), let word = latinWord(at: hit.upperBound, bytes),
               isListedLatinName(word, bytes), !NameReader.commonEnglish.contains(String(decoding: bytes[word], as: UTF8.self)) {
                result.append(context.finding(.person, word, confidence: 0.65, rule: "person.english-cue"))
                continue
            }
            take(name, "person.english-cue", 0.7)
        }
        // Please tell Misaki and Takumi, ask Misaki: after a verb that takes a
        // person, a capitalised word that the name lists know (in romaji), and one joined to it by and
        // (not after with: with Osaka and Kyoto).
        for cue in Self.englishPersonVerbs {
            var from = 0
            while let hit = ByteSearch.firstIndex(of: cue, in: bytes, from: from) {
                from = hit + 1
                guard hit == 0 || !ByteClass.isAlnum(bytes[hit - 1]) else { continue }
                var start = hit + cue.count
                while let word = latinWord(at: start, bytes), reader.isCapitalized(NameReader.Name(range: word, script: .latin, parts: 1, firstPartEnd: word.upperBound, bytes: bytes)),
                      isListedLatinName(word, bytes), !NameReader.commonEnglish.contains(String(decoding: bytes[word], as: UTF8.self)),
                      !Self.makersNamedAfterPeople.contains(String(decoding: bytes[word], as: UTF8.self)),
                      // (A common word after it names a thing, Mizuno Sports; and joins another name.)
                      !beforeCompanyWord(word.upperBound, bytes) || bytes[word.upperBound...].starts(with: Self.englishAnd) {
                    result.append(context.finding(.person, word, confidence: 0.6, rule: "person.english-verb"))
                    guard bytes[word.upperBound...].starts(with: Self.englishAnd) else { break }
                    start = word.upperBound + Self.englishAnd.count
                }
            }
        }
        // Tanaka-san, Suzuki-sama (normalised: tanaka-san).
        for hit in context.candidates[.englishHonorifics].lazy.map(\.range) {
            guard !ByteClass.isAlnum(bytes[safe: hit.upperBound] ?? 0x20), let name = reader.nameBefore(hit.lowerBound),
                  name.range.upperBound == hit.lowerBound else { continue }
            // (Ask for Yoshioka-san: the word before -san alone, however many the reader took.)
            guard name.script == .latin else { take(name.parts == 2 ? name.lastPartOnly() : name, "person.english-honorific", 0.7); continue }
            let lastToken = (bytes[name.range].lastIndex(of: 0x20).map { $0 + 1 }) ?? name.range.lowerBound
            take(NameReader.Name(range: lastToken..<name.range.upperBound, script: .latin, parts: 1, firstPartEnd: name.range.upperBound, bytes: bytes),
                 "person.english-honorific", 0.7)
        }
        // A signature line: one to three capitalised words alone on a line, after a closing
        // line or above a line with a mail address or a number.
        let lines = reader.nonEmptyLines()
        for (index, line) in lines.enumerated() {
            guard reader.script(at: line.lowerBound) == .latin, let name = reader.nameAfter(line.lowerBound),
                  name.range.upperBound == line.upperBound else { continue }
            let afterClosing = index > 0 && {
                var text = Array(bytes[lines[index - 1]])
                while let last = text.last, last == 0x2E || last == 0x2C || last == 0x21 { text.removeLast() }
                return Self.englishClosings.contains { text.count >= $0.count && text.suffix($0.count).elementsEqual($0) }
            }()
            let aboveContact = index + 1 < lines.count && reader.isContactLine(lines[index + 1])
            guard afterClosing || aboveContact else { continue }
            take(name, "person.english-signature", 0.65)
        }
        return result
    }

    /// A chat or mail that ends with a kana name alone on its line (りな, ショウタ), or has it
    /// above a line with a number or mail address: the writer's signature.
    func kanaSignatures(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let trimmed = reader.nonEmptyLines()
        var result: [Finding] = []
        for (index, line) in trimmed.enumerated() {
            let last = index == trimmed.count - 1
            let aboveContact = !last && reader.isContactLine(trimmed[index + 1])
            guard last || aboveContact, index > 0, let script = reader.script(at: line.lowerBound),
                  script == .hiragana || script == .katakana, let name = reader.nameAfter(line.lowerBound),
                  name.range == line, name.parts == 1, Scalars.count(bytes, line) >= 2 else { continue }
            let surface = bytes[line]
            guard givenNames.contains(surface) || familyNames.contains(surface), !notNames.contains(surface),
                  script == .katakana ? !katakanaWords.contains(surface) : !(kanaFunctionWords.contains(surface) || kanaAdjectives.contains(surface)),
                  // 車種：⏎セレナ: a car model answering the line above.
                  script == .hiragana || !isWholeCompanyWord(line, context: context) else { continue }
            result.append(context.finding(.person, line, confidence: 0.6, rule: "person.kana-signature"))
        }
        return result
    }
}

// Staff named in kana after the place or role they belong to.
extension PersonDetector {
    /// A known family name read in kana after a word and の, as voice input and fast chat
    /// write staff (店長のくぎみやから連絡, 本社の よしたけ から折り返します, 熊本のそのだが担当,
    /// 近くの みやぎ が伺います): the name, then が/から/より/に/も, then what staff do. After an
    /// office (センターの しらみず です) です says it as well.
    func kanaStaffAfterNo(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let no = Array("の".utf8)
        var result: [Finding] = []
        var at = 0
        while let found = ByteSearch.firstIndex(of: no, in: bytes, from: at) {
            at = found + no.count
            guard reader.script(at: found) == .hiragana, let (_, wordEnd) = Scalars.before(bytes, found),
                  reader.script(at: wordEnd) == .kanji || Scalars.hasSuffix(bytes, before: found, Array("近く".utf8)) else { continue }
            let start = bytes[safe: at] == 0x20 ? at + 1 : at
            guard let script = reader.script(at: start), script == .hiragana || script == .katakana else { continue }
            // The longest family reading of three to six kana at the start of the run.
            var name: Range<Int>? = nil
            for length in stride(from: 18, through: 9, by: -3) where start + length <= bytes.count {
                let candidate = bytes[start..<(start + length)]
                guard reader.script(at: start + length - 3) == script, familyNames.contains(candidate) else { continue }
                name = start..<(start + length)
                break
            }
            guard let range = name else { continue }
            let surface = bytes[range]
            guard !kanaFunctionWords.contains(surface), !kanaAdjectives.contains(surface), !notNames.contains(Array(surface)),
                  script == .hiragana || !katakanaWords.contains(surface) else { continue }
            var p = range.upperBound
            if bytes[safe: p] == 0x20 { p += 1 }
            // A name ends where the run of its script ends or a particle follows.
            guard reader.script(at: range.upperBound) != script || bytes[safe: range.upperBound] == 0x20
                    || Self.staffParticles.contains(where: { Scalars.hasPrefix(bytes, at: range.upperBound, $0) }) else { continue }
            let office = Self.officeWords.contains { Scalars.hasSuffix(bytes, before: found, $0) }
            if office, Scalars.hasPrefix(bytes, at: p, Array("です".utf8)) {
                result.append(context.finding(.person, range, confidence: 0.6, rule: "person.kana-staff"))
                continue
            }
            guard let particle = Self.staffParticles.first(where: { Scalars.hasPrefix(bytes, at: p, $0) }) else { continue }
            let after = p + particle.count
            guard Self.kanaStaffActions.contains(where: { action in (after...min(after + 24, bytes.count)).contains { Scalars.hasPrefix(bytes, at: $0, action) } }) else { continue }
            result.append(context.finding(.person, range, confidence: 0.6, rule: "person.kana-staff"))
        }
        return result
    }

    static let staffParticles: [[UInt8]] = ["から", "より", "が", "に", "も"].map { Array($0.utf8) }
    /// What staff do for a customer.
    static let kanaStaffActions: [[UInt8]] = (["担当", "連絡", "伺", "いたし", "致し", "承", "折り返", "対応", "参り", "説明", "案内", "電話",
        "お持ち", "お届け", "お迎え", "引き取", "見積", "点検", "整備", "頼まれ", "言われ", "聞いて"]).map { Array($0.utf8) }
    /// Offices after which a name and です introduce the one who speaks (センターの しらみず です).
    static let officeWords: [[UInt8]] = ["センター", "店", "本社", "工場", "部", "課", "室", "係", "会社", "支社", "営業所", "保険"].map { Array(Normalizer().normalizedKey($0).utf8) }
}
