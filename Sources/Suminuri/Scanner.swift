import Foundation
import TextNormalization

/// The pipeline for the case store and the CLI: normalise, detect, resolve, redact.
///
/// Build one `SensitiveDataScanner` (it compiles the dictionaries, which may throw), then call `scan` or
/// `redact` any number of times from any thread: a scan never throws.
///
/// ```swift
/// let scanner = try SensitiveDataScanner()
/// let result = scanner.redact("携帯は090-1234-5678です")
/// // result.text == "携帯は［電話番号］です"
/// ```
public struct SensitiveDataScanner: Sendable {
    /// How a scanner is built.
    public struct Configuration: Sendable {
        /// Directories or files whose dictionaries are added to the built-in ones.
        public var additionalDictionaries: [URL]
        /// Use only `additionalDictionaries`, not the built-in ones.
        public var replaceBuiltInDictionaries: Bool
        public var policy: Policy

        public init(additionalDictionaries: [URL] = [], replaceBuiltInDictionaries: Bool = false, policy: Policy = Policy()) {
            self.additionalDictionaries = additionalDictionaries
            self.replaceBuiltInDictionaries = replaceBuiltInDictionaries
            self.policy = policy
        }
    }

    public let policy: Policy
    private let normalizer = Normalizer()
    private let hotwords: HotwordIndex
    private let detectors: [any Detector]

    /// Texts longer than this are scanned in pieces cut at line breaks.
    static let chunkSize = 1 << 20

    public init(configuration: Configuration = Configuration()) throws {
        var dictionaries = configuration.replaceBuiltInDictionaries ? DictionarySet() : try DictionarySet.builtIn()
        for url in configuration.additionalDictionaries { try dictionaries.add(contentsOf: url) }
        try self.init(dictionaries: dictionaries, policy: configuration.policy)
    }

    public init(dictionaries: DictionarySet, policy: Policy = Policy()) throws {
        self.policy = policy
        hotwords = try HotwordIndex(dictionaries: dictionaries, normalizer: normalizer)
        detectors = try Self.makeDetectors(dictionaries: dictionaries, normalizer: normalizer)
    }

    static func makeDetectors(dictionaries: DictionarySet, normalizer: Normalizer) throws -> [any Detector] {
        [
            try PhoneDetector(dictionaries: dictionaries),
            try PlateDetector(dictionaries: dictionaries, normalizer: normalizer),
            EmailDetector(),
            NumberIdentifierDetector(),
            BankAccountDetector(),
            try PostalCodeDetector(dictionaries: dictionaries, normalizer: normalizer),
            DocumentNumberDetector(),
            VINDetector(),
            try SpecialCareDetector(dictionaries: dictionaries, normalizer: normalizer),
            try AddressDetector(dictionaries: dictionaries, normalizer: normalizer),
            BirthdateDetector(),
            try PersonDetector(dictionaries: dictionaries, normalizer: normalizer),
        ]
    }

    // MARK: Scanning

    /// The findings the policy accepts, without overlaps, in text order.
    public func scan(_ text: String) -> [Finding] {
        scan(utf8: Array(text.utf8))
    }

    /// Redacts `text` under the scanner's policy.
    public func redact(_ text: String) -> Redaction {
        let bytes = Array(text.utf8)
        let (redacted, findings) = redact(utf8: bytes)
        return Redaction(text: String(decoding: redacted, as: UTF8.self), findings: findings)
    }

    /// Every finding of every detector before policy and overlap resolution (for evaluation
    /// and threshold tuning).
    public func allFindings(_ text: String) -> [Finding] {
        var result: [Finding] = []
        forEachChunk(Array(text.utf8)) { chunk, offset in
            result += detect(chunk).map { $0.shifted(by: offset) }
        }
        return result
    }

    /// `scan` over valid UTF-8 bytes.
    package func scan(utf8 bytes: [UInt8]) -> [Finding] {
        var result: [Finding] = []
        forEachChunk(bytes) { chunk, offset in
            result += Self.resolve(detect(chunk).filter(policy.accepts)).map { $0.shifted(by: offset) }
        }
        return result
    }

