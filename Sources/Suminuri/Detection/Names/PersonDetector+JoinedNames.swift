import PatternSearch
import SuminuriTables
import TextNormalization

// Kanji names without a space.
extension PersonDetector {
    /// Where a kanji name splits into family and given name: the end of the family part, or
    /// `range.upperBound` when the whole is a family name. A known family name is required;
    /// the given name must be known too unless `unknownGiven` (a cue already says person),
    /// and then it is one or two characters.
    func familyEnd(_ bytes: [UInt8], _ range: Range<Int>, unknownGiven: Bool) -> Int? {
        guard !range.isEmpty else { return nil }
        if familyNames.contains(bytes[range]) { return range.upperBound }
        var unknownSplit: Int?
        var q = range.lowerBound
        while let (_, length) = Scalars.at(bytes, q), q + length < range.upperBound {
            q += length
            guard familyNames.contains(bytes[range.lowerBound..<q]) else { continue }
            if givenNames.contains(bytes[q..<range.upperBound]) { return q }
            // The longest known family name wins: 佐々木|健 over 佐々|木健. A title or role is
            // no given name: 木村部長 is 木村.
            let given = bytes[q..<range.upperBound]
            if unknownGiven, Scalars.count(bytes, q..<range.upperBound) <= 2, !notNames.contains(given),
               !Self.titlesAndHonorifics.contains(where: { given.starts(with: $0) }) { unknownSplit = q }
        }
        return unknownSplit
    }

    /// A word before a name that is no part of it: an organisation (経理部, 谷山店) or a role (営業, 担当).
    func isOrganisationOrRole(_ word: ArraySlice<UInt8>, reader: NameReader) -> Bool {
        let word = Array(word)
        return reader.isOrganisation(word) || notNames.contains(word) || Self.relations.contains(word) || word.suffix(6).elementsEqual(Array("担当".utf8))
            || word == Array("私".utf8)
    }

    /// The scalar boundaries of the kanji run that ends at `end` (at most ten characters).
    func kanjiBoundaries(endingAt end: Int, reader: NameReader) -> [Int] {
        var boundaries = [end]
        var p = end
        while boundaries.count <= 10, let (_, previous) = Scalars.before(reader.bytes, p), reader.script(at: previous) == .kanji {
            p = previous
            boundaries.append(p)
        }
        return boundaries.reversed()
    }

    /// A known kanji name ending at `end`, with only an organisation or role before it in its
    /// run: 営業部田中(様), 経理部高橋(主任), 田中太郎(課長).
    func kanjiNameEnding(at end: Int, reader: NameReader, unknownGiven: Bool) -> NameReader.Name? {
        let bytes = reader.bytes
        let boundaries = kanjiBoundaries(endingAt: end, reader: reader)
        guard let runStart = boundaries.first, runStart < end, boundaries.count <= 10 else { return nil }
        for start in boundaries.dropLast() where end - start <= 18 {
            // (昨日田中から聞いた: a word of time glued before the name.)
            guard start == runStart || isOrganisationOrRole(bytes[runStart..<start], reader: reader)
                    || Self.timeWords.contains(where: { bytes[runStart..<start].elementsEqual($0) }) else { continue }
            if let split = familyEnd(bytes, start..<end, unknownGiven: unknownGiven) {
                return NameReader.Name(range: start..<end, script: .kanji, parts: split < end ? 2 : 1, firstPartEnd: split, bytes: bytes, spaced: false)
            }
        }
        return nil
    }

    /// A known kanji name starting at `start`, followed by the end of its run or a title:
    /// 田中太郎(は), 佐藤(課長), 佐々木健太郎.
    func kanjiNameStarting(at start: Int, reader: NameReader, unknownGiven: Bool) -> NameReader.Name? {
        let bytes = reader.bytes
        var boundaries: [Int] = []
        var p = start
        while boundaries.count < 10, reader.script(at: p) == .kanji, let (_, length) = Scalars.at(bytes, p) {
            p += length
            boundaries.append(p)
        }
        guard let runEnd = boundaries.last, reader.script(at: runEnd) != .kanji else { return nil }
        // 金子様: a run that ends in an honorific is a name and the honorific, never a given name 様.
        let honorificEnd = Scalars.before(bytes, runEnd).map { $0.0 == "様" || $0.0 == "殿" } ?? false
        for end in boundaries.reversed() where end - start <= 18 {
            guard (end == runEnd && !honorificEnd) || isTitleOrHonorific(at: end, reader: reader) else { continue }
            if let split = familyEnd(bytes, start..<end, unknownGiven: unknownGiven) {
                return NameReader.Name(range: start..<end, script: .kanji, parts: split < end ? 2 : 1, firstPartEnd: split, bytes: bytes, spaced: false)
            }
        }
        return nil
    }

    /// The known family name a kanji run starts with (two characters or more, or a known one-
    /// character name standing alone), with its given name when the run goes on with a known
    /// one: 石井, 柴田(了承), 田中太郎.
    func knownFamilyPrefix(at start: Int, reader: NameReader) -> NameReader.Name? {
        let bytes = reader.bytes
        // At most six ends, in a SIMD vector rather than an array: memo and department scans ask
        // at every kanji run, and the array was allocated each time.
        var ends = SIMD8<Int>(), endCount = 0
        var p = start
        while endCount < 6, reader.script(at: p) == .kanji, let (_, length) = Scalars.at(bytes, p) { p += length; ends[endCount] = p; endCount += 1 }
        let runEnd = p
        for index in stride(from: endCount - 1, through: 0, by: -1) {
            let end = ends[index]
            guard familyNames.contains(bytes[start..<end]) else { continue }
            guard index >= 1 || end == runEnd else { continue }
            if let full = kanjiNameStarting(at: start, reader: reader, unknownGiven: false), full.range.upperBound > end {
                return full
            }
            return NameReader.Name(range: start..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false)
        }
        return nil
    }

    /// A known given name right after a relation and の: kanji (悠真), kana (みつ子, ゆい), ending
    /// where the name ends (a particle, an honorific, punctuation).
    func givenNameAfterRelation(at start: Int, reader: NameReader) -> NameReader.Name? {
        let bytes = reader.bytes
        guard let script = reader.script(at: start) else { return nil }
        var end = reader.runEnd(from: start, script: script, limit: script == .kanji ? 4 : 6)
        // みつ子, ヨシ子: kana and a kanji ending.
        if script != .kanji, let (next, length) = Scalars.at(bytes, end), "子美江代恵枝乃".unicodeScalars.contains(next) { end += length }
        // 母ツル, 祖母・マツ, 母（カメ）: a traditional name in katakana that is also a word (crane,
        // pine, turtle), right after a relation.
        if script == .katakana, Self.traditionalKanaNames.contains(bytes[start..<end]),
           reader.endsAtNameBoundary(end) || reader.followsParticle(end) || bytes[safe: end] == 0x28 || bytes[safe: end] == 0x29 {
            return NameReader.Name(range: start..<end, script: .katakana, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false)
        }
        // The longest known given name the run starts with, followed by a particle or the end of the word.
        var q = end
        while q > start {
            if givenNames.contains(bytes[start..<q]), Scalars.count(bytes, start..<q) >= (script == .kanji ? 1 : 2),
               reader.endsAtNameBoundary(q) || reader.followsParticle(q) || followsWiderParticle(q, given: start..<q, reader: reader) {
                return refined(NameReader.Name(range: start..<q, script: script, parts: 1, firstPartEnd: q, bytes: bytes, spaced: false), reader: reader)
            }
            guard let (_, previous) = Scalars.before(bytes, q) else { break }
            q = previous
        }
        // 孫の陽葵（ひまり）, 次男の嵐（あらし）: a name the lists lack, with its kana reading
        // in parentheses right after it.
        if script == .kanji, (1...3).contains(Scalars.count(bytes, start..<end)), bytes[safe: end] == 0x28,
           let reading = reader.nameAfter(end + 1), reading.range.lowerBound == end + 1, reading.script == .hiragana || reading.script == .katakana,
           (2...8).contains(Scalars.count(bytes, reading.range)), bytes[safe: reading.range.upperBound] == 0x29 || bytes[safe: reading.range.upperBound] == 0x2F,
           !kanaFunctionWords.contains(bytes[reading.range]), !commonKanjiWords.contains(bytes[start..<end]) || givenNames.contains(bytes[reading.range]) {
            return NameReader.Name(range: start..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false)
        }
        return nil
    }

    /// Particles the narrow set leaves out (弟の祐介で, 娘のゆいから, 孫の湊って): after a family
    /// relation a known given name of two characters or more may take them, unless it is also
    /// a common word or a formal noun.
    func followsWiderParticle(_ offset: Int, given: Range<Int>, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        return Scalars.count(bytes, given) >= 2 && !commonKanjiWords.contains(bytes[given]) && !kanaFunctionWords.contains(bytes[given])
            && !Self.formalNouns.contains(Array(bytes[given])) && Self.widerParticles.contains { Scalars.hasPrefix(bytes, at: offset, $0) }
    }

    static let widerParticles: [[UInt8]] = ["で", "から", "より", "まで", "って"].map { Array($0.utf8) }

    /// Nouns that follow の as a relation's matter, not its name (息子のことで, 母のためから).
    static let formalNouns: Set<[UInt8]> = Set(["こと", "もの", "ため", "ほう", "ところ", "とき", "よう", "わけ", "せい", "おかげ", "かた", "ひと", "みな", "まえ", "あと"].map { Array($0.utf8) })

    /// `宇津木 トメ様`, `德田セツ様`, `比嘉 ジュリアナさん`: a kana given name read alone before an
    /// honorific takes the kanji family name right before it (with or without a space), when the
    /// lists know that family name or it has a family name's shape.
    func withKanjiFamilyBefore(_ name: NameReader.Name, reader: NameReader, context: ScanContext) -> NameReader.Name {
        let bytes = reader.bytes
        guard name.parts == 1, name.script == .katakana || name.script == .hiragana else { return name }
        var familyEnd = name.range.lowerBound
        if bytes[safe: familyEnd - 1] == 0x20 { familyEnd -= 1 }
        guard Scalars.before(bytes, familyEnd).map({ ScriptClass.of($0.0) == .kanji }) == true else { return name }
        let familyStart = reader.runStart(endingAt: familyEnd, script: .kanji, limit: 4)
        guard reader.isWordStart(familyStart) || Scalars.before(bytes, familyStart).map({ ScriptClass.of($0.0) != .kanji }) ?? true else { return name }
        let family = bytes[familyStart..<familyEnd]
        guard familyNames.contains(family) || isUnlistedFamilyName(familyStart..<familyEnd, reader: reader, context: context),
              !commonKanjiWords.contains(family) || familyNames.contains(family), !notNames.contains(family),
              !Self.relations.contains(Array(family)), !reader.isOrganisation(Array(family)) else { return name }
        return NameReader.Name(range: familyStart..<name.range.upperBound, script: .kanji, parts: 2, firstPartEnd: familyEnd, bytes: bytes, spaced: familyEnd < name.range.lowerBound)
    }

    /// `妻のハル子`, `母のキヨ江`: a kana given name with its kanji ending, read whole.
    func withKanjiEnding(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
        let bytes = reader.bytes
        let end = name.range.upperBound
        guard name.parts == 1, name.script == .katakana || name.script == .hiragana,
              let (next, length) = Scalars.at(bytes, end), "子美江代恵枝乃".unicodeScalars.contains(next),
              reader.script(at: end + length) != .kanji else { return name }
        return NameReader.Name(range: name.range.lowerBound..<(end + length), script: name.script, parts: 1, firstPartEnd: end + length, bytes: bytes, spaced: false)
    }

    /// Given names of the grandparents' generation written in katakana that are words as well
    /// (ツル crane, マツ pine, ウメ plum, カメ turtle), normalised to hiragana: a name only right
    /// after a relation.
    static let traditionalKanaNames: Set<ArraySlice<UInt8>> = Set(["つる", "かめ", "まつ", "うめ", "たけ", "きく", "はる", "なつ", "ゆき", "いね",
        "とら", "くま", "たま", "はな", "ふみ", "うと", "とめ", "しず", "ちよ", "はつ", "よね", "すえ", "つね", "さだ", "とみ", "みね", "その",
        "きみ", "せつ", "みつ", "かつ", "やす", "よし", "さと", "みよ", "きよ", "まさ", "なみ"].map { Array($0.utf8)[...] })

