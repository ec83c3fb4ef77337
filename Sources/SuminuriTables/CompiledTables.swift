import PatternSearch
import TextNormalization

/// Tables compiled from dictionary records: by the build tool for the built-in dictionaries
/// (written into the binary, viewed in place at start-up), or at run time when a user adds
/// records to one of their files.
package protocol CompiledTable: Sendable {
    /// The dictionary files (path prefixes) the table is compiled from.
    static var sources: [String] { get }
    init(compiling dictionaries: some DictionaryRecords, normalizer: Normalizer) throws
    init(reading reader: inout TableReader)
    func write(to writer: inout TableWriter)
}

/// Person names: `names/family-names*.tsv` and `names/given-names*.tsv` (every field, and
/// the old-kanji spellings of `names/old-kanji.tsv`), `names/not-names.tsv`,
/// `names/company-words.tsv`, and the IPADIC words that are no names:
/// `names/katakana-words-ipadic.tsv` (loanwords), `names/kana-words-ipadic.tsv` (function
/// words and adjective forms).
package struct PersonNameTables: CompiledTable {
    package static let sources = ["names/"]
    package let familyNames: ByteStringSet
    package let givenNames: ByteStringSet
    package let notNames: ByteStringSet
    /// Searched for inside a name by the front end's merged automaton.
    package let companyWords: PatternList
    /// The company words listed in katakana (サクラ, スズキ), by their normalised keys: they name
    /// the company or the car only where the text writes them in katakana too (さくら is a name).
    package let katakanaCompanyWords: ByteStringSet
    package let katakanaWords: ByteStringSet
    package let kanaFunctionWords: ByteStringSet
    package let kanaAdjectives: ByteStringSet
    /// Common kanji words of two or three characters (`names/kanji-words-unidic.tsv`): never
    /// read as a family name nobody listed.
    package let commonKanjiWords: ByteStringSet
    /// The first and the last kanji of family names of two characters or more that begin or
    /// end at least `initialMinimum` and `finalMinimum` listed names: what a family name nobody
    /// listed must look like (神園, 宮之前, 米丸, 隈崎), so that a compound such as 車用 is not
    /// read as one.
    package let familyNameInitials: ByteStringSet
    package let familyNameFinals: ByteStringSet
    /// The readings of each listed kanji name (hiragana and romaji, tab-separated, in
    /// `readings` at the key's index in `readingKeys`): a name found in kanji is the same
    /// person's when its reading stands elsewhere in the text (島袋 … しまぶくろです, @shimabukuro).
    package let readingKeys: ByteStringSet
    package let readings: PatternList
    package static let initialMinimum = 4
    package static let finalMinimum = 5

    /// Spellings of one name at most (a name of four kanji, each with an old form, has sixteen).
    static let spellingLimit = 32

    package init(compiling dictionaries: some DictionaryRecords, normalizer: Normalizer) throws {
        // Every names/family-names*.tsv and names/given-names*.tsv file: KANJI, HIRAGANA, ROMAJI.
        // names/old-kanji.tsv: OLD, COMMON. People write their own names in old forms (齋藤, 髙橋).
        var oldForms: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for record in dictionaries.records(at: "names/old-kanji.tsv") where record.fields.count >= 2 {
            guard let old = record.fields[0].unicodeScalars.first, let common = record.fields[1].unicodeScalars.first else { continue }
            oldForms[common, default: []].append(old)
        }
        // A kanji name and its old-form spellings: every mix of common and old forms (髙﨑 and
        // 髙嵜 both, where 崎 has two old forms), at most `spellingLimit` of them.
        func spellings(_ key: String) -> [[UInt8]] {
            guard key.unicodeScalars.contains(where: { oldForms[$0] != nil }) else { return [Array(key.utf8)] }
            var mixes: [[Unicode.Scalar]] = [[]]
            for scalar in key.unicodeScalars {
                let forms = [scalar] + (oldForms[scalar] ?? [])
                mixes = Array(mixes.lazy.flatMap { mix in forms.map { mix + [$0] } }.prefix(Self.spellingLimit))
            }
            return mixes.map { Array(String(String.UnicodeScalarView($0)).utf8) }
        }
        func names(_ prefix: String) -> ByteStringSet {
            ByteStringSet(dictionaries.records(under: prefix).lazy.flatMap { $0.records }.flatMap { record in
                (0..<min(3, record.fields.count)).lazy.filter { !record.fields[$0].isEmpty }.flatMap { index -> [[UInt8]] in
                    index == 0 ? spellings(record.key(index, normalizer)) : [Array(record.key(index, normalizer).utf8)]
                }
            })
        }
        familyNames = names("names/family-names")
        givenNames = names("names/given-names")
        notNames = ByteStringSet(dictionaries.records(at: "names/not-names.tsv").map { Array($0.key(0, normalizer).utf8) })
        let companyRecords = dictionaries.records(at: "names/company-words.tsv")
        companyWords = PatternList(companyRecords.map { Array($0.key(0, normalizer).utf8) })
        katakanaCompanyWords = ByteStringSet(companyRecords.filter { record in
            record.fields[0].unicodeScalars.allSatisfy { (0x30A1...0x30FA).contains($0.value) || $0 == "ー" || $0 == "・" }
        }.map { Array($0.key(0, normalizer).utf8) })
        katakanaWords = ByteStringSet(dictionaries.records(at: "names/katakana-words-ipadic.tsv").map { Array($0.key(0, normalizer).utf8) })
        let kanaWords = dictionaries.records(at: "names/kana-words-ipadic.tsv")
        kanaFunctionWords = ByteStringSet(kanaWords.filter { $0.fields.count < 2 || $0.fields[1] != "adjective" }.map { Array($0.key(0, normalizer).utf8) })
        kanaAdjectives = ByteStringSet(kanaWords.filter { $0.fields.count >= 2 && $0.fields[1] == "adjective" }.map { Array($0.key(0, normalizer).utf8) })
        commonKanjiWords = ByteStringSet(dictionaries.records(at: "names/kanji-words-unidic.tsv").map { Array($0.key(0, normalizer).utf8) })
        var initials: [Unicode.Scalar: Int] = [:], finals: [Unicode.Scalar: Int] = [:]
        for record in dictionaries.records(under: "names/family-names").lazy.flatMap({ $0.records }) where !record.fields.isEmpty {
            let scalars = Array(record.key(0, normalizer).unicodeScalars)
            guard scalars.count >= 2, scalars.allSatisfy({ $0.properties.isIdeographic || $0 == "々" || $0 == "ノ" || $0 == "ヶ" }) else { continue }
            initials[scalars[0], default: 0] += 1
            finals[scalars[scalars.count - 1], default: 0] += 1
        }
        func frequent(_ counts: [Unicode.Scalar: Int], _ minimum: Int) -> ByteStringSet {
            ByteStringSet(counts.filter { $0.value >= minimum }.keys.sorted().map { Array(String($0).utf8) })
        }
        familyNameInitials = frequent(initials, Self.initialMinimum)
        familyNameFinals = frequent(finals, Self.finalMinimum)
        var order: [[UInt8]] = [], readingsOf: [[UInt8]: [[UInt8]]] = [:]
        for record in dictionaries.records(under: "names/").lazy.filter({ $0.path.contains("family-names") || $0.path.contains("given-names") }).flatMap({ $0.records })
        where record.fields.count >= 2 {
            let kana = record.key(1, normalizer), romaji = record.fields.count >= 3 ? Self.simplifiedRomaji(record.fields[2]) : ""
            for key in spellings(record.key(0, normalizer)) {
                if readingsOf[key] == nil { order.append(key); readingsOf[key] = [] }
                for reading in [kana, romaji].map({ Array($0.utf8) }) where !reading.isEmpty && !readingsOf[key]!.contains(reading) {
                    readingsOf[key]!.append(reading)
                }
            }
        }
        readingKeys = ByteStringSet(order)
        readings = PatternList(order.map { Array(readingsOf[$0, default: []].joined(separator: [0x09])) })
    }

    /// Romaji as names are written in Latin letters, whatever the spelling of long vowels:
    /// lower case, with ou, oo, uu and macrons shortened (Ōshiro, Ooshiro, Oshiro → oshiro).
    package static func simplifiedRomaji(_ text: String) -> String {
        var result: [Character] = []
        for c in text.lowercased() {
            let letter: Character = switch c { case "ō", "ô": "o"; case "ū", "û": "u"; default: c }
            // The second vowel of ou, oo and uu is dropped.
            if let last = result.last, (last == "o" && (letter == "u" || letter == "o")) || (last == "u" && letter == "u") { continue }
            result.append(letter)
        }
        return String(result)
    }

    package init(reading reader: inout TableReader) {
        familyNames = ByteStringSet(reading: &reader)
        givenNames = ByteStringSet(reading: &reader)
        notNames = ByteStringSet(reading: &reader)
        companyWords = PatternList(reading: &reader)
        katakanaCompanyWords = ByteStringSet(reading: &reader)
        katakanaWords = ByteStringSet(reading: &reader)
        kanaFunctionWords = ByteStringSet(reading: &reader)
        kanaAdjectives = ByteStringSet(reading: &reader)
        commonKanjiWords = ByteStringSet(reading: &reader)
        familyNameInitials = ByteStringSet(reading: &reader)
        familyNameFinals = ByteStringSet(reading: &reader)
        readingKeys = ByteStringSet(reading: &reader)
        readings = PatternList(reading: &reader)
        precondition(readings.count == readingKeys.count, "corrupt name reading table")
    }

    package func write(to writer: inout TableWriter) {
        familyNames.write(to: &writer)
        givenNames.write(to: &writer)
        notNames.write(to: &writer)
        companyWords.write(to: &writer)
        katakanaCompanyWords.write(to: &writer)
        katakanaWords.write(to: &writer)
        kanaFunctionWords.write(to: &writer)
        kanaAdjectives.write(to: &writer)
        commonKanjiWords.write(to: &writer)
        familyNameInitials.write(to: &writer)
        familyNameFinals.write(to: &writer)
        readingKeys.write(to: &writer)
        readings.write(to: &writer)
    }
}

