import PatternSearch
import TextNormalization

extension PersonDetector {
    /// A rule that read one part of a full name written with a space reads the other part too.
    ///
    /// Cues sit on one side of a name (`お客様宮本 和也様` reads the given name before 様, a
    /// document's earlier `高橋` finds the later `たかはし ゆうこ` by its family name), but the
    /// person is the whole name: a listed given name (and no listed family name) that a listed
    /// family name precedes across one space takes it, and a listed family name followed across
    /// one space by a listed given name (no family name), or by a kana given name that ends the
    /// line or the introduction, takes that. Nothing is joined that another finding already
    /// holds: two surnames side by side in a roster are two people.
    func completedFullNames(_ found: [Finding], weekdayKeys: [Int], reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        // A long text holds thousands of findings: what overlaps a range is found by binary search
        // over the findings sorted by start (a finding is never longer than `longestFinding`).
        let taken = found.map(\.normalizedRange.utf8).sorted { $0.lowerBound < $1.lowerBound }
        let longestFinding = taken.map(\.count).max() ?? 0
        func isTaken(_ range: Range<Int>) -> Bool {
            var k = taken.firstIndex(startingAtOrAfter: range.upperBound) { $0.lowerBound }
            while k > 0, taken[k - 1].lowerBound + longestFinding > range.lowerBound {
                k -= 1
                if taken[k].overlaps(range) { return true }
            }
            return false
        }
        // Names written whole somewhere in the text (Emily Carter, グエン・ティ・アイン), by their
        // first and last parts.
        let middleDot = Array("・".utf8)
        var wholeNamesByPart: [[UInt8]: [[UInt8]]] = [:]
        for finding in found where finding.label == .person {
            let whole = Array(bytes[finding.normalizedRange.utf8])
            // The first part ends, and the last starts, at a space or a ・.
            var firstEnd: Int?, lastStart = 0, k = 0
            while k < whole.count {
                let separator = whole[k] == 0x20 ? 1 : (k + 2 < whole.count && whole[k..<(k + 3)].elementsEqual(middleDot) ? 3 : 0)
                if separator > 0 { if firstEnd == nil { firstEnd = k }; lastStart = k + separator; k += separator } else { k += 1 }
            }
            guard let firstEnd, firstEnd > 0, lastStart < whole.count else { continue }
            let first = Array(whole[..<firstEnd]), last = Array(whole[lastStart...])
            wholeNamesByPart[first, default: []].append(whole)
            if last != first { wholeNamesByPart[last, default: []].append(whole) }
        }
        let completed: [Finding] = found.map { finding in
            guard finding.label == .person else { return finding }
            var range = finding.normalizedRange.utf8
            if let trimmed = withoutTrailingWord(range, bytes: bytes) {
                return context.finding(.person, trimmed, confidence: finding.confidence, rule: finding.rule)
            }
            guard !bytes[range].contains(0x20), let script = reader.script(at: range.lowerBound) else { return finding }
            let surface = bytes[range]
            // A part of a name written whole elsewhere, where the rest of it stands beside it.
            if let whole = (wholeNamesByPart[Array(surface)] ?? []).filter({ whole in
                   guard whole.count > surface.count else { return false }
                   let joint = whole.count - surface.count
                   if whole[joint...].elementsEqual(surface), range.upperBound >= whole.count,
                      bytes[(range.upperBound - whole.count)..<range.upperBound].elementsEqual(whole) {
                       return whole[joint - 1] == 0x20 || (joint >= 3 && whole[(joint - 3)..<joint].elementsEqual(middleDot))
                   }
                   if whole[..<surface.count].elementsEqual(surface), range.lowerBound + whole.count <= bytes.count,
                      bytes[range.lowerBound..<(range.lowerBound + whole.count)].elementsEqual(whole) {
                       return whole[surface.count] == 0x20 || whole[surface.count..<min(whole.count, surface.count + 3)].elementsEqual(middleDot)
                   }
                   return false
               }).max(by: { $0.count < $1.count }) {
                let lower = bytes[(max(0, range.upperBound - whole.count))..<range.upperBound].elementsEqual(whole) ? range.upperBound - whole.count : range.lowerBound
                let wider = lower..<(lower + whole.count)
                let added = lower < range.lowerBound ? lower..<range.lowerBound : range.upperBound..<wider.upperBound
                if !isTaken(added) { range = wider }
            }
            // A given name: its family name before it.
            if range == finding.normalizedRange.utf8, givenNames.contains(surface), !familyNames.contains(surface), range.lowerBound >= 2, bytes[range.lowerBound - 1] == 0x20,
               let (_, lastStart) = Scalars.before(bytes, range.lowerBound - 1),
               let familyScript = reader.script(at: lastStart), familyScript != .latin, script != .latin {
                let end = range.lowerBound - 1
                let runStart = reader.runStart(endingAt: end, script: familyScript, limit: familyScript == .kanji ? 6 : 8)
                // The whole word before the space is a listed family name (お客様宮本: 様 ends the
                // word before 宮本); kana words are at least two long (息子の まさる: の is none).
                let count = Scalars.count(bytes, runStart..<end)
                if runStart < end, familyNames.contains(bytes[runStart..<end]), !isTaken(runStart..<end),
                   count <= 4 || familyScript != .kanji, count >= 2 || familyScript == .kanji,
                   !kanaFunctionWords.contains(bytes[runStart..<end]) {
                    range = runStart..<range.upperBound
                }
            }
            // A family name: its given name after it.
            else if range == finding.normalizedRange.utf8, familyNames.contains(surface), bytes[safe: range.upperBound] == 0x20, script != .latin,
                    let given = reader.nameAfter(range.upperBound + 1), given.range.lowerBound == range.upperBound + 1,
                    given.script != .latin, !isTaken(given.range.lowerBound..<given.firstPartEnd) {
                var end = given.firstPartEnd
                // 井手 マリセル, 田中 ブルーノ: a katakana given name no list knows, where the line or
                // an introduction ends it.
                if given.script == .katakana, script == .kanji, !givenNames.contains(bytes[given.range.lowerBound..<end]) {
                    end = extendedWithGivenName(NameReader.Name(range: range, script: .kanji, parts: 1, firstPartEnd: range.upperBound, bytes: bytes),
                                                reader: reader).range.upperBound
                }
                let part = bytes[given.range.lowerBound..<max(end, given.range.lowerBound)]
                // (No honorific, title, particle, function word, loanword or label: 千葉 さん, 竹内 より,
                // a car or a company (丸茂 セレナ), a label (セイ：シシド メイ：).)
                let listed = givenNames.contains(part) && !familyNames.contains(part) && !commonKanjiWords.contains(part) && !notNames.contains(part)
                if end > range.upperBound + 1, listed || given.script == .katakana, Scalars.count(bytes, part.indices) >= 2,
                   !kanaFunctionWords.contains(part), !katakanaWords.contains(part), !Self.titlesAndHonorifics.contains(where: { $0.elementsEqual(part) }),
                   !Self.particleWords.contains(where: { $0.elementsEqual(part) }), bytes[safe: end] != 0x3A,
                   !isWholeCompanyWord(given.range.lowerBound..<end, context: context) {
                    range = range.lowerBound..<end
                }
            }
            // (金 真央 in a weekday row is Friday's 真央.)
            guard range != finding.normalizedRange.utf8, !weekdayKeys.contains(where: { range.contains($0) }) else { return finding }
            return context.finding(.person, range, confidence: finding.confidence, rule: finding.rule)
        }
        return joinedFullNames(completed, weekdayKeys: weekdayKeys, context: context)
    }

