import ArgumentParser
import Foundation
import Suminuri
import SuminuriJSONLines

struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read UTF-8 text on stdin, write it redacted on stdout.",
        discussion: """
        Everything that is not a finding is written byte for byte as it came in. Standard input
        is read and written in chunks: memory stays bounded whatever the input's size, and a
        value that crosses a chunk edge is still redacted whole. Input that starts as another
        charset (ISO-2022-JP, Shift_JIS, EUC-JP, UTF-16) is detected and decoded (a note on
        stderr says which); stray invalid UTF-8 bytes become U+FFFD, counted on stderr.

        JSON Lines (--jsonl) are decoded the same way: a whole input in another charset is
        decoded first, a later line that is not UTF-8 on its own (a note gives its number); a
        line that is not a JSON object with a "text" string is reported by its number, and the
        exit status is then 2. --charset applies to --jsonl too.

        Files and folders: `suminuri redact FILE` writes to stdout; `-o OUT` writes a file, or
        for folders and several files a directory that mirrors the input tree; `--in-place`
        rewrites the inputs. Binary files are skipped with a note. It never writes over its
        input without --in-place.

        Examples:
          echo '携帯は090-1234-5678です' | suminuri redact
          suminuri redact inquiries/ -o redacted/
          suminuri redact inquiry.txt --in-place
          suminuri redact --placeholder mask < inquiry.txt
          suminuri redact --scope sentence --dictionary my-dictionaries/ < inquiry.txt
          suminuri redact --charset shift_jis < sjis-inquiry.txt   # UTF-8 out
          suminuri redact --jsonl --jobs 4 < inquiries.jsonl > redacted.jsonl
        """)

    @OptionGroup var scannerOptions: ScannerOptions
    @OptionGroup var batchOptions: BatchOptions
    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var fileOptions: FileOptions

    @Argument(help: "Files or folders to redact (default: standard input).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write: a file (one input file) or a directory that mirrors the inputs.", valueName: "out"))
    var output: String?

    @Flag(help: "Rewrite the input files with their redacted text.")
    var inPlace = false

    @Flag(help: "Read JSON Lines {\"id\", \"text\"} (any charset --charset reads) and write {\"id\", \"text\": <redacted>} per line, other fields kept.")
    var jsonl = false

    @Option(help: ArgumentHelp("Also write the report (JSON: label, group, offsets, confidence, rule, operator, keyed digest; never a value). With --jsonl, one line per input with its id.", valueName: "file"))
    var report: String?

    func run() throws {
        let scanner = try scannerOptions.makeScanner()
        let policy = try scannerOptions.makePolicy()
        let reportFile = try report.map(ReportFile.init)
        if !paths.isEmpty {
            guard !jsonl else { throw ValidationError("--jsonl reads standard input; give no paths with it") }
            try redactFiles(scanner: scanner, policy: policy, reportFile: reportFile)
            try reportFile?.close()
            return
        }
        guard output == nil, !inPlace else { throw ValidationError("-o and --in-place need input paths") }
        if jsonl {
            let wantReport = reportFile != nil
            let bad = try JSONLinesInput.process(inputOptions, jobs: batchOptions.jobs) { entry in
                let redaction = scanner.redact(entry.text, policy: policy)
                let line = entry.outputLine("text", JSONLines.quote(redaction.text))
                return (line, wantReport ? ReportJSON.document(redaction, original: entry.text, idJSON: entry.id) + "\n" : nil)
            } emit: { (line: String, report: String?) in
                Output.write(Array(line.utf8))
                if let report { reportFile?.append(report) }
            }
            try reportFile?.close()
            if bad > 0 { throw CommandStatus(code: .error) }
            return
        }
        if let reportFile {
            // A report needs the findings' offsets in the whole text: read it whole.
            let bytes = try inputOptions.readUTF8()
            let text = String(decoding: bytes, as: UTF8.self)
            let redaction = scanner.redact(text, policy: policy)
            Output.write(Array(redaction.text.utf8))
            reportFile.append(ReportJSON.document(redaction, original: text) + "\n")
            try reportFile.close()
            if !redaction.isComplete { throw CommandStatus(code: .error) }
            return
        }
        try Self.redactStandardInput(scanner: scanner, policy: policy, decoding: inputOptions.decoding())
    }

    /// Standard input to standard output in chunks: the whole of `suminuri redact` without
    /// paths, `--jsonl` or `--report`.
    static func redactStandardInput(scanner: SensitiveDataScanner, policy: Policy, decoding: InputOptions.Decoding) throws {
        var stream = scanner.redactionStream(policy: policy, invalidUTF8: .replace)
        if case .utf8OrDetected = decoding {
            // Stream UTF-8; when the first chunk shows another charset, read it all and decode
            // (ISO-2022-JP is stateful, Shift_JIS and EUC-JP are told apart on the whole).
            var whole: [UInt8]? = nil
            try Input.forEachChunk { chunk in
                if whole == nil, stream.isFresh, StreamCharset.needsDecoding(chunk) { whole = [] }
                if whole != nil { whole!.append(contentsOf: chunk); return }
                Output.write(try stream.feed(chunk))
            }
            if let whole { Output.write(try stream.feed(InputOptions.decode(whole, decoding))) }
        } else {
            Output.write(try stream.feed(InputOptions.decode(Input.readAll(), decoding)))
        }
        Output.write(try stream.finish())
        if stream.replacedSequences > 0 {
            Output.error("note: \(stream.replacedSequences) invalid UTF-8 sequence(s) replaced by U+FFFD")
        }
        if !stream.isComplete {
            Output.error("internal error: a part of the input could not be normalised and was replaced whole")
            throw CommandStatus(code: .error)
        }
    }
}

