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
///
/// The search is bound by memory latency, so a step touches as little as it can: a transition
/// target names a wide state by the offset of its row (state × byte classes, so a step between
/// wide states is one add and one load, no multiply on the chain from byte to byte) and a sparse
/// state by `wideCount × classCount` plus its index; it carries a flag when patterns end there,
/// so the output table is read only on a match.
/// - Complexity: building is O(total pattern bytes + wide states × byte classes); searching is
///   O(n + m) for n haystack bytes and m matches.
public struct AhoCorasick: Sendable {
    /// A transition target: the state's code (its row offset when wide, `wideCount ×
    /// classCount` plus its sparse index otherwise), with `Target.hasOutput` set when patterns
    /// end at that state.
    typealias Target = UInt32

    /// What the search reads about a sparse state.
    struct SparseState: Sendable {
        /// Its trie edges: `edges[edgeStart..<edgeStart + edgeCount]`, sorted by class.
        var edgeStart: UInt32
        var edgeCount: UInt32
        /// Longest proper suffix of the state that is also a trie state: its code, without the flag.
        var failure: UInt32
    }

    /// A trie edge of a sparse state.
    struct Edge: Sendable {
        var target: Target
        var byteClass: UInt8
    }

    /// A pattern ending at a state, with its length so a match needs no second lookup.
    struct Output: Sendable {
        var pattern: Int32
        var length: Int32
    }

    /// Set in a target when patterns end at the target state.
    static let hasOutput: Target = 1 << 31

    /// Byte → equivalence class. Bytes that occur in no pattern share class 0.
    private let byteClass: FlatArray<UInt8>
    private let classCount: Int
    /// States `0..<wideCount` are wide (the root is 0); `dense[state × classCount + class]` is
    /// the target of a wide state on a class.
    private let wideCount: Int
    private let dense: FlatArray<Target>
    /// States `wideCount...`: `sparse[state - wideCount]`.
    private let sparse: FlatArray<SparseState>
    private let edges: FlatArray<Edge>
    /// Patterns ending at each state: `outputs[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: FlatArray<UInt32>
    private let outputs: FlatArray<Output>
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
        byteClass = FlatArray(classOf)
        classCount = classes