    /// A full name read as two findings (日下部 and 真央, くどう and けんたろう) is one: a listed
    /// family name and, one space (or a ・ between kana: ほりえ・たつや) after it, a listed given
    /// name that is no family name (two surnames side by side in a roster stay two people).
    func joinedFullNames(_ found: [Finding], weekdayKeys: [Int], context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let order = found.indices.filter { found[$0].label == .person }.sorted { found[$0].normalizedRange.utf8.lowerBound < found[$1].normalizedRange.utf8.lowerBound }
        var result = found, dropped = Set<Int>()
        for (a, b) in zip(order, order.dropFirst()) where !dropped.contains(a) {
            let left = result[a].normalizedRange.utf8, right = found[b].normalizedRange.utf8
            let gap = bytes[left.upperBound..<max(left.upperBound, right.lowerBound)]
            // (Between kanji, ・ lists people: 亀谷・吉右衛門 are two.)
            guard gap.elementsEqual([0x20]) || (gap.elementsEqual(Array("・".utf8)) && ScriptClass.of(Scalars.at(bytes, right.lowerBound)?.0 ?? " ") == .hiragana),
                  !bytes[left].contains(0x20), !bytes[right].contains(0x20),
                  familyNames.contains(bytes[left]), givenNames.contains(bytes[right]), !familyNames.contains(bytes[right]),
                  !commonKanjiWords.contains(bytes[right]), !kanaFunctionWords.contains(bytes[right]),
                  case let whole = left.lowerBound..<right.upperBound, !weekdayKeys.contains(where: { whole.contains($0) }) else { continue }
            result[a] = context.finding(.person, whole, confidence: max(result[a].confidence, found[b].confidence), rule: result[a].rule)
            dropped.insert(b)
        }
        return result.indices.filter { !dropped.contains($0) }.map { result[$0] }
    }

