/// An immutable array of plain values that either owns its memory (built at run time) or
/// views memory it does not own (tables compiled at build time and linked into the binary),
/// so a table loaded from the binary costs no copy and no allocation.
public struct FlatArray<Element: BitwiseCopyable>: @unchecked Sendable, RandomAccessCollection {
    /// Keeps run-time-built storage alive; nil for static memory.
    private final class Owner {
        let storage: UnsafeMutableBufferPointer<Element>
        init(_ elements: [Element]) {
            storage = .allocate(capacity: Swift.max(elements.count, 1))
            _ = storage.initialize(from: elements)
        }
        deinit { storage.deallocate() }
    }

    public let buffer: UnsafeBufferPointer<Element>
    private let owner: Owner?

    public init(_ elements: [Element]) {
        let owner = Owner(elements)
        self.owner = owner
        buffer = UnsafeBufferPointer(start: owner.storage.baseAddress, count: elements.count)
    }

    /// A view of memory that outlives every use of it (static data in the binary).
    public init(unowned buffer: UnsafeBufferPointer<Element>) {
        self.buffer = buffer
        owner = nil
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { buffer.count }

    @inlinable @inline(__always)
    public subscript(position: Int) -> Element {
        precondition(position >= 0 && position < buffer.count, "FlatArray index out of range")
        return buffer[position]
    }
}

/// Writes tables as one byte blob: each array is its element count (a little-endian UInt64)
/// and its raw bytes, starting on an 8-byte boundary, so a reader can view it in place.
/// The build tool and the library are built by the same compiler for the same machine, so
/// the in-memory layout of the plain structs written here is the one read back.
public struct TableWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    private mutating func align() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    public mutating func write<T: BitwiseCopyable>(_ array: [T]) {
        write(UInt64(array.count))
        align()
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: UInt64) {
        align()
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: Int) { write(UInt64(value)) }

    public mutating func write(_ string: String) { write(Array(string.utf8)) }

    public mutating func write(_ strings: [String]) {
        write(strings.count)
        for string in strings { write(string) }
    }
}

/// Reads what `TableWriter` wrote, in the same order, as views of the blob (which must be
/// 8-byte aligned and outlive the views).
public struct TableReader {
    private let base: UnsafeRawBufferPointer
    private var offset = 0

    public init(_ base: UnsafeRawBufferPointer) { self.base = base }

    private mutating func align() { offset = (offset + 7) & ~7 }

    public mutating func read() -> UInt64 {
        align()
        precondition(offset + 8 <= base.count, "table blob truncated")
        let value = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: value)
    }

    public mutating func readInt() -> Int { Int(read()) }

    public mutating func read<T: BitwiseCopyable>(_ type: T.Type = T.self) -> FlatArray<T> {
        let count = readInt()
        align()
        let size = count * MemoryLayout<T>.stride
        precondition(offset + size <= base.count, "table blob truncated")
        precondition(Int(bitPattern: base.baseAddress! + offset) % MemoryLayout<T>.alignment == 0, "table blob misaligned")
        let start = (base.baseAddress! + offset).assumingMemoryBound(to: T.self)
        offset += size
        return FlatArray(unowned: UnsafeBufferPointer(start: start, count: count))
    }

    public mutating func readString() -> String {
        let bytes: FlatArray<UInt8> = read()
        return String(decoding: bytes.buffer, as: UTF8.self)
    }

    public mutating func readStrings() -> [String] {
        (0..<readInt()).map { _ in readString() }
    }
}
