import Foundation
import Testing
@testable import Suminuri

/// One scanner for all tests: building it compiles every dictionary.
let sharedScanner: SensitiveDataScanner = {
    do { return try SensitiveDataScanner() } catch { fatalError("scanner failed to build: \(error)") }
}()

/// A table row: a named input and the surfaces expected for one label. The case's name is
/// what test output shows, never the input (inputs are fictitious, but the habit matters).
struct DetectionCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: [String]

    init(_ name: String, _ text: String, _ expected: [String]) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    var testDescription: String { name }
}

/// The surfaces (original text) the scanner reports for `label` in `text`.
func surfaces(_ label: Label, in text: String, scanner: SensitiveDataScanner = sharedScanner) -> [String] {
    scanner.scan(text).filter { $0.label == label }.map { String(text[$0.range(in: text)]) }
}

/// The package root, found from this file's path (Tests/SuminuriTests/Support.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
