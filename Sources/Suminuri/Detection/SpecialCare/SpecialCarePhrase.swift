import TextNormalization

/// Widens special-care findings from their key words to the phrase that states the fact.
///
/// The detector finds the term and its predicate (`盗まれ`, `緑内障`); people write the fact
/// with its object, cause and circumstances around it (`タイヤを4本とも盗まれ`,
/// `眼科で緑内障と言われ`), and redacting the key words alone leaves the rest readable. This
/// stage runs after every detector, because a phrase may never swallow another finding: it
/// widens backwards to the start of the clause — never past punctuation, a line or space, a
/// topic particle (`父は|糖尿病で`), a person word with its particle (`父が|`), or an honorific
/// — and forwards through the rest of the predicate (`と診断され`, `ことがあり`) up to a clause
/// end, then takes a verb's own endings (`盗まれ|ました`) but no copula (`通院中|です`).
/// Offsets are UTF-8 bytes of the normalised piece.
enum SpecialCarePhrase {
    /// At most this many scalars are added on each side.
    static let reachBack = 14
    static let reachForward = 10

    static func widen(_ findings: [Finding], in context: ScanContext) -> [Finding] {
        guard findings.contains(where: { $0.label.isSensitiveCategory }) else { return findings }
        return joiningAdjacent(widenedEach(findings, in: context), in: context)
    }

    /// Two mentions of one label side by side, or joined by の or a bracket, state one fact
    /// (糖尿病の|合併症で目が悪く, 乳がんの|術後, ALS（筋萎縮性側索硬化症）と診断され): the
    /// first alone is a bare term below the threshold, and left readable it names the illness
    /// that the second only refers to. A denied or hypothetical mention joins nothing.
    static func joiningAdjacent(_ findings: [Finding], in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let order = findings.indices.filter { findings[$0].label.isSensitiveCategory }
            .sorted { findings[$0].normalizedRange.lowerBound.utf8 < findings[$1].normalizedRange.lowerBound.utf8 }
        guard order.count >= 2 else { return findings }
        var result = findings
        for (k, next) in zip(order, order.dropFirst()) {
            let a = result[k], b = result[next]
            let end = a.normalizedRange.upperBound.utf8, start = b.normalizedRange.lowerBound.utf8
            // (Overlapping mentions are the resolver's to settle.)
            guard a.label == b.label, end <= start,
                  end == start || joiners.contains(where: { $0.elementsEqual(bytes[end..<start]) }),
                  ![a, b].contains(where: { $0.rule.contains("negated") || $0.rule.contains("hypothetical") }) else { continue }
            // Each keeps its own span (the writers mark 人工肛門（ストーマ） as one or two): the
            // weaker takes the stronger one's confidence.
            let (weaker, stronger) = a.confidence < b.confidence ? (k, b) : (next, a)
            let w = result[weaker]
            guard w.confidence < stronger.confidence else { continue }
            result[weaker] = context.finding(w.label, w.normalizedRange.utf8, confidence: stronger.confidence, rule: w.rule + "+joined")
        }
        return result
    }
    private static let joiners: [[UInt8]] = ["の", "("].map { Array($0.utf8) }

    private static func widenedEach(_ findings: [Finding], in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        // Every other finding bounds a phrase, whatever its label or confidence: a phrase never
        // swallows another mention (the policy, not this stage, decides which ones count).
        let starts = findings.map(\.normalizedRange.lowerBound.utf8).sorted()
        let ends = findings.map(\.normalizedRange.upperBound.utf8).sorted()
        return findings.map { finding in
            guard finding.label.isSensitiveCategory else { return finding }
            let range = finding.normalizedRange.utf8
            let endIndex = ends.firstIndex(startingAtOrAfter: range.lowerBound + 1) { $0 }
            let floor = endIndex > 0 ? ends[endIndex - 1] : 0
            let startIndex = starts.firstIndex(startingAtOrAfter: range.upperBound) { $0 }
            let ceiling = startIndex < starts.count ? starts[startIndex] : bytes.count
            let lower = phraseStart(bytes, context.text, before: range.lowerBound, floor: floor)
            // Whatever moved the end, it may not stay inside an inflected word.
            let upper = withoutFinalParticle(bytes, context.text, from: range.lowerBound + 1,
                                             to: endingOutsideAVerbForm(bytes, from: range.lowerBound + 1,
                                                                        to: withoutPoliteEnding(bytes, from: range.lowerBound + 1,
                                                                                                to: phraseEnd(bytes, context.text, after: range.upperBound, ceiling: ceiling))))
            let withEnding = withQualifier(bytes, lower, min(withVerbEnding(context.text, upper), ceiling), ceiling: ceiling)
            guard lower != range.lowerBound || withEnding != range.upperBound else { return finding }
            return context.finding(finding.label, lower..<withEnding, confidence: finding.confidence, rule: finding.rule)
        }
    }

