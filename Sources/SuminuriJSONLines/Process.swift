import Dispatch
import TextNormalization

extension JSONLines {
    /// What `process` reports, in input order.
    public enum Event<T> {
        /// A note for stderr on how the input or a line was decoded (numbers, never content).
        case note(String)
        /// The transform's result for the entry of a line.
        case result(T)
        /// A line that gave no entry, by its number.
        case problem(line: Int, Problem)
    }

    /// Reads JSON Lines from `chunks` in batches, turns each entry into a result on `jobs`
    /// threads, and hands the events to `emit` in input order, on this thread. Every line that
    /// is not blank gives either a `.result` or a `.problem`.
    /// - Parameter chunks: calls its argument with successive chunks of the input.
    /// - Returns: the number of problems.
    /// - Throws: what `chunks` throws, or `DecodingError` from `Reader.finish()`.
    public static func process<T: Sendable>(
        charsets: Charsets = .utf8OrDetected, jobs: Int,
        chunks: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void,
        _ transform: @escaping @Sendable (Entry) -> T, emit: (Event<T>) -> Void
    ) throws -> Int {
        // `chunks` cannot call back into `emit` otherwise: both are non-escaping parameters.
        try withoutActuallyEscaping(emit) { emit in
            var reader = Reader(charsets: charsets)
            var problems = 0
            var batch: [Line] = []
            var batchBytes = 0
            func flush() {
                problems += run(batch, jobs: max(1, jobs), transform, emit: emit)
                batch.removeAll(keepingCapacity: true)
                batchBytes = 0
            }
            func take(_ lines: [Line], last: Bool) {
                for line in lines {
                    batch.append(line)
                    batchBytes += line.bytes.count
                    if batch.count >= 4096 || batchBytes >= 8 << 20 { flush() }
                }
                if last { flush() }
            }
            try chunks { chunk in take(reader.feed(chunk), last: false) }
            let rest = try reader.finish()
            if let decoding = reader.inputDecoding { emit(.note(decoding.note())) }
            take(rest, last: true)
            return problems
        }
    }

    /// One batch on `jobs` threads; events emitted in order.
    private static func run<T: Sendable>(_ batch: [Line], jobs: Int, _ transform: @escaping @Sendable (Entry) -> T,
                                         emit: (Event<T>) -> Void) -> Int {
        guard !batch.isEmpty else { return 0 }
        let results = Results<(T, LineDecoding?)>(count: batch.count)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { worker in
            var index = worker
            while index < batch.count {
                results.set(index, entry(batch[index]).map { $0.map { (transform($0), $0.decoding) } })
                index += jobs
            }
        }
        var problems = 0
        for index in 0..<batch.count {
            switch results.get(index) {
            case .some(.success(let (result, decoding))):
                if let decoding { emit(.note(decoding.note())) }
                emit(.result(result))
            case .some(.failure(let problem)):
                problems += 1
                emit(.problem(line: batch[index].number, problem))
            case .none: break  // a blank line
            }
        }
        return problems
    }

    /// Result slots that worker threads fill at distinct indices.
    private final class Results<T>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Result<T, Problem>??>
        init(count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: nil) }
        func set(_ index: Int, _ value: Result<T, Problem>?) { slots[index] = .some(value) }
        func get(_ index: Int) -> Result<T, Problem>? { slots[index] ?? nil }
        func deallocate() { slots.deinitialize(); slots.deallocate() }
    }
}
