import PatternSearch
import SuminuriTables
import TextNormalization

/// Person names (PERSON), found by context and supported by name data: a name before an
/// honorific (山田様 → 山田), after a field label (お名前：山田 太郎), in a self-introduction
/// (山田と申します), after a relation (夫の鮫島 亮), an account holder in kana after an account
/// number, and its reading in parentheses (李 娜（リ ナ）). Family and given names come from
/// `names/family-names.tsv` and `names/given-names.tsv`; `names/not-names.tsv` and
/// `names/company-words.tsv` refuse roles (お客様, 担当者様) and companies or products
/// (日産さん, 鹿児島日産様, セレナ). The span is the name only, without 様/さん.
struct PersonDetector: Detector {
    let labels: Set<Label> = [.person]
    private let familyNames: ByteStringSet
    private let givenNames: ByteStringSet
    private let notNames: ByteStringSet
    private let companyWords: AhoCorasick
    /// Honorifics, field labels and relation words in one automaton, so the text is read once.
    private let cues: AhoCorasick
    private let cueKinds: [(kind: CueKind, bytes: [UInt8])]

    typealias CueKind = PersonCueTables.Kind

    private static let honorifics = PersonCueTables.honorifics.map { Array($0.utf8) }
    private static let readingLabels: [[UInt8]] = ["ふりがな", "かな"].map { Array($0.utf8) }
    private static let introductions: [[UInt8]] = ["と申します", "ともうします", "でございます", "です。", "です、", "です!", "です\n", "です "].map { Array($0.utf8) }
    private static let relations = PersonCueTables.relations.map { Array($0.utf8) }
    /// Titles and roles written right after a name (田中課長, 高橋主任, 王先生 is an honorific).
    private static let titles = PersonCueTables.titles.map { Array($0.utf8) }
    private static let titlesAndHonorifics = titles + honorifics
    /// What only a person does, right after a subject (ジョン・スミスが来店しました).
    private static let personPredicates: [[UInt8]] = ["来店", "来社", "来日", "来場", "入国", "帰国", "言って", "言い", "話し", "申し", "住んで",
        "勤務", "在籍", "担当", "購入", "契約", "運転", "電話", "連絡", "来られ", "来ま", "来る", "来た", "伺", "お越し", "訪問", "希望", "相談"].map { Array($0.utf8) }
    /// Written right before a company name: 株式会社ノースコンサル様 is a company.
    static let companyForms: [[UInt8]] = ["株式会社", "有限会社", "合同会社", "合資会社", "(株)", "(有)", "(同)"].map { Array($0.utf8) }

    init(dictionaries: DictionarySet, normalizer: Normalizer) throws {
        let tables = try dictionaries.table(BuiltInDictionaries.tables.names, normalizer: normalizer)
        familyNames = tables.familyNames
        givenNames = tables.givenNames
        notNames = tables.notNames
        companyWords = tables.companyWords
        let cueTables = try dictionaries.table(BuiltInDictionaries.tables.personCues, normalizer: normalizer)
        cues = cueTables.automaton
        cueKinds = cueTables.kinds.indices.map { (kind: cueTables.kinds[$0], bytes: cueTables.pattern($0)) }
    }

    /// Scripts of a name token, judged on the ORIGINAL text (normalisation folds katakana).
    enum Script { case kanji, katakana, hiragana, latin }

