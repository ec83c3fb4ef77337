/// The folding that NFKC does not do, applied to NFKC output (`Normalizer` step 2).
///
/// Same-length rewrites need no offset edit; rewrites that change the byte length are
/// recorded as `OffsetMap` regions.
/// - Katakana → hiragana (カ → か, ヽ → ゝ), so dictionaries match either script.
/// - ASCII upper case → lower case.
/// - Dash look-alikes (‐ ‑ ‒ – — ― − ⁃ ﹣ ﹘) → `-`; the long-vowel mark ー (長音符) only
///   between digits, because elsewhere it is part of a word (メール, ナンバー).
/// - Kanji numerals and ○ used as zero → ASCII digits, only inside runs of at least three
///   digit characters (〇九〇, 一二三四), so place names (三番町, 八王子) keep their kanji.
public enum JapaneseFolding {
    /// - Returns: the folded bytes, the map back to `input`, and the folded ranges that were
    ///   katakana (a ー inside or right after katakana belongs to the run).
    public static func fold(_ input: [UInt8]) -> ([UInt8], OffsetMap, [Range<Int>]) {
        var regions: [OffsetMap.Region] = []
        var katakana: [Range<Int>] = []
        func markKatakana(_ start: Int, _ end: Int) {
            if let last = katakana.last, last.upperBound == start { katakana[katakana.count - 1] = last.lowerBound..<end }
            else { katakana.append(start..<end) }
        }
        // Every rewrite keeps or shortens a scalar (3 → 3 bytes for kana, n → 1 for ASCII
        // replacements), so the output fits in the input's length and is written in place
        // instead of appended byte by byte.
        let output = [UInt8](unsafeUninitializedCapacity: input.count) { out, written in
            input.withUnsafeBufferPointer { source in
                var i = 0, o = 0
                let n = source.count
                var digitRunRemaining = 0  // scalars left in the current run of digit characters
                var foldRun = false        // whether that run is long enough to be a number
                while i < n {
                    let b = source[i]
                    if b < 0x80 {
                        // ASCII run: lower-case and copy without decoding.
                        var j = i
                        repeat {
                            let a = source[j]
                            out[o] = a >= 0x41 && a <= 0x5A ? a | 0x20 : a
                            o &+= 1
                            j &+= 1
                        } while j < n && source[j] < 0x80
                        digitRunRemaining = max(0, digitRunRemaining - (j - i))
                        i = j
                        continue
                    }
                    guard let (scalar, length) = UTF8Scalars.decode(source, at: i) else {
                        out[o] = b; o &+= 1; i &+= 1; continue
                    }
                    let v = scalar.value
                    var replacement: UInt8? = nil  // an ASCII replacement, if any
                    if let digit = kanjiDigit(v) {
                        if digitRunRemaining == 0 {
                            // ASCII digits just before the first kanji belong to the run too.
                            var before = 0
                            while before < o && isASCIIDigit(out[o - 1 - before]) { before += 1 }
                            digitRunRemaining = digitRunLength(source, from: i)
                            foldRun = digitRunRemaining >= 3
                                || !startsWord(source, runStart: i, runLength: digitRunRemaining)
                                    && (digitRunRemaining + before >= 3
                                        || followsDigitGroup(UnsafeBufferPointer(rebasing: out[0..<o]))
                                        || precedesDigitGroup(source, runStart: i, runLength: digitRunRemaining))
                        }
                        if foldRun { replacement = digit }
                        digitRunRemaining -= 1
                    } else {
                        digitRunRemaining = 0
                        if isDash(v) {
                            replacement = UInt8(ascii: "-")
                        } else if v == 0x30FC, o > 0, isASCIIDigit(out[o - 1]),
                                  nextIsDigit(source, after: i + length) {
                            replacement = UInt8(ascii: "-")
                        }
                    }
                    if let replacement {
                        regions.append(.init(source: i..<(i + length), target: o..<(o + 1)))
                        out[o] = replacement
                        o &+= 1
                    } else if (v >= 0x30A1 && v <= 0x30F6) || v == 0x30FD || v == 0x30FE {
                        // Katakana and hiragana share a layout 0x60 apart; both encode in 3 bytes.
                        markKatakana(o, o + 3)
                        let h = v - 0x60
                        out[o] = UInt8(0xE0 | (h >> 12))
                        out[o + 1] = UInt8(0x80 | ((h >> 6) & 0x3F))
                        out[o + 2] = UInt8(0x80 | (h & 0x3F))
                        o &+= 3
                    } else {
                        if v == 0x30FC, let last = katakana.last, last.upperBound == o {
                            markKatakana(o, o + 3)
                        }
                        for k in 0..<length { out[o + k] = source[i + k] }
                        o &+= length
                    }
                    i &+= length
                }
                written = o
            }
        }
        return (output, OffsetMap(regions: regions), katakana)
    }