/// Place names of `places/prefectures.tsv` and `places/municipalities.tsv`: patterns for the
/// front end's merged automaton (addresses), a set for the place after a postal code.
package struct PlaceTables: CompiledTable {
    package static let sources = ["places/"]
    /// Prefectures, municipalities, and municipalities with their district (鹿児島郡十島村).
    package let addressPlaces: PatternList
    /// Full names of at least two characters (鹿児島県, not 鹿児島, which also starts
    /// 鹿児島支店): prefectures, districts, municipalities.
    package let postalPlaces: ByteStringSet
    /// The byte lengths of `postalPlaces`, longest first.
    package let postalPlaceLengths: [Int]
    /// Place names without their 都/道/府/県/市/区/町/村 (鹿児島, 指宿, 霧島) of two characters or
    /// more: a kanji word nobody listed as a family name is no name when it is one of these.
    package let placeStems: ByteStringSet

    package init(compiling dictionaries: some DictionaryRecords, normalizer: Normalizer) throws {
        let prefectures = dictionaries.records(at: "places/prefectures.tsv")
        let municipalities = dictionaries.records(at: "places/municipalities.tsv")
        var names = Set<String>()
        for record in prefectures {
            names.insert(record.key(0, normalizer))
        }
        for record in municipalities {
            guard record.fields.count >= 2 else { throw record.error("expected PREFECTURE, MUNICIPALITY, …") }
            names.insert(record.key(1, normalizer))
            if record.fields.count > 2, !record.fields[2].isEmpty {
                names.insert(normalizer.normalizedKey(record.fields[2] + record.fields[1]))
            }
        }
        addressPlaces = PatternList(names.sorted().map { Array($0.utf8) })

        var postal = Set<[UInt8]>()
        func add(_ record: DictionaryRecord, _ field: Int) {
            let key = record.key(field, normalizer)
            if key.unicodeScalars.count >= 2 { postal.insert(Array(key.utf8)) }
        }
        for record in prefectures where !record.fields[0].isEmpty { add(record, 0) }
        for record in municipalities {
            for k in 1..<min(3, record.fields.count) where !record.fields[k].isEmpty { add(record, k) }
        }
        postalPlaces = ByteStringSet(postal)
        postalPlaceLengths = Set(postal.map(\.count)).sorted(by: >)
        placeStems = ByteStringSet(postal.compactMap { name -> [UInt8]? in
            let scalars = String(decoding: name, as: UTF8.self).unicodeScalars
            guard let last = scalars.last, "都道府県市区町村郡".unicodeScalars.contains(last), scalars.count >= 3 else { return nil }
            return Array(String(String.UnicodeScalarView(scalars.dropLast())).utf8)
        })
    }

    package init(reading reader: inout TableReader) {
        addressPlaces = PatternList(reading: &reader)
        postalPlaces = ByteStringSet(reading: &reader)
        postalPlaceLengths = Array(reader.read(Int.self))
        placeStems = ByteStringSet(reading: &reader)
    }

    package func write(to writer: inout TableWriter) {
        addressPlaces.write(to: &writer)
        postalPlaces.write(to: &writer)
        writer.write(postalPlaceLengths)
        placeStems.write(to: &writer)
    }
}

