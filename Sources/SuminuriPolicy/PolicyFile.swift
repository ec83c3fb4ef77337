import Foundation
import Suminuri
import TOMLKit

/// A policy file: TOML with an allow-list and named profiles, one `Policy` each.
///
/// ```toml
/// default_profile = "forward"
///
/// [allow]
/// values = ["0120-49-5523", "info@kagoshima-nissan.co.jp"]
/// files  = ["allow.txt"]            # one value a line, relative to this file
///
/// [profiles.store]
/// operator = "label"                # default for labels not listed
/// [profiles.store.labels]
/// PHONE  = { operator = "keep" }
/// PERSON = { operator = "pseudonym" }
/// CARD   = { operator = "mask", keep_last = 4 }
/// special_care = { operator = "label", min_confidence = 0.4 }
/// ```
///
/// Keys of a profile: `operator`, `scope` (`span`/`sentence`), `placeholder` (`label`,
/// `detailed-label`, `mask`), `min_confidence`. Keys of a label or group entry: `operator`
/// (`label`, `mask`, `pseudonym`, `remove`, `keep`), `text` (the placeholder of `label`),
/// `char` and `keep_last` (`mask`), `min_confidence`, `enabled`. Groups are `identifiers`,
/// `special_care` and `financial`; a label's entry wins over its group's.
public struct PolicyFile: Sendable {
    /// The profile used when none is named.
    public let defaultProfile: String?
    /// Profile names, sorted.
    public var profileNames: [String] { profiles.keys.sorted() }
    /// The allow-list of the file (values and files), for every profile.
    public let allowList: AllowList

    private let profiles: [String: Profile]
    private let path: String

    /// Reads and checks a policy file; every error names the file and line.
    public init(contentsOf url: URL) throws(PolicyFileError) {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw PolicyFileError(path: url.path, line: 0, message: "cannot read the file as UTF-8")
        }
        try self.init(text: text, path: url.path, directory: url.deletingLastPathComponent())
    }

    /// Parses policy text; `directory` resolves the allow-list files.
    public init(text: String, path: String, directory: URL) throws(PolicyFileError) {
        self.path = path
        let locator = SourceLocator(text: text)
        // TOML allows no control characters but tab; toml++ asserts on some of them (found by
        // fuzzing: a crash on `[\u{0E}profiles…]`), so they are refused before it sees them.
        var line = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; continue }
            if (scalar.value < 0x20 && scalar != "\t" && scalar != "\r") || scalar.value == 0x7F {
                throw PolicyFileError(path: path, line: line, message: "control character U+\(String(scalar.value, radix: 16, uppercase: true)) is not allowed in TOML")
            }
        }
        if let problem = TOMLPrecheck.problem(in: text) {
            throw PolicyFileError(path: path, line: problem.line, message: "not valid TOML: \(problem.message)")
        }
        let root: TOMLTable
        do { root = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw PolicyFileError(path: path, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw PolicyFileError(path: path, line: 0, message: "not valid TOML")
        }
        func fail(_ message: String, key: String, table: String = "") -> PolicyFileError {
            PolicyFileError(path: path, line: locator.line(ofKey: key, inTable: table), message: message)
        }
        for key in root.keys where !["default_profile", "allow", "profiles"].contains(key) {
            throw fail("unknown key \"\(key)\" (known: default_profile, allow, profiles)", key: key)
        }
        if let value = root["default_profile"] {
            guard let name = value.string else { throw fail("default_profile must be a string", key: "default_profile") }
            defaultProfile = name
        } else {
            defaultProfile = nil
        }

        var allowed: [String] = []
        if let value = root["allow"] {
            guard let allow = value.table else { throw fail("[allow] must be a table", key: "allow") }
            for key in allow.keys where key != "values" && key != "files" {
                throw fail("unknown key \"\(key)\" in [allow] (known: values, files)", key: key, table: "allow")
            }
            if let values = allow["values"] {
                guard let array = values.array, array.allSatisfy({ $0.string != nil }) else {
                    throw fail("allow.values must be an array of strings", key: "values", table: "allow")
                }
                allowed += array.compactMap(\.string)
            }
            if let files = allow["files"] {
                guard let array = files.array, array.allSatisfy({ $0.string != nil }) else {
                    throw fail("allow.files must be an array of strings", key: "files", table: "allow")
                }
                for name in array.compactMap(\.string) {
                    let url = name.hasPrefix("/") ? URL(fileURLWithPath: name) : directory.appendingPathComponent(name)
                    guard let contents = try? String(contentsOf: url, encoding: .utf8) else {
                        throw fail("cannot read allow-list file \"\(name)\"", key: "files", table: "allow")
                    }
                    allowed += contents.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                }
            }
        }
        allowList = AllowList(allowed)

        var profiles: [String: Profile] = [:]
        if let value = root["profiles"] {
            guard let table = value.table else { throw fail("[profiles] must be a table", key: "profiles") }
            for name in table.keys {
                guard let profile = table[name]?.table else {
                    throw fail("profile \"\(name)\" must be a table", key: name, table: "profiles")
                }
                profiles[name] = try Profile(profile, name: name, fail: fail)
            }
        }
        self.profiles = profiles
        if let defaultProfile, profiles[defaultProfile] == nil {
            throw fail("default_profile names no profile \"\(defaultProfile)\"", key: "default_profile")
        }
    }

    /// Whether `profile` (or the default) uses the `pseudonym` operator, so needs a key.
    public func needsKey(profile name: String?) throws(PolicyFileError) -> Bool {
        try profile(named: name).needsKey
    }

    /// The policy of a profile: `name`, else `default_profile`, else the built-in default.
    public func policy(profile name: String?, pseudonymizer: (any Pseudonymizer)? = nil) throws(PolicyFileError) -> Policy {
        let profile = try profile(named: name)
        if profile.needsKey && pseudonymizer == nil {
            throw PolicyFileError(path: path, line: 0,
                                  message: "profile \"\(profile.name)\" uses the pseudonym operator but no key was given (--key-file or SUMINURI_PSEUDONYM_KEY)")
        }
        var policy = profile.policy
        policy.allowList = allowList
        policy.pseudonymizer = pseudonymizer
        return policy
    }

    private func profile(named name: String?) throws(PolicyFileError) -> Profile {
        guard let chosen = name ?? defaultProfile else { return Profile.builtIn }
        guard let profile = profiles[chosen] else {
            throw PolicyFileError(path: path, line: 0, message: "no profile \"\(chosen)\" (profiles: \(profileNames.joined(separator: ", ")))")
        }
        return profile
    }
}

