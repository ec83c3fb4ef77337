import ArgumentParser
import Foundation
import Suminuri

struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read UTF-8 text on stdin, write it redacted on stdout.",
        discussion: """
        Everything that is not a finding is written byte for byte as it came in. Standard input
        is read and written in chunks: memory stays bounded whatever the input's size, and a
        value that crosses a chunk edge is still redacted whole. Input that starts as another
        charset (ISO-2022-JP, Shift_JIS, EUC-JP, UTF-16) is detected and decoded (a note on
        stderr says which); stray invalid UTF-8 bytes become U+FFFD, counted on stderr.

        Examples:
          echo '携帯は090-1234-5678です' | suminuri redact
          suminuri redact --placeholder mask < inquiry.txt
          suminuri redact --scope sentence --dictionary my-dictionaries/ < inquiry.txt
          suminuri redact --charset shift_jis < sjis-inquiry.txt   # UTF-8 out
          suminuri redact --jsonl --jobs 4 < inquiries.jsonl > redacted.jsonl
        """)

    @OptionGroup var scannerOptions: ScannerOptions
    @OptionGroup var batchOptions: BatchOptions
    @OptionGroup var inputOptions: InputOptions

    @Flag(help: "Read JSON Lines {\"id\", \"text\"} and write {\"id\", \"text\": <redacted>} per line.")
    var jsonl = false

    @Option(help: ArgumentHelp("Also write the report (JSON: label, group, offsets, confidence, rule, operator, keyed digest; never a value). With --jsonl, one line per input with its id.", valueName: "file"))
    var report: String?

    func run() throws {
        let scanner = try scannerOptions.makeScanner()
        let policy = try scannerOptions.makePolicy()
        let reportFile = try report.map(ReportFile.init)
        if jsonl {
            let wantReport = reportFile != nil
            let bad = try JSONLines.process(jobs: batchOptions.jobs) { entry in
                let redaction = scanner.redact(entry.text, policy: policy)
                let line = "{\"id\":\(entry.id),\"text\":\(JSONLines.quote(redaction.text))\(entry.otherFields)}\n"
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
        let decoding = try inputOptions.decoding()
        var stream = scanner.redactionStream(policy: policy, invalidUTF8: .replace)
        if case .utf8OrDetected = decoding {
            // Stream UTF-8; when the first chunk shows another charset, read it all and decode
            // (ISO-2022-JP is stateful, Shift_JIS and EUC-JP are told apart on the whole).
            var whole: [UInt8]? = nil
            try Input.forEachChunk { chunk in
                if whole == nil, stream.isFresh, Input.needsDecoding(chunk) { whole = [] }
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