        // Trie: each state's children as a linked list sorted by class, in flat arrays, so
        // start-up allocates no array per state (the lexicons have 10^5 states).
        var firstChildOf: [Int32] = [-1], nextSiblingOf: [Int32] = [-1], classInto: [UInt8] = [0]
        var childCounts: [Int] = [0]
        var own: [[Int32]] = [[]]
        // The root's children by class as well: the root has a child for nearly every class, and
        // walking its sibling list at every pattern's first byte and at every failure link made
        // up most of the build (an automaton of names is built for every text).
        var rootChildOf = [Int32](repeating: -1, count: classes)
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for byte in pattern {
                let c = classOf[Int(byte)]
                if state == 0, rootChildOf[Int(c)] >= 0 {
                    state = Int(rootChildOf[Int(c)])
                    continue
                }
                var previous: Int32 = -1, k = firstChildOf[state]
                while k >= 0 && classInto[Int(k)] < c { previous = k; k = nextSiblingOf[Int(k)] }
                if k >= 0 && classInto[Int(k)] == c {
                    state = Int(k)
                    continue
                }
                let id = Int32(classInto.count)
                classInto.append(c)
                nextSiblingOf.append(k)
                firstChildOf.append(-1)
                childCounts.append(0)
                own.append([])
                if previous < 0 { firstChildOf[state] = id } else { nextSiblingOf[Int(previous)] = id }
                if state == 0 { rootChildOf[Int(c)] = id }
                childCounts[state] += 1
                state = Int(id)
            }
            own[state].append(Int32(index))
        }
        let stateCount = classInto.count
        let firstChild = firstChildOf, nextSibling = nextSiblingOf, childCount = childCounts, rootChild = rootChildOf

        /// The children of `state` in class order.
        func forEachChild(_ state: Int, _ body: (_ c: UInt8, _ next: Int) -> Void) {
            var k = firstChild[state]
            while k >= 0 {
                body(classInto[Int(k)], Int(k))
                k = nextSibling[Int(k)]
            }
        }
        func child(_ state: Int, _ c: UInt8) -> Int? {
            if state == 0 { return rootChild[Int(c)] >= 0 ? Int(rootChild[Int(c)]) : nil }
            var k = firstChild[state]
            while k >= 0 && classInto[Int(k)] < c { k = nextSibling[Int(k)] }
            return k >= 0 && classInto[Int(k)] == c ? Int(k) : nil
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
            forEachChild(state) { c, next in
                failure[next] = state == 0 ? 0 : UInt32(delta(Int(failure[state]), c))
                depth[next] = depth[state] + 1
                order.append(next)
            }
        }

        // Inherit outputs along failure links, in BFS order so parents are complete first.
        var merged = own
        for state in order.dropFirst() where !merged[Int(failure[state])].isEmpty {
            merged[state] += merged[Int(failure[state])]
        }

        // Renumber: wide states first (in breadth-first order, so the root stays 0), then sparse.
        let isWide = (0..<stateCount).map { depth[$0] <= Self.denseDepth || childCount[$0] >= Self.wideChildren }
        let newOrder = order.filter { isWide[$0] } + order.filter { !isWide[$0] }
        precondition(newOrder.count < Int(Self.hasOutput), "too many automaton states")
        var number = [UInt32](repeating: 0, count: stateCount)
        for (new, old) in newOrder.enumerated() { number[old] = UInt32(new) }
        let wide = newOrder.prefix { isWide[$0] }.count
        precondition(wide * classes + (stateCount - wide) < Int(Self.hasOutput), "too many automaton states")
        /// The state's code: its row offset when wide, past all rows otherwise.
        func code(_ old: Int) -> UInt32 {
            isWide[old] ? number[old] * UInt32(classes) : UInt32(wide * classes) + (number[old] - UInt32(wide))
        }
        func target(_ old: Int) -> Target { code(old) | (merged[old].isEmpty ? 0 : Self.hasOutput) }

        // A wide state's row is its failure state's row with its own edges written over it
        // (off the trie, `delta(s, c)` is `delta(failure(s), c)`). Rows are filled in
        // breadth-first order, so a wide failure state's row is already there; only a sparse
        // failure state (below a wide state deep in the trie) needs the walk.
        var table = [Target](repeating: 0, count: wide * classes)
        var sparseStates: [SparseState] = []
        var edgeList: [Edge] = []
        var starts: [UInt32] = []
        var flat: [Output] = []
        for old in newOrder {
            if isWide[old] {
                let row = Int(number[old]) * classes
                let fallback = Int(failure[old])
                if old == 0 {
                    // The root's row stays 0 (itself) off its edges.
                } else if isWide[fallback] {
                    let from = Int(number[fallback]) * classes
                    for c in 0..<classes { table[row + c] = table[from + c] }
                } else {
                    for c in 0..<classes { table[row + c] = target(delta(fallback, UInt8(c))) }
                }
                forEachChild(old) { c, next in table[row + Int(c)] = target(next) }
            } else {
                sparseStates.append(SparseState(edgeStart: UInt32(edgeList.count), edgeCount: UInt32(childCount[old]),
                                                failure: code(Int(failure[old]))))
                forEachChild(old) { c, next in edgeList.append(Edge(target: target(next), byteClass: c)) }
            }
            starts.append(UInt32(flat.count))
            flat += merged[old].map { Output(pattern: $0, length: Int32(patterns[Int($0)].count)) }
        }
        starts.append(UInt32(flat.count))
        wideCount = wide
        dense = FlatArray(table)
        sparse = FlatArray(sparseStates)
        edges = FlatArray(edgeList)
        outputStart = FlatArray(starts)
        outputs = FlatArray(flat)
    }

    /// Writes the compiled tables (for a build tool: see `init(reading:)`).
    public func write(to writer: inout TableWriter) {
        writer.write(patternTotal)
        writer.write(classCount)
        writer.write(wideCount)
        writer.write(Array(byteClass))
        writer.write(Array(dense))
        writer.write(Array(sparse))
        writer.write(Array(edges))
        writer.write(Array(outputStart))
        writer.write(Array(outputs))
    }

    /// An automaton over tables `write(to:)` wrote, viewed in place: no work at start-up.
    public init(reading reader: inout TableReader) {
        patternTotal = reader.readInt()
        classCount = reader.readInt()
        wideCount = reader.readInt()
        byteClass = reader.read()
        dense = reader.read()
        sparse = reader.read()
        edges = reader.read()
        outputStart = reader.read()
        outputs = reader.read()
        precondition(byteClass.count == 256 && dense.count == wideCount * classCount && outputStart.count == wideCount + sparse.count + 1,
                     "corrupt automaton table")
    }

    /// Calls `body` for every occurrence of every pattern, in order of match end.
    public func forEachMatch(in haystack: UnsafeBufferPointer<UInt8>, _ body: (PatternMatch) -> Void) {
        let classCount = classCount, wideCount = wideCount, rowsEnd = UInt32(wideCount * classCount)
        let dense = dense.buffer, sparse = sparse.buffer, edges = edges.buffer
        let outputStart = outputStart.buffer, outputs = outputs.buffer, classOf = byteClass.buffer
        var target: Target = 0
        var i = 0
        let count = haystack.count
        while i < count {
            // Steps without a match run in this inner loop, which calls nothing, so the tables
            // stay in registers (with the call to `body` inside, they were reloaded at every byte).
            while i < count {
                let c = classOf[Int(haystack[i])]
                i &+= 1
                if c == 0 {
                    // A byte of no pattern: every state goes back to the root, which has no output.
                    target = 0
                    continue
                }
                var code = target & ~Self.hasOutput
                while true {
                    if code < rowsEnd {
                        target = dense[Int(code) &+ Int(c)]
                        break
                    }
                    let s = sparse[Int(code &- rowsEnd)]
                    var k = Int(s.edgeStart)
                    let end = k &+ Int(s.edgeCount)
                    while k < end && edges[k].byteClass < c { k &+= 1 }
                    if k < end && edges[k].byteClass == c { target = edges[k].target; break }
                    code = s.failure
                }
                if target & Self.hasOutput != 0 { break }
            }
            guard target & Self.hasOutput != 0 else { break }
            // Patterns end at byte `i - 1`. Back from the code to the state number (a
            // division, but only on a match).
            let code = Int(target & ~Self.hasOutput)
            let state = code < Int(rowsEnd) ? code / classCount : wideCount &+ (code &- Int(rowsEnd))
            for k in Int(outputStart[state])..<Int(outputStart[state &+ 1]) {
                let output = outputs[k]
                body(PatternMatch(pattern: Int(output.pattern), range: (i - Int(output.length))..<i))
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
