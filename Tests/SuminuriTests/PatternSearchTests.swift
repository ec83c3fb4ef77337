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
