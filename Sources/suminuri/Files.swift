import ArgumentParser
import Foundation
import Suminuri

/// Options of the commands that take files and folders besides standard input.
struct FileOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only files whose path or name matches this glob (repeatable), e.g. '*.txt'.", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip files and folders whose path or name matches this glob (repeatable), e.g. 'archive/*'.", valueName: "glob"))
    var exclude: [String] = []

    @Flag(help: "Print a summary on stderr at the end (the default when stderr is a terminal).")
    var summary = false

    @Flag(name: .shortAndLong, help: "No notes and no summary on stderr (errors still go there).")
    var quiet = false

    /// Every file below `paths`, in a stable order, with the path it is reported under and
    /// its path relative to the argument it came from (for mirroring a tree).
    func files(_ paths: [String]) throws -> [(path: String, relative: String)] {
        var result: [(String, String)] = []
        let manager = FileManager.default
        for argument in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw RuntimeError("\(argument): no such file or directory")
            }
            if !isDirectory.boolValue {
                if selected(argument, relative: (argument as NSString).lastPathComponent) {
                    result.append((argument, (argument as NSString).lastPathComponent))
                }
                continue
            }
            guard let walker = manager.enumerator(atPath: argument) else { throw RuntimeError("\(argument): cannot read the folder") }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let full = (argument as NSString).appendingPathComponent(relative)
                var entryIsDirectory: ObjCBool = false
                manager.fileExists(atPath: full, isDirectory: &entryIsDirectory)
                if entryIsDirectory.boolValue {
                    if excluded(relative) { walker.skipDescendants() }
                    continue
                }
                if selected(full, relative: relative) { found.append(relative) }
            }
            for relative in found.sorted() { result.append(((argument as NSString).appendingPathComponent(relative), relative)) }
        }
        return result
    }

    private func selected(_ path: String, relative: String) -> Bool {
        if excluded(relative) { return false }
        guard !include.isEmpty else { return true }
        let name = (relative as NSString).lastPathComponent
        return include.contains { Self.matches($0, relative) || Self.matches($0, name) || Self.matches($0, path) }
    }

    private func excluded(_ relative: String) -> Bool {
        let name = (relative as NSString).lastPathComponent
        return exclude.contains { Self.matches($0, relative) || Self.matches($0, name) }
    }

    static func matches(_ glob: String, _ path: String) -> Bool { fnmatch(glob, path, 0) == 0 }

    /// Whether notes and the summary go to stderr.
    var showsSummary: Bool { !quiet && (summary || isatty(2) == 1) }
}

/// What a file holds, read whole: text (decoded to UTF-8) or something to skip.
enum FileContent {
    case text([UInt8])
    case binary

    /// Reads a file; NUL bytes in its first 8 KiB make it binary, as grep decides.
    static func read(_ path: String, decoding: InputOptions.Decoding, quiet: Bool) throws -> FileContent {
        guard let data = FileManager.default.contents(atPath: path) else { throw RuntimeError("\(path): cannot read the file") }
        let bytes = Array(data)
        // UTF-16 has NULs in ASCII text: its byte order mark says it is text.
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        if !utf16, bytes.prefix(8192).contains(0) { return .binary }
        do {
            return .text(try InputOptions.decode(bytes, decoding, source: path, quiet: quiet))
        } catch let error as RuntimeError {
            throw RuntimeError("\(path): \(error)")
        }
    }
}

/// Counts for the summary at the end of a run: never a value.
struct RunSummary {
    private(set) var files = 0
    private(set) var skipped = 0
    private(set) var counts: [Label: Int] = [:]
    private let start = Date()

    mutating func add(_ findings: [Finding]) {
        files += 1
        for finding in findings { counts[finding.label, default: 0] += 1 }
    }

    mutating func skip() { skipped += 1 }

    func write(verb: String) {
        let total = counts.values.reduce(0, +)
        let labels = Label.allCases.compactMap { label in counts[label].map { "\(label.rawValue) \($0)" } }
        var line = Terminal.bold("suminuri:") + " \(files) file\(files == 1 ? "" : "s") \(verb), \(total) finding\(total == 1 ? "" : "s")"
        if !labels.isEmpty { line += " (" + labels.joined(separator: ", ") + ")" }
        if skipped > 0 { line += ", \(skipped) skipped" }
        line += String(format: " in %.2f s", Date().timeIntervalSince(start))
        Output.error(line)
    }
}

/// Colour only on a terminal, and never with NO_COLOR set (no-color.org).
enum Terminal {
    static let colourOnStdout = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    static let colourOnStderr = isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true

    static func label(_ text: String) -> String { colourOnStdout ? "\u{1B}[1;31m\(text)\u{1B}[0m" : text }
    static func path(_ text: String) -> String { colourOnStdout ? "\u{1B}[35m\(text)\u{1B}[0m" : text }
    static func bold(_ text: String) -> String { colourOnStderr ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
