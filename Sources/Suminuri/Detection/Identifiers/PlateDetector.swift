import PatternSearch
import SuminuriTables
import TextNormalization

/// Japanese registration plates (PLATE): 地名 + 分類番号 + かな + 一連指定番号, also with the
/// 分類番号 or the 地名 left out, spaced, full-width, with `・` fillers, or split over a line.
///
/// 地名 come from `plates/regions.tsv` (the 138 current names and the variants people type).
/// 分類番号: a digit, then up to two digits or the letters A C F H K L M P X Y. Kana: the 42
/// plate kana and the US-forces letters; お し へ are never issued, so they count as typos
/// (low confidence) and ん never matches (`豊田さん 1234`).
struct PlateDetector: Detector {
    let labels: Set<Label> = [.plate]
    /// Per region pattern: whether it is a variant spelling rather than the official name.
    private let isVariant: FlatArray<Bool>

    init(tables: CompiledDictionaries) {
        isVariant = tables.plates.isVariant
    }

    func findings(in context: ScanContext) -> [Finding] {
        let bytes = context.text.bytes
        var result: [Finding] = []
        var coveredUpTo = 0
        // The ranges found with a 地名, in order and disjoint: whether one holds a digit is a
        // binary search over their ends, not a scan of every finding at every digit.
        var regionStarts: [Int] = [], regionEnds: [Int] = []
        // With a 地名.
        // The longest region match per start, in order of start: sorting the few matches beats
        // hashing every one into a dictionary.
        var matches = context.candidates[.plateRegions]
        matches.sort { ($0.range.lowerBound, $1.range.count) < ($1.range.lowerBound, $0.range.count) }
        for (index, match) in matches.enumerated() where index == 0 || matches[index - 1].range.lowerBound != match.range.lowerBound {
            let start = match.range.lowerBound
            guard start >= coveredUpTo else { continue }
            guard let tail = plateTail(bytes, from: match.range.upperBound, requireClass: false) else { continue }
            // Without a 分類番号, a particle plus a small number is prose (熊本の2店舗).
            if !tail.hasClass && !tail.serialIsPlateShaped && tail.kanaIsParticle { continue }
            var confidence = tail.hasClass ? 0.97 : 0.85
            if !tail.hasKana { confidence = 0.7 }
            if isVariant[match.pattern] { confidence -= 0.05 }
            if tail.kanaIsTypo { confidence -= 0.3 }
            result.append(context.finding(.plate, start..<tail.end, confidence: confidence,
                                          rule: tail.hasClass ? "plate.full" : (tail.hasKana ? "plate.no-class" : "plate.no-kana")))
            regionStarts.append(start)
            regionEnds.append(tail.end)
            coveredUpTo = tail.end
        }
        // Without a 地名: 分類番号 + かな + 番号, not glued to a preceding letter or digit.
        var i = 0
        while i < bytes.count {
            guard ByteClass.isDigit(bytes[i]) else { i += 1; continue }
            if i > 0 && (ByteClass.isAlnum(bytes[i - 1]) || bytes[i - 1] == 0x2D) { i += 1; continue }
            if i < coveredUpTo, case let k = regionEnds.firstIndex(startingAtOrAfter: i + 1, key: { $0 }),
               k < regionEnds.count, regionStarts[k] <= i { i += 1; continue }
            if let tail = plateTail(bytes, from: i, requireClass: true), tail.hasKana, !tail.kanaIsTypo {
                let hot = context.hotwords.weights(for: .plate, before: i, window: 30)
                let shaped = tail.classLength == 3 && tail.serialIsPlateShaped && !tail.kanaIsParticle
                guard shaped || hot.positive > 0 else { i = tail.end; continue }
                let classLength = tail.classLength
                var confidence = classLength == 3 ? 0.75 : 0.55
                confidence += hot.positive > 0 ? 0.15 : 0
                confidence += hot.negative
                result.append(context.finding(.plate, i..<tail.end, confidence: confidence, rule: "plate.no-region"))
                i = tail.end
                continue
            }
            i += 1
        }
        return result
    }

    struct Tail {
        var end: Int
        var hasClass: Bool
        var classLength: Int
        var hasKana: Bool
        var kanaIsTypo: Bool
        var kanaIsParticle: Bool
        /// Four digits, or a serial with `・` fillers: the way plates print.
        var serialIsPlateShaped: Bool
    }

