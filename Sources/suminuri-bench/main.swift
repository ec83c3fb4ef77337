import Foundation
import Suminuri
import SuminuriEvaluation
import TextNormalization

// The benchmark: one command, every figure the README quotes.
//
//   swift build -c release
//   .build/release/suminuri-bench                 # 100 MB per haystack, a table
//   .build/release/suminuri-bench --json          # the same as JSON
//   .build/release/suminuri-bench --quick         # 2 MB, a smoke run (CI); no timing is asserted
//
// Haystacks: `mix` is the corpus inquiries repeated to the size (nearly every inquiry carries
// personal data); `lookalike` is generated text full of what must NOT be redacted (prices,
// dates, mileage, model codes, part and order numbers). Beside every throughput stands the
// ICU NFKC floor over the same bytes, timed in the same run, and the ratio to it.
// Process figures run the `suminuri` binary next to this one: start-up of `redact` on a 2 KB
// message as a whole process, and the peak memory of `redact` streaming the mix.

struct Options {
    var sizeMB = 100
    var corpus = "Corpus"
    var json = false
    var write: String? = nil
    var streamGB: Double = 0
    var startupRuns = 30
    var latencySample = 2000
}

var options = Options()
var arguments = CommandLine.arguments.dropFirst()
func usage() -> Never {
    FileHandle.standardError.write(Data("""
        usage: suminuri-bench [--size-mb N] [--corpus DIR] [--json] [--quick] [--write FILE] [--stream-gb G]
          --size-mb N    size of each haystack (default 100)
          --quick        2 MB haystacks, 5 start-up runs: a smoke test
          --write FILE   also save the mix haystack (for timing other tools on the same bytes)
          --stream-gb G  also stream G GB (generated, never stored) through `suminuri redact` and report its peak memory

        """.utf8))
    exit(2)
}
while let argument = arguments.popFirst() {
    switch argument {
    case "--size-mb": options.sizeMB = Int(arguments.popFirst() ?? "") ?? { usage() }()
    case "--corpus": options.corpus = arguments.popFirst() ?? { usage() }()
    case "--json": options.json = true
    case "--quick": options.sizeMB = 2; options.startupRuns = 5; options.latencySample = 300
    case "--write": options.write = arguments.popFirst() ?? { usage() }()
    case "--stream-gb": options.streamGB = Double(arguments.popFirst() ?? "") ?? { usage() }()
    default: usage()
    }
}

// MARK: Measuring

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = now()
    try body()
    return Double(now() - start) / 1e9
}
func peakRSSMB(_ who: Int32 = RUSAGE_SELF.rawValue) -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(who), &usage)
    return Double(usage.ru_maxrss) / 1024
}
func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

/// A deterministic generator (SplitMix64), so every run measures the same look-alike text.
typealias SplitMix = SplitMix64

extension SplitMix64 {
    mutating func digits(_ n: Int) -> String { (0..<n).map { _ in String(int(0...9)) }.joined() }
}

/// Text full of numbers and codes that are not personal data.
func lookalikeInquiry(_ g: inout SplitMix) -> String {
    var text = ""
    for _ in 0..<g.int(3...6) { text += lookalikeSentence(&g) }
    return text
}