/// 地名 of registration plates, `plates/regions.tsv`.
package struct PlateTables: CompiledTable {
    package static let sources = ["plates/"]
    /// Searched for by the front end's merged automaton.
    package let regions: PatternList
    /// Per region pattern: whether it is a variant spelling rather than the official name.
    package let isVariant: FlatArray<Bool>

    package init(compiling dictionaries: some DictionaryRecords, normalizer: Normalizer) throws {
        var patterns: [[UInt8]] = []
        var variant: [Bool] = []
        var seen = Set<String>()
        for record in dictionaries.records(at: "plates/regions.tsv") {
            guard record.fields.count == 2 else { throw record.error("expected 2 columns: NAME, OFFICIAL_NAME") }
            let key = record.key(0, normalizer)
            guard seen.insert(key).inserted else { throw record.error("duplicate region name") }
            patterns.append(Array(key.utf8))
            variant.append(record.fields[0] != record.fields[1])
        }
        regions = PatternList(patterns)
        isVariant = FlatArray(variant)
    }

    package init(reading reader: inout TableReader) {
        regions = PatternList(reading: &reader)
        isVariant = reader.read()
    }

    package func write(to writer: inout TableWriter) {
        regions.write(to: &writer)
        writer.write(Array(isVariant))
    }
}

