import PatternSearch
import TextNormalization

/// Bank account numbers (BANK_ACCOUNT), formats.md §4.8.
///
/// - A deposit type directly before the number: `普通 1234567`, `普通預金 0123456`,
///   `当座 0012345`: the span runs from the deposit type to the last digit.
/// - Otherwise a bank hotword (`口座番号`, `口座`, `振込先`, `ゆうちょ`, `記号番号` …) before the
///   number, or `（普通）` right after it, and the span is the digits only: an account of 6–8
///   digits, branch + account `123-1234567`, or a ゆうちょ 記号-番号 `12340-12345671`.
/// - ゆうちょ with its labels, `記号17120 番号48213391`: from 記号 to the last digit.
/// A negative hotword nearer than the bank word (`お客様番号`, `見積番号`, `〒`) vetoes.
struct BankAccountDetector: Detector {
    let labels: Set<Label> = [.bankAccount]

    static let hotwordWindow = 36

    /// Deposit types (預金種目), normalised, and the words that may follow them before the digits.
    private static let depositTypes: [[UInt8]] = ["普通", "当座", "貯蓄", "総合"].map { Array($0.utf8) }
    private static let depositSuffixes: [[UInt8]] = ["預金口座", "預金", "口座"].map { Array($0.utf8) }
    /// Whether a deposit type may start at an offset: the scan below tests every byte of the text.
    private static let depositTypeLeads = PatternLeads(depositTypes)

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        let runs = context.digitRuns
        guard !runs.isEmpty else { return [] }
        // Runs come sorted by start: look one up by binary search and mark it taken by index,
        // rather than hashing every run start of the text.
        var covered = [Bool](repeating: false, count: runs.count)
        var result: [Finding] = []

        // 1. Deposit type + number.
        var i = 0
        while i < bytes.count {
            guard Self.depositTypeLeads.mayStart(bytes, at: i), let type = Self.depositTypes.first(where: { Scalars.hasPrefix(bytes, at: i, $0) }) else { i += 1; continue }
            var p = i + type.count
            if let suffix = Self.depositSuffixes.first(where: { Scalars.hasPrefix(bytes, at: p, $0) }) { p += suffix.count }
            p = Self.skippingSeparators(bytes, from: p)
            let index = runs.firstIndex(startingAtOrAfter: p) { $0.range.lowerBound }
            if index < runs.count, runs[index].range.lowerBound == p, Self.isAccountShape(runs[index].lengths, anchored: true) {
                let run = runs[index]
                let confidence = 0.9 + 0.05 * context.hotwords.evidence(for: .bankAccount, before: i, window: 60).positive
                result.append(context.finding(.bankAccount, i..<run.range.upperBound, confidence: confidence, rule: "bank.deposit-type"))
                covered[index] = true
                i = run.range.upperBound
                continue
            }
            i += type.count
        }

        // 2. ゆうちょ written with its labels: 記号17120 番号48213391 (the two numbers are one account).
        var k = 0
        while let start = ByteSearch.firstIndex(of: Self.kigou, in: bytes, from: k) {
            k = start + Self.kigou.count
            var p = Self.skippingSeparators(bytes, from: k)
            let first = runs.firstIndex(startingAtOrAfter: p) { $0.range.lowerBound }
            guard first < runs.count, runs[first].range.lowerBound == p, runs[first].lengths == [5] else { continue }
            p = Self.skippingSeparators(bytes, from: runs[first].range.upperBound)
            guard Scalars.hasPrefix(bytes, at: p, Self.bangou) else { continue }
            p = Self.skippingSeparators(bytes, from: p + Self.bangou.count)
            let second = runs.firstIndex(startingAtOrAfter: p) { $0.range.lowerBound }
            guard second < runs.count, runs[second].range.lowerBound == p, runs[second].lengths.count == 1, (6...8).contains(runs[second].lengths[0]) else { continue }
            result.append(context.finding(.bankAccount, start..<runs[second].range.upperBound, confidence: 0.9, rule: "bank.yucho-labels"))
            covered[first] = true; covered[second] = true
            k = runs[second].range.upperBound
        }

        // 3. A number after a bank hotword.
        for (index, run) in runs.enumerated() where !covered[index] {
            for candidate in [run] + (run.spaceSegments() ?? []) where Self.isAccountShape(candidate.lengths, anchored: false)
                && !Self.isCompactDate(bytes, candidate) {
                let start = candidate.range.lowerBound
                let before = context.hotwords.evidence(for: .bankAccount, before: start, window: Self.hotwordWindow)
                guard before.negative == 0 else { continue }
                let after = context.hotwords.positiveAfter(.bankAccount, end: candidate.range.upperBound, window: 9)
                let positive = max(before.positive, after)
                guard positive > 0 else { continue }
                result.append(context.finding(.bankAccount, candidate.range, confidence: 0.6 + 0.35 * positive, rule: "bank.hotword"))
                break
            }
        }
        return result
    }

    private static let kigou = Array("記号".utf8), bangou = Array("番号".utf8)

    /// Past spaces, a colon or a tab (at most three).
    private static func skippingSeparators(_ bytes: [UInt8], from start: Int) -> Int {
        var p = start, n = 0
        while p < bytes.count, n < 3, bytes[p] == 0x20 || bytes[p] == 0x3A || bytes[p] == 0x09 { p += 1; n += 1 }
        return p
    }

    /// `20250127`: eight digits that read as a date (口座振替開始日 20250127) are not an account.
    static func isCompactDate(_ bytes: [UInt8], _ run: DigitRun) -> Bool {
        guard run.lengths == [8] else { return false }
        let d = run.digits(bytes).map { Int($0) - 0x30 }
        let year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3]
        let month = d[4] * 10 + d[5], day = d[6] * 10 + d[7]
        return (1900...2099).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    /// An account (6–8 digits), branch + account (3 + 6–8), bank + branch + account
    /// (4 + 3 + 6–8), or ゆうちょ 記号 + 番号 (5 + 6–8). After a deposit type the account alone
    /// or with its branch.
    static func isAccountShape(_ lengths: [Int], anchored: Bool) -> Bool {
        guard let last = lengths.last, (6...8).contains(last) else { return false }
        switch lengths.count {
        case 1: return true
        case 2: return lengths[0] == 3 || (!anchored && lengths[0] == 5)
        case 3: return !anchored && lengths[0] == 4 && lengths[1] == 3
        default: return false
        }
    }
}
