import Foundation
import TextNormalization
import PatternSearch

/// The engine the case store and the CLI call: decode → normalise → detect → resolve → policy →
/// redact and report.
///
/// Build one `SensitiveDataScanner` (it compiles the dictionaries and checks ICU, which may
/// throw), then call `scan` or `redact` with a policy, any number of times, from any thread.
/// A scan never throws: the policy is given per call, so one scanner serves every profile.
///
/// ```swift
/// let scanner = try SensitiveDataScanner()
/// let result = scanner.redact("携帯は090-1234-5678です", policy: .default)
/// // result.text == "携帯は［電話番号］です"
/// ```
///
/// Offset unit: findings and edits carry `OriginalRange`s, UTF-8 byte offsets into the text
/// as given.
public struct SensitiveDataScanner: Sendable {
    /// How a scanner is built: which dictionaries. The policy is not part of it.
    public struct Configuration: Sendable {
        /// Directories or files whose dictionaries are added to the built-in ones.
        public var additionalDictionaries: [URL]
        /// Use only `additionalDictionaries`, not the built-in ones.
        public var replaceBuiltInDictionaries: Bool

        public init(additionalDictionaries: [URL] = [], replaceBuiltInDictionaries: Bool = false) {
            self.additionalDictionaries = additionalDictionaries
            self.replaceBuiltInDictionaries = replaceBuiltInDictionaries
        }
    }

    private let normalizer = Normalizer()
    private let frontEnd: FrontEnd
    private let hotwords: HotwordIndex
    private let detectors: [any Detector]
    /// Run again over the view of a text without spaces between words (`joiningSpacedWords`).
    private let specialCareDetector: SpecialCareDetector
    /// Piece sizes for long texts (tests use small ones to exercise the cuts).
    let cutter: PieceCutter

    public init(configuration: Configuration = Configuration()) throws {
        var dictionaries = configuration.replaceBuiltInDictionaries ? DictionarySet() : try DictionarySet.builtIn()
        for url in configuration.additionalDictionaries { try dictionaries.add(contentsOf: url) }
        try self.init(dictionaries: dictionaries)
    }

    public init(dictionaries: DictionarySet) throws {
        try self.init(dictionaries: dictionaries, cutter: PieceCutter())
    }

    init(dictionaries: DictionarySet, cutter: PieceCutter) throws {
        try Self.checkNormalizer(normalizer)
        let tables = try CompiledDictionaries(dictionaries, normalizer: normalizer)
        frontEnd = tables.frontEnd
        hotwords = try HotwordIndex(tables: tables)
        detectors = Self.makeDetectors(tables: tables)
        specialCareDetector = SpecialCareDetector(tables: tables)
        self.cutter = cutter
    }

    /// Fails the build of the engine, not a later scan, when ICU is missing or broken: a scan
    /// must never run on half-prepared text.
    private static func checkNormalizer(_ normalizer: Normalizer) throws {
        let probe = "ｶﾞ０９０ー１２３４"
        guard let text = normalizer.normalize(probe), String(decoding: text.bytes, as: UTF8.self) == "が090-1234" else {
            throw EngineError.normalizerUnavailable(icuVersion: Normalizer.icuVersion)
        }
    }

    static func makeDetectors(tables: CompiledDictionaries) -> [any Detector] {
        [
            PhoneDetector(tables: tables),
            PlateDetector(tables: tables),
            EmailDetector(),
            NumberIdentifierDetector(),
            BankAccountDetector(),
            PostalCodeDetector(tables: tables),
            DocumentNumberDetector(),
            VINDetector(),
            SpecialCareDetector(tables: tables),
            SameSexPartnerDetector(),
            AddressDetector(),
            BirthdateDetector(),
            PersonDetector(tables: tables),
        ]
    }

    // MARK: Scanning

