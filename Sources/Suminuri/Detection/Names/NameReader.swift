import PatternSearch
import SuminuriTables
import TextNormalization

/// Reads name-shaped tokens around a position: one or two runs of one script (kanji,
/// katakana, or Latin letters), separated by at most one space.
struct NameReader {
    struct Name {
        var range: Range<Int>
        var script: PersonDetector.Script
        var parts: Int
        var firstPartEnd: Int
        let bytes: [UInt8]
        /// Whether two parts are written with a space (山田 太郎), not split by the lists (山田太郎).
        var spaced = true

        func firstPart(_ bytes: [UInt8]) -> [UInt8] { Array(bytes[range.lowerBound..<firstPartEnd]) }

        /// The first token alone.
        func firstPartOnly() -> Name {
            Name(range: range.lowerBound..<firstPartEnd, script: script, parts: 1, firstPartEnd: firstPartEnd, bytes: bytes)
        }

        /// The last token alone (the given name of a two-part name, or the family name before 様).
        func lastPartOnly() -> Name {
            guard parts == 2 else { return self }
            return Name(range: lastPartStart..<range.upperBound, script: script, parts: 1, firstPartEnd: range.upperBound, bytes: bytes)
        }
        func lastPart(_ bytes: [UInt8]) -> [UInt8] {
            parts == 2 ? Array(bytes[lastPartStart..<range.upperBound]) : Array(bytes[range])
        }
        /// Where the last part starts: after the space of 山田 太郎, right at the split of 山田太郎.
        private var lastPartStart: Int { bytes[safe: firstPartEnd] == 0x20 ? firstPartEnd + 1 : firstPartEnd }
    }

    let context: ScanContext
    var bytes: [UInt8] { context.text.bytes }
    /// Clause starts and line starts (`clauseStarts(in:)`), in the order found, read once per
    /// text: several rules ask for them, and each reading is a pass over the whole piece.
    let orderedClauseStarts: [Int]
    let orderedLineStarts: [Int]
    /// The same offsets as bit sets: rules ask at every space and every candidate name.
    let clauseStartSet: OffsetBits
    let lineStartSet: OffsetBits
    /// `nonEmptyLines()`, read once (two rules ask).
    private let orderedNonEmptyLines: [Range<Int>]
    /// `script(at:)` for every offset of the text, read once: the rules ask it several times per
    /// character (runs, word starts, boundaries), and each answer decoded a scalar and
    /// classified it. Offsets inside a character hold nil, as decoding there gives nothing.
    private let scripts: [PersonDetector.Script?]

    init(context: ScanContext) {
        self.context = context
        let bytes = context.text.bytes
        var scripts = [PersonDetector.Script?](repeating: nil, count: bytes.count)
        var p = 0
        // A small kana between two kanji is part of a kanji name: 田ノ上, 城ヶ崎, 霞ケ浦.
        var linker: Int? = nil, beforeLinkerIsKanji = false, previousIsKanji = false
        while p < bytes.count {
            let b = bytes[p]
            if b < 0x80 {
                // ASCII: only letters have a name script (what `script(of:)` says, undecoded).
                if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { scripts[p] = .latin }
                p += 1
                linker = nil; previousIsKanji = false
                continue
            }
            guard let (scalar, length) = Scalars.at(bytes, p) else { p += 1; continue }
            let script = Self.script(of: scalar, at: p, in: context.text)
            scripts[p] = script
            if script == .kanji, let l = linker, beforeLinkerIsKanji { scripts[l] = .kanji }
            // Folding turns ヶ into ゖ (U+3096), as it turns every katakana into hiragana.
            let isLinker = scalar == "ヶ" || scalar == "\u{3096}" || ((scalar == "の" || scalar == "け") && context.text.wasKatakana(p))
            if isLinker, linker == nil { linker = p; beforeLinkerIsKanji = previousIsKanji } else { linker = nil }
            previousIsKanji = script == .kanji
            p += length
        }
        self.scripts = scripts
        (orderedClauseStarts, orderedLineStarts) = Self.clauseStarts(in: context.text.bytes)
        clauseStartSet = OffsetBits(orderedClauseStarts)
        lineStartSet = OffsetBits(orderedLineStarts)
        orderedNonEmptyLines = Self.nonEmptyLines(in: context.text.bytes)
    }