    /// Voice input and simple Japanese put a space after each word (だれかに くるまを きずつけられ,
    /// くるまの タイヤ ぬすまれ): a single space joins a phrase when the word before it ends in a
    /// case particle or is a katakana word, and a word follows it.
    private static func spacedWordsJoin(_ bytes: [UInt8], _ text: NormalizedText, at space: Int) -> Bool {
        guard let (before, beforeStart) = Scalars.before(bytes, space), let (after, _) = Scalars.at(bytes, space + 1),
              isPhraseScalar(after) || text.wasKatakana(space + 1) else { return false }
        if text.wasKatakana(beforeStart) { return true }
        return caseParticles.contains(before) && !endsWithPersonWord(bytes, beforeStart)
            && Scalars.before(bytes, beforeStart).map { ScriptClass.of($0.0) == .hiragana || text.wasKatakana($0.1) } == true
    }
    private static let caseParticles: Set<Unicode.Scalar> = ["が", "を", "に", "で", "の", "へ"]

    private static func isParticle(_ text: NormalizedText, _ scalar: Unicode.Scalar, at offset: Int) -> Bool {
        !text.wasKatakana(offset) && particles.contains(scalar)
    }

    /// Where the phrase before `start` begins.
    private static func phraseStart(_ bytes: [UInt8], _ text: NormalizedText, before start: Int, floor: Int) -> Int {
        var p = start, lower = start, steps = 0, crossedSpace = false
        while steps < reachBack, p > floor, let (scalar, previous) = Scalars.before(bytes, p), previous >= floor {
            // A short aside in parentheses belongs to the noun before it (触媒(きゃたらいざー)を盗まれ).
            if scalar == ")", let open = bytes[max(floor, previous - 40)..<previous].lastIndex(of: UInt8(ascii: "(")),
               !bytes[open..<previous].contains(0x0A), open > floor {
                p = open; lower = open; steps += 2
                continue
            }
            if scalar == " ", spacedWordsJoin(bytes, text, at: previous) {
                p = previous; steps += 1; crossedSpace = true
                continue
            }
            guard isPhraseScalar(scalar) else { break }
            if !text.wasKatakana(previous) {
                if topicParticles.contains(scalar) {
                    // 父は|…, 私も|…: the topic is not part of the fact. には, では are no topics.
                    guard let (before, beforeStart) = Scalars.before(bytes, previous) else { break }
                    if ScriptClass.of(before) != .hiragana || text.wasKatakana(beforeStart) { break }
                }
                if isParticle(text, scalar, at: previous), endsWithPersonWord(bytes, previous) { break }
                if ends(bytes, at: p, with: clauseEnds) { break }
            }
            if ends(bytes, at: p, with: honorifics) { break }
            p = previous; steps += 1
            // The phrase starts after a particle or at a word: remember the last such place.
            lower = p
        }
        // A start inside a word moves forward to the next particle's end (眼|科 never starts one).
        if lower < start, let (first, _) = Scalars.at(bytes, lower), let (before, _) = Scalars.before(bytes, lower),
           isPhraseScalar(before), sameWord(before, first) {
            var q = lower
            while q < start, let (scalar, length) = Scalars.at(bytes, q) {
                q += length
                if isParticle(text, scalar, at: q - length) { break }
            }
            lower = min(q, start)
        }
        // Nor does it start on a particle or an inflection (で|10万円…, たら|認知症…): it starts
        // at the next word written in kanji, katakana, digits or letters.
        // (An honorific お/ご before a kanji word belongs to it: お金を…)
        // (In spaced words, a word starts after a space, a line break or at the text's start:
        // だれかに くるまを…)
        let wordStart = crossedSpace && (lower == 0 || bytes[lower - 1] == 0x20 || bytes[lower - 1] == 0x0A)
        while !wordStart, lower < start, let (scalar, length) = Scalars.at(bytes, lower),
              ScriptClass.of(scalar) == .hiragana, !text.wasKatakana(lower),
              !((scalar == "お" || scalar == "ご") && Scalars.at(bytes, lower + length).map { ScriptClass.of($0.0) == .kanji } == true) {
            lower += length
        }
        return lower
    }

