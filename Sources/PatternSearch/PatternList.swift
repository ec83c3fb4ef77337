/// A list of byte strings kept as two flat arrays (their bytes end to end, and where each
/// starts), so a table compiled at build time carries its patterns without an array per
/// pattern and views them in place at start-up. Tables keep their patterns, not automata of
/// their own, so that an automaton can be built from the lists of the tables a user dictionary
/// changes at run time.
public struct PatternList: Sendable, RandomAccessCollection {
    private let bytes: FlatArray<UInt8>
    /// `starts[i]..<starts[i + 1]` is pattern `i` in `bytes`.
    private let starts: FlatArray<UInt32>

    public init<S: Sequence>(_ patterns: S) where S.Element == [UInt8] {
        var bytes: [UInt8] = [], starts: [UInt32] = [0]
        for pattern in patterns {
            bytes += pattern
            starts.append(UInt32(bytes.count))
        }
        self.bytes = FlatArray(bytes)
        self.starts = FlatArray(starts)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count - 1 }

    public subscript(position: Int) -> [UInt8] {
        Array(bytes.buffer[Int(starts[position])..<Int(starts[position + 1])])
    }

    public func write(to writer: inout TableWriter) {
        writer.write(Array(bytes))
        writer.write(Array(starts))
    }

    public init(reading reader: inout TableReader) {
        bytes = reader.read()
        starts = reader.read()
        precondition(!starts.isEmpty && Int(starts[starts.count - 1]) == bytes.count, "corrupt pattern list")
    }
}
