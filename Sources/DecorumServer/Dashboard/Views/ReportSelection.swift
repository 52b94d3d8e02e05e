import Foundation

/// Which report the Reports page shows: one UK week, day by day, or one calendar month, week by week, named in
/// the address by its kind and any day in it (`?period=month&from=2026-03-01`); the current month by default.
struct ReportSelection: Sendable, Hashable {
    /// Why an address names no report, in words for the page that refuses it.
    enum Problem: Error, Hashable, CustomStringConvertible {
        case unknownPeriod(String)
        case unreadableDay(String)

        var description: String {
            switch self {
            case .unknownPeriod: "A report covers a week or a month: choose one from the list."
            case .unreadableDay: "The first day must be a date, written like 2026-03-01."
            }
        }
    }

    /// A week or a month.
    let period: ReportGranularity
    /// The whole week or month, in instants.
    let range: DateInterval
    /// Its first day, in UK time.
    let firstDay: LocalDay

    /// How the period is broken down: a week into days, a month into weeks.
    var breakdown: ReportGranularity { period == .week ? .day : .week }

    /// The week or month of kind `period` ("week" or "month"; a month when absent) containing the day `from`
    /// (`yyyy-MM-dd`; today when absent).
    init(period: String?, from: String?, today: Date, calendar: ReportCalendar) throws(Problem) {
        let kind: ReportGranularity
        switch period ?? "" {
        case "", "month": kind = .month
        case "week": kind = .week
        case let other: throw .unknownPeriod(other)
        }
        var day = today
        if let from, !from.isEmpty {
            guard let local = LocalDay(parsing: from), let start = calendar.start(of: local) else { throw .unreadableDay(from) }
            day = start
        }
        self.init(kind, range: calendar.interval(of: kind, containing: day), calendar: calendar)
    }

    private init(_ period: ReportGranularity, range: DateInterval, calendar: ReportCalendar) {
        self.period = period
        self.range = range
        firstDay = calendar.localDay(range.start)
    }

    /// The week or month before this one.
    func previous(_ calendar: ReportCalendar) -> ReportSelection {
        ReportSelection(period, range: calendar.previous(period, before: range.start), calendar: calendar)
    }

    /// The week or month after this one.
    func next(_ calendar: ReportCalendar) -> ReportSelection {
        ReportSelection(period, range: calendar.interval(of: period, containing: range.end), calendar: calendar)
    }

    /// `period=month&from=2026-03-01`: the address's query for this report.
    var query: String { "period=\(period.rawValue)&from=\(firstDay)" }
}
