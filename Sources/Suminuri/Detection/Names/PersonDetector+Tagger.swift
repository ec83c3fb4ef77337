import PatternSearch
import SuminuriTables
import TextNormalization

/// The names of the character tagger (`PersonTagger`), kept only where no rule found a name
/// and no look-alike the lists know refuses them: the rules see cues the tagger cannot weigh
/// (a company form, a list of places, a relation's thing), so their silence on a word is
/// evidence too.
extension PersonDetector {
    /// The tagger's names that no rule found: each must hold a letter of a name's script,
    /// overlap nothing found already (a rule's span is the better judge of its own ends) and
    /// be no look-alike the lists know (`isTaggedLookAlike`).
    func taggedNames(besides found: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let tagged = tagger.names(in: context.text)
        guard !tagged.isEmpty else { return [] }
        let bytes = context.text.bytes
        let taken = found.map(\.normalizedRange.utf8)
        var result: [Finding] = []
        // Every name found, and each part of a spaced one (中田 健 → 中田).
        let foundNames = Set(found.flatMap { finding -> [[UInt8]] in
            let name = bytes[finding.normalizedRange.utf8]
            return [Array(name)] + name.split(separator: 0x20).map { Array($0) }
        })
        for (var range, margin) in tagged {
            while range.lowerBound < range.upperBound, bytes[range.lowerBound] == 0x20 { range = (range.lowerBound + 1)..<range.upperBound }
            while range.lowerBound < range.upperBound, bytes[range.upperBound - 1] == 0x20 { range = range.lowerBound..<(range.upperBound - 1) }
            // 受 翔太: a call log's column glued to the name by a space.
            if let space = bytes[range].firstIndex(of: 0x20), Self.callLogLabels.contains(Array(bytes[range.lowerBound..<space])) {
                range = (space + 1)..<range.upperBound
            }
            guard !range.isEmpty, !taken.contains(where: { $0.overlaps(range) }), range.contains(where: { reader.script(at: $0) != nil }),
                  !isTaggedLookAlike(range, reader: reader, context: context), !isBesidePlaceholder(range, bytes),
                  !extendsFoundName(range, foundNames, reader: reader),
                  !isNoReading(range, of: found, reader: reader), !isPartOfPlace(range, reader: reader),
                  !isPlaceStem(range, reader: reader) else { continue }
            // A place that is also a family name (吉野, 長野), one kanji (東, 黒) or one Latin
            // word (Brazilian): the tagger must be surer.
            let span = bytes[range]
            let latinWord = reader.script(at: range.lowerBound) == .latin && !span.contains(0x20)
            // So must a common word that no list holds as a name (指宿の温泉です).
            let doubtful = (tagger.isPlace(span) && familyNames.contains(span)) || Scalars.count(bytes, range) == 1 || latinWord
                || (commonKanjiWords.contains(span) && !familyNames.contains(span) && !givenNames.contains(span))
            result.append(context.finding(.person, range, confidence: Self.taggedConfidence(doubtful ? margin * 0.7 : margin), rule: "person.tagger"))
        }
        return result
    }

    /// The tagger's margin as a confidence between 0.3 and 0.7: below the rules' (they see the
    /// cue), and 0.5, the default threshold, at `taggedMarginAtHalf`.
    static func taggedConfidence(_ margin: Float) -> Double {
        let m = Double(max(margin, 0))
        return 0.3 + 0.4 * m / (m + taggedMarginAtHalf)
    }
    static let taggedMarginAtHalf = 250.0

    /// Our own placeholders, normalised (［氏名］ → [氏名]), which an already redacted text holds.
    static let placeholders: [[UInt8]] = (Label.allCases.map(\.japaneseName) + ["要配慮個人情報"]).map { Array("[\($0)]".utf8) }

    /// Whether one of our placeholders ends or starts within six characters of `range` (月：［氏名］,
    /// ［氏名］（上海）, 乙（被害者）：［氏名］, ［住所］⏎南さつま): the tagger never saw
    /// placeholders, and the word beside a redacted value is its context (a weekday key, a
    /// place, a role) as often as a part of it the first pass left.
    func isBesidePlaceholder(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        var after = range.upperBound, before = range.lowerBound
        for _ in 0...6 {
            if Self.placeholders.contains(where: { Scalars.hasPrefix(bytes, at: after, $0) }) { return true }
            if Self.placeholders.contains(where: { before >= $0.count && bytes[(before - $0.count)..<before].elementsEqual($0) }) { return true }
            if let (_, length) = Scalars.at(bytes, after) { after += length }
            if let (_, start) = Scalars.before(bytes, before) { before = start }
        }
        return false
    }