/// Labels named in a dictionary as strings, checked by the library (which owns `Label`):
/// each distinct name with the record that first used it, for the error.
package struct LabelNames: Sendable {
    package private(set) var names: [String] = []
    package private(set) var firstUse: [(path: String, line: Int)] = []
    private var index: [String: UInt8] = [:]

    init() {}

    mutating func code(_ name: String, _ record: DictionaryRecord) -> UInt8 {
        if let code = index[name] { return code }
        let code = UInt8(names.count)
        index[name] = code
        names.append(name)
        firstUse.append((record.path, record.line))
        return code
    }

    init(reading reader: inout TableReader) {
        names = reader.readStrings()
        let paths = reader.readStrings()
        let lines: FlatArray<Int> = reader.read()
        firstUse = zip(paths, lines).map { ($0, $1) }
    }

    func write(to writer: inout TableWriter) {
        writer.write(names)
        writer.write(firstUse.map(\.path))
        writer.write(firstUse.map(\.line))
    }
}

/// Hotwords, `context/*.tsv`: `SURFACE  LABEL  WEIGHT`.
package struct HotwordTables: CompiledTable {
    package static let sources = ["context/"]
    /// The surfaces, searched for by the front end's merged automaton.
    package let patterns: PatternList
    /// Per pattern: its label (an index into `labels.names`) and weight.
    package let labelCodes: FlatArray<UInt8>
    package let weights: FlatArray<Double>
    package let labels: LabelNames

    package init(compiling dictionaries: some DictionaryRecords, normalizer: Normalizer) throws {
        var patterns: [[UInt8]] = []
        var codes: [UInt8] = [], weights: [Double] = []
        var labels = LabelNames()
        for (_, records) in dictionaries.records(under: "context/") {
            for record in records {
                guard record.fields.count == 3 else {
                    throw record.error("expected 3 columns: SURFACE, LABEL, WEIGHT")
                }
                codes.append(labels.code(record.fields[1], record))
                weights.append(try record.weight(at: 2, default: 0.1, in: -1...1))
                patterns.append(Array(record.key(0, normalizer).utf8))
            }
        }
        self.patterns = PatternList(patterns)
        labelCodes = FlatArray(codes)
        self.weights = FlatArray(weights)
        self.labels = labels
    }

    package init(reading reader: inout TableReader) {
        patterns = PatternList(reading: &reader)
        labelCodes = reader.read()
        weights = reader.read()
        labels = LabelNames(reading: &reader)
    }

    package func write(to writer: inout TableWriter) {
        patterns.write(to: &writer)
        writer.write(Array(labelCodes))
        writer.write(Array(weights))
        labels.write(to: &writer)
    }
}