    /// A family member's name written without の: after は as a statement (息子は一郎です, 母は
    /// ヨシ子、), or glued to the relation as letters write it (夫正一が他界, 長男吉留 修一が, 亡父
    /// 吉留 茂儀). Glued, only a full name with a known family name or a known given name of two
    /// kanji or more counts, so that compounds (夫婦, 母親, 息子夫婦) stay words.
    func familyMemberNamed(after relation: [UInt8], at start: Int, reader: NameReader) -> NameReader.Name? {
        let bytes = reader.bytes
        var p = start + relation.count
        if Scalars.hasPrefix(bytes, at: p, Array("は".utf8)) {
            p += 3
            guard let given = givenNameAfterRelation(at: p, reader: reader), Self.endsStatement(bytes, at: given.range.upperBound) else { return nil }
            return given
        }
        // 母ナツの十三回忌, 妻ハル子が: a known katakana given name glued to the relation.
        if reader.script(at: p) == .katakana, reader.isWordStart(start), let given = givenNameAfterRelation(at: p, reader: reader) ?? {
               let run = reader.runEnd(from: p, script: .katakana, limit: 6)
               let kana = NameReader.Name(range: p..<run, script: .katakana, parts: 1, firstPartEnd: run, bytes: bytes, spaced: false)
               guard isKnownName(kana, reader: reader) else { return nil }
               let whole = withKanjiEnding(kana, reader: reader)
               return whole.range.upperBound > run ? whole : nil
           }(),
           given.script == .katakana, Self.traditionalKanaNames.contains(bytes[given.range]) || (!katakanaWords.contains(bytes[given.range]) && !isLoanword(given, bytes)),
           reader.followsParticle(given.range.upperBound) || Self.endsStatement(bytes, at: given.range.upperBound) {
            return given
        }
        guard reader.script(at: p) == .kanji,
              reader.isWordStart(start) || Scalars.before(bytes, start).map({ "亡故実義".unicodeScalars.contains($0.0) }) == true else { return nil }
        if var read = reader.nameAfter(p), read.range.lowerBound == p, read.parts == 2, read.spaced,
           familyNames.contains(read.firstPart(bytes)) {
            // 亡父吉留 茂儀: 儀 marks the subject of a formal letter.
            if let (last, at) = Scalars.before(bytes, read.range.upperBound), last == "儀", at > read.firstPartEnd + 1 {
                read.range = read.range.lowerBound..<at
            }
            return read
        }
        guard let given = givenNameAfterRelation(at: p, reader: reader), given.script == .kanji else { return nil }
        // 父弘の車, 長男涼が: a given name of one kanji only before a particle, and no kanji that
        // goes on a kinship word (母子の, 父母の).
        if Scalars.count(bytes, given.range) == 1 {
            guard let (kanji, _) = Scalars.at(bytes, given.range.lowerBound), !Self.kinshipKanji.contains(kanji),
                  let (particle, _) = Scalars.at(bytes, given.range.upperBound), "のがはにとをも".unicodeScalars.contains(particle),
                  !commonKanjiWords.contains(bytes[given.range]) else { return nil }
            return given
        }
        guard reader.followsParticle(given.range.upperBound) || Self.endsStatement(bytes, at: given.range.upperBound)
                  || Scalars.hasPrefix(bytes, at: given.range.upperBound, Array("儀".utf8)) else { return nil }
        return given
    }

    /// Kanji that go on a kinship word or a household (母子, 父母, 夫婦, 息子方, 娘婿), never a
    /// one-kanji given name after a relation.
    static let kinshipKanji: Set<Unicode.Scalar> = Set("子母父兄弟姉妹夫妻娘孫婿嫁方親族家様氏君殿達ら".unicodeScalars)

    /// Punctuation, a line end, です or an introduction right after a name.
    static func endsStatement(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard let (scalar, _) = Scalars.at(bytes, offset) else { return true }
        if "、。,.!?()\n ".unicodeScalars.contains(scalar) { return true }
        return ["です", "でござ", "と申", "といい", "と言い"].contains { Scalars.hasPrefix(bytes, at: offset, Array($0.utf8)) }
    }

    /// Whether a title or a kanji honorific starts at `offset`.
    func isTitleOrHonorific(at offset: Int, reader: NameReader) -> Bool {
        Self.titlesAndHonorifics.contains { Scalars.hasPrefix(reader.bytes, at: offset, $0) }
    }

    /// `山田はな子`: a known kanji family name, a hiragana given name of one to three
    /// characters and an optional kanji ending (子, 美, 江 …), ending at `end`.
    func mixedNameEnding(at end: Int, reader: NameReader) -> NameReader.Name? {
        let bytes = reader.bytes
        var p = end
        var kanjiEnding = false
        if let (last, previous) = Scalars.before(bytes, p), "子美江代恵枝乃奈香世".unicodeScalars.contains(last) { p = previous; kanjiEnding = true }
        let kanaStart = reader.runStart(endingAt: p, script: .hiragana, limit: 4)
        let kana = Scalars.count(bytes, kanaStart..<p)
        // 店長福永と副店長: one kana alone is a particle; a given name of one kana has a kanji
        // ending (きよ子 has two, み子 one).
        guard (1...3).contains(kana), kana >= 2 || kanjiEnding, !Scalars.hasPrefix(bytes, at: kanaStart, Array("の".utf8)),
              let family = kanjiNameEnding(at: kanaStart, reader: reader, unknownGiven: false), family.firstPartEnd == kanaStart else { return nil }
        return NameReader.Name(range: family.range.lowerBound..<end, script: .kanji, parts: 2, firstPartEnd: kanaStart, bytes: bytes, spaced: false)
    }

    /// A one-part kanji name read up to four characters, replaced by the known name it starts
    /// with: 田中部長 → 田中, and 佐々木健太郎 (longer than four) read whole.
    func refined(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
        let bytes = reader.bytes
        // ゆいが免許を: a hiragana name and its particle read as one longer name (由雅); the
        // name is ゆい when that is known too.
        // But はるとの車, まさとです: when a particle, a space or です follows the whole run, the
        // whole is the name (はると, not はる and と); punctuation (ゆいが、) leaves it open.
        if name.script == .hiragana, name.parts == 1, givenNames.contains(bytes[name.range]) || familyNames.contains(bytes[name.range]),
           !(reader.followsParticle(name.range.upperBound) || [nil, 0x20, 0x0A].contains(bytes[safe: name.range.upperBound])
             || (reader.script(at: name.range.upperBound) == .hiragana && reader.endsAtNameBoundary(name.range.upperBound))),
           let (_, last) = Scalars.before(bytes, name.range.upperBound), reader.followsParticle(last),
           Scalars.count(bytes, name.range.lowerBound..<last) >= 2,
           givenNames.contains(bytes[name.range.lowerBound..<last]) || familyNames.contains(bytes[name.range.lowerBound..<last]) {
            return NameReader.Name(range: name.range.lowerBound..<last, script: name.script, parts: 1, firstPartEnd: last, bytes: bytes, spaced: false)
        }
        guard name.script == .kanji, name.parts == 1,
              let known = kanjiNameStarting(at: name.range.lowerBound, reader: reader, unknownGiven: true) else { return name }
        return known
    }

    /// A form's value that a name read only in part (届出人：仲村渠良太 read as four kanji; 氏名：
    /// 知念まどか read as 知念): the kanji run to its end, up to six characters, or the known kana
    /// given name glued after the family name, when the value ends there (a space, punctuation,
    /// the line's end).
    func wholeValue(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
        let bytes = reader.bytes
        // 小園店長、: a title or an honorific after the name is no part of it.
        guard name.script == .kanji, !bytes[name.range].contains(0x20), !isTitleOrHonorific(at: name.range.upperBound, reader: reader) else { return name }
        var end = name.range.upperBound
        if reader.script(at: end) == .kanji {
            end = reader.runEnd(from: name.range.lowerBound, script: .kanji, limit: 7)
            guard Scalars.count(bytes, name.range.lowerBound..<end) <= 6 else { return name }
        } else if let script = reader.script(at: end), script == .hiragana || script == .katakana {
            let kanaEnd = reader.runEnd(from: end, script: script, limit: 6)
            guard Scalars.count(bytes, end..<kanaEnd) >= 2, givenNames.contains(bytes[end..<kanaEnd]),
                  script == .katakana || !kanaFunctionWords.contains(bytes[end..<kanaEnd]) else { return name }
            end = kanaEnd
        } else {
            return name
        }
        guard let (next, _) = Scalars.at(bytes, end) else { return extended(name, to: end) }
        switch ScriptClass.of(next) {
        case .space, .lineBreak, .other: return extended(name, to: end)
        default: return name
        }
    }

    func extended(_ name: NameReader.Name, to end: Int) -> NameReader.Name {
        var extended = name
        extended.range = name.range.lowerBound..<end
        if extended.parts == 1 { extended.parts = 2; extended.firstPartEnd = name.range.upperBound }
        return extended
    }

    /// A spaced kanji reading whose second word is a common word, not a given name (発注者：
    /// 宮之前　入荷予定): the first word alone.
    func spacedWordDropped(_ name: NameReader.Name, reader: NameReader, context: ScanContext) -> NameReader.Name {
        guard name.parts == 2, name.spaced, name.script == .kanji else { return name }
        let last = name.lastPart(reader.bytes)
        guard !givenNames.contains(last), commonKanjiWords.contains(last) || notNames.contains(last) || Scalars.count(last, 0..<last.count) >= 4
                || containsCompanyWord(name.firstPartEnd..<name.range.upperBound, context: context) else { return name }
        return name.firstPartOnly()
    }

    /// Whether what follows a name ends it as a word: a particle (が, は, に, と, へ, で, も, より,
    /// から, まで), punctuation, a space, the line's end, a title or an honorific.
    func endsAsSubject(_ offset: Int, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        guard let (after, _) = Scalars.at(bytes, offset) else { return true }
        switch ScriptClass.of(after) {
        case .space, .lineBreak, .other: return true
        case .hiragana:
            return "がはにとへでも".unicodeScalars.contains(after) || Scalars.hasPrefix(bytes, at: offset, Array("より".utf8))
                || Scalars.hasPrefix(bytes, at: offset, Array("から".utf8)) || Scalars.hasPrefix(bytes, at: offset, Array("まで".utf8))
                || isTitleOrHonorific(at: offset, reader: reader)
        default: return isTitleOrHonorific(at: offset, reader: reader)
        }
    }

    /// Whether a kanji word of two or three characters reads as a family name that no list
    /// has (神園, 宮之前, 隈崎): no common word (UniDic), no place, no role or organisation, its
    /// first and last kanji those that begin and end listed family names, and, for three, no
    /// common word in its first two (見積書, 下取車). Only asked where a cue already says that
    /// a person stands there (店長の…が, 発注者：…, 総務 …, …課長). With `anyFinal`, for the
    /// strongest cues (鹿屋店の鶴丸です), the last kanji may be any.
    func isUnlistedFamilyName(_ range: Range<Int>, reader: NameReader, context: ScanContext, anyFinal: Bool = false) -> Bool {
        let bytes = reader.bytes
        let word = bytes[range]
        var scalars: [Range<Int>] = []
        var p = range.lowerBound
        while p < range.upperBound, let (_, length) = Scalars.at(bytes, p) {
            guard reader.script(at: p) == .kanji else { return false }
            scalars.append(p..<(p + length)); p += length
        }
        guard (2...3).contains(scalars.count), let first = scalars.first, let last = scalars.last else { return false }
        guard familyNameInitials.contains(bytes[first]), anyFinal || familyNameFinals.contains(bytes[last]),
              !commonKanjiWords.contains(word), !placeStems.contains(word), !notNames.contains(word), !familyNames.contains(word),
              !reader.isOrganisation(Array(word)), !Self.relations.contains(where: { word.elementsEqual($0) }),
              !Self.titlesAndHonorifics.contains(where: { word.elementsEqual($0) }),
              !containsCompanyWord(range, context: context) else { return false }
        if scalars.count == 3, commonKanjiWords.contains(bytes[first.lowerBound..<scalars[1].upperBound]) { return false }
        return true
    }