    /// Where the phrase after `end` ends: through the rest of the predicate to a clause end.
    private static func phraseEnd(_ bytes: [UInt8], _ text: NormalizedText, after end: Int, ceiling: Int) -> Int {
        var p = end, steps = 0
        while steps < reachForward, p < ceiling, let (scalar, length) = Scalars.at(bytes, p), p + length <= ceiling {
            guard isPhraseScalar(scalar) else { break }
            // A noun after a verb's attributive form heads another phrase (入院していた|妻が).
            if ScriptClass.of(scalar) == .kanji, let (previous, previousStart) = Scalars.before(bytes, p),
               attributiveEndings.contains(previous), !text.wasKatakana(previousStart) { break }
            if !text.wasKatakana(p) {
                if starts(bytes, at: p, with: clauseEnds) || starts(bytes, at: p, with: stopsForward) { break }
                // An object, goal or topic after a noun starts another statement (薬|を車に忘れ,
                // 暴力で今|は別居して); a cause or a quotation goes on (まひで右手が使えない, と言われ).
                if newArgumentParticles.contains(scalar), let (previous, previousStart) = Scalars.before(bytes, p),
                   ScriptClass.of(previous) != .hiragana || text.wasKatakana(previousStart) { break }
            }
            p += length; steps += 1
        }
        guard p > end else { return end }
        // Only a predicate that ends the clause here is taken; a clause that goes on past the
        // reach (a long relative clause) keeps the detector's end.
        if let (next, _) = Scalars.at(bytes, p), isPhraseScalar(next), !(starts(bytes, at: p, with: clauseEnds)) { return end }
        return trimmingAuxiliaries(bytes, text, from: end, to: p)
    }

    /// A span may not end inside an inflected word (ANNOTATION.md: 通院中でしたが never ends inside
    /// でし): where the text goes on with the rest of a verb or copula form (でし|た, まし|た,
    /// でござい|ます, てしま|いました, てい|ます, てお|ります, とのこ|と, 喘息のこ|と, 当て逃げというこ|と, 受けているこ|と), the end moves back before it.
    static func endingOutsideAVerbForm(_ bytes: [UInt8], from minimum: Int, to end: Int) -> Int {
        var end = end
        var moved = true
        while moved {
            moved = false
            for form in Self.brokenForms {
                let tail = form.tail
                guard end - tail.count >= minimum, bytes[(end - tail.count)..<end].elementsEqual(tail),
                      let (next, _) = Scalars.at(bytes, end), form.next.unicodeScalars.contains(next) else { continue }
                // てい|ます, てしま|った: the て of the verb before stays with it.
                end -= tail.count - form.keep
                moved = form.keep == 0
                break
            }
        }
        // Voice input spaces its words: a phrase never ends on the space before the next one.
        while end > minimum, bytes[end - 1] == 0x20 { end -= 1 }
        return end
    }
    private static let brokenForms: [(tail: [UInt8], next: String, keep: Int)] = [
        ("でござい", "ま", 0), ("ござい", "ま", 0), ("でし", "たて", 0), ("まし", "たて", 0), ("とのこ", "と", 0), ("のこ", "と", 0), ("というこ", "と", 0), ("こ", "と", 0),
        ("てしま", "いっうわ", 3), ("でしま", "いっうわ", 3), ("てい", "まるたてな", 3), ("でい", "まるたてな", 3),
        ("てお", "りる", 3), ("でお", "りる", 3),
    ].map { (Array($0.0.utf8), $0.1, $0.2) }

    /// A bracket is one word with what it encloses: a span that opened one closes it
    /// (うつ病（通院中|）), and a short bracket right after the fact qualifies it and is part of it
    /// (身体障害者手帳 4級（下肢）, 色覚異常（赤緑）, 酒気帯び運転で罰金（2021年）), on one line.
    static func withQualifier(_ bytes: [UInt8], _ start: Int, _ end: Int, ceiling: Int) -> Int {
        var open: Unicode.Scalar? = nil
        var p = start
        while p < end, let (scalar, length) = Scalars.at(bytes, p) {
            if let close = brackets[scalar] { open = close } else if scalar == open { open = nil }
            p += length
        }
        if let open {
            // The close within a few characters (通院中）, 自閉スペクトラム症）).
            var q = end, steps = 0
            while steps < 4, q < ceiling, let (scalar, length) = Scalars.at(bytes, q), scalar != "\n", q + length <= ceiling {
                q += length; steps += 1
                if scalar == open { return q }
            }
            return end
        }
        // (Not ［…］ after it: our own placeholders are bracketed so.)
        guard let (first, firstLength) = Scalars.at(bytes, end), first != "[", let close = brackets[first] else { return end }
        var q = end + firstLength, steps = 0
        while steps <= qualifierReach, q < ceiling, let (scalar, length) = Scalars.at(bytes, q), scalar != "\n", brackets[scalar] == nil,
              q + length <= ceiling {
            q += length; steps += 1
            if scalar == close { return steps > 1 ? q : end }
        }
        return end
    }
    /// (Normalised: NFKC has folded （ and ［ to ( and [.)
    private static let brackets: [Unicode.Scalar: Unicode.Scalar] = ["(": ")", "[": "]", "【": "】", "「": "」"]
    /// Scalars inside a qualifying bracket, its close included.
    static let qualifierReach = 12

