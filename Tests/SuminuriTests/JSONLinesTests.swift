import Foundation
import Testing
import SuminuriJSONLines
import TextNormalization

/// The JSON Lines reader and entries (`SuminuriJSONLines`), without the CLI.
@Suite struct JSONLinesTests {
    /// Every line of `bytes`, fed in pieces of `piece` bytes.
    static func lines(_ bytes: [UInt8], piece: Int = .max, charsets: JSONLines.Charsets = .utf8OrDetected) throws -> [JSONLines.Line] {
        var reader = JSONLines.Reader(charsets: charsets, sniffLength: 4)
        var lines: [JSONLines.Line] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + piece)
            lines += reader.feed(Array(bytes[start..<end]))
            start = end
        }
        return lines + (try reader.finish())
    }

    @Test func linesAreNumberedAndSplitTheSameWhateverTheChunks() throws {
        let input = Array("{\"text\":\"a\"}\r\n\n{\"text\":\"い\"}\nlast without a line feed".utf8)
        let whole = try Self.lines(input)
        #expect(whole.map(\.number) == [1, 2, 3, 4])
        #expect(whole[0].bytes.last == 0x0D)  // JSON reads the carriage return as white space
        #expect(whole[1].bytes.isEmpty)
        for piece in [1, 2, 3, 7] {
            let pieces = try Self.lines(input, piece: piece)
            #expect(pieces.map(\.number) == whole.map(\.number) && pieces.map(\.bytes) == whole.map(\.bytes))
        }
    }

    @Test func aUTF8ByteOrderMarkIsDroppedAndAnEmptyInputHasNoLines() throws {
        let lines = try Self.lines([0xEF, 0xBB, 0xBF] + Array("{\"text\":\"a\"}\n".utf8), piece: 1)
        #expect(lines.count == 1 && lines[0].bytes.first == UInt8(ascii: "{"))
        #expect(try Self.lines([]).isEmpty)
    }

    static func entry(_ json: String, number: Int = 1) -> Result<JSONLines.Entry, JSONLines.Problem>? {
        JSONLines.entry(JSONLines.Line(number: number, bytes: Array(json.utf8)))
    }

    @Test func blankLinesGiveNothingAndBadLinesAProblem() {
        #expect(Self.entry(" \t\r") == nil)
        #expect(Self.entry("") == nil)
        for bad in ["{\"id\": 1, \"text\": \"unterminated", "[1, 2]", "\"text\"", "{\"id\": 1} trailing"] {
            guard case .failure(.notJSON)? = Self.entry(bad) else { Issue.record("not reported as not JSON"); continue }
        }
        for noText in ["{\"id\": 1}", "{\"text\": 5}", "{\"text\": null}"] {
            guard case .failure(.noText)? = Self.entry(noText) else { Issue.record("not reported as without text"); continue }
        }
    }

    @Test func anEntryKeepsItsIDOrTakesItsLineNumberAndKeepsOtherFieldsButSpans() throws {
        let entry = try #require(try Self.entry(#"{"z": [1, {"b": 2, "a": null}], "text": "本文", "spans": [], "a": "x"}"#, number: 7)?.get())
        #expect(entry.id == "7" && entry.line == 7 && entry.text == "本文" && entry.decoding == nil)
        #expect(entry.otherFields == #","a":"x","z":[1,{"a":null,"b":2}]"#)
        #expect(entry.outputLine("text", JSONLines.quote("t")) == #"{"id":7,"text":"t","a":"x","z":[1,{"a":null,"b":2}]}"# + "\n")
        let withID = try #require(try Self.entry(#"{"id": {"k": "v"}, "text": ""}"#)?.get())
        #expect(withID.id == #"{"k":"v"}"#)
    }

    @Test func hugeAndOddIDsStillGiveOneValidJSONLine() throws {
        for json in [#"{"id": 1e400, "text": "a"}"#, #"{"id": 123456789012345678901234567890123, "text": "a"}"#,
                     #"{"id": "\u2028\n\u0001", "text": "\ud800"}"#, "{\"id\": \"\(String(repeating: "x", count: 100_000))\", \"text\": \"a\"}"] {
            guard case .success(let entry)? = Self.entry(json) else { continue }
            let output = entry.outputLine("text", JSONLines.quote(entry.text))
            #expect(!output.dropLast().contains("\n"))
            #expect((try? JSONSerialization.jsonObject(with: Data(output.utf8))) is [String: Any])
        }
    }

    @Test func processReportsEveryLineThatIsNotBlankInOrder() throws {
        let input = Array("{\"id\":1,\"text\":\"a\"}\nbroken\n\n{\"text\":\"b\"}\n{\"id\":5}".utf8)
        var events: [String] = []
        let problems = try JSONLines.process(jobs: 3, chunks: { body in try input.withUnsafeBufferPointer { try body($0) } },
                                             { $0.outputLine("text", JSONLines.quote($0.text.uppercased())) }) { event in
            switch event {
            case .result(let line): events.append(line)
            case .problem(let line, let problem): events.append("problem \(line): \(problem.rawValue)")
            case .note(let note): events.append(note)
            }
        }
        #expect(problems == 2)
        #expect(events == ["{\"id\":1,\"text\":\"A\"}\n", "problem 2: not a valid JSON object", "{\"id\":4,\"text\":\"B\"}\n",
                           "problem 5: no \"text\" string"])
    }
}

