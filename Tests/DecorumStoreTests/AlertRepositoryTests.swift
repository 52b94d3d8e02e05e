import DecorumCore
import Testing
@testable import DecorumStore

@Suite("Alerts")
struct AlertRepositoryTests {
    static func request(_ key: String?, severity: Alert.Severity = .urgent) -> AlertRequest {
        AlertRequest(kind: .escalation, severity: severity, role: "safeguarding_lead", page: PageID("1"), itemID: ItemID("c1"),
                     message: "A comment on the Page needs the safeguarding lead now", dedupeKey: key)
    }

    @Test("an alert raised twice with the same key is open once, and can be raised again once acknowledged", arguments: TestDatabase.allCases)
    func dedupe(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let first = try #require(try await store.alerts.raise(Self.request("escalation:c1:1:safeguarding_lead")))
            #expect(try await store.alerts.raise(Self.request("escalation:c1:1:safeguarding_lead")) == nil)
            #expect(try await store.alerts.open(limit: 10).map(\.id) == [first.id])
            let acknowledged = try await store.alerts.acknowledge(first.id, by: "sg.lead")
            #expect(acknowledged.acknowledgedBy == "sg.lead")
            #expect(acknowledged.acknowledgedAt != nil)
            // Acknowledging again keeps the first person.
            #expect(try await store.alerts.acknowledge(first.id, by: "someone.else").acknowledgedBy == "sg.lead")
            #expect(try await store.alerts.open(limit: 10).isEmpty)
            #expect(try await store.alerts.raise(Self.request("escalation:c1:1:safeguarding_lead")) != nil)
        }
    }

    @Test("open alerts come urgent first, then oldest first; an unknown alert is named", arguments: TestDatabase.allCases)
    func order(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let normal = try #require(try await store.alerts.raise(Self.request(nil, severity: .normal)))
            let urgent1 = try #require(try await store.alerts.raise(Self.request(nil)))
            let urgent2 = try #require(try await store.alerts.raise(Self.request(nil)))
            #expect(try await store.alerts.open(limit: 10).map(\.id) == [urgent1.id, urgent2.id, normal.id])
            #expect(try await store.alerts.open(limit: 2).count == 2)
            await #expect(throws: StoreError.notFound(table: "alerts", id: "999999")) {
                try await store.alerts.acknowledge(999_999, by: "x")
            }
        }
    }
}
