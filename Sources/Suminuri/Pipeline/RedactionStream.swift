/// Redacts a stream of any length in bounded memory: feed it chunks of UTF-8 as they arrive
/// (a chunk may end inside a character), write out what each call returns, then `finish()`.
///
/// Memory stays at about one piece (256 KiB) plus its look-ahead and the chunk being fed,
/// whatever the length of the stream or of its lines. A value that crosses a chunk edge is
/// found and redacted whole (see `PieceCutter`).
///
/// ```swift
/// var stream = scanner.redactionStream(policy: .default)
/// while let chunk = read() { try write(stream.feed(chunk)) }
/// try write(stream.finish())
/// ```
public struct RedactionStream {
    /// Invalid UTF-8 at a byte offset of the whole stream. Everything returned before it was
    /// redacted; nothing after it is.
    public struct InvalidInput: Error, CustomStringConvertible, Sendable {
        public let offset: Int
        public var description: String { "input is not valid UTF-8 (byte offset \(offset))" }
    }

    /// What a stream does with bytes that are not UTF-8.
    public enum InvalidUTF8: Sendable {
        /// Stop with `InvalidInput` at the first one.
        case reject
        /// Replace each with U+FFFD, count them in `replacedSequences`, go on: the values
        /// around them are still found.
        case replace
    }

    private let scanner: SensitiveDataScanner
    private let policy: Policy
    private let invalidUTF8: InvalidUTF8
    private var cutter: PieceCutter
    private var validator = UTF8StreamValidator()
    private var failed = false
    /// Findings per label so far (counts only: the stream keeps no values).
    public private(set) var counts: [Label: Int] = [:]
    /// False once a piece could not be prepared and was replaced whole.
    public private(set) var isComplete = true

    /// Whether nothing has been fed yet.
    public var isFresh: Bool { validator.offset == 0 && validator.carry.isEmpty }

    /// Invalid UTF-8 sequences replaced so far (`.replace` only).
    public var replacedSequences: Int { validator.replaced }

    init(scanner: SensitiveDataScanner, policy: Policy, invalidUTF8: InvalidUTF8) {
        self.scanner = scanner
        self.policy = policy
        self.invalidUTF8 = invalidUTF8
        cutter = scanner.cutter
    }

    /// Takes the next chunk; returns the redacted text that is ready.
    public mutating func feed<C: Collection>(_ chunk: C) throws(InvalidInput) -> [UInt8] where C.Element == UInt8 {
        try take(Array(chunk), final: false)
    }

    /// Ends the stream; returns the rest of the redacted text.
    public mutating func finish() throws(InvalidInput) -> [UInt8] {
        try take([], final: true)
    }

    private mutating func take(_ chunk: [UInt8], final: Bool) throws(InvalidInput) -> [UInt8] {
        guard !failed else { throw InvalidInput(offset: validator.offset) }
        let validated = chunk.withUnsafeBufferPointer { validator.validate($0, final: final, replacing: invalidUTF8 == .replace) }
        switch validated {
        case .failure(.invalid(let offset)):
            failed = true
            throw InvalidInput(offset: offset)
        case .success(let bytes):
            cutter.append(bytes)
        }
        var output: [UInt8] = []
        while let window = cutter.nextWindow(final: final) {
            let result = scanner.process(cutter.buffer, window, mode: .redact(policy))
            cutter.buffer.withUnsafeBufferPointer {
                Redactor.apply(result.edits, to: $0, in: window.contextLength..<result.commit, offset: window.origin, into: &output)
            }
            for finding in result.findings { counts[finding.label, default: 0] += 1 }
            isComplete = isComplete && result.isComplete
            cutter.commit(through: result.commit)
        }
        return output
    }
}
