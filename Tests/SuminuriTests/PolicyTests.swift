import Foundation
import Testing
import TextNormalization
@testable import Suminuri
@testable import SuminuriPolicy

/// Policies: operators, groups, scopes, profiles, allow-lists, pseudonyms, bad files.
@Suite struct PolicyTests {
    static let key = Array("0123456789abcdef-test-key".utf8)
    static let otherKey = Array("fedcba9876543210-other-key".utf8)

    static func file(_ text: String, directory: URL = FileManager.default.temporaryDirectory) throws -> PolicyFile {
        try PolicyFile(text: text, path: "policy.toml", directory: directory)
    }

    static func pseudonymizer(_ key: [UInt8] = key) throws -> KeyedPseudonymizer { try KeyedPseudonymizer(key: key) }

    static let example = """
        default_profile = "forward"

        [allow]
        values = ["0120-49-5523", "info@kagoshima-nissan.co.jp"]

        [profiles.store]
        operator = "label"
        [profiles.store.labels]
        PHONE  = { operator = "keep" }
        EMAIL  = { operator = "keep" }
        PERSON = { operator = "pseudonym" }
        CARD   = { operator = "mask", keep_last = 4 }

        [profiles.forward]
        operator = "label"
        scope = "sentence"
        [profiles.forward.labels]
        PHONE   = { operator = "mask", char = "＊" }
        MEDICAL = { operator = "label", min_confidence = 0.5 }
        special_care = { operator = "label", text = "［削除］" }
        """

    // MARK: Operators

