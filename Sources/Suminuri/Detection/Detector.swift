import TextNormalization

/// A detector turns a normalised text into findings. Detectors are built once from the
/// dictionaries (building may throw), are immutable and `Sendable`, and never throw or trap
/// while scanning.
protocol Detector: Sendable {
    /// The labels this detector can produce.
    var labels: Set<Label> { get }
    func findings(in context: ScanContext) -> [Finding]
}

/// What every detector shares about one text.
struct ScanContext {
    let text: NormalizedText
    /// Every dictionary pattern in the text, by table (the front end's one pass).
    let candidates: FrontEnd.Candidates
    let hotwords: HotwordIndex.Hits
    /// The text's digit runs (`IdentifierScanning.digitRuns`), found once for every detector
    /// of numbers instead of once each.
    let digitRuns: [DigitRun]
    /// People the name detector found with a rule's confidence (normalised UTF-8 ranges, in text
    /// order), for the detectors that run after it: a name is a person word before a fact
    /// (杉本は軽い打撲), as 父 or さん is. Empty before the name detector has run.
    var people: [Range<Int>] = []
    /// The confidence a name needs to count among `people`.
    static let personConfidence = 0.6

    init(text: NormalizedText, candidates: FrontEnd.Candidates, hotwords: HotwordIndex.Hits) {
        self.text = text
        self.candidates = candidates
        self.hotwords = hotwords
        digitRuns = IdentifierScanning.digitRuns(in: text.bytes)
    }

    /// A finding for the normalised range, mapped back to whole original characters.
    func finding(_ label: Label, _ normalized: Range<Int>, confidence: Double, rule: String) -> Finding {
        let range = NormalizedRange(utf8: normalized)
        return Finding(label: label, range: text.originalRange(for: range), normalizedRange: range,
                       confidence: min(max(confidence, 0), 1), rule: rule)
    }

    /// Whether the Latin letters at the normalised `range` (lower case there) are capitals as
    /// written, full-width ones included.
    func isWrittenInCapitals(_ range: Range<Int>) -> Bool {
        let written = String(decoding: text.original[text.originalRange(for: NormalizedRange(utf8: range)).utf8], as: UTF8.self)
        return written == written.uppercased()
    }
}

/// Byte classes of the normalised text (ASCII is already lower-case there).
enum ByteClass {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLower(b) || (b >= 0x41 && b <= 0x5A) }
}

extension Array {
    /// The first index whose key is at least `value`, in an array sorted by that key.
    func firstIndex(startingAtOrAfter value: Int, key: (Element) -> Int) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if key(self[mid]) < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
