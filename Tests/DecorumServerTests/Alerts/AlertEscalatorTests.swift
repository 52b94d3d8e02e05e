import DecorumCore
import DecorumStore
import Foundation
import Logging
import Testing
@testable import DecorumServer

/// Urgent alerts for the safeguarding lead that nobody acknowledges in time go to the deputy.
@Suite("Safeguarding escalation")
struct AlertEscalatorTests {
    static let logger: Logger = {
        var logger = Logger(label: "decorum.alerts.tests")
        logger.logLevel = .critical
        return logger
    }()

    static func policy(deputy: Bool) -> Policy {
        var policy = Policy.builtIn
        policy.practice.contacts[.safeguardingLead] = Contact(name: "Safeguarding Lead", email: "sg.lead@quornmedical.nhs.uk")
        policy.practice.contacts[.deputySafeguardingLead] = deputy ? Contact(name: "Deputy Lead", email: "deputy@quornmedical.nhs.uk") : nil
        policy.practice.contacts[.practiceManager] = Contact(name: "Practice Manager", email: "pm@quornmedical.nhs.uk")
        return policy
    }

    @Test("an urgent alert for the safeguarding lead unacknowledged for 15 minutes goes to the deputy: marked, a new urgent alert naming the item and the wait, an audit entry",
          arguments: TestDatabase.allCases)
    func escalates(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let escalator = AlertEscalator(store: store, policy: { Self.policy(deputy: true) }, after: .seconds(900), logger: Self.logger)
            let original = try #require(try await store.alerts.raise(.escalation("555000111_901")))
            clock.advance(by: 899)
            #expect(try await escalator.runOnce().isEmpty)
            clock.advance(by: 61)
            let raised = try await escalator.runOnce()
            let deputy = try #require(raised.first)
            #expect(raised.count == 1)
            #expect(deputy.role == "deputy_safeguarding_lead" && deputy.severity == .urgent && deputy.kind == .escalation)
            #expect(deputy.itemID == ItemID("555000111_901") && deputy.page == PageID("1000000000001"))
            #expect(deputy.message.contains("Alert \(original.id) for the safeguarding lead, about item 555000111_901, has waited 16 minutes"))
            #expect(deputy.message.contains("deputy safeguarding lead"))
            let marked = try #require(try await store.alerts.alert(original.id))
            #expect(marked.escalatedTo == "deputy_safeguarding_lead" && marked.escalatedAt == clock.now && marked.acknowledgedAt == nil)
            let audit = try await store.audit.list(for: ItemID("555000111_901"))
            let entry = try #require(audit.first { $0.event == "alert_escalated" })
            #expect(entry.actor == "decorum")
            #expect(entry.detailsJSON.contains(#""to":"deputy_safeguarding_lead""#) && entry.detailsJSON.contains(#""waited_minutes":16"#))
            // The dashboard's alerts page says where it went; both alerts stay open there.
            let lead = try await store.users.create(NewUser(login: "sg.lead", name: "Safeguarding Lead", role: .safeguardingLead, passwordHash: nil,
                                                            mustChangePassword: false))
            let page = try await AlertsView.build(store: store, viewer: lead, now: clock.now)
            #expect(page.rows.first { $0.id == original.id }?.escalated == "deputy safeguarding lead")
            #expect(page.rows.contains { $0.id == deputy.id && $0.urgent && $0.escalated == nil })
            // Once is enough; the deputy's own alert is not passed on again.
            clock.advance(by: 3600)
            #expect(try await escalator.runOnce().isEmpty)
        }
    }

    @Test("with no deputy safeguarding lead in the policy the practice manager is alerted, and the message says why")
    func practiceManager() async throws {
        let clock = ManualClock()
        try await TestDatabase.sqlite.withStore(clock: clock.storeClock) { store, _ in
            let escalator = AlertEscalator(store: store, policy: { Self.policy(deputy: false) }, after: .seconds(900), logger: Self.logger)
            _ = try await store.alerts.raise(.escalation("555000111_902"))
            clock.advance(by: 60)
            let early = try await escalator.runOnce()
            #expect(early.isEmpty)
            clock.advance(by: 840)
            let manager = try #require(try await escalator.runOnce().first)
            #expect(manager.role == "practice_manager")
            #expect(manager.message.contains("has waited 15 minutes"))
            #expect(manager.message.contains("comes to the practice manager, as the policy names no deputy safeguarding lead"))
            let entry = try #require(try await store.audit.list(for: ItemID("555000111_902")).first { $0.event == "alert_escalated" })
            #expect(entry.detailsJSON.contains("names no deputy"))
        }
    }

    @Test("an alert acknowledged in time, a normal alert, and alerts for other roles are never escalated")
    func notEscalated() async throws {
        let clock = ManualClock()
        try await TestDatabase.sqlite.withStore(clock: clock.storeClock) { store, _ in
            let escalator = AlertEscalator(store: store, policy: { Self.policy(deputy: true) }, after: .seconds(900), logger: Self.logger)
            let acknowledged = try #require(try await store.alerts.raise(.escalation("c1")))
            _ = try await store.alerts.raise(.escalation("c2", severity: .normal))
            _ = try await store.alerts.raise(.escalation("c3", role: .practiceManager))
            _ = try await store.alerts.raise(AlertRequest(kind: .tokenExpired, severity: .urgent, role: "practice_manager", message: "The token expired"))
            clock.advance(by: 600)
            try await store.alerts.acknowledge(acknowledged.id, by: "sg.lead")
            clock.advance(by: 3600)
            #expect(try await escalator.runOnce().isEmpty)
            #expect(try await store.alerts.recent(limit: 10).allSatisfy { $0.escalatedAt == nil })
        }
    }

    @Test("the deputy is read from the policy in force: one saved from the dashboard while Decorum runs takes effect at the next escalation")
    func policyInForce() async throws {
        let clock = ManualClock()
        try await TestDatabase.sqlite.withStore(clock: clock.storeClock) { store, _ in
            let engine = EngineHolder(policy: Self.policy(deputy: false), model: nil, modelVersion: "rules only", policySource: "built in")
            let escalator = AlertEscalator(store: store, policy: { engine.current.moderator.policy }, after: .seconds(900), logger: Self.logger)
            _ = try await store.alerts.raise(.escalation("c1"))
            clock.advance(by: 901)
            #expect(try await escalator.runOnce().map(\.role) == ["practice_manager"])
            engine.replace(with: Self.policy(deputy: true), source: "dashboard version 2", versionID: 2)
            _ = try await store.alerts.raise(.escalation("c2"))
            clock.advance(by: 901)
            #expect(try await escalator.runOnce().map(\.role) == ["deputy_safeguarding_lead"])
        }
    }

    @Test("several escalators sharing one database escalate each alert exactly once", arguments: TestDatabase.allCases)
    func severalInstances(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            for i in 0..<6 { _ = try await store.alerts.raise(.escalation("c\(i)")) }
            clock.advance(by: 901)
            let escalators = (0..<3).map { _ in
                AlertEscalator(store: store, policy: { Self.policy(deputy: true) }, after: .seconds(900), logger: Self.logger)
            }
            let raised = try await withThrowingTaskGroup(of: [Alert].self) { group in
                for escalator in escalators { group.addTask { try await escalator.runOnce() } }
                return try await group.reduce(into: [Alert]()) { $0 += $1 }
            }
            #expect(raised.count == 6)
            let deputies = try await store.alerts.recent(limit: 50).filter { $0.role == "deputy_safeguarding_lead" }
            #expect(deputies.count == 6)
            #expect(Set(deputies.compactMap(\.itemID)).count == 6)
            let audits = try await store.audit.list(limit: 100, after: nil).filter { $0.event == "alert_escalated" }
            #expect(audits.count == 6)
        }
    }

    @Test("the service looks again every interval on its own, and stops when its task ends")
    func service() async throws {
        try await TestDatabase.sqlite.withStore { store, _ in
            let escalator = AlertEscalator(store: store, policy: { Self.policy(deputy: true) }, after: .milliseconds(100), interval: .milliseconds(20),
                                           logger: Self.logger)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await escalator.run() }
                _ = try await store.alerts.raise(.escalation("c9"))
                let deadline = ContinuousClock.now + .seconds(10)
                var escalated = false
                while !escalated && ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(20))
                    escalated = try await store.alerts.recent(limit: 10).contains { $0.role == "deputy_safeguarding_lead" }
                }
                #expect(escalated)
                group.cancelAll()
                try await group.waitForAll()
            }
        }
    }
}