/// Non-UTF-8 JSON Lines: decoded through `TextDecoder`, never passed through undecoded.
@Suite struct JSONLinesDecodingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        /// The note expected on stderr, by charset; never a value.
        let note: String
        let text: String
        var testDescription: String { name }
    }

    static let lines = "{\"id\": 1, \"text\": \"電話は090-1234-5678です\"}\n{\"id\": 2, \"text\": \"二行目\"}\n"

    /// `lines` in another charset: the seed of the `jsonl` fuzz target (Foundation on Linux
    /// has no Japanese encoders).
    static func seed(_ name: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Tests/FuzzCorpus/jsonl/\(name).jsonl").path) ?? Data())
    }

    static let invalidUTF8: [UInt8] = Array("{\"id\": 1, \"text\": \"電話は".utf8) + [0xFF] + Array("090-1234-5678です\"}\n{\"id\": 2, \"text\": \"二行目\"}\n".utf8)

    static let cases: [Case] = [
        Case(name: "Shift_JIS", bytes: seed("shift-jis"), note: "note: input decoded as Shift_JIS", text: "電話は090-1234-5678です"),
        Case(name: "EUC-JP", bytes: seed("euc-jp"), note: "note: input decoded as EUC-JP", text: "電話は090-1234-5678です"),
        Case(name: "ISO-2022-JP", bytes: seed("iso-2022-jp"), note: "note: input decoded as ISO-2022-JP", text: "電話は090-1234-5678です"),
        Case(name: "UTF-16LE with BOM", bytes: seed("utf-16le-bom"), note: "note: input decoded as UTF-16", text: "電話は090-1234-5678です"),
        Case(name: "UTF-16BE with BOM", bytes: seed("utf-16be-bom"), note: "note: input decoded as UTF-16", text: "電話は090-1234-5678です"),
        Case(name: "invalid UTF-8 inside a JSON string", bytes: invalidUTF8,
             note: "note: input decoded as UTF-8 with 1 undecodable sequence(s) replaced by U+FFFD", text: "電話は\u{FFFD}090-1234-5678です"),
    ]

    @Test(arguments: cases)
    func aCharsetIsDecodedIntoEntries(_ testCase: Case) throws {
        var texts: [String] = []
        var notes: [String] = []
        let problems = try JSONLines.process(jobs: 2, chunks: { body in try testCase.bytes.withUnsafeBufferPointer { try body($0) } },
                                             { $0.text }) { event in
            switch event {
            case .result(let text): texts.append(text)
            case .note(let note): notes.append(note)
            case .problem: Issue.record("a line was not read")
            }
        }
        #expect(problems == 0)
        #expect(texts == [testCase.text, "二行目"])
        #expect(notes == [testCase.note])
    }

    @Test func aLineInAnotherCharsetAfterAUTF8StartIsDecodedOnItsOwn() throws {
        let start = Array(("{\"id\": 0, \"text\": \"" + String(repeating: "あ", count: 30_000) + "\"}\n").utf8)
        let input = start + Self.seed("shift-jis") + Self.invalidUTF8
        var texts: [String] = []
        var notes: [String] = []
        _ = try JSONLines.process(jobs: 1, chunks: { body in
            // In pieces, as standard input comes, so that the reader decides on UTF-8 early.
            var offset = 0
            while offset < input.count {
                let end = min(input.count, offset + 65536)
                try input[offset..<end].withUnsafeBufferPointer { try body($0) }
                offset = end
            }
        }, { $0.text }) { event in
            if case .result(let text) = event { texts.append(text) }
            if case .note(let note) = event { notes.append(note) }
        }
        #expect(texts.dropFirst() == ["電話は090-1234-5678です", "二行目", "電話は\u{FFFD}090-1234-5678です", "二行目"])
        #expect(notes == ["note: line 2 decoded as Shift_JIS", "note: line 3 decoded as Shift_JIS",
                         "note: line 4: 1 invalid UTF-8 sequence(s) replaced by U+FFFD"])
    }

    @Test func aDeclaredCharsetIsStrict() throws {
        var reader = JSONLines.Reader(charsets: .strict(.utf8))
        _ = reader.feed(Self.seed("shift-jis"))
        #expect(throws: DecodingError.self) { _ = try reader.finish() }
        var declared = JSONLines.Reader(charsets: .strict(.shiftJIS))
        let lines = declared.feed(Self.seed("shift-jis")) + (try declared.finish())
        #expect(lines.count == 2 && declared.inputDecoding == nil)
        #expect(try JSONLines.entry(lines[0])?.get().text == "電話は090-1234-5678です")
    }
}