func lookalikeSentence(_ g: inout SplitMix) -> String {
    switch g.int(0...13) {
    case 0: return "お見積りは" + String(g.int(1...9)) + "," + g.digits(3) + "," + g.digits(3) + "円（税込）でした。"
    case 1: return "\(g.int(2019...2026))年\(g.int(1...12))月\(g.int(1...28))日の\(g.int(9...18)):\(g.int(10...59))に来店予定です。"
    case 2: return "走行距離は\(g.int(1...15)),\(g.digits(3))kmで、年式は\(g.int(2010...2025))年です。"
    case 3: return "型式 DBA-ZVW\(g.int(30...59)) のエンジン型式 2ZR-FXE について質問です。"
    case 4: return "部品番号 \(g.digits(5))-\(g.digits(5)) の在庫はありますか。"
    case 5: return "注文番号 \(g.digits(4))-\(g.digits(4))-\(g.digits(4)) の件で連絡しました。"
    case 6: return "適格請求書の登録番号は T\(g.digits(13)) です。"
    case 7: return "オイル交換は５，０００ｋｍごと、タイヤは２１５／６０Ｒ１６です。"
    case 8: return "ナビの品番 NSZT-Y\(g.int(60...70))T、シリアル \(g.digits(8)) の不具合です。"
    case 9: return "車検は\(g.int(2025...2027))/\(g.int(1...12))/\(g.int(1...28))まで、点検は\(g.int(6...12))か月ごとです。"
    case 10: return "下取り価格\(g.int(10...300))万円、頭金\(g.int(10...90))万円、月々\(g.int(1...9)),\(g.digits(3))円で\(g.int(24...84))回払い。"
    case 11: return "受付番号#\(g.digits(6))、ページ https://example.jp/cars/\(g.digits(7)) を見ました。"
    case 12: return "燃費は\(g.int(10...30)).\(g.int(0...9))km/L、排気量は\(g.int(6...35))00ccです。"
    default: return "キャンペーンコード CP-\(g.digits(4))-\(g.digits(4))、クーポン\(g.int(1...9))000円分。"
    }
}

/// `texts` repeated to `size` bytes, one inquiry a paragraph.
func haystack(_ texts: [String], size: Int) -> (bytes: [UInt8], inquiries: Int) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size + 4096)
    var count = 0
    while bytes.count < size {
        bytes += texts[count % texts.count].utf8
        bytes += [0x0A, 0x0A]
        count += 1
    }
    return (bytes, count)
}

struct Row {
    let name: String
    let megabytes: Double
    let inquiries: Int
    let seconds: Double
    let floorSeconds: Double
    var mbPerSecond: Double { megabytes / seconds }
    var inquiriesPerSecond: Double { Double(inquiries) / seconds }
    var floorMBPerSecond: Double { megabytes / floorSeconds }
    var ratio: Double { seconds / floorSeconds }
}

/// The ICU NFKC step alone over the same bytes, in the pieces the engine uses.
func nfkcFloor(_ bytes: [UInt8]) -> Double {
    var cutter = 0
    return seconds {
        while cutter < bytes.count {
            var end = min(cutter + 256 * 1024, bytes.count)
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            _ = Normalizer.nfkc(Array(bytes[cutter..<end]))
            cutter = end
        }
    }
}

func redactStreaming(_ scanner: SensitiveDataScanner, _ bytes: [UInt8]) -> Int {
    var stream = scanner.redactionStream()
    var written = 0
    var start = 0
    do {
        while start < bytes.count {
            let end = min(start + 64 * 1024, bytes.count)
            written += try stream.feed(bytes[start..<end]).count
            start = end
        }
        written += try stream.finish().count
    } catch {
        FileHandle.standardError.write(Data("suminuri-bench: \(error)\n".utf8))
        exit(1)
    }
    return written
}

// MARK: Process measurements

let cliPath = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("suminuri").path

/// The peak resident memory of a child, read from /proc while it runs. (`wait4`'s `ru_maxrss`
/// would count this process's own memory: a spawned child shares it until it execs.)
final class PeakMemoryWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var peakKB = 0
    private var running = true
    private let path: String

    init(pid: pid_t) {
        path = "/proc/\(pid)/status"
        Thread.detachNewThread { [self] in self.poll() }
    }

    private func poll() {
        while isRunning {
            if let status = try? String(contentsOfFile: path, encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") {
                record(kb)
            }
            usleep(2000)
        }
    }

    private var isRunning: Bool { lock.lock(); defer { lock.unlock() }; return running }
    private func record(_ kb: Int) { lock.lock(); peakKB = max(peakKB, kb); lock.unlock() }

    /// Stops watching; the peak in MB.
    func stop() -> Double {
        lock.lock(); running = false; let kb = peakKB; lock.unlock()
        return Double(kb) / 1024
    }
}