    /// A full name never ends with the title or relation after it, or the 名義 glued to it
    /// (嶋田 常務, 原 茂名義). (Common words stay: 勇気, 建国, 勝利 are given names too.)
    func withoutTrailingWord(_ range: Range<Int>, bytes: [UInt8]) -> Range<Int>? {
        let nameOfRecord = Array("名義".utf8)
        if range.count > nameOfRecord.count + 3, bytes[(range.upperBound - nameOfRecord.count)..<range.upperBound].elementsEqual(nameOfRecord) {
            return range.lowerBound..<(range.upperBound - nameOfRecord.count)
        }
        guard let space = bytes[range].lastIndex(of: 0x20), space > range.lowerBound else { return nil }
        let last = bytes[(space + 1)..<range.upperBound]
        guard !last.isEmpty, !givenNames.contains(last), Self.titlesAndRelations.contains(where: { $0.elementsEqual(last) }) else { return nil }
        var end = space
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        return end > range.lowerBound ? range.lowerBound..<end : nil
    }

    /// Kana words that follow a name and are read as given names by the lists.
    static let particleWords: [[UInt8]] = ["より", "から", "まで", "です", "ます", "には", "とか", "など"].map { Array($0.utf8) }
}

extension PersonDetector {
    /// Given names that a place's event is called too (長岡まつり, 札幌ゆきまつり).
    static let eventWords: Set<ArraySlice<UInt8>> = Set(["まつり", "ゆきまつり", "はなび"].map { Array($0.utf8)[...] })

    /// A full name whose given name is written in kana, glued to its kanji family name
    /// with no cue around it (`江崎ちなつの説明不足`, `山田はな子が来店`): a listed family name of
    /// two or three kanji that is no common word (a place's name may be one: 山田) and starts a
    /// word, then a listed given name of three kana or more (two with a kanji ending, はな子),
    /// ending at a name's boundary.
    func familyWithKanaGivenNames(reader: NameReader, context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 3
        while p < bytes.count {
            // Hiragana is E3 81/82 in UTF-8: a run of it starting right after a kanji.
            // (嶋田フサ, 蝦名トメ: an elderly woman's given name in katakana, two kana will do.)
            guard bytes[p] == 0xE3, let script = reader.script(at: p), script == .hiragana || script == .katakana, let (_, before) = Scalars.before(bytes, p),
                  reader.script(at: before) == .kanji else { p += 1; continue }
            let minimumKana = script == .katakana ? 2 : 3
            defer { p += 3 }
            // 比嘉さんが、, 新井さんがとても: an honorific after the family name starts no given
            // name, whatever the lists hold (さんが).
            if startsWithKanaHonorific(p, reader: reader) { continue }
            let familyStart = reader.runStart(endingAt: p, script: .kanji, limit: 3)
            let family = bytes[familyStart..<p]
            guard (2...3).contains(Scalars.count(bytes, familyStart..<p)), reader.isWordStart(familyStart) || Scalars.before(bytes, familyStart).map({ reader.script(at: $0.1) != .kanji }) == true,
                  familyNames.contains(family), !commonKanjiWords.contains(family) else { continue }
            let runEnd = reader.runEnd(from: p, script: script, limit: 5)
            var end = runEnd
            var found: Int? = nil
            while end > p {
                let kana = Scalars.count(bytes, p..<end)
                let kanjiEnding = Scalars.at(bytes, end).map { "子美江代恵枝乃".unicodeScalars.contains($0.0) } == true && end == runEnd
                if givenNames.contains(bytes[p..<end]) && kana >= minimumKana || (kanjiEnding && kana >= 2 && (givenNames.contains(bytes[p..<(end + 3)]) || givenNames.contains(bytes[p..<end]))) {
                    let nameEnd = kanjiEnding ? end + 3 : end
                    if reader.endsAtNameBoundary(nameEnd) || reader.followsParticle(nameEnd) || isTitleOrHonorific(at: nameEnd, reader: reader) {
                        found = nameEnd
                    }
                    break
                }
                guard let (_, previous) = Scalars.before(bytes, end) else { break }
                end = previous
            }
            guard let nameEnd = found, !kanaFunctionWords.contains(bytes[p..<min(nameEnd, runEnd)]), !kanaAdjectives.contains(bytes[p..<min(nameEnd, runEnd)]),
                  !Self.eventWords.contains(bytes[p..<min(nameEnd, runEnd)]),
                  // (山田カメラ, 中村ハム: a katakana word after a family name is a shop's, unless a traditional name.)
                  script == .hiragana || !katakanaWords.contains(bytes[p..<min(nameEnd, runEnd)]) || Self.traditionalKanaNames.contains(bytes[p..<min(nameEnd, runEnd)]) else { continue }
            let name = NameReader.Name(range: familyStart..<nameEnd, script: .kanji, parts: 2, firstPartEnd: p, bytes: bytes, spaced: false)
            guard accept(name, context: context, honorific: false) else { continue }
            result.append(context.finding(.person, familyStart..<nameEnd, confidence: 0.65, rule: "person.family-kana-given"))
            p = nameEnd - 3
        }
        return result
    }
}
