import ArgumentParser
import Foundation
import Suminuri

struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read UTF-8 text on stdin, write it redacted on stdout.",
        discussion: """
        Everything that is not a finding is written byte for byte as it came in.

        Examples:
          echo '携帯は090-1234-5678です' | suminuri redact
          suminuri redact --placeholder mask < inquiry.txt
          suminuri redact --scope sentence --dictionary my-dictionaries/ < inquiry.txt
          suminuri redact --jsonl < inquiries.jsonl > redacted.jsonl
        """)

    @OptionGroup var scannerOptions: ScannerOptions

    @Flag(help: "Read JSON Lines {\"id\", \"text\"} and write {\"id\", \"text\": <redacted>} per line.")
    var jsonl = false

    func run() throws {
        let scanner = try scannerOptions.makeScanner()
        let input = Input.readAll()
        if jsonl {
            var out = ""
            let bad = JSONLines.forEachEntry(input) { id, text in
                out += "{\"id\":\(id),\"text\":\(JSONLines.quote(scanner.redact(text).text))}\n"
            }
            Output.write(out)
            if bad > 0 { throw CommandStatus(code: .error) }
            return
        }
        let bytes = try Input.requireUTF8(input)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw CommandStatus(code: .error) }
        Output.write(scanner.redact(text).text)
    }
}