    /// The findings `policy` accepts, without overlaps (the most confident, then the longest,
    /// wins), in text order.
    public func scan(_ text: String, policy: Policy = .default) -> [Finding] {
        run(Array(text.utf8), mode: .scan(policy)).findings
    }

    /// Redacts `text` under `policy`. The result says exactly what was replaced.
    public func redact(_ text: String, policy: Policy = .default) -> Redaction {
        redact(utf8: Array(text.utf8), policy: policy)
    }

    /// Every finding of every detector, before policy and overlap resolution (for evaluation
    /// and threshold tuning).
    public func allFindings(_ text: String) -> [Finding] {
        run(Array(text.utf8), mode: .all).findings
    }

    /// A redactor for a stream too long to hold: feed chunks, write what it returns.
    public func redactionStream(policy: Policy = .default, invalidUTF8: RedactionStream.InvalidUTF8 = .reject) -> RedactionStream {
        RedactionStream(scanner: self, policy: policy, invalidUTF8: invalidUTF8)
    }

    /// `redact` over bytes that must be valid UTF-8.
    package func redact(utf8 bytes: [UInt8], policy: Policy) -> Redaction {
        let result = run(bytes, mode: .redact(policy))
        return Redaction(text: String(decoding: result.output, as: UTF8.self), edits: result.edits,
                         records: result.records, isComplete: result.isComplete)
    }

    // MARK: Pieces

    enum Mode {
        case scan(Policy), redact(Policy), all
    }

    struct PieceResult {
        /// Findings (whole-text offsets) that start in the piece.
        var findings: [Finding] = []
        /// Their report records, under `.redact`.
        var records: [Redaction.Record] = []
        /// Edits (whole-text offsets) of the piece, under `.redact`.
        var edits: [Redaction.Edit] = []
        /// Buffer offset up to which the piece is done.
        var commit: Int
        var isComplete = true
    }

    /// Scans a whole text piece by piece.
    private func run(_ bytes: [UInt8], mode: Mode)
        -> (findings: [Finding], records: [Redaction.Record], edits: [Redaction.Edit], output: [UInt8], isComplete: Bool) {
        var cutter = self.cutter
        cutter.append(bytes)
        var findings: [Finding] = [], records: [Redaction.Record] = [], edits: [Redaction.Edit] = [], output: [UInt8] = []
        var complete = true
        if case .redact = mode { output.reserveCapacity(bytes.count) }
        while let window = cutter.nextWindow(final: true) {
            let result = process(cutter.buffer, window, mode: mode)
            findings += result.findings
            records += result.records
            complete = complete && result.isComplete
            if case .redact = mode {
                cutter.buffer.withUnsafeBufferPointer {
                    Redactor.apply(result.edits, to: $0, in: window.contextLength..<result.commit, offset: window.origin, into: &output)
                }
                edits += result.edits
            }
            cutter.commit(through: result.commit)
        }
        return (findings, records, edits, output, complete)
    }

