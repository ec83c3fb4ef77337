/// An immutable set of byte strings (normalised dictionary keys), stored in one buffer.
///
/// Replaces `Set<[UInt8]>` for the large name and place lists: building it does not allocate
/// an array per entry (start-up inserts ~100,000 names), and a lookup hashes the bytes with
/// FNV-1a instead of seeding a `Hasher`, and takes a slice, so callers need not copy.
public struct ByteStringSet: Sendable {
    /// Every entry, concatenated; entry `i` is `storage[starts[i]..<starts[i + 1]]`.
    @usableFromInline let storage: FlatArray<UInt8>
    @usableFromInline let starts: FlatArray<UInt32>
    /// Open addressing, linear probing: entry index + 1, or 0 for an empty slot.
    @usableFromInline let slots: FlatArray<UInt32>
    /// A blocked Bloom filter over the entries (two bits in one word, about eight bits an
    /// entry): most lookups are misses (a name detector asks every prefix of every kanji run),
    /// and the slot, start and storage tables are too large to stay in cache, so a miss cost
    /// two or three cache misses there. The filter is small enough to stay cached and turns
    /// away all but about one miss in twenty before the tables are read.
    @usableFromInline let filter: FlatArray<UInt64>

    /// Distinct entries.
    public var count: Int { starts.count - 1 }

    public init<S: Sequence>(_ strings: S) where S.Element: Collection, S.Element.Element == UInt8 {
        var storage: [UInt8] = []
        var starts: [UInt32] = [0]
        var hashes: [UInt64] = []
        var slots = [UInt32](repeating: 0, count: 16)
        var mask = slots.count - 1
        for string in strings {
            let hash = Self.hash(string)
            var slot = Int(truncatingIfNeeded: hash) & mask
            var duplicate = false
            while slots[slot] != 0 {
                let entry = Int(slots[slot]) - 1
                if hashes[entry] == hash, storage[Int(starts[entry])..<Int(starts[entry + 1])].elementsEqual(string) {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if duplicate { continue }
            storage.append(contentsOf: string)
            starts.append(UInt32(storage.count))
            hashes.append(hash)
            slots[slot] = UInt32(hashes.count)
            // Keep the load at most one half, so probes stay short.
            if hashes.count * 2 > slots.count {
                slots = [UInt32](repeating: 0, count: slots.count * 2)
                mask = slots.count - 1
                for (entry, hash) in hashes.enumerated() {
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] != 0 { slot = (slot + 1) & mask }
                    slots[slot] = UInt32(entry + 1)
                }
            }
        }
        self.storage = FlatArray(storage)
        self.starts = FlatArray(starts)
        self.slots = FlatArray(slots)
        var filter = [UInt64](repeating: 0, count: Self.filterWords(for: hashes.count))
        for hash in hashes {
            let (word, bits) = Self.filterProbe(hash, wordMask: filter.count - 1)
            filter[word] |= bits
        }
        self.filter = FlatArray(filter)
    }

    /// Writes the set (for a build tool: see `init(reading:)`).
    public func write(to writer: inout TableWriter) {
        writer.write(Array(storage))
        writer.write(Array(starts))
        writer.write(Array(slots))
        writer.write(Array(filter))
    }

    /// A set over tables `write(to:)` wrote, viewed in place.
    public init(reading reader: inout TableReader) {
        storage = reader.read()
        starts = reader.read()
        slots = reader.read()
        filter = reader.read()
        precondition(!starts.isEmpty && slots.count.nonzeroBitCount == 1 && Int(starts[starts.count - 1]) == storage.count
                        && filter.count == Self.filterWords(for: starts.count - 1),
                     "corrupt string set table")
    }

    /// The entry's index (its order among the distinct strings the set was built from), or nil.
    @inlinable
    public func index<C: Collection>(of string: C) -> Int? where C.Element == UInt8 {
        index(of: string, hash: Self.hash(string))
    }

    /// The entry's index, for a string whose `hash(_:continuing:)` is `hash`.
    @inlinable
    public func index<C: Collection>(of string: C, hash: UInt64) -> Int? where C.Element == UInt8 {
        let (word, bits) = Self.filterProbe(hash, wordMask: filter.count - 1)
        guard filter.buffer[word] & bits == bits else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            let lower = Int(starts[entry]), upper = Int(starts[entry + 1])
            if upper - lower == string.count, storage.buffer[lower..<upper].elementsEqual(string) { return entry }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inlinable
    public func contains<C: Collection>(_ string: C) -> Bool where C.Element == UInt8 {
        index(of: string) != nil
    }

    /// Whether `string`, whose `hash(_:continuing:)` is `hash`, is in the set: a caller that
    /// asks every prefix of a run, in several sets, hashes each byte once.
    @inlinable
    public func contains(_ string: ArraySlice<UInt8>, hash: UInt64) -> Bool {
        index(of: string, hash: hash) != nil
    }

    /// The hash of no bytes, to continue with `hash(_:continuing:)`.
    public static let emptyHash: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash the set gives `prefix + bytes`, from the hash of `prefix`.
    @inlinable @inline(__always)
    public static func hash(_ bytes: ArraySlice<UInt8>, continuing hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// Filter words for `count` entries: a power of two, at least eight bits an entry.
    static func filterWords(for count: Int) -> Int {
        var words = 1
        while words * 8 < count { words *= 2 }
        return words
    }

    /// The filter word and the two bits of an entry with this hash. The slot index uses the
    /// hash's low bits; the filter mixes the high ones in, so the two do not fail together.
    @inlinable @inline(__always)
    static func filterProbe(_ hash: UInt64, wordMask: Int) -> (word: Int, bits: UInt64) {
        let mixed = (hash ^ hash >> 29) &* 0xBF58_476D_1CE4_E5B9
        let word = Int(truncatingIfNeeded: mixed >> 32) & wordMask
        return (word, 1 << (mixed & 63) | 1 << (mixed >> 6 & 63))
    }

    /// FNV-1a, 64 bits: short keys, no seed needed (the keys come from our own dictionaries).
    @inlinable @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
