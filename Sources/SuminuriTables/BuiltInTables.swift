import PatternSearch
import TextNormalization

/// Everything compiled from `Dictionaries/` at build time, in one blob that the build tool
/// writes and the binary carries: the source files (for `DictionarySet.builtIn()` and for
/// compiling a table again when a user adds to one of its files), and the final tables.
package struct BuiltInTables: Sendable {
    /// A built-in dictionary file: its path relative to `Dictionaries/`, its contents, and the
    /// normalised keys of the records whose keys differ from their fields
    /// (`DictionaryRecord.changedKeys`).
    package struct File: Sendable {
        package let path: String
        package let contents: FlatArray<UInt8>
        package let changedKeys: FlatArray<UInt8>

        /// Its records, with their build-time keys.
        package func records() throws -> [DictionaryRecord] {
            try DictionaryRecord.parse(String(decoding: contents.buffer, as: UTF8.self), path: path,
                                       keysByLine: DictionaryRecord.keysByLine(String(decoding: changedKeys.buffer, as: UTF8.self)))
        }
    }

    /// Written first, so that a blob of another format is refused rather than misread.
    private static let magic: UInt64 = 0x5355_4D49_5442_0003

    /// Sorted by path.
    package let files: [File]
    package let names: PersonNameTables
    package let places: PlaceTables
    package let plates: PlateTables
    package let hotwords: HotwordTables
    package let specialCare: SpecialCareTables
    package let phone: PhoneTables
    package let personCues: PersonCueTables
    package let personTagger: PersonTaggerTables
    /// The patterns of the tables above that detectors search whole texts for, merged.
    package let frontEnd: FrontEndTables

    /// Compiles the tables of `files` (the build tool).
    package init(compiling files: [(path: String, contents: String)], normalizer: Normalizer) throws {
        let sorted = files.sorted { $0.path < $1.path }
        var records: [String: [DictionaryRecord]] = [:]
        var embedded: [File] = []
        for (path, contents) in sorted {
            let keys = try DictionaryRecord.changedKeys(contents, path: path, normalizer: normalizer)
            records[path] = try DictionaryRecord.parse(contents, path: path, keysByLine: DictionaryRecord.keysByLine(keys))
            embedded.append(File(path: path, contents: FlatArray(Array(contents.utf8)), changedKeys: FlatArray(Array(keys.utf8))))
        }
        let source = RecordsByPath(files: records)
        self.files = embedded
        names = try PersonNameTables(compiling: source, normalizer: normalizer)
        places = try PlaceTables(compiling: source, normalizer: normalizer)
        plates = try PlateTables(compiling: source, normalizer: normalizer)
        hotwords = try HotwordTables(compiling: source, normalizer: normalizer)
        specialCare = try SpecialCareTables(compiling: source, normalizer: normalizer)
        phone = try PhoneTables(compiling: source, normalizer: normalizer)
        personCues = try PersonCueTables(compiling: source, normalizer: normalizer)
        personTagger = try PersonTaggerTables(compiling: source, normalizer: normalizer)
        frontEnd = FrontEndTables(names: names, places: places, plates: plates, hotwords: hotwords, specialCare: specialCare, personCues: personCues)
    }

    /// Views a blob `write()` made; the blob must be 8-byte aligned and live for ever.
    package init(viewing blob: UnsafeRawBufferPointer) {
        var reader = TableReader(blob)
        precondition(reader.read() == Self.magic, "the built-in dictionary tables are corrupt or of another version")
        files = (0..<reader.readInt()).map { _ in
            File(path: reader.readString(), contents: reader.read(), changedKeys: reader.read())
        }
        names = PersonNameTables(reading: &reader)
        places = PlaceTables(reading: &reader)
        plates = PlateTables(reading: &reader)
        hotwords = HotwordTables(reading: &reader)
        specialCare = SpecialCareTables(reading: &reader)
        phone = PhoneTables(reading: &reader)
        personCues = PersonCueTables(reading: &reader)
        personTagger = PersonTaggerTables(reading: &reader)
        frontEnd = FrontEndTables(reading: &reader)
        precondition(reader.read() == Self.magic, "the built-in dictionary tables are corrupt or of another version")
    }

    package func write() -> [UInt8] {
        var writer = TableWriter()
        writer.write(Self.magic)
        writer.write(files.count)
        for file in files {
            writer.write(file.path)
            writer.write(Array(file.contents))
            writer.write(Array(file.changedKeys))
        }
        names.write(to: &writer)
        places.write(to: &writer)
        plates.write(to: &writer)
        hotwords.write(to: &writer)
        specialCare.write(to: &writer)
        phone.write(to: &writer)
        personCues.write(to: &writer)
        personTagger.write(to: &writer)
        frontEnd.write(to: &writer)
        writer.write(Self.magic)
        return writer.bytes
    }
}

/// Records by relative path.
package struct RecordsByPath: DictionaryRecords {
    package let files: [String: [DictionaryRecord]]

    package init(files: [String: [DictionaryRecord]]) { self.files = files }

    package func records(at path: String) -> [DictionaryRecord] { files[path] ?? [] }

    package func records(under prefix: String) -> [(path: String, records: [DictionaryRecord])] {
        files.keys.filter { $0.hasPrefix(prefix) }.sorted().map { ($0, files[$0]!) }
    }
}
