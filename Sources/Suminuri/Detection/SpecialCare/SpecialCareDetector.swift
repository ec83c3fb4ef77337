import PatternSearch
import TextNormalization

/// Special-care information (要配慮個人情報) and the financial-sector sensitive labels, as
/// facts about a person rather than words.
///
/// A candidate is a `term` or `fact` of a label's dictionary that no `trap` contains. A term
/// becomes a finding when a predicate follows it (`糖尿病` + `で通院`) or a person word
/// precedes it (`父が` … `糖尿病`); a fact stands alone. Negation after the statement
/// (`持病はありません`), a hypothetical or insurance reading (`もし入院したら`, `入院特約`)
/// and product suffixes (`障害物センサー`) lower or remove it. Short kana terms must also
/// start and end on an ICU word boundary, so `がん` does not fire inside `がんばります`.
///
/// The span runs from the term through its predicate, as `ANNOTATION.md` asks.
struct SpecialCareDetector: Detector {
    let labels: Set<Label> = Set(SpecialCareLexicon.fileLabels.values)
    private let lexicon: SpecialCareLexicon

    init(tables: CompiledDictionaries) {
        lexicon = SpecialCareLexicon(tables: tables.specialCare)
    }

    private static let no = Array("の".utf8)
    private static let de = Array("で".utf8)
    private static let shi = Array("し".utf8)
    /// の件: what a predicate starting so names is a case that happened (詐欺の件, 当て逃げの件で).
    private static let theCase = Array("の件".utf8)
    /// The strongest hypothetical or general cue that a named case outweighs (保険 is 0.5).
    private static let caseCueWeight = 0.5
    /// で that is not a cause: でも, では, です, でし(た), でき(る), でな(い).
    private static let notCausal: Set<Unicode.Scalar> = ["も", "は", "す", "し", "き", "な"]

    private func isCausal(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard Scalars.hasPrefix(bytes, at: offset, Self.de) else { return false }
        guard let (next, _) = Scalars.at(bytes, offset + Self.de.count) else { return false }
        return !Self.notCausal.contains(next) && ScriptClass.of(next) != .lineBreak && next != "。"
    }
    /// The weight of a body part with its particle (膝が, 目が): a term that needs a predicate.
    static let bodyPartWeight = 0.3
    /// The weight of a MEDICAL term that is only a body part (腰を, 肝臓の): it counts only with
    /// a predicate after it.
    static let bodyPartOnlyWeight = 0.15
    /// The most a term without person, predicate or field can score.
    static let bareCeiling = 0.28
    /// How far after a stated fact another bare term of its label still refers back to it
    /// (normalised bytes: about two sentences).
    static let followUpReach = 240
    /// CRIME_VICTIM terms this weak state nothing alone, not even with a predicate (0.8 × weight + 0.2
    /// is below the threshold), but refer back to a stated crime (警察に相談, 交番に届け).
    static let followUpTermWeight = 0.3
    /// DISABILITY terms this weak only refer back to a stated impairment (耳のこと); body parts
    /// with a particle (耳が, 0.3) are terms that need a predicate, and stay out.
    static let referringTermWeight = 0.2
    /// Such a term after a stated crime: above CRIME_VICTIM's threshold (0.5).
    static let crimeFollowUpConfidence = 0.6

    /// Bytes between a term and its predicate (about five kana).
    static let predicateGap = 15
    /// Bytes before a term in which a person word counts (about twelve characters).
    static let anchorWindow = 36
    static let negationWindow = 15
    static let hypotheticalWindow = 30

    /// A car in the workshop told as a patient (お車はまだ入院中です, ノートを退院させ): 入院 or
    /// 退院 right after a car (車, or a model the company-word list knows, found by the front
    /// end) and a particle.
    private func isCarInTheWorkshop(_ range: Range<Int>, context: ScanContext) -> Bool {
        let bytes = context.text.bytes
        guard Self.stays.contains(where: { Scalars.hasPrefix(bytes, at: range.lowerBound, $0) }) else { return false }
        var q = range.lowerBound
        if q >= 6, bytes[(q - 6)..<q].elementsEqual(Self.still) { q -= 6 }
        while q > 0, bytes[q - 1] == 0x20 { q -= 1 }
        guard let (particle, at) = Scalars.before(bytes, q), "はがもをの".unicodeScalars.contains(particle) else {
            // くるま にゅういん させた: no particle between them in speech.
            return q >= Self.carInKana.count && bytes[(q - Self.carInKana.count)..<q].elementsEqual(Self.carInKana)
        }
        // くるま にゅういん: voice input writes the car in kana, with a space.
        var carEnd = at
        while carEnd > 0, bytes[carEnd - 1] == 0x20 { carEnd -= 1 }
        if carEnd >= Self.carInKana.count, bytes[(carEnd - Self.carInKana.count)..<carEnd].elementsEqual(Self.carInKana) { return true }
        // 車, お車, 愛車, 新車 — not 納車, 洗車, 駐車 (acts, not a car).
        if let (car, carAt) = Scalars.before(bytes, at), car == "車" {
            return Scalars.before(bytes, carAt).map { !"納洗下停駐配乗発降急".unicodeScalars.contains($0.0) } ?? true
        }
        let models = context.candidates[.companyWords]
        let k = models.firstIndex(startingAtOrAfter: at) { $0.range.upperBound }
        return k < models.count && models[k].range.upperBound == at && models[k].range.count > 3
    }
    private static let stays: [[UInt8]] = ["入院", "退院", "にゅういん", "たいいん"].map { Array($0.utf8) }
    private static let car = Array("車".utf8)
    private static let fullStop = Array("。".utf8)
    /// Parts of a car (folded: katakana is matched as hiragana).
    private static let carParts: [[UInt8]] = ["えんじん", "ばってりー", "みっしょん", "ぶれーき", "えあこん", "たいや", "車両", "愛車"].map { Array($0.utf8) }

    /// A car told of as a patient in its own clause (うちの車がここ何日か具合が悪くて, 車 もう持病持ちで,
    /// 昔の車は丈夫で病気知らず): 車 and a topic or subject particle before the term, with no person
    /// word between them.
    private func isSaidOfACar(_ range: Range<Int>, anchors: [Range<Int>], bytes: [UInt8]) -> Bool {
        let car = Self.car
        var p = range.lowerBound
        let limit = max(0, range.lowerBound - 45)
        while p - car.count >= limit {
            let b = bytes[p - 1]
            // A sentence or a line ends the clause.
            if b == 0x0A || b == 0x21 || b == 0x3F || (p >= 3 && bytes[(p - 3)..<p].elementsEqual(Self.fullStop)) { return false }
            if bytes[(p - car.count)..<p].elementsEqual(car) {
                let carStart = p - car.count
                guard let (next, _) = Scalars.at(bytes, p), "がはも、 ".unicodeScalars.contains(next) || next == "," else { p -= 1; continue }
                // 納車, 洗車, 駐車, 乗車: acts, not a car; 車いす is no car.
                if let (before, _) = Scalars.before(bytes, carStart), "納洗下停駐配乗発降急".unicodeScalars.contains(before) { return false }
                return !anchors.contains { $0.lowerBound >= p && $0.upperBound <= range.lowerBound }
            }
            // エンジンの病気, エンジンのかかりが悪くなる「持病」: a part of the car, with の too.
            if let part = Self.carParts.first(where: { p >= $0.count && bytes[(p - $0.count)..<p].elementsEqual($0) }),
               let (next, _) = Scalars.at(bytes, p), "がはもの".unicodeScalars.contains(next), p - part.count >= limit {
                return !anchors.contains { $0.lowerBound >= p && $0.upperBound <= range.lowerBound }
            }
            p -= 1
        }
        return false
    }
    private static let still = Array("まだ".utf8)
    private static let moshi = Array("もし".utf8)
    private static let mitai = Array("みたい".utf8)

    /// も and a verb of する (入院もしました, 通院もしていて, 退院後もしばらく): no もし. The
    /// conditional もし stands before a clause or a comma; only もしも and もしか(して) go on in kana.
    private func isParticleAndVerb(_ range: Range<Int>, _ text: NormalizedText) -> Bool {
        guard range.count == Self.moshi.count, text.bytes[range].elementsEqual(Self.moshi),
              let (next, _) = Scalars.at(text.bytes, range.upperBound) else { return false }
        // Katakana is folded to hiragana: もしガンなら is a conditional before a word.
        return ScriptClass.of(next) == .hiragana && next != "も" && next != "か" && !text.wasKatakana(range.upperBound)
    }

    /// みたい after a finished or ongoing verb (当て逃げされたみたいで, つけられてるみたい) hedges
    /// a report of what happened; after a noun it likens (白内障みたいに黄ばんで).
    private func isEvidential(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard Scalars.hasPrefix(bytes, at: range.lowerBound, Self.mitai),
              let (before, _) = Scalars.before(bytes, range.lowerBound) else { return false }
        return before == "た" || before == "る"
    }
    private static let carInKana = Array("くるま".utf8)

    /// たら that tells what happened next, not a condition: 物忘れ外来に連れて行ったら、レビー小体型
    /// 認知症と言われました. A doctor's word or a finding follows in the same sentence.
    private func isNarrativeWhen(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard Scalars.hasPrefix(bytes, at: range.lowerBound, Self.tara) || Scalars.hasPrefix(bytes, at: range.lowerBound, Self.dara) else { return false }
        var p = range.upperBound
        let limit = min(bytes.count, range.upperBound + 60)
        while p < limit, bytes[p] != 0x0A {
            if Scalars.hasPrefix(bytes, at: p, Self.fullStop) { return false }
            if Self.reportedFindings.contains(where: { Scalars.hasPrefix(bytes, at: p, $0) }) { return true }
            p += 1
        }
        return false
    }
    private static let tara = Array("たら".utf8), dara = Array("だら".utf8)
    private static let reportedFindings: [[UInt8]] = ["と言われ", "といわれ", "と診断", "が見つか", "がみつか", "が分か", "がわか", "が判明"].map { Array($0.utf8) }