/// The numbering plan, `phone/*.tsv`: fixed-line prefixes, area codes, non-geographic ranges.
package struct PhoneTables: CompiledTable {
    package static let sources = ["phone/"]
    /// The kinds `phone/jp-number-types.tsv` may name.
    package static let nonGeographicKinds: Set<String> = ["mobile", "ip", "m2m", "toll-free", "personal"]
    package static let longestFixedPrefix = 9
    /// The lengths of area codes, in the order of `areaCodes`.
    package static let areaCodeLengths = Array(2...5)

    /// Valid fixed-line national-number prefixes (without the trunk 0).
    package let fixedPrefixes: ByteStringSet
    /// Full-number prefixes (with the trunk 0), one set per length of the area code they
    /// belong to (a later record of the same prefix wins).
    package let areaCodes: [ByteStringSet]
    /// Non-geographic ranges: a number of `length` digits (with the trunk 0) starting with
    /// `prefix` is of `kind`.
    package let typePrefixes: [String]
    package let typeLengths: [Int]
    package let typeKinds: [String]

    package init(compiling dictionaries: some DictionaryRecords, normalizer: Normalizer) throws {
        var fixed: [[UInt8]] = []
        for record in dictionaries.records(at: "phone/jp-fixed-prefixes.tsv") {
            let prefix = record.fields[0]
            guard prefix.count <= Self.longestFixedPrefix, prefix.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw record.error("a prefix is 1 to 9 ASCII digits, found \"\(prefix)\"")
            }
            fixed.append(Array(prefix.utf8))
        }
        fixedPrefixes = ByteStringSet(fixed)
        var areas: [String: Int] = [:]
        for record in dictionaries.records(at: "phone/jp-area-codes.tsv") {
            guard record.fields.count >= 4, Self.areaCodeLengths.contains(record.fields[0].count) else {
                throw record.error("expected AREA_CODE (2-5 digits), LENGTH_OF_LOCAL_PART, GROUPING, APPLIES_TO")
            }
            for prefix in record.fields[3].split(separator: ",") { areas[String(prefix)] = record.fields[0].count }
        }
        areaCodes = Self.areaCodeLengths.map { length in
            ByteStringSet(areas.filter { $0.value == length }.keys.sorted().map { Array($0.utf8) })
        }
        var prefixes: [String] = [], lengths: [Int] = [], kinds: [String] = []
        for record in dictionaries.records(at: "phone/jp-number-types.tsv") {
            guard record.fields.count == 4, Self.nonGeographicKinds.contains(record.fields[0]),
                  let length = Int(record.fields[3]), (10...11).contains(length),
                  record.fields[2].first == "0", record.fields[2].allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw record.error("expected KIND (mobile, ip, m2m, toll-free, personal), SOURCE_TYPE, PREFIX (0…), LENGTH (10 or 11)")
            }
            prefixes.append(record.fields[2])
            lengths.append(length)
            kinds.append(record.fields[0])
        }
        typePrefixes = prefixes
        typeLengths = lengths
        typeKinds = kinds
    }

    package init(reading reader: inout TableReader) {
        fixedPrefixes = ByteStringSet(reading: &reader)
        areaCodes = Self.areaCodeLengths.map { _ in ByteStringSet(reading: &reader) }
        typePrefixes = reader.readStrings()
        typeLengths = Array(reader.read(Int.self))
        typeKinds = reader.readStrings()
    }

    package func write(to writer: inout TableWriter) {
        fixedPrefixes.write(to: &writer)
        for set in areaCodes { set.write(to: &writer) }
        writer.write(typePrefixes)
        writer.write(typeLengths)
        writer.write(typeKinds)
    }
}

