/// A match of one pattern: its index in the pattern list and its byte range in the haystack.
public struct PatternMatch: Sendable, Hashable {
    /// Index of the pattern in the list the automaton was built from.
    public var pattern: Int
    /// Half-open UTF-8 byte range in the searched bytes.
    public var range: Range<Int>

    public init(pattern: Int, range: Range<Int>) {
        self.pattern = pattern
        self.range = range
    }
}

/// A multi-pattern matcher over bytes (Aho–Corasick), compiled to a DFA once and then
/// immutable: build it at start-up, search any number of texts from any thread.
///
/// It reports every occurrence of every pattern, overlapping ones included, so callers can
/// apply their own longest-match or containment rules.
/// - Complexity: building is O(total pattern bytes × byte classes); searching is O(n + m)
///   for n haystack bytes and m matches.
public struct AhoCorasick: Sendable {
    /// Byte → equivalence class. Bytes that occur in no pattern share class 0.
    private let byteClass: [UInt8]
    private let classCount: Int
    /// Dense DFA: `transitions[state * classCount + class]`.
    private let transitions: [Int32]
    /// Patterns ending at each state (own and inherited through suffix links):
    /// `outputs[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]
    private let patternLengths: [Int32]

    /// The number of patterns.
    public var patternCount: Int { patternLengths.count }

    /// Builds the automaton. Empty patterns are ignored (they never match).
    public init<S: Sequence>(patterns: S) where S.Element == [UInt8] {
        let patterns = Array(patterns)
        patternLengths = patterns.map { Int32($0.count) }

        var classOf = [UInt8](repeating: 0, count: 256)
        var used = [Bool](repeating: false, count: 256)
        for pattern in patterns { for byte in pattern { used[Int(byte)] = true } }
        var next: UInt8 = 1
        for byte in 0..<256 where used[byte] {
            classOf[byte] = next
            next = next &+ 1
        }
        // More than 255 used byte values cannot happen in UTF-8 (0xC0, 0xC1, 0xF5... never occur).
        let classes = Int(next == 0 ? 256 : Int(next))
        byteClass = classOf
        classCount = classes

        // Trie with sparse children.
        var children: [[(UInt8, Int32)]] = [[]]
        var own: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for byte in pattern {
                let c = classOf[Int(byte)]
                if let child = children[state].first(where: { $0.0 == c }) {
                    state = Int(child.1)
                } else {
                    children.append([])
                    own.append([])
                    let id = Int32(children.count - 1)
                    children[state].append((c, id))
                    state = Int(id)
                }
            }
            own[state].append(Int32(index))
        }

        // Breadth-first: failure links, then dense transitions filled from the failure state.
        let stateCount = children.count
        var table = [Int32](repeating: 0, count: stateCount * classes)
        var failure = [Int32](repeating: 0, count: stateCount)
        var order: [Int] = [0]
        order.reserveCapacity(stateCount)
        for (c, child) in children[0] {
            table[Int(c)] = child
            order.append(Int(child))
        }
        var head = 1
        while head < order.count {
            let state = order[head]
            head += 1
            let fail = Int(failure[state])
            let base = state * classes, failBase = fail * classes
            for c in 0..<classes { table[base + c] = table[failBase + c] }
            for (c, child) in children[state] {
                failure[Int(child)] = table[failBase + Int(c)]
                table[base + Int(c)] = child
                order.append(Int(child))
            }
        }
        // Inherit outputs along failure links, in BFS order so parents are complete first.
        var merged = own
        for state in order.dropFirst() where !merged[Int(failure[state])].isEmpty {
            merged[state] += merged[Int(failure[state])]
        }
        var starts = [Int32](repeating: 0, count: stateCount + 1)
        var flat: [Int32] = []
        for state in 0..<stateCount {
            starts[state] = Int32(flat.count)
            flat += merged[state]
        }
        starts[stateCount] = Int32(flat.count)
        transitions = table
        outputStart = starts
        outputs = flat
    }

    /// Calls `body` for every occurrence of every pattern, in order of match end.
    public func forEachMatch(in haystack: UnsafeBufferPointer<UInt8>, _ body: (PatternMatch) -> Void) {
        transitions.withUnsafeBufferPointer { table in
            outputStart.withUnsafeBufferPointer { starts in
                byteClass.withUnsafeBufferPointer { classOf in
                    var state = 0
                    for i in 0..<haystack.count {
                        state = Int(table[state * classCount + Int(classOf[Int(haystack[i])])])
                        let lower = Int(starts[state]), upper = Int(starts[state + 1])
                        if lower != upper {
                            for k in lower..<upper {
                                let pattern = Int(outputs[k])
                                body(PatternMatch(pattern: pattern, range: (i + 1 - Int(patternLengths[pattern]))..<(i + 1)))
                            }
                        }
                    }
                }
            }
        }
    }

    /// Every occurrence of every pattern, in order of match end.
    public func matches(in haystack: [UInt8]) -> [PatternMatch] {
        var result: [PatternMatch] = []
        haystack.withUnsafeBufferPointer { buffer in forEachMatch(in: buffer) { result.append($0) } }
        return result
    }
}