    /// Scans one window of `buffer` and decides what of it is done.
    func process(_ buffer: [UInt8], _ window: PieceCutter.Window, mode: Mode) -> PieceResult {
        let bytes = window.end == buffer.count ? buffer : Array(buffer[0..<window.end])
        let piece = window.contextLength..<window.cut
        assert(!piece.isEmpty || window.cut == buffer.count)
        guard let text = normalizer.normalize(bytes) else {
            // Fail closed: a piece that cannot be prepared is replaced, never passed on.
            let range = OriginalRange(utf8: piece).shifted(by: window.origin)
            return PieceResult(edits: [.init(range: range, replacement: Redaction.unprocessedPlaceholder, findings: [])],
                               commit: window.cut, isComplete: false)
        }
        let detected = detect(text)
        var result = PieceResult(commit: window.cut)
        switch mode {
        case .all, .scan:
            var findings = detected
            if case .scan(let policy) = mode { findings = Self.resolve(accepted(detected, in: text, by: policy)) }
            findings.sort { $0.range.lowerBound < $1.range.lowerBound }
            result.commit = Self.settle(findings.map { $0.range.utf8 }, context: window.contextLength, cut: window.cut)
            let done = window.contextLength..<result.commit
            result.findings = findings.filter { done.contains($0.range.lowerBound.utf8) }
        case .redact(let policy):
            let accepted = accepted(detected, in: text, by: policy)
            let edits = Redactor.edits(in: text, findings: accepted, policy: policy) {
                TextBoundaries.boundaries(.sentence, in: bytes)
            }.filter { $0.range.lowerBound.utf8 < window.cut && $0.range.upperBound.utf8 > window.contextLength }
            result.commit = Self.settle(edits.map { $0.range.utf8 }, context: window.contextLength, cut: window.cut)
            let done = window.contextLength..<result.commit
            let kept = accepted.filter { policy.operator(for: $0.label) == .keep && done.contains($0.range.lowerBound.utf8) }
            let reported = (edits.flatMap { $0.findings.filter { done.contains($0.range.lowerBound.utf8) } } + kept)
                .sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
            result.records = reported.map { finding in
                let record = Redactor.record(finding, in: text, policy: policy)
                return .init(finding: finding.shifted(by: window.origin), operator: record.operator, digest: record.digest)
            }
            result.findings = result.records.map { $0.finding }
            result.edits = edits.map { edit in
                // An edit that began in the left context was written with the previous piece.
                let lower = max(edit.range.lowerBound.utf8, window.contextLength)
                return .init(range: OriginalRange(utf8: lower..<edit.range.upperBound.utf8).shifted(by: window.origin),
                             replacement: edit.replacement, findings: edit.findings.map { $0.shifted(by: window.origin) })
            }
            return result
        }
        result.findings = result.findings.map { $0.shifted(by: window.origin) }
        return result
    }

    /// Where a piece ends: at its cut, or past it when something that starts in the piece (a
    /// finding, an edit) runs over the cut. `ranges` must be sorted by lower bound.
    static func settle(_ ranges: [Range<Int>], context: Int, cut: Int) -> Int {
        var commit = cut
        for range in ranges where range.lowerBound >= context {
            if range.lowerBound >= commit { break }
            commit = max(commit, range.upperBound)
        }
        return commit
    }

    /// The findings `policy` accepts: enabled, confident enough, and not on its allow-list.
    private func accepted(_ findings: [Finding], in text: NormalizedText, by policy: Policy) -> [Finding] {
        let passing = findings.filter(policy.accepts)
        guard !policy.allowList.isEmpty else { return passing }
        return passing.filter { !policy.allowList.allows(text.value(of: $0)) }
    }

    /// Runs every detector over one normalised piece, after the one pass of the front end
    /// that finds every dictionary pattern for all of them.
    private func detect(_ text: NormalizedText) -> [Finding] {
        let candidates = frontEnd.candidates(in: text.bytes)
        var context = ScanContext(text: text, candidates: candidates, hotwords: hotwords.hits(candidates[.hotwords], in: text.bytes))
        // Names first, so that the special-care detector reads them as person words; the
        // findings keep the detectors' order.
        var found = [[Finding]](repeating: [], count: detectors.count)
        if let names = detectors.firstIndex(where: { $0 is PersonDetector }) {
            found[names] = detectors[names].findings(in: context)
            // (A chat's speaker label, ヨシ：…, names who writes, not whom the line is about.)
            context.people = found[names].filter { $0.label == .person && $0.confidence >= ScanContext.personConfidence }
                .map(\.normalizedRange.utf8).filter { text.bytes[safe: $0.upperBound] != 0x3A }.sorted { $0.upperBound < $1.upperBound }
        }
        for (index, detector) in detectors.enumerated() where !(detector is PersonDetector) { found[index] = detector.findings(in: context) }
        var findings = found.flatMap { $0 }
        if let (joined, map) = text.joiningSpacedWords() { findings = specialCare(in: text, joined: joined, map: map, besides: findings) }
        // A special-care word inside a name is part of the name (神宮司 holds 宮司, a shrine's
        // priest): the name's characters are redacted as the name.
        // (Kanji names read with a strong cue only: わたしはムスリムです is a faith and 産休中です a
        // leave, whatever the looser name rules read.)
        let names = findings.filter { $0.label == .person && $0.confidence >= 0.75 && text.isKanjiName($0.normalizedRange) }.map(\.normalizedRange)
        if !names.isEmpty {
            findings.removeAll { f in
                f.label.isSensitiveCategory && names.contains { $0.lowerBound <= f.normalizedRange.lowerBound && f.normalizedRange.upperBound <= $0.upperBound }
            }
        }
        findings = Self.withoutCarsInTheWorkshop(findings, in: text.bytes)
        // Widened in the text as written, where a space still ends a phrase.
        return SpecialCarePhrase.widen(findings, in: context)
    }

