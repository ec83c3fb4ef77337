import Foundation
import Suminuri
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

enum FuzzTarget: String, CaseIterable {
    case normalize, redact, mail, policy, dictionary
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
    }
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