    /// A name found already, with kanji glued after it that make another word (中田 → 中田島;
    /// not 西 → 西 カツ子, where the family name goes on with its given name).
    func extendsFoundName(_ range: Range<Int>, _ names: Set<[UInt8]>, reader: NameReader) -> Bool {
        let bytes = reader.bytes, span = bytes[range]
        guard !familyNames.contains(span) else { return false }
        return names.contains { name in
            name.count < span.count && span.starts(with: name) && reader.script(at: range.lowerBound + name.count) == .kanji
        }
    }

    /// Kana in parentheses right after a Latin name found that cannot read it (Park Ji-hoon
    /// （ソウル）): a city, a team or a role; a reading starts as one of the name's parts does.
    func isNoReading(_ range: Range<Int>, of found: [Finding], reader: NameReader) -> Bool {
        let bytes = reader.bytes
        guard range.lowerBound > 0, bytes[range.lowerBound - 1] == 0x28, reader.script(at: range.lowerBound) == .katakana,
              let name = found.first(where: { $0.normalizedRange.upperBound.utf8 == range.lowerBound - 1 })?.normalizedRange.utf8,
              reader.script(at: name.lowerBound) == .latin else { return false }
        let initials = bytes[name].split(whereSeparator: { $0 == 0x20 || $0 == 0x2D }).compactMap(\.first)
        return !initials.contains { Self.kanaMayRead($0, Array(bytes[range])) }
    }

    /// A place's part after the place and の (十島村の中之島, 鹿児島市の桜島): a kanji word that
    /// ends as places do.
    func isPartOfPlace(_ range: Range<Int>, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        guard reader.script(at: range.lowerBound) == .kanji, let (last, _) = Scalars.before(bytes, range.upperBound),
              Self.placeEndings.contains(last) else { return false }
        return placeBeforeNo(range.lowerBound, reader: reader)
    }
    static let placeEndings = Set("島町村浜浦崎岬湾峠".unicodeScalars)

    /// A kanji word glued before a place's ending (中田|島砂丘, 山田|町役場): the start of a place's
    /// name, unless a given name starts there (山田|町子).
    func isPlaceStem(_ range: Range<Int>, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        guard reader.script(at: range.lowerBound) == .kanji, let (next, length) = Scalars.at(bytes, range.upperBound),
              Self.placeEndings.contains(next) else { return false }
        let runEnd = reader.runEnd(from: range.upperBound, script: .kanji, limit: 2)
        return !(runEnd > range.upperBound + length && givenNames.contains(bytes[range.upperBound..<runEnd]))
    }
    static let shop = Array("店".utf8)

    /// Kanji directions and colours, which stand alone in places and lists (東です, 白、黒).
    static let directionsAndColours = Set("東西南北白黒赤青緑黄金銀紺茶".unicodeScalars)
    /// How far past a tagged name a company word that starts in it may end (one or two kana).
    static let companyWordOverrun = 6

    /// What a shop's name ends in (中村屋, 松月堂).
    static let shopEndings = Set("屋堂亭軒庵舗".unicodeScalars)

    /// Whether a company word longer than one character starts inside `range` (カブシキ・カイシャ,
    /// or カブシキ・カイシ|ャ where the tagger stopped short): the front end's matches are sorted by
    /// their ends, so only those ending inside or just after are read.
    func holdsCompanyWord(_ range: Range<Int>, context: ScanContext) -> Bool {
        let words = context.candidates[.companyWords]
        var k = words.firstIndex(startingAtOrAfter: range.lowerBound + 1) { $0.range.upperBound }
        while k < words.count, words[k].range.upperBound <= range.upperBound + Self.companyWordOverrun {
            if words[k].range.lowerBound >= range.lowerBound, words[k].range.lowerBound < range.upperBound,
               words[k].range.count > 3, isAsWritten(words[k], context) { return true }
            k += 1
        }
        return false
    }

    /// Counters said after a spoken number, and the spoken digits before them.
    static let spokenCounters: [[UInt8]] = ["ねん", "がつ", "にち", "さい", "ふん", "ばん", "ごう", "かい", "にん"].map { Array($0.utf8) }
    static let spokenDigitWords: [[UInt8]] = ["いち", "に", "さん", "よん", "し", "ご", "ろく", "なな", "しち", "はち", "きゅう", "く", "じゅう", "ひゃく", "せん", "まん", "ぜろ", "れい"].map { Array($0.utf8) }

    /// Whether a longer company word covers `range` (高|島屋|様: the store, not a name in it).
    func isInsideCompanyWord(_ range: Range<Int>, context: ScanContext) -> Bool {
        let words = context.candidates[.companyWords]
        var k = words.firstIndex(startingAtOrAfter: range.upperBound) { $0.range.upperBound }
        while k < words.count, words[k].range.upperBound <= range.upperBound + Self.companyWordOverrun {
            let word = words[k].range
            if word.lowerBound <= range.lowerBound, word.upperBound >= range.upperBound, word.count > range.count, isAsWritten(words[k], context) { return true }
            k += 1
        }
        return false
    }

