/// Maps offsets in a transformed text back to the text it was made from.
///
/// Offsets are UTF-8 byte offsets. A map stores only the changed regions, sorted and
/// non-overlapping; between them the two texts are byte-identical, so a position there maps
/// by a constant delta. A position inside a changed region has no exact image: ranges are
/// mapped *outward* (start to the region's source start, end to its source end), because
/// covering a little more of the original is safe and covering less would leak.
public struct OffsetMap: Sendable, Hashable {
    /// One changed region: `source` in the earlier text became `target` in the later one.
    public struct Region: Sendable, Hashable {
        public var source: Range<Int>
        public var target: Range<Int>
        public init(source: Range<Int>, target: Range<Int>) {
            self.source = source
            self.target = target
        }
    }

    /// Changed regions in ascending order of both source and target offsets.
    public private(set) var regions: [Region]

    /// The identity map.
    public init() { regions = [] }

    /// Builds a map from regions that must be sorted and non-overlapping.
    public init(regions: [Region]) {
        precondition(zip(regions, regions.dropFirst()).allSatisfy {
            $0.source.upperBound <= $1.source.lowerBound && $0.target.upperBound <= $1.target.lowerBound
        }, "OffsetMap regions must be sorted and non-overlapping")
        self.regions = regions
    }

    public var isIdentity: Bool { regions.isEmpty }

    /// The source offset for a target offset, rounding down inside a changed region.
    /// - Complexity: O(log r) for r changed regions.
    public func sourceLowerBound(_ target: Int) -> Int {
        guard let index = lastRegion(startingAtOrBefore: target) else { return target }
        let region = regions[index]
        if target < region.target.upperBound || (region.target.isEmpty && target == region.target.lowerBound) {
            return region.source.lowerBound
        }
        return target - region.target.upperBound + region.source.upperBound
    }

    /// The source offset for a target offset, rounding up inside a changed region.
    public func sourceUpperBound(_ target: Int) -> Int {
        guard let index = lastRegion(startingBefore: target) else { return target }
        let region = regions[index]
        if target <= region.target.upperBound { return region.source.upperBound }
        return target - region.target.upperBound + region.source.upperBound
    }

    /// The target range a source range became (outward inside changed regions): used to carry
    /// ranges of an earlier step (katakana runs) through a later one.
    public func targetRange(for source: Range<Int>) -> Range<Int> {
        func map(_ offset: Int, upper: Bool) -> Int {
            var low = 0, high = regions.count
            while low < high {
                let mid = (low + high) / 2
                if upper ? regions[mid].source.lowerBound < offset : regions[mid].source.lowerBound <= offset { low = mid + 1 } else { high = mid }
            }
            guard low > 0 else { return offset }
            let region = regions[low - 1]
            if offset < region.source.upperBound || (upper && offset == region.source.upperBound) {
                return upper ? region.target.upperBound : region.target.lowerBound
            }
            return offset - region.source.upperBound + region.target.upperBound
        }
        let lower = map(source.lowerBound, upper: false)
        return lower..<max(lower, map(source.upperBound, upper: true))
    }

    /// The smallest source range whose transformation covers `target`.
    public func sourceRange(for target: Range<Int>) -> Range<Int> {
        let lower = sourceLowerBound(target.lowerBound)
        let upper = target.isEmpty ? lower : max(lower, sourceUpperBound(target.upperBound))
        return lower..<upper
    }

    /// Index of the last region whose target starts at or before `offset`.
    private func lastRegion(startingAtOrBefore offset: Int) -> Int? {
        var low = 0, high = regions.count
        while low < high {
            let mid = (low + high) / 2
            if regions[mid].target.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    /// Index of the last region whose target starts strictly before `offset`.
    private func lastRegion(startingBefore offset: Int) -> Int? {
        var low = 0, high = regions.count
        while low < high {
            let mid = (low + high) / 2
            if regions[mid].target.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }
}