/// Starts `suminuri redact` with stdout to /dev/null and stdin as `stdin` sets it up.
func spawnRedact(_ stdin: (inout posix_spawn_file_actions_t) -> Void) -> pid_t? {
    guard FileManager.default.isExecutableFile(atPath: cliPath) else { return nil }
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    stdin(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let argv: [UnsafeMutablePointer<CChar>?] = [strdup(cliPath), strdup("redact"), nil]
    defer { argv.forEach { free($0) } }
    guard posix_spawn(&pid, cliPath, &actions, nil, argv, environ) == 0 else { return nil }
    return pid
}

/// Runs `suminuri redact` with `input` (a file path) as stdin; wall seconds and peak RSS (MB).
func runCLI(stdin input: String) -> (seconds: Double, rssMB: Double)? {
    let start = now()
    guard let pid = spawnRedact({ posix_spawn_file_actions_addopen(&$0, 0, input, O_RDONLY, 0) }) else { return nil }
    let watch = PeakMemoryWatch(pid: pid)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (Double(now() - start) / 1e9, watch.stop())
}

/// Streams `gigabytes` of the mix through `suminuri redact` via a pipe: peak RSS of the CLI.
func streamCLI(_ texts: [String], gigabytes: Double) -> (seconds: Double, rssMB: Double)? {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return nil }
    let start = now()
    guard let pid = spawnRedact({ actions in
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
    }) else { return nil }
    let watch = PeakMemoryWatch(pid: pid)
    close(fds[0])
    let block = haystack(texts, size: 8 << 20).bytes
    var sent = 0.0
    while sent < gigabytes * 1e9 {
        block.withUnsafeBufferPointer { buffer in
            var done = 0
            while done < buffer.count {
                let n = write(fds[1], buffer.baseAddress! + done, buffer.count - done)
                if n <= 0 { break }
                done += n
            }
        }
        sent += Double(block.count)
    }
    close(fds[1])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (Double(now() - start) / 1e9, watch.stop())
}

// MARK: Run

var scanner: SensitiveDataScanner!
let startup = try seconds { scanner = try SensitiveDataScanner() }

var inquiries: [String] = []
do {
    for url in try CorpusReader.files(at: [options.corpus]) { inquiries += try CorpusReader.read(url).map(\.text) }
} catch {
    FileHandle.standardError.write(Data("suminuri-bench: cannot read the corpus (\(error)); run from the package root or pass --corpus\n".utf8))
    exit(2)
}
guard !inquiries.isEmpty else { usage() }
var generator = SplitMix(seed: 20261203)
let lookalikes = (0..<5000).map { _ in lookalikeInquiry(&generator) }