    /// Whether a list separator joins `range` to a listed place (大垣、豊田).
    func isBesideListedPlace(_ range: Range<Int>, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        if let (separator, length) = Scalars.at(bytes, range.upperBound), Self.isListSeparator(separator) {
            let end = reader.runEnd(from: range.upperBound + length, script: .kanji, limit: 6)
            if end > range.upperBound + length, tagger.isPlace(bytes[(range.upperBound + length)..<end]) { return true }
        }
        if let (separator, start) = Scalars.before(bytes, range.lowerBound), Self.isListSeparator(separator) {
            let begin = reader.runStart(endingAt: start, script: .kanji, limit: 6)
            if begin < start, tagger.isPlace(bytes[begin..<start]) { return true }
        }
        return false
    }

    /// Particles and honorifics a kana name goes on with (ゆうきが, かずえさん).
    static let kanaNameFollowers = Set("がはのともにをでやへさちくよ".unicodeScalars)
    /// What a kanji run that goes on after a name makes of it: an organisation or a place
    /// (鈴木板金, 上田警察署, 佐藤商店).
    static let organisationSuffixes: [[UInt8]] = ["商店", "商事", "商会", "工務店", "工業", "鉄工", "板金", "技研", "建設", "自動車", "病院", "医院",
        "支店", "営業所", "警察", "署", "組", "屋", "駅", "市", "町", "村", "区", "郡", "県"].map { Array($0.utf8) }

    /// The parts of a word joined with ・ (katakana folded to hiragana stays three bytes a kana).
    static func middleDotParts(_ span: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = [], start = span.startIndex, p = span.startIndex
        while p + 2 < span.endIndex {
            if span[p] == 0xE3, span[p + 1] == 0x83, span[p + 2] == 0xBB { parts.append(span[start..<p]); p += 3; start = p; continue }
            p += 1
        }
        parts.append(span[start..<span.endIndex])
        return parts.filter { !$0.isEmpty }
    }

