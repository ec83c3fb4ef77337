import ArgumentParser
import Foundation
import Suminuri
import SuminuriJSONLines

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List findings (label, position, confidence, rule) without ever printing the values.",
        discussion: """
        Reads files and folders (recursively; binary files are skipped with a note), or standard
        input without paths. Positions: line and column (both from 1, columns in Unicode
        scalars); start and end in JSON are Unicode scalar offsets, as in ANNOTATION.md.
        Standard input and --jsonl input in Shift_JIS, EUC-JP, ISO-2022-JP or UTF-16 (with its
        byte order mark) are detected and decoded (a note on stderr names the charset).
        Exit status: 0 nothing found, 1 something found, 2 an error (a bad JSON line included).

        Examples:
          suminuri scan inquiries/                   # path:line:column: LABEL (rule, confidence)
          suminuri scan --include '*.txt' --format jsonl inquiries/ > findings.jsonl
          suminuri scan < inquiry.txt
          suminuri scan --format json < inquiry.txt
          suminuri scan --jsonl < inquiries.jsonl
        """)

    @OptionGroup var scannerOptions: ScannerOptions
    @OptionGroup var batchOptions: BatchOptions
    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var fileOptions: FileOptions

    @Option(help: "Output format: text, json, or jsonl (one finding a line).")
    var format: ScanFormat = .text

    @Argument(help: "Files or folders to scan (default: standard input).")
    var paths: [String] = []

    @Flag(help: "Read JSON Lines {\"id\", \"text\"} (any charset --charset reads); write {\"id\", \"spans\": [{start, end, label, confidence, rule}]} per line, other fields kept.")
    var jsonl = false

    func run() throws {
        let scanner = try scannerOptions.makeScanner()
        let policy = try scannerOptions.makePolicy()
        var found = false
        if !paths.isEmpty {
            guard !jsonl else { throw ValidationError("--jsonl reads standard input; give no paths with it") }
            throw CommandStatus(code: try scanFiles(scanner: scanner, policy: policy) ? .found : .clean)
        }
        if jsonl {
            let anyFound = SharedFlag()
            let bad = try JSONLinesInput.process(inputOptions, jobs: batchOptions.jobs, { entry in
                let original = Array(entry.text.utf8)
                let findings = scanner.scan(entry.text, policy: policy)
                if !findings.isEmpty { anyFound.set() }
                let spans = findings.map { finding -> String in
                    let range = finding.scalarRange(in: original)
                    return "{\"start\":\(range.lowerBound),\"end\":\(range.upperBound),\"label\":\"\(finding.label.rawValue)\",\"confidence\":\(JSONLines.number(finding.confidence)),\"rule\":\(JSONLines.quote(finding.rule))}"
                }
                return entry.outputLine("spans", "[\(spans.joined(separator: ","))]")
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
                Output.write(Self.lines(findings, positions: positions) { finding, line, column in
                    "\(line):\(column)\t\(finding.label.rawValue)\t\(JSONLines.number(finding.confidence))\t\(finding.rule)"
                })
            case .json:
                let items = findings.map { Self.record($0, bytes: bytes, positions: positions, policy: policy, path: nil) }
                Output.write("{\"findings\":[\(items.joined(separator: ","))]}\n")
            case .jsonl:
                Output.write(findings.map { Self.record($0, bytes: bytes, positions: positions, policy: policy, path: nil) + "\n" }.joined())
            }
        }
        throw CommandStatus(code: found ? .found : .clean)
    }
}

extension Scan {
    /// One text line per finding, never its value.
    static func lines(_ findings: [Finding], positions: LinePositions, _ line: (Finding, Int, Int) -> String) -> String {
        findings.map { finding in
            let (row, column) = positions.lineAndColumn(finding.range.lowerBound.utf8)
            return line(finding, row, column) + "\n"
        }.joined()
    }

    /// The report's record of a finding (operator included) with its position for people.
    static func record(_ finding: Finding, bytes: [UInt8], positions: LinePositions, policy: Policy, path: String?) -> String {
        let (line, column) = positions.lineAndColumn(finding.range.lowerBound.utf8)
        let record = ReportJSON.object(finding, in: bytes, operator: policy.operator(for: finding.label))
        let prefix = path.map { "\"path\":\(JSONLines.quote($0))," } ?? ""
        return "{" + prefix + "\"line\":\(line),\"column\":\(column)," + record.dropFirst()
    }

    /// Scans files and folders; whether anything was found.
    func scanFiles(scanner: SensitiveDataScanner, policy: Policy) throws -> Bool {
        let decoding = try inputOptions.decoding()
        var summary = RunSummary()
        var documents: [String] = []
        for (path, _) in try fileOptions.files(paths) {
            guard case .text(let bytes) = try FileContent.read(path, decoding: decoding, quiet: fileOptions.quiet) else {
                if !fileOptions.quiet { Output.error("note: \(path): binary file skipped") }
                summary.skip()
                continue
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let findings = scanner.scan(text, policy: policy)
            summary.add(findings)
            let positions = LinePositions(bytes)
            switch format {
            case .text:
                Output.write(Self.lines(findings, positions: positions) { finding, line, column in
                    "\(Terminal.path(path)):\(line):\(column): \(Terminal.label(finding.label.rawValue)) (\(finding.rule), \(JSONLines.number(finding.confidence)))"
                })
            case .jsonl:
                Output.write(findings.map { Self.record($0, bytes: bytes, positions: positions, policy: policy, path: path) + "\n" }.joined())
            case .json:
                let items = findings.map { Self.record($0, bytes: bytes, positions: positions, policy: policy, path: nil) }
                documents.append("{\"path\":\(JSONLines.quote(path)),\"findings\":[\(items.joined(separator: ","))]}")
            }
        }
        if format == .json { Output.write("{\"files\":[\(documents.joined(separator: ","))]}\n") }
        if fileOptions.showsSummary { summary.write(verb: "scanned") }
        return summary.counts.values.contains { $0 > 0 }
    }
}

enum ScanFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
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
