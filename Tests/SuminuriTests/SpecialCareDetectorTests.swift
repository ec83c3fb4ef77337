import Foundation
import Testing
@testable import Suminuri

/// Cases list "LABEL surface" pairs expected at default thresholds.
@Suite struct SpecialCareDetectorTests {
    static let sensitive: Set<Label> = Set(Label.allCases.filter(\.isSensitiveCategory))

    func found(_ text: String) -> [String] {
        sharedScanner.scan(text).filter { Self.sensitive.contains($0.label) }.map { "\($0.label.rawValue) \(text[$0.range(in: text)])" }
    }

    static let positives: [DetectionCase] = [
        .init("disease and visits", "父が糖尿病で通院中です。", ["MEDICAL 糖尿病で通院中"]),
        .init("wheelchair", "母は車いすを使っています。", ["DISABILITY 車いすを使"]),
        .init("arrest", "弟が飲酒運転で逮捕されました。", ["CRIMINAL 飲酒運転で逮捕され"]),
        .init("break-in", "車上荒らしに遭い、窓を割られました。", ["CRIME_VICTIM 車上荒らしに遭い、窓を割られ"]),
        .init("handbook grade", "身体障害者手帳2級を持っています。", ["DISABILITY 身体障害者手帳2級を持って"]),
        .init("developmental diagnosis", "息子は自閉症と診断されています。", ["DISABILITY 自閉症と診断されて"]),
        .init("religion membership", "私は創価学会の会員です。", ["CREED 創価学会の会員"]),
        .init("union office", "夫は組合の執行委員をしています。", ["UNION 組合の執行委員をして"]),
        .init("registered domicile", "本籍は徳之島町です。", ["FAMILY_ORIGIN 本籍は徳之島町"]),
        .init("orientation", "僕はゲイで、パートナーと暮らしています。", ["SEX_LIFE ゲイ"]),
        .init("buraku origin", "祖父は被差別部落の出身です。", ["SOCIAL_STATUS 被差別部落の出身"]),
        .init("ethnicity", "妻は在日韓国人三世です。", ["RACE 在日韓国人三世"]),
        .init("after-effect and impairment", "父は脳梗塞の後遺症で右手が不自由です。", ["MEDICAL 脳梗塞の後遺症", "DISABILITY 手が不自由"]),
        .init("unlisted disease by its ending", "母がバセドウ病で通院しています。", ["MEDICAL バセドウ病で通院して"]),
        .init("katakana disease in word segmentation", "子どもがインフルエンザにかかってしまい、納車を延期したい", ["MEDICAL インフルエンザにかか"]),
        .init("dialect", "じいちゃんが透析しちょっで、送迎用の車が欲しか", ["MEDICAL 透析しちょ"]),
        .init("emoji between term and predicate", "父が糖尿病😢で通院しちょっ", ["MEDICAL 糖尿病😢で通院しちょ"]),
        .init("dialect copula", "おいの母ちゃんが🙏車いすじゃっど", ["DISABILITY 車いすじゃっど"]),
    ]

    /// The traps of the issue: none may fire at default thresholds.
    static let traps: [DetectionCase] = [
        .init("obstacle sensor", "障害物センサーが反応しません。", []),
        .init("anti-theft device", "盗難防止装置を付けたいです。", []),
        .init("car health check", "愛車の健康診断をお願いします。", []),
        .init("car in hospital", "整備入庫を「入院」と呼んでいます。愛車が入院中です。", []),
        .init("injury insurance", "人身傷害保険の補償内容を教えてください。", []),
        .init("accident and repair history", "事故歴・修復歴はありません。", []),
        .init("tax seizure", "税の差し押さえの通知が来ました。", []),
        .init("clerk unreachable", "担当者が捕まらないので困っています。", []),
        .init("do my best", "がんばります！", []),
        .init("gunmetal", "ガンメタの在庫はありますか。", []),
        .init("DVD", "DVDが再生できません。", []),
        .init("US forces", "在日米軍の方も購入できますか。", []),
        .init("half leather", "ハーフレザーのシートにしたい。", []),
        .init("insurer name", "あいおいニッセイ同和損保の保険です。", []),
        .init("village", "鹿児島の部落の清掃で車を使います。", []),
        .init("hospital car park", "病院の駐車場で待ち合わせです。", []),
        .init("hypothetical", "もし入院したら保険は使えますか。", []),
        .init("negated", "持病はありません。", []),
        .init("parking ticket", "駐車違反で青切符を切られました。", []),
        .init("nationality alone", "ベトナム国籍の研修生が運転します。", []),
        .init("catalogue question", "福祉車両のカタログを送ってください。", []),
        .init("ash damage", "桜島の降灰被害で塗装が傷みました。", []),
        .init("engine chronic problem", "持病のオイル漏れがまた出ました。", []),
        .init("blessing", "大安に納車して、神社でお祓いをしてもらいます。", []),
    ]

    @Test(arguments: positives)
    func findsFacts(_ c: DetectionCase) {
        #expect(found(c.text) == c.expected)
    }

    @Test(arguments: traps)
    func trapsDoNotFire(_ c: DetectionCase) {
        #expect(found(c.text) == c.expected)
    }

    @Test func specialCareIsRedactedWithoutNamingTheCategory() {
        #expect(sharedScanner.redact("父が糖尿病で通院中です。").text == "父が［要配慮個人情報］です。")
    }

    @Test func sentenceScopeRemovesTheWholeSentence() throws {
        #expect(sharedScanner.redact("こんにちは。父が糖尿病で通院中です。\n試乗したいです。", policy: Policy(scope: .sentence)).text == "こんにちは。［要配慮個人情報］\n試乗したいです。")
    }

    @Test func aUserDictionaryAddsTermsAtRunTime() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("suminuri-dict-\(UUID())")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("special-care"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "ほげ病\tterm\t0.9\n".write(to: directory.appendingPathComponent("special-care/medical.tsv"), atomically: true, encoding: .utf8)
        let text = "父がほげ病になりました"
        #expect(found(text).isEmpty || found(text) == ["MEDICAL ほげ病になり"])
        let scanner = try SensitiveDataScanner(configuration: .init(additionalDictionaries: [directory]))
        #expect(scanner.scan(text).map(\.label) == [.medical])
    }
}