    /// Parses 分類番号? かな? 番号 after a 地名 (or from `start` when there is none).
    private func plateTail(_ bytes: [UInt8], from start: Int, requireClass: Bool) -> Tail? {
        var p = skipSpace(bytes, start, allowBreak: false)
        // 分類番号
        var classLength = 0
        if p < bytes.count, ByteClass.isDigit(bytes[p]) {
            var q = p + 1
            while q < bytes.count, classLength < 2, ByteClass.isDigit(bytes[q]) || Self.classLetters.contains(bytes[q]) {
                q += 1; classLength += 1
            }
            classLength += 1
            // A class is followed by a space, a line break or a kana, never by more digits.
            if q < bytes.count, ByteClass.isAlnum(bytes[q]) { classLength = 0 } else { p = q }
        }
        if requireClass && classLength == 0 { return nil }
        let afterClass = p
        p = skipSpace(bytes, p, allowBreak: classLength > 0)
        // かな
        var hasKana = false, typo = false, particle = false
        if let (scalar, length) = UTF8Scalars.decode(bytes, at: p) {
            if Self.kana.contains(scalar) {
                hasKana = true; particle = Self.particles.contains(scalar); p += length
            } else if Self.typoKana.contains(scalar) {
                hasKana = true; typo = true; p += length
            } else if scalar.isASCII, Self.usLetters.contains(UInt8(scalar.value)), classLength > 0 {
                // A US-forces letter must stand alone: 沖縄 300 y 1234.
                if p + 1 < bytes.count, !ByteClass.isLower(bytes[p + 1]) { hasKana = true; p += 1 }
            }
        }
        if !hasKana {
            // 地名 + 分類番号 + 番号 needs the separating space to read as a plate at all.
            guard classLength == 3, afterClass < bytes.count, bytes[afterClass] == 0x20 else { return nil }
        }
        p = skipSpace(bytes, p, allowBreak: hasKana && classLength > 0)
        guard let (end, shaped) = serial(bytes, from: p) else { return nil }
        return Tail(end: end, hasClass: classLength > 0, classLength: classLength, hasKana: hasKana,
                    kanaIsTypo: typo, kanaIsParticle: particle, serialIsPlateShaped: shaped)
    }

    private static let no = Array("の".utf8)

    /// 一連指定番号: `12-34`, `1234`, `12の34`, `・・・1`, `・12`, `..12`, `**12`; 1 to 9999.
    private func serial(_ bytes: [UInt8], from start: Int) -> (end: Int, plateShaped: Bool)? {
        var p = start
        var fillers = 0
        while p < bytes.count, fillers < 3 {
            if bytes[p] == 0x2E || bytes[p] == 0x2A { p += 1; fillers += 1; continue }       // . *
            if p + 2 < bytes.count, bytes[p] == 0xE3, bytes[p + 1] == 0x83, bytes[p + 2] == 0xBB { p += 3; fillers += 1; continue }  // ・
            if p + 1 < bytes.count, bytes[p] == 0xC2, bytes[p + 1] == 0xB7 { p += 2; fillers += 1; continue }  // ·
            if p + 2 < bytes.count, bytes[p] == 0xE2, bytes[p + 1] == 0x80, bytes[p + 2] == 0xA2 { p += 3; fillers += 1; continue }  // •
            break
        }
        var digits = 0, q = p
        var value = 0
        while q < bytes.count, ByteClass.isDigit(bytes[q]) {
            value = value * 10 + Int(bytes[q] - 0x30); digits += 1; q += 1
            if (1...2).contains(digits), fillers == 0, q + 2 < bytes.count, bytes[q] == 0x2D || (digits == 2 && bytes[q] == 0x20),
               ByteClass.isDigit(bytes[q + 1]), ByteClass.isDigit(bytes[q + 2]),
               q + 3 >= bytes.count || !ByteClass.isDigit(bytes[q + 3]) {
                q += 1  // 12-34, 12 34
            }
            // 12の34, 12の 34: the serial read out (いちにのさんよん).
            if (1...2).contains(digits), fillers == 0, Scalars.hasPrefix(bytes, at: q, Self.no) {
                var r = q + Self.no.count
                if bytes[safe: r] == 0x20 { r += 1 }
                if r + 1 < bytes.count, ByteClass.isDigit(bytes[r]), ByteClass.isDigit(bytes[r + 1]),
                   r + 2 >= bytes.count || !ByteClass.isDigit(bytes[r + 2]) { q = r }
            }
            if digits > 4 { return nil }
        }
        guard digits > 0, value > 0, digits + fillers <= 4 || fillers == 0 else { return nil }
        if q < bytes.count, ByteClass.isAlnum(bytes[q]) { return nil }
        // A digit run right after a dash or comma continues a bigger number (12-345, 1,234).
        if q + 1 < bytes.count, bytes[q] == 0x2C || bytes[q] == 0x2E, ByteClass.isDigit(bytes[q + 1]) { return nil }
        return (q, digits == 4 || fillers > 0)
    }

    private func skipSpace(_ bytes: [UInt8], _ start: Int, allowBreak: Bool) -> Int {
        var p = start, breaks = 0, spaces = 0
        while p < bytes.count, spaces < 3 {
            if bytes[p] == 0x20 || bytes[p] == 0x09 { p += 1; spaces += 1; continue }
            if allowBreak, breaks == 0, bytes[p] == 0x0A { p += 1; breaks += 1; continue }
            if allowBreak, breaks == 0, bytes[p] == 0x0D { p += 1; if p < bytes.count, bytes[p] == 0x0A { p += 1 }; breaks += 1; continue }
            break
        }
        return p
    }

    private static let classLetters: Set<UInt8> = Set("acfhklmpxy".utf8)
    private static let usLetters: Set<UInt8> = Set("abehkmty".utf8)
    private static let kana: Set<Unicode.Scalar> = Set("あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわを".unicodeScalars)
    private static let particles: Set<Unicode.Scalar> = Set("のはをにともや".unicodeScalars)
    private static let typoKana: Set<Unicode.Scalar> = Set("おしへ".unicodeScalars)
}
