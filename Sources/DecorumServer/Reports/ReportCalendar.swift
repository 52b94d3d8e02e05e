import DecorumCore
public import Foundation

/// Weeks and months as a practice in the UK counts them: weeks start on Monday, and both start at local
/// midnight in Europe/London, so a week across a clock change is an hour shorter or longer.
///
/// Period boundaries are computed once per report and items placed by comparing times, so bucketing is
/// the same on every database and costs no calendar arithmetic per item.
public struct ReportCalendar: Sendable {
    /// The time zone periods and local times are counted in.
    public let timeZone: TimeZone
    let calendar: Calendar

    /// A calendar counting in `timeZone`, weeks from Monday.
    public init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        self.timeZone = timeZone
        self.calendar = calendar
    }

    /// UK time (GMT in winter, BST in summer).
    public static let london: ReportCalendar = {
        guard let zone = TimeZone(identifier: "Europe/London") else {
            // Foundation carries its own time-zone data, so this means a broken installation, not a setting.
            preconditionFailure("The Europe/London time zone is unknown to Foundation; reinstall the Swift runtime.")
        }
        return ReportCalendar(timeZone: zone)
    }()

    /// The whole week or month containing `date`.
    public func interval(of granularity: ReportGranularity, containing date: Date) -> DateInterval {
        let component: Calendar.Component = switch granularity {
        case .day: .day
        case .week: .weekOfYear
        case .month: .month
        }
        guard let interval = calendar.dateInterval(of: component, for: date) else {
            preconditionFailure("The calendar has no \(granularity.noun) containing \(date)")
        }
        return interval
    }

    /// The calendar month `month` (1–12) of `year`, or nil if there is no such month.
    public func month(_ month: Int, of year: Int) -> DateInterval? {
        guard (1...12).contains(month), (1970...9999).contains(year),
              let start = calendar.date(from: DateComponents(year: year, month: month, day: 1))
        else { return nil }
        return interval(of: .month, containing: start)
    }

    /// The week that starts on the Monday `year`-`month`-`day`, or nil if that is not a Monday.
    public func week(startingOn year: Int, _ month: Int, _ day: Int) -> DateInterval? {
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        let week = interval(of: .week, containing: start)
        return week.start == start ? week : nil
    }

    /// The last `count` whole weeks or months, up to and including the one containing `date`.
    public func last(_ count: Int, _ granularity: ReportGranularity, endingWith date: Date) -> DateInterval {
        let current = interval(of: granularity, containing: date)
        var start = current.start
        for _ in 1..<max(count, 1) {
            start = interval(of: granularity, containing: start.addingTimeInterval(-1)).start
        }
        return DateInterval(start: start, end: current.end)
    }

    /// The weeks or months covering `range`, oldest first; the first and last are cut to the range.
    public func periods(_ granularity: ReportGranularity, covering range: DateInterval) -> [ReportPeriod] {
        var periods = [ReportPeriod]()
        var whole = interval(of: granularity, containing: range.start)
        while whole.start < range.end {
            let start = max(whole.start, range.start)
            let end = min(whole.end, range.end)
            if start < end {
                periods.append(ReportPeriod(
                    granularity: granularity, start: start, end: end, isPartial: start != whole.start || end != whole.end,
                    label: label(granularity, start: start, end: end, whole: whole), shortLabel: shortLabel(granularity, start),
                    firstDay: localDay(start), lastDay: localDay(end.addingTimeInterval(-0.001))))
            }
            whole = interval(of: granularity, containing: whole.end)
        }
        return periods
    }

    /// Local midnight at the start of `day`, or nil if there is no such day (30 February).
    public func start(of day: LocalDay) -> Date? {
        guard (1970...9999).contains(day.year),
              let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)),
              localDay(date) == day
        else { return nil }
        return date
    }

    /// The week or month before the one that starts at `start`.
    public func previous(_ granularity: ReportGranularity, before start: Date) -> DateInterval {
        interval(of: granularity, containing: start.addingTimeInterval(-1))
    }

    /// The local calendar day of `date`.
    public func localDay(_ date: Date) -> LocalDay {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return LocalDay(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    /// `date` in local time, `2026-03-29 01:30:00`: what a spreadsheet reads as a date and time.
    public func localTimestamp(_ date: Date) -> String {
        // The offset for the instant, then plain arithmetic: cheaper than calendar components for every row.
        let seconds = Int64((date.timeIntervalSince1970).rounded(.down)) + Int64(timeZone.secondsFromGMT(for: date))
        return CivilTime.timestamp(unixSeconds: seconds, separator: " ")
    }

    /// A range's days in words: "1–31 March 2026", "30 Mar – 5 Apr 2026", "1 March 2026".
    public func rangeLabel(_ range: DateInterval) -> String {
        let first = localDay(range.start)
        let last = localDay(range.end.addingTimeInterval(-0.001))
        return Self.dayRange(first, last, longMonths: true)
    }

    private func label(_ granularity: ReportGranularity, start: Date, end: Date, whole: DateInterval) -> String {
        let first = localDay(start)
        if granularity == .month && start == whole.start && end == whole.end {
            return "\(LocalDay.monthNames[first.month - 1]) \(first.year)"
        }
        if granularity == .day { return "\(weekdayAbbreviation(start)) \(Self.dayRange(first, first, longMonths: false))" }
        return Self.dayRange(first, localDay(end.addingTimeInterval(-0.001)), longMonths: granularity == .month)
    }

    private func shortLabel(_ granularity: ReportGranularity, _ start: Date) -> String {
        let day = localDay(start)
        let month = LocalDay.monthAbbreviations[day.month - 1]
        switch granularity {
        case .day: return "\(weekdayAbbreviation(start)) \(day.day)"
        case .week: return "\(day.day) \(month)"
        case .month: return month
        }
    }

    /// "Mon" to "Sun", in English whatever the server's locale.
    private func weekdayAbbreviation(_ date: Date) -> String {
        let weekday = calendar.component(.weekday, from: date)  // 1 is Sunday
        return ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(weekday - 1 + 7) % 7]
    }

    static func dayRange(_ first: LocalDay, _ last: LocalDay, longMonths: Bool) -> String {
        let names = longMonths ? LocalDay.monthNames : LocalDay.monthAbbreviations
        if first == last { return "\(first.day) \(names[first.month - 1]) \(first.year)" }
        if first.year == last.year && first.month == last.month {
            return "\(first.day)–\(last.day) \(names[first.month - 1]) \(first.year)"
        }
        if first.year == last.year {
            return "\(first.day) \(names[first.month - 1]) – \(last.day) \(names[last.month - 1]) \(last.year)"
        }
        return "\(first.day) \(names[first.month - 1]) \(first.year) – \(last.day) \(names[last.month - 1]) \(last.year)"
    }
}
