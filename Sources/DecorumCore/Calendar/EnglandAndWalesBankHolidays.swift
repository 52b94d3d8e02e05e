/// The bank holidays of England and Wales (Banking and Financial Dealings Act 1971 and royal proclamations):
/// the regular ones with their substitute days, and the one-off days proclaimed since 1999.
public enum EnglandAndWalesBankHolidays {
    /// The holidays of `year`, with their names.
    public static func holidays(in year: Int) -> [CalendarDay: String] {
        var days = [CalendarDay: String]()
        func add(_ day: CalendarDay, _ name: String) { days[day] = name }

        let newYear = CalendarDay(unchecked: year, 1, 1)
        add(newYear.isWeekend ? nextMonday(after: newYear) : newYear, newYear.isWeekend ? "New Year's Day (substitute day)" : "New Year's Day")

        let easter = easterSunday(year)
        add(easter.adding(days: -2), "Good Friday")
        add(easter.adding(days: 1), "Easter Monday")

        if let moved = movedEarlyMay[year] { add(moved, "Early May bank holiday") } else { add(firstMonday(of: 5, in: year), "Early May bank holiday") }
        if let moved = movedSpring[year] { add(moved, "Spring bank holiday") } else { add(lastMonday(of: 5, in: year), "Spring bank holiday") }
        add(lastMonday(of: 8, in: year), "Summer bank holiday")

        let christmas = CalendarDay(unchecked: year, 12, 25)
        switch christmas.weekday {
        case 5:  // Friday: Boxing Day is Saturday, its substitute Monday 28th
            add(christmas, "Christmas Day")
            add(CalendarDay(unchecked: year, 12, 28), "Boxing Day (substitute day)")
        case 6:  // Saturday: both move to Monday 27th and Tuesday 28th
            add(CalendarDay(unchecked: year, 12, 27), "Christmas Day (substitute day)")
            add(CalendarDay(unchecked: year, 12, 28), "Boxing Day (substitute day)")
        case 7:  // Sunday: Boxing Day is Monday 26th, Christmas's substitute Tuesday 27th
            add(CalendarDay(unchecked: year, 12, 26), "Boxing Day")
            add(CalendarDay(unchecked: year, 12, 27), "Christmas Day (substitute day)")
        default:
            add(christmas, "Christmas Day")
            add(CalendarDay(unchecked: year, 12, 26), "Boxing Day")
        }
        for (day, name) in oneOff where day.year == year { add(day, name) }
        return days
    }

    /// The holiday's name, if `day` is one.
    public static func name(of day: CalendarDay) -> String? { holidays(in: day.year)[day] }

    /// Holidays moved by proclamation from their usual Monday.
    static let movedEarlyMay: [Int: CalendarDay] = [1995: CalendarDay(unchecked: 1995, 5, 8), 2020: CalendarDay(unchecked: 2020, 5, 8)]
    static let movedSpring: [Int: CalendarDay] = [
        2002: CalendarDay(unchecked: 2002, 6, 4), 2012: CalendarDay(unchecked: 2012, 6, 4), 2022: CalendarDay(unchecked: 2022, 6, 2),
    ]
    /// Extra days proclaimed once.
    static let oneOff: [(CalendarDay, String)] = [
        (CalendarDay(unchecked: 1999, 12, 31), "Millennium Day"),
        (CalendarDay(unchecked: 2002, 6, 3), "Golden Jubilee bank holiday"),
        (CalendarDay(unchecked: 2011, 4, 29), "Royal wedding bank holiday"),
        (CalendarDay(unchecked: 2012, 6, 5), "Diamond Jubilee bank holiday"),
        (CalendarDay(unchecked: 2022, 6, 3), "Platinum Jubilee bank holiday"),
        (CalendarDay(unchecked: 2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"),
        (CalendarDay(unchecked: 2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
    ]

    /// Easter Sunday (the anonymous Gregorian computus).
    static func easterSunday(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(unchecked: year, month, day)
    }

    static func firstMonday(of month: Int, in year: Int) -> CalendarDay {
        let first = CalendarDay(unchecked: year, month, 1)
        return first.adding(days: (8 - first.weekday) % 7)
    }

    static func lastMonday(of month: Int, in year: Int) -> CalendarDay {
        let last = CalendarDay(unchecked: year, month, CalendarDay.daysIn(month: month, year: year))
        return last.adding(days: -((last.weekday + 6) % 7))
    }

    static func nextMonday(after day: CalendarDay) -> CalendarDay { day.adding(days: 8 - day.weekday) }
}
