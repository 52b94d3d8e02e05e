/// How a report groups items: by UK day, by UK week (Monday to Sunday) or by calendar month.
public enum ReportGranularity: String, Sendable, Hashable, CaseIterable, Codable {
    case day
    case week
    case month

    /// "day", "week" or "month", for sentences.
    public var noun: String { rawValue }

    /// "Day", "Week" or "Month", for a table's heading.
    public var heading: String {
        switch self {
        case .day: "Day"
        case .week: "Week"
        case .month: "Month"
        }
    }

    /// "day by day", "week by week" or "month by month".
    public var cadence: String { "\(noun) by \(noun)" }
}
