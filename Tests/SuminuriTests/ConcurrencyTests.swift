import Dispatch
import Testing
@testable import Suminuri

/// One engine shared by many threads and tasks, scanning, redacting and streaming at once:
/// the results are those of one thread. `.ci/tsan.sh` runs this suite under ThreadSanitizer.
@Suite struct ConcurrencyTests {
    static let texts: [String] = (0..<64).map { i in
        "山田様、携帯は090-1234-\(String(format: "%04d", i))です。父が糖尿病で通院中です。車は品川 500 さ 12-\(String(format: "%02d", i % 100))。"
    }

    final class Results: @unchecked Sendable {
        var redacted: [String]
        var scanned: [Int]
        private let lock = DispatchQueue(label: "results")
        init(count: Int) { redacted = Array(repeating: "", count: count); scanned = Array(repeating: 0, count: count) }
        func set(_ index: Int, _ text: String, _ count: Int) { lock.sync { redacted[index] = text; scanned[index] = count } }
    }

    @Test func threadsShareOneEngine() {
        let expected = Self.texts.map { sharedScanner.redact($0).text }
        let counts = Self.texts.map { sharedScanner.scan($0).count }
        let results = Results(count: Self.texts.count)
        let policies = [Policy.default, Policy(scope: .sentence), Policy(placeholder: .mask)]
        DispatchQueue.concurrentPerform(iterations: Self.texts.count) { index in
            let text = Self.texts[index]
            // Other policies and a stream run alongside, on the same engine.
            _ = sharedScanner.redact(text, policy: policies[index % 3])
            var stream = sharedScanner.redactionStream()
            _ = try? stream.feed(Array(text.utf8))
            _ = try? stream.finish()
            results.set(index, sharedScanner.redact(text).text, sharedScanner.scan(text).count)
        }
        #expect(results.redacted == expected)
        #expect(results.scanned == counts)
    }

    @Test func tasksShareOneEngine() async {
        let expected = Self.texts.map { sharedScanner.redact($0, policy: Policy(scope: .sentence)).text }
        let redacted = await withTaskGroup(of: (Int, String).self) { group in
            for (index, text) in Self.texts.enumerated() {
                group.addTask { (index, sharedScanner.redact(text, policy: Policy(scope: .sentence)).text) }
            }
            var collected = [String](repeating: "", count: Self.texts.count)
            for await (index, text) in group { collected[index] = text }
            return collected
        }
        #expect(redacted == expected)
    }
}
