import Foundation
import Suminuri
import SuminuriJSONLines
import SuminuriMail
import SuminuriPolicy
import TextNormalization

// Fuzz targets for libFuzzer. `.ci/fuzz.sh` builds this with AddressSanitizer, coverage
// instrumentation and -DFUZZING, and links libFuzzer without its `main`: `main` below hands
// control to `LLVMFuzzerRunDriver`. (`-sanitize=fuzzer` would link libFuzzer's own `main`
// into every executable of the build, the dictionary plugin's host tool included, which then
// fails to link.) Without FUZZING this is a replayer: `suminuri-fuzz TARGET FILE|DIR…` runs a
// target on saved inputs (seeds, crash reproducers), so the targets build and run in every
// ordinary build too.
//
// The target is chosen by SUMINURI_FUZZ_TARGET (libFuzzer keeps its own arguments):
//   normalize  decode + normalise + offset map: every normalised range maps to whole characters
//   redact     scan and redact under three policies: text outside edits unchanged, no crash
//   mail       the MIME parser and writer: exit paths are values or MailError, never a trap
//   policy     the TOML policy loader: a value or a PolicyFileError
//   dictionary the TSV dictionary loader: a value or a DictionaryError with file:line
//   jsonl      the JSON Lines reader and entries: every line numbered, every byte in one line,
//              every line that is not blank a result or a numbered problem, every output line
//              one valid JSON object

enum FuzzTarget: String, CaseIterable {
    case normalize, redact, mail, policy, dictionary, jsonl
}

struct Engines: @unchecked Sendable {
    let scanner: SensitiveDataScanner
    let mail: MailRedactor
    static let shared: Engines = {
        guard let scanner = try? SensitiveDataScanner() else { fatalError("the engine does not build") }
        return Engines(scanner: scanner, mail: MailRedactor(scanner: scanner))
    }()
}

let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["SUMINURI_FUZZ_TARGET"] ?? "redact"
    guard let target = FuzzTarget(rawValue: name) else { fatalError("unknown SUMINURI_FUZZ_TARGET \(name)") }
    return target
}()

/// A broken invariant is a finding of the fuzzer: stop loudly (libFuzzer saves the input).
func require(_ condition: Bool, _ what: String) {
    if !condition { fatalError("invariant broken: \(what)") }
}

func fuzzOne(_ bytes: [UInt8]) {
    switch target {
    case .normalize:
        guard let decoded = try? TextDecoder.decode(bytes, declared: nil) else { return }
        let text = decoded.utf8
        require(String(validating: text, as: UTF8.self) != nil, "decoded text is UTF-8")
        guard let normalized = Normalizer().normalize(text) else { return }
        let count = normalized.bytes.count
        for lower in stride(from: 0, through: count, by: max(1, count / 16)) {
            for upper in [lower, min(count, lower + 1), min(count, lower + 7), count] where upper >= lower {
                let range = normalized.originalRange(for: NormalizedRange(utf8: lower..<upper)).utf8
                require(range.lowerBound >= 0 && range.upperBound <= text.count && range.lowerBound <= range.upperBound, "range inside the text")
                require(String(validating: text[range], as: UTF8.self) != nil, "whole characters")
            }
        }
    case .redact:
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        for policy in [Policy.default, Policy(scope: .sentence), Policy(placeholder: .mask)] {
            let redaction = Engines.shared.scanner.redact(text, policy: policy)
            let original = Array(text.utf8)
            var cursor = 0
            var rebuilt: [UInt8] = []
            for edit in redaction.edits {
                require(edit.range.lowerBound.utf8 >= cursor && edit.range.upperBound.utf8 <= original.count, "edits in order, inside the text")
                rebuilt += original[cursor..<edit.range.lowerBound.utf8]
                rebuilt += edit.replacement.utf8
                cursor = edit.range.upperBound.utf8
            }
            rebuilt += original[cursor...]
            require(rebuilt == Array(redaction.text.utf8), "the edits are exactly what changed")
        }
    case .mail:
        _ = try? Engines.shared.mail.redact(bytes)
    case .policy:
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        _ = try? PolicyFile(text: text, path: "fuzz.toml", directory: URL(fileURLWithPath: "/nonexistent"))
    case .dictionary:
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        var set = DictionarySet()
        for path in ["special-care/medical.tsv", "names/family-names.tsv", "plates/regions.tsv", "context/hotwords.tsv"] {
            try? set.add(contents: text, path: path)
        }
        _ = try? SensitiveDataScanner(dictionaries: set)
    case .jsonl:
        fuzzJSONLines(bytes)
    }
}