    /// A workshop's list speaks of cars as patients (札幌 580 め 32-07 入院中(板金) 来週退院予定):
    /// a stay in hospital told with no person, on a line that names a car by its plate or its
    /// chassis number and tells no one's medical fact, is the car's.
    static func withoutCarsInTheWorkshop(_ findings: [Finding], in bytes: [UInt8]) -> [Finding] {
        let peoplesFacts = findings.filter { $0.label.isSensitiveCategory && SpecialCareDetector.rule($0.rule, contains: "anchor") }
            .map { lineRange(around: $0.normalizedRange.utf8, in: bytes) }
        let carLines = findings.filter { $0.label == .plate || $0.label == .vin }.map { lineRange(around: $0.normalizedRange.utf8, in: bytes) }
            .filter { !peoplesFacts.contains($0) }
        guard !carLines.isEmpty else { return findings }
        return findings.filter { finding in
            guard finding.label == .medical, !SpecialCareDetector.rule(finding.rule, contains: "anchor"),
                  carLines.contains(where: { $0.contains(finding.normalizedRange.lowerBound.utf8) }) else { return true }
            let surface = bytes[finding.normalizedRange.utf8]
            return !carStays.contains { ByteSearch.firstIndex(of: $0, in: Array(surface), from: 0) != nil }
        }
    }
    private static let carStays: [[UInt8]] = ["入院", "退院", "完治", "精密検査"].map { Array($0.utf8) }

    private static func lineRange(around range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        let start = (bytes[..<range.lowerBound].lastIndex(of: 0x0A) ?? -1) + 1
        let end = bytes[range.upperBound...].firstIndex(of: 0x0A) ?? bytes.count
        return start..<end
    }

    /// Special-care facts that only read as one once the spaces between words are gone
    /// (みみが きこえません, さぎ に あいました): found in the joined view and mapped back to
    /// this text. One replaces the special-care findings of the text as written that it
    /// covers (とうにょうびょう alone, in とうにょうびょうで つういんしてます), and is left out
    /// where it only overlaps one.
    private func specialCare(in text: NormalizedText, joined: NormalizedText, map: OffsetMap, besides found: [Finding]) -> [Finding] {
        let candidates = frontEnd.candidates(in: joined.bytes)
        let context = ScanContext(text: joined, candidates: candidates, hotwords: hotwords.hits(candidates[.hotwords], in: joined.bytes))
        var result = found
        let extra = specialCareDetector.findings(in: context).compactMap { finding -> Finding? in
            guard finding.label.isSensitiveCategory else { return nil }
            // A removed space maps to the edge of the range: the span starts and ends at a word.
            var range = map.sourceRange(for: finding.normalizedRange.utf8)
            while range.lowerBound < range.upperBound, text.bytes[range.lowerBound] == 0x20 { range = (range.lowerBound + 1)..<range.upperBound }
            while range.lowerBound < range.upperBound, text.bytes[range.upperBound - 1] == 0x20 { range = range.lowerBound..<(range.upperBound - 1) }
            let normalized = NormalizedRange(utf8: range)
            return Finding(label: finding.label, range: text.originalRange(for: normalized), normalizedRange: normalized,
                           confidence: finding.confidence, rule: finding.rule)
        }
        for finding in extra {
            let overlapping = result.indices.filter { result[$0].label.isSensitiveCategory && result[$0].range.overlaps(finding.range) }
            guard overlapping.allSatisfy({ finding.range.lowerBound <= result[$0].range.lowerBound && result[$0].range.upperBound <= finding.range.upperBound
                                           && (result[$0].range != finding.range) }) else { continue }
            for index in overlapping.reversed() { result.remove(at: index) }
            result.append(finding)
        }
        return result
    }

