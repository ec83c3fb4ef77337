#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Search for one byte string in another.
///
/// Japanese UTF-8 text starts most characters with the same byte (0xE3 for kana), so a search
/// that looks for the needle's first byte stops at nearly every character. This one looks for
/// the needle's last byte with the C library's `memchr` (vectorised), which varies far more,
/// and compares the rest only where it occurs.
public enum ByteSearch {
    /// Every occurrence of every pattern, overlapping ones too, in the order an Aho–Corasick
    /// automaton reports them: by end, the longest first among those ending together. For a
    /// few patterns searched once (names found in one text), a scan per pattern costs less
    /// than building an automaton.
    public static func forEachMatch(of patterns: [[UInt8]], in bytes: [UInt8], _ body: (Range<Int>) -> Void) {
        var matches: [Range<Int>] = []
        for pattern in patterns where !pattern.isEmpty {
            var from = 0
            while let start = firstIndex(of: pattern, in: bytes, from: from) {
                matches.append(start..<(start + pattern.count))
                from = start + 1
            }
        }
        matches.sort { ($0.upperBound, $1.count) < ($1.upperBound, $0.count) }
        for match in matches { body(match) }
    }

    /// The offset of the first occurrence of `needle` in `bytes` at or after `start`.
    public static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        let n = needle.count
        guard n > 0, start >= 0, start + n <= bytes.count else { return nil }
        let last = Int32(needle[n - 1])
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress else { return nil }
                var i = start + n - 1
                while i < hay.count {
                    guard let hit = memchr(base + i, last, hay.count - i) else { return nil }
                    let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                    let from = end - n + 1
                    var k = 0
                    while k < n - 1 && hay[from + k] == pin[k] { k += 1 }
                    if k == n - 1 { return from }
                    i = end + 1
                }
                return nil
            }
        }
    }
}
