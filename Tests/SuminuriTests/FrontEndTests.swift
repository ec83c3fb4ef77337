import Testing
import PatternSearch
import TextNormalization
@testable import Suminuri

/// The front end's one pass: one automaton merged from every table must report, per table,
/// exactly what an automaton of that table alone reports, with the table's own entry numbers.
@Suite struct FrontEndTests {
    typealias Source = FrontEnd.Source

    static let builtIn: CompiledDictionaries = {
        do { return try CompiledDictionaries(DictionarySet.builtIn(), normalizer: Normalizer()) } catch { fatalError("\(error)") }
    }()

    /// The patterns of a source, read from its own table (stated here, not by the front end).
    static func patterns(_ source: Source, in tables: CompiledDictionaries) -> PatternList {
        switch source {
        case .hotwords: tables.hotwords.patterns
        case .plateRegions: tables.plates.regions
        case .addressPlaces: tables.places.addressPlaces
        case .personCues: tables.personCues.cues
        case .companyWords: tables.names.companyWords
        case .specialCare: tables.specialCare.patterns
        case .englishCues: tables.personCues.englishCues
        case .englishHonorifics: tables.personCues.englishHonorifics
        case .selfAnnouncers: tables.personCues.selfAnnouncers
        }
    }

    static func normalized(_ text: String) -> [UInt8] { Normalizer().normalize(text)!.bytes }

    /// The entries of `source` the front end reports for `surface` where it first occurs in `text`.
    static func entries(_ source: Source, _ surface: String, in text: String, tables: CompiledDictionaries = builtIn) -> [Int] {
        let bytes = normalized(text), key = normalized(surface)
        guard let start = (0...(bytes.count - key.count)).first(where: { bytes[$0..<($0 + key.count)].elementsEqual(key) }) else { return [] }
        return tables.frontEnd.candidates(in: bytes)[source]
            .filter { $0.range == start..<(start + key.count) }.map(\.pattern)
    }

    struct EntryCase: CustomTestStringConvertible, Sendable {
        let source: Source
        let text: String
        let surface: String
        var testDescription: String { "\(source)" }
    }

    static let entryCases: [EntryCase] = [
        .init(source: .hotwords, text: "ご連絡先の電話は", surface: "電話"),
        .init(source: .plateRegions, text: "ナンバーは品川 300 あ 12-34", surface: "品川"),
        .init(source: .addressPlaces, text: "住所は東京都新宿区西新宿", surface: "新宿区"),
        .init(source: .personCues, text: "山田様へ", surface: "様"),
        .init(source: .companyWords, text: "鹿児島日産様", surface: "日産"),
        .init(source: .specialCare, text: "父が糖尿病で通院", surface: "糖尿病"),
        .init(source: .englishCues, text: "Hello, my name is Anna", surface: "my name is "),
        .init(source: .englishHonorifics, text: "Tanaka-san said", surface: "-san"),
        .init(source: .selfAnnouncers, text: "わたしはシルバです", surface: "わたしは"),
    ]

    /// Every table's candidates carry its own entry numbers: all the entries of the surface
    /// (a surface listed twice, as 電話 for several labels, is reported once per entry).
    @Test(arguments: entryCases)
    func candidatesNameTheirTableAndEntry(_ example: EntryCase) {
        let list = Self.patterns(example.source, in: Self.builtIn)
        let key = Self.normalized(example.surface)
        let expected = list.indices.filter { list[$0] == key }
        #expect(!expected.isEmpty)
        #expect(Self.entries(example.source, example.surface, in: example.text).sorted() == expected)
    }

    static let texts = ["携帯090-1234-5678、住所は鹿児島県鹿児島市伊敷2丁目3-4、品川 300 あ 12-34", "営業の田中から電話。父が糖尿病で入院中です。",
                        "Hi, my name is Anna Kowalski. Tanaka-san and my husband Raj", "わたしはシルバです。お名前：山田 太郎様（株式会社ノース）"]

