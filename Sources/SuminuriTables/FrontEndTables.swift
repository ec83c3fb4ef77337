import PatternSearch

/// Every pattern a detector looks for in a whole text, from every table, merged into one
/// automaton, so that the library reads a piece of text once (`FrontEnd`) instead of once per
/// table. A match names its source and its entry in that source's list, as integers, so each
/// detector reads its own matches with the entry numbers of its own table.
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
    }

    package let automaton: AhoCorasick
    /// Per pattern of the automaton: its source (a `Source` raw value), read on a match only.
    package let sourceOf: FlatArray<UInt8>
    /// Where each source's patterns start in the automaton's numbering, by source, and the
    /// pattern count last: entry = pattern - `sourceStarts[source]`.
    package let sourceStarts: FlatArray<Int>

    /// Merges the pattern lists of the tables (the build tool; the library when a user adds to
    /// one of them).
    package init(names: PersonNameTables, places: PlaceTables, plates: PlateTables, hotwords: HotwordTables,
                 specialCare: SpecialCareTables, personCues: PersonCueTables) {
        let lists = Source.allCases.map { source -> PatternList in
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
        sourceOf = FlatArray(lists.indices.flatMap { source in repeatElement(UInt8(source), count: lists[source].count) })
        sourceStarts = FlatArray(lists.reduce(into: [0]) { $0.append($0.last! + $1.count) })
    }

    package init(reading reader: inout TableReader) {
        automaton = AhoCorasick(reading: &reader)
        sourceOf = reader.read()
        sourceStarts = reader.read()
        precondition(sourceStarts.count == Source.allCases.count + 1 && sourceOf.count == automaton.patternCount, "corrupt front-end table")
    }

    package func write(to writer: inout TableWriter) {
        automaton.write(to: &writer)
        writer.write(Array(sourceOf))
        writer.write(Array(sourceStarts))
    }
}
