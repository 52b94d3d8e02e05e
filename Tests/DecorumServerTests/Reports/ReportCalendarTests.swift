import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Testing

@Suite("Report weeks and months in UK time")
struct ReportCalendarTests {
    let calendar = ReportCalendar.london
    let utc = ReportFixtures.utc

    @Test("an item at 23:30 UTC on a Sunday in summer belongs to Monday's week in London")
    func summerSundayNight() {
        let week = calendar.interval(of: .week, containing: utc("2026-06-21T23:30:00Z"))
        #expect(week.start == utc("2026-06-21T23:00:00Z"))  // Monday 22 June, 00:00 BST
        #expect(week.end == utc("2026-06-28T23:00:00Z"))
        let june = calendar.month(6, of: 2026)!
        let report = ReportBuilder().build(.week, range: june, items: [ReportFixtures.item("late", "2026-06-21T23:30:00Z")], alerts: [])
        let counted = report.periods.filter { $0.itemsReceived > 0 }.map(\.period.label)
        #expect(counted == ["22–28 Jun 2026"])
    }

    @Test("the week the clocks go forward is 167 hours long, and the week they go back 169")
    func clockChangeWeeks() {
        let spring = calendar.interval(of: .week, containing: utc("2026-03-29T12:00:00Z"))
        #expect(spring.start == utc("2026-03-23T00:00:00Z"))
        #expect(spring.end == utc("2026-03-29T23:00:00Z"))
        #expect(spring.duration == 167 * 3600)
        let autumn = calendar.interval(of: .week, containing: utc("2026-10-25T12:00:00Z"))
        #expect(autumn.start == utc("2026-10-18T23:00:00Z"))
        #expect(autumn.end == utc("2026-10-26T00:00:00Z"))
        #expect(autumn.duration == 169 * 3600)
    }

    @Test("on the weekend the clocks go forward, Sunday's items before and after the change share a week; Sunday 23:30 UTC is Monday's",
          arguments: [
              ("2026-03-29T00:30:00Z", "23–29 Mar 2026"),  // 00:30 GMT
              ("2026-03-29T01:30:00Z", "23–29 Mar 2026"),  // 02:30 BST
              ("2026-03-29T22:59:59Z", "23–29 Mar 2026"),  // 23:59:59 BST
              ("2026-03-29T23:30:00Z", "30 Mar – 5 Apr 2026"),  // 00:30 BST on Monday
          ])
    func springForward(instant: String, week: String) {
        let range = calendar.last(3, .week, endingWith: utc("2026-04-01T12:00:00Z"))
        let report = ReportBuilder().build(.week, range: range, items: [ReportFixtures.item("x", instant)], alerts: [])
        #expect(report.periods.map(\.period.label) == ["16–22 Mar 2026", "23–29 Mar 2026", "30 Mar – 5 Apr 2026"])
        #expect(report.periods.filter { $0.itemsReceived == 1 }.map(\.period.label) == [week])
    }

    @Test("a week across a month end is one week but counts in two months")
    func weekAcrossMonthEnd() {
        let items = [ReportFixtures.item("tue", "2026-03-31T12:00:00Z"), ReportFixtures.item("thu", "2026-04-02T12:00:00Z")]
        let week = calendar.interval(of: .week, containing: utc("2026-04-01T12:00:00Z"))
        let weekly = ReportBuilder().build(.week, range: week, items: items, alerts: [])
        #expect(weekly.periods.map(\.period.label) == ["30 Mar – 5 Apr 2026"])
        #expect(weekly.periods.map(\.itemsReceived) == [2])
        let months = DateInterval(start: calendar.month(3, of: 2026)!.start, end: calendar.month(4, of: 2026)!.end)
        let monthly = ReportBuilder().build(.month, range: months, items: items, alerts: [])
        #expect(monthly.periods.map(\.period.label) == ["March 2026", "April 2026"])
        #expect(monthly.periods.map(\.itemsReceived) == [1, 1])
    }

    @Test("months begin at local midnight: in summer an hour before midnight UTC", arguments: [
        ("2026-03-31T22:59:59Z", 3), ("2026-03-31T23:30:00Z", 4),  // 1 April 00:30 BST
        ("2026-09-30T23:30:00Z", 10),  // 1 October 00:30 BST
        ("2026-10-31T23:30:00Z", 10),  // 31 October 23:30 GMT: the clocks went back on the 25th
        ("2026-12-31T23:59:59Z", 12), ("2027-01-01T00:00:00Z", 1),
    ])
    func monthBoundaries(instant: String, month: Int) {
        let date = utc(instant)
        #expect(calendar.localDay(calendar.interval(of: .month, containing: date).start).month == month)
    }

    @Test("a month by weeks cuts its first and last weeks to the month, so the weeks add up to the month")
    func monthByWeeks() {
        let march = calendar.month(3, of: 2026)!
        #expect(march.start == utc("2026-03-01T00:00:00Z"))
        #expect(march.end == utc("2026-03-31T23:00:00Z"))
        let periods = calendar.periods(.week, covering: march)
        #expect(periods.map(\.label) == [
            "1 Mar 2026", "2–8 Mar 2026", "9–15 Mar 2026", "16–22 Mar 2026", "23–29 Mar 2026", "30–31 Mar 2026",
        ])
        #expect(periods.map(\.isPartial) == [true, false, false, false, false, true])
        #expect(periods.first?.start == march.start && periods.last?.end == march.end)
        #expect(zip(periods, periods.dropFirst()).allSatisfy { $0.end == $1.start })
        #expect(periods.map(\.shortLabel) == ["1 Mar", "2 Mar", "9 Mar", "16 Mar", "23 Mar", "30 Mar"])
        #expect(periods.last?.firstDay == LocalDay(year: 2026, month: 3, day: 30))
        #expect(periods.last?.lastDay == LocalDay(year: 2026, month: 3, day: 31))

        let report = ReportFixtures.march
        #expect(report.periods.map(\.itemsReceived).reduce(0, +) == report.total.itemsReceived)
        #expect(report.total.itemsReceived == 8)
        #expect(report.rangeLabel == "1–31 March 2026")
    }

    @Test("the last twelve months end with the one containing the day, and a week must start on a Monday")
    func ranges() {
        let year = calendar.last(12, .month, endingWith: utc("2026-03-15T12:00:00Z"))
        #expect(year.start == utc("2025-03-31T23:00:00Z"))  // 1 April 2025, 00:00 BST
        #expect(year.end == utc("2026-03-31T23:00:00Z"))
        #expect(calendar.periods(.month, covering: year).count == 12)
        #expect(calendar.periods(.month, covering: year).map(\.shortLabel).prefix(2) == ["Apr", "May"])
        #expect(calendar.week(startingOn: 2026, 3, 30)?.start == utc("2026-03-29T23:00:00Z"))
        #expect(calendar.week(startingOn: 2026, 3, 31) == nil)
        #expect(calendar.month(13, of: 2026) == nil)
    }

    @Test("local times for spreadsheets, including the hour that happens twice when the clocks go back", arguments: [
        ("2026-06-21T23:30:00Z", "2026-06-22 00:30:00"),
        ("2026-01-15T09:05:03Z", "2026-01-15 09:05:03"),
        ("2026-10-25T00:30:00Z", "2026-10-25 01:30:00"),  // BST
        ("2026-10-25T01:30:00Z", "2026-10-25 01:30:00"),  // GMT, an hour later
        ("2024-02-29T12:00:00Z", "2024-02-29 12:00:00"),
    ])
    func localTimestamps(instant: String, local: String) {
        #expect(calendar.localTimestamp(utc(instant)) == local)
    }
}
