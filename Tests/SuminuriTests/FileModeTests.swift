import Foundation
import Testing

/// `scan` and `redact` on files and folders, as a new user would run them.
@Suite struct FileModeTests {
    let cli = CommandLineTests()

    /// A folder of inquiries: two text files in a tree, a binary file, a file to exclude.
    static func makeTree() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("suminuri-files-\(UUID())")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("2026/12"), withIntermediateDirectories: true)
        try "お世話になります。\n携帯は090-1234-5678です。\n".write(to: root.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "メールは taro@example.jp です。\n".write(to: root.appendingPathComponent("2026/12/b.txt"), atomically: true, encoding: .utf8)
        try "試乗の予約をしたいです。\n".write(to: root.appendingPathComponent("2026/12/c.log"), atomically: true, encoding: .utf8)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x30, 0x39, 0x30]).write(to: root.appendingPathComponent("photo.png"))
        return root
    }

    @Test func scanAFolderLikeGrep() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try cli.run(["scan", "--summary", root.path], "")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines == ["\(root.path)/2026/12/b.txt:1:6: EMAIL (email.address, 0.970)", "\(root.path)/a.txt:2:4: PHONE (phone.mobile, 1.000)"])
        #expect(result.stderr.contains("photo.png: binary file skipped"))
        #expect(result.stderr.contains("3 files scanned, 2 findings (PHONE 1, EMAIL 1), 1 skipped"))
        #expect(!result.stdout.contains("1234") && !result.stderr.contains("1234"))
    }

    @Test func includeExcludeAndFormats() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let included = try cli.run(["scan", "--include", "*.txt", "--exclude", "2026/*", "--format", "jsonl", "--quiet", root.path], "")
        #expect(included.status == 1)
        let records = included.stdout.split(separator: "\n")
        #expect(records.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(records[0].utf8)) as? [String: Any]
        #expect(object?["path"] as? String == "\(root.path)/a.txt")
        #expect(object?["label"] as? String == "PHONE" && object?["line"] as? Int == 2 && object?["start"] as? Int == 13)
        #expect(included.stderr.isEmpty)
        let json = try cli.run(["scan", "--format", "json", "--quiet", root.appendingPathComponent("2026").path], "")
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((document?["files"] as? [[String: Any]])?.count == 2)
        let clean = try cli.run(["scan", "--quiet", root.appendingPathComponent("2026/12/c.log").path], "")
        #expect(clean.status == 0 && clean.stdout.isEmpty)
    }

    @Test func redactAFolderIntoAnother() throws {
        let root = try Self.makeTree()
        let out = root.deletingLastPathComponent().appendingPathComponent("suminuri-out-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: out) }
        let result = try cli.run(["redact", root.path, "-o", out.path, "--quiet"], "")
        #expect(result.status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("a.txt"), encoding: .utf8) == "お世話になります。\n携帯は［電話番号］です。\n")
        #expect(try String(contentsOf: out.appendingPathComponent("2026/12/b.txt"), encoding: .utf8) == "メールは ［メールアドレス］ です。\n")
        #expect(try String(contentsOf: out.appendingPathComponent("2026/12/c.log"), encoding: .utf8) == "試乗の予約をしたいです。\n")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("photo.png").path))
        // The inputs are untouched.
        #expect(try String(contentsOf: root.appendingPathComponent("a.txt"), encoding: .utf8).contains("090-1234-5678"))
    }

    @Test func neverOverItsInputWithoutInPlace() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("a.txt")
        let refused = try cli.run(["redact", file.path, "-o", file.path], "")
        #expect(refused.status == 2 && refused.stderr.contains("--in-place"))
        #expect(try String(contentsOf: file, encoding: .utf8).contains("090-1234-5678"))
        let folder = try cli.run(["redact", root.path], "")
        #expect(folder.status == 2 && folder.stderr.contains("-o DIR"))
        let single = try cli.run(["redact", file.path], "")
        #expect(single.status == 0 && single.stdout == "お世話になります。\n携帯は［電話番号］です。\n")
        let inPlace = try cli.run(["redact", "--in-place", "--quiet", file.path], "")
        #expect(inPlace.status == 0 && inPlace.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8) == "お世話になります。\n携帯は［電話番号］です。\n")
    }

    @Test func labelsAndVersion() throws {
        let labels = try cli.run(["labels"], "")
        #expect(labels.status == 0 && labels.stdout.contains("PHONE") && labels.stdout.contains("［要配慮個人情報］"))
        #expect(labels.stdout.split(separator: "\n").count == 25)
        let version = try cli.run(["--version"], "")
        #expect(version.status == 0 && version.stdout.hasPrefix("suminuri ") && version.stdout.contains("dictionaries ") && version.stdout.contains("ICU "))
        let completion = try cli.run(["--generate-completion-script", "bash"], "")
        #expect(completion.status == 0 && completion.stdout.contains("redact"))
    }
}
