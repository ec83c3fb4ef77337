import PatternSearch
import SuminuriTables
import TextNormalization

// How a message opens and closes with its writer.
extension PersonDetector {
    /// What voice input and short messages say their writer with, when no list knows the name:
    /// a foreign resident's katakana name alone on the last line, under a sentence
    /// (…いいですか。⏎ロペス, ⏎サントス 080-…); a hiragana name with です closing the text
    /// after a space (…お願いできますか しもぞのです); and one opening it (とこなべですけど 来週の…,
    /// もしもし ひがしまるです).
    /// A name someone asks to be called by (`ナムとよんでください`, `Nimalと呼んでください`, `ケンって呼んで`):
    /// the word right before the request, katakana, Latin, or a name the lists know. Being called
    /// (`と呼ばれています`) counts for a katakana word that is no loanword and for Latin words
    /// (ブラケットと呼ばれる部品 is a part).
    func calledNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var from = 0
        while let hit = Self.callRequests.lazy.compactMap({ cue in Self.firstIndex(of: cue, in: bytes, from: from).map { ($0, cue) } }).min(by: { $0.0 < $1.0 }) {
            let (at, cue) = hit
            from = at + cue.count
            // と or って, perhaps after a space (ナム とよんで).
            var end = at
            if bytes[safe: end - 1] == 0x20 { end -= 1 }
            guard let (last, lastStart) = Scalars.before(bytes, end), ScriptClass.of(last) != .space, let script = reader.script(at: lastStart) else { continue }
            let start = reader.runStart(endingAt: end, script: script, limit: 12)
            guard start < end, reader.isWordStart(start) || script == .latin,
                  case let name = NameReader.Name(range: start..<end, script: script, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false) else { continue }
            let passive = Self.beingCalled.contains { Scalars.hasPrefix(bytes, at: at, $0) }
            let ok: Bool
            switch script {
            case .katakana: ok = Scalars.count(bytes, name.range) >= 2 && !NameReader.isSpokenFunctionWord(bytes[name.range]) && (!passive || !isLoanword(name, bytes))
            case .latin: ok = reader.isCapitalized(name) && !reader.hasCommonEnglishWord(name)
            case .kanji: ok = !passive && Scalars.count(bytes, name.range) <= 4 && (givenNames.contains(bytes[name.range]) || familyNames.contains(bytes[name.range]))
            case .hiragana: ok = !passive && (2...5).contains(Scalars.count(bytes, name.range)) && givenNames.contains(bytes[name.range]) && !kanaFunctionWords.contains(bytes[name.range])
            }
            guard ok, !isWholeCompanyWord(name.range, context: context), accept(name, context: context, honorific: true) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.called"))
        }
        return result
    }

    static let callRequests: [[UInt8]] = ["と呼んで", "とよんで", "って呼んで", "ってよんで", "と呼ばれて", "とよばれて"].map { Array($0.utf8) }
    static let beingCalled: [[UInt8]] = ["と呼ばれて", "とよばれて"].map { Array($0.utf8) }

    /// How a sentence closes politely, right before a name glued to it.
    static let politeEndings: [[UInt8]] = ["ます", "です", "ました", "でした"].map { Array($0.utf8) }

    func signOffs(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        let lines = reader.nonEmptyLines()
        if lines.count >= 2, let last = lines.last, reader.script(at: last.lowerBound) == .katakana,
           let name = reader.nameAfter(last.lowerBound), name.script == .katakana,
           name.range.upperBound == last.upperBound || (bytes[name.range.upperBound] == 0x20 && reader.isContactLine(name.range.upperBound..<last.upperBound)),
           let (closing, _) = Scalars.before(bytes, lines[lines.count - 2].upperBound),
           "。?!)".unicodeScalars.contains(closing) || reader.script(at: lines[lines.count - 2].upperBound - 3) == .hiragana,
           !isLoanword(name, bytes), !isWholeCompanyWord(name.range, context: context),
           accept(name, context: context, honorific: false) {
            result.append(context.finding(.person, name.range, confidence: 0.6, rule: "person.sign-off"))
        }
        // 取り急ぎご連絡まで。⏎田上より, ⏎娘の理恵より: the last line signs the message with より.
        if lines.count >= 2, let last = lines.last, last.count > 6, bytes[(last.upperBound - 6)..<last.upperBound].elementsEqual(Self.yori) {
            var start = last.lowerBound, end = last.upperBound - 6
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            if let relation = Self.familyRelations.first(where: { Scalars.hasPrefix(bytes, at: start, $0 + Self.no) }) { start += relation.count + 3 }
            if start < end, let read = reader.nameAfter(start), read.range == start..<end, read.script != .hiragana,
               read.script != .kanji || isKnownName(read, reader: reader) || givenNames.contains(bytes[read.range])
                   || isUnlistedFamilyName(read.range, reader: reader, context: context),
               !isLoanword(read, bytes), !isWholeCompanyWord(read.range, context: context), !reader.isOrganisation(Array(bytes[read.range])),
               accept(read, context: context, honorific: true) {
                result.append(context.finding(.person, read.range, confidence: 0.65, rule: "person.sign-off"))
            }
        }
        // …よろしくお願いします菊池: voice input glues the writer's known name to the closing
        // formula at the very end of the text.
        do {
            var end = bytes.count
            while end > 0, [0x20, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
            let start = reader.runStart(endingAt: end, script: .kanji, limit: 5)
            // ありがとうございました　平原: or with a space between.
            var closingEnd = start
            while closingEnd > 0, bytes[closingEnd - 1] == 0x20 { closingEnd -= 1 }
            if start < end, Self.politeEndings.contains(where: { Scalars.hasPrefix(bytes, at: start - $0.count, $0) || Scalars.hasPrefix(bytes, at: closingEnd - $0.count, $0) }),
               let name = kanjiNameStarting(at: start, reader: reader, unknownGiven: false), name.range == start..<end,
               Scalars.count(bytes, name.range) >= 2, accept(name, context: context, honorific: false), !placeLike(name, bytes) {
                result.append(context.finding(.person, name.range, confidence: 0.6, rule: "person.sign-off"))
            }
        }
        // — 平原, ― Emma: the last line signs with a dash before the name.
        if lines.count >= 2, let last = lines.last, let (dash, length) = Scalars.at(bytes, last.lowerBound), "—―-–~〜".unicodeScalars.contains(dash) {
            var start = last.lowerBound + length
            while start < last.upperBound, bytes[start] == 0x20 || Scalars.at(bytes, start).map({ "—―-–".unicodeScalars.contains($0.0) }) == true {
                start += Scalars.at(bytes, start)?.1 ?? 1
            }
            if start < last.upperBound, let read = reader.nameAfter(start), read.range == start..<last.upperBound,
               read.script == .kanji ? (isKnownName(read, reader: reader) && Scalars.count(bytes, read.range) >= 2)
                   : read.script == .latin ? (reader.isCapitalized(read) && !reader.hasCommonEnglishWord(read))
                   : read.script == .katakana && !isLoanword(read, bytes) && !isWholeCompanyWord(read.range, context: context),
               accept(read, context: context, honorific: true) {
                result.append(context.finding(.person, read.range, confidence: 0.6, rule: "person.sign-off"))
            }
        }
        // Closing: the text ends in です (。!) after a hiragana word that follows a space or a sentence end.
        var end = bytes.count
        while end > 0, let (scalar, previous) = Scalars.before(bytes, end), ScriptClass.of(scalar) == .space || ScriptClass.of(scalar) == .lineBreak || "。!…".unicodeScalars.contains(scalar) { end = previous }
        if let copula = Self.closingCopulas.first(where: { end >= $0.count && bytes[(end - $0.count)..<end].elementsEqual($0) }) {
            var nameEnd = end - copula.count
            if nameEnd > 0, bytes[nameEnd - 1] == 0x20 { nameEnd -= 1 }
            let start = reader.runStart(endingAt: nameEnd, script: .hiragana, limit: 8)
            if start > 0, let (before, _) = Scalars.before(bytes, start),
               ScriptClass.of(before) == .space || "。、?!".unicodeScalars.contains(before),
               isVoicedName(start..<nameEnd, reader: reader) {
                result.append(context.finding(.person, start..<nameEnd, confidence: 0.6, rule: "person.closing-name"))
            }
        }
        // Opening: the text starts (after a filler) with a hiragana word and です or ですけど.
        var p = 0
        while p < bytes.count {
            if bytes[p] == 0x20 || bytes[p] == 0x0A { p += 1; continue }
            if let filler = Self.openingFillers.first(where: { Scalars.hasPrefix(bytes, at: p, $0) }),
               let (next, _) = Scalars.at(bytes, p + filler.count), ScriptClass.of(next) == .space || next == "、" {
                p += filler.count + (next == "、" ? 3 : 1); continue
            }
            break
        }
        if reader.script(at: p) == .hiragana {
            var nameEnd = p
            while nameEnd < bytes.count, nameEnd - p < 24, !Scalars.hasPrefix(bytes, at: nameEnd, Self.desu), reader.script(at: nameEnd) == .hiragana { nameEnd += 3 }
            var q = nameEnd + Self.desu.count
            for tail in Self.openingTails where Scalars.hasPrefix(bytes, at: q, tail) { q += tail.count; break }
            if Scalars.hasPrefix(bytes, at: nameEnd, Self.desu), Scalars.count(bytes, p..<nameEnd) >= 3,
               let (after, _) = Scalars.at(bytes, q), ScriptClass.of(after) == .space || ScriptClass.of(after) == .lineBreak || "、。!".unicodeScalars.contains(after),
               // ゆうちょです 12330: a bank and its number, not a caller.
               !bytes[q..<min(q + 3, bytes.count)].contains(where: ByteClass.isDigit),
               isVoicedName(p..<nameEnd, reader: reader) {
                // こちらうえむらです: a filler run into a listed name is no part of it.
                if let filler = Self.openingFillers.first(where: { Scalars.hasPrefix(bytes, at: p, $0) && nameEnd - p - $0.count >= 6 }),
                   familyNames.contains(bytes[(p + filler.count)..<nameEnd]) || givenNames.contains(bytes[(p + filler.count)..<nameEnd]) {
                    p += filler.count
                }
                result.append(context.finding(.person, p..<nameEnd, confidence: 0.6, rule: "person.opening-name"))
            }
        }
        return result
    }

    static let yori = Array("より".utf8)
    static let no = Array("の".utf8)
    static let closingCopulas: [[UInt8]] = ["です", "でした", "でございます"].map { Array($0.utf8) }
    static let desu = Array("です".utf8)
    static let openingTails: [[UInt8]] = ["けども", "けど", "が"].map { Array($0.utf8) }
    static let openingFillers: [[UInt8]] = ["もしもし", "あのー", "あの", "えーと", "えっと", "えー", "はい", "こちら", "わたくし", "わたし", "あたし"].map { Array($0.utf8) }
    /// Endings of what is said before です that no name has: ほしいです, のままです, とのことです,
    /// いるそうです, みたいです, (しょうわ…)うまれです, よていです.
    static let copulaPhraseEnds: [[UInt8]] = ["い", "ん", "っ", "こと", "まま", "そう", "はず", "ところ", "もの", "のみ", "だけ", "ほう", "さま", "さん", "ー",
        "うまれ", "そだち", "しゅっしん", "よてい", "ちゅう", "ずみ"].map { Array($0.utf8) }
    static let spokenNumberPieces: [[UInt8]] = spokenDigits + ["に", "にい", "にー", "ご", "ごお", "ごー", "し", "く", "よ", "の"].map { Array($0.utf8) }

    /// Whether a hiragana word before です is a name said aloud: two to seven kana, no
    /// function word or adjective unless a name list knows it (あらき, はやし), not a number read
    /// out (いちにいさんご), not the end of a phrase (ほしい, のまま).
    func isVoicedName(_ range: Range<Int>, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        let surface = bytes[range]
        let count = Scalars.count(bytes, range)
        guard (2...7).contains(count), !notNames.contains(surface) else { return false }
        let known = familyNames.contains(surface) || givenNames.contains(surface) || isKanaFullName(surface)
        // いい, のみ are names too (飯, 能見), but before です they are words; so is an
        // adjective in its plain form (ほしいです), not one a name list knows otherwise (あらき).
        if kanaAdjectives.contains(surface) { return known && count >= 3 && !surface.suffix(3).elementsEqual(Array("い".utf8)) }
        if kanaFunctionWords.contains(surface) { return known && count >= 3 }
        if known { return true }
        guard count >= 3,
              !Scalars.hasPrefix(bytes, at: range.lowerBound, Array("の".utf8)),
              !Self.copulaPhraseEnds.contains(where: { surface.count >= $0.count && surface.suffix($0.count).elementsEqual($0) }) else { return false }
        return !Self.isSpokenNumber(surface)
    }

    /// Whether kana are only digits and units read out (ごろくななはち, さんの きゅうはち).
    static func isSpokenNumber(_ kana: ArraySlice<UInt8>) -> Bool {
        var reachable = Set([kana.startIndex])
        var p = kana.startIndex
        while p < kana.endIndex {
            if reachable.contains(p) {
                for piece in spokenNumberPieces where kana[p...].starts(with: piece) { reachable.insert(p + piece.count) }
            }
            p += 1
        }
        return reachable.contains(kana.endIndex)
    }

    /// The leading capitalised words of a Latin name read (Kofi Mensah from → Kofi Mensah).
    func capitalizedPrefix(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
        guard name.script == .latin, !reader.isCapitalized(name) else { return name }
        let bytes = reader.bytes
        var end = name.range.lowerBound, p = name.range.lowerBound
        while p < name.range.upperBound {
            var tokenEnd = p
            while tokenEnd < name.range.upperBound, bytes[tokenEnd] != 0x20 { tokenEnd += 1 }
            let token = NameReader.Name(range: p..<tokenEnd, script: .latin, parts: 1, firstPartEnd: tokenEnd, bytes: bytes)
            guard reader.isCapitalized(token) else { break }
            end = tokenEnd
            p = tokenEnd + 1
        }
        guard end > name.range.lowerBound else { return name }
        let firstEnd = min(name.firstPartEnd, end)
        return NameReader.Name(range: name.range.lowerBound..<end, script: .latin, parts: firstEnd < end ? 2 : 1, firstPartEnd: firstEnd, bytes: bytes)
    }

    /// Capitalised words that follow I'm / this is but are no names.
    static let englishNotNames: Set<String> = ["from", "not", "a", "an", "the", "in", "at", "on", "so", "very", "also", "still", "just",
        "mom", "mum", "dad", "sir", "madam",
        "here", "there", "looking", "interested", "going", "sorry", "happy", "glad", "sure", "ok", "okay", "fine", "new", "married", "single",
        "japanese", "chinese", "korean", "vietnamese", "filipino", "nepali", "nepalese", "brazilian", "american", "indian", "british", "french",
        "german", "italian", "spanish", "peruvian", "indonesian", "thai", "muslim", "christian", "buddhist", "hindu", "jewish", "catholic",
        "gay", "lesbian", "bisexual", "trans", "black", "white", "asian", "i", "kurdish", "turkish", "ghanaian", "nigerian", "russian", "ukrainian",
        "hawaiian", "native", "mongolian", "burmese", "sri", "rohingya", "tamil", "karen", "kachin", "hmong", "igbo", "yoruba", "uyghur", "tibetan", "ainu", "okinawan", "maori", "sikh", "mormon", "pakistani", "bangladeshi", "vegetarian", "vegan", "jain", "deaf", "blind", "disabled", "pregnant", "retired", "living",
        "working", "calling", "writing", "planning", "thinking", "wondering", "asking", "about", "regarding", "your", "our", "my", "his", "her",
        "their", "we", "you", "they", "it", "he", "she", "mr", "mrs", "ms", "dr", "customer", "staff", "team", "nissan", "dealer", "hi", "hello"]

    /// Chat speaker labels: the same short name at the start of two or more lines before a
    /// colon (ゆい：…, Lisa: …). A label that is a role, a form field or a common word is not.
    /// After a chat time stamp and its space (`10:30 `, `[10:30] `), or nil.
    static func afterTimeStamp(_ bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        var p = start
        if bytes[safe: p] == 0x5B { p += 1 }
        // A log's date instead (08/03 坂本：…, 2024/04/02 佐々木：…).
        if let afterDate = afterDateStamp(bytes, from: p, limit: limit) { return afterDate }
        var digits = 0
        while p < limit, ByteClass.isDigit(bytes[p]) || bytes[p] == 0x3A { if ByteClass.isDigit(bytes[p]) { digits += 1 }; p += 1 }
        guard (3...4).contains(digits) else { return nil }
        if bytes[safe: p] == 0x5D { p += 1 }
        guard bytes[safe: p] == 0x20 || bytes[safe: p] == 0x09 else { return nil }
        return p + 1
    }

    /// Past a date of a log line and the space after it: `08/03 `, `2024/04/02 `, `6/3 `.
    static func afterDateStamp(_ bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        var p = start, groups: [Int] = [], digits = 0
        while p < limit {
            if ByteClass.isDigit(bytes[p]) { digits += 1 } else if bytes[p] == 0x2F, digits > 0 { groups.append(digits); digits = 0 } else { break }
            p += 1
        }
        groups.append(digits)
        guard groups.count >= 2, groups.count <= 3, groups.allSatisfy({ (1...4).contains($0) }),
              groups.count == 2 ? groups.allSatisfy({ $0 <= 2 }) : (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2),
              bytes[safe: p] == 0x20 || bytes[safe: p] == 0x09 else { return nil }
        return p + 1
    }

    /// Whether a time stamp (08:45, [9:12]) runs from `start` to the line's end.
    static func timeEndsLine(_ bytes: [UInt8], from start: Int, lineEnd: Int) -> Bool {
        var p = start, digits = 0
        if bytes[safe: p] == 0x5B { p += 1 }
        while p < lineEnd, ByteClass.isDigit(bytes[p]) || bytes[p] == 0x3A { if ByteClass.isDigit(bytes[p]) { digits += 1 }; p += 1 }
        if bytes[safe: p] == 0x5D { p += 1 }
        while p < lineEnd, bytes[p] == 0x20 || bytes[p] == 0x0D { p += 1 }
        return (3...4).contains(digits) && p == lineEnd && bytes[start..<p].contains(0x3A)
    }

    /// Past emoji and other symbols of four-byte UTF-8 (and variation selectors) decorating a
    /// chat name, at most four of them.
    static func skippingDecoration(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var p = start, count = 0
        while p < limit, count < 4 {
            if bytes[p] >= 0xF0, p + 4 <= limit { p += 4; count += 1; continue }
            // U+FE0F (EF B8 8F) and U+200D (E2 80 8D) after an emoji.
            if p + 3 <= limit, (bytes[p] == 0xEF && bytes[p + 1] == 0xB8 && bytes[p + 2] == 0x8F) || (bytes[p] == 0xE2 && bytes[p + 1] == 0x80 && bytes[p + 2] == 0x8D) {
                p += 3; continue
            }
            break
        }
        return p
    }
}