    /// Whether a name starts with a known family name (or is a spaced two-part kanji name,
    /// or a known katakana name): what a role word or a bracket needs before a name.
    func isKnownName(_ name: NameReader.Name, reader: NameReader) -> Bool {
        guard name.script == .kanji else {
            return familyNames.contains(name.firstPart(reader.bytes)) || givenNames.contains(name.firstPart(reader.bytes))
        }
        if name.parts == 2 && name.spaced { return true }
        return familyNames.contains(name.firstPart(reader.bytes))
            || familyEnd(reader.bytes, name.range, unknownGiven: true) != nil
    }

    /// Whether a two-part Latin name is a known family name and a known given name in romaji,
    /// in either order (Aiko Morita, Tanaka Kenji).
    func isRomajiFullName(_ name: NameReader.Name, _ bytes: [UInt8]) -> Bool {
        let first = name.firstPart(bytes), last = name.lastPart(bytes)
        guard first.count >= 2, last.count >= 2 else { return false }
        return (givenNames.contains(first) && familyNames.contains(last)) || (familyNames.contains(first) && givenNames.contains(last))
    }

    /// The name before a title: a known kanji name (with an organisation or role before it),
    /// a kanji and kana name, or a katakana or Latin name.
    func nameBeforeTitle(_ end: Int, reader: NameReader, context: ScanContext) -> NameReader.Name? {
        guard let (_, previous) = Scalars.before(reader.bytes, end), let script = reader.script(at: previous) else { return nil }
        var name: NameReader.Name?
        switch script {
        case .kanji:
            name = kanjiNameEnding(at: end, reader: reader, unknownGiven: true) ?? mixedNameEnding(at: end, reader: reader)
            // 隈崎課長: the whole kanji word before the title, a family name nobody listed.
            if name == nil, let start = reader.wordStart(endingAt: end), reader.isWordStart(start),
               isUnlistedFamilyName(start..<end, reader: reader, context: context) {
                name = NameReader.Name(range: start..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: reader.bytes, spaced: false)
            }
        // (くどう店長, まこと店長: a kana name the lists know, as before さん.)
        // (Not the tail of a word: 新しい店長, 念のため店長.)
        case .hiragana: name = mixedNameEnding(at: end, reader: reader) ?? reader.nameBefore(end).flatMap { kana in
            guard kana.script == .hiragana, kana.range.upperBound == end else { return nil }
            let before = Scalars.before(reader.bytes, kana.range.lowerBound).map { ScriptClass.of($0.0) }
            return before == nil || before == .space || before == .lineBreak || before == .other ? kana : nil
        }
        case .katakana, .latin: name = reader.nameBefore(end)
        }
        guard let name, accept(name, context: context, honorific: true), !reader.followsCompanyForm(name.range.lowerBound) else { return nil }
        // 鹿児島支店長: a place and its branch's title, not 鹿 and an unknown given name.
        if name.script == .kanji, placeStems.contains(reader.bytes[name.range]),
           (name.parts == 2 && !givenNames.contains(name.lastPart(reader.bytes))) || Self.branchTitles.contains(where: { Scalars.hasPrefix(reader.bytes, at: end, $0) }) { return nil }
        // 鹿児島支|店長, 山田本|部長: a title's own first character is no part of a name, unless
        // the whole is a name (山本部長, 橋本支店長: 山本 is read; redacting 本 with it is safe).
        let bytes = reader.bytes
        if name.script == .kanji, let (last, lastStart) = Scalars.before(bytes, name.range.upperBound), "支本副総".unicodeScalars.contains(last),
           !(name.parts == 1 && familyNames.contains(bytes[name.range])), !(name.parts == 2 && givenNames.contains(name.lastPart(bytes))) {
            guard lastStart > name.range.lowerBound, let shorter = kanjiNameEnding(at: lastStart, reader: reader, unknownGiven: false),
                  !placeStems.contains(bytes[shorter.range]), accept(shorter, context: context, honorific: true) else { return nil }
            return shorter
        }
        return name
    }

    /// Kana that end the word before a kana name glued to it (受付のゆみさん, 担当してくれたわたべさん,
    /// こんにちはたなかさん).
    static let kanaBeforeKanaName = Set("のがたてるにをはも".unicodeScalars)
    /// Particles a kana run may start with where no name does (からと先生, までの).
    static let particleStarts: [[UInt8]] = ["から", "まで", "けど", "ので", "って", "より", "など", "だけ", "しか"].map { Array($0.utf8) }

    static let shopSuffix = Array("屋".utf8)
    static let formalYou = Array("貴".utf8), dono = Array("殿".utf8)

    /// The name before 様, さん, 殿 …: a known name first (営業部田中様, 田中太郎様), then any
    /// name-shaped word, then a kanji and kana name (山田はな子様).
    func nameBeforeHonorific(_ end: Int, reader: NameReader, context: ScanContext) -> NameReader.Name? {
        let bytes = reader.bytes
        var result = kanjiNameEnding(at: end, reader: reader, unknownGiven: false)
        if result == nil, var name = reader.nameBefore(end) {
            // お客様 上村様, 総務 種子田様: when the two-part reading fails, the last part alone.
            if !accept(name, context: context, honorific: true) || notNames.contains(name.firstPart(bytes)) || reader.isOrganisation(name.firstPart(bytes)) {
                if name.parts == 2 {
                    name = name.lastPartOnly()
                    if accept(name, context: context, honorific: true) { result = name }
                }
            } else {
                result = name
            }
        }
        if result == nil, let mixed = mixedNameEnding(at: end, reader: reader) { result = mixed }
        // 受付のゆみさん, お子さんがはるとくん, 担当してくれたわたべさん: a kana name read with the
        // particle or verb ending before it; a known name after it is the name.
        if result == nil, bytes[safe: end] != 0x20, let name = reader.nameBefore(end), name.script == .hiragana {
            var k = name.range.lowerBound
            while k < end, let (scalar, length) = Scalars.at(bytes, k) {
                k += length
                guard Self.kanaBeforeKanaName.contains(scalar), Scalars.count(bytes, k..<end) >= 2,
                      givenNames.contains(bytes[k..<end]) || familyNames.contains(bytes[k..<end]), !kanaFunctionWords.contains(bytes[k..<end]) else { continue }
                // After a verb's ending (くれた|わたべ) only a family name of three kana or more that
                // starts no particle (ある|からと先生に) is read: the split is a guess there.
                if !"のが".unicodeScalars.contains(scalar) {
                    guard familyNames.contains(bytes[k..<end]), Scalars.count(bytes, k..<end) >= 3,
                          !Self.particleStarts.contains(where: { Scalars.hasPrefix(bytes, at: k, $0) }) else { continue }
                }
                result = NameReader.Name(range: k..<end, script: .hiragana, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false)
                break
            }
        }
        // 今日仲間様ご来店: a word of time glued before the name is no part of it.
        if let name = result, name.script == .kanji, name.parts == 1,
           let time = Self.timeWords.first(where: { name.range.count > $0.count + 3 && Scalars.hasPrefix(bytes, at: name.range.lowerBound, $0) }) {
            result = NameReader.Name(range: (name.range.lowerBound + time.count)..<name.range.upperBound, script: .kanji, parts: 1,
                                     firstPartEnd: name.range.upperBound, bytes: bytes, spaced: false)
        }
        guard let name = result, accept(name, context: context, honorific: true), !reader.followsCompanyForm(name.range.lowerBound) else { return nil }
        // 貴殿: "you" in a formal letter.
        if bytes[name.range].elementsEqual(Self.formalYou), Scalars.hasPrefix(bytes, at: end, Self.dono) { return nil }
        // 郵便屋さん, 牛丼屋さん, 八百屋さん: a trade or a shop called by its 屋, unless the lists
        // know the word as a family name (土屋さん, 守屋さん).
        if name.script == .kanji, name.parts == 1, bytes[name.range].suffix(Self.shopSuffix.count).elementsEqual(Self.shopSuffix),
           !familyNames.contains(bytes[name.range]) { return nil }
        // JAさん, NHKさん, KDDIさん: two to four capitals are an organisation's letters (initials,
        // T.Sさん, are `initialsBeforeHonorifics`'s).
        if name.script == .latin, name.parts == 1, (2...4).contains(name.range.count), bytes[name.range].allSatisfy(ByteClass.isLower),
           context.isWrittenInCapitals(name.range) { return nil }
        // お世話様, ご苦労様: a kanji word after the polite prefix お/ご is an expression.
        if name.script == .kanji, let (previous, at) = Scalars.before(bytes, name.range.lowerBound), "おご".unicodeScalars.contains(previous),
           reader.script(at: at) == .hiragana { return nil }
        return name
    }

    /// Whether a kanji word of one to three characters fills a list item (a separator or the
    /// line's end after it) and is no organisation or relation.
    func fillsListItem(_ name: NameReader.Name, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        return name.script == .kanji && name.parts == 1 && (1...3).contains(Scalars.count(bytes, name.range))
            && (Scalars.at(bytes, name.range.upperBound).map { "、,/・".unicodeScalars.contains($0.0) } ?? false)
            && !reader.isOrganisation(Array(bytes[name.range])) && !Self.relations.contains(Array(bytes[name.range]))
            && !placeStems.contains(bytes[name.range])
    }

    /// What staff say they will do, after their name (仮屋園がご案内いたします, 肥田木よりご連絡).
    static let staffActions: Set<[UInt8]> = Set(["が担当", "が対応", "が伺", "が参り", "がご連絡", "がご案内", "がお伺い", "が承",
        "より改めて", "よりご連絡", "より連絡", "よりご案内", "よりお電話"].map { Array($0.utf8) })

    /// Where a short note in parentheses that opens at `p` ends (福山（記）, Sato (HQ), 宿（受付）):
    /// after its `)`, at most 32 bytes on, within `limit` and its line; nil when none opens there.
    static func noteEnd(_ bytes: [UInt8], at p: Int, limit: Int? = nil) -> Int? {
        guard p >= 0, p < bytes.count, bytes[p] == 0x28,
              let close = bytes[p..<min(p + 32, limit ?? bytes.count, bytes.count)].firstIndex(of: 0x29),
              !bytes[p..<close].contains(0x0A) else { return nil }
        return close + 1
    }

    /// English titles before a name in a list (normalised to lower case).
    static let englishTitles: [[UInt8]] = ["mr. ", "ms. ", "mrs. ", "dr. "].map { Array($0.utf8) }

    /// One kanji filling a call log's value (受:桃, 相手:栗様): a one-kanji surname, though a word
    /// elsewhere; not a status (済, 未, 他).
    func oneKanjiValue(at p: Int, reader: NameReader) -> Range<Int>? {
        let bytes = reader.bytes
        guard reader.script(at: p) == .kanji, let (kanji, length) = Scalars.at(bytes, p),
              reader.script(at: p + length) != .kanji || Scalars.at(bytes, p + length).map({ "様殿氏".unicodeScalars.contains($0.0) }) == true,
              !notNames.contains(bytes[p..<(p + length)]), !"済未中了他不同上下前後休無有".unicodeScalars.contains(kanji),
              Scalars.at(bytes, p + length).map({ ScriptClass.of($0.0) == .space || ScriptClass.of($0.0) == .lineBreak || "(/|、,\t様さ".unicodeScalars.contains($0.0) }) ?? true
        else { return nil }
        // 竹 葵様: a given name after a space belongs to it.
        if bytes[safe: p + length] == 0x20, reader.script(at: p + length + 1) == .kanji {
            let end = reader.runEnd(from: p + length + 1, script: .kanji, limit: 3)
            if givenNames.contains(bytes[(p + length + 1)..<end]), reader.script(at: end) != .kanji { return p..<end }
        }
        return p..<(p + length)
    }

