import ArgumentParser
import Foundation
import Suminuri
import SuminuriJSONLines
import SuminuriEvaluation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the detector on annotated JSON Lines (ANNOTATION.md format).",
        discussion: """
        Reports precision, recall and F1 per label and per group, strict (label and both
        offsets equal) and overlap (same label, spans overlap), how many gold values can still
        be read after redaction (leaks), and the residual: the share of gold characters left
        as written. Directories are searched for *.jsonl files. A file in Shift_JIS, EUC-JP,
        ISO-2022-JP or UTF-16 (with its byte order mark) is decoded, with a note; bytes that
        decode in no charset are an error (exit 2), since they would move the offsets.

        Examples:
          suminuri eval Corpus/
          suminuri eval Corpus/special-care/test.jsonl --format json
          suminuri eval Corpus/ --errors        # ids and offsets of misses, never text
        """)

    @OptionGroup var scannerOptions: ScannerOptions

    @Argument(help: "Annotated .jsonl files or directories.")
    var paths: [String]

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Also list each false positive, false negative and boundary error (id, label, offsets, rule).")
    var errors = false

    func run() throws {
        let scanner = try scannerOptions.makeScanner()
        var corpus: [CorpusEntry] = []
        do {
            for url in try CorpusReader.files(at: paths) { corpus += try CorpusReader.read(url, note: Output.error) }
        } catch let error as CorpusError {
            throw RuntimeError("corpus error: \(error)")
        }
        guard !corpus.isEmpty else {
            throw RuntimeError("no annotated entries in \(paths.joined(separator: " ")) (eval reads *.jsonl files in the ANNOTATION.md format)")
        }
        let evaluation = Evaluation.run(scanner, policy: try scannerOptions.makePolicy(), on: corpus)
        switch format {
        case .text: Output.write(EvaluationReport.table(evaluation))
        case .json: Output.write(EvaluationReport.json(evaluation))
        }
        if errors {
            var out = ""
            for error in evaluation.errors {
                out += "\(error.kind.rawValue)\t\(error.id)\t\(error.label.rawValue)\t\(error.start)..<\(error.end)\t\(error.rule ?? "-")\n"
            }
            Output.write(out)
        }
    }
}

enum EvaluationReport {
    static func table(_ e: Evaluation) -> String {
        func pct(_ v: Double) -> String { String(format: "%5.3f", v) }
        func row(_ name: String, _ c: Evaluation.Counts) -> String {
            let cells = [name.padding(toLength: 16, withPad: " ", startingAt: 0),
                         String(format: "%5d %5d", c.gold, c.predicted),
                         pct(c.strictPrecision), pct(c.strictRecall), pct(c.strictF1),
                         pct(c.overlapPrecision), pct(c.overlapRecall), pct(c.overlapF1),
                         String(format: "%5d", c.leaks), String(format: "%5.1f%%", 100 * c.residual)]
            return cells.joined(separator: "  ") + "\n"
        }
        var out = "\(e.entries) entries\n"
        out += "label              gold  pred  s.P    s.R    s.F1   o.P    o.R    o.F1   leaks  resid.\n"
        for label in Label.allCases {
            if let counts = e.byLabel[label] { out += row(label.rawValue, counts) }
        }
        out += "\n"
        for group in Label.Group.allCases {
            if let counts = e.byGroup[group] { out += row("[\(group.rawValue)]", counts) }
        }
        out += row("[all]", e.total)
        return out
    }

    static func json(_ e: Evaluation) -> String {
        func object(_ c: Evaluation.Counts) -> String {
            "{\"gold\":\(c.gold),\"predicted\":\(c.predicted),\"strict\":{\"precision\":\(JSONLines.number(c.strictPrecision)),\"recall\":\(JSONLines.number(c.strictRecall)),\"f1\":\(JSONLines.number(c.strictF1))},\"overlap\":{\"precision\":\(JSONLines.number(c.overlapPrecision)),\"recall\":\(JSONLines.number(c.overlapRecall)),\"f1\":\(JSONLines.number(c.overlapF1))},\"leaks\":\(c.leaks),\"residual\":\(JSONLines.number(c.residual))}"
        }
        let labels = Label.allCases.compactMap { label in e.byLabel[label].map { "\"\(label.rawValue)\":\(object($0))" } }
        let groups = Label.Group.allCases.compactMap { group in e.byGroup[group].map { "\"\(group.rawValue)\":\(object($0))" } }
        return "{\"entries\":\(e.entries),\"labels\":{\(labels.joined(separator: ","))},\"groups\":{\(groups.joined(separator: ","))},\"all\":\(object(e.total))}\n"
    }
}