/// An error in a policy file: where, and what. It never quotes a value of the allow-list.
public struct PolicyFileError: Error, CustomStringConvertible, Sendable {
    public let path: String
    /// The line the problem is on (from 1), or 0 when it concerns the whole file.
    public let line: Int
    public let message: String
    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}

/// One profile, checked.
private struct Profile: Sendable {
    let name: String
    let policy: Policy
    let needsKey: Bool

    static let builtIn = Profile(name: "default", policy: .default, needsKey: false)

    private init(name: String, policy: Policy, needsKey: Bool) {
        self.name = name
        self.policy = policy
        self.needsKey = needsKey
    }

    /// A label or group entry as written.
    struct Entry {
        var `operator`: Policy.Operator?
        var minConfidence: Double?
        var enabled: Bool?
    }

    init(_ table: TOMLTable, name: String, fail: (String, String, String) -> PolicyFileError) throws(PolicyFileError) {
        self.name = name
        let here = "profiles.\(name)"
        var policy = Policy()
        var defaultOperator: Policy.Operator? = nil
        for key in table.keys {
            switch key {
            case "operator":
                defaultOperator = try Self.operator(table, key: key, table: here, fail: fail)
            case "scope":
                guard let text = table[key]?.string, let scope = Policy.Scope(rawValue: text) else {
                    throw fail("scope must be \"span\" or \"sentence\"", key, here)
                }
                policy.scope = scope
            case "placeholder":
                guard let text = table[key]?.string, let style = Policy.Placeholder(rawValue: text) else {
                    throw fail("placeholder must be \"label\", \"detailed-label\" or \"mask\"", key, here)
                }
                policy.placeholder = style
            case "min_confidence":
                policy.defaultThreshold = try Self.confidence(table[key], key: key, table: here, fail: fail)
                policy.thresholds = [:]
            case "labels":
                continue
            default:
                throw fail("unknown key \"\(key)\" in profile \"\(name)\" (known: operator, scope, placeholder, min_confidence, labels)", key, here)
            }
        }
        var groupEntries: [Label.Group: Entry] = [:]
        var labelEntries: [Label: Entry] = [:]
        if let value = table["labels"] {
            let labelsTable = here + ".labels"
            guard let labels = value.table else { throw fail("labels must be a table", "labels", here) }
            for key in labels.keys {
                guard let entryTable = labels[key]?.table else {
                    throw fail("\"\(key)\" must be a table such as { operator = \"label\" }", key, labelsTable)
                }
                let entry = try Self.entry(entryTable, key: key, table: labelsTable, fail: fail)
                if let label = Label(rawValue: key) {
                    labelEntries[label] = entry
                } else if let group = Self.groups[key] {
                    groupEntries[group] = entry
                } else {
                    throw fail("unknown label or group \"\(key)\" (labels as in ANNOTATION.md; groups: identifiers, special_care, financial)", key, labelsTable)
                }
            }
        }
        var needsKey = defaultOperator == .pseudonym
        for label in Label.allCases {
            let group = groupEntries[label.group], own = labelEntries[label]
            if let op = own?.operator ?? group?.operator ?? defaultOperator { policy.operators[label] = op }
            if let threshold = own?.minConfidence ?? group?.minConfidence { policy.thresholds[label] = threshold }
            if (own?.enabled ?? group?.enabled) == false { policy.enabledLabels.remove(label) }
            if policy.enabledLabels.contains(label) && policy.operators[label] == .pseudonym { needsKey = true }
        }
        self.policy = policy
        self.needsKey = needsKey
    }

