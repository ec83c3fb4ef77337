import Foundation
import Testing

/// End-to-end: the built `suminuri` binary with stdin, stdout, stderr and exit status.
@Suite struct CommandLineTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: URL {
        // The test bundle sits next to the products in the build directory.
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("suminuri").path) && directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("suminuri")
    }

    func run(_ arguments: [String], stdin: [UInt8], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Written from another thread: `redact` streams, so it writes while it still reads,
        // and a large input would otherwise fill both pipes.
        let writer = input.fileHandleForWriting
        let data = Data(stdin)
        let done = DispatchSemaphore(value: 0)
        // A command may exit before reading its input (an option error): the write then fails
        // with EPIPE, which must not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        DispatchQueue.global().async {
            try? writer.write(contentsOf: data)
            try? writer.close()
            done.signal()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    func run(_ arguments: [String], _ stdin: String) throws -> Run { try run(arguments, stdin: Array(stdin.utf8)) }

    @Test func binaryWasBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path))
    }

    @Test func redactsStdinToStdout() throws {
        let result = try run(["redact"], "携帯は090-1234-5678です\r\n")
        #expect(result.status == 0)
        #expect(result.stdout == "携帯は［電話番号］です\r\n")
    }

    @Test func scanExitsOneWhenSomethingIsFoundAndNeverPrintsTheValue() throws {
        let result = try run(["scan"], "行1\n携帯は090-1234-5678です")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("2:4\tPHONE\t"))
        #expect(!result.stdout.contains("1234"))
    }

    @Test func scanExitsZeroWhenNothingIsFound() throws {
        let result = try run(["scan"], "2024-12-25に来店します")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func scanJSON() throws {
        let result = try run(["scan", "--format", "json"], "メール taro@example.jp")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings[0]["label"] as? String == "EMAIL")
        #expect(findings[0]["start"] as? Int == 4)
        #expect(!result.stdout.contains("taro"))
    }

    @Test func invalidUTF8IsAnErrorWithoutOutputWhenUTF8IsDeclared() throws {
        let result = try run(["redact", "--charset", "utf-8"], stdin: [0x90, 0x39, 0x30, 0xFF, 0xFE])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("UTF-8") && result.stderr.contains("byte offset 0"))
        #expect(!result.stderr.contains("Usage"))
    }

    @Test func strayInvalidBytesAreReplacedAndTheValuesAroundThemStillFound() throws {
        let input = Array("電話は090-1234-5678です。".utf8) + [0xFF] + Array("次は080-1111-2222".utf8)
        let result = try run(["redact"], stdin: input)
        #expect(result.status == 0)
        #expect(result.stdout == "電話は［電話番号］です。\u{FFFD}次は［電話番号］")
        #expect(result.stderr.contains("replaced by U+FFFD"))
        #expect(!result.stderr.contains("1234"))
    }

    @Test func iso2022JPAndUTF16OnStdinAreDetectedNeverPassedThrough() throws {
        let detected = try run(["redact"], stdin: Self.iso2022JP)
        #expect(detected.status == 0 && detected.stdout == "電話は［電話番号］です")
        #expect(detected.stderr.contains("ISO-2022-JP"))
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("電話は090-1234-5678です".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let sixteen = try run(["scan"], stdin: utf16)
        #expect(sixteen.status == 1 && sixteen.stdout.hasPrefix("1:4\tPHONE"))
    }

    @Test func stdinThatIsADirectoryIsAClearError() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["redact"]
        process.standardInput = FileHandle(forReadingAtPath: "/")
        let error = Pipe()
        process.standardError = error
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("directory") && !message.contains("Usage"))
    }

    @Test func evalOnAnEmptyFolderIsAnError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("suminuri-empty-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try run(["eval", directory.path], "")
        #expect(result.status == 2 && result.stderr.contains("no annotated entries"))
    }

    @Test func anUnknownLabelIsNamed() throws {
        let result = try run(["scan", "--labels", "PHONE,PHNOE"], "")
        #expect(result.status == 2 && result.stderr.contains("\"PHNOE\""))
    }

    @Test func jsonlScanGivesScalarOffsetsAndReportsBadLinesByNumberOnly() throws {
        let input = """
        {"id": "a", "text": "携帯は090-1234-5678です", "note": "x"}
        {"id": 7, "text": "090-9999 secret not json
        {"id": "c", "text": "なし"}

        """
        let result = try run(["scan", "--jsonl"], input)
        #expect(result.status == 2)
        #expect(result.stderr.contains("line 2"))
        #expect(!result.stderr.contains("secret"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"id":"a","spans":[{"start":3,"end":16,"label":"PHONE","confidence":1.000,"rule":"phone.mobile"}],"note":"x"}"#)
        #expect(lines[1] == #"{"id":"c","spans":[]}"#)
    }

    @Test func jsonlKeepsOtherFieldsAndNumbersLinesWithoutAnID() throws {
        let input = #"{"text": "taro@example.jp へ", "channel": "web", "meta": {"n": 2}}"# + "\n"
        let result = try run(["redact", "--jsonl"], input)
        #expect(result.status == 0)
        #expect(result.stdout == #"{"id":1,"text":"［メールアドレス］ へ","channel":"web","meta":{"n":2}}"# + "\n")
    }

    @Test func jsonlRedact() throws {
        let result = try run(["redact", "--jsonl"], #"{"id": 1, "text": "taro@example.jp へ"}"# + "\n")
        #expect(result.status == 0)
        #expect(result.stdout == #"{"id":1,"text":"［メールアドレス］ へ"}"# + "\n")
    }

    @Test func redactStreamsAValueAcrossTheReadChunkEdge() throws {
        // The CLI reads 64 KiB at a time; the number straddles the first edge, on one line.
        let filler = String(repeating: "あ", count: (65536 - 6) / 3)
        let text = filler + "電話09012345678です" + String(repeating: "い", count: 200_000) + "\n"
        let result = try run(["redact"], text)
        #expect(result.status == 0)
        #expect(result.stdout == filler + "電話［電話番号］です" + String(repeating: "い", count: 200_000) + "\n")
    }

    @Test func jsonlGivesTheSameOutputWithAnyNumberOfJobs() throws {
        let lines = (0..<300).map { #"{"id":\#($0),"text":"携帯は090-1234-\#(String(format: "%04d", $0))です。父が糖尿病で通院中。"}"# }
        let input = lines.joined(separator: "\n") + "\n"
        let one = try run(["redact", "--jsonl", "--jobs", "1"], input)
        let four = try run(["redact", "--jsonl", "--jobs", "4"], input)
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdout.split(separator: "\n").count == 300)
        #expect(one.stdout == four.stdout)
        let scanOne = try run(["scan", "--jsonl", "--jobs", "1"], input)
        let scanFour = try run(["scan", "--jsonl", "--jobs", "3"], input)
        #expect(scanOne.status == 1 && scanOne.stdout == scanFour.stdout)
    }

    /// 電話は090-1234-5678です in two Japanese encodings.
    static let shiftJIS: [UInt8] = [147, 100, 152, 98, 130, 205, 48, 57, 48, 45, 49, 50, 51, 52, 45, 53, 54, 55, 56, 130, 197, 130, 183]
    static let iso2022JP: [UInt8] = [27, 36, 66, 69, 69, 79, 67, 36, 79, 27, 40, 66, 48, 57, 48, 45, 49, 50, 51, 52, 45, 53, 54, 55, 56,
                                     27, 36, 66, 36, 71, 36, 57, 27, 40, 66]

    @Test func aDeclaredCharsetIsDecodedAndTheOutputIsUTF8() throws {
        let result = try run(["redact", "--charset", "cp932"], stdin: Self.shiftJIS)
        #expect(result.status == 0)
        #expect(result.stdout == "電話は［電話番号］です")
        let scan = try run(["scan", "--charset", "Shift_JIS"], stdin: Self.shiftJIS)
        #expect(scan.status == 1 && scan.stdout.hasPrefix("1:4\tPHONE"))
    }

    @Test func autoDetectsISO2022JP() throws {
        let result = try run(["redact", "--charset", "auto"], stdin: Self.iso2022JP)
        #expect(result.status == 0)
        #expect(result.stdout == "電話は［電話番号］です")
    }

    @Test func bytesThatDoNotDecodeUnderTheDeclaredCharsetAreAnErrorWithoutContent() throws {
        let broken = Self.shiftJIS + [0x82]  // a lead byte with nothing after it
        let result = try run(["redact", "--charset", "shift_jis"], stdin: broken)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("byte offset 23"))
        #expect(!result.stderr.contains("090"))
        let unknown = try run(["redact", "--charset", "koi8-x"], stdin: Self.shiftJIS)
        #expect(unknown.status == 2 && unknown.stdout.isEmpty)
    }

    static func policyFile() throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("suminuri-policy-\(UUID()).toml")
        try """
            default_profile = "forward"
            [allow]
            values = ["0120-49-5523"]
            [profiles.store.labels]
            PHONE = { operator = "keep" }
            PERSON = { operator = "pseudonym" }
            [profiles.forward.labels]
            PHONE = { operator = "mask", char = "＊", keep_last = 4 }
            """.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func aPolicyProfileIsChosenOnTheCommandLine() throws {
        let policy = try Self.policyFile()
        defer { try? FileManager.default.removeItem(at: policy) }
        let text = "山田様、携帯は090-1234-5678、代表は0120-49-5523です"
        let forward = try run(["redact", "--policy", policy.path], text)
        #expect(forward.status == 0)
        #expect(forward.stdout == "［氏名］様、携帯は＊＊＊＊＊＊＊＊＊5678、代表は0120-49-5523です")
        let key = ["SUMINURI_PSEUDONYM_KEY": "a-test-key-of-32-bytes-0123456789"]
        let store = try run(["redact", "--policy", policy.path, "--profile", "store"], stdin: Array(text.utf8), environment: key)
        #expect(store.status == 0)
        #expect(store.stdout.hasPrefix("［氏名:") && store.stdout.contains("090-1234-5678"))
        let again = try run(["redact", "--policy", policy.path, "--profile", "store"], stdin: Array(text.utf8), environment: key)
        #expect(again.stdout == store.stdout)
    }

    @Test func aProfileThatNeedsAKeyWithoutOneIsExitTwoBeforeAnyOutput() throws {
        let policy = try Self.policyFile()
        defer { try? FileManager.default.removeItem(at: policy) }
        let result = try run(["redact", "--policy", policy.path, "--profile", "store"], stdin: Array("山田様".utf8), environment: ["SUMINURI_PSEUDONYM_KEY": ""])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no key was given"))
        let unknown = try run(["redact", "--policy", policy.path, "--profile", "archive"], "x")
        #expect(unknown.status == 2 && unknown.stderr.contains("no profile"))
    }

    @Test func theReportFileListsFindingsWithoutValues() throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("suminuri-report-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: report) }
        let result = try run(["redact", "--report", report.path], "携帯は090-1234-5678です")
        #expect(result.status == 0 && result.stdout == "携帯は［電話番号］です")
        let json = try String(contentsOf: report, encoding: .utf8)
        #expect(json.contains("\"label\":\"PHONE\"") && json.contains("\"operator\":\"label\"") && json.contains("\"start\":3"))
        #expect(!json.contains("1234"))
        let lines = try run(["redact", "--jsonl", "--report", report.path], #"{"id":"x1","text":"携帯は090-1234-5678です"}"# + "\n")
        #expect(lines.status == 0)
        let jsonl = try String(contentsOf: report, encoding: .utf8)
        #expect(jsonl.hasPrefix(#"{"id":"x1","findings":[{"label":"PHONE""#))
    }

    @Test func helpShowsExamples() throws {
        let result = try run(["--help"], "")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("suminuri scan --jsonl"))
    }

    @Test func badOptionIsExitTwo() throws {
        let result = try run(["scan", "--threshold", "NOPE=2"], "")
        #expect(result.status == 2)
    }

    @Test func evalScoresAnAnnotatedFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("suminuri-eval-\(UUID()).jsonl")
        try #"{"id": "t1", "text": "携帯は090-1234-5678です", "spans": [{"start": 3, "end": 16, "label": "PHONE"}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["eval", file.path, "--format", "json"], "")
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let phone = (object?["labels"] as? [String: Any])?["PHONE"] as? [String: Any]
        let strict = phone?["strict"] as? [String: Any]
        #expect(strict?["f1"] as? Double == 1.0)
        #expect(phone?["leaks"] as? Int == 0)
    }
}
