/// How a report groups items: by UK week (Monday to Sunday) or by calendar month.
public enum ReportGranularity: String, Sendable, Hashable, CaseIterable, Codable {
    case week
    case month

    /// "week" or "month", for sentences.
    public var noun: String { rawValue }
}
