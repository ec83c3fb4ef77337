/// Cuts a text of any length, given all at once or in chunks, into pieces that are scanned one
/// by one with bounded memory, without losing a value that crosses a cut.
///
/// Each piece is scanned as a window: a little already-committed text before it (left
/// context, so `電話` before a number still counts), the piece itself up to its cut, and a
/// look-ahead after the cut. Findings are kept when they start inside the piece; the piece is
/// then committed up to its cut or, when a kept finding or edit runs past the cut, up to the
/// end of that finding. The next window starts there, so a phone number in a 1 GB line without
/// breaks is found whole wherever the cut falls.
///
/// Offset unit: UTF-8 bytes. `buffer` holds valid UTF-8 only (the caller validates), and every
/// offset it hands out is a character boundary.
struct PieceCutter {
    /// Bytes scanned per piece, before the look-ahead.
    let pieceSize: Int
    /// Bytes after the cut that the window includes: longer than any value a detector finds.
    let lookahead: Int
    /// Already-committed bytes kept before the next piece.
    let contextSize: Int

    /// Left context followed by the uncommitted text.
    private(set) var buffer: [UInt8] = []
    /// How much of `buffer` is left context.
    private(set) var contextLength = 0
    /// Offset in the whole text of `buffer[contextLength]`, the first uncommitted byte.
    private(set) var committed = 0

    init(pieceSize: Int = 256 * 1024, lookahead: Int = 4 * 1024, contextSize: Int = 512) {
        self.pieceSize = max(pieceSize, 64)
        self.lookahead = max(lookahead, 16)
        self.contextSize = contextSize
    }

    /// One window to scan: `buffer[0..<end]`, of which `contextLength` bytes are context and
    /// findings must start before `cut` to be kept.
    struct Window {
        let contextLength: Int
        let cut: Int
        let end: Int
        /// Offset in the whole text of `buffer[0]`.
        let origin: Int
    }

    mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 { buffer.append(contentsOf: bytes) }

    var pendingCount: Int { buffer.count - contextLength }

    /// The next window, or nil when more input is needed (and `final` is false) or all is
    /// committed.
    func nextWindow(final: Bool) -> Window? {
        let pending = pendingCount
        if pending == 0 { return nil }
        let origin = committed - contextLength
        if pending <= pieceSize + lookahead {
            guard final else { return nil }
            return Window(contextLength: contextLength, cut: buffer.count, end: buffer.count, origin: origin)
        }
        let cut = cutPoint(near: contextLength + pieceSize)
        let end = characterBoundary(atOrAfter: min(buffer.count, cut + lookahead))
        return Window(contextLength: contextLength, cut: cut, end: end, origin: origin)
    }

    /// Drops everything before `offset` (a buffer offset past the context) but the context
    /// for the next window.
    mutating func commit(through offset: Int) {
        let offset = min(max(offset, contextLength), buffer.count)
        committed += offset - contextLength
        let keepFrom = characterBoundary(atOrAfter: max(0, offset - contextSize))
        buffer.removeSubrange(0..<keepFrom)
        contextLength = offset - keepFrom
    }

    /// A cut near `target`: after a blank line if there is one in the last 32 KiB before it,
    /// else after a line break, else after `。` or a space, else at the character boundary.
    private func cutPoint(near target: Int) -> Int {
        let floor = max(contextLength + 1, target - 32 * 1024)
        var i = target - 1
        while i > floor {
            if buffer[i] == 0x0A && buffer[i - 1] == 0x0A { return i + 1 }
            i -= 1
        }
        i = target - 1
        while i >= floor {
            if buffer[i] == 0x0A { return i + 1 }
            i -= 1
        }
        i = target - 1
        while i >= floor + 2 {
            if buffer[i] == 0x20 || (buffer[i - 2] == 0xE3 && buffer[i - 1] == 0x80 && buffer[i] == 0x82) { return i + 1 }
            i -= 1
        }
        return characterBoundary(atOrAfter: target)
    }

    private func characterBoundary(atOrAfter offset: Int) -> Int {
        var i = offset
        while i < buffer.count, buffer[i] & 0xC0 == 0x80 { i += 1 }
        return i
    }
}

/// Incremental UTF-8 validation for streams: a chunk may end inside a character.
struct UTF8StreamValidator {
    /// Bytes of an incomplete character carried over from the previous chunk.
    private(set) var carry: [UInt8] = []
    /// Bytes accepted so far (for error positions).
    private(set) var offset = 0

    enum Failure: Error, Equatable {
        /// Invalid UTF-8 at this byte offset of the whole input.
        case invalid(at: Int)
    }

    /// Invalid sequences replaced by U+FFFD so far (in `replacing` mode).
    private(set) var replaced = 0

    /// The complete characters of `carry + chunk`; an incomplete tail is kept for next time.
    /// With `replacing`, each invalid byte becomes U+FFFD instead of a failure.
    mutating func validate(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool, replacing: Bool = false) -> Result<[UInt8], Failure> {
        var bytes = carry
        bytes.append(contentsOf: chunk)
        carry = []
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var i = 0, copied = 0
        let n = bytes.count
        func invalid(_ at: Int) -> Bool {
            guard replacing else { return false }
            output.append(contentsOf: bytes[copied..<at])
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            replaced += 1
            i = at + 1
            copied = i
            return true
        }
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default:
                if invalid(i) { continue }
                return .failure(.invalid(at: offset + i))
            }
            if i + length > n {
                // Possibly a character cut by the chunk: check what is there, keep it for later.
                if !final, Self.validPrefix(bytes, i, n) {
                    carry = Array(bytes[i..<n])
                    break
                }
                if invalid(i) { continue }
                return .failure(.invalid(at: offset + i))
            }
            guard Self.validPrefix(bytes, i, i + length) else {
                if invalid(i) { continue }
                return .failure(.invalid(at: offset + i))
            }
            i += length
        }
        let end = n - carry.count
        output.append(contentsOf: bytes[copied..<max(copied, end)])
        offset += end
        return .success(output)
    }

    /// Whether `bytes[start..<end]` is a valid (possibly unfinished) encoded character: the
    /// right continuation bytes, no overlong form, no surrogate, nothing past U+10FFFF.
    private static func validPrefix(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let b0 = bytes[start]
        for k in (start + 1)..<end {
            let b = bytes[k]
            guard b & 0xC0 == 0x80 else { return false }
            if k == start + 1 {
                switch b0 {
                case 0xE0: if b < 0xA0 { return false }
                case 0xED: if b > 0x9F { return false }
                case 0xF0: if b < 0x90 { return false }
                case 0xF4: if b > 0x8F { return false }
                default: break
                }
            }
        }
        return true
    }
}
