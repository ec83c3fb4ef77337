/// Which built-in dictionaries a binary carries, for `suminuri --version` and bug reports: the
/// number of files and entries and a digest of their contents (FNV-1a, 64 bits), so that two
/// builds can be told apart by their data as well as by their code.
public struct DictionaryVersion: Sendable, CustomStringConvertible {
    public let files: Int
    public let entries: Int
    public let digest: UInt64

    /// Computed on demand (it reads every embedded file): never at start-up.
    public static var builtIn: DictionaryVersion {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var entries = 0
        let files = BuiltInDictionaries.tables.files
        for file in files {
            for byte in file.path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            var lineStart = true
            for byte in file.contents {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
                if lineStart && byte != 0x23 && byte != 0x0A { entries += 1 }
                lineStart = byte == 0x0A
            }
        }
        return DictionaryVersion(files: files.count, entries: entries, digest: hash)
    }

    public var description: String {
        let hex = String(digest, radix: 16)
        return "dictionaries \(files) files, \(entries) entries, digest \(String(repeating: "0", count: 16 - hex.count))\(hex)"
    }
}
