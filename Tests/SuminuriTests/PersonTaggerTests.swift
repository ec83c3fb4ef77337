import Testing
@testable import Suminuri
@testable import SuminuriEvaluation
import SuminuriTables
import TextNormalization

/// The person-name tagger: names no rule's cue reaches, the look-alikes its guards refuse, and
/// the decoding, weights file and training behind it.
@Suite struct PersonTaggerTests {
    /// Names that only the tagger finds (no honorific, label, relation or introduction rule).
    static let positives: [DetectionCase] = [
        .init("a caller's name in casual speech", "もしもし、あたし萩原ですけどね", ["萩原"]),
        .init("a staff surname after a label that goes on with より", "点検のご案内\n担当より：久我\n来週の月曜", ["久我"]),
        .init("a child's name in hiragana in a list of family", "家族：パパ、ママ、そうた", ["そうた"]),
    ]

    /// Words the tagger must leave: places, brands, parts of longer words, acronyms, and the
    /// words beside our own placeholders in a text redacted once.
    static let lookAlikes: [DetectionCase] = [
        .init("places listed with a word of places", "静岡、浜松、磐田の各店舗で開催します", []),
        .init("a maker's name", "トヨタの新型は来月発表です", []),
        .init("a surname at the head of a shop's name", "竹之内商店に部品を取りに行く", []),
        .init("a kana given name at the head of a word", "ゆうちょ銀行から振り込みました", []),
        .init("weekday keys beside placeholders", "火：［氏名］　水：［氏名］", []),
        .init("a place beside a placeholder of another line", "［住所］\n南さつまの整備工場", []),
        .init("an acronym in capitals", "今週のTODOを共有します", []),
        .init("a product in capitals", "MIRAIの試乗会", []),
        .init("a town that is no family name", "加治木から来ました", []),
    ]

    @Test(arguments: positives + lookAlikes)
    func finds(_ c: DetectionCase) {
        #expect(surfaces(.person, in: c.text) == c.expected)
    }

    @Test func theBuiltInWeightsAreThere() {
        #expect(!BuiltInDictionaries.tables.personTagger.isEmpty)
        #expect(BuiltInDictionaries.tables.personTagger.weights.count == PersonTaggerTables.bucketCount * PersonTaggerTables.tagCount)
    }

    @Test func decodingNeverStartsInsideAName() {
        // I scores highest at both scalars; the first must still be B, and I may follow B.
        let tags = PersonTagger.decode([0, 1, 5, 0, 1, 5], transitions: [Float](repeating: 0, count: 12))
        #expect(tags == [1, 2])
        // After O, I is impossible: the second scalar starts a name of its own.
        let afterOutside = PersonTagger.decode([9, 0, 0, 0, 1, 5], transitions: [Float](repeating: 0, count: 12))
        #expect(afterOutside == [0, 1])
    }

    @Test func spansAreRunsOfBeginThenInside() {
        #expect(PersonTagger.spans([0, 1, 2, 2, 0, 1, 0, 1, 1]) == [1..<4, 5..<6, 7..<8, 8..<9])
        #expect(PersonTagger.spans([]) == [])
    }

    static func tables(_ contents: String) throws -> PersonTaggerTables {
        let records = try DictionaryRecord.parse(contents, path: PersonTaggerTables.path)
        return try PersonTaggerTables(compiling: RecordsByPath(files: [PersonTaggerTables.path: records]), normalizer: Normalizer())
    }

    @Test func weightsReadBackAsWritten() throws {
        let shape = "shape\t\(PersonTaggerTables.bucketCount)\t\(PersonTaggerTables.featureVersion)\t50\n"
        let tables = try Self.tables("# weights\n" + shape + "t3\t4\t-2\t0\n7\t1\t-1\t3\n")
        #expect(tables.scale == 50)
        #expect(Array(tables.transitions[9..<12]) == [4, -2, 0])
        #expect(Array(tables.weights[21..<24]) == [1, -1, 3])
        #expect(tables.weights[0] == 0)
    }

    /// Regression: weights trained for another bucket count were read, and tagged at random.
    @Test(arguments: [
        ("shape\t65536\t\(PersonTaggerTables.featureVersion)\t50\n", 1, "train again"),
        ("shape\t\(PersonTaggerTables.bucketCount)\t\(PersonTaggerTables.featureVersion + 1)\t50\n", 1, "train again"),
        ("7\t1\t-1\t3\n", 1, "shape"),
        ("shape\t\(PersonTaggerTables.bucketCount)\t\(PersonTaggerTables.featureVersion)\t50\n7\t1\tx\t3\n", 2, "integer"),
        ("shape\t\(PersonTaggerTables.bucketCount)\t\(PersonTaggerTables.featureVersion)\t50\n\(PersonTaggerTables.bucketCount)\t1\t1\t3\n", 2, "bucket"),
    ])
    func brokenWeightsFailWithTheirLine(_ contents: String, line: Int, message: String) {
        #expect {
            _ = try Self.tables(contents)
        } throws: { error in
            guard let error = error as? DictionaryError else { return false }
            return error.path == PersonTaggerTables.path && error.line == line && error.message.contains(message)
        }
    }

    @Test func trainingIsDeterministicAndReadable() throws {
        let entries = [
            CorpusEntry(id: "a", text: "担当は柿本です。明日伺います。", spans: [.init(start: 3, end: 5, label: .person)]),
            CorpusEntry(id: "b", text: "受付：野々村\n車検の件", spans: [.init(start: 3, end: 6, label: .person)]),
            CorpusEntry(id: "c", text: "静岡の店舗で開催します", spans: []),
        ]
        let once = PersonTaggerTraining.train(entries, epochs: 3, header: ["test"])
        #expect(once == PersonTaggerTraining.train(entries, epochs: 3, header: ["test"]))
        let tables = try Self.tables(once)
        #expect(tables.weights.contains { $0 != 0 })
    }
}

extension PersonTaggerTests {
    /// A user's weights (`--dictionary DIR` with model/person-tagger.tsv) replace the built-in
    /// ones whole, from their own shape row on.
    @Test func laterWeightsReplaceEarlierOnes() throws {
        let shape = "shape\t\(PersonTaggerTables.bucketCount)\t\(PersonTaggerTables.featureVersion)\t50\n"
        let tables = try Self.tables(shape + "7\t1\t-1\t3\n8\t2\t2\t2\n" + shape + "7\t5\t5\t5\n")
        #expect(Array(tables.weights[21..<27]) == [5, 5, 5, 0, 0, 0])
    }
}
