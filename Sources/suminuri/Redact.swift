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

    func run() throws {
        let scanner = try scannerOptions.makeScanner()
        let policy = try scannerOptions.makePolicy()
        if jsonl {
            let bad = try JSONLines.process(jobs: batchOptions.jobs) { id, text in
                "{\"id\":\(id),\"text\":\(JSONLines.quote(scanner.redact(text, policy: policy).text))}"
            }
            if bad > 0 { throw CommandStatus(code: .error) }
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
