import SuminuriTables
import TextNormalization

/// The tables a scanner's detectors read, each compiled once per scanner: the built-in one
/// viewed in place when the set holds exactly the built-in files it was compiled from, else
/// compiled now from the set's records; and the front end that finds their patterns.
struct CompiledDictionaries: Sendable {
    let names: PersonNameTables
    let places: PlaceTables
    let plates: PlateTables
    let hotwords: HotwordTables
    let specialCare: SpecialCareTables
    let phone: PhoneTables
    let personCues: PersonCueTables
    let personTagger: PersonTaggerTables
    let frontEnd: FrontEnd

    init(_ dictionaries: DictionarySet, normalizer: Normalizer) throws {
        let builtIn = BuiltInDictionaries.tables
        names = try dictionaries.table(builtIn.names, normalizer: normalizer)
        places = try dictionaries.table(builtIn.places, normalizer: normalizer)
        plates = try dictionaries.table(builtIn.plates, normalizer: normalizer)
        hotwords = try dictionaries.table(builtIn.hotwords, normalizer: normalizer)
        specialCare = try dictionaries.table(builtIn.specialCare, normalizer: normalizer)
        phone = try dictionaries.table(builtIn.phone, normalizer: normalizer)
        personCues = try dictionaries.table(builtIn.personCues, normalizer: normalizer)
        personTagger = try dictionaries.table(builtIn.personTagger, normalizer: normalizer)
        let recompiled = FrontEnd.Source.allCases.filter { !dictionaries.holdsBuiltIn($0.table) }
        frontEnd = FrontEnd(builtIn: builtIn.frontEnd, recompiled: recompiled.isEmpty ? nil : FrontEndTables(
            merging: recompiled, names: names, places: places, plates: plates, hotwords: hotwords, specialCare: specialCare, personCues: personCues))
    }
}
