import Foundation
import Suminuri
import SuminuriEvaluation

// Benchmark: start-up (building the scanner) and redaction throughput on one core.
//
// Usage: suminuri-bench [--size-mb N] [--corpus DIR | --text FILE] [--write FILE]
// The haystack is the corpus texts repeated to N MB (default 100), one inquiry a paragraph: a
// worst case, since nearly every inquiry carries personal data. --text FILE repeats a plain
// text instead (e.g. ../shared/context/privacy-policy.ja.txt, prose with little to find).
// With --write it also saves the haystack, for timing the CLI: suminuri redact < FILE.

var sizeMB = 100
var corpusPath = "Corpus"
var writePath: String? = nil
var textPath: String? = nil
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--size-mb": sizeMB = Int(arguments.popFirst() ?? "") ?? sizeMB
    case "--corpus": corpusPath = arguments.popFirst() ?? corpusPath
    case "--write": writePath = arguments.popFirst()
    case "--text": textPath = arguments.popFirst()
    default:
        FileHandle.standardError.write(Data("usage: suminuri-bench [--size-mb N] [--corpus DIR | --text FILE] [--write FILE]\n".utf8))
        exit(2)
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakRSSMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

var scanner: SensitiveDataScanner!
let startup = try seconds { scanner = try SensitiveDataScanner() }

var texts: [String] = []
do {
    if let textPath {
        texts = [try String(contentsOfFile: textPath, encoding: .utf8)]
    } else {
        for url in try CorpusReader.files(at: [corpusPath]) {
            texts += try CorpusReader.read(url).map(\.text)
        }
    }
} catch {
    FileHandle.standardError.write(Data("suminuri-bench: cannot read the haystack source (\(error)); run from the package root or pass --corpus/--text\n".utf8))
    exit(2)
}
guard !texts.isEmpty else {
    FileHandle.standardError.write(Data("no corpus texts under \(corpusPath)\n".utf8))
    exit(2)
}
var haystack: [UInt8] = []
let target = sizeMB * 1_000_000
haystack.reserveCapacity(target + 4096)
var index = 0
while haystack.count < target {
    haystack += texts[index % texts.count].utf8
    haystack += [0x0A, 0x0A]
    index += 1
}
if let writePath {
    try Data(haystack).write(to: URL(fileURLWithPath: writePath))
}

var found = 0
let elapsed = seconds {
    let text = String(decoding: haystack, as: UTF8.self)
    found = scanner.redact(text).findings.count
}
let megabytes = Double(haystack.count) / 1_000_000
print(String(format: "startup_s=%.3f size_mb=%.1f redact_s=%.2f throughput_mb_s=%.1f findings=%d peak_rss_mb=%.0f",
             startup, megabytes, elapsed, megabytes / elapsed, found, peakRSSMB()))
