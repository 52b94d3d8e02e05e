@testable import DecorumCore
import Testing

/// Bank holidays of England and Wales and the complaint acknowledgement deadline (3 working days).
@Suite("Working days in England and Wales")
struct WorkingDaysTests {
    func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test("the bank holidays of 2026 and 2027 are the ones gov.uk lists, substitute days included", arguments: [
        (2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]),
        (2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"]),
        (2022, ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
                "2022-12-26", "2022-12-27"]),
        (2023, ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"]),
        (2020, ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"]),
    ])
    func holidays(year: Int, expected: [String]) {
        #expect(EnglandAndWalesBankHolidays.holidays(in: year).keys.map(\.description).sorted() == expected)
    }

    @Test("dates count, weekdays and ISO text are right across months, leap years and the epoch")
    func calendar() {
        #expect(day("1970-01-01").ordinal == 0 && day("1970-01-01").weekday == 4)
        #expect(day("2026-12-02").weekday == 3)
        #expect(day("2028-02-28").adding(days: 1).description == "2028-02-29")
        #expect(day("2100-02-28").adding(days: 1).description == "2100-03-01")
        #expect(day("2026-12-31").adding(days: 1).description == "2027-01-01")
        #expect(CalendarDay(iso: "2026-02-29") == nil && CalendarDay(iso: "2026-13-01") == nil && CalendarDay(iso: "26-1-1") == nil)
        for n in stride(from: -800_000, through: 800_000, by: 997) { #expect(CalendarDay(ordinal: n).ordinal == n) }
    }

    @Test("a complaint's acknowledgement is due on the third working day after it arrived", arguments: [
        ("2026-12-01", "2026-12-04"),  // Tuesday → Friday
        ("2026-12-03", "2026-12-08"),  // Thursday → the weekend skipped → Tuesday
        ("2026-12-05", "2026-12-09"),  // Saturday → Mon, Tue, Wed
        ("2026-12-23", "2026-12-30"),  // Wednesday: Christmas Day and the Boxing Day substitute skipped
        ("2026-12-24", "2026-12-31"),
        ("2027-03-25", "2027-04-01"),  // Easter: Good Friday and Easter Monday skipped
        ("2026-08-28", "2026-09-03"),  // Friday before the summer bank holiday
    ])
    func acknowledgement(received: String, due: String) {
        #expect(ComplaintAcknowledgement.due(receivedOn: day(received)).description == due)
    }

    @Test("working days are counted between two dates, the first excluded")
    func counting() {
        #expect(WorkingDays.count(after: day("2026-12-24"), through: day("2026-12-31")) == 3)
        #expect(WorkingDays.count(after: day("2026-12-04"), through: day("2026-12-04")) == 0)
        #expect(WorkingDays.count(after: day("2026-12-04"), through: day("2026-12-01")) == 0)
        #expect(!WorkingDays.isWorkingDay(day("2026-12-28")) && WorkingDays.isWorkingDay(day("2026-12-29")))
    }
}
