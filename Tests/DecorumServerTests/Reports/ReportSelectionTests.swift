import Foundation
import Testing
@testable import DecorumServer

@Suite("Which report an address asks for")
struct ReportSelectionTests {
    let calendar = ReportCalendar.london
    let utc = ReportFixtures.utc

    @Test("any day names its whole UK week or month, midnight to midnight in local time", arguments: [
        ("month", "2026-03-17", "2026-03-01T00:00:00Z", "2026-03-31T23:00:00Z", "2026-03-01"),  // ends in BST
        ("month", "2026-10-31", "2026-09-30T23:00:00Z", "2026-11-01T00:00:00Z", "2026-10-01"),  // starts in BST
        ("week", "2026-03-29", "2026-03-23T00:00:00Z", "2026-03-29T23:00:00Z", "2026-03-23"),  // Sunday of the spring change
        ("week", "2026-10-25", "2026-10-18T23:00:00Z", "2026-10-26T00:00:00Z", "2026-10-19"),  // Sunday of the autumn change
        ("week", "2027-01-01", "2026-12-28T00:00:00Z", "2027-01-04T00:00:00Z", "2026-12-28"),  // a week across the new year
    ])
    func range(period: String, from: String, start: String, end: String, firstDay: String) throws {
        let selection = try ReportSelection(period: period, from: from, today: utc("2026-06-01T12:00:00Z"), calendar: calendar)
        #expect(selection.range.start == utc(start))
        #expect(selection.range.end == utc(end))
        #expect(selection.firstDay.description == firstDay)
        #expect(selection.query == "period=\(period)&from=\(firstDay)")
        #expect(selection.breakdown == (period == "week" ? .day : .week))
    }

    @Test("with nothing asked for, it is the month of today in UK time: 23:30 UTC on 30 June is already July")
    func defaults() throws {
        let selection = try ReportSelection(period: nil, from: nil, today: utc("2026-06-30T23:30:00Z"), calendar: calendar)
        #expect(selection.period == .month)
        #expect(selection.firstDay.description == "2026-07-01")
        let empty = try ReportSelection(period: "", from: "", today: utc("2026-06-30T12:00:00Z"), calendar: calendar)
        #expect(empty.firstDay.description == "2026-06-01")
    }

    @Test("previous and next are whole periods either side, across years and clock changes")
    func steps() throws {
        let january = try ReportSelection(period: "month", from: "2026-01-15", today: utc("2026-06-01T12:00:00Z"), calendar: calendar)
        #expect(january.previous(calendar).query == "period=month&from=2025-12-01")
        #expect(january.next(calendar).query == "period=month&from=2026-02-01")
        let spring = try ReportSelection(period: "week", from: "2026-03-29", today: utc("2026-06-01T12:00:00Z"), calendar: calendar)
        #expect(spring.next(calendar).range.start == spring.range.end)
        #expect(spring.previous(calendar).range.end == spring.range.start)
        #expect(spring.previous(calendar).range.duration == 7 * 86_400)
    }

    @Test("anything but a week or a month, or a day that is not a real yyyy-MM-dd date, is refused", arguments: [
        ("year", "2026-03-01", ReportSelection.Problem.unknownPeriod("year")),
        ("day", "2026-03-01", .unknownPeriod("day")),
        ("month", "2026-02-30", .unreadableDay("2026-02-30")),
        ("month", "2026-13-01", .unreadableDay("2026-13-01")),
        ("month", "2026-3-1", .unreadableDay("2026-3-1")),
        ("month", "01/03/2026", .unreadableDay("01/03/2026")),
        ("month", "２０２６-03-01", .unreadableDay("２０２６-03-01")),
        ("month", "0001-01-01", .unreadableDay("0001-01-01")),
    ])
    func refused(period: String, from: String, problem: ReportSelection.Problem) {
        #expect(throws: problem) {
            try ReportSelection(period: period, from: from, today: utc("2026-06-01T12:00:00Z"), calendar: calendar)
        }
    }

    @Test("a UK day is 23 hours when the clocks go forward and 25 when they go back, and is labelled with its weekday")
    func days() {
        let spring = calendar.interval(of: .day, containing: utc("2026-03-29T12:00:00Z"))
        #expect(spring.duration == 23 * 3600)
        let autumn = calendar.interval(of: .day, containing: utc("2026-10-25T12:00:00Z"))
        #expect(autumn.duration == 25 * 3600)
        let periods = calendar.periods(.day, covering: autumn)
        #expect(periods.map(\.label) == ["Sun 25 Oct 2026"])
        #expect(periods.map(\.shortLabel) == ["Sun 25"])
    }
}
