import DecorumCore
import Foundation
import SQLKit
import Testing
@testable import DecorumStore

/// What the alert services need from the store: escalation of urgent alerts nobody acknowledged, and sending alerts
/// on once each.
@Suite("Alerts: escalation and notification")
struct AlertDeliveryTests {
    @Test("an urgent alert for the safeguarding lead waits for escalation once old enough; acknowledged, normal and other roles' alerts do not",
          arguments: TestDatabase.allCases)
    func awaiting(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let urgent = try #require(try await store.alerts.raise(.escalation()))
            _ = try await store.alerts.raise(.escalation(severity: .normal))
            _ = try await store.alerts.raise(.escalation(role: .practiceManager))
            let acknowledged = try #require(try await store.alerts.raise(.escalation()))
            try await store.alerts.acknowledge(acknowledged.id, by: "sg.lead")
            let role = Role.safeguardingLead.rawValue
            #expect(try await store.alerts.awaitingEscalation(role: role, raisedBy: clock.now.addingTimeInterval(-900), limit: 10).isEmpty)
            clock.advance(by: 900)
            let due = try await store.alerts.awaitingEscalation(role: role, raisedBy: clock.now.addingTimeInterval(-900), limit: 10)
            #expect(due.map(\.id) == [urgent.id])
            #expect(try await store.alerts.markEscalated(urgent.id, to: Role.deputySafeguardingLead.rawValue))
            #expect(try await store.alerts.awaitingEscalation(role: role, raisedBy: clock.now, limit: 10).isEmpty)
            let escalated = try #require(try await store.alerts.alert(urgent.id))
            #expect(escalated.escalatedTo == "deputy_safeguarding_lead")
            #expect(escalated.escalatedAt == clock.now)
            #expect(escalated.acknowledgedAt == nil)
        }
    }

    @Test("of many instances marking the same alert escalated at once, exactly one does it; an acknowledged alert is never escalated",
          arguments: TestDatabase.allCases)
    func escalatedOnce(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let alert = try #require(try await store.alerts.raise(.escalation()))
            let wins = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<8 { group.addTask { try await store.alerts.markEscalated(alert.id, to: "deputy_safeguarding_lead") } }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(wins == 1)
            let other = try #require(try await store.alerts.raise(.escalation()))
            try await store.alerts.acknowledge(other.id, by: "sg.lead")
            #expect(try await store.alerts.markEscalated(other.id, to: "deputy_safeguarding_lead") == false)
            // Inside a transaction too, so the mark commits with the deputy's alert.
            let third = try #require(try await store.alerts.raise(.escalation()))
            let marked = try await store.transaction { tx in try await tx.alerts.markEscalated(third.id, to: "practice_manager") }
            #expect(marked)
        }
    }

    @Test("open alerts not yet sent on come oldest first; a claimed alert is held until its claim runs out, and only one claimant gets it",
          arguments: TestDatabase.allCases)
    func claims(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let first = try #require(try await store.alerts.raise(.escalation()))
            let second = try #require(try await store.alerts.raise(.escalation(severity: .normal)))
            let third = try #require(try await store.alerts.raise(.escalation(role: .moderator)))
            try await store.alerts.acknowledge(third.id, by: "mod")
            #expect(try await store.alerts.unnotified(raisedSince: .distantPast, limit: 10).map(\.id) == [first.id, second.id])
            #expect(try await store.alerts.unnotified(raisedSince: .distantPast, limit: 1).map(\.id) == [first.id])

            let until = clock.now.addingTimeInterval(300)
            let claims = try await withThrowingTaskGroup(of: NotificationProgress?.self) { group in
                for _ in 0..<6 { group.addTask { try await store.alerts.claimNotification(first.id, until: until) } }
                return try await group.reduce(into: [NotificationProgress]()) { if let c = $1 { $0.append(c) } }
            }
            #expect(claims == [NotificationProgress(alertID: first.id)])
            #expect(try await store.alerts.unnotified(raisedSince: .distantPast, limit: 10).map(\.id) == [second.id])
            #expect(try await store.alerts.claimNotification(third.id, until: until) == nil)  // acknowledged: nothing to send

            // The claimant died: once the claim runs out, another instance takes the alert.
            clock.advance(by: 301)
            #expect(try await store.alerts.unnotified(raisedSince: .distantPast, limit: 10).map(\.id) == [first.id, second.id])
            #expect(try await store.alerts.claimNotification(first.id, until: clock.now.addingTimeInterval(300)) != nil)
        }
    }

    @Test("a round that left a channel unsent keeps what was delivered for the retry, which waits until its time, on the alert itself",
          arguments: TestDatabase.allCases)
    func deferred(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let alert = try #require(try await store.alerts.raise(.escalation()))
            var progress = try #require(try await store.alerts.claimNotification(alert.id, until: clock.now.addingTimeInterval(300)))
            progress.attempts += 1
            progress.delivered.insert("email")
            try await store.alerts.deferNotification(progress, until: clock.now.addingTimeInterval(20))
            #expect(try await store.alerts.unnotified(raisedSince: .distantPast, limit: 10).isEmpty)
            #expect(try await store.alerts.claimNotification(alert.id, until: clock.now.addingTimeInterval(300)) == nil)
            clock.advance(by: 20)
            // Expired sessions and other key-value entries are purged; the progress is not among them.
            try await store.keyValues.purgeExpired()
            let retry = try #require(try await store.alerts.claimNotification(alert.id, until: clock.now.addingTimeInterval(300)))
            #expect(retry == NotificationProgress(alertID: alert.id, attempts: 1, delivered: ["email"]))
            progress = retry
            progress.attempts += 1
            progress.delivered.insert("teams")
            try await store.alerts.deferNotification(progress, until: clock.now.addingTimeInterval(40))
            clock.advance(by: 40)
            #expect(try await store.alerts.claimNotification(alert.id, until: clock.now.addingTimeInterval(300))
                == NotificationProgress(alertID: alert.id, attempts: 2, delivered: ["email", "teams"]))
        }
    }

    @Test("alerts marked sent on are marked once, their claims dropped, and never listed again", arguments: TestDatabase.allCases)
    func notified(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let a = try #require(try await store.alerts.raise(.escalation()))
            let b = try #require(try await store.alerts.raise(.escalation()))
            _ = try await store.alerts.claimNotification(a.id, until: clock.now.addingTimeInterval(300))
            #expect(try await store.alerts.markNotified([a.id, b.id]) == 2)
            #expect(try await store.alerts.markNotified([a.id]) == 0)
            #expect(try await store.alerts.markNotified([]) == 0)
            #expect(try await store.alerts.unnotified(raisedSince: .distantPast, limit: 10).isEmpty)
            #expect(try await store.alerts.alert(a.id)?.notifiedAt == clock.now)
            #expect(try await store.alerts.claimNotification(a.id, until: clock.now.addingTimeInterval(300)) == nil)
            let held = try await store.read { db in try await db.raw("SELECT id FROM alerts WHERE notify_held_until IS NOT NULL").all() }
            #expect(held.isEmpty)
        }
    }

    @Test("alerts raised before the cut-off are left to the dashboard, not sent on", arguments: TestDatabase.allCases)
    func cutOff(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let old = try #require(try await store.alerts.raise(.escalation()))
            clock.advance(by: 86_400)
            let new = try #require(try await store.alerts.raise(.escalation()))
            let since = clock.now.addingTimeInterval(-3600)
            #expect(try await store.alerts.unnotified(raisedSince: since, limit: 10).map(\.id) == [new.id])
            #expect(try await store.alerts.unnotified(raisedSince: .distantPast, limit: 10).map(\.id) == [old.id, new.id])
        }
    }

    @Test("one alert is read by its id, and the latest alerts newest first", arguments: TestDatabase.allCases)
    func reading(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let one = try #require(try await store.alerts.raise(.escalation("c1")))
            let two = try #require(try await store.alerts.raise(.escalation("c2")))
            let three = try #require(try await store.alerts.raise(.escalation("c1", role: .practiceManager)))
            try await store.alerts.acknowledge(one.id, by: "sg.lead")
            #expect(try await store.alerts.alert(one.id)?.acknowledgedBy == "sg.lead")
            #expect(try await store.alerts.recent(limit: 2).map(\.id) == [three.id, two.id])
            #expect(try await store.alerts.alert(999_999) == nil)
            await #expect(throws: StoreError.self) { try await store.alerts.recent(limit: 0) }
        }
    }
}