    /// A tagged span that is part of a longer word (加世|田, 竹之|内商店, セド|リック, ゆう|ちょ), a
    /// place that is no family name, a company, brand or loanword, a role or status mark.
    func isTaggedLookAlike(_ range: Range<Int>, reader: NameReader, context: ScanContext) -> Bool {
        let bytes = context.text.bytes
        let span = bytes[range]
        if notNames.contains(span) || katakanaWords.contains(span) || Self.statusMarks.contains(Array(span)) { return true }
        if isWholeCompanyWord(range, context: context) || holdsCompanyWord(range, context: context) || isInsideCompanyWord(range, context: context) { return true }
        if tagger.isPlace(span), !familyNames.contains(span) { return true }
        // Suzuki製, Honda: a maker named after its founder.
        if span.allSatisfy({ ByteClass.isLower($0) }),
           Self.makersNamedAfterPeople.contains(String(decoding: span, as: UTF8.self)) { return true }
        // ドア・ミラー, ナビ・オーディオ: loanwords joined with ・, none of them a listed name.
        if Array(span).containsMiddleDot, case let parts = Self.middleDotParts(span), parts.count >= 2,
           parts.allSatisfy({ katakanaWords.contains($0) && !familyNames.contains($0) && !givenNames.contains($0) }) { return true }
        guard let (_, lastStart) = Scalars.before(bytes, range.upperBound) else { return false }
        let firstScript = reader.script(at: range.lowerBound), lastScript = reader.script(at: lastStart)
        let before = Scalars.before(bytes, range.lowerBound).flatMap { reader.script(at: $0.1) }
        let after = reader.script(at: range.upperBound)
        // ごじゅうは|ちねん: a spoken number and its counter (voice input of 五十八年), not 知念.
        if firstScript == .hiragana, let counter = Self.spokenCounters.first(where: { range.count > $0.count && Scalars.hasSuffix(bytes, before: range.upperBound, $0) }),
           Self.spokenDigitWords.contains(where: { Scalars.hasSuffix(bytes, before: range.upperBound - counter.count, $0) }) { return true }
        // Katakana glued to katakana before it: the tail of a longer word (セド|リック).
        if firstScript == .katakana, before == .katakana { return true }
        // A katakana word after a relation and の is a thing (夫のスマホ) unless it acts as a
        // person does (夫のマルコスと来店), as the rules ask of it.
        if firstScript == .katakana, lastScript == .katakana, range.lowerBound >= Self.no.count,
           bytes[(range.lowerBound - Self.no.count)..<range.lowerBound].elementsEqual(Self.no),
           let start = reader.wordStart(endingAt: range.lowerBound - Self.no.count),
           Self.familyRelations.contains(Array(bytes[start..<(range.lowerBound - Self.no.count)])),
           !katakanaNameActs(NameReader.Name(range: range, script: .katakana, parts: 1, firstPartEnd: range.upperBound, bytes: bytes),
                             from: range.lowerBound, reader: reader, context: context) { return true }
        // Latin glued to another script (Suzuki製); a sentence of it (saya mau beli mobil); an
        // acronym, a product in capitals or an emoji code (TODO, MIRAI, :tada:); initials (K.S);
        // a word glued to others (taro.yamada).
        if (firstScript == .latin) != (lastScript == .latin) { return true }
        if firstScript == .latin, lastScript == .latin {
            if span.filter({ $0 == 0x20 }).count >= 3 { return true }
            let original = context.text.original[context.text.originalRange(for: NormalizedRange(utf8: range)).utf8]
            let letters = original.filter { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
            if letters.count <= 2 || original.contains(0x2E) || (!original.contains(0x20) && letters.count > 1 && letters.allSatisfy { $0 <= 0x5A }) { return true }
            let outside = [bytes[safe: range.lowerBound - 1], bytes[safe: range.upperBound]]
            if outside.contains(where: { $0 == 0x3A || $0 == 0x2E || $0 == 0x5F || $0 == 0x40 }) { return true }
        }
        // A direction or a colour alone; a shop (中村屋 is no listed name).
        if Scalars.count(bytes, range) == 1, let (scalar, _) = Scalars.at(bytes, range.lowerBound), Self.directionsAndColours.contains(scalar) { return true }
        if lastScript == .kanji, let (last, _) = Scalars.before(bytes, range.upperBound), Self.shopEndings.contains(last),
           !familyNames.contains(span) { return true }
        // A shop in kana (さかなやさん): no listed name ends so.
        if firstScript == .hiragana, lastScript == .hiragana, Scalars.count(bytes, range) >= 4, bytes[range].reversed().starts(with: Array("や".utf8).reversed()),
           !givenNames.contains(span), !familyNames.contains(span) { return true }
        // A family name before a loanword: a company (田中ハウス).
        if lastScript == .kanji, after == .katakana {
            let end = reader.runEnd(from: range.upperBound, script: .katakana, limit: 12)
            if katakanaWords.contains(bytes[range.upperBound..<end]) { return true }
        }
        // The value of a field of places (支店：梅田, 試乗会場：吉野), or part of an address after
        // its city (鹿児島市 紫原).
        if listFollowsPlaceLabel(before: range.lowerBound, reader: reader) { return true }
        if firstScript == .kanji {
            var end = range.lowerBound
            if end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            let start = reader.runStart(endingAt: end, script: .kanji, limit: 8)
            if start < end, (start..<end).contains(where: { tagger.isPlace(bytes[$0..<end]) && reader.isWordStart($0) }) { return true }
        }
        // One of a list of places (岡崎、大垣、豊田、長久手; 浜松市中央区の高林、佐藤).
        let inList = Scalars.at(bytes, range.upperBound).map { Self.isListSeparator($0.0) } == true
            || Scalars.before(bytes, range.lowerBound).map { Self.isListSeparator($0.0) } == true
        if inList, listEndsInPlaceWord(after: range.upperBound, reader: reader) || placeBeforeNo(range.lowerBound, reader: reader)
            || isBesideListedPlace(range, reader: reader) { return true }
        // Hiragana going on in hiragana that is no particle: the head of a word (ゆう|ちょ).
        if lastScript == .hiragana, after == .hiragana, let (next, _) = Scalars.at(bytes, range.upperBound),
           !Self.kanaNameFollowers.contains(next) { return true }
        // Kanji going on in kanji: part of a longer listed word or an organisation's name.
        if lastScript == .kanji, after == .kanji {
            var end = range.upperBound
            while reader.script(at: end) == .kanji, let (_, length) = Scalars.at(bytes, end), end - range.upperBound < 9 {
                end += length
                let longer = bytes[range.lowerBound..<end]
                if familyNames.contains(longer) || givenNames.contains(longer) || commonKanjiWords.contains(longer) || tagger.isPlace(longer) { return true }
            }
            if Self.organisationSuffixes.contains(where: { Scalars.hasPrefix(bytes, at: range.upperBound, $0) }) { return true }
            // 中村店へ: a shop named after its place; 中村店長, 中村店主 are people.
            if Scalars.hasPrefix(bytes, at: range.upperBound, Self.shop),
               Scalars.at(bytes, range.upperBound + Self.shop.count).map({ !"長員主".unicodeScalars.contains($0.0) }) ?? true { return true }
        }
        return false
    }
}
