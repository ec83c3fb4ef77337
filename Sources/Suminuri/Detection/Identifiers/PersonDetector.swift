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
    private let readingKeys: ByteStringSet
    private let readings: PatternList
    private let notNames: ByteStringSet
    /// Katakana loanwords (ドア, ミラー): a dotted katakana word of only these is no name.
    private let katakanaWords: ByteStringSet
    /// Hiragana words that are no names (いくら, あの; いい, ほしい) unless a strong cue says so.
    private let kanaFunctionWords: ByteStringSet
    private let kanaAdjectives: ByteStringSet
    /// What a family name nobody listed must not be (a common word, a place) and must look
    /// like (its first and last kanji begin and end listed names): see `isUnlistedFamilyName`.
    private let commonKanjiWords: ByteStringSet
    private let placeStems: ByteStringSet
    private let familyNameInitials: ByteStringSet
    private let familyNameFinals: ByteStringSet
    /// Per cue of `PersonCueTables.cues` (the front end finds them): its kind and bytes.
    private let cueKinds: [(kind: CueKind, bytes: [UInt8])]

    typealias CueKind = PersonCueTables.Kind

    private static let honorifics = PersonCueTables.honorifics.map { Array(Normalizer().normalizedKey($0).utf8) }
    private static let fieldLabels = PersonCueTables.fieldLabels.map { Array(Normalizer().normalizedKey($0).utf8) }
    private static let weakFieldLabels: Set<[UInt8]> = Set((["出席", "参加", "当社", "弊社", "先方", "記録", "書記", "司会", "議長", "通訳", "前任",
        "後任", "メンバー", "pm", "オブザーバー", "欠席", "委員", "講師", "発表者", "会社側", "組合側", "立会人", "点検者", "作業者", "入力者",
        "担当営業", "当方", "同席", "受講", "受講者", "作業担当", "検査員", "幹事", "発表", "次回発表", "担当サービス", "member", "members", "to", "cc", "宛先",
        "attendees", "外出", "休み", "不在", "出張", "直行", "直帰", "受", "相手", "誘導", "早番", "遅番", "中番", "日勤", "夜勤", "応援", "引取", "引き取り", "配送", "陸送", "送迎"]
        + PersonCueTables.signOffLabels + PersonCueTables.fieldSuffixLabels).map { Array(Normalizer().normalizedKey($0).utf8) })
    /// Titles of a branch, which a place name stands before as often as a person (鹿児島支店長).
    private static let branchTitles: [[UInt8]] = ["支店長", "支社長", "営業所長", "センター長"].map { Array($0.utf8) }
    private static let fieldSuffixLabels = PersonCueTables.fieldSuffixLabels.map { Array($0.utf8) }
    /// Labels that may close a longer one (連絡先氏名：, 保護者名前：) when a colon follows.
    private static let closingLabels: [[UInt8]] = ["氏名", "名前"].map { Array($0.utf8) }
    private static let readingLabels: [[UInt8]] = ["ふりがな", "かな"].map { Array($0.utf8) }
    private static let introductions: [[UInt8]] = ["と申します", "ともうします", "でございます", "といいます", "と言います", "っていいます", "って言います",
        "です。", "です、", "です!", "です\n", "です ", "ですけど"].map { Array($0.utf8) }
    private static let relations = PersonCueTables.relations.map { Array(Normalizer().normalizedKey($0).utf8) }
    /// Roles a staff memo glues a name to (営業石井, 店長柴田了承, 担当長野): the name is read as
    /// the known family name the kanji run starts with.
    private static let memoRoles: Set<[UInt8]> = Set(["担当", "営業", "整備", "整備士", "店長", "副店長", "工場長", "受付", "対応", "事務",
        "法人営業", "営業担当", "整備担当", "所長", "課長", "部長", "社長", "主任", "係長", "私"].map { Array($0.utf8) })
    private static let writer = Array("私".utf8)
    /// Words of time a memo glues before a name (今日仲間様, 明日田中様).
    private static let timeWords: [[UInt8]] = ["今日", "明日", "昨日", "本日", "先日", "今週", "来週", "先週", "今朝", "今回", "前回", "次回", "毎回"].map { Array($0.utf8) }
    /// One-kanji marks of a roster or a shift table: off, absent, done, not yet.
    private static let statusMarks: Set<[UInt8]> = Set(["休", "欠", "済", "未", "有", "無"].map { Array($0.utf8) })
    /// What a speaker says right before their name in voice input (はい 森 です).
    private static let speechLeads: [[UInt8]] = ["はい", "もしもし", "えっと", "えーと", "あの", "あのー", "失礼します", "こちら", "わたし", "私"].map { Array($0.utf8) }

    /// Whether a role and a spaced の end at `end` (整備 の | 谷 です): voice input's 営業の谷.
    private func spokenRole(before end: Int, reader: NameReader) -> Bool {
        let bytes = reader.bytes, no = Array("の".utf8)
        guard end >= no.count + 1, bytes[(end - no.count)..<end].elementsEqual(no), bytes[end - no.count - 1] == 0x20,
              let start = reader.wordStart(endingAt: end - no.count - 1) else { return false }
        return Self.relations.contains { bytes[start..<(end - no.count - 1)].elementsEqual($0) }
    }
    private static let addressedTo: Set<[UInt8]> = Set(["宛", "宛て", "方", "宅", "行", "家"].map { Array($0.utf8) })
    /// Relations whose given name alone is a name (息子の悠真, 主人の辰雄).
    private static let familyRelations: Set<[UInt8]> = Set(["夫", "妻", "主人", "父", "母", "息子", "娘", "長男", "長女", "次男", "次女", "兄", "姉",
        "弟", "妹", "祖父", "祖母", "孫", "嫁", "婿", "家内", "女房", "旦那", "彼氏", "彼女", "婚約者", "甥", "姪", "いとこ", "従兄弟", "従姉妹"].map { Array($0.utf8) })

    /// Titles and roles written right after a name (田中課長, 高橋主任, 王先生 is an honorific).
    private static let titles = PersonCueTables.titles.map { Array(Normalizer().normalizedKey($0).utf8) }
    private static let titlesAndHonorifics = titles + honorifics
    private static let titlesAndRelations = titles + relations
    /// What only a person does, right after a subject (ジョン・スミスが来店しました).
    private static let personPredicates: [[UInt8]] = ["来店", "来社", "来日", "来場", "入国", "帰国", "言って", "言い", "話し", "申し", "住んで",
        "勤務", "在籍", "担当", "購入", "契約", "運転", "電話", "連絡", "来られ", "来ま", "来る", "来た", "伺", "お越し", "訪問", "希望", "相談"].map { Array($0.utf8) }
    /// Digits read out (voice input: ぜろきゅうぜろ, さんまるまる), of two kana or more.
    private static let spokenDigits: [[UInt8]] = ["まる", "ぜろ", "れい", "いち", "さん", "よん", "ろく", "なな", "しち", "はち", "きゅう",
        "じゅう", "ひゃく", "びゃく", "ぴゃく", "せん", "ぜん"].map { Array($0.utf8) }
    /// Counters after a number read out (しょうわ ごじゅうはちねん さんがつ: さん is three).
    private static let spokenUnits: [[UInt8]] = ["がつ", "ねん", "にち", "えん", "かい", "まん", "ばん", "ぷん", "ふん", "にん", "だい", "まい", "ど "].map { Array($0.utf8) }
    private static let spokenNumberWords = spokenDigits + spokenUnits
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
        commonKanjiWords = tables.names.commonKanjiWords
        placeStems = tables.places.placeStems
        familyNameInitials = tables.names.familyNameInitials
        familyNameFinals = tables.names.familyNameFinals
        let cues = tables.personCues
        cueKinds = cues.kinds.indices.map { (kind: cues.kinds[$0], bytes: cues.cues[$0]) }
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
                while p < bytes.count, bytes[p] == 0x20 || bytes[p] == 0x3A || bytes[p] == 0x3D || bytes[p] == 0x0A || bytes[p] == 0x2A { separated = true; p += 1 }
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
                if latinLabel, !bytes[(i + label.count)..<p].contains(0x3A) { separated = false }
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
                if separated, let read = reader.nameAfter(p), !isRoleAlone(read, reader: reader),
                   // 姓：徳田　名：真由美: the next label on the line is no part of the name.
                   case let whole = read.parts == 2 && bytes[safe: read.range.upperBound] == 0x3A ? read.firstPartOnly()
                       : refined(extendedWithGivenName(read, reader: reader), reader: reader),
                   case let name = Self.weakFieldLabels.contains(label) ? spacedWordDropped(wholeValue(whole, reader: reader), reader: reader, context: context) : wholeValue(whole, reader: reader),
                   accept(name, context: context, honorific: false),
                   // 対応者：大変失礼いたしました: a value that goes on as a sentence is no name.
                   name.script != .kanji || reader.script(at: name.range.upperBound) != .hiragana || endsAsSubject(name.range.upperBound, reader: reader)
                       || reader.endsAtNameBoundary(name.range.upperBound),
                   // 出張：宮崎市、都城市: places in a memo's list.
                   !(Self.weakFieldLabels.contains(label) && placeLike(name, bytes)),
                   !latinLabel || name.script != .latin || (reader.isCapitalized(name) && !reader.hasCommonEnglishWord(name)
                       // attendees: Sato (HQ), Ikeda: one word heads a list after a label of people.
                       && (name.parts >= 2 || (Self.weakFieldLabels.contains(label) && !namesListed(after: name, reader: reader, context: context).isEmpty))),
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
            if let title = here.first(where: { $0.kind == .title })?.bytes, let name = nameBeforeTitle(i, reader: reader, context: context) {
                found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.75), rule: "person.title"))
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
                    found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.7), rule: "person.honorific"))
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
                if Self.memoRoles.contains(relation), reader.isWordStart(i), reader.script(at: p) == .kanji,
                   let name = knownFamilyPrefix(at: p, reader: reader), accept(name, context: context, honorific: false) {
                    found.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.memo-role"))
                    i = name.range.upperBound
                    continue
                }
                // 担当メカの徳田, 担当営業の森: a second role word before の.
                if let role = Self.titlesAndRelations.first(where: { Scalars.hasPrefix(bytes, at: p, $0) && Scalars.hasPrefix(bytes, at: p + $0.count, Self.no) }) {
                    p += role.count
                }
                // 夫の鮫島, 父（福永, 妻・真理子, 妻の 亜希子 (a space after の in voice input).
                let middleDot = Self.familyRelations.contains(relation) && Scalars.hasPrefix(bytes, at: p, Array("・".utf8))
                if Scalars.hasPrefix(bytes, at: p, Array("の".utf8)) || bytes[safe: p] == 0x28 || bytes[safe: p] == 0x20 || bytes[safe: p] == 0x3A || middleDot {
                    p += Scalars.hasPrefix(bytes, at: p, Array("の".utf8)) || middleDot ? 3 : 1
                    if bytes[safe: p] == 0x20, bytes[safe: p - 1] != 0x20 { p += 1 }
                    if let read = reader.nameAfter(p), case let name = refined(read, reader: reader),
                       // 私 おがわら と申します: after 私 the kana name is read by the introductions.
                       relation != Self.writer || name.script == .kanji,
                       name.parts == 2 || isKnownName(name, reader: reader) || (name.script == .katakana && Array(bytes[name.range]).containsMiddleDot)
                           || (name.range.lowerBound == p && isUnlistedFamilyName(name.range, reader: reader, context: context) && endsAsSubject(name.range.upperBound, reader: reader)),
                       accept(name, context: context, honorific: false) {
                        found.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: 0.65), rule: "person.relation"))
                        i = name.range.upperBound
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
                   Scalars.count(bytes, name.range) >= 2, accept(name, context: context, honorific: false) {
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
        found += latinNames(reader: reader, context: context)
        found += roleLines(reader: reader, context: context)
        found += kanaSignatures(reader: reader, context: context)
        found += signOffs(reader: reader, context: context)
        found += speakerLabels(reader: reader, context: context)
        found += tableColumns(reader: reader, context: context)
        found += attendanceLists(reader: reader, context: context)
        found += surnameLines(reader: reader, context: context)
        found += dutyLines(reader: reader, context: context)
        found += standaloneNames(reader: reader, context: context)
        found += unspacedFullNames(reader: reader, context: context)
        found += bracketedNames(reader: reader, context: context)
        found += quotedNames(reader: reader, context: context)
        found += memoNames(reader: reader, context: context)
        found += departmentNames(reader: reader, context: context)
        found += namesAfterSpacedRoles(reader: reader, context: context)
        found += rosterNames(reader: reader, context: context)
        found += namesBeforeAges(reader: reader, context: context)
        found += mailNames(reader: reader, context: context)
        found += chatHandles(reader: reader, context: context)
        found += namesWithDottedReadings(reader: reader, context: context)
        found += namesOfRelations(reader: reader, context: context)
        found += katakanaGivenNameLines(reader: reader, context: context)
        found += namesBesideTheirKanji(reader: reader, context: context)
        found += pairedNames(reader: reader, context: context)
        found += countedLists(reader: reader, context: context)
        found += mentionHandles(reader: reader, context: context)
        found += spelledNames(reader: reader, context: context)
        found += namesExplainedByCharacter(reader: reader, context: context)
        found += signatureLines(reader: reader, context: context)
        found += memoHandOffs(reader: reader, context: context)
        found += familyNamesAsSubjects(reader: reader, context: context)
        found += listMates(of: found, reader: reader, context: context)
        found = found.map { withKanaGivenName($0, reader: reader, context: context) }
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
            || word == Array("私".utf8)
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
    private func knownFamilyPrefix(at start: Int, reader: NameReader) -> NameReader.Name? {
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
    private func givenNameAfterRelation(at start: Int, reader: NameReader) -> NameReader.Name? {
        let bytes = reader.bytes
        guard let script = reader.script(at: start) else { return nil }
        var end = reader.runEnd(from: start, script: script, limit: script == .kanji ? 4 : 6)
        // みつ子, ヨシ子: kana and a kanji ending.
        if script != .kanji, let (next, length) = Scalars.at(bytes, end), "子美江代恵枝乃".unicodeScalars.contains(next) { end += length }
        // The longest known given name the run starts with, followed by a particle or the end of the word.
        var q = end
        while q > start {
            if givenNames.contains(bytes[start..<q]), Scalars.count(bytes, start..<q) >= (script == .kanji ? 1 : 2),
               reader.endsAtNameBoundary(q) || reader.followsParticle(q) {
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

    /// A family member's name written without の: after は as a statement (息子は一郎です, 母は
    /// ヨシ子、), or glued to the relation as letters write it (夫正一が他界, 長男吉留 修一が, 亡父
    /// 吉留 茂儀). Glued, only a full name with a known family name or a known given name of two
    /// kanji or more counts, so that compounds (夫婦, 母親, 息子夫婦) stay words.
    private func familyMemberNamed(after relation: [UInt8], at start: Int, reader: NameReader) -> NameReader.Name? {
        let bytes = reader.bytes
        var p = start + relation.count
        if Scalars.hasPrefix(bytes, at: p, Array("は".utf8)) {
            p += 3
            guard let given = givenNameAfterRelation(at: p, reader: reader), Self.endsStatement(bytes, at: given.range.upperBound) else { return nil }
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
        guard let given = givenNameAfterRelation(at: p, reader: reader), given.script == .kanji, Scalars.count(bytes, given.range) >= 2,
              reader.followsParticle(given.range.upperBound) || Self.endsStatement(bytes, at: given.range.upperBound)
                  || Scalars.hasPrefix(bytes, at: given.range.upperBound, Array("儀".utf8)) else { return nil }
        return given
    }

    /// Punctuation, a line end, です or an introduction right after a name.
    private static func endsStatement(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard let (scalar, _) = Scalars.at(bytes, offset) else { return true }
        if "、。,.!?()\n ".unicodeScalars.contains(scalar) { return true }
        return ["です", "でござ", "と申", "といい", "と言い"].contains { Scalars.hasPrefix(bytes, at: offset, Array($0.utf8)) }
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
    private func refined(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
        let bytes = reader.bytes
        // ゆいが免許を: a hiragana name and its particle read as one longer name (由雅); the
        // name is ゆい when that is known too.
        if name.script == .hiragana, name.parts == 1, givenNames.contains(bytes[name.range]) || familyNames.contains(bytes[name.range]),
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
    private func wholeValue(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
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

    private func extended(_ name: NameReader.Name, to end: Int) -> NameReader.Name {
        var extended = name
        extended.range = name.range.lowerBound..<end
        if extended.parts == 1 { extended.parts = 2; extended.firstPartEnd = name.range.upperBound }
        return extended
    }

    /// A spaced kanji reading whose second word is a common word, not a given name (発注者：
    /// 宮之前　入荷予定): the first word alone.
    private func spacedWordDropped(_ name: NameReader.Name, reader: NameReader, context: ScanContext) -> NameReader.Name {
        guard name.parts == 2, name.spaced, name.script == .kanji else { return name }
        let last = name.lastPart(reader.bytes)
        guard !givenNames.contains(last), commonKanjiWords.contains(last) || notNames.contains(last) || Scalars.count(last, 0..<last.count) >= 4
                || containsCompanyWord(name.firstPartEnd..<name.range.upperBound, context: context) else { return name }
        return name.firstPartOnly()
    }

    /// Whether what follows a name ends it as a word: a particle (が, は, に, と, へ, で, も, より,
    /// から, まで), punctuation, a space, the line's end, a title or an honorific.
    private func endsAsSubject(_ offset: Int, reader: NameReader) -> Bool {
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
    /// a person stands there (店長の…が, 発注者：…, 総務 …, …課長).
    private func isUnlistedFamilyName(_ range: Range<Int>, reader: NameReader, context: ScanContext) -> Bool {
        let bytes = reader.bytes
        let word = bytes[range]
        var scalars: [Range<Int>] = []
        var p = range.lowerBound
        while p < range.upperBound, let (_, length) = Scalars.at(bytes, p) {
            guard reader.script(at: p) == .kanji else { return false }
            scalars.append(p..<(p + length)); p += length
        }
        guard (2...3).contains(scalars.count), let first = scalars.first, let last = scalars.last else { return false }
        guard familyNameInitials.contains(bytes[first]), familyNameFinals.contains(bytes[last]),
              !commonKanjiWords.contains(word), !placeStems.contains(word), !notNames.contains(word), !familyNames.contains(word),
              !reader.isOrganisation(Array(word)), !Self.relations.contains(where: { word.elementsEqual($0) }),
              !Self.titlesAndHonorifics.contains(where: { word.elementsEqual($0) }),
              !containsCompanyWord(range, context: context) else { return false }
        if scalars.count == 3, commonKanjiWords.contains(bytes[first.lowerBound..<scalars[1].upperBound]) { return false }
        return true
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
        case .kanji:
            name = kanjiNameEnding(at: end, reader: reader, unknownGiven: true) ?? mixedNameEnding(at: end, reader: reader)
            // 隈崎課長: the whole kanji word before the title, a family name nobody listed.
            if name == nil, let start = reader.wordStart(endingAt: end), reader.isWordStart(start),
               isUnlistedFamilyName(start..<end, reader: reader, context: context) {
                name = NameReader.Name(range: start..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: reader.bytes, spaced: false)
            }
        case .hiragana: name = mixedNameEnding(at: end, reader: reader)
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
        // 今日仲間様ご来店: a word of time glued before the name is no part of it.
        if let name = result, name.script == .kanji, name.parts == 1,
           let time = Self.timeWords.first(where: { name.range.count > $0.count + 3 && Scalars.hasPrefix(bytes, at: name.range.lowerBound, $0) }) {
            result = NameReader.Name(range: (name.range.lowerBound + time.count)..<name.range.upperBound, script: .kanji, parts: 1,
                                     firstPartEnd: name.range.upperBound, bytes: bytes, spaced: false)
        }
        guard let name = result, accept(name, context: context, honorific: true), !reader.followsCompanyForm(name.range.lowerBound) else { return nil }
        // お世話様, ご苦労様: a kanji word after the polite prefix お/ご is an expression.
        if name.script == .kanji, let (previous, at) = Scalars.before(bytes, name.range.lowerBound), "おご".unicodeScalars.contains(previous),
           reader.script(at: at) == .hiragana { return nil }
        return name
    }

    /// Whether a kanji word of one to three characters fills a list item (a separator or the
    /// line's end after it) and is no organisation or relation.
    private func fillsListItem(_ name: NameReader.Name, reader: NameReader) -> Bool {
        let bytes = reader.bytes
        return name.script == .kanji && name.parts == 1 && (1...3).contains(Scalars.count(bytes, name.range))
            && (Scalars.at(bytes, name.range.upperBound).map { "、,/・".unicodeScalars.contains($0.0) } ?? false)
            && !reader.isOrganisation(Array(bytes[name.range])) && !Self.relations.contains(Array(bytes[name.range]))
            && !placeStems.contains(bytes[name.range])
    }

    /// What staff say they will do, after their name (仮屋園がご案内いたします, 肥田木よりご連絡).
    private static let staffActions: Set<[UInt8]> = Set(["が担当", "が対応", "が伺", "が参り", "がご連絡", "がご案内", "がお伺い", "が承",
        "より改めて", "よりご連絡", "より連絡", "よりご案内", "よりお電話"].map { Array($0.utf8) })

    /// Where a short note in parentheses that opens at `p` ends (福山（記）, Sato (HQ), 宿（受付）):
    /// after its `)`, at most 32 bytes on, within `limit` and its line; nil when none opens there.
    private static func noteEnd(_ bytes: [UInt8], at p: Int, limit: Int? = nil) -> Int? {
        guard p >= 0, p < bytes.count, bytes[p] == 0x28,
              let close = bytes[p..<min(p + 32, limit ?? bytes.count, bytes.count)].firstIndex(of: 0x29),
              !bytes[p..<close].contains(0x0A) else { return nil }
        return close + 1
    }

    /// English titles before a name in a list (normalised to lower case).
    private static let englishTitles: [[UInt8]] = ["mr. ", "ms. ", "mrs. ", "dr. "].map { Array($0.utf8) }

    /// One kanji filling a call log's value (受:桃, 相手:栗様): a one-kanji surname, though a word
    /// elsewhere; not a status (済, 未, 他).
    private func oneKanjiValue(at p: Int, reader: NameReader) -> Range<Int>? {
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
    private static let callLogLabels: Set<[UInt8]> = Set(["受", "受付", "担当", "担当者", "相手", "対応", "対応者", "記入者", "入力者", "誘導"].map { Array(Normalizer().normalizedKey($0).utf8) })

    /// The labels of a form's name parts (姓：徳田　名：真由美, セイ：トクダ).
    private static let formNameParts: Set<[UInt8]> = Set(["姓", "名", "セイ", "メイ", "姓名"].map { Array(Normalizer().normalizedKey($0).utf8) })

    /// Roles of minutes that may be glued to the name they introduce (司会松下, 書記田中).
    private static let gluedMinuteRoles: Set<[UInt8]> = Set(["司会", "書記", "幹事", "議長", "通訳", "講師"].map { Array($0.utf8) })

    /// `出席者：田中、佐藤課長、鈴木`: names after the first one, separated by 、 , / or ・,
    /// each perhaps with its title.
    private func namesListed(after first: NameReader.Name, reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = reader.bytes
        var result: [Finding] = []
        var q = first.range.upperBound
        while true {
            if let title = Self.titlesAndHonorifics.first(where: { Scalars.hasPrefix(bytes, at: q, $0) }) { q += title.count }
            // 福山（記）、, Sato (HQ),: a short note after a name.
            if let end = Self.noteEnd(bytes, at: bytes[safe: q] == 0x20 ? q + 1 : q) { q = end }
            guard let (separator, length) = Scalars.at(bytes, q), "、,/・".unicodeScalars.contains(separator) else { break }
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
                        result.append(context.finding(.person, name.range, confidence: 0.7, rule: "person.unspaced-name"))
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
        var surfaces = Set<[UInt8]>(), givenParts = Set<[UInt8]>(), kanjiParts = Set<[UInt8]>(), kanaReadings = Set<[UInt8]>()
        for finding in found where finding.confidence >= 0.6 {
            let range = finding.normalizedRange.lowerBound.utf8..<finding.normalizedRange.upperBound.utf8
            guard let script = reader.script(at: range.lowerBound) else { continue }
            // A kana name said again in voice input (にしぞのです、にしぞの携帯は): three kana or more.
            if script == .hiragana {
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
            // 弟の片平 修 … 修は県外: the given part of a spaced kanji name, said alone later.
            if script == .kanji, let space = surface.firstIndex(of: 0x20), case let given = Array(surface[(space + 1)...]),
               reader.script(at: range.lowerBound + space + 1) == .kanji, givenNames.contains(given[...]), !notNames.contains(given) {
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
        let automaton = AhoCorasick(patterns: surfaces)
        bytes.withUnsafeBufferPointer { buffer in
            automaton.forEachMatch(in: buffer) { match in
                let range = match.range
                // Matches come in order of their end: the last one kept is the only one to overlap.
                guard !overlapsTaken(range), range.lowerBound >= lastEnd, let script = reader.script(at: range.lowerBound) else { return }
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
                guard before != script || (script == .kanji && kanjiNameEnding(at: range.upperBound, reader: reader, unknownGiven: false)?.range.lowerBound == range.lowerBound),
                      after != script || (script == .kanji && isTitleOrHonorific(at: range.upperBound, reader: reader)) else { return }
                // Latin mentions are whole words only (not Mori in Morioka), never part of an
                // address (yamada@…, taro.yamada@…, www.ijichi…) or of a company (Ijichi Kogyo Co.).
                if script == .latin {
                    guard reader.isWordStart(range.lowerBound), !inMailOrWebToken(range, bytes), !beforeCompanyWord(range.upperBound, bytes),
                          case let word = String(decoding: bytes[range], as: UTF8.self).lowercased(),
                          !NameReader.commonEnglish.contains(word), !Self.makersNamedAfterPeople.contains(word) else { return }
                }
                // A given name alone must stand as the subject or topic (修は, 大地が).
                if givenParts.contains(Array(bytes[range])) {
                    guard let (next, _) = Scalars.at(bytes, range.upperBound), "はがもの".unicodeScalars.contains(next) else { return }
                }
                // 妻のさくら … サクラの試乗車: the name in katakana is the car model.
                if script == .katakana, isWholeCompanyWord(range, context: context) { return }
                // 山田 … ヤマダ電機: a reading glued to a kanji word names a shop or a company.
                if script == .katakana, after == .kanji, !isTitleOrHonorific(at: range.upperBound, reader: reader) { return }
                result.append(context.finding(.person, range, confidence: 0.6, rule: "person.propagated"))
                lastEnd = range.upperBound
            }
        }
        return result
    }

    /// Whether a range lies in a token (up to the spaces around it) that is an e-mail or web
    /// address: an @ after its start, or a dot or a slash right before or after the range.
    private func inMailOrWebToken(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        var start = range.lowerBound, end = range.upperBound
        while start > 0, ![0x20, 0x0A, 0x09, 0x0D].contains(bytes[start - 1]), bytes[start - 1] < 0x80 { start -= 1 }
        while end < bytes.count, ![0x20, 0x0A, 0x09, 0x0D].contains(bytes[end]), bytes[end] < 0x80 { end += 1 }
        let token = bytes[start..<end]
        if token.dropFirst().contains(0x40) { return true }
        return [bytes[safe: range.lowerBound - 1], bytes[safe: range.upperBound]].contains { $0 == 0x2E || $0 == 0x2F }
    }

    /// Makers that bear a family name (鈴木 … Suzuki is the car).
    private static let makersNamedAfterPeople: Set<String> = ["suzuki", "honda", "toyota", "yamaha", "kawasaki", "shimano", "mazda"]

    /// Whether the next Latin word is one of a company (Kogyo, Co., Motors, Inc.) or a place
    /// (Shibuya-ku, Chiba-ken, Nagano City, Fukuoka Station).
    private func beforeCompanyWord(_ end: Int, _ bytes: [UInt8]) -> Bool {
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
    private func readingsOfName(_ name: ArraySlice<UInt8>, scripts: ReadingScripts, into result: inout Set<[UInt8]>, kana: inout Set<[UInt8]>) {
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
    private static let afterSpokenName: [[UInt8]] = ["です", "でした", "でございます", "さん", "さま", "様", "くん", "ちゃん", "と申", "といい", "って", "じゃ",
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
    private func extendedWithGivenName(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
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
    private func isHonorific(at i: Int, _ honorific: [UInt8], reader: NameReader) -> Bool {
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
        // Kana honorifics must be hiragana in the original (ニッサン is a word, not 〜さん).
        if honorific.first == 0xE3, reader.script(at: i) != .hiragana { return false }
        return true
    }

    private static let wordsEndingInSan: [[UInt8]] = ["たく", "みな"].map { Array($0.utf8) }

    /// Names standing on their own: a two-part name in kana or kanji whose parts are known
    /// names (ヤマダ タロウ, 上村 直樹), a line that is only a name (a signature or a form
    /// value), and a kana name after an account number.
    private func standaloneNames(reader: NameReader, context: ScanContext) -> [Finding] {
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
            // 事務局 久木田 宛, 井手 方: how mail is addressed to a person, no given name.
            if name.parts == 2, name.script == .kanji, Self.addressedTo.contains(name.lastPart(bytes)) { name = name.firstPartOnly() }
            // 工藤⇒三浦 引継ぎ, 花束手配=猪狩 写真=…: a common word after the family name, with the
            // memo going on after it, is no given name (寺園 未来 alone on its line is one).
            var memoGoesOn = false
            if name.parts == 2, name.script == .kanji, commonKanjiWords.contains(name.lastPart(bytes)), !givenNames.contains(name.lastPart(bytes)),
               (reader.script(at: name.range.upperBound) == .hiragana && !reader.endsAtNameBoundary(name.range.upperBound))
                   || [0x3D, 0x3A, 0x2F].contains(bytes[safe: name.range.upperBound] ?? 0) {
                name = name.firstPartOnly()
                memoGoesOn = true
            }
            // 本人　竹下 亮: a role before the name is not part of it.
            if name.parts == 2, notNames.contains(name.firstPart(bytes)) || Self.relations.contains(name.firstPart(bytes)) || reader.isOrganisation(name.firstPart(bytes)),
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
            let known = name.parts == 2 && (givenNames.contains(name.lastPart(bytes)) || familyNames.contains(name.firstPart(bytes)))
            var confidence = 0.0
            var rule = ""
            switch name.script {
            case .katakana:
                if known { confidence = 0.75; rule = "person.kana-name" }
                // ジョン・スミスが来店: a katakana name with ・ as the subject of what people do.
                // Compounds with ・ are common too (ドア・ミラーが割れた): the verb decides.
                else if Array(bytes[name.range]).containsMiddleDot, reader.followsParticle(end),
                        !isLoanword(name, bytes) || Self.personPredicates.contains(where: { predicate in
                            (end + 3...min(end + 12, bytes.count)).contains { Scalars.hasPrefix(bytes, at: $0, predicate) } }) {
                    confidence = 0.7; rule = "person.kana-dot"
                }
                // カルロス・エドゥアルド・ダ・シルバ alone on its line, before です or in a bracket:
                // a foreign name written out, unless every part is a loanword.
                else if Array(bytes[name.range]).containsMiddleDot, !isLoanword(name, bytes), !isWholeCompanyWord(name.range, context: context),
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
            if confidence > 0 { result.append(context.finding(.person, name.range, confidence: confidence, rule: rule)); named = true }
        }
        return result
    }

    /// Particles after which a family name alone is someone who acts or is told: 鈴木が現車確認,
    /// 山口に事実確認を, 法務の栗原と協議, 吉村より連絡. (の and で are left out: 国分の自宅,
    /// 東口の看板 name places and things as often as people.)
    private static let subjectParticles: [[UInt8]] = ["が", "は", "も", "と", "に", "へ", "より", "から"].map { Array($0.utf8) }
    private static let movementParticles: [[UInt8]] = ["に", "へ", "から", "まで"].map { Array($0.utf8) }
    /// What people do at a place: come, go, move, live, work there.
    private static let movements: [[UInt8]] = ["引っ越", "引越", "到着", "転勤", "転居", "出張", "来", "行", "い", "帰", "住", "移", "向か", "着",
        "出発", "通", "失礼", "在住", "勤務", "赴任", "旅行", "遊び", "寄", "入", "出", "おり", "あ", "ある", "き", "く"].map { Array($0.utf8) }

    /// A listed family name of two or three kanji standing alone as a word before a case
    /// particle, with no honorific or cue: how staff and business text refer to colleagues
    /// (鈴木が現車確認、田中に報告済み). The whole kanji run must be the name (山田町が, 鈴木自動車が
    /// are not), and place names the lists also hold as family names (宮崎から転勤, 福岡へ出張) are
    /// left to other rules.
    private func familyNamesAsSubjects(reader: NameReader, context: ScanContext) -> [Finding] {
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
                  familyNames.contains(bytes[p..<end]), !placeStems.contains(bytes[p..<end]),
                  // 2024年山田が…: a digit or a Latin letter glued before is a code or a count.
                  p == 0 || !(ByteClass.isDigit(bytes[p - 1]) || reader.script(at: p - 1) == .latin),
                  case let name = NameReader.Name(range: p..<end, script: .kanji, parts: 1, firstPartEnd: end, bytes: bytes, spaced: false),
                  accept(name, context: context, honorific: false), !placeLike(name, bytes),
                  // 中之島から失礼します, 国分に引っ越しました: a place the lists hold as a family name
                  // too, where people come from, move to and live.
                  !Self.movementParticles.contains(where: { particle in Scalars.hasPrefix(bytes, at: end, particle)
                      && Self.movements.contains { Scalars.hasPrefix(bytes, at: end + particle.count, $0) } }) else { continue }
            result.append(context.finding(.person, name.range, confidence: 0.6, rule: "person.subject"))
        }
        return result
    }

    // MARK: Staff memos and lists

    /// Staff surnames as memos write them, with no honorific: a hand-over (`田中→佐藤へ`,
    /// `→山下`), a name in parentheses (`済(鈴木)`, `（永田担当）`), a name after a date or time
    /// stamp (`12/3 前田`), or before a memo verb (`岩切確認済`, `前田より報告`). Only a known
    /// family name (with its given name when one follows) that fills the whole word counts; a
    /// one-character name only between an arrow or parentheses.
    private func memoNames(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private func departmentNames(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private static let memoHeadings: Set<[UInt8]> = Set(["todo", "memo", "note", "info", "fax", "tel", "mail", "re", "fw", "fwd", "ps", "cc", "bcc",
        "subject", "date", "to", "kana", "romaji", "name", "sent", "ok", "ng"].map { Array($0.utf8) })
    /// Places a memo writes in parentheses that name lists also hold (上海, 大阪); prefectures
    /// that are common family names (石川, 宮崎) stay names.
    private static let placeWords: Set<[UInt8]> = Set(["北海道", "東京", "神奈川", "大阪", "京都", "兵庫", "愛知", "沖縄", "鹿児島", "和歌山",
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
    private func chatHandles(reader: NameReader, context: ScanContext) -> [Finding] {
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
            if script == .latin, end == p + 1, bytes[safe: end] == 0x2E, reader.script(at: end + 1) == .latin {
                lookupStart = end + 1
                end = lookupStart
                while end < lineEnd, reader.script(at: end) == .latin { end += 1 }
            }
            guard let (next, _) = Scalars.at(bytes, end), "@_.:".unicodeScalars.contains(next) || (next == " " && ByteClass.isDigit(bytes[safe: end + 1])) else { continue }
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
                result.append(context.finding(.person, p..<end, confidence: 0.6, rule: "person.chat-handle"))
            }
        }
        return result
    }

    /// Every `(…)` within one line whose content is at most `limit` bytes: the offsets of the
    /// opening and the closing parenthesis (normalised text: full-width ones are ASCII here).
    private static func parentheses(in bytes: [UInt8], limit: Int) -> [(open: Int, close: Int)] {
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
    private func namesWithDottedReadings(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for (found, close) in Self.parentheses(in: bytes, limit: 60) {
            let open = found + 1
            guard let reading = reader.nameAfter(open), reading.script == .katakana, reading.range.upperBound == close,
                  reading.parts == 2 || Array(bytes[reading.range]).containsMiddleDot, !isLoanword(reading, bytes) else { continue }
            let start = Scalars.runStart(bytes, endingAt: found, class: .kanji, limit: 5)
            let count = Scalars.count(bytes, start..<found)
            guard (2...4).contains(count), reader.isWordStart(start) || start == 0 || Scalars.before(bytes, start).map({ ScriptClass.of($0.0) != .kanji }) == true else { continue }
            let name = NameReader.Name(range: start..<found, script: .kanji, parts: 1, firstPartEnd: found, bytes: bytes, spaced: false)
            let surface = Array(bytes[start..<found])
            // 名義（オオヤマ カツヤ）: a label's value in parentheses, not its reading.
            guard !Self.fieldLabels.contains(surface), !Self.relations.contains(surface), !reader.isOrganisation(surface),
                  accept(name, context: context, honorific: false), !placeLike(name, bytes) else { continue }
            result.append(context.finding(.person, start..<found, confidence: 0.7, rule: "person.reading-vouched"))
            result.append(context.finding(.person, reading.range, confidence: 0.7, rule: "person.reading"))
        }
        return result
    }

    /// Family members named in parentheses after the relation: `息子夫婦（翔太・千尋）`,
    /// `私（寛）`, `お義父さん（清）`, `父（故 徳重 實）`. Each item must be a name the lists know.
    private func namesOfRelations(reader: NameReader, context: ScanContext) -> [Finding] {
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
            guard Self.relationsBeforeParentheses.contains(where: { found >= $0.count && Scalars.hasPrefix(bytes, at: found - $0.count, $0) }) else { continue }
            var p = open
            if Scalars.hasPrefix(bytes, at: p, Array("故".utf8)) { p += 3; while bytes[safe: p] == 0x20 { p += 1 } }
            var items: [NameReader.Name] = []
            while p < close, let read = reader.nameAfter(p), read.range.lowerBound == p, read.range.upperBound <= close {
                let surface = Array(bytes[read.range])
                let known = read.parts == 2 ? familyNames.contains(read.firstPart(bytes)) || givenNames.contains(read.lastPart(bytes))
                    : givenNames.contains(surface) || familyNames.contains(surface)
                guard known, !notNames.contains(surface), !kanaFunctionWords.contains(surface), accept(read, context: context, honorific: true) else { items = []; break }
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
    /// are written (`新納 キヨ`, `竹ノ内 ハツエ`, `濵﨑 フミ子`): a letter's signature.
    private func katakanaGivenNameLines(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for line in reader.nonEmptyLines() {
            guard let space = bytes[line].firstIndex(of: 0x20) else { continue }
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
            var given = space + 1
            let givenStart = given
            var kana = 0
            while given < line.upperBound, context.text.wasKatakana(given), let (_, length) = Scalars.at(bytes, given) { given += length; kana += 1 }
            if Scalars.hasPrefix(bytes, at: given, Array("子".utf8)) { given += 3 }
            guard (2...4).contains(kana), given == line.upperBound else { continue }
            let familyKnown = familyNames.contains(bytes[family])
            let givenKnown = givenNames.contains(bytes[givenStart..<given])
            guard familyKnown || givenKnown, !notNames.contains(bytes[family]), !reader.isOrganisation(Array(bytes[family])) else { continue }
            result.append(context.finding(.person, line, confidence: 0.7, rule: "person.katakana-given-line"))
        }
        return result
    }

    /// A handle, nickname or reading right before a known kanji name in parentheses: `ゆうき(佐々木)`,
    /// `みつ（満田）`, `ナカガワ（中川）`, `Tomo（有村智也）`: both are the person.
    private func namesBesideTheirKanji(reader: NameReader, context: ScanContext) -> [Finding] {
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
                  script != .latin || !Self.englishNotNames.contains(String(decoding: surface, as: UTF8.self)) else { continue }
            result.append(context.finding(.person, inner.range, confidence: 0.65, rule: "person.beside-kanji"))
            result.append(context.finding(.person, start..<end, confidence: 0.65, rule: "person.beside-kanji"))
        }
        return result
    }

    /// Notes in parentheses that, like a family relation, say the name before them is a person's (照屋（本人）).
    private static let relationNotes: Set<[UInt8]> = Set(["本人", "義父", "義母", "義兄", "義姉", "義弟", "義妹", "配偶者", "父親", "母親", "三男", "三女", "長男の嫁"].map { Array($0.utf8) })

    private static let relationsBeforeParentheses: [[UInt8]] = (PersonCueTables.relations.prefix(30) + ["私", "わたし", "子", "子ども", "子供", "夫婦", "さん",
        "本人", "家族", "孫"]).map { Array($0.utf8) }

    /// A mention of a handle in lower case (@iwasaki, RT @kei_hirose:): the handle when it,
    /// or one of its parts split at _ . -, is a name's romaji the lists know.
    private func mentionHandles(reader: NameReader, context: ScanContext) -> [Finding] {
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
            guard parts.contains(where: { $0.count >= 3 && !$0.contains(where: ByteClass.isDigit) && (familyNames.contains($0) || givenNames.contains($0))
                                          && !Self.memoHeadings.contains(Array($0)) && !NameReader.commonEnglish.contains(String(decoding: $0, as: UTF8.self)) }) else { continue }
            result.append(context.finding(.person, k..<end, confidence: 0.65, rule: "person.mention"))
            k = end
        }
        return result
    }

    private static let writtenAs = Array("と書いて".utf8)
    private static let readAs: [[UInt8]] = ["と読", "って読"].map { Array($0.utf8) }
    private static let readEndings: [[UInt8]] = ["って", "と"].map { Array($0.utf8) }

    /// A name spelled out (voice input, forms): `東と書いてひがしと読みます`, `七音と書いてどれみ
    /// って読む`: the kanji before と書いて and the kana before と読む are the name and its reading,
    /// when either is a name the lists know.
    private func spelledNames(reader: NameReader, context: ScanContext) -> [Finding] {
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

    /// What follows a kanji named as one of a name's characters: 佐藤の佐は, 近藤の近いに,
    /// 西ノ園の園って, 上原の上という字.
    private static let characterExplanations: [[UInt8]] = ["は", "に", "って", "の字", "という", "と書", "い", "です", "、"].map { Array($0.utf8) }

    /// A name explained character by character (voice input, phone notes): `佐藤の佐はにんべん`,
    /// `近藤の近いに藤です`: a kanji word followed by の and one of its own characters, which
    /// only a spelled name does.
    private func namesExplainedByCharacter(reader: NameReader, context: ScanContext) -> [Finding] {
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

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            guard let first = bytes[i...].firstIndex(of: needle[0]) else { return nil }
            if first + needle.count <= bytes.count, bytes[first..<(first + needle.count)].elementsEqual(needle) { return first }
            i = first + 1
        }
        return nil
    }

    /// A signature's name line (澤井 / サービスフロント, 澤井（サービス）, 澤井 | 営業部): a known
    /// name at the start of a line, followed by a slash, a bar or a note in parentheses, on a
    /// line right after a separator (――, --, ＿＿) or among the last three lines of the text.
    private func signatureLines(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private static func isSeparatorLine(_ line: Range<Int>, _ bytes: [UInt8]) -> Bool {
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
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Arrows of a memo (→, ⇒, normalised).
    private static let arrows: [[UInt8]] = ["→", "⇒", "->"].map { Array($0.utf8) }
    private static let closing = Array("以上".utf8)

    /// Staff in a memo's hand-offs (受付→野々村, 見積 → 下園, →桜へ伝達済み) and in its closing
    /// (以上、坂元): a known family name after an arrow, ending its word (a line's end, a space,
    /// punctuation or a particle), never a place (見積→東京本社へ).
    private func memoHandOffs(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private static let countNumerals: Set<Unicode.Scalar> = ["二", "三", "四", "五", "六", "七", "八", "九", "十", "2", "3", "4", "5", "6", "7", "8", "9"]

    /// Known family names listed before a head count (遠藤、青木、藤井の三名で, 松本・井上の2人が):
    /// two items or more, each a known family name filling its item.
    private func countedLists(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private static let or = Array("または".utf8)

    private func pairedNames(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private func withKanaGivenName(_ finding: Finding, reader: NameReader, context: ScanContext) -> Finding {
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
        guard let script = reader.script(at: p), script == .hiragana || script == .katakana else { return finding }
        let kanaStart = p
        var count = 0
        while count < 5, reader.script(at: p) == script, let (_, length) = Scalars.at(bytes, p) { p += length; count += 1 }
        let kanaEnd = p
        var ko = false
        if Scalars.hasPrefix(bytes, at: p, Array("子".utf8)) { p += 3; ko = true }
        guard (1...4).contains(count), ko || (count >= 2 && givenNames.contains(bytes[kanaStart..<kanaEnd])) else { return finding }
        // 永吉 さん: an honorific after a space is no given name (さん, さま, くん, ちゃん are names too).
        if !ko, Self.honorifics.contains(where: { bytes[kanaStart..<kanaEnd].elementsEqual($0) }) { return finding }
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

    private static func isArrow(_ scalar: Unicode.Scalar) -> Bool { scalar == "→" || scalar == "⇒" || scalar == "➡" }

    /// What staff do, written right after their name in a memo (有村見積済, 大城手配中, 濵田受).
    private static let memoActions: [[UInt8]] = ["手配", "見積", "発注", "承認", "持込", "持ち込", "聞取", "聞き取", "代行", "折返", "折り返", "受",
        "休み", "不在", "同席", "保管", "訪問", "謝罪", "引取", "引き取", "作成", "入力", "記録", "出張", "研修", "外出", "直行", "直帰", "説明",
        "案内", "回収", "送付", "返却", "預り", "預かり", "受領", "手続", "申請", "納車", "立会", "立ち会"].map { Array($0.utf8) }

    /// Words after a staff name in a memo: 確認済, 対応, より報告, へ引継ぎ.
    private static let memoVerbs: [[UInt8]] = ["確認", "対応", "担当", "済", "より報告", "より連絡", "に報告", "へ引継", "へ引き継", "に引継", "に引き継",
                                              "へ連絡", "に連絡", "から連絡", "から報告", "宛"].map { Array($0.utf8) }

    /// Names listed beside one already found, in the same list of the same line: `吉田（部長）、
    /// 東、前田、松下`, `参加者: 橋口・永田・岩切・末吉`. Each must be a known family name filling
    /// its item; one found name vouches for the list.
    private func listMates(of found: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var taken = Set(found.map(\.normalizedRange.lowerBound.utf8))
        for finding in found where finding.label == .person {
            let range = finding.normalizedRange.utf8
            // Forwards: skip a title or a parenthesis after the name, then item after item.
            var p = range.upperBound
            for _ in 0..<12 {
                p = skippingListDecoration(bytes, from: p, reader: reader)
                guard let (separator, length) = Scalars.at(bytes, p), Self.listSeparators.contains(separator) else { break }
                p += length
                while bytes[safe: p] == 0x20 { p += 1 }
                guard let name = listItem(at: p, reader: reader, context: context) else { break }
                if taken.insert(name.range.lowerBound).inserted {
                    result.append(context.finding(.person, name.range, confidence: 0.6, rule: "person.list"))
                }
                p = name.range.upperBound
            }
        }
        return result
    }

    /// A known family name that fills a list item (its end is a separator, a parenthesis, a
    /// title, a space or the line's end).
    private func listItem(at start: Int, reader: NameReader, context: ScanContext) -> NameReader.Name? {
        let bytes = reader.bytes
        guard reader.script(at: start) == .kanji, let name = knownFamilyPrefix(at: start, reader: reader) else { return nil }
        let end = name.range.upperBound
        if let (after, _) = Scalars.at(bytes, end), ScriptClass.of(after) == .kanji, !isTitleOrHonorific(at: end, reader: reader) { return nil }
        if let (after, _) = Scalars.at(bytes, end), ScriptClass.of(after) == .hiragana, !isTitleOrHonorific(at: end, reader: reader) { return nil }
        guard accept(name, context: context, honorific: false), !placeLike(name, bytes) else { return nil }
        return name
    }

    private func skippingListDecoration(_ bytes: [UInt8], from start: Int, reader: NameReader) -> Int {
        var p = start
        for _ in 0..<2 {
            if bytes[safe: p] == 0x28, let close = bytes[p..<min(p + 30, bytes.count)].firstIndex(of: 0x29), !bytes[p..<close].contains(0x0A) { p = close + 1; continue }
            if isTitleOrHonorific(at: p, reader: reader) {
                while reader.script(at: p) == .kanji || reader.script(at: p) == .hiragana, let (_, length) = Scalars.at(bytes, p) {
                    p += length
                    if let (next, _) = Scalars.at(bytes, p), Self.listSeparators.contains(next) { break }
                }
                continue
            }
            break
        }
        return p
    }

    private static let listSeparators: Set<Unicode.Scalar> = ["、", ",", "・", "/"]

    /// A part ending in 市/区/県/郡 (or three or more characters ending in 町/村) is a place.
    private func placeLike(_ name: NameReader.Name, _ bytes: [UInt8]) -> Bool {
        for part in [name.firstPart(bytes), name.lastPart(bytes)] {
            guard let (last, _) = Scalars.before(part, part.count) else { continue }
            if "市区県郡府都道".unicodeScalars.contains(last) { return true }
            if "町村".unicodeScalars.contains(last) && Scalars.count(part, 0..<part.count) >= 3 { return true }
            // 紫原 三丁目: a block of an address.
            if part.count >= 6, part.suffix(6).elementsEqual(Array("丁目".utf8)) || part.suffix(6).elementsEqual(Array("番地".utf8)) { return true }
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
            case 0xE3 where i + 2 < bytes.count && bytes[i + 1] == 0x81:
                let last = bytes[i + 2]
                if (last == 0xAE || last == 0x9F) && reader.script(at: i) == .hiragana { starts.append(i + 3) }  // の た
                // Voice input runs sentences together: after です/ます, はい, えっと, こちら
                // (しまぶくろです島に袋ですはい島袋です) a known family name may start the next.
                if i >= 3, bytes[i - 3] == 0xE3, bytes[i - 2] == 0x81,
                   (last == 0x99 && (bytes[i - 1] == 0xA7 || bytes[i - 1] == 0xBE))      // です ます
                    || (last == 0x84 && bytes[i - 1] == 0xAF)                            // はい
                    || (last == 0xA8 && bytes[i - 1] == 0xA3) {                          // っと
                    starts.append(i + 3)
                }
                if last == 0xA7 || last == 0xA8 { markers.append(i) }  // で と
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
            // `Perera です`, `カルロス ヒガ です`: voice and chat put a space before です.
            let introAt = bytes[safe: end] == 0x20 ? end + 1 : end
            // (Hiragana names are read by kanaNamesBeforeCues; katakana デス is no introduction.)
            guard name.script != .hiragana, reader.script(at: introAt) == .hiragana else { continue }
            let plain = Self.introductions.first(where: { Scalars.hasPrefix(bytes, at: introAt, $0) })
            let loose = plain == nil && Scalars.hasPrefix(bytes, at: introAt, Array("です".utf8)) && endsSentence(bytes, at: introAt + 6)
            guard let intro = plain ?? (loose ? Array("です。".utf8) : nil) else { continue }
            let strong = intro.count > 9 // と申します / でございます
            // 鹿屋の吾平町の蔵満です, 指宿の今給黎です: after a place and の, a family name nobody
            // listed introduces its speaker too.
            let afterPlace = name.script == .kanji && name.parts == 1 && isUnlistedFamilyName(name.range, reader: reader, context: context)
                && placeBeforeNo(name.range.lowerBound, reader: reader)
            // After の or た (お電話した川畑です) only a known family name counts: 確認です, 相談です.
            let known = familyNames.contains(name.firstPart(bytes)) || name.parts == 2 || name.script == .latin
                || (name.script == .katakana && (givenNames.contains(bytes[name.range]) || Array(bytes[name.range]).containsMiddleDot))
            let early = lineStarts.contains(lineStart) || reader.followsGreeting(lineStart)
            // A foreign resident's katakana name (シルバです, グエン・ティ・ハーです): any katakana
            // word that is not a loanword, at a line start, after a greeting or after わたしは.
            let foreign = name.script == .katakana && Scalars.count(bytes, name.range) >= 2 && !isLoanword(name, bytes)
                && (early || announced.contains(lineStart) || clauseStarts.contains(lineStart))
            guard known || foreign || afterPlace || (!loose && strong && clauseStarts.contains(lineStart)) || (!loose && early && name.script == .kanji && Scalars.count(bytes, name.range) <= 3 && !notNames.contains(name.firstPart(bytes)) && intro != Array("です、".utf8)) else { continue }
            if !clauseStarts.contains(lineStart) && !familyNames.contains(name.firstPart(bytes)) && name.script == .kanji && !afterPlace { continue }
            // One kanji is a name only when the lists know it and it says so itself: 堀でございます,
            // 岸と申します.
            // 林です。水曜10時で…, 西です。: or, opening a message or a line, a listed one.
            guard name.script != .kanji || Scalars.count(bytes, name.range) >= 2
                    || (strong && familyNames.contains(bytes[name.range]))
                    || (lineStarts.contains(lineStart) && name.range.lowerBound == lineStart && familyNames.contains(bytes[name.range])
                        && [Array("です。".utf8), Array("です!".utf8), Array("です\n".utf8)].contains(intro))
                    // はい 森 です, 整備 の 谷 です, 失礼します 宮 です: spaced speech after a filler.
                    || (familyNames.contains(bytes[name.range]) && bytes[safe: name.range.lowerBound - 1] == 0x20 && bytes[safe: end] == 0x20
                        && (Self.speechLeads.contains { lead in name.range.lowerBound - 1 >= lead.count && bytes[(name.range.lowerBound - 1 - lead.count)..<(name.range.lowerBound - 1)].elementsEqual(lead) }
                            || spokenRole(before: name.range.lowerBound - 1, reader: reader))) else { continue }
            guard accept(name, context: context, honorific: false),
                  name.script != .latin || !Self.englishNotNames.contains(String(decoding: bytes[name.range], as: UTF8.self)) && !Self.memoHeadings.contains(Array(bytes[name.range])) else { continue }
            result.append(context.finding(.person, name.range, confidence: confidenceFor(name, base: strong ? 0.75 : 0.6), rule: "person.introduction"))
        }
        return result
    }

    /// Whether a place and の end right before `offset` (指宿の|, 吾平町の|, 鹿児島市の|).
    private func placeBeforeNo(_ offset: Int, reader: NameReader) -> Bool {
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
    private static let kanaNameCues: [[UInt8]] = ["と申", "ともうし", "と 申", "です", "でございます", "さん", "さま", "様", "くん", "ちゃん",
        "から電話", "から連絡", "から伝言", "と名乗", "となの", "と もうし",
        // あのヤマグチって営業がさ, タナカという方: a name said about someone.
        "って人", "って方", "って営業", "って担当", "っていう人", "っていう方", "という人", "という方", "って 人", "って 営業"].map { Array($0.utf8) }
    /// The scan below looks at every byte, and almost no kana or kanji starts a cue: their
    /// first characters rule most bytes out before the cues are compared.
    private static let kanaNameCueLeads = PatternLeads(kanaNameCues)
    /// What may stand right before a kana name inside a run of hiragana: fillers and particles
    /// (えっとたかはしです, 名前はふじたです, 営業のやまぐちさん).
    private static let kanaNameLeaders: [[UInt8]] = ["えっと", "えーと", "えと", "あの", "あのー", "はい", "もしもし", "どうも", "すみません",
        "すいません", "わたし", "あたし", "ぼく", "おれ", "なまえは", "なまえわ", "わたしは", "わたしわ", "は", "の", "が",
        "なります", "おります"].map { Array($0.utf8) }

    /// Kanji words after which a particle leads to a name: 名前はふじたです, 営業のやまぐちさん.
    private static let nameAnnouncers: [[UInt8]] = ["名前", "私", "営業", "整備", "担当", "受付", "店長", "主人", "息子", "娘", "妻", "夫"].map { Array($0.utf8) }

    /// Names written in hiragana (or katakana), as voice input and chat write them: a known
    /// family or given name reading right before a cue, standing as a word or after a filler
    /// or particle; `すずき まさこ` takes the given name after a space too.
    private func kanaNamesBeforeCues(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var lastEnd = 0
        var i = 0
        while i + 3 <= bytes.count {
            guard Self.kanaNameCueLeads.mayStart(bytes, at: i), let cue = Self.kanaNameCues.first(where: { Scalars.hasPrefix(bytes, at: i, $0) }) else { i += 1; continue }
            defer { i += cue.count }
            var end = i
            if end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > lastEnd, let (_, last) = Scalars.before(bytes, end), let script = reader.script(at: last),
                  script == .hiragana || script == .katakana else { continue }
            // さん, です after katakana: only a katakana name (ニッサンです is a word).
            let runStart = reader.runStart(endingAt: end, script: script, limit: 12)
            let strongCue = cue != Array("です".utf8) && cue != Array("でございます".utf8)
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
            guard Scalars.count(bytes, start..<end) >= 3 || (Scalars.count(bytes, start..<end) == 2 && start == runStart && reader.isWordStart(start)),
                  !notNames.contains(Array(surface)), !Self.spokenDigits.contains(where: { surface.elementsEqual($0) }) else { continue }
            // 品川 さんまるまる: さん read out in a number.
            if cue == Array("さん".utf8), Self.spokenNumberWords.contains(where: { Scalars.hasPrefix(bytes, at: i + cue.count, $0) }) { continue }
            // いくらですか, いいです, ほしいです: everyday words, unless a strong cue (と申します, さん)
            // or a word that announces a name (名前は) says otherwise.
            let weakCue = cue == Array("です".utf8) || cue == Array("でございます".utf8)
            let announced = Self.nameAnnouncers.contains { word in start >= word.count + 3 && bytes[(start - word.count - 3)..<(start - 3)].elementsEqual(word) }
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
    private func isKanaFullName(_ candidate: ArraySlice<UInt8>) -> Bool {
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

    /// Kana that can end the word before a name in running kana (確かおおたさん, じゃなくて
    /// まつおかさん): particles and sentence ends.
    private static let kanaWordEnds = Set("はがのもをにとでてかねよなうし".unicodeScalars)

    private func longestKnownKanaName(endingAt end: Int, runStart: Int, reader: NameReader, strongCue: Bool = false) -> Range<Int>? {
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
                if start == runStart ? runStartsWord : Self.kanaNameLeaders.contains(where: { leader in
                    lead.count >= leader.count && lead.suffix(leader.count).elementsEqual(leader)
                        // A particle leads only after a word that announces a name: 名前は, 営業の, 私が.
                        && (leader.count > 3 || Self.nameAnnouncers.contains { word in
                            runStart >= word.count && bytes[(runStart - word.count)..<runStart].elementsEqual(word) })
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
    private func skippingRoles(_ start: Int, reader: NameReader) -> Int {
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
            guard isRoleWord(word, count: count, next: next, reader: reader) else { break }
            p = next
        }
        return p
    }

    /// Units of a class, a year or a cohort written before a member's name (1年1組 東 りん,
    /// 47期 冨宿 隆, 2年生 迫田).
    private static let cohortUnits: [[UInt8]] = ["年生", "回生", "年", "組", "期", "班"].map { Array($0.utf8) }

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
    private func rosterNames(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private static let ageUnits: [[UInt8]] = ["さい", "歳", "才", "か月", "ヶ月", "ヵ月"].map { Array($0.utf8) }
    private static let schoolYears: [[UInt8]] = ["小", "中", "高", "年中", "年長", "年少"].map { Array($0.utf8) }

    /// A name right before its age or school year in parentheses (金賞：ゆいな（6さい）,
    /// 川畑 優奈（小2）): a known kana given name, a katakana word that is no loanword, or a
    /// kanji name the lists know.
    private func namesBeforeAges(reader: NameReader, context: ScanContext) -> [Finding] {
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

    /// Names as mail writes them around an address: a quoted display name before `<`
    /// (`From: "Garcia, Maria" <maria@…>`, `"山田 太郎" <…>`), and the writer of a quoted
    /// message (`On Mon, Dec 1, 2026 at 10:41 AM Hiroshi Yamauchi <…> wrote:`).
    private func mailNames(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private func isRoleAlone(_ name: NameReader.Name, reader: NameReader) -> Bool {
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
    private func wordEnd(from start: Int, reader: NameReader) -> (end: Int, count: Int) {
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
    private func isRoleWord(_ word: ArraySlice<UInt8>, count: Int, next: Int, reader: NameReader) -> Bool {
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
    private static let nameQuoteAnnouncers: [[UInt8]] = ["名前", "名札", "表記", "読み方", "氏名", "使用者名", "所有者名", "名義", "署名", "呼び名",
        "なまえ"].map { Array($0.utf8) }
    private static let quoteParticles: [[UInt8]] = ["は", "が", "も", "では", "を"].map { Array($0.utf8) }

    /// A name quoted after a word that announces it (名前が「斉藤」になっていました, 名札は"いまむら",
    /// 読み方は「パク」です): the whole quote, when it reads as a name of one or two parts.
    private func quotedNames(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private static let spacedRoles: Set<[UInt8]> = Set(["総務", "経理", "人事", "庶務", "事務局", "フロント", "サービスフロント", "受付", "新人",
        "作業", "引率", "窓口", "営業", "整備", "メカ", "fa", "sa", "スタッフ", "連絡係", "新担当", "旧担当", "前担当", "後任者",
        "アドバイザー", "サービスアドバイザー", "オペレーター", "発注者", "貸出者", "完成検査",
        "サービス", "bp", "板金", "鈑金", "塗装", "査定", "買取", "配送", "陸送", "保険担当"].map { Array(Normalizer().normalizedKey($0).utf8) })

    /// A known name after a role word and a space anywhere in a line, ended by a particle,
    /// punctuation, a space, a title or the line's end (院長 鎌田 の了承, 管理部 有村 まで,
    /// 専務 竹下 信行). The role must be one (a title, an organisation, a role noun): an unknown
    /// word before a space (鹿児島 中央) is not enough.
    private func namesAfterSpacedRoles(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private func roleLines(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private static let englishCues = PersonCueTables.englishCueWords.map { Array($0.utf8) }
    /// Closing lines after which a line with only a name is the signature.
    private static let englishClosings: [[UInt8]] = ["thank you", "thanks", "regards", "best", "sincerely", "cheers", "best wishes"].map { Array($0.utf8) }

    /// Latin names in English text: after a cue (I'm Lucas Oliveira, my husband Raj), before
    /// -san/-sama (Tanaka-san), and a line of one to three capitalised words closing a message
    /// after a closing line (Thank you. / Tom) or above a mail address or number.
    private func latinNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        func take(_ read: NameReader.Name, _ rule: String, _ confidence: Double) {
            // My husband Raj has …: the name is the capitalised words only.
            let name = capitalizedPrefix(read, reader: reader)
            guard name.script == .latin, reader.isCapitalized(name), !reader.hasCommonEnglishWord(name),
                  !Self.englishNotNames.contains(String(decoding: bytes[name.range.lowerBound..<name.firstPartEnd], as: UTF8.self)) else { return }
            result.append(context.finding(.person, name.range, confidence: confidence, rule: rule))
        }
        for (hit, cue) in context.candidates[.englishCues].lazy.map({ ($0.range, Self.englishCues[$0.pattern]) }) {
            guard reader.isWordStart(hit.lowerBound), let read = reader.nameAfter(hit.upperBound), read.range.lowerBound == hit.upperBound else { continue }
            let name = capitalizedPrefix(read, reader: reader)
            // hi/hello/dear X: a greeting names the reader (Hi Sam,) or the writer (Hi, Sam here).
            let greeting = cue.first == 0x68 || cue.first == 0x64
            if greeting {
                let after = bytes[name.range.upperBound...]
                guard after.starts(with: Array(" here".utf8)) || after.first == 0x2C || after.first == 0x0A || after.first == 0x21 else { continue }
            }
            take(name, "person.english-cue", 0.7)
        }
        // Tanaka-san, Suzuki-sama (normalised: tanaka-san).
        for hit in context.candidates[.englishHonorifics].lazy.map(\.range) {
            guard !ByteClass.isAlnum(bytes[safe: hit.upperBound] ?? 0x20), let name = reader.nameBefore(hit.lowerBound),
                  name.range.upperBound == hit.lowerBound else { continue }
            take(name.parts == 2 ? name.lastPartOnly() : name, "person.english-honorific", 0.7)
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
    private func kanaSignatures(reader: NameReader, context: ScanContext) -> [Finding] {
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

    // MARK: How a message opens and closes with its writer

    /// What voice input and short messages say their writer with, when no list knows the name:
    /// a foreign resident's katakana name alone on the last line, under a sentence
    /// (…いいですか。⏎ロペス, ⏎サントス 080-…); a hiragana name with です closing the text
    /// after a space (…お願いできますか しもぞのです); and one opening it (とこなべですけど 来週の…,
    /// もしもし ひがしまるです).
    private func signOffs(reader: NameReader, context: ScanContext) -> [Finding] {
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
                result.append(context.finding(.person, p..<nameEnd, confidence: 0.6, rule: "person.opening-name"))
            }
        }
        return result
    }

    private static let yori = Array("より".utf8)
    private static let no = Array("の".utf8)
    private static let closingCopulas: [[UInt8]] = ["です", "でした", "でございます"].map { Array($0.utf8) }
    private static let desu = Array("です".utf8)
    private static let openingTails: [[UInt8]] = ["けども", "けど", "が"].map { Array($0.utf8) }
    private static let openingFillers: [[UInt8]] = ["もしもし", "あのー", "あの", "えーと", "えっと", "えー", "はい"].map { Array($0.utf8) }
    /// Endings of what is said before です that no name has: ほしいです, のままです, とのことです,
    /// いるそうです, みたいです, (しょうわ…)うまれです, よていです.
    private static let copulaPhraseEnds: [[UInt8]] = ["い", "ん", "っ", "こと", "まま", "そう", "はず", "ところ", "もの", "のみ", "だけ", "ほう", "さま", "さん", "ー",
        "うまれ", "そだち", "しゅっしん", "よてい", "ちゅう", "ずみ"].map { Array($0.utf8) }
    private static let spokenNumberPieces: [[UInt8]] = spokenDigits + ["に", "にい", "にー", "ご", "ごお", "ごー", "し", "く", "よ", "の"].map { Array($0.utf8) }

    /// Whether a hiragana word before です is a name said aloud: two to seven kana, no
    /// function word or adjective unless a name list knows it (あらき, はやし), not a number read
    /// out (いちにいさんご), not the end of a phrase (ほしい, のまま).
    private func isVoicedName(_ range: Range<Int>, reader: NameReader) -> Bool {
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
    private static func isSpokenNumber(_ kana: ArraySlice<UInt8>) -> Bool {
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
    private func capitalizedPrefix(_ name: NameReader.Name, reader: NameReader) -> NameReader.Name {
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
    private static let englishNotNames: Set<String> = ["from", "not", "a", "an", "the", "in", "at", "on", "so", "very", "also", "still", "just",
        "mom", "mum", "dad", "sir", "madam",
        "here", "there", "looking", "interested", "going", "sorry", "happy", "glad", "sure", "ok", "okay", "fine", "new", "married", "single",
        "japanese", "chinese", "korean", "vietnamese", "filipino", "nepali", "nepalese", "brazilian", "american", "indian", "british", "french",
        "german", "italian", "spanish", "peruvian", "indonesian", "thai", "muslim", "christian", "buddhist", "hindu", "jewish", "catholic",
        "gay", "lesbian", "bisexual", "trans", "black", "white", "asian", "i", "kurdish", "turkish", "ghanaian", "nigerian", "russian", "ukrainian",
        "hawaiian", "native", "mongolian", "burmese", "sri", "pakistani", "bangladeshi", "vegetarian", "vegan", "jain", "deaf", "blind", "disabled", "pregnant", "retired", "living",
        "working", "calling", "writing", "planning", "thinking", "wondering", "asking", "about", "regarding", "your", "our", "my", "his", "her",
        "their", "we", "you", "they", "it", "he", "she", "mr", "mrs", "ms", "dr", "customer", "staff", "team", "nissan", "dealer", "hi", "hello"]

    /// Chat speaker labels: the same short name at the start of two or more lines before a
    /// colon (ゆい：…, Lisa: …). A label that is a role, a form field or a common word is not.
    /// After a chat time stamp and its space (`10:30 `, `[10:30] `), or nil.
    private static func afterTimeStamp(_ bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        var p = start
        if bytes[safe: p] == 0x5B { p += 1 }
        var digits = 0
        while p < limit, ByteClass.isDigit(bytes[p]) || bytes[p] == 0x3A { if ByteClass.isDigit(bytes[p]) { digits += 1 }; p += 1 }
        guard (3...4).contains(digits) else { return nil }
        if bytes[safe: p] == 0x5D { p += 1 }
        guard bytes[safe: p] == 0x20 || bytes[safe: p] == 0x09 else { return nil }
        return p + 1
    }

    /// Past emoji and other symbols of four-byte UTF-8 (and variation selectors) decorating a
    /// chat name, at most four of them.
    private static func skippingDecoration(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
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

    // MARK: Tables

    /// A line that is only a list of surnames (営業一同⏎蒲生／伊地知／大迫／大久保／迫田): three
    /// items or more, each one to four kanji, most of them family names the lists know; the
    /// others are surnames too.
    private func surnameLines(reader: NameReader, context: ScanContext) -> [Finding] {
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
                result.append(context.finding(.person, r, confidence: 0.65, rule: "person.surname-line"))
            }
        }
        return result
    }

    /// Marks of an attendance list (〇 日高, × 堀ノ内（研修）), normalised.
    private static let attendanceMarks: [[UInt8]] = ["〇", "○", "◯", "×", "✕", "△", "◎"].map { Array(Normalizer().normalizedKey($0).utf8) }

    /// An attendance list: two lines or more that open with a mark and a space, each then
    /// holding one name (known or not), perhaps with a note in parentheses.
    private func attendanceLists(reader: NameReader, context: ScanContext) -> [Finding] {
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

    /// Weekdays that open a roster's line (月曜：葛西, 火曜日: 服部さん, (水): 新田).
    private static let weekdays: Set<Unicode.Scalar> = ["月", "火", "水", "木", "金", "土", "日"]
    private static let weekdaySuffixes: [[UInt8]] = ["曜日", "曜"].map { Array($0.utf8) }

    /// Whether a line's key names a slot that people fill: a weekday (月曜, 火曜日, (水), 12/8(火))
    /// or a column of people (受付, 営業, 早番).
    private func isDutyKey(_ key: Range<Int>, _ bytes: [UInt8]) -> Bool {
        let word = Array(bytes[key])
        if Self.personColumns.contains(word) { return true }
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

    /// A roster written as lines (月曜：葛西⏎火曜：服部さん, 受付：天野／日向⏎営業：日下部、朝倉):
    /// two lines or more whose key is a weekday or a column of people, each followed by one
    /// name or a list of them. Each item fills the place of a name (known or not, never a
    /// common word such as 定休 or 外部委託); one known family name among them vouches for the
    /// roster.
    private func dutyLines(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var items: [(read: NameReader.Name, honorific: Bool)] = []
        var keyed = 0, vouched = false
        for line in reader.nonEmptyLines() {
            // The key ends at the first colon, within a few characters of the line's start.
            guard let colon = bytes[line.lowerBound..<min(line.upperBound, line.lowerBound + 24)].firstIndex(of: 0x3A) else { continue }
            let key = Self.trimmingSpaces(line.lowerBound..<colon, bytes)
            guard !key.isEmpty, isDutyKey(key, bytes) else { continue }
            keyed += 1
            var start = colon + 1
            while start <= line.upperBound {
                var end = start
                while end < line.upperBound {
                    let b = bytes[end]
                    if b == 0x2C || b == 0x2F { break }
                    if b == 0xE3, end + 2 < line.upperBound, (bytes[end + 1] == 0x80 && bytes[end + 2] == 0x81) || (bytes[end + 1] == 0x83 && bytes[end + 2] == 0xBB) { break }
                    end += 1
                }
                let item = Self.trimmingSpaces(start..<end, bytes)
                defer { start = end + (bytes[safe: end] == 0xE3 ? 3 : 1) }
                guard !item.isEmpty, let read = reader.nameAfter(item.lowerBound), read.range.lowerBound == item.lowerBound,
                      read.range.upperBound <= item.upperBound else { continue }
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
        guard keyed >= 2, vouched else { return [] }
        return items.compactMap { item in
            fillsPlaceOfName(item.read, reader: reader, context: context, honorific: item.honorific)
                ? context.finding(.person, item.read.range, confidence: familyNames.contains(item.read.firstPart(bytes)) ? 0.7 : 0.65, rule: "person.duty-line") : nil
        }
    }

    /// Headers of a table's columns that hold people (日付|受|相手|内容|担当).
    private static let personColumns: Set<[UInt8]> = Set(["受", "受付", "担当", "担当者", "相手", "対応", "対応者", "氏名", "名前", "お名前", "顧客",
        "顧客名", "お客様", "お客様名", "客", "入力者", "記入者", "作業者", "営業", "担当営業", "整備", "整備士", "メカ", "当番", "早番", "遅番", "日直", "宿直", "補助", "代理", "name", "staff", "customer"].map { Array(Normalizer().normalizedKey($0).utf8) })
    /// A roster's key column: its rows are days, its other cells people.
    private static let rosterKeys: Set<[UInt8]> = Set(["曜日", "曜"].map { Array($0.utf8) })
    private static let dateKeys: Set<[UInt8]> = Set(["日付", "日", "月日", "時間", "時刻", "備考", "内容", "用件", "場所"].map { Array($0.utf8) })
    /// Characters that split a table's cells: | (｜ normalised), a tab, a comma.
    private static let cellSeparators: [UInt8] = [0x7C, 0x09, 0x2C]

    /// A table written as text (a call log pasted from a spreadsheet, CSV): under a header with
    /// a column of people (受, 担当, 相手), each row's cell in that column is a name when it is
    /// one name-shaped word (岩元, 假屋様, ｵｵﾄﾓ様), known or not; - and (名乗らず) are no names.
    private func tableColumns(reader: NameReader, context: ScanContext) -> [Finding] {
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
    private static func cells(of line: Range<Int>, bytes: [UInt8]) -> (ranges: [Range<Int>], separator: UInt8?, count: Int) {
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
    private static func trimmingAttendanceMark(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        guard let mark = attendanceMarks.first(where: { range.count > $0.count && bytes[(range.upperBound - $0.count)..<range.upperBound].elementsEqual($0) }) else { return range }
        return range.lowerBound..<(range.upperBound - mark.count)
    }

    private static func trimmingSpaces(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    /// The name filling a table cell, with or without an honorific after it.
    private func cellName(_ cell: Range<Int>, reader: NameReader, context: ScanContext) -> Finding? {
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
    private func fillsPlaceOfName(_ read: NameReader.Name, reader: NameReader, context: ScanContext, honorific: Bool) -> Bool {
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

    private func speakerLabels(reader: NameReader, context: ScanContext) -> [Finding] {
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
            guard let name = reader.nameAfter(start), name.range.lowerBound == start || name.range.lowerBound == start + 1 else { continue }
            var p = Self.skippingDecoration(bytes, from: name.range.upperBound, limit: lineEnd)
            // 13:03⇥Miyu⇥了解！: an export with tabs between the time, the speaker and the message.
            if timed, bytes[safe: name.range.lowerBound - 1] == 0x09, bytes[safe: name.range.upperBound] == 0x09, name.range.upperBound + 1 < lineEnd {
                labels[Array(bytes[name.range]), default: []].append(name.range)
                continue
            }
            // 宿（受付）: , ミキ(店長): : a role in parentheses between the speaker and the colon.
            if let end = Self.noteEnd(bytes, at: p, limit: lineEnd),
               bytes[safe: end] == 0x3A || (bytes[safe: end] == 0x20 && bytes[safe: end + 1] == 0x3A) { p = end }
            // ゆっこ💐 9:12 おはよう…, まゆみ(経理) 12:03 …: a chat export puts the time after the
            // speaker (and a team in parentheses) instead of a colon.
            var q = p
            if let end = Self.noteEnd(bytes, at: q, limit: lineEnd) { q = end }
            if bytes[safe: q] == 0x20, let afterTime = Self.afterTimeStamp(bytes, from: q + 1, limit: lineEnd), afterTime < lineEnd,
               !bytes[name.range.upperBound..<q].contains(0x3A) {
                labels[Array(bytes[name.range]), default: []].append(name.range)
                continue
            }
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
        for (surface, ranges) in labels where ranges.count >= 2 || exchange {
            // 陸: / 海: : one kanji speaks only in a conversation.
            guard let first = ranges.first, let name = reader.nameAfter(first.lowerBound),
                  Scalars.count(bytes, first) >= 2 || (conversation && reader.script(at: first.lowerBound) == .kanji),
                  !notNames.contains(surface), !Self.fieldLabels.contains(surface), !Self.relations.contains(surface),
                  !Self.titles.contains(surface),
                  // ［氏名］さん: an honorific left after a redacted name (the text folds katakana
                  // to hiragana, so チャン: is told by its script).
                  !(name.script == .hiragana && Self.honorifics.contains(surface)) else { continue }
            switch name.script {
            case .latin: guard reader.isCapitalized(name), !reader.hasCommonEnglishWord(name), !Self.englishNotNames.contains(String(decoding: surface, as: UTF8.self)) else { continue }
            case .katakana: guard !isLoanword(name, bytes) else { continue }
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

    /// How many parts a katakana name with ・ has, and how many of them are loanwords.
    private func dottedParts(_ name: NameReader.Name, _ bytes: [UInt8]) -> (parts: Int, loanwords: Int) {
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
    private func isLoanword(_ name: NameReader.Name, _ bytes: [UInt8]) -> Bool {
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
    private func endsSentence(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard let (scalar, _) = Scalars.at(bytes, offset) else { return true }
        switch ScriptClass.of(scalar) {
        case .space, .lineBreak: return true
        default: return scalar.value >= 0x1F000 || "!?♪☆★✨".unicodeScalars.contains(scalar)
        }
    }

    /// `李 娜（リ ナ）`: a kana or latin reading in parentheses right after a name.
    /// A reading is kana or Latin, and a kana one starts with a known name's reading: (長男),
    /// (営業), (リモート) and (上海) are notes, not readings.
    private func readingsInParentheses(after names: [Finding], reader: NameReader, context: ScanContext) -> [Finding] {
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
            case .kanji: return nil
            // Okamura (dealer): a Latin reading is capitalised.
            case .latin: guard reader.isCapitalized(reading), !reader.hasCommonEnglishWord(reading),
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
                guard known, reading.script == .hiragana || !isWholeCompanyWord(reading.range, context: context) else { return nil }
            }
            return context.finding(.person, reading.range, confidence: 0.8, rule: "person.reading")
        }
    }

    private func accept(_ name: NameReader.Name, context: ScanContext, honorific: Bool) -> Bool {
        let bytes = context.text.bytes
        let surface = Array(bytes[name.range])
        // 300名様 is a count.
        if name.range.lowerBound > 0, ByteClass.isDigit(bytes[name.range.lowerBound - 1]) { return false }
        if notNames.contains(surface) || notNames.contains(name.lastPart(bytes)) || notNames.contains(name.firstPart(bytes)) { return false }
        // ［氏名］さん, ［氏名］くん: an honorific left after a redacted name is no name.
        if name.script == .hiragana, Self.honorifics.contains(surface) { return false }
        // A one-character family name must be a known one: 受 鮫島 is not a name.
        // (角 彩, 一 翔: an unlisted one-kanji surname is read when a known given name follows
        // after a space.)
        if name.parts == 2, name.script == .kanji, Scalars.count(bytes, name.range.lowerBound..<name.firstPartEnd) == 1,
           !familyNames.contains(name.firstPart(bytes)),
           !(name.spaced && bytes[safe: name.firstPartEnd] == 0x20 && givenNames.contains(name.lastPart(bytes)) && Scalars.count(bytes, name.range) >= 3
             && !"受済未客担例計他各全同".unicodeScalars.contains(Scalars.at(bytes, name.range.lowerBound)?.0 ?? " ")) { return false }
        if containsCompanyWord(name.range, context: context, kanaOnlyCounts: name.script != .hiragana) { return false }
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

    /// Whether a company word (`names/company-words.tsv`, found by the front end) lies inside
    /// `range`; one-character company words count only at its end: 谷山店, not 店田.
    private func containsCompanyWord(_ range: Range<Int>, context: ScanContext, kanaOnlyCounts: Bool = true) -> Bool {
        let words = context.candidates[.companyWords]
        let bytes = context.text.bytes
        var k = words.firstIndex(startingAtOrAfter: range.lowerBound + 1) { $0.range.upperBound }
        while k < words.count, words[k].range.upperBound <= range.upperBound {
            let word = words[k].range
            k += 1
            // Car models are katakana words (サクラ, モコ): a name written in hiragana (娘の
            // さくら) is not one.
            if !kanaOnlyCounts, !bytes[word].contains(where: { $0 >= 0xE4 }) { continue }
            // One-character company words count only at the end: 谷山店, not 店田.
            if word.lowerBound >= range.lowerBound && (word.count > 3 || word.upperBound == range.upperBound) { return true }
        }
        return false
    }

    /// Whether the name is exactly a company or product word (セレナ), not one that contains it
    /// (マツダ ケンジ is the reading of 松田 健二).
    private func isWholeCompanyWord(_ range: Range<Int>, context: ScanContext) -> Bool {
        let words = context.candidates[.companyWords]
        var k = words.firstIndex(startingAtOrAfter: range.upperBound) { $0.range.upperBound }
        while k < words.count, words[k].range.upperBound == range.upperBound {
            if words[k].range == range { return true }
            k += 1
        }
        return false
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
            let isLinker = scalar == "ヶ" || ((scalar == "の" || scalar == "け") && context.text.wasKatakana(p))
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
            guard let s = script(at: p), s == wanted else { break }
            if wanted == .kanji, p > start, Self.isHonorificKanji(scalar) { break }
            p += length; n += 1
        }
        return p
    }

    func runStart(endingAt end: Int, script wanted: PersonDetector.Script, limit: Int) -> Int {
        var p = end, n = 0, limit = limit
        while n < limit, let (scalar, previous) = Scalars.before(bytes, p) {
            if wanted == .katakana, scalar == "・", script(at: previous) == nil, let (_, beforeDot) = Scalars.before(bytes, previous),
               script(at: beforeDot) == .katakana { p = previous; limit = 16; continue }
            guard script(at: previous) == wanted, !(wanted == .kanji && Self.isHonorificKanji(scalar)) else { break }
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

    static let commonEnglish: Set<String> = ["station", "chuo", "city", "japan", "kagoshima", "nissan", "toyota", "honda", "inc", "co", "ltd",
        "corp", "car", "rental", "the", "of", "and", "visa", "master", "jcb", "amex", "card", "bank", "road", "street", "hotel", "airport",
        "center", "centre", "service", "motor", "motors", "auto", "black", "white", "red", "blue", "silver", "from", "to", "in", "at", "for", "e-power", "power", "note", "serena", "leaf", "sakura", "mail", "tel", "fax", "passport", "no", "license", "licence", "number", "id", "sales", "manager", "director", "department", "trading", "example", "team", "support", "customer", "dear", "regards", "best",
        // Who speaks in a chat export when no person does (Page:, Bot:, Admin:).
        "page", "bot", "admin", "system", "shop", "store", "staff", "sales", "dealer", "official", "info", "guest", "user", "operator", "agent", "me", "you", "messenger",
        // A quoted mail's separator (----- Original Message -----, Forwarded message).
        "original", "message", "forwarded", "reply", "subject", "sent", "date"]

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
        // Latin names may have a third token: Lê Văn Tâm.
        if first == .latin, parts == 2, bytes[safe: end] == 0x20, script(at: end + 1) == .latin {
            end = runEnd(from: end + 1, script: .latin, limit: 20)
        }
        return Name(range: p..<end, script: first, parts: parts, firstPartEnd: firstEnd, bytes: bytes)
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
        "お疲れ様です。", "おつかれさまです。", "いつもありがとうございます。", "失礼します。", "こんにちは!", "お世話になります、", "こんにちは、"].map { Array($0.utf8) }

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
