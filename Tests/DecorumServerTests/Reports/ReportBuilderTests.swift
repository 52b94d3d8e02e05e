import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Testing

@Suite("Report figures")
struct ReportBuilderTests {
    @Test("a month's figures: items by category and outcome, time to action, overrides, safeguarding alerts")
    func march() {
        let report = ReportFixtures.march
        #expect(report.periods.map(\.itemsReceived) == [1, 3, 2, 1, 0, 1])
        let total = report.total
        #expect(total.itemsReceived == 8)
        #expect(total.itemsJudged == 8)
        #expect(total.itemsFlagged == 6)
        #expect(total.byCategory == [
            .abusive: 1, .thirdPartyPII: 1, .safeguarding: 1, .complaint: 1, .staffIdentification: 1, .review: 1, .fraud: 1,
        ])
        #expect(report.categoriesPresent == [.thirdPartyPII, .abusive, .fraud, .staffIdentification, .review, .complaint, .safeguarding])
        #expect(total.byDecision == [.delete: 2, .hide: 2, .review: 2, .allow: 2])
        // a6 was allowed by Decorum but deleted by a moderator: deleted, not allowed.
        #expect(total.byOutcome == [.allowed: 1, .queuedForReview: 2, .hidden: 2, .deleted: 3, .repliedPrivately: 1])
        #expect(total.stillWithPeople == 1)
        #expect(total.timeToAction == DurationSummary([.seconds(1), .seconds(2), .seconds(4), .seconds(30), .seconds(900)]))
        #expect(total.timeToAction.median == .seconds(4))
        #expect(total.timeToAction.p90 == .seconds(900))
        #expect(total.timeToPersonDecision.median == .seconds(60))
        #expect(total.decidedByPerson == 3)
        #expect(total.byVerdict == [.approved: 1, .overridden: 1, .choseOther: 1])
        #expect(total.overrides == 2)
        #expect(total.overrideRate == 2.0 / 3.0)
        #expect(total.safeguardingAlerts == 2)
        #expect(total.safeguardingAcknowledged == 1)
        #expect(total.timeToAcknowledge.median == .seconds(300))

        #expect(report.periods.map(\.overrideRate) == [nil, 0, 1, nil, nil, nil])
        #expect(report.periods.map(\.safeguardingAlerts) == [0, 1, 0, 1, 0, 0])
        #expect(report.periods[1].timeToAction == DurationSummary([.seconds(4)]))  // 2–8 Mar: only a2 was acted on
        #expect(report.periods[4].timeToAction.median == nil)
    }

    @Test("the override rate of a period in which no person decided anything is no rate at all, not zero")
    func zeroDenominator() {
        let items = [ReportFixtures.item("a", "2026-03-02T10:00:00Z", .hide, [.abusive], done: [.hide], actedAfter: 1)]
        let report = ReportBuilder().build(.week, range: ReportCalendar.london.month(3, of: 2026)!, items: items, alerts: [])
        #expect(report.total.decidedByPerson == 0)
        #expect(report.total.overrides == 0)
        #expect(report.total.overrideRate == nil)
        #expect(report.periods.allSatisfy { $0.overrideRate == nil })
        #expect(ReportText.percent(report.total.overrideRate) == "–")
        let empty = ReportBuilder().build(.month, range: ReportCalendar.london.month(3, of: 2026)!, items: [], alerts: [])
        #expect(empty.total.itemsReceived == 0)
        #expect(empty.total.timeToAction == .empty)
        #expect(empty.periods.count == 1)
    }

    @Test("what people made of Decorum's decision", arguments: [
        ([ReportItem.PersonStep.Kind.approved], Action?.some(.hide), PersonVerdict?.some(.approved)),
        ([.overrode], .hide, .overridden),
        ([.approved, .overrode], .delete, .overridden),
        ([.choseAction(.delete)], .allow, .choseOther),
        ([.choseAction(.privateReply)], .hide, .choseOther),
        ([.choseAction(.hide)], .review, .decidedOnReview),
        ([.choseAction(nil)], nil, .decidedOnReview),
        ([], .hide, nil),
    ])
    func verdicts(steps: [ReportItem.PersonStep.Kind], decision: Action?, verdict: PersonVerdict?) {
        let item = ReportFixtures.item("x", "2026-03-02T10:00:00Z", decision, steps: steps)
        #expect(item.verdict == verdict)
        #expect(item.verdict?.isOverride ?? false == (verdict == .overridden || verdict == .choseOther))
        #expect(item.decidedBy == (steps.isEmpty ? (decision == nil ? nil : "decorum") : "mod.sam"))
    }

    @Test("items and alerts outside the range are left out; alerts for other roles are not safeguarding alerts")
    func outsideRange() {
        let march = ReportCalendar.london.month(3, of: 2026)!
        let items = [
            ReportFixtures.item("feb", "2026-02-28T23:59:59Z"), ReportFixtures.item("mar", "2026-03-15T12:00:00Z"),
            ReportFixtures.item("apr", "2026-03-31T23:00:00Z"),  // 1 April 00:00 BST
        ]
        let alerts = [
            ReportFixtures.alert("2026-02-28T12:00:00Z", acknowledgedAfter: 10),
            ReportFixtures.alert("2026-03-10T12:00:00Z", acknowledgedAfter: 10, role: "practice_manager"),
            ReportFixtures.alert("2026-03-10T12:00:00Z", acknowledgedAfter: 10),
        ]
        let report = ReportBuilder().build(.month, range: march, items: items, alerts: alerts)
        #expect(report.total.itemsReceived == 1)
        #expect(report.total.safeguardingAlerts == 1)
    }

    @Test("reads the range from a report repository")
    func fromRepository() async throws {
        struct Fixed: ReportRepository {
            func items(arrivedFrom from: Date, to: Date, page: PageID?, includingText: Bool) async throws -> [ReportItem] {
                [ReportFixtures.item("a", "2026-03-02T10:00:00Z", .delete, [.fraud], done: [.delete], actedAfter: 5)]
            }
            func alerts(raisedFrom from: Date, to: Date, page: PageID?) async throws -> [ReportAlert] { [] }
        }
        let report = try await ReportBuilder().build(.month, range: ReportCalendar.london.month(3, of: 2026)!, from: Fixed())
        #expect(report.total.count(.fraud) == 1)
        #expect(report.total.timeToAction.median == .seconds(5))
    }
}
