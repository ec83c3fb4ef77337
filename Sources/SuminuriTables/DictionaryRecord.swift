import TextNormalization

/// An error in dictionary data, with the file and line it comes from.
public struct DictionaryError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let line: Int
    public let message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

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
    package func key(_ index: Int, _ normalizer: Normalizer) -> String {
        keys?[index] ?? normalizer.normalizedKey(fields[index])
    }

    package func error(_ message: String) -> DictionaryError { DictionaryError(path: path, line: line, message: message) }

    /// The field at `index` parsed as a number in `range`, or `fallback` when the column is absent.
    public func weight(at index: Int, default fallback: Double, in range: ClosedRange<Double> = 0...1) throws -> Double {
        guard index < fields.count else { return fallback }
        guard let value = Double(fields[index]), range.contains(value) else {
            throw error("column \(index + 1) must be a number in \(range.lowerBound)...\(range.upperBound), found \"\(fields[index])\"")
        }
        return value
    }

    /// Parses the TSV `contents` of one file (see `Dictionaries/FORMAT.md`).
    /// - Parameter keysByLine: for built-in files, the build-time keys of the lines whose keys
    ///   differ from their fields (`keysByLine(_:)`); every other record's keys are its fields.
    ///   Nil: keys unknown.
    package static func parse(_ contents: String, path display: String, keysByLine: [Int: [String]]? = nil) throws -> [DictionaryRecord] {
        // Parsed on UTF-8 bytes: dictionaries are large and Character iteration is slow.
        var records: [DictionaryRecord] = []
        var lineNumber = 0
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
            let keys = keysByLine.map { $0[lineNumber] ?? fields }
            records.append(DictionaryRecord(fields: fields, path: display, line: lineNumber, keys: keys))
        }
        return records
    }

    /// The keys of the records of `contents` whose normalised keys differ from their fields,
    /// as `NUMBER<TAB>KEY<TAB>KEY…` lines (1-based line numbers): what a build tool stores
    /// beside a built-in file so that loading it runs no normaliser.
    package static func changedKeys(_ contents: String, path: String, normalizer: Normalizer) throws -> String {
        var result = ""
        for record in try parse(contents, path: path) {
            let keys = record.fields.map { normalizer.normalizedKey($0) }
            // Bytes, not String equality (canonical equivalence): a key must be byte-identical.
            if !zip(keys, record.fields).allSatisfy({ $0.utf8.elementsEqual($1.utf8) }) {
                result += "\(record.line)\t" + keys.joined(separator: "\t") + "\n"
            }
        }
        return result
    }

    /// Reads what `changedKeys` wrote.
    package static func keysByLine(_ text: String) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for line in text.utf8.split(separator: 0x0A) {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard let number = Int(String(decoding: fields[0], as: UTF8.self)) else { continue }
            result[number] = fields.dropFirst().map { String(decoding: $0, as: UTF8.self) }
        }
        return result
    }
}

/// Where compiled tables read dictionary records from (`DictionarySet` in the library, the
/// parsed `Dictionaries/` folder in the build tool).
package protocol DictionaryRecords {
    /// Records of one file (empty when absent).
    func records(at path: String) -> [DictionaryRecord]
    /// Records of every file whose relative path starts with `prefix`, in path order.
    func records(under prefix: String) -> [(path: String, records: [DictionaryRecord])]
}
