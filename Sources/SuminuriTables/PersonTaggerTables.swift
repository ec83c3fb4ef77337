import PatternSearch
import TextNormalization

/// The weights of the person-name tagger (`model/person-tagger.tsv`): a character tagger
/// trained on `Corpus/` by `suminuri train-tagger`, which finds names where the rules' cues
/// and lists end. Features are hashed into `bucketCount` buckets; each bucket holds one
/// weight per tag (outside a name, a name's first character, inside a name).
///
/// File rows: `shape  BUCKETS  FEATURES  SCALE` first (what the weights were trained for: the
/// bucket count, the version of the feature set, and the factor that turned the trained
/// weights into integers), `BUCKET  O  B  I` (a bucket index and three integer weights), and
/// `tFROM  O  B  I` for the transitions from tag FROM (0 O, 1 B, 2 I, 3 the text's start).
/// Buckets absent from the file weigh nothing; without the file the tagger finds nothing.
/// Weights trained for another bucket count or feature set are refused: they would hash
/// every feature into the wrong bucket and tag at random.
package struct PersonTaggerTables: CompiledTable {
    package static let sources = ["model/"]
    package static let path = "model/person-tagger.tsv"
    /// A power of two, shared by the trainer and the tagger.
    package static let bucketCount = 1 << 17
    package static let tagCount = 3
    /// The version of `PersonTagger`'s features: raised whenever a feature changes, so that
    /// weights trained for the old ones fail the build instead of tagging at random.
    package static let featureVersion = 1
    /// `bucketCount × tagCount` weights, bucket-major; empty when no model was given.
    package let weights: FlatArray<Int16>
    /// `4 × tagCount`: from O, B, I and the start, to each tag.
    package let transitions: FlatArray<Int32>
    /// What one unit of the trained weights is in the integers of `weights` (1 without a model).
    package let scale: Int

    package var isEmpty: Bool { weights.isEmpty }

    package init(compiling dictionaries: some DictionaryRecords, normalizer: Normalizer) throws {
        // A user's file of weights (`--dictionary DIR` with model/person-tagger.tsv) comes after
        // the built-in one and replaces it whole: weights from two trainings do not add up.
        var records = dictionaries.records(at: Self.path)
        if let last = records.lastIndex(where: { $0.fields.first == "shape" }) { records = Array(records[last...]) }
        guard !records.isEmpty else {
            weights = FlatArray([])
            transitions = FlatArray([Int32](repeating: 0, count: 4 * Self.tagCount))
            scale = 1
            return
        }
        let shape = records[0]
        guard shape.fields.count == 4, shape.fields[0] == "shape", let buckets = Int(shape.fields[1]), let features = Int(shape.fields[2]),
              let scale = Int(shape.fields[3]), scale > 0 else {
            throw shape.error("the first record must be `shape  BUCKETS  FEATURES  SCALE`")
        }
        guard buckets == Self.bucketCount, features == Self.featureVersion else {
            throw shape.error("weights trained for \(buckets) buckets and features version \(features), but this build has \(Self.bucketCount) and \(Self.featureVersion): train again (suminuri train-tagger Corpus/)")
        }
        self.scale = scale
        var weights = [Int16](repeating: 0, count: Self.bucketCount * Self.tagCount)
        var transitions = [Int32](repeating: 0, count: 4 * Self.tagCount)
        for record in records.dropFirst() {
            guard record.fields.count == 1 + Self.tagCount else { throw record.error("expected 4 columns: BUCKET, O, B, I") }
            let values = try record.fields.dropFirst().map { field -> Int16 in
                guard let value = Int16(field) else { throw record.error("a weight must be an integer in -32768...32767, found \"\(field)\"") }
                return value
            }
            let key = record.fields[0]
            if key.hasPrefix("t"), let from = Int(key.dropFirst()), (0..<4).contains(from) {
                for tag in 0..<Self.tagCount { transitions[from * Self.tagCount + tag] = Int32(values[tag]) }
            } else if let bucket = Int(key), (0..<Self.bucketCount).contains(bucket) {
                for tag in 0..<Self.tagCount { weights[bucket * Self.tagCount + tag] = values[tag] }
            } else {
                throw record.error("the first column must be a bucket in 0..<\(Self.bucketCount) or t0…t3, found \"\(key)\"")
            }
        }
        self.weights = FlatArray(weights)
        self.transitions = FlatArray(transitions)
    }

    package init(reading reader: inout TableReader) {
        weights = reader.read()
        transitions = reader.read()
        scale = reader.readInt()
    }

    package func write(to writer: inout TableWriter) {
        writer.write(Array(weights))
        writer.write(Array(transitions))
        writer.write(scale)
    }
}
