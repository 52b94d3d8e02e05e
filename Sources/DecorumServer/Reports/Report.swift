public import DecorumCore
public import Foundation

/// A report: the figures of each week or month of a range, and of the whole range.
public struct Report: Sendable, Hashable {
    /// Weeks or months.
    public var granularity: ReportGranularity
    /// The instants counted: items that arrived, alerts raised, in `range.start..<range.end`.
    public var range: DateInterval
    /// The range in words: "1–31 March 2026".
    public var rangeLabel: String
    /// The Page reported on, or nil for every Page.
    public var page: PageID?
    /// Oldest first.
    public var periods: [PeriodFigures]
    /// The whole range (medians and percentiles over all its items, not of the periods' figures).
    public var total: PeriodFigures

    /// A report of figures already counted (``ReportBuilder`` makes them).
    public init(
        granularity: ReportGranularity, range: DateInterval, rangeLabel: String, page: PageID?, periods: [PeriodFigures],
        total: PeriodFigures
    ) {
        self.granularity = granularity
        self.range = range
        self.rangeLabel = rangeLabel
        self.page = page
        self.periods = periods
        self.total = total
    }

    /// The categories that occur in the range, in contract order: the ones worth a column or a legend entry.
    public var categoriesPresent: [Category] {
        Category.allCases.filter { total.count($0) > 0 }
    }
}
