import Foundation
import Suminuri

/// JSON Lines batches: one `{"id": …, "text": …}` object a line in, one result a line out.
/// A bad line is reported on stderr by its line number, never its content, and skipped.
enum JSONLines {
    /// Reads JSON Lines from standard input in batches, turns each valid entry into a result on
    /// `jobs` threads, and hands the results to `emit` in input order, on this thread. A bad
    /// line is reported on stderr by its number and produces no result.
    /// - Returns: the number of bad lines.
    static func process<T: Sendable>(jobs: Int, _ transform: @escaping @Sendable (_ entry: Entry) -> T,
                                     emit: (T) -> Void) throws -> Int {
        var bad = 0
        var lineNumber = 0
        var pending: [UInt8] = []
        var batch: [(number: Int, line: ArraySlice<UInt8>)] = []
        var batchBytes = 0
        func flush() {
            bad += run(batch, jobs: jobs, transform, emit: emit)
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }
        func take(_ line: ArraySlice<UInt8>) {
            lineNumber += 1
            batch.append((lineNumber, line))
            batchBytes += line.count
            if batch.count >= 4096 || batchBytes >= 8 << 20 { flush() }
        }
        try Input.forEachChunk { chunk in
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                take(pending[start..<newline])
                start = newline + 1
            }
            pending.removeSubrange(0..<start)
        }
        if !pending.isEmpty { take(pending[...]) }
        flush()
        return bad
    }

    /// One batch on `jobs` threads; outputs written in order.
    private static func run<T: Sendable>(_ batch: [(number: Int, line: ArraySlice<UInt8>)], jobs: Int,
                                         _ transform: @escaping @Sendable (Entry) -> T, emit: (T) -> Void) -> Int {
        guard !batch.isEmpty else { return 0 }
        let results = Results<T>(count: batch.count)
        defer { results.deallocate() }
        let lines = batch
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { worker in
            var index = worker
            while index < lines.count {
                results.set(index, entry(lines[index].line, number: lines[index].number).map { $0.map(transform) })
                index += jobs
            }
        }
        var bad = 0
        for index in 0..<batch.count {
            switch results.get(index) {
            case .some(.success(let result)): emit(result)
            case .some(.failure(let problem)):
                bad += 1
                Output.error("line \(batch[index].number): \(problem.rawValue); skipped")
            case .none: break  // a blank line
            }
        }
        return bad
    }

    enum Problem: String, Error { case notJSON = "not a valid JSON object", noText = "no \"text\" string" }

    /// One input line: its id and other fields (as JSON) and its text.
    struct Entry: Sendable {
        /// The `id` field as JSON, or the line number when the line has none.
        let id: String
        let text: String
        /// The other fields, as `,"key":value` in key order, kept in the output.
        let otherFields: String
    }

    /// The entry of one line, nil for a blank line.
    private static func entry(_ line: ArraySlice<UInt8>, number: Int) -> Result<Entry, Problem>? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else { return .failure(.notJSON) }
        guard let text = object["text"] as? String else { return .failure(.noText) }
        var others = ""
        for key in object.keys.sorted() where key != "id" && key != "text" && key != "spans" {
            others += "," + quote(key) + ":" + encodeJSONValue(object[key]!)
        }
        return .success(Entry(id: object["id"].map(encodeJSONValue) ?? String(number), text: text, otherFields: others))
    }

    /// Result slots that worker threads fill at distinct indices.
    private final class Results<T>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Result<T, Problem>??>
        init(count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: nil) }
        func set(_ index: Int, _ value: Result<T, Problem>?) { slots[index] = .some(value) }
        func get(_ index: Int) -> Result<T, Problem>? { slots[index] ?? nil }
        func deallocate() { slots.deinitialize(); slots.deallocate() }
    }

    static func encodeJSONValue(_ value: Any) -> String {
        if let string = value as? String { return quote(string) }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]),
           let json = String(data: data, encoding: .utf8) { return json }
        return "null"
    }

    /// A JSON string literal; non-ASCII stays as UTF-8.
    static func quote(_ string: String) -> String {
        var out = "\""
        out.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func number(_ value: Double) -> String { String(format: "%.3f", value) }
}