    /// `redact` over valid UTF-8 bytes: the redacted bytes and the resolved findings.
    package func redact(utf8 bytes: [UInt8]) -> (bytes: [UInt8], findings: [Finding]) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var findings: [Finding] = []
        forEachChunk(bytes) { chunk, offset in
            let accepted = detect(chunk).filter(policy.accepts)
            let sentences: (() -> [Int])? = policy.scope == .sentence ? { TextBoundaries.boundaries(.sentence, in: chunk) } : nil
            output += Redactor.redact(chunk, findings: accepted, policy: policy, sentences: sentences)
            findings += Self.resolve(accepted).map { $0.shifted(by: offset) }
        }
        return (output, findings)
    }

    /// Runs every detector over one piece of text.
    private func detect(_ bytes: [UInt8]) -> [Finding] {
        let text = normalizer.normalize(bytes) ?? NormalizedText.foldedOnly(bytes)
        let context = ScanContext(text: text, hotwords: hotwords.hits(in: text.bytes))
        var findings: [Finding] = []
        for detector in detectors { findings += detector.findings(in: context) }
        return findings
    }

    /// Calls `body` with pieces of at most about `chunkSize` bytes, cut after a blank line
    /// where possible, else after a line break, so that a value split over one line break
    /// stays in one piece.
    private func forEachChunk(_ bytes: [UInt8], _ body: ([UInt8], Int) -> Void) {
        if bytes.count <= Self.chunkSize { body(bytes, 0); return }
        var start = 0
        while start < bytes.count {
            var end = min(start + Self.chunkSize, bytes.count)
            if end < bytes.count {
                let window = max(start + 1, end - 64 * 1024)
                var cut: Int? = nil
                var i = end - 1
                while i > window {
                    if bytes[i] == 0x0A && bytes[i - 1] == 0x0A { cut = i + 1; break }
                    i -= 1
                }
                if cut == nil, let lastBreak = bytes[start..<end].lastIndex(of: 0x0A) { cut = lastBreak + 1 }
                // One huge line: cut after a sentence end (。) or a space, never inside a value.
                if cut == nil {
                    var j = end - 1
                    while j > window, cut == nil {
                        if bytes[j] == 0x20 || (j >= 2 && bytes[j - 2] == 0xE3 && bytes[j - 1] == 0x80 && bytes[j] == 0x82) { cut = j + 1 }
                        j -= 1
                    }
                }
                // Never cut inside a UTF-8 sequence.
                if var c = cut ?? Optional(end) {
                    while c < bytes.count, c > start, bytes[c] & 0xC0 == 0x80 { c += 1 }
                    end = c
                }
            }
            body(Array(bytes[start..<end]), start)
            start = end
        }
    }

    /// Keeps, among overlapping findings, the most confident (then the longest); spans of
    /// different labels may not overlap in a report.
    /// - Complexity: O(n log n) plus the square of the largest cluster of overlapping findings.
    static func resolve(_ findings: [Finding]) -> [Finding] {
        let sorted = findings.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var result: [Finding] = []
        var cluster: [Finding] = []
        var clusterEnd = 0
        func flush() {
            let ranked = cluster.sorted {
                ($0.confidence, $0.range.count, $1.range.lowerBound) > ($1.confidence, $1.range.count, $0.range.lowerBound)
            }
            var kept: [Finding] = []
            for finding in ranked where !kept.contains(where: { $0.range.overlaps(finding.range) }) { kept.append(finding) }
            result += kept.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
            cluster.removeAll(keepingCapacity: true)
        }
        for finding in sorted {
            if !cluster.isEmpty && finding.range.lowerBound >= clusterEnd { flush() }
            clusterEnd = cluster.isEmpty ? finding.range.upperBound : max(clusterEnd, finding.range.upperBound)
            cluster.append(finding)
        }
        flush()
        return result
    }
}

extension Finding {
    func shifted(by offset: Int) -> Finding {
        guard offset != 0 else { return self }
        var copy = self
        copy.range = (range.lowerBound + offset)..<(range.upperBound + offset)
        copy.normalizedRange = (normalizedRange.lowerBound + offset)..<(normalizedRange.upperBound + offset)
        return copy
    }
}