extension Redact {
    /// Redacts files and folders to stdout, `-o` or in place.
    func redactFiles(scanner: SensitiveDataScanner, policy: Policy, reportFile: ReportFile?) throws {
        let manager = FileManager.default
        let files = try fileOptions.files(paths)
        if inPlace && output != nil { throw ValidationError("give either -o or --in-place, not both") }
        var isDirectory: ObjCBool = false
        let singleFile = paths.count == 1 && manager.fileExists(atPath: paths[0], isDirectory: &isDirectory) && !isDirectory.boolValue
        let outputIsDirectory = output.map { path in
            var directory: ObjCBool = false
            return !singleFile || (manager.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue)
        } ?? false
        if output == nil && !inPlace && !singleFile {
            throw ValidationError("several files or a folder need -o DIR (a mirrored tree) or --in-place")
        }
        let inputs = Set(files.map { URL(fileURLWithPath: $0.path).standardizedFileURL.resolvingSymlinksInPath().path })
        let decoding = try inputOptions.decoding()
        var summary = RunSummary()
        var failed = false
        for (path, relative) in files {
            guard case .text(let bytes) = try FileContent.read(path, decoding: decoding, quiet: fileOptions.quiet) else {
                if !fileOptions.quiet { Output.error("note: \(path): binary file skipped") }
                summary.skip()
                continue
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let redaction = scanner.redact(text, policy: policy)
            summary.add(redaction.findings)
            reportFile?.append(ReportJSON.document(redaction, original: text, idJSON: JSONLines.quote(path)) + "\n")
            if !redaction.isComplete {
                Output.error("suminuri: \(path): a part could not be normalised and was replaced whole")
                failed = true
            }
            let target: String? = inPlace ? path : output.map { outputIsDirectory ? ($0 as NSString).appendingPathComponent(relative) : $0 }
            guard let target else {
                Output.write(Array(redaction.text.utf8))
                continue
            }
            let resolved = URL(fileURLWithPath: target).standardizedFileURL.resolvingSymlinksInPath().path
            if !inPlace && inputs.contains(resolved) {
                throw RuntimeError("\(target) is an input; use --in-place to rewrite inputs")
            }
            try Self.writeAtomically(Array(redaction.text.utf8), to: target)
        }
        if fileOptions.showsSummary { summary.write(verb: "redacted") }
        if failed { throw CommandStatus(code: .error) }
    }

    /// Writes through a temporary file in the same folder and a rename, so that a reader never
    /// sees half a file and an input rewritten in place is never left half-redacted.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                throw RuntimeError("\(directory): cannot create the folder")
            }
        }
        let temporary = (directory.isEmpty ? "." : directory) + "/.suminuri-\(getpid())-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw RuntimeError("\(path): cannot write")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw RuntimeError("\(path): cannot write (\(String(cString: strerror(errno))))")
        }
    }
}

/// The `--report` file, opened before any input is read.
final class ReportFile: @unchecked Sendable {
    private let handle: FileHandle
    private let lock = NSLock()

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ValidationError("cannot write the report file \(path)")
        }
        self.handle = handle
    }

    func append(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        handle.write(Data(text.utf8))
    }

    func close() throws { try handle.close() }
}
