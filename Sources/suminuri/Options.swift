import ArgumentParser
import Foundation
import Suminuri
import SuminuriJSONLines
import SuminuriPolicy
import TextNormalization

extension Policy.Placeholder: ExpressibleByArgument {}
extension Policy.Scope: ExpressibleByArgument {}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Options every command shares: dictionaries and policy.
struct ScannerOptions: ParsableArguments {
    @Option(name: .customLong("dictionary"), help: ArgumentHelp(
        "A dictionary directory laid out like Dictionaries/ (or one .tsv file) added to the built-in ones. Repeatable.",
        valueName: "path"))
    var dictionaries: [String] = []

    @Option(help: ArgumentHelp("Minimum confidence for a label, e.g. MEDICAL=0.7. Repeatable.", valueName: "LABEL=VALUE"))
    var threshold: [String] = []

    @Option(help: ArgumentHelp("Only these labels, comma-separated (default: all).", valueName: "LABELS"))
    var labels: String?

    @Option(help: "Placeholder style: label (special care as ［要配慮個人情報］; the default), detailed-label, mask.")
    var placeholder: Policy.Placeholder?

    @Option(help: "Redaction scope of special-care findings: span (the default) or sentence.")
    var scope: Policy.Scope?

    @Option(help: ArgumentHelp("A policy file (TOML): profiles, operators, allow-list. See the README.", valueName: "file"))
    var policy: String?

    @Option(help: ArgumentHelp("The profile of --policy to apply (default: its default_profile).", valueName: "name"))
    var profile: String?

    @Option(name: .customLong("key-file"), help: ArgumentHelp(
        "The secret key for pseudonyms and report digests (else SUMINURI_PSEUDONYM_KEY; never on the command line).",
        valueName: "file"))
    var keyFile: String?

    /// The policy these options describe, handed to the scanner with each call: the profile
    /// of `--policy`, then the options given on the command line over it. Every error here
    /// comes before any input is read.
    func makePolicy() throws -> Policy {
        var policy = Policy()
        let pseudonymizer = try Self.pseudonymizer(keyFile: keyFile)
        if let path = self.policy {
            do {
                policy = try PolicyFile(contentsOf: URL(fileURLWithPath: path)).policy(profile: profile, pseudonymizer: pseudonymizer)
            } catch {
                throw RuntimeError("policy error: \(error)")
            }
        } else if profile != nil {
            throw ValidationError("--profile needs --policy")
        } else {
            policy.pseudonymizer = pseudonymizer
        }
        if let placeholder { policy.placeholder = placeholder }
        if let scope { policy.scope = scope }
        for item in threshold {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let label = Label(rawValue: parts[0]), let value = Double(parts[1]), (0...1).contains(value) else {
                throw ValidationError("--threshold takes LABEL=VALUE with a label of ANNOTATION.md and a value in 0...1")
            }
            policy.thresholds[label] = value
        }
        if let labels {
            var enabled = Set<Label>()
            for name in labels.split(separator: ",") {
                let trimmed = name.trimmingCharacters(in: .whitespaces)
                guard let label = Label(rawValue: trimmed) else {
                    throw ValidationError("unknown label \"\(trimmed)\" in --labels (see `suminuri labels`)")
                }
                enabled.insert(label)
            }
            policy.enabledLabels = enabled
        }
        return policy
    }

    /// The policy when no option is given: `makePolicy()` of empty options.
    static func defaultPolicy() throws -> Policy {
        var policy = Policy()
        policy.pseudonymizer = try pseudonymizer(keyFile: nil)
        return policy
    }

    /// The key of `--key-file`, else of `SUMINURI_PSEUDONYM_KEY`, else none.
    static func pseudonymizer(keyFile: String?) throws -> KeyedPseudonymizer? {
        do { return try KeyedPseudonymizer.load(keyFile: keyFile) } catch {
            throw RuntimeError("\(error)")
        }
    }

    /// The engine, built once: built-in dictionaries plus `--dictionary` and `SUMINURI_DICTIONARIES`.
    func makeScanner() throws -> SensitiveDataScanner {
        try Self.makeScanner(dictionaries: dictionaries)
    }