let size = options.sizeMB * 1_000_000
var rows: [Row] = []
var mixFile: String? = nil
for (name, texts) in [("mix", inquiries), ("lookalike", lookalikes)] {
    let (bytes, count) = haystack(texts, size: size)
    let megabytes = Double(bytes.count) / 1e6
    let floor = nfkcFloor(bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    let scanSeconds = seconds { _ = scanner.scan(text) }
    rows.append(Row(name: "scan \(name)", megabytes: megabytes, inquiries: count, seconds: scanSeconds, floorSeconds: floor))
    let redactSeconds = seconds { _ = redactStreaming(scanner, bytes) }
    rows.append(Row(name: "redact \(name)", megabytes: megabytes, inquiries: count, seconds: redactSeconds, floorSeconds: floor))
    if name == "mix" {
        let path = options.write ?? NSTemporaryDirectory() + "suminuri-bench-\(getpid()).txt"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        mixFile = path
    }
}

// Latency per inquiry: each inquiry of the corpus redacted alone, as the case store calls it.
var latencies: [Double] = []
for text in inquiries.prefix(options.latencySample) {
    latencies.append(seconds { _ = scanner.redact(text) } * 1e6)
}
latencies.sort()
let libraryRSS = peakRSSMB()

// Whole-process figures.
var startupRuns: [Double] = []
var startupRSS = 0.0
let messagePath = NSTemporaryDirectory() + "suminuri-bench-2k-\(getpid()).txt"
do {
    var bytes = Array(inquiries.joined(separator: "\n\n").utf8.prefix(2048))
    while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
    if let last = bytes.last, last >= 0xC0 { bytes.removeLast() }
    _ = FileManager.default.createFile(atPath: messagePath, contents: Data(bytes))
}
for _ in 0..<options.startupRuns {
    if let run = runCLI(stdin: messagePath) { startupRuns.append(run.seconds * 1000); startupRSS = max(startupRSS, run.rssMB) }
}
startupRuns.sort()
let cliMix = mixFile.flatMap { runCLI(stdin: $0) }
let stream = options.streamGB > 0 ? streamCLI(inquiries, gigabytes: options.streamGB) : nil
try? FileManager.default.removeItem(atPath: messagePath)
if options.write == nil, let mixFile { try? FileManager.default.removeItem(atPath: mixFile) }

// MARK: Report

let mixFloor = rows.first { $0.name == "redact mix" }
if options.json {
    func number(_ v: Double) -> String { String(format: "%.3f", v) }
    var items: [String] = []
    for row in rows {
        items.append("{\"name\":\"\(row.name)\",\"mb\":\(number(row.megabytes)),\"inquiries\":\(row.inquiries),\"seconds\":\(number(row.seconds)),\"mb_per_s\":\(number(row.mbPerSecond)),\"inquiries_per_s\":\(number(row.inquiriesPerSecond)),\"nfkc_floor_mb_per_s\":\(number(row.floorMBPerSecond)),\"ratio_to_floor\":\(number(row.ratio))}")
    }
    var json = "{\"throughput\":[\(items.joined(separator: ","))],"
    json += "\"latency_us\":{\"p50\":\(number(percentile(latencies, 0.5))),\"p99\":\(number(percentile(latencies, 0.99))),\"inquiries\":\(latencies.count)},"
    json += "\"library\":{\"startup_s\":\(number(startup)),\"peak_rss_mb\":\(number(libraryRSS))},"
    json += "\"process\":{\"startup_ms_p50\":\(number(percentile(startupRuns, 0.5))),\"startup_ms_p90\":\(number(percentile(startupRuns, 0.9))),\"startup_rss_mb\":\(number(startupRSS))"
    if let cliMix, let mixFloor { json += ",\"redact_mix_s\":\(number(cliMix.seconds)),\"redact_mix_mb_per_s\":\(number(mixFloor.megabytes / cliMix.seconds)),\"redact_mix_peak_rss_mb\":\(number(cliMix.rssMB))" }
    if let stream { json += ",\"stream_gb\":\(number(options.streamGB)),\"stream_s\":\(number(stream.seconds)),\"stream_peak_rss_mb\":\(number(stream.rssMB))" }
    json += "}}\n"
    print(json, terminator: "")
} else {
    var out = "one core, release build; haystacks of \(options.sizeMB) MB; ICU \(Normalizer.icuVersion / 100).\(Normalizer.icuVersion % 100)\n\n"
    out += "measure              MB/s   inquiries/s   NFKC floor MB/s   × floor\n"
    for row in rows {
        out += row.name.padding(toLength: 17, withPad: " ", startingAt: 0)
        out += String(format: "%8.1f  %12.0f  %16.1f  %7.1f\n", row.mbPerSecond, row.inquiriesPerSecond, row.floorMBPerSecond, row.ratio)
    }
    out += String(format: "\nlatency per inquiry (library redact, %d inquiries): p50 %.0f µs, p99 %.0f µs\n", latencies.count, percentile(latencies, 0.5), percentile(latencies, 0.99))
    out += String(format: "library: build the engine %.3f s, peak RSS %.0f MB (haystacks held in memory)\n", startup, libraryRSS)
    if startupRuns.isEmpty {
        out += "process: \(cliPath) not found; build it with `swift build -c release`\n"
    } else {
        out += String(format: "process: `suminuri redact` on a 2 KB message: p50 %.1f ms, p90 %.1f ms, peak RSS ≥ %.0f MB (%d runs)\n",
                      percentile(startupRuns, 0.5), percentile(startupRuns, 0.9), startupRSS, startupRuns.count)
    }
    if let cliMix, let mixFloor {
        out += String(format: "process: `suminuri redact` < mix (%.0f MB): %.2f s, %.1f MB/s, peak RSS %.0f MB\n",
                      mixFloor.megabytes, cliMix.seconds, mixFloor.megabytes / cliMix.seconds, cliMix.rssMB)
    }
    if let stream {
        out += String(format: "process: `suminuri redact` streaming %.1f GB through a pipe: %.1f s, peak RSS %.0f MB\n",
                      options.streamGB, stream.seconds, stream.rssMB)
    }
    print(out, terminator: "")
}
