public import struct Foundation.Date

/// One week or month of a report, cut to the report's range where it begins or ends outside it.
public struct ReportPeriod: Sendable, Hashable {
    /// A week or a month.
    public var granularity: ReportGranularity
    /// The first instant counted.
    public var start: Date
    /// The first instant not counted.
    public var end: Date
    /// True when the report's range cuts the week or month short (a week at either end of a month).
    public var isPartial: Bool
    /// "March 2026", "2–8 Mar 2026", "30 Mar – 5 Apr 2026".
    public var label: String
    /// For a chart's axis: "Mar", "2 Mar".
    public var shortLabel: String
    /// The first local day counted.
    public var firstDay: LocalDay
    /// The last local day counted.
    public var lastDay: LocalDay

    /// A period as ``ReportCalendar`` lays it out.
    public init(
        granularity: ReportGranularity, start: Date, end: Date, isPartial: Bool, label: String, shortLabel: String,
        firstDay: LocalDay, lastDay: LocalDay
    ) {
        self.granularity = granularity
        self.start = start
        self.end = end
        self.isPartial = isPartial
        self.label = label
        self.shortLabel = shortLabel
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    /// True when `date` falls in the period.
    public func contains(_ date: Date) -> Bool { start <= date && date < end }
}
