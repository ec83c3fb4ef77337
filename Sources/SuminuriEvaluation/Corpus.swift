import Foundation
import Suminuri
import SuminuriJSONLines

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
    /// Reads every line of an annotated corpus file. Blank lines are skipped. A file in
    /// Shift_JIS, EUC-JP, ISO-2022-JP or UTF-16 (with its byte order mark), or a line in one of
    /// them, is decoded, and `note` hears of it (line numbers and charsets, never content);
    /// bytes that decode in none of them are an error, since they would move the offsets.
    public static func read(_ url: URL, note: (String) -> Void = { _ in }) throws -> [CorpusEntry] {
        let path = url.path
        var reader = JSONLines.Reader()
        var lines = reader.feed([UInt8](try Data(contentsOf: url)))
        do { lines += try reader.finish() } catch {
            throw CorpusError(path: path, line: 0, message: "does not decode: \(error)")
        }
        if let decoding = reader.inputDecoding {
            guard decoding.substitutions == 0 else {
                throw CorpusError(path: path, line: 0, message: "not UTF-8, nor Shift_JIS, EUC-JP, ISO-2022-JP or UTF-16 (\(decoding.substitutions) undecodable sequence(s)); convert it to UTF-8")
            }
            note(decoding.note(for: path))
        }
        var entries: [CorpusEntry] = []
        for line in lines {
            let (utf8, decoding) = line.decoded()
            if let decoding {
                guard decoding.substitutions == 0 else {
                    throw CorpusError(path: path, line: line.number, message: "\(decoding.substitutions) invalid \(decoding.charset.name) sequence(s); convert the file to UTF-8")
                }
                note(decoding.note(in: path))
            }
            let text = String(decoding: utf8, as: UTF8.self)
            if text.allSatisfy(\.isWhitespace) { continue }
            entries.append(try parse(text, path: path, line: line.number))
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
