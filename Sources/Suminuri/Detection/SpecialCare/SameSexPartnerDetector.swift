import PatternSearch

/// A boyfriend spoken of by a man (僕の彼氏, 俺の彼氏も運転する, ぼく の かれし): a same-sex
/// partner, which ANNOTATION.md counts as SEX_LIFE. The words are everyday ones; only the
/// writer's own words for himself make them a fact, so the text must hold a man speaking of
/// himself (僕, 俺, 男同士), and the boyfriend must be no one else's (娘の彼氏 is the daughter's).
///
/// Offset unit: UTF-8 bytes of the normalised text (katakana folded to hiragana, Latin in
/// lower case). Its few words are searched in the text here (a `memchr`-anchored byte search),
/// not yet read from the front end's one pass.
struct SameSexPartnerDetector: Detector {
    let labels: Set<Label> = [.sexLife]

    /// Normalised: ボク and オレ are ぼく and おれ once katakana is folded.
    static let partners: [[UInt8]] = ["彼氏", "かれし", "boyfriend"].map { Array($0.utf8) }
    /// A man speaking of himself: the kana forms only before a particle (おれい is お礼).
    static let maleSelf: [[UInt8]] = ["僕", "俺", "ぼくは", "ぼくの", "ぼくも", "ぼくが", "ぼく ", "おれの", "おれは", "おれも", "おれが",
        "男同士", "男二人", "男ふたり", "i'm a man", "as a man"].map { Array($0.utf8) }
    /// Whose boyfriend it is, when the words before の say so: his own.
    static let own: [[UInt8]] = ["僕", "俺", "ぼく", "おれ", "うち", "自分"].map { Array($0.utf8) }

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var mentions: [Range<Int>] = []
        ByteSearch.forEachMatch(of: Self.partners, in: bytes) { mentions.append($0) }
        guard !mentions.isEmpty else { return [] }
        var manSpeaks = false
        ByteSearch.forEachMatch(of: Self.maleSelf, in: bytes) { _ in manSpeaks = true }
        guard manSpeaks else { return [] }
        return mentions.compactMap { range in
            // 娘の彼氏, 元彼氏: someone else's, or a former one.
            if let (before, at) = Scalars.before(bytes, range.lowerBound) {
                if before == "元" { return nil }
                if before == "の" || (before == " " && Scalars.before(bytes, at).map { $0.0 == "の" } == true) {
                    let noStart = before == "の" ? at : (Scalars.before(bytes, at)?.1 ?? at)
                    guard Self.own.contains(where: { Scalars.hasSuffix(bytes, before: noStart, $0) || Scalars.hasSuffix(bytes, before: noStart - 1, $0) }) else { return nil }
                }
            }
            return context.finding(.sexLife, range, confidence: 0.7, rule: "sex_life.partner-of-a-man")
        }
    }
}