    static let groups: [String: Label.Group] = ["identifiers": .identifiers, "special_care": .specialCare, "financial": .financial]

    static func entry(_ table: TOMLTable, key: String, table name: String, fail: (String, String, String) -> PolicyFileError) throws(PolicyFileError) -> Entry {
        var entry = Entry()
        for field in table.keys where !["operator", "text", "char", "keep_last", "min_confidence", "enabled"].contains(field) {
            throw fail("unknown key \"\(field)\" for \"\(key)\" (known: operator, text, char, keep_last, min_confidence, enabled)", key, name)
        }
        if table["operator"] != nil { entry.operator = try Self.operator(table, key: key, table: name, fail: fail) }
        else if table["text"] != nil || table["char"] != nil || table["keep_last"] != nil {
            throw fail("\"\(key)\" sets text, char or keep_last without an operator", key, name)
        }
        if let value = table["min_confidence"] { entry.minConfidence = try confidence(value, key: key, table: name, fail: fail) }
        if let value = table["enabled"] {
            guard let flag = value.bool else { throw fail("enabled of \"\(key)\" must be true or false", key, name) }
            entry.enabled = flag
        }
        return entry
    }

    /// The operator of a table that has an `operator` key (with its `text`, `char`, `keep_last`).
    static func `operator`(_ table: TOMLTable, key: String, table name: String, fail: (String, String, String) -> PolicyFileError) throws(PolicyFileError) -> Policy.Operator {
        guard let opName = table["operator"]?.string else {
            throw fail("operator of \"\(key)\" must be a string: label, mask, pseudonym, remove or keep", key, name)
        }
        switch opName {
        case "label":
            if let text = table["text"] {
                guard let string = text.string, !string.isEmpty else { throw fail("text of \"\(key)\" must be a non-empty string", key, name) }
                return .text(string)
            }
            return .label
        case "mask":
            var character: Character = "●"
            if let value = table["char"] {
                guard let string = value.string, string.count == 1, let first = string.first else {
                    throw fail("char of \"\(key)\" must be one character", key, name)
                }
                character = first
            }
            var keepLast = 0
            if let value = table["keep_last"] {
                guard let number = value.int, number >= 0, number <= 8 else { throw fail("keep_last of \"\(key)\" must be an integer in 0...8", key, name) }
                keepLast = number
            }
            return .mask(character: character, keepLast: keepLast)
        case "pseudonym": return .pseudonym
        case "remove": return .remove
        case "keep": return .keep
        default:
            throw fail("unknown operator \"\(opName)\" for \"\(key)\" (known: label, mask, pseudonym, remove, keep)", key, name)
        }
    }

    static func confidence(_ value: (any TOMLValueConvertible)?, key: String, table name: String, fail: (String, String, String) -> PolicyFileError) throws(PolicyFileError) -> Double {
        let number = value?.double ?? value?.int.map(Double.init)
        guard let number, (0...1).contains(number) else { throw fail("min_confidence of \"\(key)\" must be a number in 0...1", key, name) }
        return number
    }
}

/// Finds the line of a key in TOML text, for errors: TOMLKit keeps no source positions of
/// values, so the text is read again, tracking `[table]` headers.
struct SourceLocator {
    private let lines: [Substring]

    init(text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The first line under the `[table]` header (dotted name; "" for the root) that defines
    /// `key`, else that header's line, else 0.
    func line(ofKey key: String, inTable table: String) -> Int {
        var current = ""
        var header = 0
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let name = line.split(separator: "]").first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[ ")) } ?? ""
                current = name
                if current == table { header = index + 1 }
                continue
            }
            guard current == table else { continue }
            let name = line.split(separator: "=", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces) ?? ""
            if name.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) == key { return index + 1 }
        }
        return header
    }
}
