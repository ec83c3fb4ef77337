import PatternSearch
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

    enum CueKind { case honorific, field, relation }

    private static let honorifics: [[UInt8]] = ["さま", "様", "さん", "殿", "くん", "君", "ちゃん", "氏", "先生"].map { Array($0.utf8) }
    private static let fieldLabels: [[UInt8]] = ["お名前", "ご氏名", "氏名", "名前", "契約者", "記名被保険者", "被保険者", "運転者", "借受人", "申込者",
        "名義人", "名義", "口座名義", "担当者", "担当", "配偶者", "利用者", "差出人", "送り主", "受取人", "使用者", "所有者", "お客様名", "顧客名",
        "保護者", "連帯保証人", "保証人", "ご依頼者", "依頼者", "来店者", "name", "from", "営業担当", "記入者", "フリガナ", "ふりがな", "カナ",
        "請求者", "代表者", "宛名", "ご契約者", "お名前(漢字)", "お名前(カナ)", "お名前(フリガナ)", "氏名(漢字)", "氏名(カナ)", "氏名(フリガナ)", "ローマ字"].map { Array(Normalizer().normalizedKey($0).utf8) }
    private static let readingLabels: [[UInt8]] = ["ふりがな", "かな"].map { Array($0.utf8) }
    private static let introductions: [[UInt8]] = ["と申します", "ともうします", "でございます", "です。", "です、", "です!", "です\n", "です "].map { Array($0.utf8) }
    private static let relations: [[UInt8]] = ["夫", "妻", "主人", "父", "母", "息子", "娘", "長男", "長女", "次男", "次女", "兄", "姉", "弟", "妹",
        "祖父", "祖母", "義父", "義母", "孫", "社員", "同僚", "上司", "部下", "友人", "担当", "契約者", "実習生", "留学生",
        "親", "甥", "姪", "叔父", "叔母", "伯父", "伯母", "嫁", "婿"].map { Array($0.utf8) }

    init(dictionaries: DictionarySet, normalizer: Normalizer) throws {
        // Every names/family-names*.tsv and names/given-names*.tsv file: KANJI, HIRAGANA, ROMAJI.
        func names(_ prefix: String) -> ByteStringSet {
            ByteStringSet(dictionaries.records(under: prefix).lazy.flatMap { $0.records }.flatMap { record in
                (0..<min(3, record.fields.count)).lazy.filter { !record.fields[$0].isEmpty }.map { record.key($0, normalizer).utf8 }
            })
        }
        familyNames = names("names/family-names")
        givenNames = names("names/given-names")
        notNames = ByteStringSet(dictionaries.records(at: "names/not-names.tsv").map { Array($0.key(0, normalizer).utf8) })
        companyWords = AhoCorasick(patterns: dictionaries.records(at: "names/company-words.tsv").map { Array($0.key(0, normalizer).utf8) })
        let kinds: [(CueKind, [UInt8])] = Self.fieldLabels.map { (.field, $0) } + Self.honorifics.map { (.honorific, $0) } + Self.relations.map { (.relation, $0) }
        cueKinds = kinds.map { (kind: $0.0, bytes: $0.1) }
        cues = AhoCorasick(patterns: kinds.map(\.1))
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
                if separated, let read = reader.nameAfter(p), case let name = extendedWithGivenName(read, reader: reader),
                   accept(name, context: context, honorific: false),
                   !viaParticle || reader.endsAtNameBoundary(name.range.upperBound) {
                    found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.8), rule: "person.field"))
                    i = name.range.upperBound
                    continue
                }
            }
            // Honorific: read the name backwards.
            if let honorific = here.first(where: { $0.kind == .honorific })?.bytes, isHonorific(at: i, honorific, reader: reader) {
                if var name = reader.nameBefore(i) {
                    // お客様 上村様, 総務 種子田様: when the two-part reading fails, the last part alone.
                    if !accept(name, context: context, honorific: true) || notNames.contains(name.firstPart(bytes)) || reader.isOrganisation(name.firstPart(bytes)) {
                        guard name.parts == 2 else { i += honorific.count; continue }
                        name = name.lastPartOnly()
                        guard accept(name, context: context, honorific: true) else { i += honorific.count; continue }
                    }
                    let confidence = confidenceFor(name, base: 0.7)
                    found.append(context.finding(.person, name.range, confidence: confidence, rule: "person.honorific"))
                }
                i += honorific.count
                continue
            }
            // Relation: 夫の鮫島 亮, 父（福永 隆、…）, 担当中村.
            if let relation = here.first(where: { $0.kind == .relation })?.bytes {
                var p = i + relation.count
                if relation == Array("担当".utf8), let name = reader.nameAfter(p), name.range.lowerBound == p, name.script == .kanji,
                   familyNames.contains(name.firstPart(bytes)), accept(name, context: context, honorific: false) {
                    found.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.relation"))
                    i = name.range.upperBound
                    continue
                }
                if Scalars.hasPrefix(bytes, at: p, Array("の".utf8)) || bytes[safe: p] == 0x28 || bytes[safe: p] == 0x20 || bytes[safe: p] == 0x3A {
                    p += Scalars.hasPrefix(bytes, at: p, Array("の".utf8)) ? 3 : 1
                    if let name = reader.nameAfter(p), name.parts == 2 || familyNames.contains(name.firstPart(bytes)),
                       accept(name, context: context, honorific: false) {
                        found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.65), rule: "person.relation"))
                        i = name.range.upperBound
                        continue
                    }
                }
            }
        }
        found += introductions(reader: reader, context: context)
        found += standaloneNames(reader: reader, context: context)
        found += readingsInParentheses(after: found, reader: reader, context: context)
        return found
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
                else if name.parts == 2, afterAccountNumber(bytes, i) { confidence = 0.75; rule = "person.account-holder" }
            case .kanji:
                if name.parts == 2 && atLineStart && lineEnds { confidence = known ? 0.8 : 0.65; rule = "person.line" }
                else if known { confidence = 0.7; rule = "person.full-name" }
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

    private func runEnd(from start: Int, script wanted: PersonDetector.Script, limit: Int) -> Int {
        var p = start, n = 0
        while n < limit, let (scalar, length) = Scalars.at(bytes, p) {
            if wanted == .katakana, scalar == "・", p > start, script(at: p + length) == .katakana { p += length; n += 1; continue }
            guard let s = script(at: p), s == wanted else { break }
            if wanted == .kanji, p > start, Self.honorificKanji.contains(scalar) { break }
            p += length; n += 1
        }
        return p
    }

    private func runStart(endingAt end: Int, script wanted: PersonDetector.Script, limit: Int) -> Int {
        var p = end, n = 0
        while n < limit, let (scalar, previous) = Scalars.before(bytes, p) {
            if wanted == .katakana, scalar == "・", script(at: previous) == nil, let (_, beforeDot) = Scalars.before(bytes, previous),
               script(at: beforeDot) == .katakana { p = previous; n += 1; continue }
            guard script(at: previous) == wanted, !(wanted == .kanji && Self.honorificKanji.contains(scalar)) else { break }
            p = previous; n += 1
        }
        return p
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
            // A second token followed by more of the same after a space is prose, not a name.
            if secondEnd > firstEnd + 1 { end = secondEnd; parts = 2 }
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
        while i < bytes.count {
            if bytes[i] == 0x0A { starts.append(i + 1) }
            if !linesOnly, i + 2 < bytes.count, bytes[i] == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 || bytes[i + 2] == 0x81 { starts.append(i + 3) }
            i += 1
        }
        return starts
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
