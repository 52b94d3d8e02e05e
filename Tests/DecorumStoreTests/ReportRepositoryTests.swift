import DecorumCore
import Foundation
import Testing
@testable import DecorumStore

@Suite("Reports")
struct ReportRepositoryTests {
    static let page = PageID("104_quorn")
    static let otherPage = PageID("205_barrow")

    static func judgement(_ item: ItemID, _ action: Action, _ categories: [Category], needsApproval: Bool = false) -> Judgement {
        Judgement(
            itemID: item,
            categories: categories.map { category in
                // Evidence quotes the comment: the report must read the category names only.
                CategoryResult(category: category, confidence: 0.9, evidence: [
                    Evidence(span: TextSpan(0, 10), text: #"{"category":"fraud"} \"quoted\""#, detector: "test", reason: "a reason"),
                ])
            },
            entities: [],
            decision: Decision(action: action, rules: [], replies: [], escalations: [], needsApproval: needsApproval,
                               explanation: "test", policyVersion: "quorn-2026.1"))
    }

    /// A comment received now, judged, with nothing done yet.
    static func receive(
        _ store: Store, _ id: String, text: String = "A comment", page: PageID = page, fromPage: Bool = false,
        judged: (Action, [Category])? = (.allow, [])
    ) async throws -> ItemID {
        let item = ItemID(id)
        try await store.items.recordRevision(Item(id: item, text: text, fromPage: fromPage), page: page, kind: .comment, raw: nil)
        if let (action, categories) = judged {
            _ = try await store.decisions.record(judgement(item, action, categories, needsApproval: false), modelVersion: "m1")
        }
        return item
    }

    static func plan(
        _ store: Store, _ item: ItemID, _ kind: ActionKind, by person: String = "decorum", received: Date? = nil,
        awaitingApproval: Bool = false, page: PageID = page
    ) async throws -> StoredAction {
        try await store.actions.plan(
            ActionRequest(itemID: item, page: page, kind: kind, needsApproval: awaitingApproval, requestedBy: person,
                          reason: person == "decorum" ? nil : "a moderator's reason", originReceivedAt: received),
            idempotencyKey: "\(item):\(kind.rawValue):\(person)")
    }

    @Test("each item in the range comes with its latest decision, first action done and what people did", arguments: TestDatabase.allCases)
    func items(database: TestDatabase) async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_772_409_600))  // Mon 2 Mar 2026 00:00 UTC
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let before = try await Self.receive(store, "before", judged: (.delete, [.abusive]))
            clock.advance(by: 60)
            let start = clock.now

            // Deleted by Decorum 3 s after the webhook arrived.
            let abusive = try await Self.receive(store, "c1-abusive", judged: (.delete, [.abusive]))
            let delete = try await Self.plan(store, abusive, .delete, received: clock.now)
            clock.advance(by: 3)
            _ = try await store.actions.markDone(delete.id, response: "{}")

            // Judged twice (an edit): the latest decision counts.
            clock.advance(by: 10)
            let edited = try await Self.receive(store, "c2-edited", judged: (.hide, [.staffIdentification]))
            _ = try await store.decisions.record(Self.judgement(edited, .allow, []), modelVersion: "m1")

            // Queued for review, then approved by a person.
            clock.advance(by: 10)
            let complaint = try await Self.receive(store, "c3-complaint", judged: (.review, [.complaint]))
            clock.advance(by: 600)
            try await store.audit.append(actor: "pm.jones", event: "approved", itemID: complaint, details: .object([]))

            // Hidden awaiting approval, then dismissed: the show-again is part of the override, not a choice.
            clock.advance(by: 10)
            let dismissed = try await Self.receive(store, "c4-dismissed", judged: (.hide, [.defamation, .staffIdentification]))
            let waiting = try await Self.plan(store, dismissed, .hide, received: clock.now, awaitingApproval: true)
            clock.advance(by: 60)
            _ = try await store.actions.cancel(waiting.id)
            _ = try await Self.plan(store, dismissed, .unhide, by: "mod.sam")
            try await store.audit.append(actor: "mod.sam", event: "overridden", itemID: dismissed, details: .object([
                ("reason", .string("fair comment")),
            ]))

            // Allowed by Decorum, deleted by a moderator (through the desk: action and audit entry).
            clock.advance(by: 10)
            let missed = try await Self.receive(store, "c5-missed", judged: (.allow, []))
            clock.advance(by: 120)
            let own = try await Self.plan(store, missed, .delete, by: "mod.sam")
            try await store.audit.append(actor: "mod.sam", event: "moderator_action", itemID: missed, details: .object([
                ("action", .string("delete")), ("action_id", .string(own.id.description)), ("reason", .string("abusive")),
            ]))
            clock.advance(by: 5)
            _ = try await store.actions.markDone(own.id, response: nil)

            // A person's action with no audit entry still counts, from the actions table.
            clock.advance(by: 10)
            let replied = try await Self.receive(store, "c6-replied", judged: (.hide, [.thirdPartyPII, .safeguarding]))
            let hide = try await Self.plan(store, replied, .hide, received: clock.now)
            clock.advance(by: 2)
            _ = try await store.actions.markDone(hide.id, response: nil)
            let reply = try await Self.plan(store, replied, .privateReply, by: "sg.lead")
            clock.advance(by: 40)
            _ = try await store.actions.markDone(reply.id, response: nil)

            // A failed action is not an action done; an unjudged item has no decision.
            clock.advance(by: 10)
            let failed = try await Self.receive(store, "c7-failed", judged: (.hide, [.ownPII]))
            let failing = try await Self.plan(store, failed, .hide, received: clock.now)
            _ = try await store.actions.markFailed(failing.id, error: "permission", response: nil)
            let unjudged = try await Self.receive(store, "c8-unjudged", text: "=HYPERLINK(\"x\")", judged: nil)

            // Left out: the practice's own post, another Page (when filtering), anything after the range.
            _ = try await Self.receive(store, "own-post", fromPage: true)
            let elsewhere = try await Self.receive(store, "c9-elsewhere", page: Self.otherPage, judged: (.allow, []))
            clock.advance(by: 60)
            let end = clock.now
            _ = try await Self.receive(store, "after", judged: (.delete, [.fraud]))

            let items = try await store.reports.items(arrivedFrom: start, to: end, page: nil, includingText: false)
            #expect(items.map(\.id) == [abusive, edited, complaint, dismissed, missed, replied, failed, unjudged, elsewhere])
            #expect(!items.map(\.id).contains(before))
            #expect(items.allSatisfy { $0.text == nil })
            let byID = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })

            let c1 = try #require(byID[abusive])
            #expect(c1.decision == .delete && c1.categories == [.abusive] && c1.page == Self.page && c1.kind == .comment)
            #expect(c1.actionsDone == [.delete])
            #expect(c1.firstAction?.requestedBy == "decorum")
            #expect(c1.timeToAction == .seconds(3))
            #expect(c1.personSteps.isEmpty)

            #expect(byID[edited]?.decision == .allow)
            #expect(byID[edited]?.categories == [])

            let c3 = try #require(byID[complaint])
            #expect(c3.personSteps.map(\.kind) == [.approved])
            #expect(c3.personSteps.first?.actor == "pm.jones")
            #expect(c3.personSteps.first.map { $0.at.timeIntervalSince(c3.arrivedAt) } == 600)
            #expect(c3.firstAction == nil)

            let c4 = try #require(byID[dismissed])
            #expect(c4.categories == [.defamation, .staffIdentification])
            #expect(c4.personSteps.map(\.kind) == [.overrode])
            #expect(c4.actionsDone.isEmpty)

            let c5 = try #require(byID[missed])
            #expect(c5.personSteps.map(\.kind) == [.choseAction(.delete)])
            #expect(c5.firstAction?.requestedBy == "mod.sam")
            // A person's action is timed from the item's arrival: the time it stood on the Page.
            #expect(c5.timeToAction == .seconds(125))

            let c6 = try #require(byID[replied])
            #expect(c6.categories == [.thirdPartyPII, .safeguarding])
            #expect(c6.actionsDone == [.hide, .privateReply])
            #expect(c6.firstAction?.kind == .hide)
            #expect(c6.timeToAction == .seconds(2))
            #expect(c6.personSteps.map(\.kind) == [.choseAction(.privateReply)])
            #expect(c6.personSteps.first?.actor == "sg.lead")

            #expect(byID[failed]?.actionsDone == [])
            #expect(byID[failed]?.firstAction == nil)
            #expect(byID[unjudged]?.decision == nil)
            #expect(byID[unjudged]?.status == .received)

            let onPage = try await store.reports.items(arrivedFrom: start, to: end, page: Self.otherPage, includingText: true)
            #expect(onPage.map(\.id) == [elsewhere])
            #expect(onPage.first?.text == "A comment")
            let withText = try await store.reports.items(arrivedFrom: start, to: end, page: Self.page, includingText: true)
            #expect(withText.first { $0.id == unjudged }?.text == "=HYPERLINK(\"x\")")
            #expect(try await store.reports.items(arrivedFrom: end, to: end, page: nil, includingText: false).isEmpty)
        }
    }

    @Test("alerts are those raised in the range, on the Page asked for, with when they were acknowledged", arguments: TestDatabase.allCases)
    func alerts(database: TestDatabase) async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_772_409_600))
        try await database.withStore(clock: clock.storeClock) { store, _ in
            func raise(_ page: PageID, role: String) async throws -> Alert {
                try #require(try await store.alerts.raise(AlertRequest(
                    kind: .escalation, severity: .urgent, role: role, page: page, itemID: ItemID("c1"),
                    message: "A comment on the Page needs the safeguarding lead now")))
            }
            _ = try await raise(Self.page, role: "safeguarding_lead")
            clock.advance(by: 1)
            let start = clock.now
            let safeguarding = try await raise(Self.page, role: "safeguarding_lead")
            let manager = try await raise(Self.page, role: "practice_manager")
            let elsewhere = try await raise(Self.otherPage, role: "safeguarding_lead")
            clock.advance(by: 90)
            try await store.alerts.acknowledge(safeguarding.id, by: "sg.lead")
            let end = clock.now
            _ = try await raise(Self.page, role: "safeguarding_lead")

            let all = try await store.reports.alerts(raisedFrom: start, to: end, page: nil)
            #expect(all.map(\.id) == [safeguarding.id, manager.id, elsewhere.id])
            #expect(all.first?.acknowledgedAt.map { $0.timeIntervalSince(start) } == 90)
            let onPage = try await store.reports.alerts(raisedFrom: start, to: end, page: Self.page)
            #expect(onPage.map(\.id) == [safeguarding.id, manager.id])
        }
    }

    @Test("a range that ends before it starts is refused", arguments: TestDatabase.allCases)
    func backwards(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let now = Date()
            await #expect(throws: StoreError.self) {
                try await store.reports.items(arrivedFrom: now, to: now.addingTimeInterval(-1), page: nil, includingText: false)
            }
        }
    }
}
