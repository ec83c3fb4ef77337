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
        subcommands: [Redact.self, Scan.self, Eval.self, Mail.self, Labels.self, TrainTagger.self]
    )

    static let version = "0.2.0"

    static func main() {
        // Handled here, not by the parser, so that the dictionaries are read only when asked.
        if CommandLine.arguments.dropFirst() == ["--version"] {
            print("suminuri \(version)\n\(DictionaryVersion.builtIn)\nICU \(Normalizer.icuVersion / 100).\(Normalizer.icuVersion % 100)")
            Foundation.exit(0)
        }
        do {
            // `redact` alone, what a pipeline or a filter runs once per message, skips the
            // parser: its look-ups of the options' types by reflection took a third of a
            // short run. It does what `Redact.run()` does with every option at its default.
            if CommandLine.arguments.dropFirst() == ["redact"] {
                try Redact.redactStandardInput(scanner: ScannerOptions.makeScanner(dictionaries: []),
                                               policy: ScannerOptions.defaultPolicy(), decoding: .utf8OrDetected)
                return
            }
            var command = try parseStartingFast()
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

extension SuminuriCommand {
    /// The commands a mail filter or a batch job starts once per message.
    private static let hot: [String: any ParsableCommand.Type] = ["redact": Redact.self, "scan": Scan.self, "mail": Mail.self]

    /// `parseAsRoot()`, but a hot subcommand parses only its own arguments: parsing from the
    /// root reflects on every subcommand's options, and the runtime type look-ups that takes
    /// cost a few milliseconds, more than the rest of a short run. Anything else (help,
    /// completion scripts, an error to report with the full usage) goes through the root.
    static func parseStartingFast() throws -> any ParsableCommand {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let name = arguments.first, let type = hot[name],
           !arguments.contains(where: { $0 == "help" || $0.hasPrefix("-h") || $0.hasPrefix("--h") || $0.hasPrefix("--generate") || $0.hasPrefix("--experimental") || $0 == "--version" }),
           let command = try? type.parse(Array(arguments.dropFirst())) {
            return command
        }
        return try parseAsRoot()
    }
}

/// Ends a command with an exit status after it has written its output.
struct CommandStatus: Error { let code: ExitStatus }

SuminuriCommand.main()