func isBlank(_ line: [UInt8]) -> Bool { line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

func fuzzJSONLines(_ bytes: [UInt8]) {
    // The reader on its own, fed in two pieces and deciding on the charset early or late.
    let cut = bytes.isEmpty ? 0 : Int(bytes[0]) * bytes.count / 256
    var reader = JSONLines.Reader(sniffLength: Int(bytes.last ?? 0) * 64)
    var lines = reader.feed(Array(bytes[..<cut]))
    lines += reader.feed(Array(bytes[cut...]))
    guard let rest = try? reader.finish() else { return require(false, "a detecting reader never throws on input") }
    lines += rest
    require(lines.enumerated().allSatisfy { $0.element.number == $0.offset + 1 }, "lines numbered 1, 2, … without a gap")
    require(lines.allSatisfy { !$0.bytes.contains(0x0A) }, "no line feed inside a line")
    if reader.inputDecoding == nil {
        var joined = Array(lines.map(\.bytes).joined(separator: [0x0A]))
        if bytes.last == 0x0A { joined.append(0x0A) }
        let input = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        require(joined == input, "every byte of the input in exactly one line")
    }
    for line in lines {
        switch JSONLines.entry(line) {
        case nil: require(isBlank(line.bytes), "only a blank line gives nothing")
        case .failure: break
        case .success(let entry):
            require(entry.line == line.number, "the entry keeps its line number")
            for (field, json) in [("text", JSONLines.quote(entry.text)), ("spans", "[]")] {
                let output = entry.outputLine(field, json)
                require(output.hasSuffix("\n") && !output.dropLast().contains("\n"), "one output line")
                let object = (try? JSONSerialization.jsonObject(with: Data(output.utf8))) as? [String: Any]
                require(object != nil, "the output line is a JSON object")
                require(object?["id"] != nil && object?[field] != nil, "the output line has its id and field")
            }
        }
    }
    // The whole run as `--jsonl` makes it (one thread here): every line that is not blank
    // gives one event, a result that is valid JSON or a numbered problem.
    var whole = JSONLines.Reader()
    let expected = (whole.feed(bytes) + ((try? whole.finish()) ?? [])).filter { !isBlank($0.bytes) }.map(\.number)
    var numbers: [Int] = []
    var problems = 0
    let counted = try? JSONLines.process(jobs: 1, chunks: { body in
        try bytes.withUnsafeBufferPointer { try body($0) }
    }, { entry in (entry.line, entry.outputLine("text", JSONLines.quote(entry.text))) }) { event in
        switch event {
        case .result(let (number, output)):
            numbers.append(number)
            require((try? JSONSerialization.jsonObject(with: Data(output.utf8))) is [String: Any], "every output line is valid JSON")
        case .problem(let number, _):
            numbers.append(number)
            problems += 1
        case .note(let note): require(note.hasPrefix("note: "), "a note is a note")
        }
    }
    require(counted == problems, "the problems counted are the problems reported")
    require(numbers == expected, "every line that is not blank gives one event, in order: none dropped silently")
}

/// One input from libFuzzer.
func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { fuzzOne([]); return 0 }
    fuzzOne(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
struct Fuzz {
    static func main() {
        _ = target  // fail early on an unknown SUMINURI_FUZZ_TARGET
        // Build the engine before the first input, so its start-up is not counted as a timeout.
        if target == .redact || target == .mail { _ = Engines.shared }
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzInput(data, size) })
    }
}
#else
@main
struct Replay {
    static func main() {
        var arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.popFirst(), FuzzTarget(rawValue: name) != nil else {
            FileHandle.standardError.write(Data("usage: suminuri-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) FILE|DIR…\n".utf8))
            exit(2)
        }
        setenv("SUMINURI_FUZZ_TARGET", name, 1)
        var count = 0
        for path in arguments {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                fuzzOne(Array(data))
                count += 1
            }
        }
        print("\(name): \(count) inputs replayed")
    }
}
#endif
