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
    let familyNames: ByteStringSet
    let givenNames: ByteStringSet
    let readingKeys: ByteStringSet
    let readings: PatternList
    let notNames: ByteStringSet
    /// Katakana loanwords (ドア, ミラー): a dotted katakana word of only these is no name.
    let katakanaWords: ByteStringSet
    /// Hiragana words that are no names (いくら, あの; いい, ほしい) unless a strong cue says so.
    let kanaFunctionWords: ByteStringSet
    let kanaAdjectives: ByteStringSet
    let katakanaCompanyWords: ByteStringSet
    /// What a family name nobody listed must not be (a common word, a place) and must look
    /// like (its first and last kanji begin and end listed names): see `isUnlistedFamilyName`.
    let commonKanjiWords: ByteStringSet
    let placeStems: ByteStringSet
    let familyNameInitials: ByteStringSet
    let familyNameFinals: ByteStringSet
    /// Per cue of `PersonCueTables.cues` (the front end finds them): its kind and bytes.
    let cueKinds: [(kind: CueKind, bytes: [UInt8])]
    /// Names where the rules' cues end (see `taggedNames`).
    let tagger: PersonTagger

    typealias CueKind = PersonCueTables.Kind

    static let honorifics = PersonCueTables.honorifics.map { Array(Normalizer().normalizedKey($0).utf8) }
    static let fieldLabels = PersonCueTables.fieldLabels.map { Array(Normalizer().normalizedKey($0).utf8) }
    static let colonOnlyLabels: Set<[UInt8]> = Set(PersonCueTables.colonOnlyLabels.map { Array(Normalizer().normalizedKey($0).utf8) })
    static let weakFieldLabels: Set<[UInt8]> = Set((["出席", "参加", "当社", "弊社", "先方", "記録", "書記", "司会", "議長", "通訳", "前任",
        "後任", "メンバー", "pm", "オブザーバー", "欠席", "委員", "講師", "発表者", "会社側", "組合側", "立会人", "点検者", "作業者", "入力者",
        "担当営業", "当方", "同席", "受講", "受講者", "作業担当", "検査員", "幹事", "発表", "次回発表", "担当サービス", "member", "members", "to", "cc", "宛先",
        "attendees", "出", "欠", "外出", "休み", "不在", "出張", "直行", "直帰", "受", "相手", "誘導", "早番", "遅番", "中番", "日勤", "夜勤", "応援", "引取", "引き取り", "配送", "陸送", "送迎"]
        + PersonCueTables.signOffLabels + PersonCueTables.fieldSuffixLabels).map { Array(Normalizer().normalizedKey($0).utf8) })
    /// Titles of a branch, which a place name stands before as often as a person (鹿児島支店長).
    static let branchTitles: [[UInt8]] = ["支店長", "支社長", "営業所長", "センター長"].map { Array($0.utf8) }
    static let fieldSuffixLabels = PersonCueTables.fieldSuffixLabels.map { Array($0.utf8) }
    /// English form labels that ask for one part of a name (Family name: NGUYEN).
    static let onePartLatinLabels: [[UInt8]] = ["family name", "given name", "first name", "last name", "surname", "middle name"].map { Array($0.utf8) }
    /// Labels that may close a longer one (連絡先氏名：, 保護者名前：) when a colon follows.
    static let closingLabels: [[UInt8]] = ["氏名", "名前"].map { Array($0.utf8) }
    static let readingLabels: [[UInt8]] = ["ふりがな", "かな"].map { Array($0.utf8) }
    static let introductions: [[UInt8]] = ["と申します", "ともうします", "でございます", "といいます", "と言います", "っていいます", "って言います",
        "です。", "です、", "です!", "です\n", "です ", "ですけど",
        // A caller's name in plain or dialect speech (もしもし 三上だけども, 工藤だばって, 佐々木だす).
        "だけど", "だけども", "だばって", "だども", "だす ", "だす。", "だす\n", "じゃけど", "じゃけん"].map { Array($0.utf8) }
    static let relations = PersonCueTables.relations.map { Array(Normalizer().normalizedKey($0).utf8) }
    /// Roles a staff memo glues a name to (営業石井, 店長柴田了承, 担当長野): the name is read as
    /// the known family name the kanji run starts with.
    static let memoRoles: Set<[UInt8]> = Set(["担当", "営業", "整備", "整備士", "店長", "副店長", "工場長", "受付", "対応", "事務",
        "法人営業", "営業担当", "整備担当", "所長", "課長", "部長", "社長", "主任", "係長", "私"].map { Array($0.utf8) })
    static let writer = Array("私".utf8)
    /// Words of time a memo glues before a name (今日仲間様, 明日田中様).
    static let timeWords: [[UInt8]] = ["今日", "明日", "昨日", "本日", "先日", "今週", "来週", "先週", "今朝", "今回", "前回", "次回", "毎回"].map { Array($0.utf8) }
    /// One-kanji marks of a roster or a shift table: off, absent, done, not yet.
    static let statusMarks: Set<[UInt8]> = Set(["休", "欠", "済", "未", "有", "無"].map { Array($0.utf8) })
    /// What a speaker says right before their name in voice input (はい 森 です).
    static let speechLeads: [[UInt8]] = ["はい", "もしもし", "えっと", "えーと", "あの", "あのー", "失礼します", "こちら", "わたし", "私"].map { Array($0.utf8) }

    /// Whether a role and a spaced の end at `end` (整備 の | 谷 です): voice input's 営業の谷.
    func spokenRole(before end: Int, reader: NameReader) -> Bool {
        let bytes = reader.bytes, no = Array("の".utf8)
        guard end >= no.count + 1, bytes[(end - no.count)..<end].elementsEqual(no), bytes[end - no.count - 1] == 0x20,
              let start = reader.wordStart(endingAt: end - no.count - 1) else { return false }
        return Self.relations.contains { bytes[start..<(end - no.count - 1)].elementsEqual($0) }
    }
    static let addressedTo: Set<[UInt8]> = Set(["宛", "宛て", "方", "宅", "行", "家"].map { Array($0.utf8) })
    /// Relations whose given name alone is a name (息子の悠真, 主人の辰雄).
    static let familyRelations: Set<[UInt8]> = Set(["夫", "妻", "主人", "父", "母", "息子", "娘", "長男", "長女", "次男", "次女", "兄", "姉",
        "弟", "妹", "祖父", "祖母", "孫", "嫁", "婿", "家内", "女房", "旦那", "彼氏", "彼女", "婚約者", "甥", "姪", "いとこ", "従兄弟", "従姉妹",
        "ぱぱ", "まま", "お父さん", "お母さん", "父親", "母親", "おじいちゃん", "おばあちゃん", "じいちゃん", "ばあちゃん", "兄貴", "姉貴", "むすこ", "むすめ"].map { Array($0.utf8) })
        .union(politeRelations)

    /// 三名, 二人: a number of people, which the lists may read as a name (三名 is a family name).
    static func isHeadCount(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard range.count == 6, let (first, _) = Scalars.at(bytes, range.lowerBound), let (second, _) = Scalars.at(bytes, range.lowerBound + 3) else { return false }
        return "一二三四五六七八九十両数".unicodeScalars.contains(first) && "名人".unicodeScalars.contains(second)
    }

    /// Titles and roles written right after a name (田中課長, 高橋主任, 王先生 is an honorific).
    static let titles = PersonCueTables.titles.map { Array(Normalizer().normalizedKey($0).utf8) }
    static let titlesAndHonorifics = titles + honorifics
    static let titlesAndRelations = titles + relations
    /// What only a person does, right after a subject (ジョン・スミスが来店しました).
    static let personPredicates: [[UInt8]] = ["来店", "来社", "来日", "来場", "入国", "帰国", "言って", "言い", "話し", "申し", "住んで",
        "勤務", "在籍", "担当", "購入", "契約", "運転", "電話", "連絡", "来られ", "来ま", "来る", "来た", "伺", "お越し", "訪問", "希望", "相談"].map { Array($0.utf8) }
    /// Digits read out (voice input: ぜろきゅうぜろ, さんまるまる), of two kana or more.
    static let spokenDigits: [[UInt8]] = ["まる", "ぜろ", "れい", "いち", "さん", "よん", "ろく", "なな", "しち", "はち", "きゅう",
        "じゅう", "ひゃく", "びゃく", "ぴゃく", "せん", "ぜん"].map { Array($0.utf8) }
    /// Counters after a number read out (しょうわ ごじゅうはちねん さんがつ: さん is three).
    static let spokenUnits: [[UInt8]] = ["がつ", "ねん", "にち", "えん", "かい", "まん", "ばん", "ぷん", "ふん", "にん", "だい", "まい", "ど "].map { Array($0.utf8) }
    static let spokenNumberWords = spokenDigits + spokenUnits
    /// Written right before a company name: 株式会社ノースコンサル様 is a company.
    static let companyForms: [[UInt8]] = ["株式会社", "有限会社", "合同会社", "合資会社", "(株)", "(有)", "(同)"].map { Array($0.utf8) }

    init(tables: CompiledDictionaries) {
        familyNames = tables.names.familyNames
        givenNames = tables.names.givenNames
        readingKeys = tables.names.readingKeys
        readings = tables.names.readings
        notNames = tables.names.notNames
        katakanaWords = tables.names.katakanaWords
        kanaFunctionWords = tables.names.kanaFunctionWords
        kanaAdjectives = tables.names.kanaAdjectives
        katakanaCompanyWords = tables.names.katakanaCompanyWords
        commonKanjiWords = tables.names.commonKanjiWords
        placeStems = tables.places.placeStems
        familyNameInitials = tables.names.familyNameInitials
        familyNameFinals = tables.names.familyNameFinals
        let cues = tables.personCues
        cueKinds = cues.kinds.indices.map { (kind: cues.kinds[$0], bytes: cues.cues[$0]) }
        tagger = PersonTagger(tables: tables.personTagger, names: tables.names, places: tables.places)
    }

    /// Whether a Latin name goes on as Japanese: a particle, an honorific or a sentence's end,
    /// perhaps after a space (Rafael が, Agusと).
    /// A single katakana word no dictionary knows, right after a relation and its の, that is
    /// the subject or partner of what people do (夫のマルコスと来店, 妻のアナが運転): a foreign
    /// name. Things after a relation (夫のスマホが壊れた, 妻のカローラで) do nothing of the kind.
    func katakanaNameActs(_ name: NameReader.Name, from p: Int, reader: NameReader, context: ScanContext) -> Bool {
        let bytes = reader.bytes
        guard name.script == .katakana, name.parts == 1, name.range.lowerBound == p, Scalars.count(bytes, name.range) >= 3,
              !katakanaWords.contains(bytes[name.range]), !isLoanword(name, bytes), !isWholeCompanyWord(name.range, context: context) else { return false }
        let end = name.range.upperBound
        if isTitleOrHonorific(at: end, reader: reader) { return true }
        guard let (particle, length) = Scalars.at(bytes, end), "とがはも".unicodeScalars.contains(particle) else { return false }
        return Self.personPredicates.contains { predicate in (end + length...min(end + length + 12, bytes.count)).contains { Scalars.hasPrefix(bytes, at: $0, predicate) } }
    }

    func latinNameEndsInJapanese(_ end: Int, reader: NameReader) -> Bool {
        let p = reader.bytes[safe: end] == 0x20 ? end + 1 : end
        return Self.subjectParticles.contains { Scalars.hasPrefix(reader.bytes, at: p, $0) } || isTitleOrHonorific(at: p, reader: reader)
            || Scalars.hasPrefix(reader.bytes, at: p, Self.no) || Scalars.hasPrefix(reader.bytes, at: p, Array("を".utf8))
    }

    /// Scripts of a name token, judged on the ORIGINAL text (normalisation folds katakana).
    enum Script { case kanji, katakana, hiragana, latin }

    func findings(in context: ScanContext) -> [Finding] {
        let reader = NameReader(context: context)
        var found: [Finding] = []
        let bytes = context.text.bytes
        // Cue positions, each with its longest cue of each kind (fields first, as 氏名 before 氏).
        var cueStarts: [Int: [(kind: CueKind, bytes: [UInt8])]] = [:]
        for match in context.candidates[.personCues] { cueStarts[match.range.lowerBound, default: []].append(cueKinds[match.pattern]) }
        var i = 0
        // Where the last title ended: 田中課長様 has one name, read at the title.
        var lastTitleEnd = -1
        for start in cueStarts.keys.sorted() where start >= i {
            i = start
            let here = cueStarts[start]!.sorted { $0.bytes.count > $1.bytes.count }
            // Field label: お名前：山田 太郎.
            if let label = here.first(where: { $0.kind == .field })?.bytes,
               // 姓：, 名：, セイ：: a one-word label of a form stands alone and takes a colon
               // (アカウント名 taro, 2名 are no labels).
               !Self.formNameParts.contains(label) || (bytes[safe: i + label.count] == 0x3A && (i == 0 || [0x20, 0x0A, 0x09].contains(bytes[i - 1]))),
               case let glued = Self.fieldSuffixLabels.contains(label) || (Self.closingLabels.contains(label) && bytes[safe: i + label.count] == 0x3A),
               reader.isWordStart(i) != (glued && Scalars.before(bytes, i).map { reader.script(at: $0.1) == .kanji } == true) {
                var p = i + label.count
                var separated = Self.fieldSuffixLabels.contains(label)
                // A qualifier such as (漢字) or (カナ) may sit between the label and the colon.
                if bytes[safe: p] == 0x28, let close = bytes[p..<min(p + 24, bytes.count)].firstIndex(of: 0x29) { p = close + 1 }
                // Web forms mark required fields with * (お名前(かな)* たかしま ことね).
                // (A weak label — a memo's word as well — takes its value on its own line: 引取⏎鹿児島 500 …)
                let weak = Self.weakFieldLabels.contains(label)
                while p < bytes.count, bytes[p] == 0x20 || bytes[p] == 0x3A || bytes[p] == 0x3D || (bytes[p] == 0x0A && !weak) || bytes[p] == 0x2A { separated = true; p += 1 }
                var viaParticle = false
                // 担当 ハ ウチダ: katakana voice input writes the particle in katakana, apart.
                if Scalars.hasPrefix(bytes, at: p, Array("は".utf8)), !Self.readingLabels.contains(label),
                   reader.script(at: p) == .hiragana || (reader.script(at: p) == .katakana && bytes[safe: p + 3] == 0x20) {
                    p += 3; separated = true; viaParticle = true
                    if bytes[safe: p] == 0x20 { p += 1 }
                }
                // `From: Webform`, `my name is …`: a Latin label takes a colon and a capitalised
                // name of two words (a single word after from: is a system or a place).
                let latinLabel = label.first.map { $0 < 0x80 } ?? false
                if latinLabel || Self.colonOnlyLabels.contains(label), !bytes[(i + label.count)..<p].contains(0x3A) { separated = false }
                // An organisation before the name: ご担当者：総務課 白石 恵.
                p = skippingRoles(p, reader: reader)
                // 司会松下, 幹事有村: a role of minutes glued to a known family name.
                if !separated, Self.gluedMinuteRoles.contains(label), reader.isWordStart(i), reader.script(at: p) == .kanji,
                   let name = knownFamilyPrefix(at: p, reader: reader), Scalars.count(bytes, name.range) >= 2,
                   reader.endsAtNameBoundary(name.range.upperBound), accept(name, context: context, honorific: false) {
                    found.append(context.finding(.person, name.range, confidence: 0.65, rule: "person.memo-role"))
                    i = name.range.upperBound
                    continue
                }
                // 受:桃 相手:栗様, 担当：松: a call log's person columns hold one-kanji surnames
                // too (a word elsewhere), when the kanji fills the value.
                if separated, Self.callLogLabels.contains(label), let value = oneKanjiValue(at: p, reader: reader) {
                    found.append(context.finding(.person, value, confidence: 0.65, rule: "person.call-log"))
                    i = value.upperBound
                    continue
                }
                // 氏名：⏎病名：: a blank form's next label is no value.
                let blankLabel = bytes[(i + label.count)..<p].contains(0x0A) && {
                    var q = p
                    while q < bytes.count, q < p + 40, bytes[q] != 0x0A, bytes[q] != 0x3A { q += 1 }
                    return bytes[safe: q] == 0x3A
                }()
                if separated, !blankLabel, let read = reader.nameAfter(p), !isRoleAlone(read, reader: reader),
                   // 姓：徳田　名：真由美: the next label on the line is no part of the name.
                   case let whole = read.parts == 2 && bytes[safe: read.range.upperBound] == 0x3A ? read.firstPartOnly()
                       : refined(extendedWithGivenName(read, reader: reader), reader: reader),
                   case let name = Self.weakFieldLabels.contains(label) ? spacedWordDropped(wholeValue(whole, reader: reader), reader: reader, context: context) : wholeValue(whole, reader: reader),
                   accept(name, context: context, honorific: false), !runsIntoCompanyWord(name.range, reader: reader, context: context),
                   // 対応者：大変失礼いたしました: a value that goes on as a sentence is no name.
                   name.script != .kanji || reader.script(at: name.range.upperBound) != .hiragana || endsAsSubject(name.range.upperBound, reader: reader)
                       || reader.endsAtNameBoundary(name.range.upperBound),
                   // 出張：宮崎市、都城市: places in a memo's list.
                   !(Self.weakFieldLabels.contains(label) && placeLike(name, bytes)),
                   !latinLabel || name.script != .latin || (reader.isCapitalized(name) && !reader.hasCommonEnglishWord(name)
                       // attendees: Sato (HQ), Ikeda: one word heads a list after a label of people.
                       && (name.parts >= 2 || Self.onePartLatinLabels.contains(label)
                           || (Self.weakFieldLabels.contains(label) && !namesListed(after: name, reader: reader, context: context).isEmpty))),
                   // Labels of minutes and memos (参加：, 当社：, メンバー：) may precede other things:
                   // only a name the lists know, or one that looks like a full name.
                   !Self.weakFieldLabels.contains(label) || name.parts == 2 || isKnownName(name, reader: reader)
                       || (isUnlistedFamilyName(name.range, reader: reader, context: context) && endsAsSubject(name.range.upperBound, reader: reader))
                       // 受講：奥、堀、寺園: a short kanji item heading a list of names.
                       || (fillsListItem(name, reader: reader) && namesListed(after: name, reader: reader, context: context).count >= 1)
                       || (name.script == .katakana && Array(bytes[name.range]).containsMiddleDot && !isLoanword(name, bytes)),
                   // 名義は法人です: after は only a known name is one.
                   // 担当は中村になります, 通訳は佐野が務めます: a known kanji name may take a particle.
                   !viaParticle || ((reader.endsAtNameBoundary(name.range.upperBound)
                                     || (name.script == .kanji && Scalars.at(bytes, name.range.upperBound).map { "がにでもと".unicodeScalars.contains($0.0) } == true))
                                    && (name.script != .kanji || isKnownName(name, reader: reader))) {
                    found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.8), rule: "person.field"))
                    // 出席者：田中、佐藤課長、鈴木: a list of names after one label.
                    let listed = namesListed(after: name, reader: reader, context: context)
                    found += listed
                    i = listed.last.map { $0.normalizedRange.upperBound.utf8 } ?? name.range.upperBound
                    continue
                }
            }
            // Title: 佐藤課長, 経理部高橋主任.
            if let title = here.first(where: { $0.kind == .title })?.bytes, let name = nameBeforeTitle(i, reader: reader, context: context),
               // (ひまわり税理士事務所: a kana word before a title that a kanji word goes on from names the office.)
               name.script != .hiragana || reader.script(at: i + title.count) != .kanji {
                found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.75), rule: "person.title"))
                i += title.count
                lastTitleEnd = i
                continue
            }
            // 小野寺総務部長が, 千葉経理課長より: a family name and a department glued before the title.
            if let title = here.first(where: { $0.kind == .title })?.bytes, reader.script(at: i + title.count) != .kanji,
               case let runStart = reader.runStart(endingAt: i, script: .kanji, limit: 9), runStart < i, reader.isWordStart(runStart),
               let family = familyBeforeDepartmentTitle(at: runStart, reader: reader), reader.runEnd(from: runStart, script: .kanji, limit: 10) == i + title.count,
               case let name = NameReader.Name(range: family, script: .kanji, parts: 1, firstPartEnd: family.upperBound, bytes: bytes, spaced: false),
               accept(name, context: context, honorific: false) {
                found.append(context.finding(.person, family, confidence: 0.7, rule: "person.title"))
                i += title.count
                lastTitleEnd = i
                continue
            }
            // 営業部長德永より, 副店長東條が, 専務隈元: a title glued before a known family name
            // that ends as a word (課長会議 and 店長代理 name no one).
            if let title = here.first(where: { $0.kind == .title })?.bytes, case let p = i + title.count, reader.script(at: p) == .kanji,
               let name = knownFamilyPrefix(at: p, reader: reader), name.range.lowerBound == p, Scalars.count(bytes, name.range) >= 2,
               endsAsSubject(name.range.upperBound, reader: reader),
               accept(name, context: context, honorific: false), !placeLike(name, bytes), !placeStems.contains(bytes[name.range]) || familyNames.contains(bytes[name.range]) {
                found.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.title-before"))
                i = name.range.upperBound
                continue
            }
            // Honorific: read the name backwards.
            if let honorific = here.first(where: { $0.kind == .honorific })?.bytes, isHonorific(at: i, honorific, reader: reader) {
                // 川畑 優奈 さん: a space before the honorific is no part of the name.
                var nameEnd = i
                while nameEnd > 0, bytes[nameEnd - 1] == 0x20, i - nameEnd < 2 { nameEnd -= 1 }
                if i != lastTitleEnd, let name = nameBeforeHonorific(nameEnd, reader: reader, context: context) {
                    let whole = withKanjiFamilyBefore(name, reader: reader, context: context)
                    found.append(context.finding(.person, whole.range, confidence: confidenceFor(name, base: 0.7), rule: "person.honorific"))
                } else if i != lastTitleEnd, bytes[safe: nameEnd - 1] == 0x29, let open = bytes[max(0, nameEnd - 48)..<(nameEnd - 1)].lastIndex(of: 0x28),
                          !bytes[open..<nameEnd].contains(0x0A), let name = nameBeforeHonorific(open, reader: reader, context: context),
                          // 田中（営業）さん, 坂下（セレナ）様: a short note or a reading between the name and the honorific.
                          (Scalars.count(bytes, (open + 1)..<(nameEnd - 1)) <= 8 || reader.nameAfter(open + 1).map { $0.range.upperBound == nameEnd - 1 && $0.script != .kanji } == true) {
                    // 小鳥遊 ひかり（たかなし ひかり）さん: the honorific follows the reading (read
                    // itself with the other readings in parentheses).
                    var whole = name
                    // The kana given name was read alone: take the known family name before it.
                    if name.script != .kanji, bytes[safe: name.range.lowerBound - 1] == 0x20,
                       case let familyStart = reader.runStart(endingAt: name.range.lowerBound - 1, script: .kanji, limit: 4),
                       familyStart < name.range.lowerBound - 1, familyNames.contains(bytes[familyStart..<(name.range.lowerBound - 1)]) {
                        whole = NameReader.Name(range: familyStart..<name.range.upperBound, script: .kanji, parts: 2, firstPartEnd: name.range.lowerBound - 1, bytes: bytes, spaced: true)
                    }
                    found.append(context.finding(.person, whole.range, confidence: confidenceFor(whole, base: 0.7), rule: "person.honorific"))
                }
                i += honorific.count
                continue
            }
            // Relation or role: 夫の鮫島 亮, 父（福永 隆、…）, 担当中村, 営業の田中.
            if let relation = here.first(where: { $0.kind == .relation })?.bytes {
                var p = i + relation.count
                // 担当:松, 受付：梶: a role used as a call log's label.
                if Self.callLogLabels.contains(relation), reader.isWordStart(i), bytes[safe: p] == 0x3A,
                   let value = oneKanjiValue(at: bytes[safe: p + 1] == 0x20 ? p + 2 : p + 1, reader: reader) {
                    found.append(context.finding(.person, value, confidence: 0.65, rule: "person.call-log"))
                    i = value.upperBound
                    continue
                }
                // 担当中村, 担当ニイロより: a known family name glued to the role (katakana as voice
                // input and notices write it, never a loanword or a car).
                if relation == Array("担当".utf8), let read = reader.nameAfter(p), case let name = refined(read, reader: reader),
                   name.range.lowerBound == p,
                   name.script == .kanji || (name.script == .katakana && name.parts == 1 && familyNames.contains(bytes[name.range])
                       && !katakanaWords.contains(bytes[name.range]) && !isLoanword(name, bytes) && !isWholeCompanyWord(name.range, context: context)),
                   isKnownName(name, reader: reader), accept(name, context: context, honorific: false) {
                    found.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.relation"))
                    i = name.range.upperBound
                    continue
                }
                // 私有地, 私立, 私用: 私 starts a word here, and no name follows it.
                let writerWord = relation == Self.writer && (1...2).contains { count in
                    var end = p
                    for _ in 0..<count { guard let (_, length) = Scalars.at(bytes, end) else { return false }; end += length }
                    return commonKanjiWords.contains(bytes[i..<end])
                }
                // 私直美のどちらが, 私和彦で: the writer's own given name in apposition.
                if relation == Self.writer, !writerWord, reader.script(at: p) == .kanji,
                   let name = familyMemberNamed(after: relation, at: i, reader: reader), !commonKanjiWords.contains(bytes[name.range]),
                   accept(name, context: context, honorific: true) {
                    found.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.relation-given"))
                    i = name.range.upperBound
                    continue
                }
                if Self.memoRoles.contains(relation), !writerWord, reader.isWordStart(i), reader.script(at: p) == .kanji,
                   let name = knownFamilyPrefix(at: p, reader: reader), accept(name, context: context, honorific: false) {
                    found.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.memo-role"))
                    i = name.range.upperBound
                    continue
                }
                // 担当メカの徳田, 担当営業の森: a second role word before の.
                if let role = Self.titlesAndRelations.first(where: { Scalars.hasPrefix(bytes, at: p, $0) && Scalars.hasPrefix(bytes, at: p + $0.count, Self.no) }) {
                    p += role.count
                }
                // むすこ の Rafael: voice input spaces the の out.
                if bytes[safe: p] == 0x20, Scalars.hasPrefix(bytes, at: p + 1, Self.no), bytes[safe: p + 4] == 0x20 { p += 1 }
                // 夫の鮫島, 父（福永, 妻・真理子, 妻の 亜希子 (a space after の in voice input).
                let middleDot = Self.familyRelations.contains(relation) && Scalars.hasPrefix(bytes, at: p, Array("・".utf8))
                // 奥様 査定日調整中, 奥様：平日は: a relation said with an honorific takes its name after の only.
                let politeRelation = Self.politeRelations.contains(relation)
                if Scalars.hasPrefix(bytes, at: p, Array("の".utf8)) || (!politeRelation && (bytes[safe: p] == 0x28 || bytes[safe: p] == 0x20 || bytes[safe: p] == 0x3A || middleDot)) {
                    p += Scalars.hasPrefix(bytes, at: p, Array("の".utf8)) || middleDot ? 3 : 1
                    if bytes[safe: p] == 0x20, bytes[safe: p - 1] != 0x20 { p += 1 }
                    if let read = reader.nameAfter(p), case let name = refined(read, reader: reader),
                       // 私 おがわら と申します: after 私 the kana name is read by the introductions.
                       relation != Self.writer || name.script == .kanji,
                       name.parts == 2 || isKnownName(name, reader: reader) || (name.script == .katakana && Array(bytes[name.range]).containsMiddleDot)
                           // 息子のRafaelが, ともだちの Thiago が: a foreign resident's family or friend.
                           || (name.script == .latin && name.range.lowerBound == p && reader.isCapitalized(name) && !reader.hasCommonEnglishWord(name)
                               && latinNameEndsInJapanese(name.range.upperBound, reader: reader))
                           || (name.range.lowerBound == p && isUnlistedFamilyName(name.range, reader: reader, context: context) && endsAsSubject(name.range.upperBound, reader: reader))
                           // 夫のマルコスと来店: a family member's foreign name, when the person acts (夫のスマホが壊れた).
                           || (Self.familyRelations.contains(relation) && katakanaNameActs(name, from: p, reader: reader, context: context)),
                       accept(name, context: context, honorific: false), !Self.isHeadCount(name.range, bytes),
                       case let whole = Self.familyRelations.contains(relation) ? withKanjiEnding(name, reader: reader) : name,
                       // 祖母のウメ干し, 母のハナ水: a kana word that a kanji continues is no name
                       // (夫のマルコス名義, 母のウメ宛 are).
                       whole.parts == 2 || whole.script == .kanji || whole.script == .latin
                           || reader.script(at: whole.range.upperBound) != .kanji || reader.endsAtNameBoundary(whole.range.upperBound)
                           || Scalars.at(bytes, whole.range.upperBound).map({ "宛名本氏君".unicodeScalars.contains($0.0) }) == true {
                        found.append(context.finding(.person, whole.range, confidence: confidenceFor(name, base: 0.65), rule: "person.relation"))
                        i = whole.range.upperBound
                        continue
                    }
                    // 息子の悠真が, 家内のみつ子が: a family member's known given name alone.
                    if Self.familyRelations.contains(relation), let given = givenNameAfterRelation(at: p, reader: reader),
                       accept(given, context: context, honorific: true) {
                        found.append(context.finding(.person, given.range, confidence: 0.7, rule: "person.relation-given"))
                        i = given.range.upperBound
                        continue
                    }
                } else if Self.familyRelations.contains(relation), let name = familyMemberNamed(after: relation, at: i, reader: reader),
                          accept(name, context: context, honorific: true) {
                    found.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.relation-given"))
                    i = name.range.upperBound
                    continue
                }
            }
            // 田中から聞いた, 佐藤が担当します: a known name right before.
            if let trailing = here.first(where: { $0.kind == .trailing }) {
                if let name = kanjiNameEnding(at: i, reader: reader, unknownGiven: false),
                   Scalars.count(bytes, name.range) >= 2, accept(name, context: context, honorific: false),
                   // 東京の息子が: a place's family member is no family named.
                   !(trailing.bytes.starts(with: Self.no) && placeStems.contains(bytes[name.range])) {
                    found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.6), rule: "person.trailing"))
                } else if Self.staffActions.contains(trailing.bytes), let start = reader.wordStart(endingAt: i), reader.isWordStart(start),
                          // 当日は仮屋園がご案内いたします: staff named by what they will do for
                          // the customer, a family name nobody listed.
                          isUnlistedFamilyName(start..<i, reader: reader, context: context),
                          case let name = NameReader.Name(range: start..<i, script: .kanji, parts: 1, firstPartEnd: i, bytes: bytes, spaced: false),
                          accept(name, context: context, honorific: false) {
                    found.append(context.finding(.person, name.range, confidence: 0.6, rule: "person.staff-action"))
                }
            }
        }
        found += introductions(reader: reader, context: context)
        found += kanaNamesBeforeCues(reader: reader, context: context)
        found += kanaStaffAfterNo(reader: reader, context: context)
        found += latinNames(reader: reader, context: context)
        found += roleLines(reader: reader, context: context)
        found += kanaSignatures(reader: reader, context: context)
        found += signOffs(reader: reader, context: context)
        found += calledNames(reader: reader, context: context)
        found += speakerLabels(reader: reader, context: context)
        found += tableColumns(reader: reader, context: context)
        found += attendanceLists(reader: reader, context: context)
        found += markedRows(reader: reader, context: context)
        found += statusLines(reader: reader, context: context)
        found += surnameLines(reader: reader, context: context)
        found += sealStamps(reader: reader, context: context)
        found += memoHeadingNames(reader: reader, context: context)
        found += dutyLines(reader: reader, context: context)
        let (weekdayNames, weekdayKeys) = weekdayRows(reader: reader, context: context)
        found += weekdayNames
        found += standaloneNames(reader: reader, context: context)
        found += unspacedFullNames(reader: reader, context: context)
        found += sinoKoreanNames(reader: reader, context: context)
        found += bracketedNames(reader: reader, context: context)
        found += quotedNames(reader: reader, context: context)
        found += memoNames(reader: reader, context: context)
        found += departmentNames(reader: reader, context: context)
        found += namesAfterSpacedRoles(reader: reader, context: context)
        found += rosterNames(reader: reader, context: context)
        found += namesBeforeAges(reader: reader, context: context)
        found += namesBeforeTheirRoles(reader: reader, context: context)
        found += staffOfOrganisation(reader: reader, context: context)
        found += formerSurnames(reader: reader, context: context)
        found += mailNames(reader: reader, context: context)
        found += chatHandles(reader: reader, context: context)
        found += speakerLinesAboveMessages(reader: reader, context: context)
        found += namesWithDottedReadings(reader: reader, context: context)
        found += namesWithKanaReadings(reader: reader, context: context)
        found += namesOfRelations(reader: reader, context: context)
        found += households(reader: reader, context: context)
        found += katakanaGivenNameLines(reader: reader, context: context)
        found += namesBesideTheirKanji(reader: reader, context: context)
        found += pairedNames(reader: reader, context: context)
        found += countedLists(reader: reader, context: context)
        found += mentionHandles(reader: reader, context: context)
        found += handleTokens(reader: reader, context: context)
        found += spelledNames(reader: reader, context: context)
        found += syllableSpelledNames(reader: reader, context: context)
        found += namesExplainedByCharacter(reader: reader, context: context)
        found += signatureLines(reader: reader, context: context)
        found += memoHandOffs(reader: reader, context: context)
        found += memoItemSubjects(reader: reader, context: context)
        found += familyNamesAsSubjects(reader: reader, context: context)
        found += namesBeforeHonnin(reader: reader, context: context)
        found += initialsBeforeHonorifics(reader: reader, context: context)
        found += letterSpelledNames(reader: reader, context: context)
        found += familyWithKanaGivenNames(reader: reader, context: context)
        found += hangulNames(reader: reader, context: context)
        found += chineseSelfIntroductions(reader: reader, context: context)
        found += separatedNamePairs(reader: reader, context: context)
        found += namesOfCountedRelations(reader: reader, context: context)
        found += listMates(of: found, reader: reader, context: context)
        found += fellowListItems(of: found, reader: reader, context: context)
        found += fellowFieldValues(of: found, reader: reader, context: context)
        found += coordinatedNames(of: found, reader: reader, context: context)
        found = found.compactMap { withoutLeadingWord(withoutNextLabel(withoutAddressWord(withKanaGivenName($0, reader: reader, context: context), context: context), context: context), context: context) }
        found += readingsInParentheses(after: found, reader: reader, context: context)
        found += propagated(found, reader: reader, context: context)
        // After the rules' own propagation, which knows why it found a name again.
        found += taggedNames(besides: found, reader: reader, context: context)
        found += initialKeys(of: found, context: context)
        found = found.compactMap { withoutHonorific($0, context: context) }
        found = withoutCompanyNames(found, reader: reader, context: context)
        found = completedFullNames(found, weekdayKeys: Array(weekdayKeys), reader: reader, context: context)
        found = withoutBranchesAfterNames(found, context: context)
        // 金 樋渡 read as a full name where 金 is Friday's key in a weekday row.
        if !weekdayKeys.isEmpty {
            found.removeAll { finding in
                let range = finding.normalizedRange.utf8
                return weekdayKeys.contains { range.contains($0) }
            }
        }
        return withoutPetNames(withoutPairsOverSurnameRows(found), context: context)
    }

    /// Whether an honorific written in hiragana starts at `p` (さんが, さまの): after a name it is
    /// the honorific, whatever reading of a given name the lists hold. (サン, チャン in katakana
    /// belong to a katakana name: ケンサン.)
    func startsWithKanaHonorific(_ p: Int, reader: NameReader) -> Bool {
        reader.script(at: p) == .hiragana && Self.honorifics.contains { Scalars.hasPrefix(reader.bytes, at: p, $0) }
    }

    /// 古賀店長（福岡）, 新岡 翔（八戸）: a place in parentheses right after a name, or a name and
    /// its title, names the shop or branch, not a second person (a memo's 報告（千葉） is signed).
    func withoutBranchesAfterNames(_ found: [Finding], context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let ends = Set(found.map { $0.normalizedRange.upperBound.utf8 })
        return found.filter { finding in
            let range = finding.normalizedRange.utf8
            guard range.lowerBound > 0, bytes[range.lowerBound - 1] == 0x28, bytes[safe: range.upperBound] == 0x29,
                  placeStems.contains(bytes[range]) else { return true }
            var p = range.lowerBound - 1
            if let title = Self.titles.first(where: { p >= $0.count && bytes[(p - $0.count)..<p].elementsEqual($0) }) { p -= title.count }
            // (ナカガワ（中川）: the kanji of a name read out before it.)
            return !ends.contains(p) || Scalars.before(bytes, p).map { ScriptClass.of($0.0) != .kanji } ?? true
        }
    }

    /// 宮里 國分 畠山: two surnames of a row read as one full name by another rule; the row's
    /// reading (one person each) stands.
    func withoutPairsOverSurnameRows(_ found: [Finding]) -> [Finding] {
        let rows = found.filter { $0.rule == Self.surnameLineRule }.map(\.normalizedRange.utf8)
        guard rows.count >= 2 else { return found }
        return found.filter { finding in
            finding.rule == Self.surnameLineRule || rows.filter({ finding.normalizedRange.utf8.contains($0.lowerBound) && $0.upperBound <= finding.normalizedRange.utf8.upperBound }).count < 2
        }
    }

    /// A pet is no person (盲導犬のハナちゃん, 愛犬のモモ): a name right after a word for one is
    /// left readable, and so is the same name elsewhere in the text.
    func withoutPetNames(_ found: [Finding], context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let pets = found.filter { finding in
            let start = finding.normalizedRange.lowerBound.utf8
            return Self.petWords.contains { start >= $0.count && bytes[(start - $0.count)..<start].elementsEqual($0) }
        }.map { bytes[$0.normalizedRange.utf8] }
        guard !pets.isEmpty else { return found }
        return found.filter { finding in !pets.contains { $0.elementsEqual(bytes[finding.normalizedRange.utf8]) } }
    }

    static let petWords: [[UInt8]] = ["愛犬の", "愛犬", "愛猫の", "愛猫", "犬の", "猫の", "ねこの", "いぬの", "盲導犬の", "介助犬の", "聴導犬の",
                                      "ペットの", "わんこの", "にゃんこの", "ワンちゃんの", "猫ちゃんの"].map { Array(Normalizer().normalizedKey($0).utf8) }

    /// 受付：前田　作業：藤原: in a field's value, the word after a space that a colon follows is
    /// the next field's label, no given name.
    func withoutNextLabel(_ finding: Finding, context: ScanContext) -> Finding {
        let bytes = context.text.bytes
        let range = finding.normalizedRange.utf8
        guard bytes[safe: range.upperBound] == 0x3A, let space = bytes[range].lastIndex(of: 0x20) else { return finding }
        // Only a value of a field is followed by the next one (阿部 浩二：OK is a speaker).
        var before = range.lowerBound
        while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
        guard before > 0, bytes[before - 1] == 0x3A else { return finding }
        var end = space
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > range.lowerBound else { return finding }
        return context.finding(.person, range.lowerBound..<end, confidence: finding.confidence, rule: finding.rule)
    }

    /// A name never starts with the word that introduced it: a relation or a title glued to it or
    /// before a space (父湯浅 康弘, 長男 博, 故 徳重 實, 委員長 芳賀 俊介), or the shop or office a chat
    /// speaker writes from (帯広店 栗城, 工場 五十嵐), or a greeting before a Latin name (Hi Nanami).
    /// A first word that is itself a listed family name stays (妹尾, 姉崎, 孫 are surnames); a
    /// greeting and a word in lower case are no name at all.
    func withoutLeadingWord(_ finding: Finding, context: ScanContext) -> Finding? {
        let bytes = context.text.bytes
        let range = finding.normalizedRange.utf8
        let firstWordEnd = bytes[range].firstIndex(of: 0x20) ?? range.upperBound
        // Hi Nanami, Thanks Ken, Saya Dewi, Sou Rafael: a greeting or "I am" before a Latin name.
        if firstWordEnd < range.upperBound, bytes[range.lowerBound] < 0x80,
           Self.latinLeadingWords.contains(String(decoding: bytes[range.lowerBound..<firstWordEnd], as: UTF8.self).lowercased()) {
            var lower = firstWordEnd
            while lower < range.upperBound, bytes[lower] == 0x20 { lower += 1 }
            guard range.upperBound - lower >= 2, bytes[lower] < 0x80, ScriptClass.of(Unicode.Scalar(bytes[lower])) == .latin else { return finding }
            // Sou pastor: after a capitalised word, a word in lower case is no name.
            let lowercase = { (byte: UInt8) in (0x61...0x7A).contains(byte) }
            if !lowercase(bytes[range.lowerBound]), lowercase(bytes[lower]) { return nil }
            return context.finding(.person, lower..<range.upperBound, confidence: finding.confidence, rule: finding.rule)
        }
        // A listed family name that takes the word's scalars and more (妹尾太郎) is the name.
        var q = range.lowerBound
        for _ in 0..<6 {
            guard q < firstWordEnd, let (_, length) = Scalars.at(bytes, q) else { break }
            q += length
            if familyNames.contains(bytes[range.lowerBound..<q]) { return finding }
        }
        var start: Int?
        if let word = Self.leadingWords.filter({ Scalars.hasPrefix(bytes, at: range.lowerBound, $0) && range.lowerBound + $0.count < range.upperBound })
            .max(by: { $0.count < $1.count }),
           let (next, _) = Scalars.at(bytes, range.lowerBound + word.count),
           next == " " || (ScriptClass.of(next) == .kanji && !context.text.wasKatakana(range.lowerBound + word.count)) {
            start = range.lowerBound + word.count
        } else if firstWordEnd < range.upperBound, Scalars.count(bytes, range.lowerBound..<firstWordEnd) >= 2,
                  Self.officeEndings.contains(where: { word in
                      firstWordEnd - word.count >= range.lowerBound && bytes[(firstWordEnd - word.count)..<firstWordEnd].elementsEqual(word)
                  }) {
            start = firstWordEnd
        }
        guard var lower = start else { return finding }
        while lower < range.upperBound, bytes[lower] == 0x20 { lower += 1 }
        // What is left starts with a listed name (代表者大楠 is no 代表 before 者大楠).
        var end = lower, listed = false
        for _ in 0..<6 {
            guard end < range.upperBound, bytes[end] != 0x20, let (_, length) = Scalars.at(bytes, end) else { break }
            end += length
            if familyNames.contains(bytes[lower..<end]) || givenNames.contains(bytes[lower..<end]) { listed = true; break }
        }
        guard listed else { return finding }
        return context.finding(.person, lower..<range.upperBound, confidence: finding.confidence, rule: finding.rule)
    }
    /// Relations and titles, and words of memos and inheritance papers written before a name.
    static let leadingWords: [[UInt8]] = relations + titles + ["故", "亡父", "亡母", "亡夫", "亡妻", "愚息", "子息", "ご子息", "相続人", "書記長",
        "教諭", "講師", "通知人", "受電", "架電", "前任", "後任", "新任", "同乗", "客"].map { Array(Normalizer().normalizedKey($0).utf8) }
    /// Greetings, "I am" in the languages foreign residents write, and titles, before a Latin name.
    static let latinLeadingWords: Set<String> = ["hi", "hello", "hey", "dear", "thanks", "thank", "thx", "im", "i'm", "i", "is", "am", "pm",
        "saya", "sou", "soy", "je", "ich", "ako", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sgt", "ssgt"]
    /// Ends of the word for a shop, branch or office that a speaker's line gives before the name.
    static let officeEndings: [[UInt8]] = ["店", "工場", "営業所", "支社", "本社", "センター", "課"].map { Array($0.utf8) }

    /// 辻村 陽子宛て: the word of address read into a spaced given name is no part of it (and
    /// the given name said again is 陽子, not 陽子宛).
    func withoutAddressWord(_ finding: Finding, context: ScanContext) -> Finding {
        let bytes = context.text.bytes
        let range = finding.normalizedRange.utf8
        let addressedTo = Array("宛".utf8)
        guard range.count > addressedTo.count + 3, bytes[(range.upperBound - addressedTo.count)..<range.upperBound].elementsEqual(addressedTo) else { return finding }
        return context.finding(.person, range.lowerBound..<(range.upperBound - addressedTo.count), confidence: finding.confidence, rule: finding.rule)
    }

    /// A name never takes its honorific (ANNOTATION.md: the name characters only): a finding
    /// that a rule read with one (田島 さん, 西田氏) loses it, and one that starts with one (様 飛)
    /// or is a relation word with it (じいちゃん) is no name.
    func withoutHonorific(_ finding: Finding, context: ScanContext) -> Finding? {
        let bytes = context.text.bytes
        var range = finding.normalizedRange.utf8
        // 田村㊞, 高橋印: a seal's mark after a kanji name is no part of it.
        if range.count > Self.sealMark.count, bytes[(range.upperBound - Self.sealMark.count)..<range.upperBound].elementsEqual(Self.sealMark),
           let (before, _) = Scalars.before(bytes, range.upperBound - Self.sealMark.count), ScriptClass.of(before) == .kanji {
            range = range.lowerBound..<(range.upperBound - Self.sealMark.count)
            if !Self.honorifics.contains(where: { range.count > $0.count && bytes[(range.upperBound - $0.count)..<range.upperBound].elementsEqual($0) }) {
                return context.finding(.person, range, confidence: finding.confidence, rule: finding.rule)
            }
        }
        // 様 山田: a name read with the honorific before it. (氏家, 君塚, 殿村 begin with one.)
        if Self.honorifics.contains(where: { Scalars.hasPrefix(bytes, at: range.lowerBound, $0) && range.count > $0.count }),
           Scalars.at(bytes, range.lowerBound).map({ ScriptClass.of($0.0) == .kanji }) == true,
           !(6...9).contains(where: { range.count >= $0 && familyNames.contains(bytes[range.lowerBound..<(range.lowerBound + $0)]) }) {
            return nil
        }
        guard let honorific = Self.honorifics.first(where: { range.count > $0.count && bytes[(range.upperBound - $0.count)..<range.upperBound].elementsEqual($0) }),
              // (さん, くん, ちゃん written in katakana belong to a katakana name: ケンサン is no honorific.)
              !context.text.wasKatakana(range.upperBound - honorific.count) else { return finding }
        var end = range.upperBound - honorific.count
        // みっちゃん, まっちゃん: a nickname made with ちゃん has no stem of its own to keep.
        if Scalars.before(bytes, end)?.0 == "っ" { return finding }
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > range.lowerBound, !Self.relations.contains(Array(bytes[range.lowerBound..<end])),
              !Self.kinshipStems.contains(Array(bytes[range.lowerBound..<end])) else { return nil }
        range = range.lowerBound..<end
        return context.finding(.person, range, confidence: finding.confidence, rule: finding.rule)
    }
    /// What family members are called before ちゃん or さん (おじい|ちゃん, ばあ|ちゃん).
    static let kinshipStems: Set<[UInt8]> = Set(["じい", "おじい", "ばあ", "おばあ", "にい", "おにい", "ねえ", "おねえ", "かあ", "おかあ",
        "とう", "おとう", "じいじ", "ばあば", "おっか", "おっかあ"].map { Array($0.utf8) })
}
