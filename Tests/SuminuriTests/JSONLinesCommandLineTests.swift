import Foundation
import Testing

/// `--jsonl` and `eval` on JSON Lines that are not UTF-8: decoded and redacted, or exit 2 —
/// never passed through undecoded with exit 0.
extension CommandLineTests {
    static let redactedLines = #"{"id":1,"text":"電話は［電話番号］です"}"# + "\n" + #"{"id":2,"text":"二行目"}"# + "\n"

    @Test(arguments: JSONLinesDecodingTests.cases)
    func jsonlInAnotherCharsetIsDecodedAndRedacted(_ testCase: JSONLinesDecodingTests.Case) throws {
        let result = try run(["redact", "--jsonl"], stdin: testCase.bytes)
        #expect(result.status == 0)
        let expected = testCase.text.contains("\u{FFFD}") ? Self.redactedLines.replacingOccurrences(of: "は［", with: "は\u{FFFD}［") : Self.redactedLines
        #expect(result.stdout == expected)
        #expect(result.stderr == testCase.note + "\n")
        let scan = try run(["scan", "--jsonl"], stdin: testCase.bytes)
        #expect(scan.status == 1)
        #expect(scan.stdout.hasPrefix(#"{"id":1,"spans":[{"start":"#) && scan.stdout.contains(#""label":"PHONE""#))
        #expect(!scan.stdout.contains("1234") && !scan.stderr.contains("1234"))
    }

    @Test func jsonlUnderADeclaredCharsetIsStrict() throws {
        let sjis = JSONLinesDecodingTests.seed("shift-jis")
        let declared = try run(["redact", "--jsonl", "--charset", "cp932"], stdin: sjis)
        #expect(declared.status == 0 && declared.stdout == Self.redactedLines && declared.stderr.isEmpty)
        let wrong = try run(["redact", "--jsonl", "--charset", "utf-8"], stdin: sjis)
        #expect(wrong.status == 2 && wrong.stdout.isEmpty)
        #expect(wrong.stderr.hasPrefix("suminuri: input does not decode as UTF-8") && !wrong.stderr.contains("Usage"))
        let auto = try run(["scan", "--jsonl", "--charset", "auto"], stdin: JSONLinesDecodingTests.seed("iso-2022-jp"))
        #expect(auto.status == 1 && auto.stderr == "note: input decoded as ISO-2022-JP\n")
    }

    @Test func evalReadsAnnotatedFilesInOtherCharsetsOrRefusesThem() throws {
        let line = #"{"id": "t1", "text": "電話は090-1234-5678です", "spans": [{"start": 3, "end": 16, "label": "PHONE"}]}"# + "\r\n"
        // The same line in EUC-JP (Foundation on Linux has no Japanese encoders).
        let text: [UInt8] = [197, 197, 207, 195, 164, 207, 48, 57, 48, 45, 49, 50, 51, 52, 45, 53, 54, 55, 56, 164, 199, 164, 185]
        let eucJP = Array(#"{"id": "t1", "text": ""#.utf8) + text + Array((#"", "spans": [{"start": 3, "end": 16, "label": "PHONE"}]}"# + "\r\n").utf8)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("suminuri-eval-charsets-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let utf16: [UInt8] = [0xFF, 0xFE] + Array(line.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for (name, bytes) in [("euc-jp", eucJP), ("utf16", utf16)] {
            let file = directory.appendingPathComponent("\(name).jsonl")
            try Data(bytes).write(to: file)
            let result = try run(["eval", file.path, "--format", "json"], "")
            #expect(result.status == 0)
            #expect(result.stderr.contains("decoded as") && !result.stderr.contains("1234"))
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let phone = (object?["labels"] as? [String: Any])?["PHONE"] as? [String: Any]
            #expect((phone?["strict"] as? [String: Any])?["f1"] as? Double == 1.0)
        }
        let garbage = directory.appendingPathComponent("garbage.jsonl")
        try Data(Array(line.utf8) + [0xFF, 0xFE, 0x80, 0x0A] + Array(line.utf8)).write(to: garbage)
        let refused = try run(["eval", garbage.path], "")
        #expect(refused.status == 2 && refused.stderr.contains("garbage.jsonl:0: not UTF-8, nor Shift_JIS") && !refused.stderr.contains("1234"))
        // Past the first 64 KiB, a bad line is named by its number.
        let long = #"{"id": "t0", "text": ""# + String(repeating: "あ", count: 30_000) + #"", "spans": []}"# + "\n"
        try Data(Array(long.utf8) + Array(line.utf8) + [0xFF, 0x0A]).write(to: garbage)
        let named = try run(["eval", garbage.path], "")
        #expect(named.status == 2 && named.stderr.contains("garbage.jsonl:3: 1 invalid UTF-8 sequence(s)"))
    }
}
