import PatternSearch

/// Every pattern a detector looks for in a whole text, from every table, merged into one
/// automaton, so that the library reads a piece of text once (`FrontEnd`) instead of once per
/// table; or, at start-up, the patterns of only the tables a user dictionary added to. A match
/// names its source and its entry in that source's list, as integers, so each detector reads
/// its own matches with the entry numbers of its own table.
package struct FrontEndTables: Sendable {
    /// The pattern lists merged, in the order in which the automaton numbers their patterns.
    package enum Source: Int, CaseIterable, Sendable {
        /// `HotwordTables.patterns`.
        case hotwords
        /// `PlateTables.regions`.
        case plateRegions
        /// `PlaceTables.addressPlaces`.
        case addressPlaces
        /// `PersonCueTables.cues`.
        case personCues
        /// `PersonNameTables.companyWords`.
        case companyWords
        /// `SpecialCareTables.patterns`.
        case specialCare
        /// `PersonCueTables.englishCues`, `englishHonorifics` and `selfAnnouncers`.
        case englishCues, englishHonorifics, selfAnnouncers

        /// The kind of table that lists the source's patterns.
        package var table: any CompiledTable.Type {
            switch self {
            case .hotwords: HotwordTables.self
            case .plateRegions: PlateTables.self
            case .addressPlaces: PlaceTables.self
            case .personCues, .englishCues, .englishHonorifics, .selfAnnouncers: PersonCueTables.self
            case .companyWords: PersonNameTables.self
            case .specialCare: SpecialCareTables.self
            }
        }
    }

    package let automaton: AhoCorasick
    /// Per pattern of the automaton: its source (a `Source` raw value), read on a match only.
    package let sourceOf: FlatArray<UInt8>
    /// By source: where its patterns start in the automaton's numbering (0 for a source not
    /// merged), so that entry = pattern - `sourceStarts[source]`.
    package let sourceStarts: FlatArray<Int>
    /// The sources merged.
    package let sources: [Source]

    /// Merges the pattern lists of `sources` from the tables: all of them (the build tool), or
    /// those of the tables a user dictionary added to (the library, at start-up).
    package init(merging sources: [Source] = Source.allCases, names: PersonNameTables, places: PlaceTables, plates: PlateTables,
                 hotwords: HotwordTables, specialCare: SpecialCareTables, personCues: PersonCueTables) {
        let lists = sources.map { source -> PatternList in
            switch source {
            case .hotwords: hotwords.patterns
            case .plateRegions: plates.regions
            case .addressPlaces: places.addressPlaces
            case .personCues: personCues.cues
            case .companyWords: names.companyWords
            case .specialCare: specialCare.patterns
            case .englishCues: personCues.englishCues
            case .englishHonorifics: personCues.englishHonorifics
            case .selfAnnouncers: personCues.selfAnnouncers
            }
        }
        automaton = AhoCorasick(patterns: lists.joined())
        sourceOf = FlatArray(zip(sources, lists).flatMap { source, list in repeatElement(UInt8(source.rawValue), count: list.count) })
        var starts = [Int](repeating: 0, count: Source.allCases.count), total = 0
        for (source, list) in zip(sources, lists) {
            starts[source.rawValue] = total
            total += list.count
        }
        sourceStarts = FlatArray(starts)
        self.sources = sources
    }

    package init(reading reader: inout TableReader) {
        automaton = AhoCorasick(reading: &reader)
        sourceOf = reader.read()
        sourceStarts = reader.read()
        sources = reader.read(UInt8.self).map { Source(rawValue: Int($0))! }
        precondition(sourceStarts.count == Source.allCases.count && sourceOf.count == automaton.patternCount, "corrupt front-end table")
    }

    package func write(to writer: inout TableWriter) {
        automaton.write(to: &writer)
        writer.write(Array(sourceOf))
        writer.write(Array(sourceStarts))
        writer.write(sources.map { UInt8($0.rawValue) })
    }
}
