import Foundation
import Testing
import Suminuri
import SuminuriPolicy

/// The case-store example of the documentation (`Suminuri.docc/CaseStore.md`), compiled and
/// run here; a second test checks that the article shows exactly this code.
@Suite struct CaseStoreExampleTests {
    /// What the case store keeps of one inquiry.
    struct StoredCase {
        let text: String
        let report: String
    }

    func caseStoreExample(policyURL: URL, keyURL: URL, inquiries: [String]) throws -> [StoredCase] {
        // example:begin
        // Once, at start-up: the engine, the policy's profile and the key.
        let scanner = try SensitiveDataScanner()
        let pseudonymizer = try KeyedPseudonymizer.load(keyFile: keyURL.path)
        let policy = try PolicyFile(contentsOf: policyURL).policy(profile: "store", pseudonymizer: pseudonymizer)

        // Per inquiry, from any number of tasks: redact, then store the text and the report.
        var stored: [StoredCase] = []
        for inquiry in inquiries {
            let redaction = scanner.redact(inquiry, policy: policy)
            guard redaction.isComplete else { continue }  // never store what was not scanned
            stored.append(StoredCase(text: redaction.text, report: ReportJSON.document(redaction, original: inquiry)))
        }
        // example:end
        return stored
    }

    @Test func theExampleRuns() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("suminuri-case-store-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let policy = directory.appendingPathComponent("policy.toml")
        let key = directory.appendingPathComponent("key")
        try """
            [profiles.store]
            operator = "label"
            [profiles.store.labels]
            PHONE  = { operator = "keep" }
            PERSON = { operator = "pseudonym" }
            """.write(to: policy, atomically: true, encoding: .utf8)
        try "an-example-key-0123456789abcdef\n".write(to: key, atomically: true, encoding: .utf8)
        let stored = try caseStoreExample(policyURL: policy, keyURL: key, inquiries: [
            "山田様、携帯は090-1234-5678です。父が糖尿病で通院中です。",
        ])
        #expect(stored.count == 1)
        #expect(stored[0].text.hasPrefix("［氏名:"))
        #expect(stored[0].text.contains("090-1234-5678"))
        #expect(!stored[0].text.contains("糖尿病"))
        #expect(stored[0].report.contains("\"operator\":\"pseudonym\""))
        #expect(!stored[0].report.contains("山田"))
    }

    @Test func theArticleShowsThisCode() throws {
        let here = URL(fileURLWithPath: #filePath)
        let source = try String(contentsOf: here, encoding: .utf8)
        let article = try String(contentsOf: here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Suminuri/Suminuri.docc/CaseStore.md"), encoding: .utf8)
        let begin = try #require(source.range(of: "// example:begin\n"))
        let end = try #require(source.range(of: "        // example:end"))
        let snippet = source[begin.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : String($0) }.joined(separator: "\n")
        #expect(article.contains(snippet))
    }
}
