import PatternSearch
import TextNormalization

/// Postal addresses precise enough to find a house (ADDRESS): from the first place name
/// (prefecture, municipality or town) through 丁目/番地/号 or `1-2-3`, then building and room.
///
/// Place names come from `places/prefectures.tsv` and `places/municipalities.tsv`; a town or
/// a municipality missing from the data is read as a word ending in 市/区/町/村/郡 or as the
/// words before the block number. A block number is required, so a city or prefecture alone
/// (`鹿児島市内`) is not an address, and `国道10号` or `3号車` have no place name before them.
struct AddressDetector: Detector {
    let labels: Set<Label> = [.address]
    private static let buildingWords: [[UInt8]] = [
        "マンション", "ハイツ", "コーポ", "アパート", "荘", "ビル", "レジデンス", "メゾン", "パレス", "タワー", "ヒルズ",
        "棟", "ハウス", "コート", "テラス", "寮", "団地", "住宅", "プラザ", "ガーデン", "ヴィラ", "カーサ", "ハイム", "シャトー",
        "グランド", "パーク", "フラット", "ドミトリー", "レジデンシャル", "号室", "スクエア", "センター", "プレイス", "ブリッジ",
        "フォレスト", "会館", "館", "ホテル", "キャンパス", "オフィス", "モール", "庁舎", "ホール", "ターミナル",
    ].map { Array(Normalizer().normalizedKey($0).utf8) }
    private static let gridWord = Array("条".utf8)
    private static let chomeWord = Array("丁目".utf8)
    private static let areaWords: [[UInt8]] = ["交差点", "付近", "周辺", "辺り", "あたり", "方面", "近辺", "界隈", "近く"].map { Array($0.utf8) }
    private static let no = Array("の".utf8)
    private static let sectionWords: [[UInt8]] = ["丁目", "番地の", "番地", "番", "号", "街区", "地割", "丁", "の", "-", "之"].map { Array($0.utf8) }
    /// Closed sets of single characters. A linear scan of a handful of scalars is cheaper
    /// than hashing one per character of the text (this detector runs on every byte).
    enum CharacterSet: String {
        case kanjiNumerals = "〇一二三四五六七八九十百千"
        case unitSuffixes = "市区町村郡"
        /// Last characters of a word before a number that make it a code, a count or a date,
        /// not a town: 注文番号12-345, 第3号, 令和6年.
        case notTownEndings = "番号式年月日時分円歳才台回件点代枚本個人名階位級期第道線車便目"
        /// Hiragana that may be a particle: 鹿児島市に住んで, 鹿児島市内の店舗.
        case particles = "にでをはがへともやの"
        case branchLetters = "甲乙丙丁"
        /// After a block number: a route, platform, car, machine, building count or ordinal.
        case notBlockFollowers = "車線機館目"

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .kanjiNumerals: return Self.kanjiNumeralScalars.contains(scalar)
            case .unitSuffixes: return Self.unitSuffixScalars.contains(scalar)
            case .notTownEndings: return Self.notTownEndingScalars.contains(scalar)
            case .particles: return Self.particleScalars.contains(scalar)
            case .branchLetters: return Self.branchLetterScalars.contains(scalar)
            case .notBlockFollowers: return Self.notBlockFollowerScalars.contains(scalar)
            }
        }

        private static let kanjiNumeralScalars = Array(kanjiNumerals.rawValue.unicodeScalars)
        private static let unitSuffixScalars = Array(unitSuffixes.rawValue.unicodeScalars)
        private static let notTownEndingScalars = Array(notTownEndings.rawValue.unicodeScalars)
        private static let particleScalars = Array(particles.rawValue.unicodeScalars)
        private static let branchLetterScalars = Array(branchLetters.rawValue.unicodeScalars)
        private static let notBlockFollowerScalars = Array(notBlockFollowers.rawValue.unicodeScalars)
    }

    /// Place names are the front end's matches of `FrontEnd.Source.addressPlaces`.
    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        // Whether the normalised offset was hiragana (not folded katakana) in the original.
        let isOriginalHiragana = { (offset: Int) -> Bool in !context.text.wasKatakana(offset) }
        var result: [Finding] = []
        // End of the longest place name at each start (0: none); an array, not a dictionary,
        // because it is read at every chained offset.
        var longest = [Int](repeating: 0, count: bytes.count + 1)
        var anyPlace = false
        for match in context.candidates[.addressPlaces] {
            longest[match.range.lowerBound] = max(longest[match.range.lowerBound], match.range.upperBound)
            anyPlace = true
        }
        var coveredUpTo = 0
        // The gazetteer findings' ranges, in order and disjoint (each starts at or after the
        // last one's end): whether one holds a digit is a binary search over their ends, where a
        // scan of all findings at every digit grew with the square of a long text's addresses.
        var gazetteerStarts: [Int] = [], gazetteerEnds: [Int] = []
        var start = 0
        while anyPlace, start < bytes.count {
            defer { start += 1 }
            guard longest[start] > 0, start >= coveredUpTo else { continue }
            // Chain place names: 鹿児島県 + 鹿児島市 (+ a space).
            var end = longest[start]
            var chained = 1
            while true {
                let next = skipSpaces(bytes, end, max: 1)
                guard next < bytes.count, longest[next] > next else { break }
                end = longest[next]
                chained += 1
            }
            guard let tail = townAndBlock(bytes, from: end, isOriginalHiragana: isOriginalHiragana, placesChained: chained) else { continue }
            // Negative words (所在地, 株式会社) are not read: a company's or a shop's address is
            // an ADDRESS too (ANNOTATION.md); keeping a known one is the policy's allow-list.
            let hot = context.hotwords.weights(for: .address, before: start, window: 30)
            let confidence = 0.85 + (hot.positive > 0 ? 0.1 : 0) + (tail.hasBuilding ? 0.03 : 0)
            result.append(context.finding(.address, start..<tail.end, confidence: confidence, rule: "address.gazetteer"))
            gazetteerStarts.append(start)
            gazetteerEnds.append(tail.end)
            coveredUpTo = tail.end
        }
        // Without a known place name: a town word right before a block number.
        var i = 0
        while i < bytes.count {
            // Lead bytes E3...E7 first, so continuation bytes (two of every three in Japanese
            // text) cost no call.
            guard ByteClass.isDigit(bytes[i]) || (bytes[i] >= 0xE3 && bytes[i] <= 0xE7 && kanjiNumeralAt(bytes, i)) else { i += 1; continue }
            if i < coveredUpTo, case let k = gazetteerEnds.firstIndex(startingAtOrAfter: i + 1, key: { $0 }),
               k < gazetteerEnds.count, gazetteerStarts[k] <= i { i += 1; continue }
            var townStart = Scalars.runStart(bytes, endingAt: i, class: .kanji, limit: 10)
            // A hotword is never part of the town (携帯090-…, 住所伊敷2丁目…): start after it.
            for hit in context.hotwords.ending(in: townStart...i) where hit.range.lowerBound >= townStart {
                townStart = max(townStart, hit.range.upperBound)
            }
            guard townStart < i, Scalars.count(bytes, townStart..<i) >= 2,
                  let tail = block(bytes, from: i, isOriginalHiragana: isOriginalHiragana), tail.sections >= 2 || tail.hasBuilding else {
                i = skipNumber(bytes, i); continue
            }
            if let (last, _) = Scalars.before(bytes, i), CharacterSet.notTownEndings.contains(last) { i = tail.end; continue }
            // (福岡市3-4日: numbers that a counter follows are a date or a count.)
            if !tail.hasBuilding, let (next, _) = Scalars.at(bytes, tail.end), CharacterSet.notTownEndings.contains(next) { i = tail.end; continue }
            let hot = context.hotwords.weights(for: .address, before: townStart, window: 30)
            let endsInUnit = Scalars.before(bytes, i).map { CharacterSet.unitSuffixes.contains($0.0) } ?? false
            // A word before digits is a place only with evidence that it is one: a unit
            // (丁目, 番地, 号), a municipality suffix, or an address word before it. Without any,
            // `携帯090-1234-5678` would be a "town" and a phone number its block.
            guard tail.usesJapaneseUnits || endsInUnit || hot.positive > 0 else { i = tail.end; continue }
            var confidence = 0.45 + (hot.positive > 0 ? 0.25 : 0) + (tail.sections >= 3 ? 0.1 : 0) + (endsInUnit ? 0.05 : 0)
            if tail.usesJapaneseUnits { confidence += 0.1 }
            result.append(context.finding(.address, townStart..<tail.end, confidence: confidence, rule: "address.town"))
            i = tail.end
        }
        return result + romanizedAddresses(in: context)
    }

    struct Tail {
        var end: Int
        var sections: Int
        var usesJapaneseUnits: Bool
        var hasBuilding: Bool
        /// Whether a space stands between two of its numbers (2丁目 21-4, 12 の 3).
        var spaced = false
    }

    /// The town words after a place name, then the block number.
    /// - Parameter placesChained: how many place names stand before (鹿児島県 + 鹿児島市 = 2):
    ///   after a prefecture and a municipality, a town and one number is a house (唐津市中町1866,
    ///   左京区下鴨松ノ木町12), as rural and Kyoto addresses are written.
    private func townAndBlock(_ bytes: [UInt8], from start: Int, isOriginalHiragana: (Int) -> Bool, placesChained: Int = 1) -> Tail? {
        func isKatakanaAt(_ offset: Int) -> Bool { !isOriginalHiragana(offset) }
        var p = skipSpaces(bytes, start, max: 1)
        let townStart = p
        if let tail = kanaTownAndBlock(bytes, from: townStart, isOriginalHiragana: isOriginalHiragana) { return tail }
        // 仙台市から|だと2-3時間: a function word after the place ends the address.
        if Self.kanaFunctionWords.contains(where: { Scalars.hasPrefix(bytes, at: townStart, $0) }), !isKatakanaAt(townStart) { return nil }
        var sawKanji = false, sawParticle = false
        // Kyoto addresses give the way from a crossing (烏丸通二条下ル), then one number.
        var kyotoDirection = false
        // 盛岡市西松園 2丁目 21-4, 七戸町 字 舘野 45-2: forms and voice input space the parts out.
        var spaced = false
        // Try the block right away, then after each character of a town name (at most 12).
        for _ in 0..<13 {
            // (島根県出雲市大津町1946: the town may be a listed place itself, chained as a third.)
            // (姫路市駅前町338, 大和郡山市筒井町937: after a municipality alone, a town named as such,
            // two kanji or more and 町, and one number is a house too.)
            let townRead = (p > townStart && placesChained >= 2 && sawKanji) || (p == townStart && placesChained >= 3)
                || (placesChained == 1 && p - townStart >= 9 && Scalars.before(bytes, p).map { $0.0 == "町" } == true
                    && String(decoding: bytes[townStart..<p], as: UTF8.self).unicodeScalars.allSatisfy { ScriptClass.of($0) == .kanji })
            if ByteClass.isDigit(bytes[safe: p]) || kanjiNumeralAt(bytes, p),
               let tail = block(bytes, from: p, isOriginalHiragana: isOriginalHiragana, singleNumberIsPrecise: kyotoDirection || townRead) {
                // (福岡市 3-4日, 西松園 2名: a number right after the place or spaced, that a counter
                // follows, is a date or a count.)
                if spaced || tail.spaced || p == townStart, !tail.hasBuilding, let (next, _) = Scalars.at(bytes, tail.end),
                   CharacterSet.notTownEndings.contains(next) { return nil }
                return tail
            }
            if bytes[safe: p] == 0x20, p > townStart, bytes[p - 1] != 0x20, !sawParticle,
               let (next, _) = Scalars.at(bytes, p + 1), ScriptClass.of(next) == .kanji || ByteClass.isDigit(bytes[p + 1]) {
                spaced = true
                p += 1
                continue
            }
            guard let (scalar, length) = Scalars.at(bytes, p) else { return nil }
            let cls = ScriptClass.of(scalar)
            guard cls == .kanji || cls == .hiragana || cls == .digit else { return nil }
            // はりまや町, のぞみ野: a kana town name that starts like a particle, ending in a kanji
            // town word within eight characters.
            if p == townStart, cls == .hiragana, CharacterSet.particles.contains(scalar), let townEnd = kanaTownEnd(bytes, from: p) {
                sawKanji = true
                p = townEnd
                continue
            }
            if cls == .kanji { sawKanji = true }
            if cls == .hiragana, scalar == "る", let (previous, _) = Scalars.before(bytes, p), "上下入".unicodeScalars.contains(previous) {
                kyotoDirection = true
            } else if cls == .hiragana, CharacterSet.particles.contains(scalar) {
                // の/が/ヶ between two kanji is part of a name: 丸の内, 霞が関, 丸ノ内.
                if !(p > townStart && linksKanji(bytes, p)) {
                    // Otherwise a particle ends the address (鹿児島市に住んで, 鹿児島市内の店舗で),
                    // except inside a town name written wholly in kana (みなとみらい,
                    // おもろまち), which neither starts with a particle nor mixes with kanji.
                    if p == townStart { return nil }
                    sawParticle = true
                }
            }
            if sawParticle && sawKanji { return nil }
            p += length
        }
        return nil
    }

    /// A town written in kana, perhaps closed by a kanji town word and perhaps after 字/大字,
    /// followed at once by a block of two or more numbers: ときわ5-3-19, さくらの森2-15-7,
    /// におの浜3丁目5-8, ひばりが丘3-41, 字ニセコ482-3. Particles may stand inside the name, so
    /// only the block right after it (and no counter after the block) makes it a town.
    private func kanaTownAndBlock(_ bytes: [UInt8], from start: Int, isOriginalHiragana: (Int) -> Bool) -> Tail? {
        var p = start
        // A district before it (丸岡町ひばりが丘): a few kanji ending in 町, 村 or 字.
        var q = p, kanjiBefore = 0
        while kanjiBefore < 4, let (scalar, length) = Scalars.at(bytes, q), ScriptClass.of(scalar) == .kanji {
            q += length; kanjiBefore += 1
            if "町村字".unicodeScalars.contains(scalar), Scalars.at(bytes, q).map({ ScriptClass.of($0.0) == .hiragana }) == true { p = q; break }
        }
        for prefix in Self.azaPrefixes where Scalars.hasPrefix(bytes, at: p, prefix) { p += prefix.count; break }
        let kanaStart = p
        var kana = 0
        while kana < 8, let (scalar, length) = Scalars.at(bytes, p), ScriptClass.of(scalar) == .hiragana { p += length; kana += 1 }
        guard kana >= 2, !Self.kanaFunctionWords.contains(where: { Scalars.hasPrefix(bytes, at: kanaStart, $0) }) else { return nil }
        var kanji = 0
        while kanji < 2, let (scalar, length) = Scalars.at(bytes, p), ScriptClass.of(scalar) == .kanji, !kanjiNumeralAt(bytes, p) { p += length; kanji += 1 }
        guard ByteClass.isDigit(bytes[safe: p]) || kanjiNumeralAt(bytes, p),
              let tail = block(bytes, from: p, isOriginalHiragana: isOriginalHiragana), tail.sections >= 2 else { return nil }
        if !tail.hasBuilding, let (next, _) = Scalars.at(bytes, tail.end), ScriptClass.of(next) == .kanji { return nil }
        return tail
    }

    private static let azaPrefixes: [[UInt8]] = ["大字", "字"].map { Array($0.utf8) }
    /// Kana words that are no town: から 2-3 分, まで, ほぼ, など.
    private static let kanaFunctionWords: [[UInt8]] = ["から", "まで", "より", "ほぼ", "など", "には", "では", "への", "ごと", "くらい", "ぐらい", "およそ", "やく", "および", "または"].map { Array($0.utf8) }

    /// The end of a town name in hiragana closed by a kanji town word (はりまや町, あさひが丘).
    private func kanaTownEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var p = start, count = 0
        while count < 8, let (scalar, length) = Scalars.at(bytes, p), ScriptClass.of(scalar) == .hiragana { p += length; count += 1 }
        guard count >= 3, let (scalar, length) = Scalars.at(bytes, p), "町村通台丘野原".unicodeScalars.contains(scalar) else { return nil }
        return p + length
    }

    /// `NUM (SEP NUM)*` with SEP one of 丁目 番地 番 号 街区 地割 - の, then an optional
    /// building and room. Precise enough means two or more numbers, or one ending in 番地 or 号.
    private func block(_ bytes: [UInt8], from start: Int, isOriginalHiragana: (Int) -> Bool, singleNumberIsPrecise: Bool = false) -> Tail? {
        // A block number never has a leading zero; digits that do are a phone or a code.
        if bytes[safe: start] == 0x30 { return nil }
        var p = start
        var sections = 0
        var japaneseUnits = false
        var lastWasNumber = false
        var lastUnit: [UInt8] = []
        var breaks = 0
        var sawGrid = false
        var spaces = 0
        var kanjiJoined = false
        while p < bytes.count {
            if let end = number(bytes, p) {
                if lastWasNumber { break }
                // A kanji number must carry a unit: 三丁目, 九千三百二十一番地 (not 一番 'best').
                if kanjiNumeralAt(bytes, p), !Self.sectionWords.prefix(5).contains(where: { Scalars.hasPrefix(bytes, at: end, $0) }) {
                    // 一丁目二十三の四: after a unit, kanji numbers joined by の are the house's.
                    let joinedAfter = Scalars.hasPrefix(bytes, at: end, Self.no) && number(bytes, end + Self.no.count) != nil
                    let joined = (lastUnit.isEmpty && sections > 0) || joinedAfter
                    // 大門七の十五, 新総曲輪一の七の二: said aloud or written out, kanji numbers
                    // joined by の are a house's without any unit.
                    if sections == 0, joinedAfter { kanjiJoined = true }
                    guard japaneseUnits || kanjiJoined, joined else { break }
                }
                p = end; sections += 1; lastWasNumber = true
                continue
            }
            // One line break may split an address after a unit: 伊敷5丁目\n16番22号.
            // (Not after 番地, which ends a house, nor before a leading zero: 番地⏎0853214087 is a phone.)
            if !lastWasNumber, breaks == 0, sections > 0, bytes[p] == 0x0A, number(bytes, p + 1) != nil, bytes[safe: p + 1] != 0x30,
               lastUnit != Array("番地".utf8) { p += 1; breaks += 1; continue }
            // Hokkaido's grid (北7条西5丁目, 東札幌3条6丁目, 3条通8丁目): 条, perhaps a direction
            // or 通, then the 丁目 number. Two numbers name a block of houses, as 丁目-番 do.
            if lastWasNumber, !sawGrid, sections == 1, Scalars.hasPrefix(bytes, at: p, Self.gridWord) {
                var q = p + Self.gridWord.count
                if let (scalar, length) = Scalars.at(bytes, q), "東西南北通".unicodeScalars.contains(scalar) { q += length }
                if let end = number(bytes, q), !kanjiNumeralAt(bytes, q), Scalars.hasPrefix(bytes, at: end, Self.chomeWord) {
                    sawGrid = true; japaneseUnits = true; lastWasNumber = false; p = q
                    continue
                }
            }
            // 2丁目 21-4, 7の 15, 12 の 3: one space typed after a unit or around の between numbers.
            if bytes[p] == 0x20, spaces < 2, sections > 0, bytes[safe: p + 1] != 0x30 {
                if !lastWasNumber, number(bytes, p + 1) != nil, !kanjiNumeralAt(bytes, p + 1) { p += 1; spaces += 1; continue }
                if lastWasNumber, Scalars.hasPrefix(bytes, at: p + 1, Self.no), case let q = skipSpaces(bytes, p + 1 + Self.no.count, max: 1),
                   number(bytes, q) != nil, !kanjiNumeralAt(bytes, q) { p += 1; spaces += 1; continue }
            }
            guard lastWasNumber, var separator = Self.sectionWords.first(where: { Scalars.hasPrefix(bytes, at: p, $0) }) else { break }
            // 場之町603番地の店舗: の after 番地 joins a number only when one follows.
            if separator == Array("番地の".utf8), number(bytes, p + separator.count) == nil { separator = Array("番地".utf8) }
            let after = p + separator.count
            // の and 之 join numbers like a dash (1の2): they are no unit and may not end a block.
            let isUnit = separator != Array("の".utf8) && separator != Array("之".utf8) && separator != Array("-".utf8)
            // A dash or の must be followed by a number; a unit may end the block.
            if !isUnit && number(bytes, after) == nil && (spaces >= 2 || bytes[safe: after] != 0x20 || number(bytes, after + 1) == nil) { break }
            if isUnit { japaneseUnits = true; lastUnit = separator } else { lastUnit = [] }
            p = after
            lastWasNumber = false
            if separator == Array("号".utf8) { break }
        }
        if bytes[safe: p - 1] == 0x0A { p -= 1 }
        // (梅田1丁目 2名で: a spaced number that a counter follows is a count.)
        if spaces > 0, let (next, _) = Scalars.at(bytes, p), CharacterSet.notTownEndings.contains(next) { return nil }
        let unitless = sections == 1 && lastUnit.isEmpty
        // (A single 丁目 is a district, not a house: 梅田1丁目.)
        let precise = sections >= 2 || (singleNumberIsPrecise && lastUnit != Array("丁目".utf8)) || lastUnit == Array("番地".utf8) || lastUnit == Array("号".utf8)
        guard sections >= 1, precise else { return nil }
        // One bare number is a house only where the address ends: not 中町3人, 梅田1F.
        if unitless, let (next, _) = Scalars.at(bytes, p), ![.space, .lineBreak].contains(ScriptClass.of(next)), !"、。,.()".unicodeScalars.contains(next),
           !(ScriptClass.of(next) == .hiragana && CharacterSet.particles.contains(next)) { return nil }
        // A grid block alone also names a crossing or an area (北24条東15丁目 交差点, 付近).
        if sawGrid, sections == 2, case let q = skipSpaces(bytes, p, max: 1),
           Self.areaWords.contains(where: { Scalars.hasPrefix(bytes, at: q, $0) }) { return nil }
        // 番地 may carry 甲/乙/丙: 1234番地甲.
        if lastUnit == Array("番地".utf8), let (scalar, length) = Scalars.at(bytes, p), CharacterSet.branchLetters.contains(scalar) { p += length }
        // Never a route, platform or car number: 10号線, 3号車, 5番目.
        if let (scalar, _) = Scalars.at(bytes, p), CharacterSet.notBlockFollowers.contains(scalar) { return nil }
        var end = p
        var hasBuilding = false
        if let building = building(bytes, from: p, isOriginalHiragana: isOriginalHiragana) { end = building; hasBuilding = true }
        else if let room = roomNumber(bytes, from: p, requireUnit: true) { end = room }
        return Tail(end: end, sections: sections, usesJapaneseUnits: japaneseUnits, hasBuilding: hasBuilding, spaced: spaces > 0)
    }

    /// Building name and room after the block: ` サンライズマンション201号室`,
    /// ` コーポ有村 B棟 103号`, `\nグリーンコート若葉 203`.
    private func building(_ bytes: [UInt8], from start: Int, isOriginalHiragana: (Int) -> Bool) -> Int? {
        // 16－1 　ハイツあおば: a space and an ideographic space may stand before the name.
        var p = skipSpaces(bytes, start, max: 2)
        let nextLine = p < bytes.count && bytes[p] == 0x0A
        if nextLine { p += 1 }
        let nameStart = p
        var scalars = 0
        // A floor or room ends the name (ビル7階の当社会議室 ends at 7階).
        var floorEnd: Int? = nil
        while p < bytes.count, scalars < 20, let (scalar, length) = Scalars.at(bytes, p) {
            let cls = ScriptClass.of(scalar)
            guard cls == .kanji || cls == .hiragana || cls == .latin || cls == .digit || scalar == "-" || scalar == "・" else { break }
            // Building names are katakana; hiragana in the original starts the sentence again,
            // unless it names the building after its kind and a room follows (コーポひまわり2-203).
            if cls == .hiragana, isOriginalHiragana(p), !linksKanji(bytes, p) {
                guard endsWithBuildingWord(bytes, p), let runEnd = hiraganaRunBeforeRoom(bytes, p, isOriginalHiragana) else { break }
                scalars += Scalars.count(bytes, p..<runEnd); p = runEnd
                continue
            }
            p += length; scalars += 1
            if cls == .digit, let unit = floorUnit(bytes, p) { p += unit; floorEnd = p; break }
        }
        let token = bytes[nameStart..<p]
        // A next line of digits and dashes is a number of its own (番地⏎0853-21-4087), no building.
        if nextLine, !token.contains(where: { $0 >= 0x80 || ByteClass.isLower($0) || (0x41...0x5A).contains($0) }) { return nil }
        // The next line may be the next address (横浜市…2-3-1\n東京都港区…6-10-1六本木ヒルズ):
        // a block number in it belongs to that address, not to a building of this one.
        if nextLine, token.indices.contains(where: { $0 > token.startIndex && token[$0] == 0x2D && ByteClass.isDigit(token[$0 - 1]) && token.indices.contains($0 + 1) && ByteClass.isDigit(token[$0 + 1]) }) { return nil }
        var end = p
        if floorEnd != nil {
            // イオンモール岡山6F, パレ・ドール浦和805号, 2F: a name with its floor or room, or the floor alone.
        } else if Self.buildingWords.contains(where: { word in token.count >= word.count && (0...(token.count - word.count)).contains { token.dropFirst($0).starts(with: word) } }) {
            // On the next line a building is someone's home: a room number follows
            // (\nグリーンコート若葉 203); a company's or a facility's name does not (\nひたちなかサービスセンター).
            if nextLine, !ByteClass.isDigit(bytes[p - 1]), roomNumber(bytes, from: p, requireUnit: false) == nil { return nil }
        } else if !nextLine, p > nameStart, let room = roomNumber(bytes, from: p, requireUnit: true), room > skipSpaces(bytes, p, max: 1) {
            // サンシャイン60　42F: a name with no building word, then its floor.
            end = p
        } else if !nextLine, let digits = trailingDigits(token), (3...4).contains(digits), token.contains(where: { $0 >= 0x80 }), !ByteClass.isDigit(token.first ?? 0),
                  p >= bytes.count || [0x0A, 0x0D, 0x29, 0x2C].contains(bytes[p]) || Scalars.hasPrefix(bytes, at: p, Array("、".utf8)) {
            // シルキア奈良412 at the end of the line: a residence and its room.
        } else {
            // A building named in hiragana (さっぽろ北三条ビル, ときわマンション): read on through
            // kana, but end at the last building word, and never start on a particle.
            guard !nextLine, let loose = hiraganaBuildingEnd(bytes, from: nameStart) else { return nil }
            end = loose
        }
        // 一番町スクエア7階: a floor or room glued to the name.
        if end > nameStart, ByteClass.isDigit(bytes[end - 1]),
           let unit = ["階", "号室", "室", "f"].map({ Array($0.utf8) }).first(where: { Scalars.hasPrefix(bytes, at: end, $0) }) {
            end += unit.count
        }
        // Up to two short tokens after it: B棟, 103号, 2-b, 2f.
        for _ in 0..<2 {
            guard let next = roomNumber(bytes, from: end, requireUnit: false) else { break }
            end = next
        }
        return end
    }

    /// The length of a floor or room unit glued to a number at `p` (7階, 6f, 805号, 201号室), if any.
    private func floorUnit(_ bytes: [UInt8], _ p: Int) -> Int? {
        if bytes[safe: p] == 0x66, !ByteClass.isLower(bytes[safe: p + 1]) { return 1 }
        return ["階", "号室", "号", "室"].map({ Array($0.utf8) }).first(where: { Scalars.hasPrefix(bytes, at: p, $0) })?.count
    }

    private func endsWithBuildingWord(_ bytes: [UInt8], _ p: Int) -> Bool {
        Self.buildingWords.contains { p >= $0.count && Scalars.hasPrefix(bytes, at: p - $0.count, $0) }
    }

    /// The end of the run of original hiragana at `p` when a room number follows it, glued or
    /// after one space (ひまわり2-203, あおば　102号室).
    private func hiraganaRunBeforeRoom(_ bytes: [UInt8], _ p: Int, _ isOriginalHiragana: (Int) -> Bool) -> Int? {
        var q = p
        while q < bytes.count, let (scalar, length) = Scalars.at(bytes, q), ScriptClass.of(scalar) == .hiragana, isOriginalHiragana(q) { q += length }
        guard q > p, ByteClass.isDigit(bytes[safe: q]) || (bytes[safe: q] == 0x20 && ByteClass.isDigit(bytes[safe: q + 1])) else { return nil }
        return q
    }

    /// How many ASCII digits end the token.
    private func trailingDigits(_ token: ArraySlice<UInt8>) -> Int? {
        let count = token.reversed().prefix(while: ByteClass.isDigit).count
        return count > 0 ? count : nil
    }

    private func hiraganaBuildingEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard let (first, _) = Scalars.at(bytes, start), ScriptClass.of(first) == .hiragana, !CharacterSet.particles.contains(first) else { return nil }
        var p = start, scalars = 0, lastWordEnd: Int? = nil
        while p < bytes.count, scalars < 14, let (scalar, length) = Scalars.at(bytes, p) {
            let cls = ScriptClass.of(scalar)
            guard cls == .kanji || cls == .hiragana || cls == .latin || cls == .digit || scalar == "・" else { break }
            p += length; scalars += 1
            if let word = Self.buildingWords.first(where: { p >= $0.count && Scalars.hasPrefix(bytes, at: p - $0.count, $0) }), p - word.count > start {
                lastWordEnd = p
            }
        }
        return lastWordEnd
    }

    private func isInsideBuildingWord(_ bytes: [UInt8], _ p: Int) -> Bool {
        Self.buildingWords.contains { word in
            (1..<word.count).contains { k in p >= k && Scalars.hasPrefix(bytes, at: p - k, word) }
        }
    }

    /// A room or wing after one space: `201号室`, `105`, `2-b`, `b棟`, `2f`.
    private func roomNumber(_ bytes: [UInt8], from start: Int, requireUnit: Bool) -> Int? {
        var p = skipSpaces(bytes, start, max: 1)
        let tokenStart = p
        // A room number never starts with 0: that is a phone number after the address.
        if bytes[safe: p] == 0x30 { return nil }
        while p < bytes.count, p - tokenStart < 8, ByteClass.isDigit(bytes[p]) || ByteClass.isLower(bytes[p]) || bytes[p] == 0x2D { p += 1 }
        for unit in ["号室", "号", "室", "階", "棟"].map({ Array($0.utf8) }) where Scalars.hasPrefix(bytes, at: p, unit) {
            return p > tokenStart || unit == Array("棟".utf8) ? p + unit.count : nil
        }
        // 42F, B1F (folded to lower case): a floor.
        if p - tokenStart >= 2, bytes[p - 1] == 0x66, ByteClass.isDigit(bytes[p - 2]) { return p }
        guard !requireUnit, p > tokenStart, bytes[tokenStart..<p].contains(where: ByteClass.isDigit) || p - tokenStart == 1 else { return nil }
        // The token must end the phrase: a space, line break, punctuation or the end.
        if p < bytes.count, let (scalar, _) = Scalars.at(bytes, p), ScriptClass.of(scalar) == .kanji || ScriptClass.of(scalar) == .hiragana { return nil }
        return p
    }

    /// Whether the scalar at `p` is an の or が between two kanji, which is part of a name
    /// (丸の内, 霞が関, 丸の内ビル), not a particle.
    private func linksKanji(_ bytes: [UInt8], _ p: Int) -> Bool {
        guard let (scalar, length) = Scalars.at(bytes, p), scalar == "の" || scalar == "が",
              let (next, _) = Scalars.at(bytes, p + length), ScriptClass.of(next) == .kanji,
              let (previous, _) = Scalars.before(bytes, p), ScriptClass.of(previous) == .kanji else { return false }
        return true
    }

    /// ASCII digits or kanji numerals (with 十百千); returns the end.
    private func number(_ bytes: [UInt8], _ start: Int) -> Int? {
        var p = start
        while p < bytes.count {
            if ByteClass.isDigit(bytes[p]) { p += 1; continue }
            if kanjiNumeralAt(bytes, p) { p += 3; continue }
            break
        }
        return p > start ? p : nil
    }

    @inline(__always)
    private func kanjiNumeralAt(_ bytes: [UInt8], _ p: Int) -> Bool {
        guard p < bytes.count else { return false }
        // The numerals' lead bytes (〇 E3 80, the others E4, E5, E7) rule out kana and most kanji
        // before anything is decoded: this runs at every byte of every text.
        switch bytes[p] {
        case 0xE4, 0xE5, 0xE7: break
        case 0xE3: guard p + 1 < bytes.count, bytes[p + 1] == 0x80 else { return false }
        default: return false
        }
        guard let (scalar, _) = Scalars.at(bytes, p) else { return false }
        // A switch, not a set: this runs at every kanji of every text.
        switch scalar.value {
        case 0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343: return true  // 〇一二三四五六七八九十百千
        default: return false
        }
    }

    private func skipNumber(_ bytes: [UInt8], _ start: Int) -> Int {
        number(bytes, start) ?? start + 1
    }

    private func skipSpaces(_ bytes: [UInt8], _ start: Int, max: Int) -> Int {
        var p = start, n = 0
        while p < bytes.count, n < max, bytes[p] == 0x20 { p += 1; n += 1 }
        return p
    }
}

extension Array where Element == UInt8 {
    subscript(safe index: Int) -> UInt8 { index >= 0 && index < count ? self[index] : 0 }
}
