/// Content-Transfer-Encoding: a closed set. An unknown token is read as `binary` (RFC 2045
/// §6.4 says to treat such a body as opaque; as `binary` it is at least scanned as text
/// when its type says text).
enum TransferEncoding: Sendable, Hashable {
    case sevenBit, eightBit, binary, base64, quotedPrintable

    init(token: String?) {
        switch token?.lowercased() {
        case "base64": self = .base64
        case "quoted-printable": self = .quotedPrintable
        case "8bit": self = .eightBit
        case "binary": self = .binary
        case "7bit", nil: self = .sevenBit
        default: self = .binary
        }
    }

    /// The body's content bytes.
    func decode(_ body: ArraySlice<UInt8>) -> [UInt8] {
        switch self {
        case .base64: Base64.decode(body)
        case .quotedPrintable: QuotedPrintable.decode(body)
        case .sevenBit, .eightBit, .binary: Array(body)
        }
    }
}

/// RFC 2045 §6.8, lenient on input (real mail has bad padding and stray bytes), strict on output.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    /// Skips every byte outside the alphabet and stops at the first `=`; a dangling 6-bit
    /// group is dropped (it cannot hold a whole byte).
    static func decode<C: Collection<UInt8>>(_ input: C) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 4)
        var accumulator: UInt32 = 0, bits = 0
        for byte in input {
            if byte == UInt8(ascii: "=") { break }
            let value = values[Int(byte)]
            if value == 0xFF { continue }
            accumulator = (accumulator << 6) | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((accumulator >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }

    static func encode(_ input: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((input.count + 2) / 3 * 4)
        var index = 0
        while index < input.count {
            let b0 = UInt32(input[index])
            let b1 = index + 1 < input.count ? UInt32(input[index + 1]) : 0
            let b2 = index + 2 < input.count ? UInt32(input[index + 2]) : 0
            let group = (b0 << 16) | (b1 << 8) | b2
            out.append(alphabet[Int((group >> 18) & 63)])
            out.append(alphabet[Int((group >> 12) & 63)])
            out.append(index + 1 < input.count ? alphabet[Int((group >> 6) & 63)] : UInt8(ascii: "="))
            out.append(index + 2 < input.count ? alphabet[Int(group & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return out
    }

    /// A body: lines of 76 characters, each ended by `newline`.
    static func encodeLines(_ input: [UInt8], newline: [UInt8]) -> [UInt8] {
        let encoded = encode(input)
        var out: [UInt8] = []
        var index = 0
        while index < encoded.count {
            let end = min(index + 76, encoded.count)
            out += encoded[index..<end]
            out += newline
            index = end
        }
        return out
    }
}

/// RFC 2045 §6.7.
enum QuotedPrintable {
    /// Lenient: an `=` not followed by two hex digits or a line break stays as written;
    /// trailing white space before a line break is dropped (rule 3).
    static func decode<C: Collection<UInt8>>(_ input: C) -> [UInt8] where C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var index = input.startIndex
        let end = input.endIndex
        var pendingSpace: [UInt8] = []
        while index < end {
            let byte = input[index]
            if byte == 0x20 || byte == 0x09 { pendingSpace.append(byte); index += 1; continue }
            if byte == 0x0D || byte == 0x0A {
                pendingSpace.removeAll()
                out.append(byte)
                index += 1
                continue
            }
            out += pendingSpace
            pendingSpace.removeAll()
            if byte == UInt8(ascii: "=") {
                // Soft line break: `=` then optional white space then a line break.
                var look = index + 1
                while look < end, input[look] == 0x20 || input[look] == 0x09 { look += 1 }
                if look == end { index = end; continue }
                if input[look] == 0x0D || input[look] == 0x0A {
                    if input[look] == 0x0D, look + 1 < end, input[look + 1] == 0x0A { look += 1 }
                    index = look + 1
                    continue
                }
                if index + 2 < end, let high = hex(input[index + 1]), let low = hex(input[index + 2]) {
                    out.append(high << 4 | low)
                    index += 3
                    continue
                }
                out.append(byte)
                index += 1
                continue
            }
            out.append(byte)
            index += 1
        }
        out += pendingSpace
        return out
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    private static let digits = Array("0123456789ABCDEF".utf8)

    /// Encodes text whose lines end in LF; output lines end in `newline` and hold at most 76
    /// characters, soft breaks included. Never splits an `=XX` triple.
    static func encode(_ input: [UInt8], newline: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var lines = input.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for var line in lines {
            if line.last == 0x0D { line = line.dropLast() }
            var column = 0
            for (offset, byte) in zip(line.indices, line) {
                let isLast = offset == line.index(before: line.endIndex)
                let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                    || ((byte == 0x20 || byte == 0x09) && !isLast)
                let width = literal ? 1 : 3
                // Leave room for the soft break's `=` unless this is the line's last character.
                if column + width > (isLast ? 76 : 75) {
                    out.append(UInt8(ascii: "="))
                    out += newline
                    column = 0
                }
                if literal {
                    out.append(byte)
                } else {
                    out += [UInt8(ascii: "="), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
                }
                column += width
            }
            out += newline
        }
        return out
    }
}

/// RFC 3676 format=flowed: a line ending in a space continues on the next one.
enum FormatFlowed {
    /// Joins flowed lines. With `delSp` the space that marks the soft break is removed too
    /// (what Japanese clients send, so that no space appears inside a sentence). Space-stuffing
    /// is undone; quote depth changes end a paragraph. Lines are separated by LF.
    static func unflow(_ text: [UInt8], delSp: Bool) -> [UInt8] {
        var out: [UInt8] = []
        var lines = text.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var previousFlowed = false
        for var line in lines {
            if line.last == 0x0D { line = line.dropLast() }
            if !previousFlowed, line.first == 0x20 { line = line.dropFirst() }
            let isSignature = line.elementsEqual([0x2D, 0x2D, 0x20])
            let flowed = !isSignature && line.last == 0x20
            if flowed && delSp { line = line.dropLast() }
            out += line
            if !flowed { out.append(0x0A) }
            previousFlowed = flowed
        }
        return out
    }
}
