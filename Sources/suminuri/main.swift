import ArgumentParser
import Foundation
import Suminuri
import TextNormalization

/// Exit statuses, as grep and secret scanners use them.
enum ExitStatus: Int32 {
    case clean = 0
    case found = 1
    case error = 2
}

struct SuminuriCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suminuri",
        abstract: "Find and redact personal and special-care (要配慮) information in Japanese text.",
        discussion: """
        Examples:
          echo '携帯は090-1234-5678です' | suminuri redact
          suminuri scan < inquiry.txt                 # findings, never the values
          suminuri scan --format json < inquiry.txt
          suminuri scan --jsonl < inquiries.jsonl     # {"id": …, "text": …} per line
          suminuri redact --jsonl < inquiries.jsonl
          suminuri eval Corpus/                       # P/R/F1 per label

        Exit status: 0 nothing found (redact: success), 1 something found (scan), 2 an error.
        """,
        version: SuminuriCommand.version,
        subcommands: [Redact.self, Scan.self, Eval.self, Mail.self, Labels.self]
    )

    static let version = "0.2.0"

    static func main() {
        // Handled here, not by the parser, so that the dictionaries are read only when asked.
        if CommandLine.arguments.dropFirst() == ["--version"] {
            print("suminuri \(version)\n\(DictionaryVersion.builtIn)\nICU \(Normalizer.icuVersion / 100).\(Normalizer.icuVersion % 100)")
            Foundation.exit(0)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let status as CommandStatus {
            Foundation.exit(status.code.rawValue)
        } catch let error as RuntimeError {
            FileHandle.standardError.write(Data("suminuri: \(error)\n".utf8))
            Foundation.exit(ExitStatus.error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.error.rawValue)
        }
    }
}

/// Ends a command with an exit status after it has written its output.
struct CommandStatus: Error { let code: ExitStatus }

SuminuriCommand.main()