    static func makeScanner(dictionaries: [String]) throws -> SensitiveDataScanner {
        var urls = dictionaries.map { URL(fileURLWithPath: $0) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["SUMINURI_DICTIONARIES"], !fromEnvironment.isEmpty {
            urls = fromEnvironment.split(separator: ":").map { URL(fileURLWithPath: String($0)) } + urls
        }
        do {
            return try SensitiveDataScanner(configuration: .init(additionalDictionaries: urls))
        } catch let error as DictionaryError {
            throw RuntimeError("dictionary error: \(error)")
        } catch let error as EngineError {
            throw RuntimeError("engine error: \(error)")
        }
    }
}

/// Options of the commands that read JSON Lines batches.
struct BatchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Threads for --jsonl (default: the number of cores). Output stays in input order.", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}

/// How standard input is decoded (the pipeline's first stage).
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        Charset of standard input, strict: shift_jis, cp932, euc-jp, iso-2022-jp, utf-8, utf-16, \
        latin1, … or auto. Without it, input is read as UTF-8 and streamed, unless it starts as \
        ISO-2022-JP, UTF-16 or another non-UTF-8 charset, which is then detected and decoded; stray \
        invalid bytes become U+FFFD (counted on stderr). The same for --jsonl, where a later line \
        that is not UTF-8 is decoded on its own. Output is always UTF-8.
        """, valueName: "label"))
    var charset: String?

    enum Decoding {
        /// UTF-8, streamed; other charsets detected from the first chunk.
        case utf8OrDetected
        /// A declared charset: bytes that do not decode under it are an error.
        case strict(Charset)
        /// Detected from the whole input.
        case detect
    }

    func decoding() throws -> Decoding {
        guard let charset else { return .utf8OrDetected }
        if charset.lowercased() == "auto" { return .detect }
        guard let known = Charset(label: charset) else {
            throw ValidationError("unknown charset \"\(charset)\" for --charset (known: shift_jis, cp932, euc-jp, iso-2022-jp, iso-2022-jp-1, iso-2022-jp-2, utf-8, utf-16, utf-16le, utf-16be, us-ascii, latin1, windows-1252, auto)")
        }
        return .strict(known)
    }

    /// All of standard input as UTF-8, decoded as `--charset` says. Errors name the charset and
    /// the byte offset, never the bytes.
    func readUTF8() throws -> [UInt8] {
        try Self.decode(Input.readAll(), try decoding())
    }

    static func decode(_ raw: [UInt8], _ decoding: Decoding, source: String = "input", quiet: Bool = false) throws -> [UInt8] {
        switch decoding {
        case .strict(let charset):
            do { return try TextDecoder.decodeStrict(raw, as: charset) } catch {
                throw failure(error, decoding)
            }
        case .utf8OrDetected, .detect:
            do {
                let decoded = try TextDecoder.decode(raw, declared: nil)
                if !quiet, decoded.charset != .utf8 || decoded.detection.isLenient {
                    Output.error(JSONLines.InputDecoding(charset: decoded.charset, substitutions: decoded.detection.substitutions).note(for: source))
                }
                return decoded.utf8
            } catch {
                throw failure(error, decoding)
            }
        }
    }

    /// The runtime error for input that does not decode: the charset and the byte offset,
    /// never the bytes.
    static func failure(_ error: DecodingError, _ decoding: Decoding) -> RuntimeError {
        if case .strict(let charset) = decoding {
            return RuntimeError("input does not decode as \(charset.name): \(error); try --charset auto")
        }
        return RuntimeError("input does not decode: \(error)")
    }
}

/// Standard input, read whole or in chunks, with read(2): a directory or a closed stream is an
/// error, never a trap.
enum Input {
    static func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Calls `body` with successive chunks of standard input until it ends.
    static func forEachChunk(size: Int = 64 * 1024, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
        defer { buffer.deallocate() }
        while true {
            let count = read(0, buffer.baseAddress, size)
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EISDIR { throw RuntimeError("standard input is a directory; give a file (suminuri redact < file)") }
                throw RuntimeError("cannot read standard input (\(String(cString: strerror(errno))))")
            }
            if count == 0 { return }
            try body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}

/// A failure while running, reported as `suminuri: <problem>` without a usage dump: the
/// options were fine, the input or the environment was not.
struct RuntimeError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

enum Output {
    /// Writes all of `bytes` to standard output; a failed write (closed pipe, full disk) ends
    /// the command with an error rather than a silent partial output.
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var done = 0
            while done < buffer.count {
                let written = Glibc.write(1, buffer.baseAddress! + done, buffer.count - done)
                if written < 0 {
                    if errno == EINTR { continue }
                    error("cannot write standard output (errno \(errno))")
                    exit(ExitStatus.error.rawValue)
                }
                done += written
            }
        }
    }

    static func write(_ text: String) { write(Array(text.utf8)) }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
