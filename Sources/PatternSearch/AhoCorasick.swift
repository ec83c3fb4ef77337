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
    /// Byte → equivalence class. Bytes that occur in no pattern share class 0.
    private let byteClass: [UInt8]
    private let classCount: Int
    /// Per state: the index of its complete DFA row in `dense`, or -1 for a sparse state.
    private let denseRow: [Int32]
    /// Complete rows: `dense[row * classCount + class]` is the next state.
    private let dense: [UInt32]
    /// Trie edges of sparse states, `edgeStart[s]..<edgeStart[s + 1]`, sorted by class.
    private let edgeStart: [UInt32]
    private let edgeClass: [UInt8]
    private let edgeTarget: [UInt32]
    /// Longest proper suffix of each state that is also a trie state.
    private let failure: [UInt32]
    /// Patterns ending at each state (own and inherited through suffix links):
    /// `outputs[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]
    private let patternLengths: [Int32]

    /// States this close to the root get a complete row: a Japanese text keeps the automaton
    /// within the first character (3 UTF-8 bytes) of some pattern most of the time.
    private static let denseDepth = 3
    /// Deeper states with at least this many children get a complete row too.
    private static let wideChildren = 8

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

        var rows = [Int32](repeating: -1, count: stateCount)
        var table: [UInt32] = []
        var starts = [UInt32](repeating: 0, count: stateCount + 1)
        var edgeClasses: [UInt8] = []
        var edgeTargets: [UInt32] = []
        for state in 0..<stateCount {
            starts[state] = UInt32(edgeClasses.count)
            if depth[state] <= Self.denseDepth || children[state].count >= Self.wideChildren {
                rows[state] = Int32(table.count / classes)
                for c in 0..<classes { table.append(UInt32(delta(state, UInt8(c)))) }
            } else {
                for (c, next) in children[state] {
                    edgeClasses.append(c)
                    edgeTargets.append(UInt32(next))
                }
            }
        }
        starts[stateCount] = UInt32(edgeClasses.count)

        // Inherit outputs along failure links, in BFS order so parents are complete first.
        var merged = own
        for state in order.dropFirst() where !merged[Int(failure[state])].isEmpty {
            merged[state] += merged[Int(failure[state])]
        }
        var outputStarts = [Int32](repeating: 0, count: stateCount + 1)
        var flat: [Int32] = []
        for state in 0..<stateCount {
            outputStarts[state] = Int32(flat.count)
            flat += merged[state]
        }
        outputStarts[stateCount] = Int32(flat.count)
        denseRow = rows
        dense = table
        edgeStart = starts
        edgeClass = edgeClasses
        edgeTarget = edgeTargets
        self.failure = failure
        outputStart = outputStarts
        outputs = flat
    }

    /// Calls `body` for every occurrence of every pattern, in order of match end.
    public func forEachMatch(in haystack: UnsafeBufferPointer<UInt8>, _ body: (PatternMatch) -> Void) {
        let classCount = classCount
        denseRow.withUnsafeBufferPointer { denseRow in
        dense.withUnsafeBufferPointer { dense in
        edgeStart.withUnsafeBufferPointer { edgeStart in
        edgeClass.withUnsafeBufferPointer { edgeClass in
        edgeTarget.withUnsafeBufferPointer { edgeTarget in
        failure.withUnsafeBufferPointer { failure in
        outputStart.withUnsafeBufferPointer { starts in
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
                        let row = Int(denseRow[state])
                        if row >= 0 { state = Int(dense[row * classCount + Int(c)]); break }
                        var k = Int(edgeStart[state])
                        let end = Int(edgeStart[state + 1])
                        while k < end && edgeClass[k] < c { k += 1 }
                        if k < end && edgeClass[k] == c { state = Int(edgeTarget[k]); break }
                        state = Int(failure[state])
                    }
                }
                let lower = Int(starts[state]), upper = Int(starts[state + 1])
                if lower != upper {
                    for k in lower..<upper {
                        let pattern = Int(outputs[k])
                        body(PatternMatch(pattern: pattern, range: (i + 1 - Int(patternLengths[pattern]))..<(i + 1)))
                    }
                }
            }
        }}}}}}}}
    }

    /// Every occurrence of every pattern, in order of match end.
    public func matches(in haystack: [UInt8]) -> [PatternMatch] {
        var result: [PatternMatch] = []
        haystack.withUnsafeBufferPointer { buffer in forEachMatch(in: buffer) { result.append($0) } }
        return result
    }
}