    /// Keeps, among overlapping findings, the most confident (then the longest); spans of
    /// different labels may not overlap in a report. Overlapping findings of one label are
    /// first joined into one, over their union, as redaction joins them (田中 美穂様: the name
    /// before the honorific and the full name): the report then names what is redacted.
    /// - Complexity: O(n log n) plus the square of the largest cluster of overlapping findings.
    static func resolve(_ findings: [Finding]) -> [Finding] {
        let sorted = joiningSameLabel(findings.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) })
        var result: [Finding] = []
        var cluster: [Finding] = []
        var clusterEnd = OriginalOffset(0)
        func flush() {
            let ranked = cluster.sorted {
                ($0.confidence, $0.range.count, $1.range.lowerBound.utf8) > ($1.confidence, $1.range.count, $0.range.lowerBound.utf8)
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

    /// Overlapping findings of one label as one finding over their union, named by its most
    /// confident member. `sorted` is sorted by lower bound, and so is the result.
    static func joiningSameLabel(_ sorted: [Finding]) -> [Finding] {
        var result: [Finding] = []
        result.reserveCapacity(sorted.count)
        for finding in sorted {
            // Findings of other labels may stand between two that overlap: look back over the
            // last eight at most (findings that overlap stand next to each other in text order).
            var joined = false
            for index in result.indices.reversed() {
                let other = result[index]
                if other.label == finding.label, other.range.overlaps(finding.range) {
                    let best = other.confidence >= finding.confidence ? other : finding
                    let lower = min(other.normalizedRange.lowerBound, finding.normalizedRange.lowerBound)
                    let upper = max(other.normalizedRange.upperBound, finding.normalizedRange.upperBound)
                    result[index] = Finding(label: best.label,
                                            range: other.range.lowerBound..<max(other.range.upperBound, finding.range.upperBound),
                                            normalizedRange: lower..<upper, confidence: best.confidence, rule: best.rule)
                    joined = true
                    break
                }
                if result.count - index > 8 { break }
            }
            if !joined { result.append(finding) }
        }
        return result
    }
}

/// Why an engine could not be built.
public enum EngineError: Error, CustomStringConvertible, Sendable {
    /// System ICU is missing or does not normalise as expected.
    case normalizerUnavailable(icuVersion: Int)

    public var description: String {
        switch self {
        case .normalizerUnavailable(let version):
            "ICU normalisation is unavailable or broken (linked ICU \(version / 100).\(version % 100)); install libicu-dev"
        }
    }
}

extension Redaction {
    /// What replaces a piece that could not be prepared for scanning.
    public static let unprocessedPlaceholder = "［未処理］"
}

extension NormalizedText {
    /// Whether a range holds only kanji and spaces (a name written in kanji).
    func isKanjiName(_ range: NormalizedRange) -> Bool {
        var p = range.lowerBound.utf8
        var kanji = 0
        while p < range.upperBound.utf8, let (scalar, length) = Scalars.at(bytes, p) {
            switch ScriptClass.of(scalar) {
            case .kanji: kanji += 1
            case .space: break
            default: return false
            }
            p += length
        }
        return kanji > 0
    }
}