    /// A span that ends in a verb form takes the verb's own endings after it whole: the polite
    /// and progressive auxiliaries and the plain past (盗まれ|ました, 使って|います,
    /// 入院し|ておりました, 割られ|た). They state nothing new, but ANNOTATION.md's own example
    /// keeps them (`被害届を出しました`), and a redaction that stops before them leaves a stub of
    /// the sentence readable (［要配慮個人情報］ました). A copula (通院中|です) stays outside, and
    /// so do a conditional (退院し|たら) and a listing form (入院し|たり).
    static func withVerbEnding(_ text: NormalizedText, _ end: Int) -> Int {
        let bytes = text.bytes
        guard let (last, lastStart) = Scalars.before(bytes, end), !text.wasKatakana(lastStart) else { return end }
        let chains: [[UInt8]]
        if last == "て" || last == "で" {
            chains = afterConnective
        } else if stemEndings.contains(last), let (previous, _) = Scalars.before(bytes, lastStart),
                  ScriptClass.of(previous) == .kanji || ScriptClass.of(previous) == .hiragana {
            chains = afterStem
        } else {
            return end
        }
        guard let chain = chains.first(where: { Scalars.hasPrefix(bytes, at: end, $0) }) else { return end }
        let after = end + chain.count
        if chain == plainPast, let (next, _) = Scalars.at(bytes, after), next == "ら" || next == "り" { return end }
        return after
    }
    /// Last kana of a verb's connective (連用) form, without the euphonic っ/ん (which take て/た first).
    private static let stemEndings = SpecialCareDetector.connectiveEndings.subtracting(["っ", "ん"])
    /// Longest first.
    private static let afterConnective: [[UInt8]] = ["おりました", "おりまして", "おります", "いました", "いまして", "います",
                                                     // (割られて|ました: speech drops the い.)
                                                     "ました", "まして", "ます"].map { Array($0.utf8) }
    private static let plainPast = Array("た".utf8)
    private static let afterStem: [[UInt8]] = ["ておりました", "ておりまして", "ております", "ていました", "ていまして", "ています",
                                               "ました", "まして", "ます", "た"].map { Array($0.utf8) }

    /// A polite ending is no part of the fact, even where a detector's predicate took part of it
    /// (許しが出まし|た: 出ました → 出).
    static func withoutPoliteEnding(_ bytes: [UInt8], from minimum: Int, to end: Int) -> Int {
        guard let ending = politeEndings.first(where: { end - $0.count >= minimum && bytes[(end - $0.count)..<end].elementsEqual($0) }) else { return end }
        return end - ending.count
    }
    /// Longest first.
    private static let politeEndings: [[UInt8]] = ["おりました", "おります", "いました", "でした", "ました", "います", "です", "ます"].map { Array($0.utf8) }

    /// A case particle after a noun is no part of the phrase (ANNOTATION.md: 通院中で → 通院中),
    /// wherever the end came from: a detector's predicate may have taken it (入院中で、).
    /// (A て or で after っ/ん is a verb's connective: 飲んで stays.)
    static func withoutFinalParticle(_ bytes: [UInt8], _ text: NormalizedText, from minimum: Int, to end: Int) -> Int {
        guard let (last, lastStart) = Scalars.before(bytes, end), lastStart >= minimum, !text.wasKatakana(lastStart),
              particles.contains(last), let (previous, previousStart) = Scalars.before(bytes, lastStart),
              ScriptClass.of(previous) == .kanji || text.wasKatakana(previousStart) else { return end }
        return lastStart
    }

