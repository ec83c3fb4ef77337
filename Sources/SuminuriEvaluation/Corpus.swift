import Foundation
import Suminuri

/// One annotated inquiry of the corpus format in `ANNOTATION.md`.
/// Offsets are Unicode scalar offsets into `text`, half-open.
public struct CorpusEntry: Sendable {
    public struct Span: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var label: Label
    }

    public var id: String
    public var text: String
    public var spans: [Span]
}

/// An error in a JSON Lines input, with the line it is on (never the line's content).
public struct CorpusError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let line: Int
    public let message: String
    public var description: String { "\(path):\(line): \(message)" }
}

public enum CorpusReader {
    /// Reads every line of an annotated corpus file. Blank lines are skipped.
    public static func read(_ url: URL) throws -> [CorpusEntry] {
        let data = try Data(contentsOf: url)
        guard let contents = String(data: data, encoding: .utf8) else {
            throw CorpusError(path: url.path, line: 0, message: "not valid UTF-8")
        }
        var entries: [CorpusEntry] = []
        var number = 0
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            entries.append(try parse(String(line), path: url.path, line: number))
        }
        return entries
    }

    static func parse(_ line: String, path: String, line number: Int) throws -> CorpusEntry {
        func fail(_ message: String) -> CorpusError { CorpusError(path: path, line: number, message: message) }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            throw fail("not a JSON object")
        }
        guard let text = object["text"] as? String else { throw fail("no \"text\" string") }
        let id = object["id"].map { "\($0)" } ?? "line-\(number)"
        let scalarCount = text.unicodeScalars.count
        var spans: [CorpusEntry.Span] = []
        for raw in (object["spans"] as? [Any]) ?? [] {
            guard let span = raw as? [String: Any], let start = span["start"] as? Int, let end = span["end"] as? Int,
                  let name = span["label"] as? String else { throw fail("a span needs integer start, end and a label") }
            guard let label = Label(rawValue: name) else { throw fail("unknown label \"\(name)\"") }
            guard 0 <= start, start < end, end <= scalarCount else { throw fail("span \(start)..<\(end) is outside the text") }
            spans.append(.init(start: start, end: end, label: label))
        }
        return CorpusEntry(id: id, text: text, spans: spans)
    }

    /// Every `*.jsonl` file at or below the given paths, sorted.
    public static func files(at paths: [String]) throws -> [URL] {
        var result: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CorpusError(path: path, line: 0, message: "no such file or directory")
            }
            if !isDirectory.boolValue { result.append(URL(fileURLWithPath: path)); continue }
            let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if url.pathExtension == "jsonl" { result.append(url) }
            }
        }
        return result.sorted { $0.path < $1.path }
    }
}
