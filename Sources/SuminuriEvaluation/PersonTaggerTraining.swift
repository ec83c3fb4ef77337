import Suminuri
import SuminuriTables
import TextNormalization

/// Trains the person-name tagger (`PersonTagger`) on annotated inquiries: an averaged
/// structured perceptron over the tagger's own features, decoded with its own Viterbi, so that
/// what is trained is exactly what scans. Deterministic: the same entries and epochs give the
/// same weights, byte for byte.
public enum PersonTaggerTraining {
    /// One inquiry, ready to train on: the buckets of every scalar's features and its gold tag.
    struct Example {
        let buckets: [Int32]
        let tags: [UInt8]
    }

    /// Trains on `entries` and returns `model/person-tagger.tsv`, whose first lines are `header`.
    public static func train(_ entries: [CorpusEntry], epochs: Int, header: [String]) -> String {
        let tagger = PersonTagger.builtInLists()
        let normalizer = Normalizer()
        let examples = entries.compactMap { example($0, tagger: tagger, normalizer: normalizer) }
        let (weights, transitions) = perceptron(examples, epochs: epochs)
        return tsv(weights: weights, transitions: transitions, header: header)
    }

    static func example(_ entry: CorpusEntry, tagger: PersonTagger, normalizer: Normalizer) -> Example? {
        guard let text = normalizer.normalize(entry.text) else { return nil }
        // Gold names as UTF-8 ranges of the original text (the corpus counts scalars).
        var utf8Offsets: [Int] = [0]
        for scalar in entry.text.unicodeScalars { utf8Offsets.append(utf8Offsets.last! + UTF8.width(scalar)) }
        let names = entry.spans.filter { $0.label == .person && $0.end <= utf8Offsets.count - 1 && $0.start < $0.end }
            .map { utf8Offsets[$0.start]..<utf8Offsets[$0.end] }.sorted { $0.lowerBound < $1.lowerBound }
        let sequence = tagger.sequence(text)
        var buckets: [Int32] = []
        buckets.reserveCapacity(sequence.count * PersonTagger.featureCount)
        var tags: [UInt8] = []
        var previousName = -1
        for i in 0..<sequence.count {
            tagger.features(of: sequence, at: i, into: &buckets)
            let start = text.originalRange(for: NormalizedRange(utf8: sequence.offsets[i]..<sequence.offsets[i + 1])).lowerBound.utf8
            if let name = names.firstIndex(where: { $0.contains(start) }) {
                tags.append(name == previousName ? 2 : 1)
                previousName = name
            } else {
                tags.append(0)
                previousName = -1
            }
        }
        return Example(buckets: buckets, tags: tags)
    }

    static func perceptron(_ examples: [Example], epochs: Int) -> (weights: [Double], transitions: [Double]) {
        let size = PersonTaggerTables.bucketCount * 3, k = PersonTagger.featureCount
        var weights = [Double](repeating: 0, count: size), sums = weights
        var transitions = [Double](repeating: 0, count: 12), transitionSums = transitions
        var step = 1.0
        var order = Array(examples.indices)
        var random = SplitMix64(seed: 0x5355_4D49)
        for _ in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(random.next() % UInt64(i + 1))) }
            for index in order {
                let example = examples[index], n = example.tags.count
                var scores = [Float](repeating: 0, count: n * 3)
                for i in 0..<n {
                    for bucket in example.buckets[(i * k)..<((i + 1) * k)] {
                        let base = Int(bucket) * 3
                        for tag in 0..<3 { scores[i * 3 + tag] += Float(weights[base + tag]) }
                    }
                }
                let predicted = PersonTagger.decode(scores, transitions: transitions.map { Float($0) })
                if predicted != example.tags {
                    for i in 0..<n {
                        let gold = Int(example.tags[i]), guess = Int(predicted[i])
                        if gold != guess {
                            for bucket in example.buckets[(i * k)..<((i + 1) * k)] {
                                let base = Int(bucket) * 3
                                weights[base + gold] += 1; sums[base + gold] += step
                                weights[base + guess] -= 1; sums[base + guess] -= step
                            }
                        }
                        let goldFrom = i > 0 ? Int(example.tags[i - 1]) : 3, guessFrom = i > 0 ? Int(predicted[i - 1]) : 3
                        if gold != guess || goldFrom != guessFrom {
                            transitions[goldFrom * 3 + gold] += 1; transitionSums[goldFrom * 3 + gold] += step
                            transitions[guessFrom * 3 + guess] -= 1; transitionSums[guessFrom * 3 + guess] -= step
                        }
                    }
                }
                step += 1
            }
        }
        // Averaged weights: each weight's mean over every step of training.
        let averaged = weights.indices.map { weights[$0] - sums[$0] / step }
        let averagedTransitions = transitions.indices.map { transitions[$0] - transitionSums[$0] / step }
        return (averaged, averagedTransitions)
    }

    /// Integer weights, scaled so that the largest fits an Int16; buckets that round to zero
    /// are left out.
    static func tsv(weights: [Double], transitions: [Double], header: [String]) -> String {
        let largest = max(weights.map(abs).max() ?? 0, transitions.map(abs).max() ?? 0)
        let scale = largest > 0 ? max(1, min(100, (32_000 / largest).rounded(.down))) : 1
        func integer(_ value: Double) -> Int { Int((value * scale).rounded()) }
        var out = header.map { "# \($0)\n" }.joined()
        out += "shape\t\(PersonTaggerTables.bucketCount)\t\(PersonTaggerTables.featureVersion)\t\(Int(scale))\n"
        for from in 0..<4 {
            out += "t\(from)\t" + (0..<3).map { String(integer(transitions[from * 3 + $0])) }.joined(separator: "\t") + "\n"
        }
        for bucket in 0..<(weights.count / 3) {
            let values = (0..<3).map { integer(weights[bucket * 3 + $0]) }
            guard values.contains(where: { $0 != 0 }) else { continue }
            out += "\(bucket)\t" + values.map(String.init).joined(separator: "\t") + "\n"
        }
        return out
    }
}

/// A small seeded generator (SplitMix64): training shuffles, and the benchmark generates its
/// look-alike text, the same way on every machine.
public struct SplitMix64: Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    public mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
}
