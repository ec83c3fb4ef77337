import Testing
@testable import PatternSearch

@Suite struct PatternSearchTests {
    /// The naive oracle: every occurrence of every pattern.
    func naive(_ patterns: [[UInt8]], _ haystack: [UInt8]) -> Set<PatternMatch> {
        var result = Set<PatternMatch>()
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty && pattern.count <= haystack.count {
            for start in 0...(haystack.count - pattern.count) where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
                result.insert(PatternMatch(pattern: index, range: start..<(start + pattern.count)))
            }
        }
        return result
    }

    @Test func findsOverlappingAndNestedMatches() {
        let patterns = ["he", "she", "his", "hers", "障害", "障害者手帳"].map { Array($0.utf8) }
        let haystack = Array("ushers 障害者手帳 障害物".utf8)
        let automaton = AhoCorasick(patterns: patterns)
        #expect(Set(automaton.matches(in: haystack)) == naive(patterns, haystack))
    }

    struct SearchCase: CustomTestStringConvertible, Sendable {
        let name: String, haystack: String, needle: String, from: Int, expected: Int?
        var testDescription: String { name }
    }

    static let searches: [SearchCase] = [
        .init(name: "at the start", haystack: "と呼んでください", needle: "と呼んで", from: 0, expected: 0),
        .init(name: "after kana that share its first bytes", haystack: "ナムとよんでください", needle: "とよんで", from: 0, expected: 6),
        .init(name: "at the very end", haystack: "月火水木金", needle: "金", from: 0, expected: 12),
        .init(name: "last byte seen before a full match", haystack: "でとよでとよんで", needle: "とよんで", from: 0, expected: 12),
        .init(name: "not before the start offset", haystack: "とよんでとよんで", needle: "とよんで", from: 1, expected: 12),
        .init(name: "absent", haystack: "お電話ください", needle: "とよんで", from: 0, expected: nil),
        .init(name: "needle longer than the rest", haystack: "とよ", needle: "とよんで", from: 0, expected: nil),
        .init(name: "start past the end", haystack: "とよんで", needle: "で", from: 40, expected: nil),
    ]

    /// ByteSearch anchors on the needle's last byte; the oracle is a plain scan.
    @Test(arguments: searches)
    func byteSearchFindsTheFirstOccurrence(_ c: SearchCase) {
        let haystack = Array(c.haystack.utf8), needle = Array(c.needle.utf8)
        #expect(ByteSearch.firstIndex(of: needle, in: haystack, from: c.from) == c.expected)
        let oracle = c.from + needle.count <= haystack.count
            ? (c.from...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) } : nil
        #expect(oracle == c.expected)
    }

    @Test(arguments: 0..<25)
    func agreesWithTheNaiveOracleOnRandomInput(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let alphabet: [UInt8] = [0x61, 0x62, 0x63, 0xE3, 0x81, 0x82]
        let patterns = (0..<(1 + seed % 12)).map { _ in
            (0..<(1 + Int(generator.next() % 5))).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        }
        let haystack = (0..<200).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        let automaton = AhoCorasick(patterns: patterns)
        #expect(Set(automaton.matches(in: haystack)) == naive(patterns, haystack))
    }

    /// The per-pattern scan reports the automaton's matches in the automaton's order (callers
    /// keep state between matches), for distinct patterns as the name propagation passes them.
    @Test(arguments: 0..<25)
    func perPatternScanMatchesTheAutomatonInOrder(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed) &+ 1000)
        let alphabet: [UInt8] = [0x61, 0x62, 0xE3, 0x81, 0x82]
        let patterns = Array(Set((0..<(1 + seed % 12)).map { _ in
            (0..<(1 + Int(generator.next() % 5))).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        }))
        let haystack = (0..<200).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        var expected: [Range<Int>] = [], scanned: [Range<Int>] = []
        let automaton = AhoCorasick(patterns: patterns)
        haystack.withUnsafeBufferPointer { buffer in automaton.forEachMatch(in: buffer) { expected.append($0.range) } }
        ByteSearch.forEachMatch(of: patterns, in: haystack) { scanned.append($0) }
        #expect(scanned == expected)
    }

    @Test func emptyPatternsNeverMatch() {
        let automaton = AhoCorasick(patterns: [[], Array("a".utf8)])
        #expect(automaton.matches(in: Array("aa".utf8)).count == 2)
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E3779B97F4A7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