    struct OperatorCase: CustomTestStringConvertible, Sendable {
        let name: String
        let entry: String
        let expected: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        OperatorCase(name: "label", entry: #"{ operator = "label" }"#, expected: "携帯は［電話番号］です"),
        OperatorCase(name: "label with text", entry: #"{ operator = "label", text = "［TEL］" }"#, expected: "携帯は［TEL］です"),
        OperatorCase(name: "mask", entry: #"{ operator = "mask" }"#, expected: "携帯は●●●●●●●●●●●●●です"),
        OperatorCase(name: "mask with char and last digits", entry: #"{ operator = "mask", char = "*", keep_last = 4 }"#, expected: "携帯は*********5678です"),
        OperatorCase(name: "remove", entry: #"{ operator = "remove" }"#, expected: "携帯はです"),
        OperatorCase(name: "keep", entry: #"{ operator = "keep" }"#, expected: "携帯は090-1234-5678です"),
        OperatorCase(name: "disabled", entry: #"{ enabled = false }"#, expected: "携帯は090-1234-5678です"),
    ])
    func everyOperator(_ row: OperatorCase) throws {
        let policy = try Self.file("[profiles.p.labels]\nPHONE = \(row.entry)\n").policy(profile: "p")
        let redaction = sharedScanner.redact("携帯は090-1234-5678です", policy: policy)
        #expect(redaction.text == row.expected)
        if row.name == "keep" { #expect(redaction.records.map(\.operator) == [.keep]) }
        if row.name == "disabled" { #expect(redaction.records.isEmpty) }
    }

    @Test func pseudonymsAreStableAcrossWrittenFormsAndRunsAndChangeWithTheKey() throws {
        var policy = try Self.file("[profiles.p]\noperator = \"pseudonym\"\n").policy(profile: "p", pseudonymizer: Self.pseudonymizer())
        let forms = ["携帯は０９０－１２３４－５６７８です", "携帯は090-1234-5678です", "携帯は09012345678です", "携帯は090 1234 5678です"]
        let tokens = Set(forms.map { sharedScanner.redact($0, policy: policy).text })
        #expect(tokens.count == 1)
        // The token is a function of key and value only: the same in every run of any process.
        #expect(tokens.first == "携帯は［電話番号:\(try Self.pseudonymizer().token(for: "09012345678", label: .phone))］です")
        let token = try #require(tokens.first)
        #expect(token.range(of: #"［電話番号:[0-9a-f]{8}］"#, options: .regularExpression) != nil)
        #expect(!token.contains("5678"))
        policy.pseudonymizer = try Self.pseudonymizer(Self.otherKey)
        #expect(sharedScanner.redact(forms[0], policy: policy).text != token)
        let other = sharedScanner.redact("携帯は090-1234-9999です", policy: try Self.file("[profiles.p]\noperator = \"pseudonym\"\n")
            .policy(profile: "p", pseudonymizer: Self.pseudonymizer()))
        #expect(other.text != token)
    }

    @Test func aPseudonymizerGivesTheSameTokenForTheSameKeyInAnotherInstance() throws {
        let a = try Self.pseudonymizer().token(for: "09012345678", label: .phone)
        let b = try Self.pseudonymizer().token(for: "09012345678", label: .phone)
        #expect(a == b && a.count == 8)
        #expect(try Self.pseudonymizer().token(for: "09012345678", label: .bankAccount) != a)
        #expect(throws: PseudonymKeyError.self) { try KeyedPseudonymizer(key: Array("short".utf8)) }
    }

    @Test func theReportCarriesAKeyedDigestNeverTheValue() throws {
        let policy = try Self.file("[profiles.p]\noperator = \"label\"\n").policy(profile: "p", pseudonymizer: Self.pseudonymizer())
        let text = "携帯は090-1234-5678、メールはtaro@example.jpです"
        let redaction = sharedScanner.redact(text, policy: policy)
        let json = ReportJSON.document(redaction, original: text, idJSON: "\"a1\"")
        #expect(json.contains("\"id\":\"a1\""))
        #expect(json.contains("\"digest\":\""))
        #expect(json.contains("\"counts\":{\"PHONE\":1,\"EMAIL\":1}"))
        #expect(!json.contains("1234") && !json.contains("taro"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let first = try #require((object?["findings"] as? [[String: Any]])?.first)
        #expect(first["start"] as? Int == 3 && first["utf8_start"] as? Int == 9 && first["operator"] as? String == "label")
    }

    // MARK: Groups, scopes, profiles

    @Test func aLabelSettingWinsOverItsGroup() throws {
        let policy = try Self.file("""
            [profiles.p.labels]
            identifiers = { operator = "remove" }
            EMAIL = { operator = "keep" }
            """).policy(profile: "p")
        #expect(sharedScanner.redact("携帯は090-1234-5678 taro@example.jp", policy: policy).text == "携帯は taro@example.jp")
    }

    @Test func bothScopes() throws {
        let text = "こんにちは。父が糖尿病で通院中です。\n試乗したいです。"
        let file = try Self.file("[profiles.span]\nscope = \"span\"\n[profiles.sentence]\nscope = \"sentence\"\n")
        #expect(sharedScanner.redact(text, policy: try file.policy(profile: "span")).text == "こんにちは。父が［要配慮個人情報］です。\n試乗したいです。")
        #expect(sharedScanner.redact(text, policy: try file.policy(profile: "sentence")).text == "こんにちは。［要配慮個人情報］\n試乗したいです。")
    }

    @Test func profilesAreChosenByNameOrDefault() throws {
        let file = try Self.file(Self.example)
        #expect(file.profileNames == ["forward", "store"])
        let text = "山田様、携帯は090-1234-5678です。"
        let store = sharedScanner.redact(text, policy: try file.policy(profile: "store", pseudonymizer: Self.pseudonymizer()))
        let forward = sharedScanner.redact(text, policy: try file.policy(profile: nil))
        #expect(store.text.contains("090-1234-5678"))
        #expect(store.text.contains("［氏名:"))
        #expect(forward.text.contains("＊＊＊＊＊＊＊＊＊＊＊＊＊"))
        #expect(!forward.text.contains("山田"))
        // MEDICAL has its own entry (label, no text); the group's text applies to the others.
        #expect(sharedScanner.redact("父が糖尿病で通院中です。", policy: try file.policy(profile: "forward")).text == "［要配慮個人情報］")
        #expect(sharedScanner.redact("母は車いすを使っています。", policy: try file.policy(profile: "forward")).text == "［削除］")
    }

    @Test func withoutAFileTheBuiltInDefaultApplies() throws {
        let file = try Self.file("")
        #expect(sharedScanner.redact("携帯は090-1234-5678です", policy: try file.policy(profile: nil)).text == "携帯は［電話番号］です")
    }

    // MARK: Allow-lists

    @Test(arguments: ["０１２０－４９－５５２３", "0120-49-5523", "0120 49 5523", "0120‐49‐5523", "0120ー49ー5523", "(0120)49-5523"])
    func anAllowedValueInAnyWrittenFormIsNeverRedacted(_ form: String) throws {
        let policy = try Self.file(Self.example).policy(profile: "forward")
        let text = "フリーダイヤル\(form)までどうぞ。携帯は090-1234-5678です。"
        let redaction = sharedScanner.redact(text, policy: policy)
        if form == "(0120)49-5523" {
            // Parentheses are not a separator of the allow-list: this form stays redacted.
            #expect(!redaction.text.contains("5523"))
        } else {
            #expect(redaction.text.contains(form))
        }
        #expect(!redaction.text.contains("1234-5678"))
    }

    @Test func allowListFilesAreReadRelativeToThePolicy() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("suminuri-policy-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# dealer\ninfo@kagoshima-nissan.co.jp\n".write(to: directory.appendingPathComponent("allow.txt"), atomically: true, encoding: .utf8)
        try "[allow]\nfiles = [\"allow.txt\"]\n".write(to: directory.appendingPathComponent("p.toml"), atomically: true, encoding: .utf8)
        let file = try PolicyFile(contentsOf: directory.appendingPathComponent("p.toml"))
        let text = "ＩＮＦＯ＠kagoshima-nissan.co.jp と taro@example.jp"
        #expect(sharedScanner.redact(text, policy: try file.policy(profile: nil)).text == "ＩＮＦＯ＠kagoshima-nissan.co.jp と ［メールアドレス］")
    }

    // MARK: Concurrency

    @Test func oneEngineServesManyTasksWithTheirOwnPolicies() async throws {
        let file = try Self.file(Self.example)
        let policies = [try file.policy(profile: "store", pseudonymizer: Self.pseudonymizer()), try file.policy(profile: "forward"), Policy.default]
        let texts = (0..<40).map { "山田様、携帯は090-1234-\(String(format: "%04d", $0))です。父が糖尿病で通院中です。" }
        let expected = texts.enumerated().map { sharedScanner.redact($1, policy: policies[$0 % 3]).text }
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for (index, text) in texts.enumerated() {
                let policy = policies[index % 3]
                group.addTask { (index, sharedScanner.redact(text, policy: policy).text) }
            }
            var collected = [String](repeating: "", count: texts.count)
            for await (index, text) in group { collected[index] = text }
            return collected
        }
        #expect(results == expected)
    }

    // MARK: Bad files

    struct BadFile: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let line: Int
        let message: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        BadFile(name: "not TOML", text: "default_profile = \"a\"\n[profiles.a\n", line: 2, message: "not valid TOML"),
        BadFile(name: "unknown label", text: "[profiles.a]\noperator = \"label\"\n[profiles.a.labels]\nPHONE = { operator = \"keep\" }\nPHNOE = { operator = \"keep\" }\n", line: 5, message: "unknown label or group \"PHNOE\""),
        BadFile(name: "unknown operator", text: "[profiles.a.labels]\nPHONE = { operator = \"blur\" }\n", line: 2, message: "unknown operator \"blur\""),
        BadFile(name: "bad type", text: "[profiles.a.labels]\nPHONE = { operator = \"mask\", keep_last = \"4\" }\n", line: 2, message: "keep_last"),
        BadFile(name: "label not a table", text: "[profiles.a.labels]\nPHONE = \"keep\"\n", line: 2, message: "must be a table"),
        BadFile(name: "unknown profile key", text: "[profiles.a]\nscpoe = \"span\"\n", line: 2, message: "unknown key \"scpoe\""),
        BadFile(name: "bad scope", text: "[profiles.a]\nscope = \"page\"\n", line: 2, message: "scope must be"),
        BadFile(name: "bad confidence", text: "[profiles.a.labels]\nMEDICAL = { min_confidence = 1.5 }\n", line: 2, message: "min_confidence"),
        BadFile(name: "default names no profile", text: "default_profile = \"b\"\n[profiles.a]\n", line: 1, message: "names no profile"),
        BadFile(name: "unknown top-level key", text: "profile = \"a\"\n", line: 1, message: "unknown key \"profile\""),
        BadFile(name: "allow values not strings", text: "[allow]\nvalues = [1, 2]\n", line: 2, message: "array of strings"),
        BadFile(name: "missing allow file", text: "[allow]\nfiles = [\"nowhere.txt\"]\n", line: 2, message: "cannot read allow-list file"),
        // Found by fuzzing: toml++ asserted (a crash) on a control character in a header.
        BadFile(name: "control character in a table header", text: "default_profile = \"a\"\n[\u{0E}profiles.a]\n", line: 2, message: "control character U+E"),
        // Found by fuzzing: toml++ asserted on a header of characters that keys cannot hold.
        BadFile(name: "punctuation in a table header", text: "[&&&&imrs = { operator = \"remove\" }\n", line: 1, message: "invalid table header"),
        BadFile(name: "a line that is neither header nor key", text: "[profiles.a]\n&&& operator\n", line: 2, message: "expected key = value"),
        // Found by fuzzing: toml++ asserted on a } closing an array.
        BadFile(name: "an array closed by a brace", text: "[allow]\nvalues = [\"a\", \"b\",}\n", line: 2, message: "not valid TOML"),
        // Found by fuzzing: 1,500 nested arrays overflowed the stack of the structural check.
        BadFile(name: "arrays nested too deep", text: "default_profile = " + String(repeating: "[", count: 100_000) + "\n", line: 1, message: "nested more than 64 deep"),
        BadFile(name: "inline tables nested too deep", text: "[allow]\nvalues = " + String(repeating: "{ a = ", count: 100_000) + "\n", line: 2, message: "nested more than 64 deep"),
        BadFile(name: "char too long", text: "[profiles.a.labels]\nPHONE = { operator = \"mask\", char = \"**\" }\n", line: 2, message: "one character"),
    ])
    func aBadPolicyFileNamesFileLineAndProblem(_ row: BadFile) {
        do throws(PolicyFileError) {
            _ = try PolicyFile(text: row.text, path: "policy.toml", directory: FileManager.default.temporaryDirectory)
            Issue.record("no error")
        } catch {
            #expect(error.line == row.line)
            #expect(error.description.hasPrefix("policy.toml:\(row.line): "))
            #expect(error.message.contains(row.message))
        }
    }

    @Test func aMissingProfileOrKeyIsAnError() throws {
        let file = try Self.file(Self.example)
        #expect(throws: PolicyFileError.self) { try file.policy(profile: "archive") }
        do throws(PolicyFileError) {
            _ = try file.policy(profile: "store")
            Issue.record("no error")
        } catch {
            #expect(error.message.contains("no key was given"))
        }
        #expect(try file.needsKey(profile: "store"))
        #expect(try !file.needsKey(profile: "forward"))
    }
}