    /// The script of the normalised scalar at `offset`, from the original text.
    func script(at offset: Int) -> PersonDetector.Script? {
        offset >= 0 && offset < scripts.count ? scripts[offset] : nil
    }

    /// The script of `scalar`, the normalised scalar at `offset` (katakana is told from the
    /// original text).
    private static func script(of scalar: Unicode.Scalar, at offset: Int, in text: NormalizedText) -> PersonDetector.Script? {
        switch ScriptClass.of(scalar) {
        case .kanji: return scalar == "ヶ" ? nil : .kanji
        case .latin: return .latin
        case .hiragana:
            return text.wasKatakana(offset) ? .katakana : .hiragana
        default: return nil
        }
    }

    /// 様殿氏君, compared directly: runs ask this per character, where a set would hash each one.
    private static func isHonorificKanji(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "様", "殿", "氏", "君": return true
        default: return false
        }
    }

    func runEnd(from start: Int, script wanted: PersonDetector.Script, limit: Int) -> Int {
        var p = start, n = 0, limit = limit
        while n < limit, let (scalar, length) = Scalars.at(bytes, p) {
            // Names written with middle dots run longer: アブドゥル・ラフマン・カリム.
            if wanted == .katakana, scalar == "・", p > start, script(at: p + length) == .katakana { p += length; limit = 16; continue }
            // O'Brien, Min-jun, Jean-Pierre: an apostrophe or a hyphen between letters joins them
            // (Takuma-san is a name and its honorific).
            // (Not N-BOX or e-Power, one letter before a hyphen; not I'm or don't, one or two
            // letters after an apostrophe.)
            if wanted == .latin, scalar == "'" || scalar == "\u{2019}" || scalar == "-", p > start, script(at: p + length) == .latin,
               case let word = latinWord(at: p + length),
               scalar == "-" ? n >= 2 && !Self.romanizedHonorifics.contains(word) : word.count >= 3 {
                p += length; n += 1; continue
            }
            guard let s = script(at: p), s == wanted else { break }
            if wanted == .kanji, p > start, Self.isHonorificKanji(scalar) { break }
            p += length; n += 1
        }
        return p
    }

    /// The lower-cased Latin letters from `start` to the next non-letter.
    private func latinWord(at start: Int) -> String {
        var q = start
        while q < bytes.count, q < start + 12, (0x41...0x5A).contains(bytes[q]) || (0x61...0x7A).contains(bytes[q]) { q += 1 }
        return String(decoding: bytes[start..<q], as: UTF8.self).lowercased()
    }
    static let romanizedHonorifics: Set<String> = ["san", "sama", "kun", "chan", "sensei", "senpai", "dono", "shi", "sempai", "tan", "chin"]

    func runStart(endingAt end: Int, script wanted: PersonDetector.Script, limit: Int) -> Int {
        var p = end, n = 0, limit = limit
        while n < limit, let (scalar, previous) = Scalars.before(bytes, p) {
            if wanted == .katakana, scalar == "・", script(at: previous) == nil, let (_, beforeDot) = Scalars.before(bytes, previous),
               script(at: beforeDot) == .katakana { p = previous; limit = 16; continue }
            guard script(at: previous) == wanted else { break }
            // 田中様|山田: an honorific ends the name before it. At the start of a word it begins
            // one (氏家, 君塚, 殿村): nothing of a name stands before it.
            if wanted == .kanji, Self.isHonorificKanji(scalar) {
                if let (_, beforeIt) = Scalars.before(bytes, previous), script(at: beforeIt) == .kanji { break }
                p = previous
                break
            }
            p = previous; n += 1
        }
        return p
    }

    /// Whether a company form (株式会社, (有)) stands right before `offset`: 株式会社ノースコンサル様.
    func followsCompanyForm(_ offset: Int) -> Bool {
        var p = offset
        while p > 0, bytes[p - 1] == 0x20 { p -= 1 }
        return PersonDetector.companyForms.contains { p >= $0.count && bytes[(p - $0.count)..<p].elementsEqual($0) }
    }

    /// A word ending in an organisation suffix: 営業部, 総務課, 谷山店.
    func isOrganisation(_ word: [UInt8]) -> Bool {
        guard let (last, _) = Scalars.before(word, word.count) else { return false }
        return "課部店係室所社".unicodeScalars.contains(last)
    }

    /// The start of the word (one script) that ends at `end`, if a name script.
    func wordStart(endingAt end: Int) -> Int? {
        guard let (_, previous) = Scalars.before(bytes, end), let wanted = script(at: previous) else { return nil }
        return runStart(endingAt: end, script: wanted, limit: limit(wanted))
    }

    /// Whether the run of `script` that ends at `end` is longer than `limit` characters.
    func runIsLonger(endingAt end: Int, script wanted: PersonDetector.Script, than limit: Int) -> Bool {
        let start = runStart(endingAt: end, script: wanted, limit: limit)
        guard let (_, previous) = Scalars.before(bytes, start) else { return false }
        return script(at: previous) == wanted
    }

    /// Skips an organisation word (総務課, 営業部, 谷山店) and one space before a name.
    func skippingOrganisation(_ start: Int) -> Int {
        var p = start
        while bytes[safe: p] == 0x20 { p += 1 }
        let end = runEnd(from: p, script: .kanji, limit: 8)
        guard end > p, bytes[safe: end] == 0x20, let (last, _) = Scalars.before(bytes, end),
              "課部店係室所社".unicodeScalars.contains(last) else { return start }
        return end + 1
    }

    /// `本人　竹下 亮`, `父　園田 勝`: a role word and a space right before.
    func isAfterRole(_ offset: Int) -> Bool {
        guard bytes[safe: offset - 1] == 0x20 else { return false }
        let start = runStart(endingAt: offset - 1, script: .kanji, limit: 3)
        guard start < offset - 1 else { return false }
        let word = Array(bytes[start..<(offset - 1)])
        return ["本人", "父", "母", "夫", "妻", "長男", "長女", "次男", "次女", "息子", "娘", "配偶者", "契約者"].contains { Array($0.utf8) == word }
    }

    /// A Latin name among Japanese: Japanese or punctuation (or the text edge) on both sides.
    func isInJapaneseContext(_ name: Name) -> Bool {
        let before = Scalars.before(bytes, name.range.lowerBound).map { ScriptClass.of($0.0) }
        let after = Scalars.at(bytes, name.range.upperBound).map { ScriptClass.of($0.0) }
        let okBefore = before == nil || before == .kanji || before == .hiragana || before == .other || before == .lineBreak || before == .space
        let okAfter = after == nil || after == .kanji || after == .hiragana || after == .other || after == .lineBreak || after == .space
        let japaneseNearby = bytes.contains(where: { $0 >= 0xE3 })
        return okBefore && okAfter && japaneseNearby
    }

    static let commonEnglish: Set<String> = [
        // Business documents' headings and parts (Head Office, Purchase Order, Fr Bumper).
        "head", "office", "company", "profile", "purchase", "order", "invoice", "quotation", "estimate", "delivery", "parts",
        "bumper", "bracket", "front", "rear", "qty", "report", "phd", "sgt", "us",
        "station", "chuo", "city", "japan", "kagoshima", "nissan", "toyota", "honda", "inc", "co", "ltd",
        "corp", "car", "rental", "the", "of", "and", "visa", "master", "jcb", "amex", "card", "bank", "road", "street", "hotel", "airport",
        "center", "centre", "service", "motor", "motors", "auto", "black", "white", "red", "blue", "silver", "from", "to", "in", "at", "for", "e-power", "power", "note", "serena", "leaf", "sakura", "mail", "tel", "fax", "passport", "no", "license", "licence", "number", "id", "sales", "manager", "director", "department", "trading", "example", "team", "support", "customer", "dear", "regards", "best",
        // Who speaks in a chat export when no person does (Page:, Bot:, Admin:).
        "page", "bot", "ai", "chatbot", "admin", "system", "shop", "store", "staff", "sales", "dealer", "official", "info", "guest", "user", "operator", "op", "agent", "me", "you", "messenger",
        "todo", "iphone", "out",
        // Field labels of CRM and ticket exports (Case:, Notes:, Remarks:), and a greeting (Hi I'm Carlos).
        "case", "notes", "remarks", "status", "ticket", "record", "summary", "caller", "hi", "hey",
        // A quoted mail's separator (----- Original Message -----, Forwarded message).
        "original", "message", "forwarded", "reply", "subject", "sent", "date",
        // Days and words a sentence opens with (On Wed, Last Friday I, Also I'm), and the
        // platforms, departments and car grades that business text writes capitalised
        // (LINE WORKS, Microsoft Teams, Instagram DM, HR Dept, Golf Variant, HYBRID X).
        // (Not thu, mon, i, is: Nguyễn Thị Thu, spelled A D H I K A R I, MY WIFE IS ROWENA… read whole first.)
        "wed", "fri", "sat", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "last", "also",
        "line", "works", "microsoft", "teams", "slack", "connect", "instagram", "facebook", "whatsapp", "zoom", "google", "dm",
        "delivery", "subsystem", "hr", "dept", "claims", "handler", "research", "fellow", "referred", "owners", "club",
        "hybrid", "golf", "variant", "tsi", "regional", "base", "just", "married"]

    func hasCommonEnglishWord(_ name: Name) -> Bool {
        String(decoding: bytes[name.range], as: UTF8.self).split(separator: " ").contains {
            Self.commonEnglish.contains(String($0)) && !Self.latinNameParticles.contains(String($0)) }
    }

    private func limit(_ script: PersonDetector.Script) -> Int {
        switch script { case .kanji: 4; case .katakana, .hiragana: 8; case .latin: 20 }
    }

    /// A name that starts at `start`: `山田`, `山田 太郎`, `ヤマダ タロウ`, `Taro Yamada`.
    func nameAfter(_ start: Int) -> Name? {
        var p = start
        while bytes[safe: p] == 0x20 { p += 1 }
        guard let first = script(at: p) else { return nil }
        let firstEnd = runEnd(from: p, script: first, limit: limit(first))
        guard firstEnd > p else { return nil }
        // ナマエ ハ サトウ: a particle in katakana voice input starts no name.
        if first == .katakana, Self.isSpokenFunctionWord(bytes[p..<firstEnd]) { return nil }
        var end = firstEnd, parts = 1
        if bytes[safe: firstEnd] == 0x20, let second = script(at: firstEnd + 1), second == first {
            let secondEnd = runEnd(from: firstEnd + 1, script: first, limit: limit(first))
            // サトウ デス, タナカ サン: nor is it a name's second part.
            if first == .katakana, Self.isSpokenFunctionWord(bytes[(firstEnd + 1)..<secondEnd]) {
                return Name(range: p..<firstEnd, script: first, parts: 1, firstPartEnd: firstEnd, bytes: bytes)
            }
            // A second token followed by more of the same after a space is prose, not a name;
            // 東 様 is a name and its honorific.
            let honorific = Scalars.at(bytes, firstEnd + 1).map { first == .kanji && Self.isHonorificKanji($0.0) } ?? false
            // Nor is the label of the next field (横山　欠席者：北村, 新井　確認者 坂本).
            let label = first == .kanji && Scalars.before(bytes, secondEnd).map { $0.0 == "者" } == true
            if secondEnd > firstEnd + 1, !honorific, !label { end = secondEnd; parts = 2 }
        }
        // Latin names may run longer: Lê Văn Tâm, Carlos Eduardo da Silva Santos, Michael J. O'Brien.
        if first == .latin, parts == 2 {
            // Michael J. O'Brien: the initial keeps its dot when the name goes on.
            if end == firstEnd + 2, bytes[safe: end] == 0x2E, bytes[safe: end + 1] == 0x20, script(at: end + 2) == .latin { end += 1 }
            end = latinNameEnd(after: end)
        }
        return Name(range: p..<end, script: first, parts: parts, firstPartEnd: firstEnd, bytes: bytes)
    }

    /// Lower-case words inside Latin names (Carlos da Silva, Ludwig van Beethoven, Ahmad bin Ali).
    static let latinNameParticles: Set<String> = ["da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
        "ter", "bin", "binti", "bint", "al", "el", "la", "le"]

    /// Where a Latin name that has read two words ends: up to four more words, each a word of
    /// letters (O'Brien and Jean-Pierre joined by ' or -), an initial with its dot (J.), or a
    /// name particle (da, van) that another word follows.
    private func latinNameEnd(after secondEnd: Int) -> Int {
        var end = secondEnd, words = 2
        while words < 6, bytes[safe: end] == 0x20, script(at: end + 1) == .latin {
            var e = runEnd(from: end + 1, script: .latin, limit: 20)
            while e < bytes.count, bytes[e] == 0x27 || bytes[e] == 0x2D, script(at: e + 1) == .latin { e = runEnd(from: e + 1, script: .latin, limit: 20) }
            // J. between the given and the family name.
            if e == end + 2, bytes[safe: e] == 0x2E, bytes[safe: e + 1] == 0x20, script(at: e + 2) == .latin { e += 1 }
            // Kim Min Jun Phone: 090…: past three words, one before a colon is the next field's
            // label (Trần Thị Mai: is a speaker).
            if words >= 3, bytes[safe: e] == 0x3A || (bytes[safe: e] == 0x20 && bytes[safe: e + 1] == 0x3A) { break }
            let word = String(decoding: bytes[(end + 1)..<e], as: UTF8.self)
            if Self.latinNameParticles.contains(word) {
                // A particle only inside the name: another word must follow it.
                guard bytes[safe: e] == 0x20, script(at: e + 1) == .latin else { break }
            } else if words >= 3 {
                // Past the third word only capitalised words (Carlos Eduardo da Silva Santos, not
                // Emily Clark from Tokyo).
                guard isCapitalized(Name(range: (end + 1)..<e, script: .latin, parts: 1, firstPartEnd: e, bytes: bytes)) else { break }
            }
            end = e; words += 1
        }
        // The first word after two may have been read alone (Lê Văn Tâm) only; a particle never ends.
        return end
    }

    /// Particles, copulas and honorifics as speech recognisers write them in katakana (ハ, デス,
    /// サン), compared folded: the normalised text holds them in hiragana.
    private static let spokenFunctionWords: Set<[UInt8]> = Set(["は", "が", "の", "に", "を", "と", "で", "も", "へ", "や", "か", "ね", "よ",
        "です", "ます", "でした", "さん", "さま", "くん", "って", "から", "まで", "より", "だ", "ですが", "ですけど"].map { Array($0.utf8) })

    static func isSpokenFunctionWord(_ word: ArraySlice<UInt8>) -> Bool {
        word.count <= 12 && spokenFunctionWords.contains(Array(word))
    }

    /// A name that ends at `end` (right before an honorific).
    func nameBefore(_ end: Int) -> Name? {
        var stop = end
        while stop > 0, bytes[stop - 1] == 0x20 { stop -= 1 }
        guard let (_, lastStart) = Scalars.before(bytes, stop), let last = script(at: lastStart) else { return nil }
        let secondStart = runStart(endingAt: stop, script: last, limit: limit(last))
        guard secondStart < stop else { return nil }
        // A longer run than a name can be is a company or a phrase: 松田自動車整備さん.
        if runIsLonger(endingAt: stop, script: last, than: limit(last)) { return nil }
        // The tail of an identifier is no name: nissan_kagoshima_sample さん.
        if last == .latin, !isWordStart(secondStart) { return nil }
        if last == .hiragana { return Name(range: secondStart..<stop, script: .hiragana, parts: 1, firstPartEnd: stop, bytes: bytes) }
        if last == .katakana, Self.isSpokenFunctionWord(bytes[secondStart..<stop]) { return nil }
        // The family name before a space: 山田 太郎様.
        if secondStart > 1, bytes[secondStart - 1] == 0x20, let (_, s) = Scalars.before(bytes, secondStart - 1), script(at: s) == last {
            var firstStart = runStart(endingAt: secondStart - 1, script: last, limit: limit(last))
            var firstEnd = secondStart - 1
            // Latin names may have three tokens: Nguyen Van Hung様.
            if last == .latin, firstStart > 1, bytes[firstStart - 1] == 0x20, let (_, s2) = Scalars.before(bytes, firstStart - 1), script(at: s2) == .latin {
                let earlier = runStart(endingAt: firstStart - 1, script: .latin, limit: 20)
                firstEnd = firstStart - 1
                firstStart = earlier
            }
            if isWordStart(firstStart), last != .katakana || !Self.isSpokenFunctionWord(bytes[firstStart..<firstEnd]) {
                return Name(range: firstStart..<stop, script: last, parts: 2, firstPartEnd: firstEnd, bytes: bytes)
            }
        }
        return Name(range: secondStart..<stop, script: last, parts: 1, firstPartEnd: stop, bytes: bytes)
    }

    /// Whether a word can start here: the text start, a space, a line break or punctuation,
    /// or a change of script.
    func isWordStart(_ offset: Int) -> Bool {
        guard let (scalar, previous) = Scalars.before(bytes, offset) else { return true }
        // A Latin word never starts right after a digit or inside an identifier
        // (AB98765432EF, nissan_kagoshima_sample).
        if script(at: offset) == .latin, ScriptClass.of(scalar) == .digit || "_-.@/".unicodeScalars.contains(scalar) { return false }
        switch ScriptClass.of(scalar) {
        case .space, .lineBreak, .other, .digit: return true
        default: return script(at: previous) != script(at: offset)
        }
    }

    /// Offsets where a clause starts: text start, after a line break, after 。, 、, 】, ! or ?, after a
    /// greeting line; and the line starts alone (the same list without 。 and 、), both in one pass.
    private static func clauseStarts(in bytes: [UInt8]) -> (clauses: [Int], lines: [Int]) {
        var clauses = [0], lines = [0]
        var i = 0
        // A quoted line (`> 山田`) starts after its quote marks too.
        func quoted(_ lineStart: Int) {
            var p = lineStart, marks = 0
            while p < bytes.count, bytes[p] == 0x3E || bytes[p] == 0x20 { if bytes[p] == 0x3E { marks += 1 }; p += 1 }
            if marks > 0 { clauses.append(p); lines.append(p) }
        }
        quoted(0)
        while i < bytes.count {
            if bytes[i] == 0x0A { clauses.append(i + 1); lines.append(i + 1); quoted(i + 1) }
            if i + 2 < bytes.count, bytes[i] == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 || bytes[i + 2] == 0x81 || bytes[i + 2] == 0x91 { clauses.append(i + 3) }
            // ようこそ!新垣です: an exclamation or a question ends a clause as 。 does.
            if (bytes[i] == 0x21 || bytes[i] == 0x3F), i + 1 < bytes.count, bytes[i + 1] >= 0x80 { clauses.append(i + 1) }
            i += 1
        }
        return (clauses, lines)
    }

    /// Whether a case particle follows: ジョン・スミスが, スミスは.
    func followsParticle(_ offset: Int) -> Bool {
        guard script(at: offset) == .hiragana, let (scalar, _) = Scalars.at(bytes, offset) else { return false }
        return "がはのとにもをへや".unicodeScalars.contains(scalar)
    }

    /// `営業部 田中`: an organisation word and a space right before `offset`.
    func isAfterOrganisationWord(_ offset: Int) -> Bool {
        guard bytes[safe: offset - 1] == 0x20 else { return false }
        let start = runStart(endingAt: offset - 1, script: .kanji, limit: 8)
        return start < offset - 1 && isOrganisation(Array(bytes[start..<(offset - 1)]))
    }

    /// Built once: the rules ask `endsAtNameBoundary` at every candidate's end.
    private static let nameBoundaryWords: [[UInt8]] = ["です", "でした", "さん", "様", "さま", "と申", "でございます", "くん", "ちゃん"].map { Array($0.utf8) }

    /// Whether a name may end here: a space, line break, punctuation, the end, or an
    /// honorific or です/と申します (not ordinary hiragana: 不在だった).
    func endsAtNameBoundary(_ offset: Int) -> Bool {
        guard let (scalar, _) = Scalars.at(bytes, offset) else { return true }
        switch ScriptClass.of(scalar) {
        case .space, .lineBreak, .other: return true
        case .hiragana:
            return Self.nameBoundaryWords.contains { Scalars.hasPrefix(bytes, at: offset, $0) }
        case .kanji: return scalar == "様" || scalar == "殿"
        default: return false
        }
    }

    private static let greetings: [[UInt8]] = ["お世話になります。", "お世話になっております。", "こんにちは。", "こんばんは。", "はじめまして。", "初めまして。",
        "お疲れ様です。", "おつかれさまです。", "いつもありがとうございます。", "失礼します。", "こんにちは!", "お世話になります、", "こんにちは、",
        "いつもどうも。", "どうも。", "どうも、", "もしもし、", "もしもし。", "もしもし", "もしもしー", "いつもお世話になっております。",
        "お世話になっております、", "ありがとうございます。", "おはようございます。", "こんばんは、", "お疲れ様です、"].map { Array($0.utf8) }

    /// Whether a greeting (お世話になります。) ends right before `offset`.
    func followsGreeting(_ offset: Int) -> Bool {
        var p = offset
        while p > 0, bytes[p - 1] == 0x20 { p -= 1 }
        return Self.greetings.contains { p >= $0.count && bytes[(p - $0.count)..<p].elementsEqual($0) }
    }

    /// The text's lines without surrounding spaces or CR, empty ones left out.
    func nonEmptyLines() -> [Range<Int>] { orderedNonEmptyLines }

    private static func nonEmptyLines(in bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        func add(_ end: Int) {
            var lower = start, upper = end
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x0D { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x0D { upper -= 1 }
            if lower < upper { lines.append(lower..<upper) }
        }
        for (i, b) in bytes.enumerated() where b == 0x0A { add(i); start = i + 1 }
        add(bytes.count)
        return lines
    }

    /// A line with a mail address or a number of eight digits or more: the contact line under a
    /// signature.
    func isContactLine(_ line: Range<Int>) -> Bool {
        if bytes[line].contains(0x40) { return true }
        // Counted, not filtered: every line of the text is asked, and a filter copies it.
        var digits = 0
        for b in bytes[line] where ByteClass.isDigit(b) { digits += 1 }
        return digits >= 8
    }

    /// Whether only spaces stand between the previous line break (or the text start) and the name.
    func isAfterLineBreak(_ name: Name) -> Bool {
        var p = name.range.lowerBound
        while p > 0, bytes[p - 1] == 0x20 { p -= 1 }
        return p == 0 || bytes[p - 1] == 0x0A
    }

    /// A name that closes the text, after a sentence end, a space or a line break (a
    /// signature: …お願いします。永田).
    func isSignature(_ name: Name) -> Bool {
        var end = name.range.upperBound
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x0A || bytes[end] == 0x0D { end += 1 }
        guard end == bytes.count else { return false }
        guard let (previous, _) = Scalars.before(bytes, name.range.lowerBound) else { return false }
        return ScriptClass.of(previous) == .space || ScriptClass.of(previous) == .lineBreak || "。!?)".unicodeScalars.contains(previous)
    }

    /// Whether every Latin token of the name starts with a capital letter in the original.
    func isCapitalized(_ name: Name) -> Bool {
        let original = context.text.original
        let range = context.text.originalRange(for: NormalizedRange(utf8: name.range)).utf8
        // Name particles (da, van) are lower case inside a name.
        for token in original[range].split(separator: 0x20) where !Self.latinNameParticles.contains(String(decoding: token, as: UTF8.self)) {
            // Lê and Ángel, not é (Portuguese "is"): a letter outside ASCII must be a capital too;
            // other scripts (a kana reading beside) pass.
            guard let b = token.first else { return false }
            if b < 0x80 { guard b >= 0x41 && b <= 0x5A else { return false }; continue }
            guard let scalar = String(decoding: token, as: UTF8.self).unicodeScalars.first,
                  !scalar.properties.isLowercase else { return false }
        }
        return true
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes contain the katakana middle dot ・ (グエン・ヴァン・フン).
    var containsMiddleDot: Bool {
        indices.dropLast(2).contains { self[$0] == 0xE3 && self[$0 + 1] == 0x83 && self[$0 + 2] == 0xBB }
    }
}
