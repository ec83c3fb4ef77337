import ArgumentParser
import Suminuri
import SuminuriJSONLines

struct Labels: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every label with its group, its placeholder and what it covers.",
        discussion: """
        The placeholder is the one of the default policy; `--placeholder detailed-label` names
        special-care labels too.

        Examples:
          suminuri labels
          suminuri labels --format json
        """)

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let policy = Policy.default
        switch format {
        case .text:
            var out = "label            group             placeholder           covers\n"
            for label in Label.allCases {
                out += label.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)
                out += label.group.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)
                let placeholder = policy.labelPlaceholder(label)
                // Full-width characters take two columns in a terminal.
                out += placeholder + String(repeating: " ", count: max(1, 22 - 2 * placeholder.count))
                out += label.summary + "\n"
            }
            Output.write(out)
        case .json:
            let items = Label.allCases.map { label in
                "{\"label\":\"\(label.rawValue)\",\"group\":\"\(label.group.rawValue)\",\"placeholder\":\(JSONLines.quote(policy.labelPlaceholder(label))),\"detailed_placeholder\":\(JSONLines.quote("［\(label.japaneseName)］")),\"covers\":\(JSONLines.quote(label.summary))}"
            }
            Output.write("[\(items.joined(separator: ","))]\n")
        }
    }
}