    /// Polite auxiliaries state nothing (言われ|ました), and a particle after a noun is not part
    /// of the phrase (通院中|で). The plain past and progressive are the verb's own ending
    /// (盗まれた, 通院している): annotators keep them with the fact, seven times in eight.
    private static func trimmingAuxiliaries(_ bytes: [UInt8], _ text: NormalizedText, from minimum: Int, to end: Int) -> Int {
        var end = end, trimmed = true
        while trimmed {
            trimmed = false
            for aux in auxiliaries where end - aux.count >= minimum && bytes[(end - aux.count)..<end].elementsEqual(aux) {
                end -= aux.count; trimmed = true
                break
            }
            // (A て or で after っ/ん is a verb's connective, not a particle: 飲んで.)
            if !trimmed, let (last, lastStart) = Scalars.before(bytes, end), lastStart >= minimum, !text.wasKatakana(lastStart),
               particles.contains(last), let (previous, _) = Scalars.before(bytes, lastStart), previous != "っ", previous != "ん" {
                end = lastStart; trimmed = true
            }
        }
        // なってき|ました: the auxiliary くる is not part of the phrase either.
        if let (last, lastStart) = Scalars.before(bytes, end), last == "き", lastStart >= minimum,
           let (previous, _) = Scalars.before(bytes, lastStart), previous == "て" {
            end = lastStart
        }
        return end
    }

    private static let attributiveEndings: Set<Unicode.Scalar> = ["た", "る", "い", "だ", "な"]

    private static func isPhraseScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch ScriptClass.of(scalar) {
        case .kanji, .hiragana, .digit, .latin: return true
        default: return false
        }
    }

    private static func sameWord(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let ca = ScriptClass.of(a), cb = ScriptClass.of(b)
        return ca == cb && ca != .hiragana
    }

    private static func ends(_ bytes: [UInt8], at offset: Int, with words: [[UInt8]]) -> Bool {
        words.contains { offset >= $0.count && Scalars.hasPrefix(bytes, at: offset - $0.count, $0) }
    }

    private static func starts(_ bytes: [UInt8], at offset: Int, with words: [[UInt8]]) -> Bool {
        words.contains { Scalars.hasPrefix(bytes, at: offset, $0) }
    }

    private static func endsWithPersonWord(_ bytes: [UInt8], _ offset: Int) -> Bool {
        ends(bytes, at: offset, with: personWords)
    }

    private static let particles: Set<Unicode.Scalar> = ["が", "は", "も", "の", "を", "に", "と", "で", "へ"]
    private static let newArgumentParticles: Set<Unicode.Scalar> = ["を", "に", "へ", "は", "も"]
    private static let topicParticles: Set<Unicode.Scalar> = ["は", "も"]
    private static let personWords: [[UInt8]] = ["私", "わたし", "僕", "ぼく", "俺", "自分", "本人", "父", "母", "夫", "妻", "主人", "家内",
        "息子", "娘", "兄", "姉", "弟", "妹", "祖父", "祖母", "孫", "子", "子ども", "子供", "嫁", "旦那", "彼", "彼女", "家族",
        "親", "叔父", "叔母", "伯父", "伯母", "義父", "義母", "母親", "父親", "おやじ", "おふくろ", "長男", "長女", "次男", "次女",
        // (in kana, as voice input writes them)
        "ちち", "はは", "おっと", "つま", "しゅじん", "かない", "むすこ", "むすめ", "あに", "あね", "おとうと", "いもうと", "そふ", "そぼ",
        "まご", "かぞく", "おや", "ちちおや", "ははおや", "おかあさん", "おとうさん", "だんな"].map { Array($0.utf8) }
    private static let honorifics: [[UInt8]] = ["さん", "様", "さま", "くん", "君", "ちゃん", "氏", "殿"].map { Array($0.utf8) }
    /// Words that end a clause: a phrase never crosses them.
    /// (けん, さかい: "because" in western and Kansai speech.)
    private static let clauseEnds: [[UInt8]] = ["なので", "なんで", "もんで", "もので", "とはいえ", "ものの", "ので", "のに", "けど", "けれど", "ですが", "ますが", "たが", "だが", "ところ", "ため",
                                                "けん", "さかい"].map { Array($0.utf8) }
    /// Forward only: a new statement or a reason starts here.
    /// (のあと, の後: what comes after the fact is another statement, and a phrase that took
    /// のあと would lose its と as a particle: のうこうそくのあ|と.)
    private static let stopsForward: [[UInt8]] = ["から", "たら", "れば", "なら", "ても", "でも", "し、", "のあと", "の後"].map { Array($0.utf8) }
    private static let auxiliaries: [[UInt8]] = ["います", "いました", "おります", "おり", "まして",
                                                 "ました", "ます", "でした", "です", "だった", "なんだ", "なんです", "だ", "ね", "よ", "か", "わ"].map { Array($0.utf8) }
}
