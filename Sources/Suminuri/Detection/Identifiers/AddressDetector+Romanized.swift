import TextNormalization

/// Addresses written in Latin letters, as foreign residents and English mail write them
/// (`Room 1205, Umeda Sky Building, 1-1-88 Oyodonaka, Kita-ku, Osaka`, `2-14-7 Miyagi,
/// Chatan-cho, Okinawa`): a block number of two or three groups, a town, then comma-separated
/// words up to the last one that is a municipality (`-ku`, `-shi`, `-cho`, `… City`) or a
/// prefecture. A building or a room in the one or two segments before the number belongs to
/// it. Normalised text is lower case, so every word here is too.
extension AddressDetector {
    func romanizedAddresses(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var p = 0
        while p < bytes.count {
            defer { p += 1 }
            guard ByteClass.isDigit(bytes[p]), p == 0 || [0x20, 0x2C, 0x0A, 0x23, 0x09].contains(bytes[p - 1]),
                  let number = Self.blockNumber(bytes, at: p) else { continue }
            // The town after the number, then the comma-separated words that follow it.
            var q = number
            // (One pass over the text: most block-number-shaped digits are dates or codes that
            // no Latin word follows, and the checks below cost only there.)
            guard q < bytes.count, bytes[q] == 0x20 || bytes[q] == 0x2C else { continue }
            while q < bytes.count, bytes[q] == 0x20 || bytes[q] == 0x2C { q += 1 }
            guard q < bytes.count, ByteClass.isLower(bytes[q]), let town = Self.latinWord(bytes, at: q) else { continue }
            var end = 0, segment = town.end
            if Self.isMunicipality(bytes, town.start..<town.end) { end = town.end }
            while segment < bytes.count, bytes[segment] == 0x2C {
                var r = segment + 1
                while r < bytes.count, bytes[r] == 0x20 { r += 1 }
                guard let word = Self.latinWord(bytes, at: r) else { break }
                segment = word.end
                if Self.isMunicipality(bytes, word.start..<word.end) { end = word.end }
            }
            guard end > 0 else { continue }
            // A building or a room in the segments before the number (Room 1205, Umeda Sky Building, …).
            var start = p
            for _ in 0..<2 {
                var k = start
                while k > 0, bytes[k - 1] == 0x20 { k -= 1 }
                guard k > 0, bytes[k - 1] == 0x2C else { break }
                var segmentStart = k - 1
                while segmentStart > 0, ![0x2C, 0x0A, 0x3A, 0x09].contains(bytes[segmentStart - 1]), k - segmentStart < 60 { segmentStart -= 1 }
                while segmentStart < k, bytes[segmentStart] == 0x20 { segmentStart += 1 }
                let previous = segmentStart..<(k - 1)
                guard !previous.isEmpty, Self.romanizedBuildingWords.contains(where: { Scalars.occurs($0, in: previous, of: bytes) })
                        || Self.isRoomOrFloor(bytes, previous) else { break }
                start = segmentStart
            }
            result.append(context.finding(.address, start..<end, confidence: 0.8, rule: "address.romanized"))
            p = end
        }
        return result
    }

    /// The end of a block number at `p` (`1-1-88`, `2-14-7`, `3-5`): two to four groups of one
    /// to four digits joined by hyphens, not a phone (a first group with a leading 0) nor a
    /// postal code (three digits, four digits).
    static func blockNumber(_ bytes: [UInt8], at p: Int) -> Int? {
        var groups: [Int] = [], q = p
        while true {
            let start = q
            while q < bytes.count, ByteClass.isDigit(bytes[q]) { q += 1 }
            guard (1...4).contains(q - start) else { return nil }
            groups.append(q - start)
            guard q + 1 < bytes.count, bytes[q] == 0x2D, ByteClass.isDigit(bytes[q + 1]), groups.count < 4 else { break }
            q += 1
        }
        guard groups.count >= 2, bytes[p] != 0x30, !(groups == [3, 4]) else { return nil }
        if q < bytes.count, ByteClass.isDigit(bytes[q]) || ByteClass.isLower(bytes[q]) || bytes[q] == 0x2D { return nil }
        return q
    }

    /// A word of letters (hyphens inside: `chatan-cho`), with ` city`, ` ward` or ` prefecture` after it.
    static func latinWord(_ bytes: [UInt8], at p: Int) -> (start: Int, end: Int)? {
        var q = p
        while q < bytes.count, ByteClass.isLower(bytes[q]) || (bytes[q] == 0x2D && q > p && q + 1 < bytes.count && ByteClass.isLower(bytes[q + 1])) { q += 1 }
        guard q - p >= 2, q - p <= 24 else { return nil }
        for word in Self.trailingUnitWords where q + word.count <= bytes.count && bytes[q..<(q + word.count)].elementsEqual(word) {
            q += word.count; break
        }
        return (p, q)
    }

    static func isMunicipality(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let word = bytes[range]
        if Self.romanizedUnits.contains(where: { word.count > $0.count && word.suffix($0.count).elementsEqual($0) }) { return true }
        if Self.trailingUnitWords.contains(where: { word.count > $0.count && word.suffix($0.count).elementsEqual($0) }) { return true }
        guard Self.prefecturesInLatin.contains(String(decoding: word, as: UTF8.self)) else { return false }
        // A prefecture ends the address: a comma, a full stop, the line's end, a postal code
        // or Japan after it (not `tokyo office`).
        let q = range.upperBound
        guard q < bytes.count else { return true }
        if [0x2C, 0x2E, 0x0A, 0x0D].contains(bytes[q]) { return true }
        return bytes[q] == 0x20 && q + 1 < bytes.count && (ByteClass.isDigit(bytes[q + 1]) || bytes[(q + 1)...].starts(with: Array("japan".utf8)))
    }

    static func isRoomOrFloor(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let text = String(decoding: bytes[range], as: UTF8.self)
        if ["room ", "apt ", "apt. ", "unit ", "#", "suite "].contains(where: { text.hasPrefix($0) }) { return true }
        // 5f, 12f: a floor.
        return text.count <= 3 && text.hasSuffix("f") && text.dropLast().allSatisfy(\.isNumber)
    }

    static let romanizedUnits: [[UInt8]] = ["-ku", "-shi", "-cho", "-machi", "-gun", "-mura", "-son", "-ken"].map { Array($0.utf8) }
    static let trailingUnitWords: [[UInt8]] = [" city", " ward", " prefecture", " town", " village"].map { Array($0.utf8) }
    static let romanizedBuildingWords: [[UInt8]] = ["building", "bldg", "tower", "mansion", "heights", "residence", "square", "hills", "court", "house",
        "palace", "corpo", "haitsu", "plaza", "center", "centre", "apartment", "apartments", "dormitory", "dorm", "room ", "apt"].map { Array($0.utf8) }
    static let prefecturesInLatin: Set<String> = ["hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima", "ibaraki", "tochigi", "gunma",
        "saitama", "chiba", "tokyo", "kanagawa", "niigata", "toyama", "ishikawa", "fukui", "yamanashi", "nagano", "gifu", "shizuoka", "aichi", "mie",
        "shiga", "kyoto", "osaka", "hyogo", "nara", "wakayama", "tottori", "shimane", "okayama", "hiroshima", "yamaguchi", "tokushima", "kagawa",
        "ehime", "kochi", "fukuoka", "saga", "nagasaki", "kumamoto", "oita", "miyazaki", "kagoshima", "okinawa"]
}