    private struct Hit {
        let range: Range<Int>
        let entry: SpecialCareLexicon.Entry
    }

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var candidates: [Hit] = [], traps: [Range<Int>] = [], predicates: [Hit] = []
        var anchors: [Range<Int>] = [], negations: [Range<Int>] = [], hypotheticals: [Hit] = [], products: [Range<Int>] = []
        var fields: [Hit] = []
        for match in context.candidates[.specialCare] {
            let entry = lexicon.entries[match.pattern]
            let hit = Hit(range: match.range, entry: entry)
            switch entry.kind {
            case .term, .fact: candidates.append(hit)
            case .trap: traps.append(match.range)
            case .predicate: predicates.append(hit)
            case .anchor: anchors.append(match.range)
            case .negation: negations.append(match.range)
            case .hypothetical: hypotheticals.append(hit)
            case .product: products.append(match.range)
            case .field: fields.append(hit)
            case .suffix: break
            }
        }
        candidates += suffixCandidates(before: predicates, context: context)
        // Q. 持病があっても試乗できますか？: a question line of a FAQ or a template asks in general.
        let questionMarks = questionLineMarks(bytes)
        if !questionMarks.isEmpty {
            hypotheticals += questionMarks.map { Hit(range: $0, entry: Self.questionLineCue) }
            hypotheticals.sort { $0.range.upperBound < $1.range.upperBound }
        }
        // 前科：あり（詐欺）, 妊娠：はい（24週）: a term that heads a memo line as a question,
        // answered yes, is a field of its label (a yes to it states the fact).
        candidates.removeAll { hit in
            guard hit.entry.kind == .term, isLineLabel(hit.range, bytes) else { return false }
            // (前科の有無：あり asks the same.)
            let labelEnd = Self.askingWhether.first { Scalars.hasPrefix(bytes, at: hit.range.upperBound, $0) }.map { hit.range.upperBound + $0.count } ?? hit.range.upperBound
            guard bytes[safe: labelEnd] == 0x3A, case let start = labelEnd + 1 + (bytes[safe: labelEnd + 1] == 0x20 ? 1 : 0),
                  yesValue(at: start, bytes) != nil else { return false }
            let entry = SpecialCareLexicon.Entry(label: hit.entry.label, kind: .field, weight: max(hit.entry.weight, Self.answeredWeight), scalarCount: hit.entry.scalarCount, isKanaOnly: hit.entry.isKanaOnly)
            fields.append(Hit(range: hit.range.lowerBound..<labelEnd, entry: entry))
            return true
        }
        // 通院先：中央病院, 障害者手帳：身体障害者手帳1級: a medical or disability fact that heads a
        // form's line with a colon names the field, as 既往歴 does; the value typed after it is
        // the fact (ANNOTATION.md: the value in a form field). A yes or no answer (通院中：あり) is
        // the fact's own, and 被害届：提出済 is a report made. (A value already redacted, ［…］,
        // is a value too: redacting twice changes nothing more.)
        candidates.removeAll { hit in
            guard hit.entry.kind == .fact, Self.bodyAndMind.contains(hit.entry.label), isLineLabel(hit.range, bytes),
                  let colon = labelColon(after: hit.range.upperBound, bytes),
                  case let start = colon + 1 + (bytes[safe: colon + 1] == 0x20 ? 1 : 0),
                  let (first, _) = Scalars.at(bytes, start),
                  [.kanji, .latin].contains(ScriptClass.of(first)) || context.text.wasKatakana(start) || first == "[",
                  !"有無済".unicodeScalars.contains(first), yesValue(at: start, bytes) == nil else { return false }
            fields.append(Hit(range: hit.range.lowerBound..<colon, entry: SpecialCareLexicon.Entry(label: hit.entry.label, kind: .field, weight: hit.entry.weight,
                                                                                                 scalarCount: hit.entry.scalarCount, isKanaOnly: hit.entry.isKanaOnly)))
            return true
        }
        guard !candidates.isEmpty || !fields.isEmpty else { return [] }
        // Sorted views for windowed look-ups (the front end reports in order of match end).
        traps.sort { $0.lowerBound < $1.lowerBound }
        predicates.sort { $0.range.lowerBound < $1.range.lowerBound }
        negations.sort { $0.lowerBound < $1.lowerBound }
        products.sort { $0.lowerBound < $1.lowerBound }
        candidates.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }

        // No trap may contain a candidate or a cue (traps start at most 60 bytes earlier).
        func insideTrap(_ range: Range<Int>) -> Bool {
            let from = traps.firstIndex(startingAtOrAfter: range.lowerBound - 60) { $0.lowerBound }
            return traps[from...].prefix(while: { $0.lowerBound <= range.lowerBound }).contains {
                range.upperBound <= $0.upperBound && $0 != range
            }
        }
        candidates.removeAll { insideTrap($0.range) }
        fields.removeAll { insideTrap($0.range) }
        // 告知２（過去５年の手術）：いいえ, 主治医の所見：(blank): a term in a form's label states
        // nothing when the label is answered no or left blank.
        candidates.removeAll { isInUnansweredLabel($0.range, bytes) }
        // A value typed after a field label is a fact of its own (既往歴：脳梗塞); terms in it need
        // no other context (持病 ぜんそく).
        // Where a term counts as a field's value: its value, or the window after it, up to
        // the end of the line (the next line is the next field: 職業：住職⏎宗教上の配慮：…).
        var fieldValues: [Range<Int>] = []
        var answers: [(value: Range<Int>, label: Label?)] = []
        for field in fields {
            guard let (start, value) = fieldValue(after: field, context: context) else { continue }
            var windowEnd = value.lowerBound
            let windowLimit = value.lowerBound + max(value.count, Self.fieldWindow)
            while windowEnd < min(windowLimit, bytes.count), bytes[windowEnd] != 0x0A { windowEnd += 1 }
            fieldValues.append(value.lowerBound..<max(windowEnd, value.upperBound))
            if value.count > 0 {
                let entry = SpecialCareLexicon.Entry(label: field.entry.label, kind: .field, weight: field.entry.weight, scalarCount: 99, isKanaOnly: false)
                candidates.append(Hit(range: start..<value.upperBound, entry: entry))
                if field.entry.label != nil { answers.append((value, field.entry.label)) }
            }
        }
        // The value of a field that names its category (前科：あり（詐欺）) is a fact of that
        // category; a term of another inside it is no fact of its own. (Between MEDICAL and
        // DISABILITY the term decides, as ANNOTATION.md does: その他の診断：自閉症 is a disability.)
        if !answers.isEmpty {
            candidates.removeAll { hit in
                answers.contains { answer in
                    answer.label != hit.entry.label && answer.value.contains(hit.range.lowerBound) && hit.range.upperBound <= answer.value.upperBound
                        && !(Self.bodyAndMind.contains(answer.label) && Self.bodyAndMind.contains(hit.entry.label))
                }
            }
        }
        fieldValues.sort { $0.lowerBound < $1.lowerBound }
        // 運転者の既往歴：てんかん: a label with its colon names the field, and is no term of its
        // own; the value after it is the fact.
        // (入院歴：有: nor is a term inside the label.)
        let labels = fields.map { $0.range }.filter { bytes[safe: $0.upperBound] == 0x3A || bytes[$0.upperBound - 1] == 0x3A }.sorted { $0.lowerBound < $1.lowerBound }
        if let longest = labels.lazy.map({ $0.count }).max() {
            candidates.removeAll { c in
                guard c.entry.kind == .term else { return false }
                let from = labels.firstIndex(startingAtOrAfter: c.range.lowerBound - longest) { $0.lowerBound }
                return labels[from...].prefix { $0.lowerBound <= c.range.lowerBound }.contains { c.range.upperBound <= $0.upperBound }
            }
        }
        // One surface listed twice (a term, later also as a fact: 組合の役員, 同性のパートナー):
        // the stronger reading comes first, so the nested-candidate pass below keeps it.
        candidates.sort { a, b in
            if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            let aFact = a.entry.kind != .term, bFact = b.entry.kind != .term
            return aFact != bFact ? aFact : a.entry.weight > b.entry.weight
        }
        guard !candidates.isEmpty else { return [] }
        predicates.removeAll { insideTrap($0.range) }
        // Katakana is folded to hiragana before matching: a cue that ends inside a katakana word
        // (遭ったランドクルーザー holds たら) is part of that word.
        func insideKatakanaWord(_ range: Range<Int>) -> Bool {
            range.count >= 3 && context.text.wasKatakana(range.upperBound - 3) && context.text.wasKatakana(range.upperBound)
        }
        hypotheticals.removeAll { insideTrap($0.range) || insideKatakanaWord($0.range) || isParticleAndVerb($0.range, context.text) || isEvidential($0.range, bytes)
            || isNarrativeWhen($0.range, bytes) }
        negations.removeAll { insideTrap($0) || insideKatakanaWord($0) }
        anchors.removeAll(where: insideTrap)
        // A name found is a person word too (比嘉は透析に週3回通って): anchors stay in order of their end.
        if !context.people.isEmpty { anchors = (anchors + context.people).sorted { $0.upperBound < $1.upperBound } }
        // Keep the longest of nested candidates of one label.
        var kept: [Hit] = []
        for c in candidates {
            let nested = kept.suffix(8).contains { o in
                o.entry.label == c.entry.label && o.range.lowerBound <= c.range.lowerBound && c.range.upperBound <= o.range.upperBound
            }
            if !nested { kept.append(c) }
        }
        candidates = kept

        var found: [Finding] = []
        // Bare terms, by index in `found`, with their weight: they may be follow-up mentions.
        var bare: [(index: Int, term: Range<Int>, weight: Double)] = []
        // Statements made conditional only by たら/ば right after them (退院したら), with their
        // confidence before it: after a stated fact they are its follow-up (ANNOTATION.md).
        var whenClauses: [(index: Int, confidence: Double)] = []
        // Illnesses named right before で: an impairment told after one is its symptom, not a
        // lasting disability of its own (リウマチで|手が動かしにくい is MEDICAL, ANNOTATION.md).
        let causeEnds = candidates.filter { $0.entry.label == .medical && isCausal(bytes, at: $0.range.upperBound) }.map { $0.range.upperBound + Self.de.count }
        for c in candidates {
            guard let label = c.entry.label else { continue }
            if label == .disability, c.entry.kind == .term, c.entry.weight <= Self.bodyPartWeight, causeEnds.contains(c.range.lowerBound) { continue }
            if label == .medical, isCarInTheWorkshop(c.range, context: context) || isSaidOfACar(c.range, anchors: anchors, bytes: bytes) { continue }
            // A product or feature suffix right after the term: 障害物センサー, 盗難防止装置.
            let productIndex = products.firstIndex(startingAtOrAfter: c.range.upperBound) { $0.lowerBound }
            if productIndex < products.count, products[productIndex].lowerBound <= c.range.upperBound + 3 { continue }
            // A Latin term inside a Latin word is another word (als in also, adhd in a romaji name).
            if bytes[c.range].allSatisfy({ ByteClass.isLower($0) || ByteClass.isDigit($0) }), !boundariesOK(context, c) { continue }
            // A body part (腰を, 肝臓の) takes only the verb right after it and is nothing without one.
            let isBodyPart = label == .medical && c.entry.kind == .term && c.entry.weight <= Self.bodyPartOnlyWeight
            var end = c.range.upperBound
            var parts: [String] = [c.entry.kind.rawValue]
            // Predicates: the first one within the gap, then any that chain directly after it.
            var hasPredicate = false
            // The predicates chained on: a negation that starts inside one is its own wording
            // (動かな|いです, 聞こえな|い), no denial of the term.
            var chained: [Range<Int>] = []
            while true {
                // A fact already states itself: only a predicate right after it belongs to it
                // (お薬手帳を|車内に落とした is not about the handbook).
                // A body part: 腰を|痛め, not 足を|滑らせそうに|なり.
                let reach = end + (isBodyPart && !hasPredicate ? 0 : hasPredicate || c.entry.kind != .term ? 3 : Self.predicateGap)
                var best: Hit? = nil
                var k = predicates.firstIndex(startingAtOrAfter: end - 3) { $0.range.lowerBound }
                while k < predicates.count, predicates[k].range.lowerBound <= reach {
                    let p = predicates[k]
                    if (p.entry.label == nil || p.entry.label == label) && p.range.upperBound > end
                        && (p.range.lowerBound <= end || !startsWithBareVerb(bytes, p.range) && !Self.bindsOnlyAdjacent(bytes, p.range))
                        && !crossesSentence(bytes, end, p.range.lowerBound)
                        && !otherLabelBetween(candidates, label, end, p.range.lowerBound)
                        && p.range.upperBound > (best?.range.upperBound ?? 0) {
                        best = p
                    }
                    k += 1
                }
                guard let best else { break }
                end = best.range.upperBound
                chained.append(best.range)
                hasPredicate = true
            }
            // 眼科の先生からも運転はやめた方がいいと言われ: a doctor or a clinic reports what it
            // said about the person; the report is the fact and its predicate.
            var guidanceEnd: Int? = nil
            if label == .medical, !isBodyPart, c.entry.kind == .term, namesADoctor(bytes, c.range),
               let reported = reportedGuidanceEnd(bytes, source: c.range, end: c.range.upperBound), reported > end {
                guidanceEnd = reported; hasPredicate = true
            }
            if hasPredicate { parts.append("predicate") }
            // A condition given as a cause (脳性まひで右手が使えない, 痛風で足が腫れて): Japanese drops
            // the subject, and the cause is the writer's or the family's. It counts as a predicate
            // for the score but adds nothing to the span.
            // (Only where bare terms are held down: elsewhere a bare term keeps its weight.)
            let causal = label == .medical && !hasPredicate && c.entry.kind == .term && isCausal(bytes, at: c.range.upperBound)
            if causal { parts.append("cause") }
            // Anchors are in order of their end.
            let anchorIndex = anchors.firstIndex(startingAtOrAfter: c.range.lowerBound - Self.anchorWindow) { $0.upperBound }
            // A person word before the term, or right after it and の (ダウン症の息子, 糖尿病の父).
            let afterNo = Scalars.hasPrefix(bytes, at: c.range.upperBound, Self.no) ? c.range.upperBound + Self.no.count : -1
            let hasAnchor = anchors[anchorIndex...].prefix(while: { $0.upperBound <= max(c.range.lowerBound + 3, afterNo + 18) }).contains {
                ($0.upperBound <= c.range.lowerBound + 3 && !crossesSentence(bytes, $0.upperBound, c.range.lowerBound)) || $0.lowerBound == afterNo
            }
            if hasAnchor { parts.append("anchor") }
            // A term typed as the value of a field (既往歴：喘息) is about the person the form is about.
            let valueIndex = fieldValues.firstIndex(startingAtOrAfter: c.range.lowerBound - 90) { $0.lowerBound }
            let inField = c.entry.kind != .field && fieldValues[valueIndex...].prefix(while: { $0.lowerBound <= c.range.lowerBound })
                .contains { $0.contains(c.range.lowerBound) }
            if inField { parts.append("field") }
            // A body part alone (腰を, 足の) names no fact, even with a person word: only what
            // happened to it does (腰を悪くして). Kept out of the findings, it bounds no phrase.
            if isBodyPart, !hasPredicate, !causal, !inField { continue }
            var confidence: Double
            switch c.entry.kind {
            case .fact, .field: confidence = c.entry.weight + (hasAnchor ? 0.05 : 0) + (hasPredicate ? 0.05 : 0)
            default:
                // A weak term needs more than a predicate: the context adds in proportion to it.
                let w = c.entry.weight
                if !hasPredicate && !causal && !hasAnchor && !inField {
                    // A bare term states nothing about anyone (病院の駐車場, 糖尿病は運転に影響しますか).
                    // Medical words are everyday topics and MEDICAL's threshold (0.3) is the lowest,
                    // so a bare medical term stays below it unless it turns out to refer back to a
                    // stated fact (below). Other labels keep 0.6 × weight: their thresholds (0.4,
                    // 0.5) already ask a bare term to be specific, and in a dealer's inquiry a bare
                    // 車いす or 手話 is mostly the writer's own (the subject is dropped).
                    if label == .medical {
                        confidence = min(0.6 * w * w, Self.bareCeiling)
                        parts.append("bare")
                        bare.append((found.count, c.range, w))
                    } else {
                        confidence = 0.6 * w
                        // A bare criminal term may refer back to a stated record (逮捕のことは…
                        // after 息子が逮捕されました). Other labels' bare words are mostly devices
                        // and services after a stated fact (手動運転装置, 手話通訳, 檀家さん).
                        if label == .criminal { bare.append((found.count, c.range, w)) }
                    }
                } else {
                    confidence = 0.6 * w + (hasPredicate || causal || inField ? 0.2 + 0.2 * w : 0) + (hasAnchor || inField ? 0.15 + 0.15 * w : 0)
                    // 夫の裁判がいつ終わるか after 夫が逮捕されて: a weak criminal word with a person
                    // may refer back to a stated record, as a bare one does.
                    if label == .criminal, w <= Self.followUpTermWeight { bare.append((found.count, c.range, w)) }
                }
                // A report to the police refers back to a stated crime (警察に相談 after a theft).
                if label == .crimeVictim, w <= Self.followUpTermWeight { bare.append((found.count, c.range, w)) }
                // An impairment referred to by its body part or as 障害 (耳のこと, 指のこと, 障害の話)
                // after it was stated.
                if label == .disability, w <= Self.referringTermWeight { bare.append((found.count, c.range, w)) }
                // A faith's practice after the faith was stated (エホバの証人で、週2回の集会と…).
                if label == .creed, w <= Self.referringTermWeight { bare.append((found.count, c.range, w)) }
                // 本籍地のこと, 組合の件, パートナーとのこと: the words that refer back to a stated
                // origin, union membership or partnership.
                if [.familyOrigin, .union, .sexLife].contains(label), w <= Self.referringTermWeight { bare.append((found.count, c.range, w)) }
            }
            // A fact that ends in する's し (通院し) is denied by a negation that starts on it (通院|していない).
            let negationStart = Scalars.hasSuffix(bytes, before: c.range.upperBound, Self.shi) ? c.range.upperBound - Self.shi.count : c.range.upperBound
            let negationIndex = negations.firstIndex(startingAtOrAfter: negationStart) { $0.lowerBound }
            if negations[negationIndex...].prefix(while: { $0.lowerBound <= end + Self.negationWindow })
                .contains(where: { negation in
                    deniesItsOwnVerb(bytes, negation, after: [negationStart, end])
                        && !chained.contains { $0.lowerBound < negation.lowerBound && negation.lowerBound < $0.upperBound }
                        && !crossesClause(bytes, end, negation.lowerBound) && !crossesComma(bytes, end, negation.lowerBound)
                        && !deniesAnotherWord(context, end <= negation.lowerBound ? end : c.range.upperBound, negation) }) {
                // A quarter: a term in a field with its predicate (備考：持病なし) stays below
                // MEDICAL's threshold once denied.
                confidence *= 0.25; parts.append("negated")
            }
            // Hypothetical, general or insurance cues before the term or right after the statement;
            // several cues compound (もし入院したら).
            let hypotheticalIndex = hypotheticals.firstIndex(startingAtOrAfter: c.range.lowerBound - Self.hypotheticalWindow) { $0.range.upperBound }
            var hypotheticalFactor = 1.0, onlyAdjacent = true
            // A statement that names the case (先月の当て逃げの件で保険の書類が…) took place: a weak
            // cue after it (保険) is about the case, not a condition on it; a notice's strong one
            // (詐欺の件について注意喚起) still makes it general.
            // (A mail's subject, 件名：盗難の件（保険の手続き）, may ask in general.)
            let namesTheCase = chained.contains { Scalars.hasPrefix(bytes, at: $0.lowerBound, Self.theCase) } && !isInSubjectLine(bytes, c.range.lowerBound)
            for h in hypotheticals[hypotheticalIndex...].prefix(while: { $0.range.upperBound <= end + Self.negationWindow + 30 })
            where (h.range.upperBound <= c.range.lowerBound && !crossesClause(bytes, h.range.upperBound, c.range.lowerBound))
                || ((!namesTheCase || h.entry.weight > Self.caseCueWeight) && h.range.lowerBound >= c.range.upperBound && h.range.lowerBound <= end + Self.negationWindow && !crossesClause(bytes, end, h.range.lowerBound)
                    && !crossesComma(bytes, end, h.range.lowerBound)) {
                // A conditional right after the statement (退院したら, 入院すれば) makes it hypothetical outright.
                // (入院し|たら: the conditional may start inside the predicate that was chained on.)
                let adjacent = h.range.lowerBound >= c.range.upperBound && h.range.lowerBound <= end + 3
                hypotheticalFactor *= adjacent ? min(1 - h.entry.weight * 0.8, 0.3) : 1 - h.entry.weight * 0.8
                if !adjacent || !Self.whenCues.contains(where: { Scalars.hasPrefix(bytes, at: h.range.lowerBound, $0) }) { onlyAdjacent = false }
            }
            if hypotheticalFactor < 1 {
                if onlyAdjacent, c.entry.kind != .term || hasPredicate { whenClauses.append((found.count, confidence)) }
                confidence *= hypotheticalFactor; parts.append("hypothetical")
            }
            if !boundariesOK(context, c) {
                confidence *= 0.5; parts.append("inside-word")
            }
            end = trimmingAuxiliaries(bytes, from: c.range.upperBound, to: end)
            end = SpecialCarePhrase.endingOutsideAVerbForm(bytes, from: c.range.upperBound, to: end)
            if let guidanceEnd {
                end = guidanceEnd; parts.append("guidance")
            } else if label == .medical, c.entry.kind == .fact, let reported = reportedGuidanceEnd(bytes, source: c.range, end: end) {
                end = reported; parts.append("guidance")
            }
            let span = wholeWords(context, c.range.lowerBound..<end, minimumEnd: c.range.upperBound)
            found.append(context.finding(label, span, confidence: confidence,
                                         rule: "\(label.rawValue.lowercased()).\(parts.joined(separator: "+"))"))
        }
        // てんかんと知的障害のある息子, 糖尿病や高血圧で通院: a term joined by と, や, 、 or ・ to
        // the next one shares what that one states (right to left, so a list takes it whole).
        for index in found.indices.reversed() {
            let f = found[index]
            guard f.rule.hasSuffix(".term") || f.rule.hasSuffix(".term+bare") else { continue }
            var next = f.normalizedRange.upperBound.utf8
            guard let (joiner, length) = Scalars.at(bytes, next), Self.termJoiners.contains(joiner) else { continue }
            next += length
            if bytes[safe: next] == 0x20 { next += 1 }
            guard let partner = found[(index + 1)...].prefix(3).first(where: { $0.normalizedRange.lowerBound.utf8 == next }),
                  partner.confidence >= Self.coordinatedConfidence,
                  // (A list after 、 may be a general one: 睡眠時無呼吸症候群、てんかん、… 等.)
                  Self.pairJoiners.contains(joiner) || Self.rule(partner.rule, contains: "anchor") || Self.rule(partner.rule, contains: "predicate")
                      || Self.rule(partner.rule, contains: "field"),
                  !Self.rule(partner.rule, contains: "negated"),
                  !Self.rule(partner.rule, contains: "hypothetical"), !Self.rule(partner.rule, contains: "bare"),
                  // (…、糖尿病の低血糖 等は: a list closed by 等 or など names kinds, not a person's.)
                  Self.pairJoiners.contains(joiner) || !Self.closesAGeneralList(bytes, after: partner.normalizedRange.upperBound.utf8) else { continue }
            found[index] = context.finding(f.label, f.normalizedRange.utf8, confidence: max(f.confidence, partner.confidence * 0.9),
                                           rule: f.rule.replacingOccurrences(of: "+bare", with: "") + "+coordinated")
        }
        // A bare term after a stated fact of its label refers back to it (父が透析を受けています。
        // 透析の日は…; 被害届, その後の通院): it is a mention of that person's fact.
        // The same words refer back anywhere in the text, and so does a different medical term
        // (父が入院しました。… 退院は来週で…: a long mail returns to the illness in its reply);
        // another label's different term only close after the fact, in the same paragraph.
        let stated = found.filter { $0.confidence >= 0.6 && !Self.rule($0.rule, contains: "bare") }
        for (index, term, weight) in bare {
            let f = found[index]
            guard !Self.rule(f.rule, contains: "negated"), !Self.rule(f.rule, contains: "hypothetical"),
                  stated.contains(where: { s in
                      let sEnd = s.normalizedRange.upperBound.utf8
                      guard s.label == f.label, sEnd <= term.lowerBound else { return false }
                      if Scalars.occurs(term, in: s.normalizedRange.utf8, of: bytes) { return true }
                      // (耳のこと, 本籍地のこと: a word made only to refer back does so across a long mail too.)
                      return f.label == .medical || weight <= Self.referringTermWeight
                          || (term.lowerBound - sEnd <= Self.followUpReach && !crossesParagraph(bytes, sEnd, term.lowerBound))
                  }) else { continue }
            let medical = f.label == .medical
            found[index] = context.finding(f.label, f.normalizedRange.utf8, confidence: medical ? 0.6 * weight + 0.1 : max(f.confidence, Self.crimeFollowUpConfidence),
                                           rule: medical ? f.rule.replacingOccurrences(of: "bare", with: "follow-up") : f.rule + "+follow-up")
        }
        // 妻が入院しました。…退院したら取りに行きます: when the stated fact goes on, a clause
        // about it is a mention of it, not a hypothetical.
        for (index, before) in whenClauses {
            let f = found[index]
            let start = f.normalizedRange.lowerBound.utf8
            guard !Self.rule(f.rule, contains: "negated"),
                  stated.contains(where: { $0.label == f.label && $0.normalizedRange.upperBound.utf8 <= start && !Self.rule($0.rule, contains: "hypothetical") })
            else { continue }
            found[index] = context.finding(f.label, f.normalizedRange.utf8, confidence: before * 0.9, rule: f.rule.replacingOccurrences(of: "hypothetical", with: "follow-up"))
        }
        return mergeSameLabel(found, context: context)
    }

    /// What joins two terms in a list (てんかんと知的障害, 糖尿病や高血圧). (Not ・, which joins
    /// the words of a form's question: 入院・手術の有無.)
    private static let termJoiners: Set<Unicode.Scalar> = ["と", "や", "、", ","]
    private static let pairJoiners: Set<Unicode.Scalar> = ["と", "や"]
    private static let generalListEnds: [[UInt8]] = ["等", "など", "なんか"].map { Array($0.utf8) }

    /// Whether 等 or など follows within a few words on the same line.
    private static func closesAGeneralList(_ bytes: [UInt8], after offset: Int) -> Bool {
        var p = offset
        while p < min(bytes.count, offset + 30), bytes[p] != 0x0A {
            if generalListEnds.contains(where: { Scalars.hasPrefix(bytes, at: p, $0) }) { return true }
            p += 1
        }
        return false
    }

    /// Predicates that also close a memo's noun phrase (臨時検査の案内あり): they bind only right
    /// after the term (胃ろうあり).
    private static let adjacentOnlyPredicates: [[UInt8]] = [Array("あり".utf8)]
    private static func bindsOnlyAdjacent(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        adjacentOnlyPredicates.contains { bytes[range].elementsEqual($0) }
    }
    /// The confidence the term after the joiner needs for the one before it to share it.
    static let coordinatedConfidence = 0.5

    /// Conditionals that also say "when" (退院したら, 退院しましたら, 治れば).
    private static let whenCues: [[UInt8]] = ["たら", "だら", "ましたら", "れば"].map { Array($0.utf8) }

    /// Whether a rule name contains `part`, compared byte by byte: rule names are ASCII, and
    /// Foundation's Unicode-aware `contains` cost as much as the rest of this pass.
    static func rule(_ rule: String, contains part: StaticString) -> Bool {
        var rule = rule
        return rule.withUTF8 { r in
            part.withUTF8Buffer { p in
                guard !p.isEmpty, p.count <= r.count else { return false }
                for start in 0...(r.count - p.count) {
                    var k = 0
                    while k < p.count && r[start + k] == p[k] { k += 1 }
                    if k == p.count { return true }
                }
                return false
            }
        }
    }

    /// A predicate that is a verb without its particle (パニック障害|あって, 車いす|使用中) belongs
    /// to the term it touches only: across a gap it is another clause's verb (健診が週1回|あるので).
    private func startsWithBareVerb(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        Self.bareVerbStems.contains { Scalars.hasPrefix(bytes, at: range.lowerBound, $0) }
    }

    private static let bareVerbStems: [[UInt8]] = ["あって", "ありま", "あるの", "あるん", "あるか", "あるた", "あるけど", "あるけれ", "持って", "もって", "使用", "やった", "やって"].map { Array($0.utf8) }

    /// Words the dictionary does not list but whose ending names the category (クローン病,
    /// 橋本病, 甲状腺炎), right before a predicate of that label. The word is read in the
    /// original text: kanji, or katakana, up to eight characters.
    private func suffixCandidates(before predicates: [Hit], context: ScanContext) -> [Hit] {
        guard !lexicon.suffixes.isEmpty else { return [] }
        let bytes = context.text.bytes, original = context.text.original
        var result: [Hit] = []
        for p in predicates {
            let end = p.range.lowerBound
            // Most predicates follow no suffix: one byte rules them out before any comparison.
            guard end > 0, lexicon.suffixLastBytes.contains(bytes[end - 1]) else { continue }
            for (suffix, entry) in lexicon.suffixes where p.entry.label == nil || p.entry.label == entry.label {
                guard end >= suffix.count, bytes[(end - suffix.count)..<end].elementsEqual(suffix) else { continue }
                // Read the word backwards in the original, where katakana is still katakana.
                let originalEnd = context.text.originalRange(for: NormalizedRange(utf8: end..<end)).lowerBound.utf8
                var start = originalEnd, count = 0
                let katakana = (originalEnd > 0) && Scalars.before(original, originalEnd).map { isKatakana($0.0) } == true
                while count < 8, let (scalar, previous) = Scalars.before(original, start),
                      katakana ? isKatakana(scalar) || ScriptClass.of(scalar) == .kanji : ScriptClass.of(scalar) == .kanji {
                    start = previous; count += 1
                }
                let suffixScalars = suffix.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                guard count > suffixScalars else { break }
                // Step back the same number of scalars in the normalised text (kanji and
                // full-width katakana normalise one to one).
                var normalizedStart = end
                for _ in 0..<count {
                    guard let (_, previous) = Scalars.before(bytes, normalizedStart) else { break }
                    normalizedStart = previous
                }
                result.append(Hit(range: normalizedStart..<end, entry: entry))
                break
            }
        }
        return result
    }

    private func isKatakana(_ scalar: Unicode.Scalar) -> Bool {
        (0x30A1...0x30FA).contains(scalar.value) || scalar.value == 0x30FC || (0xFF66...0xFF9F).contains(scalar.value)
    }

    /// Short or kana-only terms match inside unrelated words (がん in がんばります, adhd in a
    /// romaji name): they must start (and, when short, end) on a word boundary.
    private func boundariesOK(_ context: ScanContext, _ c: Hit) -> Bool {
        let bytes = context.text.bytes
        let range = c.range
        if bytes[range].allSatisfy({ ByteClass.isLower($0) || ByteClass.isDigit($0) }) {
            let before = range.lowerBound > 0 ? bytes[range.lowerBound - 1] : 0x20
            let after = range.upperBound < bytes.count ? bytes[range.upperBound] : 0x20
            return !ByteClass.isLower(before) && !ByteClass.isLower(after)
        }
        // Kana terms of four or more characters are specific enough.
        let short = c.entry.scalarCount <= (c.entry.isKanaOnly ? 3 : 1)
        guard short else { return true }
        return onWordBoundaries(context, range)
    }

    /// The piece of the original around `range` that ICU's word break iterator reads: at most
    /// 60 bytes each side, whole characters, within the line.
    private static func wordWindow(_ original: [UInt8], around range: Range<Int>) -> (Int, Int) {
        var lower = max(range.lowerBound - 60, 0), upper = min(range.upperBound + 60, original.count)
        while lower > 0, original[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < original.count, original[upper] & 0xC0 == 0x80 { upper += 1 }
        if let lineStart = original[lower..<range.lowerBound].lastIndex(of: 0x0A) { lower = lineStart + 1 }
        if let lineEnd = original[range.upperBound..<upper].firstIndex(of: 0x0A) { upper = lineEnd }
        return (lower, upper)
    }

    /// Whether `range` starts and ends on boundaries of ICU's Japanese word break iterator.
    /// The iterator runs over the ORIGINAL text (at most 60 bytes each side, within the line):
    /// it segments katakana words, which normalisation has folded to hiragana, far better there.
    private func onWordBoundaries(_ context: ScanContext, _ normalized: Range<Int>) -> Bool {
        let original = context.text.original
        let range = context.text.originalRange(for: NormalizedRange(utf8: normalized)).utf8
        let (lower, upper) = Self.wordWindow(original, around: range)
        let boundaries = TextBoundaries.boundaries(.word, in: Array(original[lower..<upper]))
        guard !boundaries.isEmpty else { return true }
        return boundaries.contains(range.lowerBound - lower) && boundaries.contains(range.upperBound - lower)
    }

    /// Auxiliary endings that state nothing themselves (ANNOTATION.md spans stop before them):
    /// 逮捕され|ました, 車いすを使って|います, 入院中|です.
    private static let auxiliaries: [[UInt8]] = ["ております", "ています", "でいます", "てい", "います", "いました", "いる", "いた", "おります", "おり",
                                                 "ました", "ます", "でした", "です", "だった", "だ", "た", "。",
                                                 "なので", "なんで", "ので", "のため", "ため",
                                                 "やけん", "じゃけん", "やから", "ですので", "なもので", "なもんで"].map { Array($0.utf8) }

    /// A doctor's guidance told as reported speech (主治医から|2週間は運転禁止|と言われ, 主治医には
    /// 飲み始めは運転控えてって言われた): when a MEDICAL fact names the source (医師から, 主治医に),
    /// what the doctor said is the fact itself (ANNOTATION.md: a doctor's guidance), so the span
    /// runs on through the reporting verb, within the sentence.
    private func reportedGuidanceEnd(_ bytes: [UInt8], source: Range<Int>, end: Int) -> Int? {
        guard end == source.upperBound else { return nil }
        var end = end
        if !Self.sourceEndings.contains(where: { source.count > $0.count && bytes[(source.upperBound - $0.count)..<source.upperBound].elementsEqual($0) }) {
            // 眼科の先生から, 心療内科で, 主治医にも: the doctor's particles after the term.
            if let tail = Self.doctorTails.first(where: { Scalars.hasPrefix(bytes, at: end, $0) }) { end += tail.count }
            guard let particle = Self.sourceParticles.first(where: { Scalars.hasPrefix(bytes, at: end, $0) }) else { return nil }
            end += particle.count
        }
        if let topic = Self.sourceTopics.first(where: { Scalars.hasPrefix(bytes, at: end, $0) }) { end += topic.count }
        let limit = min(bytes.count, end + Self.guidanceReach)
        var p = end
        while p < limit {
            let b = bytes[p]
            if b == 0x0A || b == 0x21 || b == 0x3F { return nil }
            if b == 0xE3, p + 2 < bytes.count, bytes[p + 1] == 0x80, bytes[p + 2] == 0x82 { return nil }  // 。
            for marker in Self.reportMarkers where p + marker.count <= bytes.count && bytes[p..<(p + marker.count)].elementsEqual(marker) {
                // Something must have been said between the source and the verb.
                return p - end > 6 ? p + marker.count : nil
            }
            for marker in Self.permissionMarkers where Scalars.hasPrefix(bytes, at: p, marker) {
                // もら|いました: the verb's stem stays whole.
                let stemEnd = p + marker.count
                return Scalars.at(bytes, stemEnd).map { "いっえ".unicodeScalars.contains($0.0) && bytes[stemEnd - 3..<stemEnd].elementsEqual(Self.ra) } == true ? stemEnd + 3 : stemEnd
            }
            p += 1
        }
        return nil
    }
    /// About twenty-five characters of what was said.
    static let guidanceReach = 80
    private static let sourceEndings: [[UInt8]] = ["から", "に"].map { Array($0.utf8) }
    private static let doctorTails: [[UInt8]] = ["の先生方", "の先生", "の医師", "の医者", "の主治医", "の担当医", "のどくたー"].map { Array($0.utf8) }
    private static let sourceParticles: [[UInt8]] = ["から", "に", "で"].map { Array($0.utf8) }
    private static let sourceTopics: [[UInt8]] = ["も", "は"].map { Array($0.utf8) }

    /// Whether a medical term names a doctor or a clinic (眼科, 心療内科, 主治医, 先生), who can
    /// report what it said about a patient.
    private func namesADoctor(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        Self.doctorEndings.contains { range.count > $0.count && Scalars.hasSuffix(bytes, before: range.upperBound, $0) }
            || Self.doctorWords.contains { Scalars.occurs($0, in: range, of: bytes) }
    }
    private static let doctorEndings: [[UInt8]] = ["科", "医", "くりにっく"].map { Array($0.utf8) }
    private static let doctorWords: [[UInt8]] = ["医者", "医師", "先生", "どくたー"].map { Array($0.utf8) }
    private static let reportMarkers: [[UInt8]] = [
        "と言われ", "って言われ", "よう言われ", "ように言われ", "といわれ", "っていわれ", "よういわれ",
        "と指導", "よう指導", "ように指導", "と止められ", "って止められ", "と注意され", "と勧められ",
        "と伺", "と許可", "と指示", "よう指示", "ように指示", "と診断", "と判定",
    ].map { Array($0.utf8) }
    /// The doctor's permission (運転再開のお許しが出, 主治医にもOKもらい), which needs no words before it.
    private static let ra = Array("ら".utf8)
    private static let permissionMarkers: [[UInt8]] = [
        "許可が出", "許可をもら", "許可もら", "許可をいただ", "お許しが出", "お許しをもら", "お許しをいただ", "okが出", "okをもら", "okもら", "okをいただ",
    ].map { Array($0.utf8) }

    private func trimmingAuxiliaries(_ bytes: [UInt8], from minimum: Int, to end: Int) -> Int {
        var end = end
        var trimmed = true
        while trimmed {
            trimmed = false
            for aux in Self.auxiliaries where end - aux.count >= minimum && bytes[(end - aux.count)..<end].elementsEqual(aux) {
                // ています keeps its て: 使って|います.
                // (でした, です are the copula: nothing of them stays.)
                let keep = aux.starts(with: Array("て".utf8)) || aux.starts(with: Array("でい".utf8)) || aux.starts(with: Array("でお".utf8)) ? 3 : 0
                end -= aux.count - keep
                trimmed = keep == 0
                break
            }
        }
        return end
    }

    /// Whether an impairment starts between an illness and a predicate, or the other way round:
    /// the predicate is the nearer one's (脳梗塞の後遺症で|失語症があり: があり states the aphasia,
    /// which ANNOTATION.md labels DISABILITY). Other labels may share a phrase (窃盗で実刑判決).
    private func otherLabelBetween(_ candidates: [Hit], _ label: Label, _ from: Int, _ to: Int) -> Bool {
        guard from < to, label == .medical || label == .disability else { return false }
        let other: Label = label == .medical ? .disability : .medical
        var i = candidates.firstIndex(startingAtOrAfter: from) { $0.range.lowerBound }
        while i < candidates.count, candidates[i].range.lowerBound < to {
            if candidates[i].entry.label == other { return true }
            i += 1
        }
        return false
    }

    /// Bytes after a field's separator in which a term counts as the field's value.
    static let fieldWindow = 30

    /// The value after a field label and its separator: `既往歴：脳梗塞`, `持病 ぜんそく`,
    /// `【病名】…`, `本籍は鹿児島県…`. Returns the span start (the value itself after a form
    /// separator, the label too after a particle: ANNOTATION.md's 本籍 rule) and the value: a run
    /// of kanji, katakana, digits and Latin letters, which may go on in hiragana that is not a
    /// particle. An empty value still reports where it would start, for terms written in kana.
    private func fieldValue(after field: Hit, context: ScanContext) -> (Int, Range<Int>)? {
        let bytes = context.text.bytes
        if field.entry.label == .familyOrigin, let told = domicileTold(after: field, context: context) { return told }
        var p = field.range.upperBound
        // A label listed with its colon (手帳：) is a field only when typed with one.
        var separators = bytes[field.range.upperBound - 1] == 0x3A ? 1 : 0, particle = false
        separatorLoop: while separators < 3, let (scalar, length) = Scalars.at(bytes, p) {
            let next = p + length
            switch scalar {
            case ":", " ", "\t", "=", "】", "]", "」", "』", ")", "・":
                p = next; separators += 1
            // 本籍（福島県相馬市…）: a place in brackets after the label (not 既往歴（団信加入者のみ）：,
            // a label's own qualifier, nor 持病（配線の断線）).
            case "(" where separators == 0 && field.entry.label == .familyOrigin && placeInBrackets(from: next, bytes):
                p = next; separators += 1
            case "は", "が":
                // 本籍は鹿児島県…, 持病が悪化: a particle only right after the label.
                guard separators == 0 else { break separatorLoop }
                p = next; separators += 1; particle = true
                break separatorLoop
            default:
                break separatorLoop
            }
        }
        guard separators > 0 else { return nil }
        let start = p
        // 盗難歴：あり, 既往歴：有: yes is the fact of a field that asks whether.
        if let end = yesValue(at: start, bytes) { return (start, start..<end) }
        var count = 0
        while count < 20, let (scalar, length) = Scalars.at(bytes, p) {
            let next = p + length
            let cls = ScriptClass.of(scalar)
            let ok: Bool
            switch cls {
            case .kanji, .digit, .latin: ok = true
            case .hiragana:
                // Katakana was folded to hiragana; kana inside a value (いちき串木野市) goes on,
                // a particle or an ending (で, です, なし) ends it.
                ok = context.text.wasKatakana(p) || (count > 0 && !Self.valueStops.contains(scalar))
            default: ok = false
            }
            guard ok else { break }
            p = next; count += 1
        }
        // One character is not a value (無, 有, 特に…).
        let value = count >= 2 ? start..<p : start..<start
        return (particle && count >= 2 ? field.range.lowerBound : start, value)
    }

    /// Whether the bracket opened before `start` holds a place (a prefecture or municipality
    /// suffix in it) and closes with no colon after it (本籍（任意）： is a label).
    private func placeInBrackets(from start: Int, _ bytes: [UInt8]) -> Bool {
        guard let close = bytes[start...].prefix(90).firstIndex(of: 0x29), close > start else { return false }
        if let (after, _) = Scalars.at(bytes, close + 1), after == ":" { return false }
        return String(decoding: bytes[start..<close], as: UTF8.self).unicodeScalars.contains { Self.placeSuffixes.contains($0) }
    }

    /// 本籍 told in a sentence with its place (ANNOTATION.md: the span is the term and its place):
    /// `本籍を奄美大島の龍郷町に置いて`, `本籍の沖縄県宮古島市平良`, `本籍は今も奄美の瀬戸内町古仁屋`, and
    /// the place in kana as voice input writes it (`ほんせきが かごしまけん いずみし`). A place is
    /// words of place (kanji, katakana, digits) that may be joined by の, and must name a
    /// prefecture, municipality or island somewhere (本籍の記載 is no place). Nil leaves the
    /// label to the plain field reading.
    private func domicileTold(after field: Hit, context: ScanContext) -> (Int, Range<Int>)? {
        let bytes = context.text.bytes
        guard let (particle, length) = Scalars.at(bytes, field.range.upperBound), "はがをのも".unicodeScalars.contains(particle) else { return nil }
        var p = field.range.upperBound + length
        if let adverb = Self.domicileAdverbs.first(where: { Scalars.hasPrefix(bytes, at: p, $0) }) { p += adverb.count }
        while bytes[safe: p] == 0x20 { p += 1 }
        let valueStart = p
        var end = p, sawPlaceSuffix = false, count = 0
        if Scalars.at(bytes, p).map({ ScriptClass.of($0.0) == .hiragana && !context.text.wasKatakana(p) }) == true {
            // Kana words, each ending in a place suffix read aloud (かごしまけん いずみし), the
            // last one perhaps followed by です or a particle.
            var q = p
            chunks: while count < 24 {
                while bytes[safe: q] == 0x20 { q += 1 }
                var chunkEnd = q
                while let (scalar, length) = Scalars.at(bytes, chunkEnd), ScriptClass.of(scalar) == .hiragana, !context.text.wasKatakana(chunkEnd) {
                    chunkEnd += length; count += 1
                }
                guard chunkEnd > q, !bytes[q..<chunkEnd].starts(with: Self.notPlaceStart) else { break }
                var k = chunkEnd, found = false
                while k > q {
                    if Self.kanaPlaceSuffixes.contains(where: { Scalars.hasSuffix(bytes, before: k, $0) }),
                       k == chunkEnd || Self.afterKanaPlace.contains(where: { Scalars.hasPrefix(bytes, at: k, $0) }) {
                        found = true; break
                    }
                    k -= 3
                }
                guard found, k - q >= 6, !Self.kanaNegation.contains(where: { Scalars.hasSuffix(bytes, before: k, $0) }) else { break }
                end = k; sawPlaceSuffix = true
                if k < chunkEnd { break chunks }
                q = chunkEnd
            }
        } else {
            while count < 30, let (scalar, length) = Scalars.at(bytes, p) {
                let cls = ScriptClass.of(scalar)
                if cls == .kanji || cls == .digit || (cls == .hiragana && context.text.wasKatakana(p)) {
                    if Self.placeSuffixes.contains(scalar) { sawPlaceSuffix = true }
                    p += length; count += 1; end = p
                    continue
                }
                // 沖縄県うるま市, いちき串木野市: a town's name in hiragana before its suffix.
                if cls == .hiragana, count > 0 || scalar != "の" {
                    var q = p, kana = 0
                    while kana < 6, let (next, nextLength) = Scalars.at(bytes, q), ScriptClass.of(next) == .hiragana { q += nextLength; kana += 1 }
                    if kana >= 2, let (suffix, _) = Scalars.at(bytes, q), Self.placeSuffixes.contains(suffix) {
                        p = q
                        continue
                    }
                }
                // 奄美大島の龍郷町: の between two words of place.
                if scalar == "の", end == p, count > 0, let (next, _) = Scalars.at(bytes, p + length), ScriptClass.of(next) == .kanji || context.text.wasKatakana(p + length) {
                    p += length
                    continue
                }
                break
            }
        }
        guard sawPlaceSuffix, end > valueStart else { return nil }
        // 本籍地の市役所, 本籍の都道府県: an office or a form's heading, no place.
        let value = bytes[valueStart..<end]
        if Self.notDomicileWords.contains(where: { Scalars.occurs($0, in: valueStart..<end, of: bytes) }) { return nil }
        // 本籍を…に置いて: the verb that keeps it there belongs to the statement.
        if particle == "を", let keep = Self.domicileKept.first(where: { Scalars.hasPrefix(bytes, at: end, $0) }) { end += keep.count }
        return (field.range.lowerBound, valueStart..<end)
    }

    private static let domicileAdverbs: [[UInt8]] = ["今も", "今でも", "今は", "現在も", "現在は", "現在", "まだ", "ずっと", "元々", "もともと"].map { Array($0.utf8) }
    private static let placeSuffixes: Set<Unicode.Scalar> = ["都", "道", "府", "県", "市", "区", "町", "村", "郡", "島"]
    private static let kanaPlaceSuffixes: [[UInt8]] = ["けん", "し", "く", "ちょう", "まち", "むら", "そん", "ぐん", "じま", "しま", "とう", "ふ"].map { Array($0.utf8) }
    private static let afterKanaPlace: [[UInt8]] = ["です", "で", "だ", "に", "なので", "と", "の", "や", "から"].map { Array($0.utf8) }
    private static let notDomicileWords: [[UInt8]] = ["役所", "役場", "庁", "欄", "記載", "都道府県", "市町村", "市区町村", "窓口", "県外", "県内", "市外", "市内", "府外", "都外", "道外", "町外", "村外"].map { Array($0.utf8) }
    private static let notPlaceStart = Array("わから".utf8)
    private static let kanaNegation: [[UInt8]] = ["ないし", "ません"].map { Array($0.utf8) }
    private static let domicileKept: [[UInt8]] = ["に置いたまま", "に置いて", "に置いた"].map { Array($0.utf8) }

    private static let yesValues: [[UInt8]] = ["あり", "有り", "有", "はい"].map { Array($0.utf8) }

    /// The other choice of a blank form (有・無, あり／なし).
    private static let noValues: [[UInt8]] = ["なし", "無", "いいえ"].map { Array($0.utf8) }

    /// The weight of a term that heads a memo line and is answered yes (前科：あり).
    static let answeredWeight = 0.8
    /// The two labels of the settled rule that tells an impairment from an illness.
    static let bodyAndMind: [Label?] = [.medical, .disability]

    /// What a label adds after its term to ask whether (前科の有無).
    static let askingWhether: [[UInt8]] = ["の有無", "有無"].map { Array($0.utf8) }

    /// Where a yes typed as a field's value ends (`あり`, `有`, `はい`), with the details in
    /// parentheses right after it (`あり（詐欺）`, `はい（24週）`), or nil when the value is no yes
    /// (`ありません`, `有料`, `はいります`).
    private func yesValue(at start: Int, _ bytes: [UInt8]) -> Int? {
        guard let yes = Self.yesValues.first(where: { Scalars.hasPrefix(bytes, at: start, $0) }),
              Scalars.at(bytes, start + yes.count).map({ ScriptClass.of($0.0) != .hiragana && ScriptClass.of($0.0) != .kanji }) ?? true else { return nil }
        var end = start + yes.count
        // 有・無, あり／なし, はい　いいえ: a blank form's choices, not an answer.
        let lineEnd = bytes[end..<min(bytes.count, end + 16)].firstIndex(of: 0x0A) ?? min(bytes.count, end + 16)
        if Self.noValues.contains(where: { no in (end..<lineEnd).contains { Scalars.hasPrefix(bytes, at: $0, no) } }) { return nil }
        if bytes[safe: end] == 0x28, let close = bytes[end..<min(bytes.count, end + 60)].firstIndex(where: { $0 == 0x29 || $0 == 0x0A }), bytes[close] == 0x29 {
            end = close + 1
        }
        return end
    }

    /// Whether a range lies in the label of a form line (nothing before it on the line is a
    /// value or a sentence) whose value, after the colon, is empty or no (なし, 無, いいえ).
    private func isInUnansweredLabel(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        var colon = range.upperBound
        while colon < bytes.count, colon < range.upperBound + 18, bytes[colon] != 0x3A, bytes[colon] != 0x0A {
            if Scalars.hasPrefix(bytes, at: colon, Self.fullStop) || Scalars.hasPrefix(bytes, at: colon, Self.comma) { return false }
            colon += 1
        }
        guard bytes[safe: colon] == 0x3A else { return false }
        let lineStart = (bytes[..<range.lowerBound].lastIndex(of: 0x0A) ?? -1) + 1
        guard !bytes[lineStart..<range.lowerBound].contains(0x3A), !Scalars.occurs(Self.fullStop, in: lineStart..<range.lowerBound, of: bytes) else { return false }
        var value = colon + 1
        while value < bytes.count, bytes[value] == 0x20 { value += 1 }
        if value >= bytes.count || bytes[value] == 0x0A { return true }
        return Self.noValues.contains { no in Scalars.hasPrefix(bytes, at: value, no) && !(Scalars.at(bytes, value + no.count).map { ScriptClass.of($0.0) == .hiragana } ?? false) }
    }
    private static let comma = Array("、".utf8)

    /// The colon that ends a form label at `end` or after の and a short word (服薬中|のお薬：).
    private func labelColon(after end: Int, _ bytes: [UInt8]) -> Int? {
        if bytes[safe: end] == 0x3A { return end }
        guard Scalars.hasPrefix(bytes, at: end, Self.no) else { return nil }
        var p = end + Self.no.count, count = 0
        while count < 4, let (scalar, length) = Scalars.at(bytes, p), [.kanji, .hiragana].contains(ScriptClass.of(scalar)) { p += length; count += 1 }
        // (入院中の車：エクストレイル is a workshop's list of cars.)
        guard count > 0, bytes[safe: p] == 0x3A, !Scalars.occurs(Self.car, in: (end + Self.no.count)..<p, of: bytes) else { return nil }
        return p
    }

    /// Whether a range opens its line as a label does: only spaces or a bullet before it.
    private func isLineLabel(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        var p = range.lowerBound
        while p > 0 {
            if bytes[p - 1] == 0x0A { return true }
            if bytes[p - 1] == 0x20 || bytes[p - 1] == 0x2D || bytes[p - 1] == 0x2A { p -= 1; continue }
            guard let (scalar, previous) = Scalars.before(bytes, p), "・■□●◆◇▪︎※".unicodeScalars.contains(scalar) else { return false }
            p = previous
        }
        return true
    }
    private static let valueStops: Set<Unicode.Scalar> = ["で", "に", "の", "と", "が", "は", "を", "や", "だ", "な", "も", "か", "よ", "ね", "て", "し"]

    /// A span widened to whole ICU words, so redaction never leaves half a word behind
    /// (`使|っている`): the start moves back and the end forward to the nearest word boundary
    /// (at most four characters). Offsets are checked in the original text, where katakana words
    /// are still katakana.
    private func wholeWords(_ context: ScanContext, _ span: Range<Int>, minimumEnd: Int) -> Range<Int> {
        let bytes = context.text.bytes, original = context.text.original
        let originalSpan = context.text.originalRange(for: NormalizedRange(utf8: span)).utf8
        let (lower, upper) = Self.wordWindow(original, around: originalSpan)
        guard lower < upper else { return span }
        // ICU's dictionary-based word break is costly: it runs only when a span's end falls
        // inside a compound (most spans end at a verb form and never need it).
        var boundaries: [Int]? = nil
        func isBoundary(_ normalized: Int) -> Bool {
            if boundaries == nil { boundaries = TextBoundaries.boundaries(.word, in: Array(original[lower..<upper])) }
            guard let boundaries, !boundaries.isEmpty else { return true }
            let o = context.text.originalRange(for: NormalizedRange(utf8: normalized..<normalized)).lowerBound.utf8 - lower
            return o <= 0 || o >= upper - lower || boundaries.contains(o)
        }
        // Only a cut inside a compound (kanji, katakana, Latin, digits) moves: a span that ends in
        // a verb form (退院し|たら) stays where the auxiliaries were trimmed.
        func isCompound(_ scalar: Unicode.Scalar, at offset: Int) -> Bool {
            switch ScriptClass.of(scalar) {
            case .kanji, .latin, .digit: return true
            case .hiragana: return context.text.wasKatakana(offset)
            default: return false
            }
        }
        func compoundCut(_ offset: Int) -> Bool {
            guard let (before, beforeStart) = Scalars.before(bytes, offset), let (after, _) = Scalars.at(bytes, offset) else { return false }
            return isCompound(before, at: beforeStart) && isCompound(after, at: offset)
        }
        var start = span.lowerBound
        if compoundCut(start), !isBoundary(start) {
            var p = start, steps = 0
            while steps < 4, let (scalar, previous) = Scalars.before(bytes, p), Self.isWordScalar(scalar) {
                p = previous; steps += 1
                if isBoundary(p) { start = p; break }
            }
        }
        var end = span.upperBound
        if compoundCut(end), !isBoundary(end) {
            var p = end, steps = 0
            while steps < 4, let (scalar, length) = Scalars.at(bytes, p), Self.isWordScalar(scalar) {
                p += length; steps += 1
                if isBoundary(p) { end = p; break }
            }
        }
        // ICU splits a verb stem from its euphonic ending (持|って, 読|んで): a span may not end
        // before a small kana or ん, which cannot start a word; it takes the ending and its て/た.
        if let (last, _) = Scalars.before(bytes, end), ScriptClass.of(last) == .kanji,
           let (scalar, length) = Scalars.at(bytes, end), Self.continuations.contains(scalar) {
            end += length
            if let (next, nextLength) = Scalars.at(bytes, end), Self.euphonicTails.contains(next) { end += nextLength }
        } else if let (last, lastStart) = Scalars.before(bytes, end), ScriptClass.of(last) == .kanji, !Self.nounKanji.contains(last),
                  let (previous, _) = Scalars.before(bytes, lastStart), ScriptClass.of(previous) != .kanji,
                  let (scalar, length) = Scalars.at(bytes, end), ScriptClass.of(scalar) == .hiragana,
                  !context.text.wasKatakana(end), !Self.particles.contains(scalar) {
            // A one-kanji verb stem takes its inflection (被害に遭|い, まひが残|り, 届を出|し):
            // a compound noun (逮捕|されました, 通院|中) is a word by itself and stays.
            end += length
        }
        // A verb's connective form takes its て (使用し|て, 受け|て, 入っ|て), as ANNOTATION.md's
        // 車いすを使って does; the auxiliary after it (います, おり) stays outside.
        if let (last, lastStart) = Scalars.before(bytes, end), Self.connectiveEndings.contains(last), !context.text.wasKatakana(lastStart),
           let (next, nextLength) = Scalars.at(bytes, end), next == "て" || next == "で" {
            // …したい|です: で before す/し is the copula, not a connective.
            let after = Scalars.at(bytes, end + nextLength)?.0
            if next == "て" || (after != "す" && after != "し") { end += nextLength }
        }
        // A span never ends on a sokuon or ん: its た/て comes back (起訴猶予になっ|た).
        if let (last, lastStart) = Scalars.before(bytes, end), last == "っ" || last == "ん", !context.text.wasKatakana(lastStart),
           let (next, nextLength) = Scalars.at(bytes, end), Self.euphonicTails.contains(next) {
            end += nextLength
        }
        return start..<max(end, minimumEnd)
    }

    /// One-kanji nouns that end a phrase and are never a verb's stem: the kana after them starts
    /// the next word (盗難の件|その後, 手術の後|すぐ).
    private static let nounKanji: Set<Unicode.Scalar> = ["件", "後", "前", "中", "時", "方", "日", "月", "年", "人", "者", "等", "際", "間", "頃", "度", "回", "点", "分", "内", "外"]

    /// Particles and copulas after a kanji, which are words of their own.
    private static let particles: Set<Unicode.Scalar> = ["を", "に", "が", "は", "で", "の", "と", "も", "へ", "や", "か", "ね", "よ", "だ", "な", "ゃ", "ゅ", "ょ"]
    /// Last kana of a verb's connective (連用) form before て/で.
    static let connectiveEndings: Set<Unicode.Scalar> = ["い", "き", "し", "ち", "り", "み", "び", "ぎ", "え", "け", "せ", "れ", "め", "べ", "ね", "じ", "っ", "ん"]

    private static let continuations: Set<Unicode.Scalar> = ["っ", "ん", "ゃ", "ゅ", "ょ", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "ー"]
    private static let euphonicTails: Set<Unicode.Scalar> = ["て", "で", "た", "だ"]

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch ScriptClass.of(scalar) {
        case .kanji, .hiragana, .latin, .digit: return true
        default: return false
        }
    }

    /// Whether a clause ends between two offsets: a sentence end, or a contrast that starts a new
    /// statement (持病はありませんが、父は通院中です), so negation and hypotheticals stay in theirs.
    private func crossesClause(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        if crossesSentence(bytes, from, to) { return true }
        let segment = bytes[max(from, 0)..<min(to, bytes.count)]
        for marker in Self.clauseMarkers where segment.count >= marker.count {
            var i = segment.startIndex
            while i + marker.count <= segment.endIndex {
                if segment[i..<(i + marker.count)].elementsEqual(marker) { return true }
                i += 1
            }
        }
        return false
    }

    private static let clauseMarkers: [[UInt8]] = ["が、", "が,", "けど", "けれど", "ものの", "とはいえ", "一方", "しかし", "ただ、",
        // A reason clause ends too: 難聴のため、お電話ではなく… negates the call, not the fact.
        // ので ends one with or without a comma: 耳が聞こえないので電話ではなくチャットで.
        "ため、", "ため,", "ので", "から、", "から,",
        // After a finished verb or a copula, から ends a reason without a comma too (盗られたから証拠もなし).
        "たから", "だから"].map { Array($0.utf8) }

    /// Whether a negation of する (していない, しておらず) denies the statement's own verb: it
    /// must follow the term or its predicate at once, or after one particle (通院|していない,
    /// 入院|も|していません). Further on it denies another act (脳梗塞で倒れて以来|運転していません,
    /// 結果に納得|していない), and the statement stands. Other negations pass.
    private func deniesItsOwnVerb(_ bytes: [UInt8], _ negation: Range<Int>, after ends: [Int]) -> Bool {
        guard Scalars.hasPrefix(bytes, at: negation.lowerBound, Self.shite) else { return true }
        return ends.contains { end in
            end == negation.lowerBound
                || (negation.lowerBound - end == 3 && Self.verbParticles.contains { bytes[end..<negation.lowerBound].elementsEqual($0) })
        }
    }
    private static let shite = Array("して".utf8)
    private static let verbParticles: [[UInt8]] = ["も", "は", "を"].map { Array($0.utf8) }

    /// The marks that open a question line (`Q.`, `Q:`, `Q1.`, `Ｑ．` folded), at a line start.
    private func questionLineMarks(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var p = lineStart
            while bytes[safe: p] == 0x20 { p += 1 }
            if bytes[safe: p] == 0x71 || bytes[safe: p] == 0x51 {
                var q = p + 1
                while q < bytes.count, ByteClass.isDigit(bytes[q]) { q += 1 }
                // Q4. 主な用途：娘の送迎: a survey's question answered on its own line is no general one.
                let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                if q < bytes.count, [0x2E, 0x3A, 0x29, 0x20].contains(bytes[q]),
                   !bytes[(q + 1)..<lineEnd].contains(0x3A), !Scalars.occurs(Self.arrow, in: (q + 1)..<lineEnd, of: bytes) {
                    result.append(p..<(q + 1))
                }
            }
            guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else { break }
            lineStart = newline + 1
        }
        return result
    }
    private static let arrow = Array("→".utf8)
    private static let questionLineCue = SpecialCareLexicon.Entry(label: nil, kind: .hypothetical, weight: 0.75, scalarCount: 2, isKanaOnly: false)

    /// Whether a comma stands between two offsets: a negation after it denies the next thing
    /// (難聴のため、お電話ではなく…), not the fact before it.
    private func crossesComma(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        let segment = bytes[max(from, 0)..<min(to, bytes.count)]
        return segment.contains(0x2C) || Scalars.occurs(Self.ideographicComma, in: segment.indices, of: bytes)
    }

    private static let ideographicComma = Array("、".utf8)

    /// Whether a copula negation (ではなく, じゃない) denies another word than the term ending
    /// at `end`: the copula negates the noun right before it (車いすは電動ではなく手動), so a
    /// word of its own between them (kanji, katakana, Latin or digits) takes the denial.
    /// Only kana may stand between a denied statement and its copula (糖尿病というわけではない).
    private func deniesAnotherWord(_ context: ScanContext, _ end: Int, _ negation: Range<Int>) -> Bool {
        let bytes = context.text.bytes
        // はなく after で is the same copula (the cue list holds both ではなく and はなく).
        var copula = negation.lowerBound
        if let (previous, start) = Scalars.before(bytes, copula), previous == "で" { copula = start }
        guard Scalars.hasPrefix(bytes, at: copula, Self.copulaDe) || Scalars.hasPrefix(bytes, at: copula, Self.copulaJa) else { return false }
        // Nouns joined by や, と, か are denied together (病気や怪我ではなく).
        if let (first, _) = Scalars.at(bytes, end), Self.coordinators.contains(first) { return false }
        var i = end
        while i < copula, let (scalar, length) = Scalars.at(bytes, i) {
            if ScriptClass.of(scalar) != .hiragana || context.text.wasKatakana(i) { return true }
            i += length
        }
        return false
    }
    private static let coordinators: Set<Unicode.Scalar> = ["や", "と", "か", "、", ","]
    private static let copulaDe = Array("では".utf8)
    private static let copulaJa = Array("じゃ".utf8)

    /// The labels that start a mail's subject line (件名：, Subject:, Re:, Fw:).
    private static let subjectLabels: [[UInt8]] = ["件名", "subject", "re:", "fw:", "fwd:"].map { Array($0.utf8) }

    /// Whether `position` is on a line that starts with a subject label.
    private func isInSubjectLine(_ bytes: [UInt8], _ position: Int) -> Bool {
        var start = position
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        while start < position, bytes[start] == 0x20 || bytes[start] == 0x3E { start += 1 }
        return Self.subjectLabels.contains { Scalars.hasPrefix(bytes, at: start, $0) }
    }

    /// Whether a blank line lies between the two offsets.
    private func crossesParagraph(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from + 1 < to else { return false }
        for i in max(from, 0)..<(min(to, bytes.count) - 1) where bytes[i] == 0x0A {
            var j = i + 1
            while j < to, bytes[j] == 0x20 || bytes[j] == 0x0D { j += 1 }
            if j < to, bytes[j] == 0x0A { return true }
        }
        return false
    }

    /// Whether a sentence or line ends between two offsets.
    private func crossesSentence(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        var i = max(from, 0)
        while i < min(to, bytes.count) {
            let b = bytes[i]
            if b == 0x0A || b == 0x21 || b == 0x3F { return true }  // line break ! ?
            if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 { return true }  // 。
            // Chat ends a sentence with an emoji and a space (折られてた😭 防犯カメラ付けたほうがいいかな);
            // glued to a particle it is inside one (糖尿病😢で通院).
            if b == 0xF0, i + 4 < bytes.count, bytes[i + 1] == 0x9F, bytes[i + 4] == 0x20 { return true }
            i += 1
        }
        return false
    }

    /// Overlapping findings of one label become one, with the higher confidence.
    private func mergeSameLabel(_ findings: [Finding], context: ScanContext) -> [Finding] {
        var result: [Finding] = []
        for finding in findings.sorted(by: { ($0.label, $0.normalizedRange.lowerBound) < ($1.label, $1.normalizedRange.lowerBound) }) {
            if let last = result.last, last.label == finding.label, last.normalizedRange.overlaps(finding.normalizedRange) {
                let range = last.normalizedRange.lowerBound.utf8..<max(last.normalizedRange.upperBound, finding.normalizedRange.upperBound).utf8
                let better = last.confidence >= finding.confidence ? last : finding
                result[result.count - 1] = context.finding(finding.label, range, confidence: better.confidence, rule: better.rule)
            } else {
                result.append(finding)
            }
        }
        return result
    }
}