    func findings(in context: ScanContext) -> [Finding] {
        let reader = NameReader(context: context)
        var found: [Finding] = []
        let bytes = context.text.bytes
        // Cue positions, each with its longest cue of each kind (fields first, as 氏名 before 氏).
        var cueStarts: [Int: [(kind: CueKind, bytes: [UInt8])]] = [:]
        bytes.withUnsafeBufferPointer { buffer in
            cues.forEachMatch(in: buffer) { match in cueStarts[match.range.lowerBound, default: []].append(cueKinds[match.pattern]) }
        }
        var i = 0
        // Where the last title ended: 田中課長様 has one name, read at the title.
        var lastTitleEnd = -1
        for start in cueStarts.keys.sorted() where start >= i {
            i = start
            let here = cueStarts[start]!.sorted { $0.bytes.count > $1.bytes.count }
            // Field label: お名前：山田 太郎.
            if let label = here.first(where: { $0.kind == .field })?.bytes, reader.isWordStart(i) {
                var p = i + label.count
                var separated = false
                // A qualifier such as (漢字) or (カナ) may sit between the label and the colon.
                if bytes[safe: p] == 0x28, let close = bytes[p..<min(p + 24, bytes.count)].firstIndex(of: 0x29) { p = close + 1 }
                while p < bytes.count, bytes[p] == 0x20 || bytes[p] == 0x3A || bytes[p] == 0x3D || bytes[p] == 0x0A { separated = true; p += 1 }
                var viaParticle = false
                if Scalars.hasPrefix(bytes, at: p, Array("は".utf8)), reader.script(at: p) == .hiragana, !Self.readingLabels.contains(label) {
                    p += 3; separated = true; viaParticle = true
                }
                // An organisation before the name: ご担当者：総務課 白石 恵.
                p = reader.skippingOrganisation(p)
                if separated, let read = reader.nameAfter(p), case let name = refined(extendedWithGivenName(read, reader: reader), reader: reader),
                   accept(name, context: context, honorific: false),
                   // 名義は法人です: after は only a known name is one.
                   !viaParticle || (reader.endsAtNameBoundary(name.range.upperBound) && (name.script != .kanji || isKnownName(name, reader: reader))) {
                    found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.8), rule: "person.field"))
                    // 出席者：田中、佐藤課長、鈴木: a list of names after one label.
                    let listed = namesListed(after: name, reader: reader, context: context)
                    found += listed
                    i = listed.last.map { $0.normalizedRange.upperBound.utf8 } ?? name.range.upperBound
                    continue
                }
            }
            // Title: 佐藤課長, 経理部高橋主任.
            if let title = here.first(where: { $0.kind == .title })?.bytes, let name = nameBeforeTitle(i, reader: reader, context: context) {
                found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.75), rule: "person.title"))
                i += title.count
                lastTitleEnd = i
                continue
            }
            // Honorific: read the name backwards.
            if let honorific = here.first(where: { $0.kind == .honorific })?.bytes, isHonorific(at: i, honorific, reader: reader) {
                if i != lastTitleEnd, let name = nameBeforeHonorific(i, reader: reader, context: context) {
                    found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.7), rule: "person.honorific"))
                }
                i += honorific.count
                continue
            }
            // Relation or role: 夫の鮫島 亮, 父（福永 隆、…）, 担当中村, 営業の田中.
            if let relation = here.first(where: { $0.kind == .relation })?.bytes {
                var p = i + relation.count
                if relation == Array("担当".utf8), let read = reader.nameAfter(p), case let name = refined(read, reader: reader),
                   name.range.lowerBound == p, name.script == .kanji,
                   isKnownName(name, reader: reader), accept(name, context: context, honorific: false) {
                    found.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.relation"))
                    i = name.range.upperBound
                    continue
                }
                if Scalars.hasPrefix(bytes, at: p, Array("の".utf8)) || bytes[safe: p] == 0x28 || bytes[safe: p] == 0x20 || bytes[safe: p] == 0x3A {
                    p += Scalars.hasPrefix(bytes, at: p, Array("の".utf8)) ? 3 : 1
                    if let read = reader.nameAfter(p), case let name = refined(read, reader: reader),
                       name.parts == 2 || isKnownName(name, reader: reader) || (name.script == .katakana && Array(bytes[name.range]).containsMiddleDot),
                       accept(name, context: context, honorific: false) {
                        found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.65), rule: "person.relation"))
                        i = name.range.upperBound
                        continue
                    }
                }
            }
            // 田中から聞いた, 佐藤が担当します: a known name right before.
            if here.contains(where: { $0.kind == .trailing }), let name = kanjiNameEnding(at: i, reader: reader, unknownGiven: false),
               Scalars.count(bytes, name.range) >= 2, accept(name, context: context, honorific: false) {
                found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.6), rule: "person.trailing"))
            }
        }
        found += introductions(reader: reader, context: context)
        found += standaloneNames(reader: reader, context: context)
        found += unspacedFullNames(reader: reader, context: context)
        found += bracketedNames(reader: reader, context: context)
        found += readingsInParentheses(after: found, reader: reader, context: context)
        found += propagated(found, reader: reader, context: context)
        return found
    }

    // MARK: Kanji names without a space

    /// Where a kanji name splits into family and given name: the end of the family part, or
    /// `range.upperBound` when the whole is a family name. A known family name is required;
    /// the given name must be known too unless `unknownGiven` (a cue already says person),
    /// and then it is one or two characters.
    private func familyEnd(_ bytes: [UInt8], _ range: Range<Int>, unknownGiven: Bool) -> Int? {
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
    private func isOrganisationOrRole(_ word: ArraySlice<UInt8>, reader: NameReader) -> Bool {
        let word = Array(word)
        return reader.isOrganisation(word) || notNames.contains(word) || Self.relations.contains(word) || word.suffix(6).elementsEqual(Array("担当".utf8))
    }

    /// The scalar boundaries of the kanji run that ends at `end` (at most ten characters).
    private func kanjiBoundaries(endingAt end: Int, reader: NameReader) -> [Int] {
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
    private func kanjiNameEnding(at end: Int, reader: NameReader, unknownGiven: Bool) -> NameReader.Name? {
        let bytes = reader.bytes
        let boundaries = kanjiBoundaries(endingAt: end, reader: reader)
        guard let runStart = boundaries.first, runStart < end, boundaries.count <= 10 else { return nil }
        for start in boundaries.dropLast() where end - start <= 18 {
            guard start == runStart || isOrganisationOrRole(bytes[runStart..<start], reader: reader) else { continue }
            if let split = familyEnd(bytes, start..<end, unknownGiven: unknownGiven) {
                return NameReader.Name(range: start..<end, script: .kanji, parts: split < end ? 2 : 1, firstPartEnd: split, bytes: bytes, spaced: false)
            }
        }
        return nil
    }

    /// A known kanji name starting at `start`, followed by the end of its run or a title:
    /// 田中太郎(は), 佐藤(課長), 佐々木健太郎.
    private func kanjiNameStarting(at start: Int, reader: NameReader, unknownGiven: Bool) -> NameReader.Name? {
        let bytes = reader.bytes
        var boundaries: [Int] = []
        var p = start
        while boundaries.count < 10, reader.script(at: p) == .kanji, let (_, length) = Scalars.at(bytes, p) {
            p += length
            boundaries.append(p)
        }
        guard let runEnd = boundaries.last, reader.script(at: runEnd) != .kanji else { return nil }
        for end in boundaries.reversed() where end - start <= 18 {
            guard end == runEnd || isTitleOrHonorific(at: end, reader: reader) else { continue }
            if let split = familyEnd(bytes, start..<end, unknownGiven: unknownGiven) {
                return NameReader.Name(range: start..<end, script: .kanji, parts: split < end ? 2 : 1, firstPartEnd: split, bytes: bytes, spaced: false)
            }
        }
        return nil
    }

    /// Whether a title or a kanji honorific starts at `offset`.
    private func isTitleOrHonorific(at offset: Int, reader: NameReader) -> Bool {
        Self.titlesAndHonorifics.contains { Scalars.hasPrefix(reader.bytes, at: offset, $0) }
    }

    /// `山田はな子`: a known kanji family name, a hiragana given name of one to three
    /// characters and an optional kanji ending (子, 美, 江 …), ending at `end`.
    private func mixedNameEnding(at end: Int, reader: NameReader) -> NameReader.Name? {
        let bytes = reader.bytes
        var p = end
        if let (last, previous) = Scalars.before(bytes, p), "子美江代恵枝乃奈香世".unicodeScalars.contains(last) { p = previous }
        let kanaStart = reader.runStart(endingAt: p, script: .hiragana, limit: 4)
        let kana = Scalars.count(bytes, kanaStart..<p)
        guard (1...3).contains(kana), !Scalars.hasPrefix(bytes, at: kanaStart, Array("の".utf8)),
              let family = kanjiNameEnding(at: kanaStart, reader: reader, unknownGiven: false), family.firstPartEnd == kanaStart else { return nil }
        return NameReader.Name(range: family.range.lowerBound..<end, script: .kanji, parts: 2, firstPartEnd: kanaStart, bytes: bytes, spaced: false)
    }

    /// A one-part kanji name read up to four characters, replaced by the known name it starts
    /// with: 田中部長 → 田中, and 佐々木健太郎 (longer than four) read whole.
    private func refined(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
        guard name.script == .kanji, name.parts == 1,
              let known = kanjiNameStarting(at: name.range.lowerBound, reader: reader, unknownGiven: true) else { return name }
        return known
    }

    /// Whether a name starts with a known family name (or is a spaced two-part kanji name,
    /// or a known katakana name): what a role word or a bracket needs before a name.
    private func isKnownName(_ name: NameReader.Name, reader: NameReader) -> Bool {
        guard name.script == .kanji else {
            return familyNames.contains(name.firstPart(reader.bytes)) || givenNames.contains(name.firstPart(reader.bytes))
        }
        if name.parts == 2 && name.spaced { return true }
        return familyNames.contains(name.firstPart(reader.bytes))
            || familyEnd(reader.bytes, name.range, unknownGiven: true) != nil
    }

    /// The name before a title: a known kanji name (with an organisation or role before it),
    /// a kanji and kana name, or a katakana or Latin name.
    private func nameBeforeTitle(_ end: Int, reader: NameReader, context: ScanContext) -> NameReader.Name? {
        guard let (_, previous) = Scalars.before(reader.bytes, end), let script = reader.script(at: previous) else { return nil }
        var name: NameReader.Name?
        switch script {
        case .kanji: name = kanjiNameEnding(at: end, reader: reader, unknownGiven: true) ?? mixedNameEnding(at: end, reader: reader)
        case .hiragana: name = mixedNameEnding(at: end, reader: reader)
        case .katakana, .latin: name = reader.nameBefore(end)
        }
        guard let name, accept(name, context: context, honorific: true), !reader.followsCompanyForm(name.range.lowerBound) else { return nil }
        return name
    }

    /// The name before 様, さん, 殿 …: a known name first (営業部田中様, 田中太郎様), then any
    /// name-shaped word, then a kanji and kana name (山田はな子様).
    private func nameBeforeHonorific(_ end: Int, reader: NameReader, context: ScanContext) -> NameReader.Name? {
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
        guard let name = result, accept(name, context: context, honorific: true), !reader.followsCompanyForm(name.range.lowerBound) else { return nil }
        return name
    }

    /// `出席者：田中、佐藤課長、鈴木`: names after the first one, separated by 、 , / or ・,
    /// each perhaps with its title.
    private func namesListed(after first: NameReader.Name, reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = reader.bytes
        var result: [Finding] = []
        var q = first.range.upperBound
        while true {
            if let title = Self.titlesAndHonorifics.first(where: { Scalars.hasPrefix(bytes, at: q, $0) }) { q += title.count }
            guard let (separator, length) = Scalars.at(bytes, q), "、,/・".unicodeScalars.contains(separator),
                  let read = reader.nameAfter(q + length), read.range.lowerBound <= q + length + 1 else { break }
            let name = refined(read, reader: reader)
            guard name.parts == 2 || isKnownName(name, reader: reader), name.script != .hiragana,
                  name.script != .latin || (reader.isCapitalized(name) && !reader.hasCommonEnglishWord(name)),
                  accept(name, context: context, honorific: false) else { break }
            result.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.75), rule: "person.field-list"))
            q = name.range.upperBound
        }
        return result
    }

    /// `田中太郎は…`, `山田花子の電話番号`: a kanji run that is exactly a known family name and
    /// a known given name, standing as a word (no kanji on either side).
    private func unspacedFullNames(reader: NameReader, context: ScanContext) -> [Finding] {
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
                if (3...6).contains(runLength), let split = familyEnd(bytes, runStart..<p, unknownGiven: false), split < p,
                   Scalars.count(bytes, runStart..<split) + Scalars.count(bytes, split..<p) >= 3,
                   familyNames.contains(bytes[runStart..<split]) {
                    let name = NameReader.Name(range: runStart..<p, script: .kanji, parts: 2, firstPartEnd: split, bytes: bytes, spaced: false)
                    if accept(name, context: context, honorific: false), !placeLike(name, bytes) {
                        result.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.unspaced-name"))
                    }
                }
                runStart = -1
            }
            p += length
        }
        return result
    }

    /// `【田中】`, `〔営業 佐藤〕`, `【高橋課長】`: a known name that fills a bracket label.
    private func bracketedNames(reader: NameReader, context: ScanContext) -> [Finding] {
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

    /// Every other mention of a name found with strong evidence, and of its family name alone:
    /// 山田太郎様 … 山田が, ジョン・スミス様 … スミスさん is already an honorific. A mention must
    /// stand as a word (no letter of the same script on either side, except a title after it).
    private func propagated(_ found: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var surfaces = Set<[UInt8]>()
        for finding in found where finding.confidence >= 0.7 {
            let range = finding.normalizedRange.lowerBound.utf8..<finding.normalizedRange.upperBound.utf8
            guard let script = reader.script(at: range.lowerBound), script == .kanji || script == .katakana || script == .latin else { continue }
            let surface = Array(bytes[range])
            if Scalars.count(bytes, range) >= 2 { surfaces.insert(surface) }
            // The family part: before a space, or where the lists split an unspaced kanji name.
            var familyEnd = surface.firstIndex(of: 0x20).map { range.lowerBound + $0 }
            if familyEnd == nil, script == .kanji { familyEnd = self.familyEnd(bytes, range, unknownGiven: false) }
            if let end = familyEnd, end < range.upperBound, Scalars.count(bytes, range.lowerBound..<end) >= 2 {
                surfaces.insert(Array(bytes[range.lowerBound..<end]))
            }
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
        let automaton = AhoCorasick(patterns: surfaces)
        bytes.withUnsafeBufferPointer { buffer in
            automaton.forEachMatch(in: buffer) { match in
                let range = match.range
                // Matches come in order of their end: the last one kept is the only one to overlap.
                guard !overlapsTaken(range), range.lowerBound >= lastEnd, let script = reader.script(at: range.lowerBound) else { return }
                let before = Scalars.before(bytes, range.lowerBound).flatMap { reader.script(at: $0.1) }
                let after = reader.script(at: range.upperBound)
                guard before != script || (script == .kanji && kanjiNameEnding(at: range.upperBound, reader: reader, unknownGiven: false)?.range.lowerBound == range.lowerBound),
                      after != script || (script == .kanji && isTitleOrHonorific(at: range.upperBound, reader: reader)) else { return }
                // Latin mentions are whole words only (not Mori in Morioka).
                if script == .latin, !reader.isWordStart(range.lowerBound) { return }
                result.append(context.finding(.person, range, confidence: 0.6, rule: "person.propagated"))
                lastEnd = range.upperBound
            }
        }
        return result
    }

    /// `東 さくら`: a kanji family name followed by a known given name in hiragana.
    private func extendedWithGivenName(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
        let bytes = reader.bytes
        guard name.parts == 1, name.script == .kanji, bytes[safe: name.range.upperBound] == 0x20,
              let given = reader.nameAfter(name.range.upperBound + 1), given.script == .hiragana || given.script == .katakana,
              given.range.lowerBound == name.range.upperBound + 1,
              givenNames.contains(bytes[given.range.lowerBound..<given.firstPartEnd]) else { return name }
        var extended = name
        extended.range = name.range.lowerBound..<given.firstPartEnd
        extended.parts = 2
        extended.firstPartEnd = name.range.upperBound
        return extended
    }

    /// 様 and さん that are part of a word are not honorifics: 仕様, 様々, ニッサン (katakana).
    private func isHonorific(at i: Int, _ honorific: [UInt8], reader: NameReader) -> Bool {
        let bytes = reader.bytes
        if honorific == Array("様".utf8) {
            if let (previous, _) = Scalars.before(bytes, i), "仕模同異多左有今神王殿貴文紋".unicodeScalars.contains(previous) { return false }
            if let (next, _) = Scalars.at(bytes, i + 3), "々子式相変".unicodeScalars.contains(next) { return false }
        }
        if honorific == Array("氏".utf8), let (next, _) = Scalars.at(bytes, i + 3), "名".unicodeScalars.contains(next) { return false }
        // Kana honorifics must be hiragana in the original (ニッサン is a word, not 〜さん).
        if honorific.first == 0xE3, reader.script(at: i) != .hiragana { return false }
        return true
    }

    /// Names standing on their own: a two-part name in kana or kanji whose parts are known
    /// names (ヤマダ タロウ, 上村 直樹), a line that is only a name (a signature or a form
    /// value), and a kana name after an account number.
    private func standaloneNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        let lineStarts = Set(reader.clauseStarts(linesOnly: true))
        // Every rule needs a line or clause start or a space next to the name: try only those
        // and the words around each space.
        var candidates = lineStarts.union(reader.clauseStarts())
        for (offset, byte) in bytes.enumerated() where byte == 0x20 {
            if let start = reader.wordStart(endingAt: offset) { candidates.insert(start) }
            candidates.insert(offset + 1)
        }
        var i = 0
        for start in candidates.sorted() where start >= i {
            i = start
            guard reader.isWordStart(i), var name = reader.nameAfter(i), name.range.lowerBound == i else { continue }
            name = extendedWithGivenName(name, reader: reader)
            // 本人　竹下 亮: a role before the name is not part of it.
            if name.parts == 2, notNames.contains(name.firstPart(bytes)) || Self.relations.contains(name.firstPart(bytes)) || reader.isOrganisation(name.firstPart(bytes)),
               let rest = reader.nameAfter(name.firstPartEnd + 1) {
                name = rest
            }
            defer { i = max(name.range.upperBound, i + 1) }
            // Cheap shape checks first: most words are neither two-part names nor alone on a line.
            let end = name.range.upperBound
            switch name.script {
            case .hiragana: continue
            case .latin, .katakana: if name.parts < 2 && !Array(bytes[name.range]).containsMiddleDot { continue }
            case .kanji:
                if name.parts < 2 {
                    let alone = end >= bytes.count - 2 || bytes[end] == 0x0A
                    if !alone { continue }
                }
            }
            guard accept(name, context: context, honorific: false), !placeLike(name, bytes) else { continue }
            let lineEnds = end >= bytes.count || bytes[end] == 0x0A || (bytes[end] == 0x20 && !(reader.script(at: end + 1).map { $0 != .kanji } ?? false))
            let atLineStart = lineStarts.contains(i) || lineStarts.contains(i - 1) || (i > 0 && reader.isAfterRole(i))
            let known = name.parts == 2 && (givenNames.contains(name.lastPart(bytes)) || familyNames.contains(name.firstPart(bytes)))
            var confidence = 0.0
            var rule = ""
            switch name.script {
            case .katakana:
                if known { confidence = 0.75; rule = "person.kana-name" }
                // ジョン・スミスが来店: a katakana name with ・ as the subject of what people do.
                // Compounds with ・ are common too (ドア・ミラーが割れた): the verb decides.
                else if Array(bytes[name.range]).containsMiddleDot, reader.followsParticle(end),
                        Self.personPredicates.contains(where: { predicate in
                            (end + 3...min(end + 12, bytes.count)).contains { Scalars.hasPrefix(bytes, at: $0, predicate) } }) {
                    confidence = 0.7; rule = "person.kana-dot"
                }
                else if name.parts == 2, afterAccountNumber(bytes, i) { confidence = 0.75; rule = "person.account-holder" }
            case .kanji:
                if name.parts == 2 && atLineStart && lineEnds { confidence = known ? 0.8 : 0.65; rule = "person.line" }
                else if known { confidence = 0.7; rule = "person.full-name" }
                // A line that is only a known name: a signature under a company line, a quoted `> 山田`.
                else if name.parts == 1, atLineStart || reader.isAfterOrganisationWord(i), lineEnds,
                        let whole = kanjiNameStarting(at: i, reader: reader, unknownGiven: false), whole.range == name.range,
                        Scalars.count(bytes, name.range) >= 2 {
                    confidence = 0.65; rule = "person.line-name"
                }
                else if reader.isSignature(name), (2...3).contains(Scalars.count(bytes, name.range)),
                        familyNames.contains(name.firstPart(bytes)) || reader.isAfterLineBreak(name) {
                    confidence = 0.6; rule = "person.signature"
                }
            case .latin:
                if name.parts >= 2 && reader.isCapitalized(name) && reader.isInJapaneseContext(name) && !reader.hasCommonEnglishWord(name) {
                    confidence = 0.65; rule = "person.latin-name"
                }
            case .hiragana: break
            }
            if confidence > 0 { result.append(context.finding(.person, name.range, confidence: confidence, rule: rule)) }
        }
        return result
    }

    /// A part ending in 市/区/県/郡 (or three or more characters ending in 町/村) is a place.
    private func placeLike(_ name: NameReader.Name, _ bytes: [UInt8]) -> Bool {
        for part in [name.firstPart(bytes), name.lastPart(bytes)] {
            guard let (last, _) = Scalars.before(part, part.count) else { continue }
            if "市区県郡府都道".unicodeScalars.contains(last) { return true }
            if "町村".unicodeScalars.contains(last) && Scalars.count(part, 0..<part.count) >= 3 { return true }
        }
        return false
    }

    /// `普通 2345678 クワハラ タカシ`: digits (six or more) and a space right before.
    private func afterAccountNumber(_ bytes: [UInt8], _ start: Int) -> Bool {
        var p = start
        guard p > 0, bytes[p - 1] == 0x20 else { return false }
        p -= 1
        var digits = 0
        while p > 0, ByteClass.isDigit(bytes[p - 1]) { p -= 1; digits += 1 }
        return digits >= 6
    }

    /// `山田と申します`, `東郷です。` at the start of a line or after a greeting.
    private func introductions(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        // Clause starts, and names right after の/た (お電話した川畑です, 0012345 の今村です).
        let orderedClauseStarts = reader.clauseStarts()
        let clauseStarts = Set(orderedClauseStarts)
        let lineStarts = Set(reader.clauseStarts(linesOnly: true))
        var starts = orderedClauseStarts
        for (i, b) in bytes.enumerated() where b == 0xE3 && i + 2 < bytes.count {
            if bytes[i + 1] == 0x81 && (bytes[i + 2] == 0xAE || bytes[i + 2] == 0x9F) && reader.script(at: i) == .hiragana { starts.append(i + 3) }  // の た
        }
        // After a space (090-1234-5678 鮫島です): a known family name only, as after の.
        for (i, b) in bytes.enumerated() where b == 0x20 && !clauseStarts.contains(i + 1) { starts.append(i + 1) }
        // Every introduction ends in です, と申します, でございます or @: skip starts with none
        // of them within a name's length (about 40 bytes).
        var markers: [Int] = []
        for (i, b) in bytes.enumerated() where b == 0x40 || (b == 0xE3 && i + 2 < bytes.count && bytes[i + 1] == 0x81 && (bytes[i + 2] == 0xA7 || bytes[i + 2] == 0xA8)) {
            markers.append(i)  // @ で と
        }
        for lineStart in starts.sorted() {
            let next = markers.firstIndex(startingAtOrAfter: lineStart) { $0 }
            guard next < markers.count, markers[next] <= lineStart + 40 else { continue }
            guard let name = reader.nameAfter(lineStart) else { continue }
            let end = name.range.upperBound
            // Staff writing as 山田@鹿児島店 (a kanji place after the @, not 単価@1,200円).
            if bytes[safe: end] == 0x40, name.script == .kanji, reader.script(at: end + 1) == .kanji, Scalars.count(bytes, name.range) >= 2, accept(name, context: context, honorific: false) {
                result.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.at-branch"))
                continue
            }
            guard let intro = Self.introductions.first(where: { Scalars.hasPrefix(bytes, at: end, $0) }) else { continue }
            let strong = intro.count > 9 // と申します / でございます
            // After の or た (お電話した川畑です) only a known family name counts: 確認です, 相談です.
            let known = familyNames.contains(name.firstPart(bytes)) || name.parts == 2 || name.script == .latin
                || (name.script == .katakana && (givenNames.contains(bytes[name.range]) || Array(bytes[name.range]).containsMiddleDot))
            let early = lineStarts.contains(lineStart) || reader.followsGreeting(lineStart)
            guard known || (strong && clauseStarts.contains(lineStart)) || (early && name.script == .kanji && Scalars.count(bytes, name.range) <= 3 && !notNames.contains(name.firstPart(bytes)) && intro != Array("です、".utf8)) else { continue }
            if !clauseStarts.contains(lineStart) && !familyNames.contains(name.firstPart(bytes)) && name.script == .kanji { continue }
            guard name.script != .kanji || Scalars.count(bytes, name.range) >= 2 else { continue }
            guard accept(name, context: context, honorific: false) else { continue }
            result.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: strong ? 0.75 : 0.6), rule: "person.introduction"))
        }
        return result
    }

    /// `李 娜（リ ナ）`: a kana or latin reading in parentheses right after a name.
    private func readingsInParentheses(after names: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        return names.compactMap { finding in
            var p = finding.normalizedRange.upperBound.utf8
            if bytes[safe: p] == 0x20 { p += 1 }
            guard bytes[safe: p] == 0x28, let reading = reader.nameAfter(p + 1),
                  bytes[safe: reading.range.upperBound] == 0x29 else { return nil }
            return context.finding(.person, reading.range, confidence: 0.8, rule: "person.reading")
        }
    }

    private func accept(_ name: NameReader.Name, context: ScanContext, honorific: Bool) -> Bool {
        let bytes = context.text.bytes
        let surface = Array(bytes[name.range])
        // 300名様 is a count.
        if name.range.lowerBound > 0, ByteClass.isDigit(bytes[name.range.lowerBound - 1]) { return false }
        if notNames.contains(surface) || notNames.contains(name.lastPart(bytes)) || notNames.contains(name.firstPart(bytes)) { return false }
        // A one-character family name must be a known one: 受 鮫島 is not a name.
        if name.parts == 2, name.script == .kanji, Scalars.count(bytes, name.range.lowerBound..<name.firstPartEnd) == 1,
           !familyNames.contains(name.firstPart(bytes)) { return false }
        var company = false
        surface.withUnsafeBufferPointer { buffer in
            companyWords.forEachMatch(in: buffer) { match in
                // One-character company words count only at the end: 谷山店, not 店田.
                if match.range.count > 3 || match.range.upperBound == buffer.count { company = true }
            }
        }
        if company { return false }
        switch name.script {
        case .hiragana:
            // Hiragana words before さん are mostly roles (おばあちゃん); only known names of
            // two or more characters pass (の is a reading of 野, not a name).
            if Scalars.count(bytes, name.range) < 2 { return false }
            if name.parts == 2 { return familyNames.contains(name.firstPart(bytes)) || givenNames.contains(name.lastPart(bytes)) }
            return givenNames.contains(surface) || familyNames.contains(surface)
        case .kanji:
            let count = Scalars.count(bytes, name.range)
            if count > 6 { return false }
            // One kanji is a name only when it is a known one (東様, 李さん; not 届くん).
            if count == 1 { return familyNames.contains(surface) || (honorific && givenNames.contains(surface)) }
            return true
        case .katakana, .latin:
            return Scalars.count(bytes, name.range) >= 2
        }
    }

    private func confidenceFor(_ name: NameReader.Name, base: Double) -> Double {
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

        /// The last token alone (the given name of a two-part name, or the family name before 様).
        func lastPartOnly() -> Name {
            guard parts == 2 else { return self }
            return Name(range: (firstPartEnd + 1)..<range.upperBound, script: script, parts: 1, firstPartEnd: range.upperBound, bytes: bytes)
        }
        func lastPart(_ bytes: [UInt8]) -> [UInt8] {
            parts == 2 ? Array(bytes[(firstPartEnd + 1)..<range.upperBound]) : Array(bytes[range])
        }
    }

    let context: ScanContext
    var bytes: [UInt8] { context.text.bytes }

    /// The script of the normalised scalar at `offset`, from the original text.
    func script(at offset: Int) -> PersonDetector.Script? {
        guard let (scalar, _) = Scalars.at(bytes, offset) else { return nil }
        switch ScriptClass.of(scalar) {
        case .kanji: return scalar == "ヶ" ? nil : .kanji
        case .latin: return .latin
        case .hiragana:
            return context.text.wasKatakana(offset) ? .katakana : .hiragana
        default: return nil
        }
    }

    private static let honorificKanji: Set<Unicode.Scalar> = Set("様殿氏君".unicodeScalars)

    func runEnd(from start: Int, script wanted: PersonDetector.Script, limit: Int) -> Int {
        var p = start, n = 0, limit = limit
        while n < limit, let (scalar, length) = Scalars.at(bytes, p) {
            // Names written with middle dots run longer: アブドゥル・ラフマン・カリム.
            if wanted == .katakana, scalar == "・", p > start, script(at: p + length) == .katakana { p += length; limit = 16; continue }
            guard let s = script(at: p), s == wanted else { break }
            if wanted == .kanji, p > start, Self.honorificKanji.contains(scalar) { break }
            p += length; n += 1
        }
        return p
    }

    func runStart(endingAt end: Int, script wanted: PersonDetector.Script, limit: Int) -> Int {
        var p = end, n = 0, limit = limit
        while n < limit, let (scalar, previous) = Scalars.before(bytes, p) {
            if wanted == .katakana, scalar == "・", script(at: previous) == nil, let (_, beforeDot) = Scalars.before(bytes, previous),
               script(at: beforeDot) == .katakana { p = previous; limit = 16; continue }
            guard script(at: previous) == wanted, !(wanted == .kanji && Self.honorificKanji.contains(scalar)) else { break }
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

    private static let commonEnglish: Set<String> = ["station", "chuo", "city", "japan", "kagoshima", "nissan", "toyota", "honda", "inc", "co", "ltd",
        "corp", "car", "rental", "the", "of", "and", "visa", "master", "jcb", "amex", "card", "bank", "road", "street", "hotel", "airport",
        "center", "centre", "service", "motor", "motors", "auto", "e-power", "power", "note", "serena", "leaf", "sakura", "mail", "tel", "fax", "passport", "no", "license", "licence", "number", "id", "sales", "manager", "director", "department", "trading", "example", "team", "support", "customer", "dear", "regards", "best"]

    func hasCommonEnglishWord(_ name: Name) -> Bool {
        String(decoding: bytes[name.range], as: UTF8.self).split(separator: " ").contains { Self.commonEnglish.contains(String($0)) }
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
        var end = firstEnd, parts = 1
        if bytes[safe: firstEnd] == 0x20, let second = script(at: firstEnd + 1), second == first {
            let secondEnd = runEnd(from: firstEnd + 1, script: first, limit: limit(first))
            // A second token followed by more of the same after a space is prose, not a name;
            // 東 様 is a name and its honorific.
            let honorific = Scalars.at(bytes, firstEnd + 1).map { first == .kanji && Self.honorificKanji.contains($0.0) } ?? false
            if secondEnd > firstEnd + 1, !honorific { end = secondEnd; parts = 2 }
        }
        // Latin names may have a third token: Lê Văn Tâm.
        if first == .latin, parts == 2, bytes[safe: end] == 0x20, script(at: end + 1) == .latin {
            end = runEnd(from: end + 1, script: .latin, limit: 20)
        }
        return Name(range: p..<end, script: first, parts: parts, firstPartEnd: firstEnd, bytes: bytes)
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
            if isWordStart(firstStart) {
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

    /// Offsets where a clause starts: text start, after a line break, after 。 or 、, after a
    /// greeting line.
    func clauseStarts(linesOnly: Bool = false) -> [Int] {
        var starts = [0]
        var i = 0
        // A quoted line (`> 山田`) starts after its quote marks too.
        func quoted(_ lineStart: Int) {
            var p = lineStart, marks = 0
            while p < bytes.count, bytes[p] == 0x3E || bytes[p] == 0x20 { if bytes[p] == 0x3E { marks += 1 }; p += 1 }
            if marks > 0 { starts.append(p) }
        }
        quoted(0)
        while i < bytes.count {
            if bytes[i] == 0x0A { starts.append(i + 1); quoted(i + 1) }
            if !linesOnly, i + 2 < bytes.count, bytes[i] == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 || bytes[i + 2] == 0x81 { starts.append(i + 3) }
            i += 1
        }
        return starts
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

    /// Whether a name may end here: a space, line break, punctuation, the end, or an
    /// honorific or です/と申します (not ordinary hiragana: 不在だった).
    func endsAtNameBoundary(_ offset: Int) -> Bool {
        guard let (scalar, _) = Scalars.at(bytes, offset) else { return true }
        switch ScriptClass.of(scalar) {
        case .space, .lineBreak, .other: return true
        case .hiragana:
            return ["です", "さん", "様", "さま", "と申", "でございます", "くん", "ちゃん"].contains { Scalars.hasPrefix(bytes, at: offset, Array($0.utf8)) }
        case .kanji: return scalar == "様" || scalar == "殿"
        default: return false
        }
    }

    private static let greetings: [[UInt8]] = ["お世話になります。", "お世話になっております。", "こんにちは。", "こんばんは。", "はじめまして。", "初めまして。",
        "お疲れ様です。", "おつかれさまです。", "いつもありがとうございます。", "失礼します。", "こんにちは!", "お世話になります、", "こんにちは、"].map { Array($0.utf8) }

    /// Whether a greeting (お世話になります。) ends right before `offset`.
    func followsGreeting(_ offset: Int) -> Bool {
        var p = offset
        while p > 0, bytes[p - 1] == 0x20 { p -= 1 }
        return Self.greetings.contains { p >= $0.count && bytes[(p - $0.count)..<p].elementsEqual($0) }
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
        var atTokenStart = true
        for b in original[range] {
            if b == 0x20 { atTokenStart = true; continue }
            if atTokenStart { if !(b >= 0x41 && b <= 0x5A) && b < 0x80 { return false }; atTokenStart = false }
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
