import Foundation
import Testing

/// `suminuri mail` through the built binary: exit 0 with a whole message, or 75 with nothing.
@Suite struct MailCommandLineTests {
    let cli = CommandLineTests()

    @Test func redactsAMessage() throws {
        let result = try cli.run(["mail"], "From: a@example.org\r\nSubject: test\r\n\r\n携帯は090-1234-5678です\r\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("X-Suminuri: redacted; findings=1\r\n"))
        #expect(!result.stdout.contains("090-1234"))
    }

    static let failures: [(name: String, arguments: [String], input: String)] = [
        ("empty input", ["mail"], ""),
        ("part limit", ["mail", "--max-parts", "1"], "From: a@example.org\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\n090-1234-5678\n--b--\n"),
        ("size limit", ["mail", "--max-message-bytes", "20"], "From: a@example.org\nSubject: 090-1234-5678\n\nbody\n"),
        ("header line limit", ["mail", "--max-header-line", "30"], "From: a@example.org\nSubject: 090-1234-5678 and a long line\n\nx\n"),
        ("refused opaque part", ["mail", "--opaque-parts", "refuse"], "From: a@example.org\nContent-Type: image/png\n\nPNG 090-1234-5678\n"),
    ]

    @Test(arguments: failures.indices) func failsClosedWithSeventyFive(_ index: Int) throws {
        let row = Self.failures[index]
        let result = try cli.run(row.arguments, row.input)
        #expect(result.status == 75, "\(row.name)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.contains("1234"))
        // Postfix would read a leading enhanced status code as its own reply.
        #expect(result.stderr.range(of: #"^[245]\.\d"#, options: .regularExpression) == nil)
        #expect(result.stderr.hasPrefix("suminuri mail: deferred: "))
    }

    @Test func watchdogDefersASlowMessage() throws {
        // Several megabytes of text take well over a second to scan in any build.
        let line = "お世話になります。携帯は090-1234-5678、自宅は東京都千代田区千代田1-1です。\n"
        let input = "From: a@example.org\nSubject: x\n\n" + String(repeating: line, count: 20_000)
        let result = try cli.run(["mail", "--timeout", "1"], input)
        #expect(result.status == 75)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("watchdog"))
    }
}
