import SuminuriJSONLines
import TextNormalization

/// `--jsonl` on standard input: the reader, entries and batches are `SuminuriJSONLines`; this
/// writes its notes and numbered problems to stderr.
enum JSONLinesInput {
    /// Runs `transform` on every entry of standard input (decoded as `--charset` says) on
    /// `jobs` threads and hands the results to `emit` in input order. A bad line is reported on
    /// stderr by its number, never its content, and produces no result.
    /// - Returns: the number of bad lines.
    static func process<T: Sendable>(_ input: InputOptions, jobs: Int, _ transform: @escaping @Sendable (JSONLines.Entry) -> T,
                                     emit: (T) -> Void) throws -> Int {
        let decoding = try input.decoding()
        let charsets: JSONLines.Charsets
        switch decoding {
        case .utf8OrDetected: charsets = .utf8OrDetected
        case .strict(let charset): charsets = .strict(charset)
        case .detect: charsets = .detect
        }
        do {
            return try JSONLines.process(charsets: charsets, jobs: jobs, chunks: { try Input.forEachChunk($0) }, transform) { event in
                switch event {
                case .result(let result): emit(result)
                case .note(let note): Output.error(note)
                case .problem(let line, let problem): Output.error("line \(line): \(problem.rawValue); skipped")
                }
            }
        } catch let error as DecodingError {
            throw InputOptions.failure(error, decoding)
        }
    }
}
