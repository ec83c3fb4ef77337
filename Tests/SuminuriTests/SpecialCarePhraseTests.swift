import Testing
@testable import Suminuri

/// The stage that widens a special-care finding from its key words to the phrase that states
/// the fact. Cases list "LABEL surface" pairs, every label, at default thresholds.
@Suite struct SpecialCarePhraseTests {
    func found(_ text: String) -> [String] {
        sharedScanner.scan(text).map { "\($0.label.rawValue) \(text[$0.range(in: text)])" }
    }

    static let widened: [DetectionCase] = [
        .init("object before a passive", "先週、車のタイヤを4本とも盗まれました。", ["CRIME_VICTIM 車のタイヤを4本とも盗まれました"]),
        .init("cause and consequence", "祖母は緑内障で視野が欠けています。", ["MEDICAL 緑内障で視野が欠けています"]),
        .init("quoted diagnosis", "眼科で白内障と言われました。", ["MEDICAL 眼科で白内障と言われました"]),
        .init("aside in parentheses", "駐車中に触媒（キャタライザー）を盗まれました。", ["CRIME_VICTIM 駐車中に触媒（キャタライザー）を盗まれました"]),
        .init("time word at the clause start", "三年前に胃潰瘍で入院しました。", ["MEDICAL 三年前に胃潰瘍で入院しました"]),
        .init("spaced voice input", "きのう だれかに くるまを きずつけられました", ["CRIME_VICTIM だれかに くるまを きずつけられました"]),
        .init("spaced katakana word", "くるまの タイヤ ぬすまれました", ["CRIME_VICTIM くるまの タイヤ ぬすまれました"]),
    ]

    static let bounded: [DetectionCase] = [
        .init("topic stays outside", "父は糖尿病で通院中です。", ["MEDICAL 糖尿病で通院中"]),
        .init("a fact named again with こと ends before it (regression: 喘息のこ|と left と readable)", "息子の喘息のこと、よろしくお願いします。", ["MEDICAL 喘息"]),
        .init("a fact told with ということ ends before it (regression: 当て逃げというこ|と)", "当て逃げということで、警察へは行きました", ["CRIME_VICTIM 当て逃げ"]),
        .init("person word and particle stay outside", "母が車いすを使っています。", ["DISABILITY 車いすを使っています"]),
        .init("honorific stays outside", "山田さんが骨折で入院しています。", ["PERSON 山田", "MEDICAL 骨折で入院しています"]),
        .init("another finding bounds it", "090-1234-5678の車が盗まれました。", ["PHONE 090-1234-5678", "CRIME_VICTIM 車が盗まれました"]),
        .init("punctuation bounds it", "急ですが、入院しました。", ["MEDICAL 入院しました"]),
        .init("a reason clause is another statement", "透析をしているので、送迎が必要です。", ["MEDICAL 透析をしている"]),
        .init("plain past, progressive and polite endings after a verb stay with the fact (regression: a predicate that took 出まし kept 出ました whole)", "父は糖尿病で通院している。駐車場で車からゴルフバッグを盗まれた。去年、胃潰瘍で入院しました。主治医から運転再開の許可が出ました。", ["MEDICAL 糖尿病で通院している", "CRIME_VICTIM 駐車場で車からゴルフバッグを盗まれた", "MEDICAL 胃潰瘍で入院しました", "MEDICAL 主治医から運転再開の許可が出"]),
        .init("a new object is another statement", "毎日飲んでいる薬を車に忘れました。", ["MEDICAL 毎日飲んでいる薬"]),
        .init("a relative clause's noun is another phrase", "入院していた妻が退院しました。", ["MEDICAL 入院して", "MEDICAL 退院しました"]),
        .init("never starts on a particle", "投資詐欺でお金をだまし取られました。", ["CRIME_VICTIM お金をだまし取られました"]),
        .init("never ends on a particle", "母は車いすで、送迎が必要です。", ["DISABILITY 車いす"]),
        .init("kana word and its verb", "娘はくるまいすに乗ります。", ["DISABILITY くるまいすに乗ります"]),
        .init("what came after stays outside", "父はのうこうそくのあと、ひだりあしがうごかなくなりました", ["MEDICAL のうこうそく"]),
        .init("spaced person word stays outside", "ちちが びょういんに にゅういん しています", ["MEDICAL びょういんに にゅういん しています"]),
    ]

    @Test(arguments: widened + bounded)
    func phrase(_ c: DetectionCase) {
        #expect(found(c.text) == c.expected)
    }

    /// Widening never changes how many facts are found, only how much of each is covered.
    @Test func widerNeverFewer() {
        let text = "父は脳梗塞の後遺症で右手が不自由です。母は糖尿病で通院中です。"
        let findings = sharedScanner.scan(text)
        #expect(findings.filter { $0.label == .medical }.count == 2)
        #expect(findings.filter { $0.label == .disability }.count == 1)
        for (a, b) in zip(findings, findings.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
    }
}
