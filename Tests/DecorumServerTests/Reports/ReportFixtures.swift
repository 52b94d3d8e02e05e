import DecorumCore
import DecorumServer
import DecorumStore
import Foundation

/// Instants and items for the report tests, in UTC so the tests say exactly which instant they mean.
enum ReportFixtures {
    static let page = PageID("104_quorn")

    /// `2026-06-21T23:30:00Z` and the like.
    static func utc(_ text: String) -> Date {
        guard let date = ISO8601DateFormatter().date(from: text) else { fatalError("not an ISO 8601 instant: \(text)") }
        return date
    }

    /// An item that arrived at `arrived`, judged `decision`, with optional actions and people's steps.
    static func item(
        _ id: String, _ arrived: String, _ decision: Action? = .allow, _ categories: [Category] = [], done: [ActionKind] = [],
        actedAfter seconds: Double? = nil, steps: [ReportItem.PersonStep.Kind] = [], stepAfter stepSeconds: Double = 60,
        status: ItemStatus = .allowed
    ) -> ReportItem {
        let arrivedAt = utc(arrived)
        return ReportItem(
            id: ItemID(id), page: page, status: status, arrivedAt: arrivedAt, decision: decision, categories: categories,
            actionsDone: done,
            firstAction: seconds.map { s in
                ReportItem.FirstAction(kind: done.first ?? .hide, requestedBy: "decorum", startedAt: arrivedAt,
                                       doneAt: arrivedAt.addingTimeInterval(s))
            },
            personSteps: steps.map { ReportItem.PersonStep(kind: $0, actor: "mod.sam", at: arrivedAt.addingTimeInterval(stepSeconds)) })
    }

    static func alert(_ raised: String, acknowledgedAfter seconds: Double?, role: String = "safeguarding_lead") -> ReportAlert {
        let raisedAt = utc(raised)
        return ReportAlert(
            id: 1, kind: .escalation, severity: .urgent, role: role, page: page, itemID: ItemID("c1"), raisedAt: raisedAt,
            acknowledgedAt: seconds.map { raisedAt.addingTimeInterval($0) })
    }

    /// March 2026 by weeks: a few items in most weeks, one with hostile text, a safeguarding alert.
    static var march: Report {
        let items = [
            item("a1", "2026-03-01T10:00:00Z", .delete, [.abusive], done: [.delete], actedAfter: 2),
            item("a2", "2026-03-03T09:00:00Z", .hide, [.thirdPartyPII, .safeguarding], done: [.hide, .privateReply], actedAfter: 4),
            item("a3", "2026-03-04T12:00:00Z", .review, [.complaint], steps: [.approved], status: .resolved),
            item("a4", "2026-03-05T12:00:00Z", .allow),
            item("a5", "2026-03-10T08:00:00Z", .hide, [.staffIdentification], done: [.hide], actedAfter: 30, steps: [.overrode]),
            item("a6", "2026-03-11T08:00:00Z", .allow, [], done: [.delete], actedAfter: 900, steps: [.choseAction(.delete)]),
            item("a7", "2026-03-18T08:00:00Z", .review, [.review], status: .inReview),
            item("a8", "2026-03-31T22:30:00Z", .delete, [.fraud], done: [.delete], actedAfter: 1),
        ]
        let alerts = [alert("2026-03-03T09:00:01Z", acknowledgedAfter: 300), alert("2026-03-20T10:00:00Z", acknowledgedAfter: nil)]
        let calendar = ReportCalendar.london
        let range = calendar.month(3, of: 2026)!
        return ReportBuilder(calendar: calendar).build(.week, range: range, page: page, items: items, alerts: alerts)
    }
}
