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

/// A multi-pattern matcher over bytes (Aho–Corasick), compiled once and then immutable:
/// build it at start-up, search any number of texts from any thread.
///
/// It reports every occurrence of every pattern, overlapping ones included, so callers can
/// apply their own longest-match or containment rules.
///
/// Layout: a full DFA row per state would take states × byte classes × 4 bytes (7 MB for the
/// special-care lexicon), which is slow to fill at start-up and far past the cache while
/// searching. Only "wide" states (the root and states with many children, which sit near the
/// root where UTF-8 lead bytes branch) get a complete DFA row; every other state keeps its few
/// trie edges, sorted by class, and falls back along its failure link. The failure chain is
/// walked at most once per byte on average, and ends at a wide state (the root at the latest).
/// - Complexity: building is O(total pattern bytes + wide states × byte classes); searching is
///   O(n + m) for n haystack bytes and m matches.
public struct AhoCorasick: Sendable {
    /// What the search loop reads about a state, packed in 16 bytes so that one cache line
    /// serves a step (separate arrays cost a miss each on the large lexicons).
    struct State: Sendable {
        /// Dense state: offset of its row in `dense` (row × class count). Sparse state: index
        /// of its first edge in `edges`.
        var transitions: UInt32
        /// Number of trie edges of a sparse state, or `State.denseMarker`.
        var edgeCount: UInt32
        /// Longest proper suffix of the state that is also a trie state.
        var failure: UInt32
        /// Patterns ending here: `outputs[outputStart..<states[s + 1].outputStart]`.
        var outputStart: UInt32

        static let denseMarker = UInt32.max
    }

    /// A trie edge of a sparse state.
    struct Edge: Sendable {
        var target: UInt32
        var byteClass: UInt8
    }

    /// A pattern ending at a state, with its length so a match needs no second lookup.
    struct Output: Sendable {
        var pattern: Int32
        var length: Int32
    }

    /// Byte → equivalence class. Bytes that occur in no pattern share class 0.
    private let byteClass: [UInt8]
    /// One entry per state plus a sentinel whose `outputStart` ends the last state's outputs.
    private let states: [State]
    /// Complete rows of the wide states: `dense[row offset + class]` is the next state.
    private let dense: [UInt32]
    /// Trie edges of sparse states, contiguous per state and sorted by class.
    private let edges: [Edge]
    private let outputs: [Output]
    private let patternTotal: Int

    /// States this close to the root get a complete row: a Japanese text keeps the automaton
    /// within the first character (3 UTF-8 bytes) of some pattern most of the time.
    private static let denseDepth = 3
    /// Deeper states with at least this many children get a complete row too.
    private static let wideChildren = 8

    /// The number of patterns.
    public var patternCount: Int { patternTotal }

    /// Builds the automaton. Empty patterns are ignored (they never match).
    public init<S: Sequence>(patterns: S) where S.Element == [UInt8] {
        let patterns = Array(patterns)
        patternTotal = patterns.count

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
        let stateCount = children.count
        for state in 0..<stateCount { children[state].sort { $0.0 < $1.0 } }

        func child(_ state: Int, _ c: UInt8) -> Int? {
            children[state].first(where: { $0.0 == c }).map { Int($0.1) }
        }
        // Breadth-first failure links: a child's failure is where its parent's failure goes on
        // the same class. `delta` is the DFA transition, valid for states already reached.
        var failure = [UInt32](repeating: 0, count: stateCount)
        func delta(_ state: Int, _ c: UInt8) -> Int {
            var s = state
            while true {
                if let t = child(s, c) { return t }
                if s == 0 { return 0 }
                s = Int(failure[s])
            }
        }
        var depth = [Int](repeating: 0, count: stateCount)
        var order: [Int] = [0]
        order.reserveCapacity(stateCount)
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            for (c, next) in children[state] {
                failure[Int(next)] = state == 0 ? 0 : UInt32(delta(Int(failure[state]), c))
                depth[Int(next)] = depth[state] + 1
                order.append(Int(next))
            }
        }

        var packed = [State](repeating: State(transitions: 0, edgeCount: 0, failure: 0, outputStart: 0),
                             count: stateCount + 1)
        var table: [UInt32] = []
        var edgeList: [Edge] = []
        for state in 0..<stateCount {
            packed[state].failure = failure[state]
            if depth[state] <= Self.denseDepth || children[state].count >= Self.wideChildren {
                packed[state].transitions = UInt32(table.count)
                packed[state].edgeCount = State.denseMarker
                for c in 0..<classes { table.append(UInt32(delta(state, UInt8(c)))) }
            } else {
                packed[state].transitions = UInt32(edgeList.count)
                packed[state].edgeCount = UInt32(children[state].count)
                for (c, next) in children[state] { edgeList.append(Edge(target: UInt32(next), byteClass: c)) }
            }
        }

        // Inherit outputs along failure links, in BFS order so parents are complete first.
        var merged = own
        for state in order.dropFirst() where !merged[Int(failure[state])].isEmpty {
            merged[state] += merged[Int(failure[state])]
        }
        var flat: [Output] = []
        for state in 0..<stateCount {
            packed[state].outputStart = UInt32(flat.count)
            flat += merged[state].map { Output(pattern: $0, length: Int32(patterns[Int($0)].count)) }
        }
        packed[stateCount].outputStart = UInt32(flat.count)
        states = packed
        dense = table
        edges = edgeList
        outputs = flat
    }

    /// Calls `body` for every occurrence of every pattern, in order of match end.
    public func forEachMatch(in haystack: UnsafeBufferPointer<UInt8>, _ body: (PatternMatch) -> Void) {
        states.withUnsafeBufferPointer { states in
        dense.withUnsafeBufferPointer { dense in
        edges.withUnsafeBufferPointer { edges in
        outputs.withUnsafeBufferPointer { outputs in
        byteClass.withUnsafeBufferPointer { classOf in
            var state = 0
            for i in 0..<haystack.count {
                let c = classOf[Int(haystack[i])]
                if c == 0 {
                    // A byte of no pattern: every state goes back to the root.
                    if state == 0 { continue }
                    state = 0
                } else {
                    while true {
                        let s = states[state]
                        if s.edgeCount == State.denseMarker {
                            state = Int(dense[Int(s.transitions) &+ Int(c)])
                            break
                        }
                        var k = Int(s.transitions)
                        let end = k &+ Int(s.edgeCount)
                        while k < end && edges[k].byteClass < c { k &+= 1 }
                        if k < end && edges[k].byteClass == c { state = Int(edges[k].target); break }
                        state = Int(s.failure)
                    }
                }
                let lower = Int(states[state].outputStart), upper = Int(states[state &+ 1].outputStart)
                if lower != upper {
                    for k in lower..<upper {
                        let output = outputs[k]
                        body(PatternMatch(pattern: Int(output.pattern), range: (i + 1 - Int(output.length))..<(i + 1)))
                    }
                }
            }
        }}}}}
    }

    /// Every occurrence of every pattern, in order of match end.
    public func matches(in haystack: [UInt8]) -> [PatternMatch] {
        var result: [PatternMatch] = []
        haystack.withUnsafeBufferPointer { buffer in forEachMatch(in: buffer) { result.append($0) } }
        return result
    }
}
