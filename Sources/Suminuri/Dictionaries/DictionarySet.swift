import CSuminuriTables
import Foundation
import SuminuriTables
import TextNormalization

/// An error in dictionary data, with the file and line it comes from.
public typealias DictionaryError = SuminuriTables.DictionaryError
/// One record of a dictionary file: its TAB-separated fields and where it stands.
public typealias DictionaryRecord = SuminuriTables.DictionaryRecord

/// The dictionary files a scanner is built from: the defaults compiled into the binary from
/// `Dictionaries/`, plus any directories a user adds at run time.
///
/// Files are TSV (see `Dictionaries/FORMAT.md`): `#` starts a comment line, fields are
/// separated by one TAB, and each file kind states its columns. Files are identified by their
/// path relative to the dictionary root (`special-care/medical.tsv`); a user directory laid
/// out the same way adds its records to the file of the same path.
///
/// The built-in files are not parsed unless asked for: a scanner uses the tables compiled
/// from them at build time, and compiles a table at run time only from files a user added to.
public struct DictionarySet: Sendable {
    /// Whether the built-in files are part of the set.
    private var includesBuiltIn = false
    /// Records added at run time, by relative path, in file order.
    private var added: [String: [DictionaryRecord]] = [:]

    /// Records by relative path, in file order (defaults first, then user additions).
    public var files: [String: [DictionaryRecord]] {
        var files: [String: [DictionaryRecord]] = [:]
        if includesBuiltIn {
            for file in BuiltInDictionaries.tables.files { files[file.path] = Self.records(of: file) }
        }
        for (path, records) in added { files[path, default: []] += records }
        return files
    }

    public init() {}

    /// The dictionaries compiled into this build.
    public static func builtIn() throws -> DictionarySet {
        var set = DictionarySet()
        set.includesBuiltIn = true
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

    /// Parses `contents` as the file at relative `path`.
    public mutating func add(contents: String, path: String, displayPath: String? = nil) throws {
        added[path, default: []] += try DictionaryRecord.parse(contents, path: displayPath ?? path)
    }

    /// Records of every file whose relative path starts with `prefix`, in path order.
    public func records(under prefix: String) -> [(path: String, records: [DictionaryRecord])] {
        var paths = Set(added.keys.filter { $0.hasPrefix(prefix) })
        if includesBuiltIn {
            for file in BuiltInDictionaries.tables.files where file.path.hasPrefix(prefix) { paths.insert(file.path) }
        }
        return paths.sorted().map { ($0, records(at: $0)) }
    }

    /// Records of one file (empty when absent).
    public func records(at path: String) -> [DictionaryRecord] {
        var records: [DictionaryRecord] = []
        if includesBuiltIn, let file = BuiltInDictionaries.tables.files.first(where: { $0.path == path }) {
            records = Self.records(of: file)
        }
        return records + (added[path] ?? [])
    }

    /// The records of a built-in file (checked when the build compiled it).
    private static func records(of file: BuiltInTables.File) -> [DictionaryRecord] {
        do { return try file.records() } catch { fatalError("built-in dictionary: \(error)") }
    }

    /// Whether this set holds exactly the built-in files a table of this kind is compiled from.
    func holdsBuiltIn(_ table: any CompiledTable.Type) -> Bool {
        includesBuiltIn && !added.keys.contains { path in table.sources.contains { path.hasPrefix($0) } }
    }

    /// `builtIn` (the table compiled at build time) when this set holds exactly the built-in
    /// files it was compiled from; else the table compiled from this set's records now.
    func table<Table: CompiledTable>(_ builtIn: Table, normalizer: Normalizer) throws -> Table {
        holdsBuiltIn(Table.self) ? builtIn : try Table(compiling: self, normalizer: normalizer)
    }
}

extension DictionarySet: DictionaryRecords {}

/// The tables compiled from `Dictionaries/` at build time, viewed in place in the binary.
enum BuiltInDictionaries {
    static let tables: BuiltInTables = {
        var size = 0
        let start = suminuri_tables(&size)!
        return BuiltInTables(viewing: UnsafeRawBufferPointer(start: start, count: size))
    }()
}