    @inline(__always)
    static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The ASCII digit a kanji numeral or zero look-alike stands for.
    @inline(__always)
    public static func kanjiDigit(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x3007, 0x96F6, 0x25CB, 0x25EF: return UInt8(ascii: "0")  // 〇 零 ○ ◯
        case 0x4E00: return UInt8(ascii: "1")  // 一
        case 0x4E8C: return UInt8(ascii: "2")  // 二
        case 0x4E09: return UInt8(ascii: "3")  // 三
        case 0x56DB: return UInt8(ascii: "4")  // 四
        case 0x4E94: return UInt8(ascii: "5")  // 五
        case 0x516D: return UInt8(ascii: "6")  // 六
        case 0x4E03: return UInt8(ascii: "7")  // 七
        case 0x516B: return UInt8(ascii: "8")  // 八
        case 0x4E5D: return UInt8(ascii: "9")  // 九
        default: return nil
        }
    }

    @inline(__always)
    static func isDash(_ v: UInt32) -> Bool {
        switch v {
        case 0x2010...0x2015, 0x2212, 0x2043, 0xFE63, 0xFE58, 0xFF0D: return true
        default: return false
        }
    }

    /// Length in scalars of the run of digit characters (ASCII or kanji) that starts at
    /// `start`, where the run is entered at its first kanji.
    static func digitRunLength(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var count = 0, i = start
        while i < source.count {
            if isASCIIDigit(source[i]) { count += 1; i += 1; continue }
            guard let (scalar, length) = UTF8Scalars.decode(source, at: i), kanjiDigit(scalar.value) != nil else { break }
            count += 1
            i += length
        }
        return count
    }

    /// Whether a short run of kanji numerals begins a word: another kanji follows it (三重県,
    /// 八王子, 四日市), so `〒514-0009 三重県` keeps its prefecture.
    static func startsWord(_ source: UnsafeBufferPointer<UInt8>, runStart: Int, runLength: Int) -> Bool {
        var i = runStart
        for _ in 0..<runLength {
            guard let (_, length) = UTF8Scalars.decode(source, at: i) else { return false }
            i += length
        }
        guard let (next, _) = UTF8Scalars.decode(source, at: i) else { return false }
        return (0x4E00...0x9FFF).contains(next.value) || (0x3400...0x4DBF).contains(next.value)
    }

    /// Whether the output ends with a digit and a group separator (`-`, space, `の`, a
    /// parenthesis), so a short kanji run continues a number: 〇九九五の六三の一二四五,
    /// 〇七四二（二三）八八一九.
    static func followsDigitGroup(_ output: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = output.count
        if n >= 2, output[n - 1] == 0x2D || output[n - 1] == 0x20 || output[n - 1] == 0x28 || output[n - 1] == 0x29, isASCIIDigit(output[n - 2]) { return true }
        if n >= 4, output[n - 3] == 0xE3, output[n - 2] == 0x81, output[n - 1] == 0xAE, isASCIIDigit(output[n - 4]) { return true }
        return false
    }

    /// Whether a short run is the first group of a number: a separator (`-`, a dash
    /// look-alike, ー, a space, `の`/`ノ`, `・`) and a run of at least three digit characters
    /// follow it, as in 〇三-三一二三-四五六七 (a two-digit area code written in kanji), or a
    /// pair, a dash and a pair: a plate's serial written in kanji (一二‐三四).
    static func precedesDigitGroup(_ source: UnsafeBufferPointer<UInt8>, runStart: Int, runLength: Int) -> Bool {
        var i = runStart
        for _ in 0..<runLength {
            guard let (_, length) = UTF8Scalars.decode(source, at: i) else { return false }
            i += length
        }
        guard i < source.count, let (separator, length) = UTF8Scalars.decode(source, at: i) else { return false }
        switch separator.value {
        case 0x2D, 0x20, 0x3000, 0x30FC, 0x306E, 0x30CE, 0x30FB, 0x28, 0x29: break  // - space 　 ー の ノ ・ ( )
        default: guard isDash(separator.value) else { return false }
        }
        let next = digitRunLength(source, from: i + length)
        if runLength == 2, next == 2, separator.value == 0x2D || isDash(separator.value) { return true }
        return next >= 3
    }

    static func nextIsDigit(_ source: UnsafeBufferPointer<UInt8>, after offset: Int) -> Bool {
        guard offset < source.count else { return false }
        if isASCIIDigit(source[offset]) { return true }
        if let (scalar, _) = UTF8Scalars.decode(source, at: offset) { return kanjiDigit(scalar.value) != nil }
        return false
    }
}
