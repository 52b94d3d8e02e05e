/// How long something took across many items: how many, the median and the 90th percentile.
///
/// The median of an even count is the mean of the two middle values; the 90th percentile is by nearest rank
/// (the smallest time at least 90% of items were within), so it is always a time some item really took.
public struct DurationSummary: Sendable, Hashable {
    /// How many items were timed.
    public var count: Int
    /// Nil when nothing was timed.
    public var median: Duration?
    /// Nil when nothing was timed.
    public var p90: Duration?

    /// The summary of `durations`, in any order.
    public init(_ durations: [Duration]) {
        let sorted = durations.sorted()
        count = sorted.count
        median = Self.median(sorted)
        p90 = Self.percentile(90, sorted)
    }

    /// Nothing timed.
    public static let empty = DurationSummary([])

    /// The median of values sorted ascending.
    public static func median(_ sorted: [Duration]) -> Duration? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The `percent` percentile by nearest rank (the value at rank ⌈percent/100 × n⌉) of values sorted ascending.
    public static func percentile(_ percent: Int, _ sorted: [Duration]) -> Duration? {
        guard !sorted.isEmpty, (0...100).contains(percent) else { return nil }
        // Integer arithmetic: ⌈p·n/100⌉ exactly, where floating point could land a hair above a whole rank.
        let rank = max(1, (percent * sorted.count + 99) / 100)
        return sorted[rank - 1]
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    var reportMillis: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    /// Seconds with the milliseconds, for charts and spreadsheets.
    var reportSeconds: Double { Double(reportMillis) / 1000 }
}
