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
