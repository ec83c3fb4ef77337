import Foundation
import TextNormalization

/// An error in dictionary data, with the file and line it comes from.
public struct DictionaryError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let line: Int
    public let message: String

    public var description: String { "\(path):\(line): \(message)" }
}

/// One record of a dictionary file: its TAB-separated fields and where it stands.
public struct DictionaryRecord: Sendable {
    public let fields: [String]
    public let path: String
    public let line: Int
    /// `fields` normalised like text, when known in advance: built-in records carry the keys
    /// `DictionaryEmbedder` computed at build time; user records have none.
    let keys: [String]?

    /// The field at `index` normalised like text (what detectors compile and compare).
    func key(_ index: Int, _ normalizer: Normalizer) -> String {
        keys?[index] ?? normalizer.normalizedKey(fields[index])
    }

    func error(_ message: String) -> DictionaryError { DictionaryError(path: path, line: line, message: message) }

    /// The field at `index` parsed as a number in `range`, or `fallback` when the column is absent.
    func weight(at index: Int, default fallback: Double, in range: ClosedRange<Double> = 0...1) throws -> Double {
        guard index < fields.count else { return fallback }
        guard let value = Double(fields[index]), range.contains(value) else {
            throw error("column \(index + 1) must be a number in \(range.lowerBound)...\(range.upperBound), found \"\(fields[index])\"")
        }
        return value
    }
}

/// The dictionary files a scanner is built from: the defaults compiled into the binary from
/// `Dictionaries/`, plus any directories a user adds at run time.
///
/// Files are TSV (see `Dictionaries/FORMAT.md`): `#` starts a comment line, fields are
/// separated by one TAB, and each file kind states its columns. Files are identified by their
/// path relative to the dictionary root (`special-care/medical.tsv`); a user directory laid
/// out the same way adds its records to the file of the same path.
public struct DictionarySet: Sendable {
    /// Records by relative path, in file order (defaults first, then user additions).
    public private(set) var files: [String: [DictionaryRecord]]

    public init() { files = [:] }

    /// The dictionaries compiled into this build.
    public static func builtIn() throws -> DictionarySet {
        var set = DictionarySet()
        for (path, contents, normalizedKeys) in EmbeddedDictionaries.files {
            try set.add(contents: contents, path: path, normalizedKeys: Self.keysByLine(normalizedKeys))
        }
        return set
    }

    /// Adds every `*.tsv` file below `directory` (or the single file at that path).
    public mutating func add(contentsOf url: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DictionaryError(path: url.path, line: 0, message: "no such file or directory")
        }
        if !isDirectory.boolValue {
            try add(file: url, path: url.lastPathComponent.hasSuffix(".tsv") ? Self.guessPath(url) : url.lastPathComponent)
            return
        }
        let root = url.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { return }
        var found: [URL] = []
        for case let file as URL in walker where file.pathExtension == "tsv" { found.append(file) }
        for file in found.sorted(by: { $0.path < $1.path }) {
            let full = file.standardizedFileURL.path
            try add(file: file, path: String(full.dropFirst(root.count + (root.hasSuffix("/") ? 0 : 1))))
        }
    }

    /// A single user file keeps its parent folder name when that is a known kind
    /// (`special-care/medical.tsv`), else its bare name.
    private static func guessPath(_ url: URL) -> String {
        let parent = url.deletingLastPathComponent().lastPathComponent
        return parent.isEmpty ? url.lastPathComponent : parent + "/" + url.lastPathComponent
    }

    private mutating func add(file: URL, path: String) throws {
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw DictionaryError(path: file.path, line: 0, message: "cannot read file")
        }
        guard let contents = String(data: data, encoding: .utf8) else {
            throw DictionaryError(path: file.path, line: 0, message: "not valid UTF-8")
        }
        try add(contents: contents, path: path, displayPath: file.path)
    }

    /// The build-time keys of one embedded file by line number: `NUMBER<TAB>KEY<TAB>KEY…` lines
    /// for the records whose keys differ from their fields (see DictionaryEmbedder).
    private static func keysByLine(_ text: String) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for line in text.utf8.split(separator: 0x0A) {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard let number = Int(String(decoding: fields[0], as: UTF8.self)) else { continue }
            result[number] = fields.dropFirst().map { String(decoding: $0, as: UTF8.self) }
        }
        return result
    }

    /// Parses `contents` as the file at relative `path`.
    public mutating func add(contents: String, path: String, displayPath: String? = nil) throws {
        try add(contents: contents, path: path, displayPath: displayPath, normalizedKeys: nil)
    }

    /// - Parameter normalizedKeys: for built-in files, the keys of the lines whose keys differ
    ///   from their fields; every other record's keys are its fields. Nil: keys unknown.
    private mutating func add(contents: String, path: String, displayPath: String? = nil, normalizedKeys: [Int: [String]]?) throws {
        // Parsed on UTF-8 bytes: dictionaries are large and Character iteration is slow.
        var records: [DictionaryRecord] = []
        var lineNumber = 0
        let display = displayPath ?? path
        let utf8 = Array(contents.utf8)
        var lineStart = 0
        while lineStart < utf8.count {
            var lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.count
            let next = lineEnd + 1
            lineNumber += 1
            defer { lineStart = next }
            if lineEnd > lineStart, utf8[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = utf8[lineStart..<lineEnd]
            if line.isEmpty || line.first == 0x23 || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            // Optional middle columns may be empty; the first (the key) may not.
            if fields[0].isEmpty || fields[0].first == " " || fields[0].last == " " {
                throw DictionaryError(path: display, line: lineNumber, message: "the first field is empty or has surrounding spaces")
            }
            let keys = normalizedKeys.map { $0[lineNumber] ?? fields }
            records.append(DictionaryRecord(fields: fields, path: display, line: lineNumber, keys: keys))
        }
        files[path, default: []] += records
    }

    /// Records of every file whose relative path starts with `prefix`, in path order.
    public func records(under prefix: String) -> [(path: String, records: [DictionaryRecord])] {
        files.keys.filter { $0.hasPrefix(prefix) }.sorted().map { ($0, files[$0]!) }
    }

    /// Records of one file (empty when absent).
    public func records(at path: String) -> [DictionaryRecord] { files[path] ?? [] }
}
