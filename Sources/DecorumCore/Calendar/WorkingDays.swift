/// Working days in England and Wales: Monday to Friday, not a bank holiday.
public enum WorkingDays {
    public static func isWorkingDay(_ day: CalendarDay) -> Bool {
        !day.isWeekend && EnglandAndWalesBankHolidays.name(of: day) == nil
    }

    /// The `count`th working day after `day` (the day itself does not count).
    public static func day(_ count: Int, after day: CalendarDay) -> CalendarDay {
        var current = day
        var left = count
        while left > 0 {
            current = current.adding(days: 1)
            if isWorkingDay(current) { left -= 1 }
        }
        return current
    }

    /// Working days from the day after `start` up to and including `end` (0 when `end` is not after `start`).
    public static func count(after start: CalendarDay, through end: CalendarDay) -> Int {
        guard end > start else { return 0 }
        return (1...(end.ordinal - start.ordinal)).filter { isWorkingDay(start.adding(days: $0)) }.count
    }
}

/// When a formal complaint must be acknowledged: the NHS complaints regulations (2009, reg. 13) ask for it
/// "not later than 3 working days after the day on which it receives the complaint".
public enum ComplaintAcknowledgement {
    public static let workingDays = 3

    /// The last day the acknowledgement may be sent, for a complaint received on `received` (the practice's date).
    public static func due(receivedOn received: CalendarDay) -> CalendarDay {
        WorkingDays.day(workingDays, after: received)
    }
}