/// The cues of the person detector: honorifics, field labels, relation words, titles and
/// trailing words (one list, each with its kind), English cues and honorifics, and the words
/// before one's own name. Not dictionary data (no file can change them), but merged into the
/// front end's automaton at build time all the same.
package struct PersonCueTables: CompiledTable {
    package static let sources: [String] = []

    /// `title`: a title or role after a name (田中課長); `trailing`: words that say the name
    /// before them is a person (田中から聞いた, 佐藤が担当).
    package enum Kind: UInt8, CaseIterable, Sendable { case honorific, field, relation, title, trailing }

    package static let honorifics = ["さま", "様", "さん", "殿", "くん", "君", "ちゃん", "氏", "先生",
        // Drawn out in chat (小野寺さーん, ゆうこちゃーん).
        "さーん", "さ~ん", "ちゃーん", "ちゃ~ん", "くーん",
        // Old letters write 様 in its old form, which NFKC keeps (中谷樣によろしく).
        "樣",
        // Chinese writes Ms and Mr after the name (十河小姐, 王女士).
        "小姐", "女士"]
    /// Form labels before a name, normalised like text when compiled.
    package static let fieldLabels = ["お名前", "ご氏名", "氏名", "名前", "姓", "名", "セイ", "メイ", "姓名", "おなまえ", "なまえ", "to", "cc", "宛先", "契約者", "記名被保険者", "被保険者", "運転者", "借受人", "申込者",
        "名義人", "名義", "口座名義", "担当者", "担当", "配偶者", "利用者", "差出人", "送り主", "受取人", "使用者", "所有者", "お客様名", "顧客名",
        "保護者", "連帯保証人", "保証人", "ご依頼者", "依頼者", "来店者", "name", "from", "営業担当", "記入者", "フリガナ", "ふりがな", "カナ",
        "請求者", "代表者", "宛名", "患者名", "患者氏名", "依頼人", "出席者", "参加者", "欠席者", "同席者", "同行者", "作成者", "申請者",
        "相談者", "通報者", "報告者", "承認者", "責任者", "管理者", "入居者", "購入者", "紹介者", "担当医", "主治医", "送信者", "発信者", "対応者",
        "受付者", "確認者", "連絡者", "ご記名", "記名", "予約者", "ご予約者", "予約名", "ご予約名", "同乗者", "緊急連絡先",
        "目撃者", "加害者", "販売担当", "旧姓", "通称", "通名", "本名", "表示名", "line名", "ニックネーム", "ユーザー名", "ユーザ名", "ハンドルネーム", "愛称", "呼び名", "担当者名", "契約者名", "代表者名", "利用者名", "本人氏名", "相手方", "被害者", "運転者名", "出席", "参加", "ご契約者", "お名前(漢字)", "お名前(カナ)", "お名前(フリガナ)", "氏名(漢字)", "氏名(カナ)", "氏名(フリガナ)", "ローマ字",
        // Labels of minutes and memos (issue 15); the detector asks a known name after them.
        "当社", "弊社", "先方", "記録", "書記", "司会", "議長", "通訳", "前任", "後任", "面談者", "対象者", "メンバー", "pm", "オブザーバー", "欠席",
        "委員", "講師", "発表者", "会社側", "組合側", "立会人", "点検者", "作業者", "入力者", "代理入力者", "担当営業", "kana", "furigana",
        "当方", "同席", "受講", "記入", "受講者", "作業担当", "検査員", "幹事", "発表", "次回発表", "担当サービス", "member", "members", "attendees",
        // A foreign residents' form in English (Family name: NGUYEN).
        "family name", "given name", "first name", "last name", "surname", "full name", "middle name",
        // Who did what in an English form or report (Reviewed by: …, Staff name: …).
        "staff name", "reviewed by", "prepared by", "approved by", "checked by", "contact person", "customer name", "applicant", "attendee",
        // A whiteboard's and a call log's columns (外出:小田, 休み:桑原, 受:荒木).
        "外出", "休み", "不在", "出張", "直行", "直帰", "受", "相手", "誘導",
        // A shift table's columns (早番 東・辻・与那覇　遅番 知念・岸本).
        "早番", "遅番", "中番", "日勤", "夜勤", "応援",
        // A job card's hands (引取：比嘉, 担当希望：荻原).
        "引取", "引き取り", "配送", "陸送", "送迎", "担当希望", "希望担当",
        // Any kanji label ending in 者 or 人 and a colon (発注者:, 貸出者:, 届出人:): read as a weak label.
        ] + signOffLabels + fieldSuffixLabels
    /// Who signs off a document or takes a turn (作成：小林　承認：山口, 当番：, 窓口：, Contact:):
    /// weak labels, followed by a name only when the lists know it.
    package static let signOffLabels = ["承認", "確認", "作成", "起案", "決裁", "検印", "contact", "当番", "窓口",
        // Who held a talk or took the details in a memo (面談：岡本, 登録：加藤, 聞き取り：千葉).
        "面談", "登録", "聞き取り", "聴取", "取次", "取次ぎ"] + colonOnlyLabels
    /// Who appraised, inspected, went out or witnessed, and the office that keeps the papers
    /// (査定：大沼, 検査：星, 出動：蛭田, 経理：原田, 記：佐久間): words of running text too
    /// (点検のとき, 査定 金曜まで), so labels only before a colon.
    package static let colonOnlyLabels = ["査定", "検査", "出動", "立会", "立会い", "説明", "点検", "経理", "総務", "記", "作業", "出", "欠"]
    /// Ends of labels such as 発注者: and 届出人: (normalised: the colon is ASCII).
    package static let fieldSuffixLabels = ["者:", "人:", "当番:"]
    package static let relations = ["夫", "妻", "主人", "父", "母", "息子", "娘", "長男", "長女", "次男", "次女", "兄", "姉", "弟", "妹", "いとこ", "従兄弟", "従姉妹",
        "祖父", "祖母", "義父", "義母", "孫", "社員", "同僚", "上司", "部下", "友人", "友達", "ともだち", "むすこ", "むすめ", "担当",
        // How families talk of each other: パパのゆうき, お母さんの恵子.
        "パパ", "ママ", "お父さん", "お母さん", "父親", "母親", "おじいちゃん", "おばあちゃん", "じいちゃん", "ばあちゃん", "兄貴", "姉貴", "契約者", "実習生", "留学生",
        "親", "甥", "姪", "叔父", "叔母", "伯父", "伯母", "嫁", "婿", "友だち",
        // Roles that announce a colleague or a third party: 営業の田中, 整備士の佐藤さん, 店長の高橋.
        "営業", "整備士", "整備", "整備担当", "店長", "受付", "担当者", "課長", "部長", "社長", "主任", "係長", "所長", "スタッフ", "メカニック",
        "先輩", "後輩", "医師", "看護師", "主治医", "担当医", "紹介者", "知人", "店員", "営業担当", "事務", "秘書", "先生",
        "工場長", "副店長", "法人営業", "対応", "家内", "女房", "旦那", "彼氏", "彼女", "婚約者", "家族",
        "顧問", "副顧問", "監督", "コーチ", "院長", "園長", "校長", "教頭", "担任", "会長", "専務", "常務", "支店長", "次長", "代表",
        "幹事", "オペレーター", "アドバイザー", "フロント", "メカ", "マネージャー", "リーダー",
        // 私岩崎からお詫び, 私、田中が伺います: the writer naming themself.
        "私"] + politeRelations
    /// Staff speaking of a customer's family (奥様のえみこさん, お子さんのはるとくん): relations said
    /// with an honorific, which name a person only through の.
    package static let politeRelations = ["奥様", "奥さん", "ご主人", "お子さん", "お子様", "娘さん", "息子さん", "お嬢さん", "お嬢様",
        "旦那さん", "お孫さん", "嫁さん"]
    /// Titles and roles written right after a name (田中課長, 高橋主任, 王先生 is an honorific).
    package static let titles = ["課長", "部長", "主任", "社長", "店長", "係長", "所長", "支店長", "次長", "室長", "専務", "常務",
        "副社長", "会長", "工場長", "教授", "准教授", "医師", "弁護士", "税理士", "司法書士", "院長", "園長", "校長", "教頭", "理事長", "議員",
        "副店長", "副部長", "課長代理", "部長代理", "取締役", "顧問", "看護師", "監督", "主査", "主事", "技師", "署長", "巡査", "刑事", "センター長",
        "マネージャー", "リーダー", "sv", "メカ", "社労士", "行政書士", "弁理士", "会計士", "本部長", "事業部長", "執行役員", "監査役",
        // Roles of advisers and inspectors (消費生活センターの戸高相談員より).
        "相談員", "調査員", "査定士", "査定員", "指導員", "支援員", "専門員", "主幹", "課長補佐", "参事", "副主任",
        // Who chairs a committee or runs a hotel or a crew (片岡委員長、野村、浜田).
        "委員長", "副委員長", "支配人", "班長"]
    /// Words after a name that make it a person: 田中から聞いた, 佐藤が担当します, 鈴木までご連絡.
    package static let trailingCues = ["から聞", "から伺", "から連絡", "から電話", "から説明", "が担当", "が対応", "が伺", "が参り",
        "までご連絡", "までお問い合わせ", "までお願い", "に伝え", "に代わ", "宛に", "宛て", "宛で",
        "がご連絡", "がご案内", "がお伺い", "が承", "より改めて", "よりご連絡", "より連絡", "よりご案内", "よりお電話", "まで直接", "までお気軽", "(0",
        // 今回も菅原でお願いしたい: a staff member asked for by name.
        "でお願い", "までお電話", "までご一報",
        // [LINE] 山田太郎とのトーク: the header of an exported chat names the other party.
        "とのトーク",
        // 廣中の家内でございます: the writer introduced by their relation to a family.
        "の家内で", "の家内と", "の妻で", "の妻と", "の主人で", "の夫で", "の娘で", "の息子で", "の母で", "の父で", "の嫁で", "の孫で", "の長男で", "の長女で"]
        // 藤倉の孫のゆうとです, 佐藤の母が来店: a family named by one of its members (の妻と and
        // の家内と are above).
        + ["娘", "息子", "孫", "妻", "嫁", "夫", "母", "父", "長男", "長女", "次男", "次女", "家内", "主人"]
            .flatMap { kin in ["の", "が", "は", "と"].map { "の\(kin)\($0)" } }.filter { $0 != "の妻と" && $0 != "の家内と" }
        + householdCues
    /// 吉岡夫妻, 佐藤ご夫婦: a household named by its family name. (X家の is left out: 島津家 is a
    /// clan, 吉野家 a restaurant.)
    package static let householdCues: [String] = ["夫妻", "ご夫妻", "夫婦", "ご夫婦", "一家"]

    /// English cues before a name (normalised to lower case): I'm Anna Kowalski, my husband Raj.
    package static let englishCueWords = ["i'm ", "i am ", "my name is ", "name is ", "this is ", "my husband ", "my wife ",
        "my son ", "my daughter ", "my boyfriend ", "my girlfriend ", "my partner ", "my father ", "my mother ", "my friend ",
        "my colleague ", "my brother ", "my sister ", "husband ", "wife ", "boyfriend ", "girlfriend ", "partner ", "regards, ", "thanks, ",
        "hi ", "hi, ", "hello ", "hello, ", "dear ", "call me ", "our son ", "our daughter ", "our baby ",
        "my coworker ", "my co-worker ", "coworker ", "colleague ", "salesperson ", "sales rep ", "my dad ", "my mom ",
        "my uncle ", "my aunt ", "my cousin ", "my grandmother ", "my grandfather ", "my grandson ", "my granddaughter ",
        "my neighbor ", "my neighbour ", "my boss ", "named ", "sincerely, ", "best regards, ", "best, ",
        "my parents ", "my kids ", "my children ", "thank you ", "thanks ",
        // Foreign residents write their own languages: Portuguese, Spanish, Indonesian, Tagalog, Vietnamese.
        "meu nome é ", "meu nome e ", "eu sou ", "sou o ", "sou a ", "meu marido ", "minha esposa ", "meu filho ", "minha filha ", "me llamo ", "mi esposo ", "mi esposa ",
        "nama saya ", "saya ", "suami saya ", "istri saya ", "ako si ", "asawa ko si ", "toi la ", "ten toi la ", "tôi là ", "tên tôi là ",
        // Thanks to Mr. Kido and Ms. Hirose: a title before a family name.
        "mr. ", "ms. ", "mrs. ", "dr. ", "mr ", "ms ", "mrs ", "miss "]
    /// After a Latin name: Tanaka-san, Suzuki-sama.
    package static let englishHonorificWords = ["-san", "-sama", " san", "-kun", "-chan", "-sensei"]
    /// Words before one's own name in an introduction: わたしは, 名前は, なまえは.
    package static let selfAnnouncerWords = ["わたしは", "私は", "わたし", "私", "なまえは", "名前は", "ぼくは", "僕は", "あたしは",
        "わたくし", "わたくしは", "私こと", "こちら", "こちらは", "わたしの なまえは", "わたしのなまえは",
        "名字は", "苗字は", "みょうじは", "下の名前は", "したのなまえは",
        // Greetings a voice call opens with, glued to the name (もしもし日高ですけど).
        "もしもし", "お世話になります", "お世話になっております", "こんにちは", "こんばんは", "すみません", "すいません"]

    /// The Japanese cues; per cue, its kind.
    package let cues: PatternList
    package let kinds: [Kind]
    package let englishCues: PatternList
    package let englishHonorifics: PatternList
    package let selfAnnouncers: PatternList

    package init(compiling dictionaries: some DictionaryRecords, normalizer: Normalizer) throws {
        let cues: [(Kind, [UInt8])] = Self.fieldLabels.map { (.field, Array(normalizer.normalizedKey($0).utf8)) }
            // Normalised like the text: katakana cues (スタッフ, マネージャー, メカ) are matched folded.
            + Self.honorifics.map { (.honorific, Array(normalizer.normalizedKey($0).utf8)) } + Self.relations.map { (.relation, Array(normalizer.normalizedKey($0).utf8)) }
            + Self.titles.map { (.title, Array(normalizer.normalizedKey($0).utf8)) } + Self.trailingCues.map { (.trailing, Array(normalizer.normalizedKey($0).utf8)) }
        self.cues = PatternList(cues.map(\.1))
        kinds = cues.map(\.0)
        englishCues = PatternList(Self.englishCueWords.map { Array($0.utf8) })
        englishHonorifics = PatternList(Self.englishHonorificWords.map { Array($0.utf8) })
        selfAnnouncers = PatternList(Self.selfAnnouncerWords.map { Array($0.utf8) })
    }

    package init(reading reader: inout TableReader) {
        cues = PatternList(reading: &reader)
        kinds = reader.read(UInt8.self).map { Kind(rawValue: $0)! }
        englishCues = PatternList(reading: &reader)
        englishHonorifics = PatternList(reading: &reader)
        selfAnnouncers = PatternList(reading: &reader)
    }

    package func write(to writer: inout TableWriter) {
        cues.write(to: &writer)
        writer.write(kinds.map(\.rawValue))
        englishCues.write(to: &writer)
        englishHonorifics.write(to: &writer)
        selfAnnouncers.write(to: &writer)
    }
}
