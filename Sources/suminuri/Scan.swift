import ArgumentParser
import Foundation
import Suminuri

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List findings (label, position, confidence, rule) without ever printing the values.",
        discussion: """
        Positions: line and column (both from 1, columns in Unicode scalars). With --jsonl,
        start and end are Unicode scalar offsets into each text, as in ANNOTATION.md.
        Exit status: 0 nothing found, 1 something found, 2 an error.

        Examples:
          suminuri scan < inquiry.txt
          suminuri scan --format json < inquiry.txt
          suminuri scan --jsonl < inquiries.jsonl
        """)

    @OptionGroup var scannerOptions: ScannerOptions
    @OptionGroup var batchOptions: BatchOptions
    @OptionGroup var inputOptions: InputOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Read JSON Lines {\"id\", \"text\"}; write {\"id\", \"spans\": [{start, end, label, confidence, rule}]} per line.")
    var jsonl = false

    func run() throws {
        let scanner = try scannerOptions.makeScanner()
        let policy = try scannerOptions.makePolicy()
        var found = false
        if jsonl {
            let anyFound = SharedFlag()
            let bad = try JSONLines.process(jobs: batchOptions.jobs, { entry in
                let original = Array(entry.text.utf8)
                let findings = scanner.scan(entry.text, policy: policy)
                if !findings.isEmpty { anyFound.set() }
                let spans = findings.map { finding -> String in
                    let range = finding.scalarRange(in: original)
                    return "{\"start\":\(range.lowerBound),\"end\":\(range.upperBound),\"label\":\"\(finding.label.rawValue)\",\"confidence\":\(JSONLines.number(finding.confidence)),\"rule\":\(JSONLines.quote(finding.rule))}"
                }
                return "{\"id\":\(entry.id),\"spans\":[\(spans.joined(separator: ","))]\(entry.otherFields)}\n"
            }, emit: { Output.write(Array($0.utf8)) })
            found = anyFound.isSet
            if bad > 0 { throw CommandStatus(code: .error) }
        } else {
            let bytes = try inputOptions.readUTF8()
            guard let text = String(validating: bytes, as: UTF8.self) else { throw CommandStatus(code: .error) }
            let findings = scanner.scan(text, policy: policy)
            found = !findings.isEmpty
            let positions = LinePositions(bytes)
            switch format {
            case .text:
                var out = ""
                for finding in findings {
                    let (line, column) = positions.lineAndColumn(finding.range.lowerBound.utf8)
                    out += "\(line):\(column)\t\(finding.label.rawValue)\t\(JSONLines.number(finding.confidence))\t\(finding.rule)\n"
                }
                Output.write(out)
            case .json:
                let items = findings.map { finding -> String in
                    let (line, column) = positions.lineAndColumn(finding.range.lowerBound.utf8)
                    // The report's record (operator included), with the position for people.
                    let record = ReportJSON.object(finding, in: bytes, operator: policy.operator(for: finding.label))
                    return "{\"line\":\(line),\"column\":\(column)," + record.dropFirst()
                }
                Output.write("{\"findings\":[\(items.joined(separator: ","))]}\n")
            }
        }
        throw CommandStatus(code: found ? .found : .clean)
    }
}

/// Line and column (from 1; columns in Unicode scalars) of UTF-8 offsets.
struct LinePositions {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    func lineAndColumn(_ offset: Int) -> (Int, Int) {
        var low = 0, high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        let lineStart = lineStarts[max(low - 1, 0)]
        return (low, UTF8Offsets.scalarOffset(bytes, offset, from: lineStart) + 1)
    }
}

/// A flag that worker threads may raise.
final class SharedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