    /// Per table, the merged pass reports the very matches, in the very order, of an automaton
    /// built from that table alone (the per-detector scans it replaced): with the built-in
    /// tables, and with a user dictionary that adds to some (a second automaton for those).
    @Test(arguments: [false, true])
    func mergedPassMatchesEachTableAlone(withUserDictionary: Bool) throws {
        var set = try DictionarySet.builtIn()
        if withUserDictionary {
            try set.add(contents: "糖尿\tterm\n", path: "special-care/medical.tsv")
            try set.add(contents: "伊敷\n", path: "places/prefectures.tsv")
        }
        let tables = try CompiledDictionaries(set, normalizer: Normalizer())
        for text in Self.texts {
            let bytes = Self.normalized(text)
            let candidates = tables.frontEnd.candidates(in: bytes)
            for source in Source.allCases {
                let alone = AhoCorasick(patterns: Self.patterns(source, in: tables)).matches(in: bytes)
                #expect(candidates[source] == alone, "\(source)")
            }
        }
    }

    /// One place, two tables: 品川 is a plate region, 品川区 a municipality; both come out.
    @Test func overlappingPatternsOfTwoTablesAreBothReported() {
        let text = "東京都品川区"
        #expect(!Self.entries(.plateRegions, "品川", in: text).isEmpty)
        #expect(!Self.entries(.addressPlaces, "品川区", in: text).isEmpty)
        #expect(!Self.entries(.addressPlaces, "東京都", in: text).isEmpty)
    }

    struct UserCase: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        let record: String
        let source: Source
        let surface: String
        var testDescription: String { name }
    }

    /// A user dictionary that adds to a merged table: the automaton is merged again at
    /// start-up, the user's term is found, and the built-in ones still are.
    @Test(arguments: [
        UserCase(name: "special care", path: "special-care/medical.tsv", record: "鮫島熱\tterm\n", source: .specialCare, surface: "鮫島熱"),
        UserCase(name: "hotword", path: "context/hotwords.tsv", record: "合言葉\tPHONE\t0.5\n", source: .hotwords, surface: "合言葉"),
        UserCase(name: "plate region", path: "plates/regions.tsv", record: "架空\t架空\n", source: .plateRegions, surface: "架空"),
        UserCase(name: "company word", path: "names/company-words.tsv", record: "北斗商会\n", source: .companyWords, surface: "北斗商会"),
    ])
    func userDictionaryTermsAreFound(_ example: UserCase) throws {
        var set = try DictionarySet.builtIn()
        try set.add(contents: example.record, path: example.path)
        let tables = try CompiledDictionaries(set, normalizer: Normalizer())
        let list = Self.patterns(example.source, in: tables), key = Self.normalized(example.surface)
        let expected = list.indices.filter { list[$0] == key }
        #expect(expected.count == 1)
        #expect(Self.entries(example.source, example.surface, in: "これは\(example.surface)です", tables: tables) == expected)
        #expect(!Self.entries(.specialCare, "糖尿病", in: "父が糖尿病で通院", tables: tables).isEmpty)
        #expect(!Self.entries(.addressPlaces, "鹿児島市", in: "鹿児島市伊敷", tables: tables).isEmpty)
    }

    /// Only the user's files, no built-in ones: the merged automaton is built from them alone.
    @Test func userDictionaryAloneIsFound() throws {
        var set = DictionarySet()
        try set.add(contents: "鮫島熱\tterm\n", path: "special-care/medical.tsv")
        let tables = try CompiledDictionaries(set, normalizer: Normalizer())
        #expect(Self.entries(.specialCare, "鮫島熱", in: "父が鮫島熱で通院", tables: tables) == [0])
        #expect(Self.entries(.addressPlaces, "鹿児島市", in: "鹿児島市伊敷", tables: tables).isEmpty)
    }
}