    /// Labels of a call log's or a memo's person fields (受：, 相手：, 担当：).
    static let callLogLabels: Set<[UInt8]> = Set(["受", "受付", "担当", "担当者", "相手", "対応", "対応者", "記入者", "入力者", "誘導", "受付者", "作業者", "作成者", "確認者", "承認者", "記録者"].map { Array(Normalizer().normalizedKey($0).utf8) })

    /// The labels of a form's name parts (姓：徳田　名：真由美, セイ：トクダ).
    static let formNameParts: Set<[UInt8]> = Set(["姓", "名", "セイ", "メイ", "姓名"].map { Array(Normalizer().normalizedKey($0).utf8) })

    /// Roles of minutes that may be glued to the name they introduce (司会松下, 書記田中).
    static let gluedMinuteRoles: Set<[UInt8]> = Set(["司会", "書記", "幹事", "議長", "通訳", "講師"].map { Array($0.utf8) })

    /// `出席者：田中、佐藤課長、鈴木`: names after the first one, separated by 、 , / or ・,
    /// each perhaps with its title.
    func namesListed(after first: NameReader.Name, reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = reader.bytes
        var result: [Finding] = []
        var q = first.range.upperBound
        while true {
            if let title = Self.titlesAndHonorifics.first(where: { Scalars.hasPrefix(bytes, at: q, $0) }) { q += title.count }
            // 福山（記）、, Sato (HQ),: a short note after a name.
            if let end = Self.noteEnd(bytes, at: bytes[safe: q] == 0x20 ? q + 1 : q) { q = end }
            guard let (separator, length) = Scalars.at(bytes, q), "、,/・;".unicodeScalars.contains(separator) else { break }
            // 当社 服部, 常務 野口, 委員 大石: a role or organisation before the name; （代理）森山:
            // a note before it.
            var itemStart = skippingRoles(Self.noteEnd(bytes, at: q + length) ?? q + length, reader: reader)
            // Ms. Watanabe, Mr. Okamura: an English title before a listed name.
            if let title = Self.englishTitles.first(where: { bytes[itemStart...].starts(with: $0) }) { itemStart += title.count }
            // An item that is no name to read (栫 in 田畑、栫、窪田; （空席）) is passed over
            // when it is short and the list goes on after it.
            let skipped: Int? = {
                var p = itemStart, count = 0
                while p < bytes.count, count <= 6, let (scalar, length) = Scalars.at(bytes, p) {
                    if "、,/・".unicodeScalars.contains(scalar) { return count > 0 ? p : nil }
                    if scalar == "\n" || scalar == " " { return nil }
                    p += length; count += 1
                }
                return nil
            }()
            // 小野寺総務部長, 千葉経理課長: a family name, a department and a title, glued.
            if let family = familyBeforeDepartmentTitle(at: itemStart, reader: reader) {
                result.append(context.finding(.person, family, confidence: 0.75, rule: "person.field-list"))
                q = reader.runEnd(from: itemStart, script: .kanji, limit: 10)
                continue
            }
            guard let read = reader.nameAfter(itemStart), read.range.lowerBound <= itemStart + 1 else {
                if let skipped { q = skipped; continue }
                break
            }
            var name = refined(read, reader: reader)
            // 知念・岸本　休 新城: the next column's label is no given name.
            if name.parts == 2, name.script == .kanji, case let last = name.lastPart(bytes),
               Self.weakFieldLabels.contains(last) || Self.statusMarks.contains(last) { name = name.firstPartOnly() }
            let dotted = name.script == .katakana && Array(bytes[name.range]).containsMiddleDot && !isLoanword(name, bytes)
            // The item ends where the list goes on, a note opens, or the line ends.
            let endsItem = Scalars.at(bytes, name.range.upperBound).map { "、,/・()\n".unicodeScalars.contains($0.0) } ?? true
            // In a list after a person's label, a short kanji item that fills its place is a name
            // the lists do not know (出席：荒木、新留、山下).
            let fillsItem = name.script == .kanji && name.parts == 1 && (2...3).contains(Scalars.count(bytes, name.range)) && endsItem
                && !reader.isOrganisation(Array(bytes[name.range])) && !Self.relations.contains(Array(bytes[name.range]))
            // 参加者：さやか、まどか、ちひろ: a known kana name that fills its item.
            let kanaItem = name.script == .hiragana && name.parts == 1 && Scalars.count(bytes, name.range) >= 2 && endsItem
                && (givenNames.contains(bytes[name.range]) || familyNames.contains(bytes[name.range]))
                && !kanaFunctionWords.contains(bytes[name.range])
            guard name.parts == 2 || isKnownName(name, reader: reader) || dotted || fillsItem || kanaItem, name.script != .hiragana || kanaItem,
                  name.script != .latin || (reader.isCapitalized(name) && !reader.hasCommonEnglishWord(name)),
                  !placeLike(name, bytes), accept(name, context: context, honorific: false) else {
                if let skipped { q = skipped; continue }
                break
            }
            result.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.75), rule: "person.field-list"))
            q = name.range.upperBound
        }
        return result
    }

    /// A listed family name at `start` glued to a department and a title that end the kanji run
    /// (小野寺総務部長, 千葉経理課長): the family name's range.
    func familyBeforeDepartmentTitle(at start: Int, reader: NameReader) -> Range<Int>? {
        let bytes = reader.bytes
        guard reader.script(at: start) == .kanji else { return nil }
        let runEnd = reader.runEnd(from: start, script: .kanji, limit: 10)
        guard let title = Self.titles.filter({ runEnd - $0.count > start && bytes[(runEnd - $0.count)..<runEnd].elementsEqual($0) }).max(by: { $0.count < $1.count })
        else { return nil }
        let titleStart = runEnd - title.count
        var end = titleStart
        // The longest listed family name that leaves a department of one to four kanji before the title.
        while end > start {
            guard let (_, previous) = Scalars.before(bytes, end) else { break }
            end = previous
            let department = Scalars.count(bytes, end..<titleStart)
            guard department <= 4 else { break }
            // (A place's name is a family name here too, 千葉経理課長, unless the place goes on
            // as one: 郡山市議会議員.)
            // (Nor a branch named after its place: 鹿児島店店長.)
            if department >= 1, Scalars.count(bytes, start..<end) >= 2, familyNames.contains(bytes[start..<end]),
               let (first, _) = Scalars.at(bytes, end), !"市区町村県都府郡道州国".unicodeScalars.contains(first),
               !Self.branchWords.contains(Array(bytes[end..<titleStart])) { return start..<end }
        }
        return nil
    }

    /// A shop, branch or site named after its place (鹿児島店, 千葉支店): no department of a person.
    static let branchWords: Set<[UInt8]> = Set(["店", "支店", "本店", "営業所", "工場", "支社", "本社", "事務所", "出張所", "センター", "署", "局"].map { Array($0.utf8) })

    /// `田中太郎は…`, `山田花子の電話番号`: a kanji run that is exactly a known family name and
    /// a known given name, standing as a word (no kanji on either side).
    func unspacedFullNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var runStart = -1, runLength = 0
        var p = 0
        // One pass over the bytes; the sets are asked only for runs of three to six kanji.
        while p <= bytes.count {
            var isKanji = false, length = 1
            if p < bytes.count, bytes[p] >= 0xE3, let (_, l) = Scalars.at(bytes, p) {
                length = l
                isKanji = reader.script(at: p) == .kanji
            }
            if isKanji {
                if runStart < 0 { runStart = p; runLength = 0 }
                runLength += 1
            } else if runStart >= 0 {
                // 昨日奥村早苗が, 督促状は徳永真一郎本人宛: a word of time glued before the name, a
                // word of address after it.
                var start = runStart, end = p
                if let time = Self.timeWords.first(where: { bytes[start...].starts(with: $0) }), runLength >= 5 { start += time.count }
                if let suffix = Self.wordsAfterJoinedName.first(where: { end - start > $0.count + 6 && bytes[..<end].suffix($0.count).elementsEqual($0) }) { end -= suffix.count }
                let length = Scalars.count(bytes, start..<end)
                if (3...6).contains(length), let split = familyEnd(bytes, start..<end, unknownGiven: false), split < end,
                   Scalars.count(bytes, start..<split) + Scalars.count(bytes, split..<end) >= 3,
                   familyNames.contains(bytes[start..<split]) {
                    let name = NameReader.Name(range: start..<end, script: .kanji, parts: 2, firstPartEnd: split, bytes: bytes, spaced: false)
                    if accept(name, context: context, honorific: false), !placeLike(name, bytes) {
                        result.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.unspaced-name"))
                    }
                }
                runStart = -1
            }
            p += length
        }
        return result
    }

    /// `王偉と張雨桐が到着`, `朴智妍と崔成浩の発表`: a Chinese or Korean full name written without a
    /// space — a surname of one kanji that is rare as a Japanese word's first character, then a
    /// given name of one or two kanji the Japanese lists do not know — standing as a word before
    /// a particle, an honorific or punctuation. Common words that start with such a kanji
    /// (陳列, 王国, 金曜日) stay out.
    func sinoKoreanNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p + 6 <= bytes.count {
            guard bytes[p] >= 0xE4, bytes[p] <= 0xE9, let (first, length) = Scalars.at(bytes, p), Self.sinoKoreanSurnames.contains(first),
                  reader.script(at: p) == .kanji, Scalars.before(bytes, p).map({ reader.script(at: $0.1) == nil || reader.script(at: $0.1) == .hiragana }) ?? true else { p += 1; continue }
            let start = p
            p += length
            let end = reader.runEnd(from: start, script: .kanji, limit: 4)
            let count = Scalars.count(bytes, start..<end)
            guard (2...3).contains(count), Self.sinoKoreanNameFollowers.contains(where: { Scalars.hasPrefix(bytes, at: end, $0) }) || end == bytes.count
                    || bytes[end] == 0x0A || bytes[end] == 0x20 || bytes[end] == 0x28 else { continue }
            let word = bytes[start..<end]
            let secondStart = start + length
            let secondEnd = secondStart + (Scalars.at(bytes, secondStart)?.1 ?? 0)
            // (金沢市: a place with its 市 is no 金 and a given name.)
            guard !commonKanjiWords.contains(word), !commonKanjiWords.contains(bytes[start..<secondEnd]), !placeStems.contains(word),
                  Scalars.before(bytes, end).map({ !"市町村区郡県".unicodeScalars.contains($0.0) }) ?? true,
                  !notNames.contains(Array(word)), !reader.isOrganisation(Array(word)),
                  !Self.notGivenAfterSurname.contains(Array(bytes[secondStart..<end])),
                  !Self.titles.contains(where: { bytes[secondStart..<end].elementsEqual($0) }) else { continue }
            // (A simplified character, used in no Japanese word, is read as one word: the
            // Japanese lists need not know 刘 as they know 劉.)
            let simplified = Self.simplifiedSurnames.contains(first)
            let name = NameReader.Name(range: start..<end, script: .kanji, parts: simplified ? 1 : 2, firstPartEnd: simplified ? end : secondStart, bytes: bytes, spaced: false)
            guard accept(name, context: context, honorific: false) else { continue }
            result.append(context.finding(.person, start..<end, confidence: 0.65, rule: "person.sino-korean"))
            p = end
        }
        return result
    }

    /// One-kanji surnames common in China and Korea whose kanji rarely opens a Japanese word
    /// (林, 高, 柳 are Japanese names too and read by the lists).
    static let sinoKoreanSurnames: Set<Unicode.Scalar> = Set("王張李劉陳楊趙黄周呉徐孫胡朱郭何羅鄭梁謝宋唐許馮鄧曹彭曾蕭朴崔姜尹洪金".unicodeScalars)
        .union(simplifiedSurnames)
    /// The same surnames in simplified characters, as a Chinese customer types them (刘洋, 张敏).
    static let simplifiedSurnames: Set<Unicode.Scalar> = Set("刘张陈杨赵吴孙罗郑谢许冯邓萧".unicodeScalars)
    static let sinoKoreanNameFollowers: [[UInt8]] = ["と", "が", "は", "の", "も", "に", "を", "、", "。", "さん", "様", "氏", "先生", "・", "/"].map { Array(Normalizer().normalizedKey($0).utf8) }
    /// What follows such a kanji in words and names of places, not given names (韓国, 中国人).
    static let notGivenAfterSurname: Set<[UInt8]> = Set(["国", "人", "家", "氏", "様", "族", "朝", "代", "式", "系", "社", "店", "額", "曜", "曜日", "属"].map { Array($0.utf8) })

    /// Words glued after a joined full name that are no part of it (徳永真一郎本人宛).
    static let wordsAfterJoinedName: [[UInt8]] = ["本人宛", "本人", "宛", "名義", "氏", "殿", "家"].map { Array($0.utf8) }

    /// `【田中】`, `〔営業 佐藤〕`, `【高橋課長】`: a known name that fills a bracket label.
    func bracketedNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p + 2 < bytes.count {
            // 【 E3 80 90, 〔 E3 80 94; their closings 】 E3 80 91, 〕 E3 80 95.
            guard bytes[p] == 0xE3, bytes[p + 1] == 0x80, bytes[p + 2] == 0x90 || bytes[p + 2] == 0x94 else { p += 1; continue }
            let close = bytes[p + 2] + 1
            p += 3
            let start = reader.skippingOrganisation(p)
            guard let read = reader.nameAfter(start), read.range.lowerBound == start || read.range.lowerBound == start + 1 else { continue }
            let name = refined(read, reader: reader)
            var end = name.range.upperBound
            if let title = Self.titlesAndHonorifics.first(where: { Scalars.hasPrefix(bytes, at: end, $0) }) { end += title.count }
            guard bytes[safe: end] == 0xE3, bytes[safe: end + 1] == 0x80, bytes[safe: end + 2] == close,
                  name.script != .hiragana, name.parts == 2 || isKnownName(name, reader: reader),
                  accept(name, context: context, honorific: false), !notNames.contains(Array(bytes[name.range])) else { continue }
            result.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.6), rule: "person.bracket"))
        }
        return result
    }

    /// Up to this many distinct surfaces are searched one by one, more through an automaton
    /// (measured on 3 MB of mixed inquiries: 16, 32, 64 → 0.94, 0.91, 0.90 s user; unbounded 2.5 s).
    static let namesSearchedOneByOne = 64

    /// Every other mention of a name found with strong evidence, and of its family name alone:
    /// 山田太郎様 … 山田が, ジョン・スミス様 … スミスさん is already an honorific. A mention must
    /// stand as a word (no letter of the same script on either side, except a title after it).
    func propagated(_ found: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var surfaces = Set<[UInt8]>(), givenParts = Set<[UInt8]>(), kanjiParts = Set<[UInt8]>(), kanaReadings = Set<[UInt8]>()
        var oneKanjiFamilies = Set<[UInt8]>()
        for finding in found where finding.confidence >= 0.6 {
            let range = finding.normalizedRange.lowerBound.utf8..<finding.normalizedRange.upperBound.utf8
            guard let script = reader.script(at: range.lowerBound) else { continue }
            // A kana name said again in voice input (にしぞのです、にしぞの携帯は): three kana or more.
            if script == .hiragana {
                if Scalars.count(bytes, range) >= 3, !bytes[range].contains(0x20) { surfaces.insert(Array(bytes[range])) }
                // すずき まさと … すずきは普通の鈴木で: each part of a spaced kana name, three kana or more.
                if finding.confidence >= 0.7, case let parts = bytes[range].split(separator: 0x20), parts.count == 2 {
                    for part in parts where Scalars.count(bytes, part.indices) >= 3 && !kanaFunctionWords.contains(part) { surfaces.insert(Array(part)) }
                }
                continue
            }
            // A chat handle said again in a message (chie: … 担当はchieで): three letters or more.
            if script == .latin, finding.confidence < 0.7 {
                if Scalars.count(bytes, range) >= 3, !bytes[range].contains(0x20) { surfaces.insert(Array(bytes[range])) }
                continue
            }
            guard finding.confidence >= 0.7 else { continue }
            let surface = Array(bytes[range])
            if Scalars.count(bytes, range) >= 2 { surfaces.insert(surface) }
            // The family part: before a space, or where the lists split an unspaced kanji name.
            var familyEnd = surface.firstIndex(of: 0x20).map { range.lowerBound + $0 }
            if familyEnd == nil, script == .kanji { familyEnd = self.familyEnd(bytes, range, unknownGiven: false) }
            if let end = familyEnd, end < range.upperBound, Scalars.count(bytes, range.lowerBound..<end) >= 2 {
                surfaces.insert(Array(bytes[range.lowerBound..<end]))
            }
            // 角 彩 … 角さん: a one-kanji family part of a spaced name, said again with an honorific.
            if script == .kanji, let end = familyEnd, bytes[safe: end] == 0x20, Scalars.count(bytes, range.lowerBound..<end) == 1, reader.isWordStart(range.lowerBound),
               Scalars.before(bytes, range.lowerBound).map({ reader.script(at: $0.1) != .kanji && reader.script(at: $0.1) != .katakana }) ?? true {
                oneKanjiFamilies.insert(Array(bytes[range.lowerBound..<end]))
            }
            // 弟の片平 修 … 修は県外: the given part of a spaced kanji name, said alone later.
            if script == .kanji, let space = surface.firstIndex(of: 0x20), case let given = Array(surface[(space + 1)...]),
               reader.script(at: range.lowerBound + space + 1) == .kanji, givenNames.contains(given[...]), !notNames.contains(given) {
                givenParts.insert(given)
            }
            // 鶴美奈子 … 美奈子が: the given part where the lists split an unspaced name, two kanji or more.
            if script == .kanji, surface.firstIndex(of: 0x20) == nil, let end = familyEnd, end < range.upperBound,
               case let given = Array(bytes[end..<range.upperBound]), Scalars.count(bytes, end..<range.upperBound) >= 2,
               reader.script(at: end) == .kanji, givenNames.contains(given[...]), !notNames.contains(given), !commonKanjiWords.contains(given[...]) {
                givenParts.insert(given)
            }
            // 島袋 … しまぶくろです, シマブクロ, @shimabukuro: the readings of each part.
            if script == .kanji {
                if let end = familyEnd, surface.firstIndex(of: 0x20) == nil, end < range.upperBound {
                    kanjiParts.insert(Array(surface[..<(end - range.lowerBound)]))
                    kanjiParts.insert(Array(surface[(end - range.lowerBound)...]))
                }
                for part in surface.split(separator: 0x20) { kanjiParts.insert(Array(part)) }
            }
        }
        surfaces.formUnion(givenParts)
        surfaces.formUnion(oneKanjiFamilies)
        // Each distinct part once: a long text names the same people again and again.
        if !kanjiParts.isEmpty {
            let scripts = ReadingScripts(bytes)
            for part in kanjiParts { readingsOfName(part[...], scripts: scripts, into: &surfaces, kana: &kanaReadings) }
        }
        guard !surfaces.isEmpty else { return [] }
        // Found ranges sorted by start, with the furthest end so far: whether a match overlaps
        // one is a binary search, not a scan (a long text may hold thousands of names).
        let taken = found.map { $0.normalizedRange.lowerBound.utf8..<$0.normalizedRange.upperBound.utf8 }.sorted { $0.lowerBound < $1.lowerBound }
        var furthestEnd: [Int] = []
        for range in taken { furthestEnd.append(max(furthestEnd.last ?? 0, range.upperBound)) }
        func overlapsTaken(_ range: Range<Int>) -> Bool {
            let before = taken.firstIndex(startingAtOrAfter: range.upperBound) { $0.lowerBound }
            return before > 0 && furthestEnd[before - 1] > range.lowerBound
        }
        var lastEnd = 0
        var result: [Finding] = []
        // 田中 … 田中モータース, 株式会社鈴木, ボディショップ清水: a name said again inside a
        // company's name is the company's.
        let companyWords = companyWordMatches(context)
        let companyStarts = Set(companyWords.map(\.range.lowerBound)), companyEnds = Set(companyWords.map(\.range.upperBound))
        func visit(_ range: Range<Int>) {
            guard !overlapsTaken(range), range.lowerBound >= lastEnd, let script = reader.script(at: range.lowerBound) else { return }
            // (有限会社かがみ荘: a company form before the name makes it the company's in any script.)
            if (script == .kanji && (companyStarts.contains(range.upperBound) || companyEnds.contains(range.lowerBound)))
                || Self.companyForms.contains(where: { range.lowerBound >= $0.count && bytes[(range.lowerBound - $0.count)..<range.lowerBound].elementsEqual($0) }) { return }
            let before = Scalars.before(bytes, range.lowerBound).flatMap { reader.script(at: $0.1) }
            let after = reader.script(at: range.upperBound)
            if script == .hiragana {
                // A reading in hiragana is said as a name: before です, an honorific, a
                // particle of a subject or the end of a phrase (しまぶくろです), never as a
                // word (まことにありがとう, すすむ方向).
                if kanaReadings.contains(Array(bytes[range])) {
                    let next = Scalars.at(bytes, range.upperBound).map { ScriptClass.of($0.0) }
                    guard next == nil || next == .space || next == .lineBreak || next == .other
                            || Self.afterSpokenName.contains(where: { Scalars.hasPrefix(bytes, at: range.upperBound, $0) }) else { return }
                }
                // Inside running kana only after a word's end and before a particle or a cue.
                let startsWord = before != .hiragana || Scalars.before(bytes, range.lowerBound).map { Self.kanaWordEnds.contains($0.0) || $0.0 == "す" } == true
                let endsWord = after != .hiragana || reader.followsParticle(range.upperBound) || reader.endsAtNameBoundary(range.upperBound)
                guard startsWord, endsWord else { return }
                result.append(context.finding(.person, range, confidence: 0.6, rule: "person.propagated"))
                lastEnd = range.upperBound
                return
            }
            // (春江叔母は, 美里叔母: a kinship word after a given name said again says who she is.)
            let kin = givenParts.contains(Array(bytes[range])) && Self.kinAfterGivenName.contains { Scalars.hasPrefix(bytes, at: range.upperBound, $0) }
            guard before != script || (script == .kanji && kanjiNameEnding(at: range.upperBound, reader: reader, unknownGiven: false)?.range.lowerBound == range.lowerBound),
                  after != script || kin || (script == .kanji && (isTitleOrHonorific(at: range.upperBound, reader: reader)
                      // 代車は安達名義で, 安達宛: a word of address glued after the name (not 家: 島津家 is a clan).
                      || Self.wordsOfAddressAfterName.contains(where: { Scalars.hasPrefix(bytes, at: range.upperBound, $0) }))) else { return }
            // Latin mentions are whole words only (not Mori in Morioka), never part of an
            // address (yamada@…, taro.yamada@…, www.ijichi…) or of a company (Ijichi Kogyo Co.).
            if script == .latin {
                guard reader.isWordStart(range.lowerBound), !inMailOrWebToken(range, bytes), !beforeCompanyWord(range.upperBound, bytes),
                      case let word = String(decoding: bytes[range], as: UTF8.self).lowercased(),
                      !NameReader.commonEnglish.contains(word), !Self.makersNamedAfterPeople.contains(word) else { return }
            }
            if oneKanjiFamilies.contains(Array(bytes[range])) {
                guard before != .kanji, before != .katakana, isTitleOrHonorific(at: range.upperBound, reader: reader) else { return }
            }
            // A given name alone must stand before a particle (修は, 大地が, 大翔に振った, 勝に持たせます),
            // but a kanji that makes an adverb with に is that adverb (誠に残念ながら, 実に, 正に).
            if givenParts.contains(Array(bytes[range])) {
                guard let (next, _) = Scalars.at(bytes, range.upperBound), kin || "はがものにとへを、".unicodeScalars.contains(next),
                      next != "に" || Scalars.count(bytes, range) >= 2 || !Self.adverbsWithNi.contains(Scalars.at(bytes, range.lowerBound)?.0 ?? " ") else { return }
            }
            // 妻のさくら … サクラの試乗車: the name in katakana is the car model.
            if script == .katakana, isWholeCompanyWord(range, context: context) { return }
            // 山田 … ヤマダ電機: a reading glued to a kanji word names a shop or a company.
            if script == .katakana, after == .kanji, !isTitleOrHonorific(at: range.upperBound, reader: reader) { return }
            result.append(context.finding(.person, range, confidence: 0.6, rule: "person.propagated"))
            lastEnd = range.upperBound
        }
        // Matches come in order of their end (the last one kept is the only one to overlap);
        // a text names a few people, and a scan per name costs less than building an automaton.
        if surfaces.count <= Self.namesSearchedOneByOne {
            ByteSearch.forEachMatch(of: Array(surfaces), in: bytes, visit)
        } else {
            let automaton = AhoCorasick(patterns: surfaces)
            bytes.withUnsafeBufferPointer { buffer in automaton.forEachMatch(in: buffer) { visit($0.range) } }
        }
        return result
    }

    /// Whether a katakana word with ・ names a business: after a company form (株式会社ホクリク・
    /// カーライフ), or before one of its branches or 御中 (ホクリク・カーライフ 上越店, 富山掛尾店 御中).
    func namesABusiness(_ range: Range<Int>, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        if reader.followsCompanyForm(range.lowerBound) { return true }
        var p = range.upperBound
        if bytes[safe: p] == 0x20 { p += 1 }
        if Scalars.hasPrefix(bytes, at: p, Self.onward) { return true }
        let runEnd = reader.runEnd(from: p, script: .kanji, limit: 8)
        guard runEnd > p else { return false }
        return Self.branchEndings.contains { Scalars.hasSuffix(bytes, before: runEnd, $0) } || Scalars.hasPrefix(bytes, at: runEnd, Self.usedCarCentre)
    }
    private static let onward = Array("御中".utf8)
    private static let usedCarCentre = Array("せんたー".utf8)
    private static let branchEndings: [[UInt8]] = ["店", "支店", "営業所", "本社", "工場", "中古車"].map { Array($0.utf8) }

    static let wordsOfAddressAfterName: [[UInt8]] = ["名義", "宛", "本人"].map { Array($0.utf8) }

    /// Kinship words written right after a given name (春江叔母, 健太兄).
    static let kinAfterGivenName: [[UInt8]] = ["叔母", "叔父", "伯母", "伯父", "姉", "兄", "おば", "おじ", "ねえ", "にい"].map { Array($0.utf8) }

    /// Kanji that are given names and, with に, adverbs (誠に, 実に, 正に, 優に, 順に).
    static let adverbsWithNi: Set<Unicode.Scalar> = Set("誠実正真直優順殊特既現単遂仮更主常切次先故共".unicodeScalars)

    /// Whether a range lies in a token (up to the spaces around it) that is an e-mail or web
    /// address: an @ after its start, or a dot or a slash right before or after the range.
    func inMailOrWebToken(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        var start = range.lowerBound, end = range.upperBound
        while start > 0, ![0x20, 0x0A, 0x09, 0x0D].contains(bytes[start - 1]), bytes[start - 1] < 0x80 { start -= 1 }
        while end < bytes.count, ![0x20, 0x0A, 0x09, 0x0D].contains(bytes[end]), bytes[end] < 0x80 { end += 1 }
        let token = bytes[start..<end]
        if token.dropFirst().contains(0x40) { return true }
        return [bytes[safe: range.lowerBound - 1], bytes[safe: range.upperBound]].contains { $0 == 0x2E || $0 == 0x2F }
    }

    /// Makers that bear a family name (鈴木 … Suzuki is the car).
    static let makersNamedAfterPeople: Set<String> = ["suzuki", "honda", "toyota", "yamaha", "kawasaki", "shimano", "mazda"]

    /// Whether the next Latin word is one of a company (Kogyo, Co., Motors, Inc.) or a place
    /// (Shibuya-ku, Chiba-ken, Nagano City, Fukuoka Station).
    func beforeCompanyWord(_ end: Int, _ bytes: [UInt8]) -> Bool {
        if bytes[safe: end] == 0x2D {
            var p = end + 1
            while p < bytes.count, ByteClass.isLower(bytes[p]) || (0x41...0x5A).contains(bytes[p]) { p += 1 }
            return ["ku", "shi", "ken", "cho", "machi", "mura", "gun", "fu", "to"].contains(String(decoding: bytes[(end + 1)..<p], as: UTF8.self).lowercased())
        }
        guard bytes[safe: end] == 0x20 else { return false }
        var p = end + 1
        while p < bytes.count, (0x41...0x5A).contains(bytes[p]) || (0x61...0x7A).contains(bytes[p]) { p += 1 }
        let word = String(decoding: bytes[(end + 1)..<p], as: UTF8.self).lowercased()
        return NameReader.commonEnglish.contains(word) || ["kogyo", "shoji", "sangyo", "shoten", "kensetsu", "unyu", "llc", "kk", "group", "holdings",
            "prefecture", "ward", "town", "village", "building", "bldg", "tower", "bank", "university", "hospital", "clinic"].contains(word)
    }

    /// The listed readings of a kanji name as the normalised text writes them (katakana folded
    /// to hiragana, Latin letters to lower case, so one form serves both scripts and every
    /// case): hiragana of three kana or more, also spaced out as voice input spells it
    /// (う え は ら), and romaji of three letters or more, each only when the text holds its
    /// script at all (`scripts`): each form is a pattern of the automaton built for this text.
    func readingsOfName(_ name: ArraySlice<UInt8>, scripts: ReadingScripts, into result: inout Set<[UInt8]>, kana: inout Set<[UInt8]>) {
        guard let index = readingKeys.index(of: name) else { return }
        for reading in readings[index].split(separator: 0x09) {
            if reading.allSatisfy(ByteClass.isLower) {
                guard scripts.latin, reading.count >= 3 else { continue }
                result.insert(Array(reading))
            } else if reading.count >= 9, reading.count % 3 == 0, reading.first == 0xE3 {
                result.insert(Array(reading))
                kana.insert(Array(reading))
                // う え は ら: each kana followed by a space.
                guard scripts.spacedKana, reading.count <= 15 else { continue }
                var spaced: [UInt8] = []
                for k in stride(from: reading.startIndex, to: reading.endIndex, by: 3) {
                    if !spaced.isEmpty { spaced.append(0x20) }
                    spaced += reading[k..<(k + 3)]
                }
                result.insert(spaced)
            }
        }
    }

    /// What follows a name said in hiragana (しまぶくろです, はやしさん, ひがしと申します).
    static let afterSpokenName: [[UInt8]] = ["です", "でした", "でございます", "さん", "さま", "様", "くん", "ちゃん", "と申", "といい", "って", "じゃ",
        "は", "が", "から", "より", "も", "の"].map { Array($0.utf8) }

    /// The scripts a text holds, for the forms of a reading worth searching.
    struct ReadingScripts {
        var latin = false, spacedKana = false

        init(_ bytes: [UInt8]) {
            var k = 0
            while k < bytes.count, !(latin && spacedKana) {
                let b = bytes[k]
                if ByteClass.isLower(b) { latin = true }
                // One kana, a space, one kana: voice input spelling a name out.
                else if b == 0x20, k >= 3, k + 3 < bytes.count, bytes[k - 3] == 0xE3, bytes[k + 1] == 0xE3, bytes[safe: k + 4] == 0x20 || bytes[safe: k - 4] == 0x20 { spacedKana = true }
                k += 1
            }
        }
    }

    /// `東 さくら`: a kanji family name followed by a known given name in hiragana.
    func extendedWithGivenName(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
        let bytes = reader.bytes
        guard name.parts == 1, name.script == .kanji, bytes[safe: name.range.upperBound] == 0x20, familyNames.contains(bytes[name.range]),
              let given = reader.nameAfter(name.range.upperBound + 1), given.script == .hiragana || given.script == .katakana,
              given.range.lowerBound == name.range.upperBound + 1 else { return name }
        var givenEnd = given.firstPartEnd
        // 岸 ツル, 東 ヨシ子, 中井 きぬ: an elderly given name in kana (with a kanji ending),
        // unknown to the lists, where the line or an introduction ends it.
        if !givenNames.contains(bytes[given.range.lowerBound..<givenEnd]) {
            if let (next, length) = Scalars.at(bytes, givenEnd), "子江代枝美恵".unicodeScalars.contains(next) { givenEnd += length }
            let count = Scalars.count(bytes, given.range.lowerBound..<givenEnd)
            let ends = givenEnd >= bytes.count || bytes[givenEnd] == 0x0A || bytes[givenEnd] == 0x0D
                || ["です", "でございます", "と申", "様", "さん"].contains { Scalars.hasPrefix(bytes, at: givenEnd, Array($0.utf8)) }
            guard (1...5).contains(count), ends, given.script == .katakana || !kanaFunctionWords.contains(bytes[given.range.lowerBound..<givenEnd]) else { return name }
        }
        var extended = name
        extended.range = name.range.lowerBound..<givenEnd
        extended.parts = 2
        extended.firstPartEnd = name.range.upperBound
        return extended
    }

    /// 様 and さん that are part of a word are not honorifics: 仕様, 様々, ニッサン (katakana).
    func isHonorific(at i: Int, _ honorific: [UInt8], reader: NameReader) -> Bool {
        let bytes = reader.bytes
        if honorific == Array("様".utf8) {
            if let (previous, at) = Scalars.before(bytes, i), "仕模同異多左有今神王殿貴文紋".unicodeScalars.contains(previous) {
                // 本多様, 佐多様: a family name ending in 多 before 様; 多様な, 多様性 is the word.
                let nameEndingInTa = previous == "多" && reader.script(at: at - 3) == .kanji
                    && !(Scalars.at(bytes, i + 3).map { "な性化にで".unicodeScalars.contains($0.0) } ?? false)
                if !nameEndingInTa { return false }
            }
            if let (next, _) = Scalars.at(bytes, i + 3), "々子式相変".unicodeScalars.contains(next) { return false }
        }
        if honorific == Array("氏".utf8), let (next, _) = Scalars.at(bytes, i + 3), "名".unicodeScalars.contains(next) { return false }
        // 品川 さんまるまる: さん (3) read out in a number, not an honorific.
        if honorific == Array("さん".utf8), Self.spokenDigits.contains(where: { Scalars.hasPrefix(bytes, at: i + 6, $0) }) { return false }
        // にもつ たくさん, みなさん: words that end in さん.
        if honorific == Array("さん".utf8), i >= 6, reader.script(at: i - 6) == .hiragana,
           Self.wordsEndingInSan.contains(where: { bytes[(i - 6)..<i].elementsEqual($0) }) { return false }
        // Kana honorifics must be hiragana in the original (ニッサン is a word, not 〜さん), but for
        // サン, サマ after kanji that no katakana follows (与那嶺ｻﾝ, a memo typed in half-width).
        if honorific.first == 0xE3, reader.script(at: i) != .hiragana {
            guard reader.script(at: i) == .katakana, let (_, before) = Scalars.before(bytes, i), reader.script(at: before) == .kanji,
                  reader.script(at: i + honorific.count) != .katakana else { return false }
        }
        return true
    }

    static let wordsEndingInSan: [[UInt8]] = ["たく", "みな"].map { Array($0.utf8) }

    /// Names standing on their own: a two-part name in kana or kanji whose parts are known
    /// names (ヤマダ タロウ, 上村 直樹), a line that is only a name (a signature or a form
    /// value), and a kana name after an account number.
    func standaloneNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        let lineStarts = reader.lineStartSet
        // Every rule needs a line or clause start or a space next to the name: try only those
        // and the words around each space. (An array sorted once, duplicates skipped below:
        // a set hashed an insertion at every space.)
        var candidates = reader.orderedLineStarts + reader.orderedClauseStarts
        for (offset, byte) in bytes.enumerated() where byte == 0x20 {
            if let start = reader.wordStart(endingAt: offset) { candidates.append(start) }
            candidates.append(offset + 1)
        }
        candidates.sort()
        var i = 0
        for (k, start) in candidates.enumerated() where start >= i && (k == 0 || candidates[k - 1] != start) {
            i = start
            guard reader.isWordStart(i), var name = reader.nameAfter(i), name.range.lowerBound == i else { continue }
            name = extendedWithGivenName(name, reader: reader)
            var memoGoesOn = false
            // 事務局 久木田 宛, 井手 方: how mail is addressed to a person, no given name.
            if name.parts == 2, name.script == .kanji, Self.addressedTo.contains(name.lastPart(bytes)) { name = name.firstPartOnly() }
            // 永吉 さん (an honorific after a space), トクダ　メイ：マユミ (the next label of a
            // form), 岸本　休 (a shift's status): the second word is no given name.
            if name.parts == 2, case let last = name.lastPart(bytes),
               Self.honorifics.contains(last) || Self.statusMarks.contains(last)
                || (Self.formNameParts.contains(last) && bytes[safe: name.range.upperBound] == 0x3A) {
                // (A status after a family name is a memo going on: 鷲尾　休　○.)
                if Self.statusMarks.contains(last) { memoGoesOn = true }
                name = name.firstPartOnly()
            }
            // 工藤⇒三浦 引継ぎ, 花束手配=猪狩 写真=…: a common word after the family name, with the
            // memo going on after it, is no given name (寺園 未来 alone on its line is one).
            if name.parts == 2, name.script == .kanji, commonKanjiWords.contains(name.lastPart(bytes)), !givenNames.contains(name.lastPart(bytes)),
               (reader.script(at: name.range.upperBound) == .hiragana && !reader.endsAtNameBoundary(name.range.upperBound))
                   || [0x3D, 0x3A, 0x2F].contains(bytes[safe: name.range.upperBound] ?? 0) {
                name = name.firstPartOnly()
                memoGoesOn = true
            }
            // 本人　竹下 亮, 司会　知念: a role or a minutes label before the name is not part of it.
            if name.parts == 2, notNames.contains(name.firstPart(bytes)) || Self.relations.contains(name.firstPart(bytes)) || reader.isOrganisation(name.firstPart(bytes))
                || Self.weakFieldLabels.contains(name.firstPart(bytes)) || Self.gluedMinuteRoles.contains(name.firstPart(bytes)),
               let rest = reader.nameAfter(name.firstPartEnd + 1) {
                name = rest
            }
            // A reading that names no one skips only its first word: 1番 島田 晶 read 番 島田
            // first, 教諭 片平 修 read 教諭 片平.
            var named = false
            defer {
                let space = named ? nil : bytes[name.range].firstIndex(of: 0x20)
                i = max(space ?? name.range.upperBound, i + 1)
            }
            // Cheap shape checks first: most words are neither two-part names nor alone on a line.
            let end = name.range.upperBound
            switch name.script {
            case .hiragana: continue
            case .latin, .katakana: if name.parts < 2 && !Array(bytes[name.range]).containsMiddleDot { continue }
            case .kanji:
                if name.parts < 2 {
                    let alone = end >= bytes.count - 2 || bytes[end] == 0x0A
                    if !alone && !memoGoesOn { continue }
                }
            }
            guard accept(name, context: context, honorific: false), !placeLike(name, bytes) else { continue }
            let lineEnds = end >= bytes.count || bytes[end] == 0x0A || (bytes[end] == 0x20 && !(reader.script(at: end + 1).map { $0 != .kanji } ?? false))
            let atLineStart = lineStarts.contains(i) || lineStarts.contains(i - 1) || (i > 0 && reader.isAfterRole(i))
            // 宮里 同日入庫: after a known family name, an unknown given name has at most three
            // kanji (common words stay: 大地 and 建国 are given names too).
            // (上村 同行, 辻 車検, 引継 鈴木, 八重樫 へ: a memo's common word or a lone kana beside a
            // name is no part of it.)
            let first = name.firstPart(bytes), last = name.lastPart(bytes)
            let wordBeside = name.script == .kanji && ((commonKanjiWords.contains(last) && !givenNames.contains(last))
                || (commonKanjiWords.contains(first) && !familyNames.contains(first)) || Scalars.count(last, 0..<last.count) < 2 && reader.script(at: name.range.upperBound - last.count) != .kanji
                // (鳴海 さんが休み: the honorific and a particle.)
                || startsWithKanaHonorific(name.range.upperBound - last.count, reader: reader))
            let known = name.parts == 2 && !wordBeside && (givenNames.contains(last) || (familyNames.contains(first)
                && (name.script != .kanji || Scalars.count(last, 0..<last.count) <= 3)))
            var confidence = 0.0
            var rule = ""
            switch name.script {
            case .katakana:
                if known { confidence = 0.75; rule = "person.kana-name" }
                // ジョン・スミスが来店: a katakana name with ・ as the subject of what people do.
                // Compounds with ・ are common too (ドア・ミラーが割れた): the verb decides.
                else if Array(bytes[name.range]).containsMiddleDot, !namesABusiness(name.range, reader: reader), reader.followsParticle(end),
                        !isLoanword(name, bytes) || Self.personPredicates.contains(where: { predicate in
                            (end + 3...min(end + 12, bytes.count)).contains { Scalars.hasPrefix(bytes, at: $0, predicate) } }) {
                    confidence = 0.7; rule = "person.kana-dot"
                }
                // カルロス・エドゥアルド・ダ・シルバ alone on its line, before です or in a bracket:
                // a foreign name written out, unless every part is a loanword.
                else if Array(bytes[name.range]).containsMiddleDot, !isLoanword(name, bytes), !isWholeCompanyWord(name.range, context: context),
                        !namesABusiness(name.range, reader: reader),
                        // スマート・キー, ナビ・オーディオ: equipment joins loanwords; a name has at most
                        // one part a dictionary knows (ブイ・ティ・マイ), and none of two.
                        case let (parts, loanwords) = dottedParts(name, bytes), loanwords == 0 || (parts >= 3 && loanwords <= 1),
                        lineEnds || Scalars.hasPrefix(bytes, at: end, Array("です".utf8)) || Scalars.hasPrefix(bytes, at: end, Array("と申".utf8))
                            || bytes[safe: end] == 0x29 || Scalars.hasPrefix(bytes, at: end, Array("、".utf8)) {
                    confidence = 0.65; rule = "person.kana-dot"
                }
                else if name.parts == 2, afterAccountNumber(bytes, i) { confidence = 0.75; rule = "person.account-holder" }
            case .kanji:
                // Two unknown words end their line only at its end: 再入庫 金曜 10時 is a memo.
                if name.parts == 2 && atLineStart && lineEnds && (known || end >= bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D) {
                    confidence = known ? 0.8 : 0.65; rule = "person.line"
                }
                else if known { confidence = 0.7; rule = "person.full-name" }
                // A line that is only a known name: a signature under a company line, a quoted `> 山田`.
                else if name.parts == 1, atLineStart || reader.isAfterOrganisationWord(i), lineEnds,
                        let whole = kanjiNameStarting(at: i, reader: reader, unknownGiven: false), whole.range == name.range,
                        Scalars.count(bytes, name.range) >= 2 {
                    confidence = 0.65; rule = "person.line-name"
                }
                // 不在のため 上原 携帯へ転送済: the listed family name before the memo's next word.
                else if memoGoesOn, familyNames.contains(bytes[name.range]), Scalars.count(bytes, name.range) >= 2 {
                    confidence = 0.6; rule = "person.memo-word"
                }
                // (…お願いします。亮平: a listed given name that is no common word signs as well.)
                else if reader.isSignature(name), (2...3).contains(Scalars.count(bytes, name.range)),
                        familyNames.contains(name.firstPart(bytes)) || reader.isAfterLineBreak(name)
                            || (name.parts == 1 && givenNames.contains(bytes[name.range]) && !commonKanjiWords.contains(bytes[name.range])
                                && Scalars.before(bytes, name.range.lowerBound).map { "。!?".unicodeScalars.contains($0.0) } == true) {
                    confidence = 0.6; rule = "person.signature"
                }
            case .latin:
                // Aiko Morita moved to Osaka: in English text both parts must be names the lists
                // hold (read as the capitalised words only: Sakura Ito on the reply).
                if !reader.isInJapaneseContext(name), case let pair = capitalizedPrefix(name, reader: reader), pair.parts == 2, isRomajiFullName(pair, bytes) {
                    name = pair
                }
                // (Soy Luis, de Perú: a name never starts with its particle.)
                let startsWithParticle = NameReader.latinNameParticles.contains(String(decoding: bytes[name.range.lowerBound..<name.firstPartEnd], as: UTF8.self))
                if name.parts >= 2 && !startsWithParticle && reader.isCapitalized(name) && !reader.hasCommonEnglishWord(name)
                    && (reader.isInJapaneseContext(name) || (name.parts == 2 && isRomajiFullName(name, bytes))) {
                    confidence = 0.65; rule = "person.latin-name"
                    // J O H N S O N: letters spelled one by one, read to the last of them.
                    if name.firstPartEnd - name.range.lowerBound == 1 {
                        var letterEnd = name.range.upperBound
                        while letterEnd + 1 < bytes.count, bytes[letterEnd] == 0x20, ByteClass.isAlnum(bytes[letterEnd + 1]),
                              letterEnd + 2 == bytes.count || !ByteClass.isAlnum(bytes[letterEnd + 2]) { letterEnd += 2 }
                        name = NameReader.Name(range: name.range.lowerBound..<letterEnd, script: .latin, parts: 2, firstPartEnd: name.firstPartEnd, bytes: bytes, spaced: true)
                    }
                }
            case .hiragana: break
            }
            if confidence > 0 { result.append(context.finding(.person, name.range, confidence: confidence, rule: rule)); named = true }
        }
        return result
    }

    /// Particles after which a family name alone is someone who acts or is told: 鈴木が現車確認,
    /// 山口に事実確認を, 法務の栗原と協議, 吉村より連絡. (の and で are left out: 国分の自宅,
    /// 東口の看板 name places and things as often as people.)
    static let subjectParticles: [[UInt8]] = ["が", "は", "も", "と", "に", "へ", "より", "から"].map { Array($0.utf8) }
    static let topicOrSubjectParticles: [[UInt8]] = ["が", "は", "も", "と"].map { Array($0.utf8) }
    static let movementParticles: [[UInt8]] = ["に", "へ", "から", "まで"].map { Array($0.utf8) }
    /// What people do at a place: come, go, move, live, work there.
    static let movements: [[UInt8]] = ["引っ越", "引越", "到着", "転勤", "転居", "出張", "来", "行", "い", "帰", "住", "移", "向か", "着",
        "出発", "通", "失礼", "在住", "勤務", "赴任", "旅行", "遊び", "寄", "入", "出", "おり", "あ", "ある", "き", "く"].map { Array($0.utf8) }

    /// A listed name of two or three kanji glued before 本人 (名義は大輝本人, 久雄本人は手続きが):
    /// the person's own, said of a family member or a customer.
    func namesBeforeHonnin(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for (start, hit) in kanjiRunsBefore(Self.honnin, reader: reader) {
            guard (2...3).contains(Scalars.count(bytes, start..<hit)), reader.isWordStart(start),
                  case let surface = bytes[start..<hit],
                  familyNames.contains(surface) || (givenNames.contains(surface) && !commonKanjiWords.contains(surface)),
                  !placeStems.contains(surface), !notNames.contains(surface), !reader.isOrganisation(Array(surface)),
                  case let name = NameReader.Name(range: start..<hit, script: .kanji, parts: 1, firstPartEnd: hit, bytes: bytes, spaced: false),
                  accept(name, context: context, honorific: false), !placeLike(name, bytes) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.6, rule: "person.honnin"))
        }
        return result
    }
    static let honnin = Array("本人".utf8)

    /// Each place `marker` stands, with the kanji run (four at most) right before it: where the
    /// run starts and where the marker does (大輝|本人, 鴫原|印).
    func kanjiRunsBefore(_ marker: [UInt8], reader: NameReader) -> [(start: Int, end: Int)] {
        var result: [(start: Int, end: Int)] = []
        var from = 0
        while let hit = ByteSearch.firstIndex(of: marker, in: reader.bytes, from: from) {
            from = hit + marker.count
            result.append((reader.runStart(endingAt: hit, script: .kanji, limit: 4), hit))
        }
        return result
    }

    /// A Korean name written in Hangul (박지은（パク・チウン）, 韓国名 박건우, 이수진です): two to
    /// four syllables starting with a Korean family name, with a reading after it, a label
    /// before it, or です, さん, 様 after it; a Korean sentence's words are left alone.
    func hangulNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            // Hangul syllables are U+AC00–U+D7A3: lead bytes EA–ED in UTF-8.
            guard bytes[p] >= 0xEA, bytes[p] <= 0xED, let (first, _) = Scalars.at(bytes, p), Self.isHangulSyllable(first) else { p += 1; continue }
            var end = p, count = 0
            while let (scalar, length) = Scalars.at(bytes, end), Self.isHangulSyllable(scalar) { end += length; count += 1 }
            defer { p = end }
            // (Up to seven: a name of four and a copula glued to it.)
            guard (2...7).contains(count), Self.koreanFamilyNames.contains(first) else { continue }
            var labelEnd = p
            while labelEnd > 0, bytes[labelEnd - 1] == 0x20 || bytes[labelEnd - 1] == 0x3A { labelEnd -= 1 }
            let after = bytes[end..<min(bytes.count, end + 12)]
            let reading = after.first == 0x28 && reader.script(at: end + 1) == .katakana
            let labelled = Self.hangulNameLabels.contains { labelEnd >= $0.count && bytes[(labelEnd - $0.count)..<labelEnd].elementsEqual($0) }
            let cue = Self.hangulNameCues.contains { after.starts(with: $0) || (after.first == 0x20 && after.dropFirst().starts(with: $0)) }
            // 저는 김민준입니다, 제 이름은 박서연이에요: the copula is glued to the name; it names
            // the writer only after a self-introduction (문의입니다 alone is "this is an inquiry").
            var nameEnd = end
            if let copula = Self.koreanCopulas.first(where: { end - p > $0.count && bytes[(end - $0.count)..<end].elementsEqual($0) }) {
                let introduced = Self.koreanSelfIntroductions.contains { labelEnd >= $0.count && bytes[(labelEnd - $0.count)..<labelEnd].elementsEqual($0) }
                if introduced || labelled { nameEnd = end - copula.count }
            }
            // 김민준씨, 박 과장님: an honorific glued to the name is a cue of its own.
            // (님 also follows roles, 고객님, 선생님, 사장님: only after a full name of three.)
            else if let honorific = Self.koreanHonorifics.first(where: { end - p > $0.count && bytes[(end - $0.count)..<end].elementsEqual($0) }),
                    honorific != Self.koreanNim || Scalars.count(bytes, p..<(end - honorific.count)) == 3 {
                nameEnd = end - honorific.count
            }
            let syllables = Scalars.count(bytes, p..<nameEnd)
            // KIM MINSU / 김민수 / キム ミンス, 韓国の 강민준: a word of three syllables alone among
            // Japanese or Latin text is a name; a Korean sentence has other Hangul on its line.
            // (선생님, 고객님: a role with its honorific.)
            let alone = syllables == 3 && nameEnd == end && !Self.koreanWordsOfThree.contains(bytes[p..<end])
                && !Self.koreanHonorifics.contains(where: { Scalars.hasSuffix(bytes, before: end, $0) })
                && !Self.lineHasOtherHangul(bytes, around: p..<end)
            guard (2...4).contains(syllables), reading || labelled || cue || nameEnd < end || alone else { continue }
            result.append(context.finding(.person, p..<nameEnd, confidence: alone ? 0.6 : 0.7, rule: alone ? "person.hangul-alone" : "person.hangul"))
        }
        return result
    }

    /// Chinese self-introductions (我叫张晓燕, 我的名字是王伟, 我姓李, 我是陈静): the Han characters
    /// after the phrase, two to four (one or two after 我姓), up to punctuation, a space or kana.
    /// After 我是 ("I am") the name must start with a common Chinese family name: 我是学生 is
    /// "I am a student".
    func chineseSelfIntroductions(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            // 我 is U+6211 (E6 88 91): skip everything else with one comparison.
            guard bytes[p] == 0xE6, bytes[safe: p + 1] == 0x88, bytes[safe: p + 2] == 0x91 else { p += 1; continue }
            defer { p += 3 }
            guard let phrase = Self.chineseIntroductions.first(where: { bytes[p...].starts(with: $0.words) }) else { continue }
            let start = phrase.words.count + p
            var end = start, count = 0
            while count < 5, reader.script(at: end) == .kanji, let (_, length) = Scalars.at(bytes, end) { end += length; count += 1 }
            // 我是李先生: a title after the name is no part of it.
            if let title = Self.chineseTitles.first(where: { end - start > $0.count && bytes[(end - $0.count)..<end].elementsEqual($0) }) {
                end -= title.count; count -= Scalars.count(title, 0..<title.count)
            }
            guard phrase.range.contains(count), let (first, _) = Scalars.at(bytes, start),
                  !phrase.needsFamilyName || Self.chineseFamilyNames.contains(first) else { continue }
            result.append(context.finding(.person, start..<end, confidence: 0.75, rule: "person.chinese"))
        }
        return result
    }

    static let koreanNim = Array("님".utf8)
    static let koreanHonorifics = [Array("씨".utf8), koreanNim]
    static let koreanCopulas = ["입니다", "이에요", "예요", "이라고", "라고", "이고"].map { Array($0.utf8) }
    static let koreanSelfIntroductions = ["저는", "전", "나는", "이름은", "이름"].map { Array($0.utf8) }
    static let chineseIntroductions: [(words: [UInt8], range: ClosedRange<Int>, needsFamilyName: Bool)] = [
        ("我的名字是", 2...4, false), ("我的名字叫", 2...4, false), ("我叫", 2...4, false), ("我姓", 1...2, false), ("我是", 2...3, true),
    ].map { (Array($0.0.utf8), $0.1, $0.2) }
    static let chineseTitles = ["先生", "女士", "小姐", "老师"].map { Array($0.utf8) }
    /// The commonest Chinese family names, simplified and traditional.
    static let chineseFamilyNames: Set<Unicode.Scalar> = Set(("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾韦夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文施洪辛柯庄"
        + "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴歐湯喬賴莊").unicodeScalars)
    static func isHangulSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }
    /// Whether the line around `word` has Hangul outside it (a Korean sentence, not a name alone).
    static func lineHasOtherHangul(_ bytes: [UInt8], around word: Range<Int>) -> Bool {
        var p = word.lowerBound
        while p > 0, bytes[p - 1] != 0x0A {
            p -= 1
            if (0xEA...0xED).contains(bytes[p]), let (scalar, _) = Scalars.at(bytes, p), isHangulSyllable(scalar) { return true }
        }
        p = word.upperBound
        while p < bytes.count, bytes[p] != 0x0A {
            if (0xEA...0xED).contains(bytes[p]), let (scalar, _) = Scalars.at(bytes, p), isHangulSyllable(scalar) { return true }
            p += 1
        }
        return false
    }
    /// Words of three syllables that start like a family name and are typed alone (thanks,
    /// greetings, the language's name).
    static let koreanWordsOfThree: Set<ArraySlice<UInt8>> = Set(["고마워", "정말요", "안녕히", "안녕요", "한국어", "한국인", "한국말", "조선어", "진짜요", "수고해", "최고다", "최고야"].map { Array($0.utf8)[...] })
    /// The commonest Korean family names, which start nearly every Korean full name.
    static let koreanFamilyNames: Set<Unicode.Scalar> = Set("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용".unicodeScalars)
    static let hangulNameLabels = ["韓国名", "本名", "名前", "氏名", "name", "이름"].map { Array($0.utf8) }
    static let hangulNameCues = ["です", "さん", "様", "씨", "님", "と申"].map { Array($0.utf8) }

    /// A listed family name of two or three kanji standing alone as a word before a case
    /// particle, with no honorific or cue: how staff and business text refer to colleagues
    /// (鈴木が現車確認、田中に報告済み). The whole kanji run must be the name (山田町が, 鈴木自動車が
    /// are not), and place names the lists also hold as family names (宮崎から転勤, 福岡へ出張) are
    /// left to other rules.
    func familyNamesAsSubjects(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            // Kanji are three bytes in UTF-8 (lead 0xE3–0xE9): skip everything else cheaply.
            guard bytes[p] >= 0xE3, bytes[p] <= 0xE9, reader.script(at: p) == .kanji else { p += 1; continue }
            let end = reader.runEnd(from: p, script: .kanji, limit: 4)
            defer { p = max(end, p + 1) }
            guard reader.isWordStart(p), case let count = Scalars.count(bytes, p..<end), (2...3).contains(count),
                  reader.script(at: end) == .hiragana,
                  Self.subjectParticles.contains(where: { Scalars.hasPrefix(bytes, at: end, $0) }),
                  case let family = familyNames.contains(bytes[p..<end]),
                  // 綾乃が運転します, 健太は免許を: family members go by their given names; one that
                  // is no common word (大地, 未来 and 希望 are) stands for the person the same way.
                  // (Only as the subject: after に, へ or から a place is as likely, 湘南に.)
                  family || (givenNames.contains(bytes[p..<end]) && !commonKanjiWords.contains(bytes[p..<end])
                             && Self.topicOrSubjectParticles.contains(where: { Scalars.hasPrefix(bytes, at: end, $0) })),
                  !placeStems.contains(bytes[p..<end]),
                  // 2024年山田が…: a digit or a Latin letter glued before is a code or a count.
                  p == 0 || !(ByteClass.isDigit(bytes[p - 1]) || reader.script(at: p - 1) == .latin),
                  case let name = NameReader.Name(range: p..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false),
                  accept(name, context: context, honorific: false), !placeLike(name, bytes),
                  // 中之島から失礼します, 国分に引っ越しました: a place the lists hold as a family name
                  // too, where people come from, move to and live.
                  !Self.movementParticles.contains(where: { particle in Scalars.hasPrefix(bytes, at: end, particle)
                      && Self.movements.contains { Scalars.hasPrefix(bytes, at: end + particle.count, $0) } }) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.6, rule: family ? "person.subject" : "person.given-subject"))
        }
        return result
    }

    /// A household named by its family (森脇家, （宝田家）, 吉留家の墓): a listed family name of
    /// two kanji or more, standing as a word, before 家 and no kanji after it (家具, 家族 go on).
    func households(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while let found = Scalars.firstOccurrence(Self.ie, in: p..<bytes.count, of: bytes) {
            p = found + Self.ie.count
            guard Scalars.at(bytes, p).map({ ScriptClass.of($0.0) != .kanji }) ?? true else { continue }
            let start = Scalars.runStart(bytes, endingAt: found, class: .kanji, limit: 5)
            guard Scalars.count(bytes, start..<found) >= 2, familyNames.contains(bytes[start..<found]),
                  !placeStems.contains(bytes[start..<found]), !commonKanjiWords.contains(bytes[start..<found]),
                  !Self.historicClans.contains(Array(bytes[start..<found])) else { continue }
            let name = NameReader.Name(range: start..<found, script: .kanji, parts: 1, firstPartEnd: found, bytes: bytes, spaced: false)
            guard accept(name, context: context, honorific: false) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.household"))
        }
        return result
    }
    static let ie = Array("家".utf8)
    /// Clans of history (島津家の分家筋, 徳川家): a lineage, not a household of the text.
    static let historicClans: Set<[UInt8]> = Set(["徳川", "豊臣", "織田", "島津", "毛利", "武田", "上杉", "伊達", "北条", "足利", "今川", "真田", "井伊", "長宗我部", "大友"].map { Array($0.utf8) })
}
