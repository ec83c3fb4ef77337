import PatternSearch
import SuminuriTables
import TextNormalization

/// A character tagger for person names, for the names that no rule's cue reaches (a name
/// typed alone in a chat, a voice-input reading, a foreign resident's name in a sentence).
/// Each scalar of the normalised text is tagged outside a name (O), a name's first scalar (B)
/// or inside a name (I) by a linear model over the scalars around it, their scripts and the
/// name lists (a listed family name starts here, a listed given name ends there); the best
/// sequence of tags is decoded whole (Viterbi). The weights are trained on `Corpus/`, never on
/// a held-out split, by `suminuri train-tagger` and shipped as data (`model/person-tagger.tsv`,
/// see `PersonTaggerTables`), so training and scanning read features through this one type.
///
/// Positions are scalars of the normalised text; `Sequence.offsets` gives each one's UTF-8
/// offset, and `names(in:)` returns UTF-8 ranges of the normalised text.
package struct PersonTagger: Sendable {
    let weights: FlatArray<Int16>
    /// The transitions as the decoder adds them (`4 × 3`), converted once.
    let transitions: [Float]
    let scale: Float
    let familyNames: ByteStringSet
    let givenNames: ByteStringSet
    let kanjiWords: ByteStringSet
    let kanaWords: [ByteStringSet]
    /// Place names with and without their 県/市/町… (a name and a place share many spellings).
    let places: [ByteStringSet]

    /// Features per scalar (see `forEachBucket`): change them, and raise
    /// `PersonTaggerTables.featureVersion` and train again.
    package static let featureCount = 33
    /// The longest listed name or word looked up, in scalars.
    static let longestEntry = 6

    package init(tables: PersonTaggerTables, names: PersonNameTables, places: PlaceTables) {
        weights = tables.weights
        transitions = tables.transitions.map { Float($0) }
        scale = Float(tables.scale)
        familyNames = names.familyNames
        givenNames = names.givenNames
        kanjiWords = names.commonKanjiWords
        kanaWords = [names.katakanaWords, names.kanaFunctionWords]
        self.places = [places.placeStems, places.postalPlaces]
    }

    package var isEmpty: Bool { weights.isEmpty }

    /// Whether `key` (normalised bytes) is a listed place, with or without its 県/市/町….
    func isPlace(_ key: ArraySlice<UInt8>) -> Bool { places.contains { $0.contains(key) } }

    /// Script classes of a scalar (0 stands for before or after the text).
    enum Class: UInt8 { case kanji = 1, hiragana, katakana, latin, digit, space, newline, other }

    /// What the features of one text read, per scalar.
    package struct Sequence {
        /// UTF-8 offset of each scalar in the normalised text, and the text's length last.
        package let offsets: [Int]
        /// Scalar values and `Class`es, with `padding` zeros before and after the text, so that
        /// a feature reads its window without a bounds check.
        let scalars: [UInt32]
        let classes: [UInt8]
        static let padding = 3
        /// The longest listed family name, given name and common word (in scalars, at most
        /// `longestEntry`) starting at a scalar, ending right before it, or covering it.
        let familyStart: [UInt8], familyEnd: [UInt8], inFamily: [UInt8]
        let givenStart: [UInt8], givenEnd: [UInt8], inGiven: [UInt8]
        let wordStart: [UInt8], inWord: [UInt8]
        let placeStart: [UInt8], inPlace: [UInt8]
        package var count: Int { offsets.count - 1 }
    }

    package func sequence(_ text: NormalizedText) -> Sequence {
        let bytes = text.bytes
        var offsets: [Int] = [], scalars = [UInt32](repeating: 0, count: Sequence.padding), classes = [UInt8](repeating: 0, count: Sequence.padding)
        offsets.reserveCapacity(bytes.count / 2 + 1)
        var p = 0
        while p < bytes.count {
            let b = bytes[p]
            offsets.append(p)
            if b < 0x80 {
                scalars.append(UInt32(b))
                classes.append(Self.asciiClass(b).rawValue)
                p += 1
                continue
            }
            guard let (scalar, length) = UTF8Scalars.decode(bytes, at: p) else {
                scalars.append(0xFFFD); classes.append(Class.other.rawValue); p += 1
                continue
            }
            scalars.append(scalar.value)
            var c = Self.class(of: scalar.value)
            if c == .hiragana, text.wasKatakana(p) { c = .katakana }
            classes.append(c.rawValue)
            p += length
        }
        offsets.append(bytes.count)
        let n = offsets.count - 1
        scalars += [UInt32](repeating: 0, count: Sequence.padding)
        classes += [UInt8](repeating: 0, count: Sequence.padding)
        let pad = Sequence.padding
        var familyStart = [UInt8](repeating: 0, count: n), familyEnd = [UInt8](repeating: 0, count: n + 1), inFamily = [UInt8](repeating: 0, count: n)
        var givenStart = familyStart, givenEnd = familyEnd, inGiven = inFamily, wordStart = familyStart, inWord = inFamily
        var placeStart = familyStart, inPlace = inFamily
        for i in 0..<n {
            let group = Self.group(classes[pad + i])
            guard group != 0 else { continue }
            var family = 0, given = 0, word = 0, place = 0
            var j = i + 1, hash = ByteStringSet.emptyHash
            while j <= min(n, i + Self.longestEntry), Self.group(classes[pad + j - 1]) == group {
                let key = bytes[offsets[i]..<offsets[j]], length = j - i
                hash = ByteStringSet.hash(bytes[offsets[j - 1]..<offsets[j]], continuing: hash)
                // No kana name or word is one kana long; the common kanji words are two or three
                // kanji long, places at least two.
                if group == 2, length == 1 { j += 1; continue }
                if familyNames.contains(key, hash: hash) { family = length }
                if givenNames.contains(key, hash: hash) { given = length }
                if group == 1 {
                    if length > 1, length < 4, kanjiWords.contains(key, hash: hash) { word = length }
                    if length > 1, places[0].contains(key, hash: hash) || places[1].contains(key, hash: hash) { place = length }
                } else if kanaWords[0].contains(key, hash: hash) || kanaWords[1].contains(key, hash: hash) {
                    word = length
                }
                j += 1
            }
            if family > 0 {
                familyStart[i] = UInt8(family); familyEnd[i + family] = max(familyEnd[i + family], UInt8(family))
                for k in i..<(i + family) { inFamily[k] = 1 }
            }
            if given > 0 {
                givenStart[i] = UInt8(given); givenEnd[i + given] = max(givenEnd[i + given], UInt8(given))
                for k in i..<(i + given) { inGiven[k] = 1 }
            }
            if word > 0 {
                wordStart[i] = UInt8(word)
                for k in i..<(i + word) { inWord[k] = 1 }
            }
            if place > 0 {
                placeStart[i] = UInt8(place)
                for k in i..<(i + place) { inPlace[k] = 1 }
            }
        }
        return Sequence(offsets: offsets, scalars: scalars, classes: classes, familyStart: familyStart, familyEnd: familyEnd, inFamily: inFamily,
                        givenStart: givenStart, givenEnd: givenEnd, inGiven: inGiven, wordStart: wordStart, inWord: inWord,
                        placeStart: placeStart, inPlace: inPlace)
    }

    /// Appends the buckets of the `featureCount` features of scalar `i`.
    package func features(of s: Sequence, at i: Int, into buckets: inout [Int32]) {
        forEachBucket(of: s, at: i) { buckets.append(Int32(truncatingIfNeeded: $0)) }
    }

    /// Calls `body` with the bucket of each of the `featureCount` features of scalar `i`.
    @inline(__always)
    func forEachBucket(of s: Sequence, at i: Int, _ body: (Int) -> Void) {
        // The window i-3...i+3 (padding holds zeros outside the text): c3 is scalar i.
        let (c0, c1, c2, c3, c4, c5, c6, t1, t2, t3, t4, t5) = s.scalars.withUnsafeBufferPointer { c in
            s.classes.withUnsafeBufferPointer { t in
                (c[i], c[i + 1], c[i + 2], c[i + 3], c[i + 4], c[i + 5], c[i + 6],
                 UInt32(t[i + 1]), UInt32(t[i + 2]), UInt32(t[i + 3]), UInt32(t[i + 4]), UInt32(t[i + 5]))
            }
        }
        @inline(__always) func add(_ template: UInt64, _ a: UInt32, _ b: UInt32 = 0, _ d: UInt32 = 0) { body(Self.bucket(template, a, b, d)) }
        let fs = UInt32(s.familyStart[i]), fe = UInt32(s.familyEnd[i]), fi = UInt32(s.inFamily[i])
        let gs = UInt32(s.givenStart[i]), ge = UInt32(s.givenEnd[i]), gi = UInt32(s.inGiven[i])
        let classes5 = t1 << 16 | t2 << 12 | t3 << 8 | t4 << 4 | t5
        add(1, 0)
        add(2, c3); add(3, c2); add(4, c4); add(5, c1); add(6, c5); add(7, c6)
        add(8, c2, c3); add(9, c3, c4); add(10, c1, c2); add(11, c4, c5)
        add(12, classes5); add(13, t2 << 8 | t3 << 4 | t4)
        add(14, fs); add(15, fi, fs > 0 ? 1 : 0); add(16, fe); add(17, gs); add(18, gi); add(19, ge)
        add(20, UInt32(s.wordStart[i])); add(21, UInt32(s.inWord[i])); add(22, fe > 0 ? 1 : 0, gs > 0 ? 1 : 0)
        add(23, fs, t2); add(24, gi, c4); add(25, fi, c4); add(26, fs > 0 ? 1 : 0, c2)
        add(27, UInt32(s.placeStart[i])); add(28, UInt32(s.inPlace[i]), fi); add(29, c2, c3, c4); add(30, c5, c6)
        add(31, c0); add(32, UInt32(s.wordStart[i]), fs)
        add(33, t3, t2 == t3 ? 1 : 0, t4 == t3 ? 1 : 0)
    }

    /// The names the model finds, as UTF-8 ranges of the normalised text, each with its margin:
    /// the mean, over its scalars, of how much more their name tag scores than outside, in
    /// units of the trained weights.
    package func names(in text: NormalizedText) -> [(range: Range<Int>, margin: Float)] {
        guard !isEmpty, !text.bytes.isEmpty else { return [] }
        let s = sequence(text)
        let n = s.count
        var scores = [Float](repeating: 0, count: n * 3)
        let w = weights.buffer
        for i in 0..<n {
            var o: Int32 = 0, b: Int32 = 0, inside: Int32 = 0
            forEachBucket(of: s, at: i) { bucket in
                let base = bucket * 3
                o &+= Int32(w[base]); b &+= Int32(w[base + 1]); inside &+= Int32(w[base + 2])
            }
            scores[i * 3] = Float(o); scores[i * 3 + 1] = Float(b); scores[i * 3 + 2] = Float(inside)
        }
        let tags = Self.decode(scores, transitions: transitions)
        return Self.spans(tags).map { span in
            let margin = span.reduce(Float(0)) { sum, i in sum + scores[i * 3 + Int(tags[i])] - scores[i * 3] } / (Float(span.count) * scale)
            return (s.offsets[span.lowerBound]..<s.offsets[span.upperBound], margin)
        }
    }

    /// The best tag sequence for per-scalar scores (`count × 3`) and transitions (`4 × 3`,
    /// from O, B, I and the start); I never follows O or the start.
    package static func decode(_ scores: [Float], transitions: [Float]) -> [UInt8] {
        let n = scores.count / 3
        guard n > 0 else { return [] }
        let impossible = -Float.greatestFiniteMagnitude / 4
        var back = [UInt8](repeating: 0, count: n * 3)
        var previous = SIMD4<Float>(scores[0] + transitions[9], scores[1] + transitions[10], impossible, impossible)
        for i in 1..<n {
            var current = SIMD4<Float>(repeating: impossible)
            for tag in 0..<3 {
                var best = impossible, from = 0
                for q in 0..<3 where !(tag == 2 && q == 0) {
                    let v = previous[q] + transitions[q * 3 + tag]
                    if v > best { best = v; from = q }
                }
                current[tag] = best + scores[i * 3 + tag]
                back[i * 3 + tag] = UInt8(from)
            }
            previous = current
        }
        var tag = 0
        if previous[1] > previous[0] { tag = 1 }
        if previous[2] > max(previous[0], previous[1]) { tag = 2 }
        var tags = [UInt8](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            tags[i] = UInt8(tag)
            tag = Int(back[i * 3 + tag])
        }
        return tags
    }

    /// The runs of B followed by I, as scalar ranges.
    package static func spans(_ tags: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < tags.count {
            guard tags[i] == 1 else { i += 1; continue }
            var j = i + 1
            while j < tags.count, tags[j] == 2 { j += 1 }
            result.append(i..<j)
            i = j
        }
        return result
    }

    @inline(__always) static func bucket(_ template: UInt64, _ a: UInt32, _ b: UInt32, _ c: UInt32) -> Int {
        var h = template &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ UInt64(a)) &* 0x0000_0100_0000_01B3
        h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
        h ^= h >> 29
        return Int(truncatingIfNeeded: h & UInt64(PersonTaggerTables.bucketCount - 1))
    }

    static func asciiClass(_ b: UInt8) -> Class {
        switch b {
        case 0x30...0x39: .digit
        case 0x41...0x5A, 0x61...0x7A: .latin
        case 0x20, 0x09: .space
        case 0x0A, 0x0D: .newline
        default: .other
        }
    }

    static func `class`(of v: UInt32) -> Class {
        switch v {
        case 0x3005, 0x3006, 0x3096, 0x30F6, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: .kanji
        case 0x3041...0x309F: .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF: .katakana
        case 0xC0...0x24F: .latin
        case 0x3000: .space
        default: .other
        }
    }

    /// Scalars of one group make one dictionary key: kanji, or kana of either script.
    @inline(__always) static func group(_ c: UInt8) -> UInt8 {
        switch c {
        case Class.kanji.rawValue: 1
        case Class.hiragana.rawValue, Class.katakana.rawValue: 2
        default: 0
        }
    }
}

extension PersonTagger {
    /// A tagger over the built-in name lists, for training: its own weights are not read.
    package static func builtInLists() -> PersonTagger {
        let tables = BuiltInDictionaries.tables
        return PersonTagger(tables: tables.personTagger, names: tables.names, places: tables.places)
    }
}
