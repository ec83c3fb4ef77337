import PatternSearch

/// A partner of one's own sex (僕の彼氏, 俺の彼氏も運転する, 私の彼女, 恋人の女性と暮らしていて
/// …わたしも女なので): ANNOTATION.md counts a same-sex partner as SEX_LIFE. The words are
/// everyday ones; only the writer's own words for themself make them a fact, so the text must
/// hold a man speaking of himself for a boyfriend (僕, 俺, 男同士) and a woman speaking of
/// herself for a girlfriend (わたしも女, 女同士), and the partner must be no one else's
/// (娘の彼氏 is the daughter's). 彼女 is also "she": it counts only as someone's own (私の彼女).
///
/// Offset unit: UTF-8 bytes of the normalised text (katakana folded to hiragana, Latin in
/// lower case). Its few words are searched in the text here (a `memchr`-anchored byte search),
/// not yet read from the front end's one pass.
struct SameSexPartnerDetector: Detector {
    let labels: Set<Label> = [.sexLife]

    /// One sex's partner words, the writer's words for being of that sex, and the words that
    /// need an owner before の to be a partner at all.
    struct Side: Sendable {
        let partners: [[UInt8]]
        let selves: [[UInt8]]
        let ownedOnly: [[UInt8]]
        let rule: String
    }

    static let sides: [Side] = [
        // Normalised: ボク and オレ are ぼく and おれ once katakana is folded. The kana forms of
        // the self only before a particle (おれい is お礼).
        Side(partners: ["彼氏", "かれし", "boyfriend", "恋人の男性", "男性の恋人", "ぱーとなーの男性", "男性のぱーとなー"].map { Array($0.utf8) },
             selves: ["僕", "俺", "ぼくは", "ぼくの", "ぼくも", "ぼくが", "ぼく ", "おれの", "おれは", "おれも", "おれが",
                      "男同士", "男二人", "男ふたり", "i'm a man", "as a man"].map { Array($0.utf8) },
             ownedOnly: [], rule: "sex_life.partner-of-a-man"),
        Side(partners: ["彼女", "かのじょ", "girlfriend", "恋人の女性", "女性の恋人", "ぱーとなーの女性", "女性のぱーとなー"].map { Array($0.utf8) },
             selves: ["わたしも女", "私も女", "あたしも女", "うちも女", "自分も女", "女同士", "女二人", "女ふたり", "i'm a woman", "as a woman"].map { Array($0.utf8) },
             ownedOnly: ["彼女", "かのじょ"].map { Array($0.utf8) }, rule: "sex_life.partner-of-a-woman"),
    ]
    /// Whose partner it is, when the words before の say so: the writer's own.
    static let own: [[UInt8]] = ["僕", "俺", "ぼく", "おれ", "うち", "自分", "私", "わたし", "あたし"].map { Array($0.utf8) }

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        for side in Self.sides {
            var mentions: [Range<Int>] = []
            ByteSearch.forEachMatch(of: side.partners, in: bytes) { mentions.append($0) }
            guard !mentions.isEmpty else { continue }
            var selfSpoken = false
            ByteSearch.forEachMatch(of: side.selves, in: bytes) { _ in selfSpoken = true }
            guard selfSpoken else { continue }
            result += mentions.compactMap { range in
                let ownedOnly = side.ownedOnly.contains { bytes[range].elementsEqual($0) }
                // 娘の彼氏, 元彼氏: someone else's, or a former one.
                guard let (before, at) = Scalars.before(bytes, range.lowerBound) else { return ownedOnly ? nil : finding(range, side, context) }
                if before == "元" { return nil }
                if before == "の" || (before == " " && Scalars.before(bytes, at).map { $0.0 == "の" } == true) {
                    let noStart = before == "の" ? at : (Scalars.before(bytes, at)?.1 ?? at)
                    guard Self.own.contains(where: { Scalars.hasSuffix(bytes, before: noStart, $0) || Scalars.hasSuffix(bytes, before: noStart - 1, $0) }) else { return nil }
                    return finding(range, side, context)
                }
                return ownedOnly ? nil : finding(range, side, context)
            }
        }
        return result
    }

    private func finding(_ range: Range<Int>, _ side: Side, _ context: ScanContext) -> Finding {
        context.finding(.sexLife, range, confidence: 0.7, rule: side.rule)
    }
}
