import Foundation
import Testing

/// The README is true: its examples with shown output give that output, and every command and
/// option its shell blocks use exists.
@Suite struct ReadmeTests {
    let cli = CommandLineTests()

    static var readme: String {
        (try? String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }

    /// Lines of the README's ```sh blocks.
    static var shellLines: [String] {
        var lines: [String] = []
        var inShell = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inShell = line == "```sh"; continue }
            if inShell { lines.append(String(line)) }
        }
        return lines
    }

    @Test func theREADMEHasShellExamples() {
        #expect(Self.shellLines.count > 20)
    }

    /// `echo '…' | suminuri redact|scan   # shown output`: run as shown.
    @Test func examplesWithShownOutputGiveThatOutput() throws {
        let pattern = try NSRegularExpression(pattern: #"^echo '([^']*)' \| suminuri (redact|scan)\s+# (.+)$"#)
        var checked = 0
        for line in Self.shellLines {
            let range = NSRange(line.startIndex..., in: line)
            guard let match = pattern.firstMatch(in: line, range: range),
                  let input = Range(match.range(at: 1), in: line), let command = Range(match.range(at: 2), in: line),
                  let shown = Range(match.range(at: 3), in: line) else { continue }
            let result = try cli.run([String(line[command])], String(line[input]) + "\n")
            #expect(result.stdout.trimmingCharacters(in: .newlines) == String(line[shown]), "README: \(line[command]) example")
            checked += 1
        }
        #expect(checked >= 1)
    }

    /// Every `suminuri SUBCOMMAND --option` in a shell block names a real subcommand and option.
    @Test func everyCommandAndOptionExists() throws {
        var help: [String: String] = [:]
        for line in Self.shellLines {
            let code = line.split(separator: "#", maxSplits: 1).first.map(String.init) ?? line
            let words = code.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "<" || $0 == ">" }).map(String.init)
            guard let index = words.firstIndex(where: { $0 == "suminuri" || $0.hasSuffix("/suminuri") }), index + 1 < words.count else { continue }
            let subcommand = words[index + 1]
            if subcommand.hasPrefix("--") {
                if help[""] == nil { help[""] = try cli.run(["--help"], "").stdout }
                let root = help[""]!
                #expect(subcommand == "--version" || root.contains(subcommand), "README: suminuri \(subcommand)")
                continue
            }
            guard ["redact", "scan", "eval", "mail", "labels", "train-tagger"].contains(subcommand) else {
                Issue.record("README names an unknown subcommand \(subcommand)")
                continue
            }
            if help[subcommand] == nil { help[subcommand] = try cli.run([subcommand, "--help"], "").stdout }
            let text = help[subcommand]!
            for word in words[(index + 2)...] where word.hasPrefix("-") && word.count > 1 {
                let option = String(word.split(separator: "=").first!)
                #expect(text.contains(option), "README: suminuri \(subcommand) \(option)")
            }
        }
    }
}
