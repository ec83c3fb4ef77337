import ArgumentParser
import Foundation
import Suminuri

struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read UTF-8 text on stdin, write it redacted on stdout.",
        discussion: """
        Everything that is not a finding is written byte for byte as it came in. Standard input
        is read and written in chunks: memory stays bounded whatever the input's size, and a
        value that crosses a chunk edge is still redacted whole. Invalid UTF-8 ends the command
        with status 2 at the first bad byte (what was written before it is redacted).

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
            let bad = try JSONLines.process(jobs: batchOptions.jobs) { id, text in
                let redaction = scanner.redact(text, policy: policy)
                let line = "{\"id\":\(id),\"text\":\(JSONLines.quote(redaction.text))}\n"
                return (line, wantReport ? ReportJSON.document(redaction, original: text, idJSON: id) + "\n" : nil)
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
        var stream = scanner.redactionStream(policy: policy)
        do {
            if case .streamedUTF8 = try inputOptions.decoding() {
                try Input.forEachChunk { chunk in Output.write(try stream.feed(chunk)) }
            } else {
                // Other charsets are decoded whole (ISO-2022-JP is stateful), then streamed.
                Output.write(try stream.feed(inputOptions.readUTF8()))
            }
            Output.write(try stream.finish())
        } catch let error as RedactionStream.InvalidInput {
            throw ValidationError("\(error) (decode it first, e.g. iconv -f SHIFT_JIS -t UTF-8)")
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
