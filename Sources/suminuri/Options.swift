import ArgumentParser
import Foundation
import Suminuri
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
        let pseudonymizer: KeyedPseudonymizer?
        do { pseudonymizer = try KeyedPseudonymizer.load(keyFile: keyFile) } catch {
            throw ValidationError("\(error)")
        }
        if let path = self.policy {
            do {
                policy = try PolicyFile(contentsOf: URL(fileURLWithPath: path)).policy(profile: profile, pseudonymizer: pseudonymizer)
            } catch {
                throw ValidationError("policy error: \(error)")
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
                guard let label = Label(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("unknown label in --labels")
                }
                enabled.insert(label)
            }
            policy.enabledLabels = enabled
        }
        return policy
    }

    /// The engine, built once: built-in dictionaries plus `--dictionary` and `SUMINURI_DICTIONARIES`.
    func makeScanner() throws -> SensitiveDataScanner {
        var urls = dictionaries.map { URL(fileURLWithPath: $0) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["SUMINURI_DICTIONARIES"], !fromEnvironment.isEmpty {
            urls = fromEnvironment.split(separator: ":").map { URL(fileURLWithPath: String($0)) } + urls
        }
        do {
            return try SensitiveDataScanner(configuration: .init(additionalDictionaries: urls))
        } catch let error as DictionaryError {
            throw ValidationError("dictionary error: \(error)")
        } catch let error as EngineError {
            throw ValidationError("engine error: \(error)")
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
        Charset of standard input: utf-8 (the default, streamed), a label such as shift_jis, cp932, \
        euc-jp, iso-2022-jp, latin1, or auto (detected; undecodable bytes become U+FFFD and are \
        counted on stderr). Output is always UTF-8.
        """, valueName: "label"))
    var charset: String = "utf-8"

    enum Decoding { case streamedUTF8, strict(Charset), detect }

    func decoding() throws -> Decoding {
        if charset.lowercased() == "auto" { return .detect }
        guard let known = Charset(label: charset) else {
            throw ValidationError("unknown charset label for --charset (known: shift_jis, cp932, euc-jp, iso-2022-jp, iso-2022-jp-1, iso-2022-jp-2, utf-8, us-ascii, latin1, windows-1252, auto)")
        }
        return known == .utf8 ? .streamedUTF8 : .strict(known)
    }

    /// All of standard input as UTF-8, decoded as `--charset` says. Errors name the charset and
    /// the byte offset, never the bytes.
    func readUTF8() throws -> [UInt8] {
        let raw = Input.readAll()
        switch try decoding() {
        case .streamedUTF8:
            return try Input.requireUTF8(raw)
        case .strict(let charset):
            do { return try TextDecoder.decodeStrict(raw, as: charset) } catch {
                throw ValidationError("input does not decode: \(error)")
            }
        case .detect:
            do {
                let decoded = try TextDecoder.decode(raw, declared: nil)
                if decoded.detection.isLenient {
                    Output.error("note: decoded as \(decoded.charset.name) with \(decoded.detection.substitutions) undecodable sequence(s) replaced by U+FFFD")
                }
                return decoded.utf8
            } catch {
                throw ValidationError("input does not decode: \(error)")
            }
        }
    }
}

/// Standard input, read whole or in chunks.
enum Input {
    static func readAll() -> [UInt8] {
        Array(FileHandle.standardInput.readDataToEndOfFile())
    }

    /// Calls `body` with successive chunks of standard input until it ends.
    static func forEachChunk(size: Int = 64 * 1024, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
        defer { buffer.deallocate() }
        while true {
            let count = read(0, buffer.baseAddress, size)
            if count < 0 {
                if errno == EINTR { continue }
                throw ValidationError("cannot read standard input (errno \(errno))")
            }
            if count == 0 { return }
            try body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    static func requireUTF8(_ bytes: [UInt8]) throws -> [UInt8] {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ValidationError("input is not valid UTF-8 (decode it first, e.g. iconv -f SHIFT_JIS -t UTF-8)")
        }
        return bytes
    }
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
