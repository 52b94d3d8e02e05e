import DecorumCore
import Testing
@testable import DecorumStore

@Suite("Audit log")
struct AuditLogTests {
    @Test("entries come back in the order they were appended, page by page", arguments: TestDatabase.allCases)
    func order(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            for n in 0..<25 {
                try await store.audit.append(
                    actor: n.isMultiple(of: 2) ? "decorum" : "practice.manager", event: "event.\(n)",
                    itemID: n.isMultiple(of: 5) ? ItemID("999_9") : nil, details: .object([("n", .int(n))]))
            }
            let firstPage = try await store.audit.list(limit: 10, after: nil)
            #expect(firstPage.map(\.event) == (0..<10).map { "event.\($0)" })
            let rest = try await store.audit.list(limit: 100, after: firstPage.last?.id)
            #expect(rest.map(\.event) == (10..<25).map { "event.\($0)" })
            #expect(zip(firstPage + rest, (firstPage + rest).dropFirst()).allSatisfy { $0.id < $1.id })
            #expect(rest.first?.detailsJSON == #"{"n":10}"#)
            #expect(rest.first?.actor == "decorum")
            #expect(try await store.audit.list(for: ItemID("999_9")).map(\.event) == ["event.0", "event.5", "event.10", "event.15", "event.20"])
        }
    }

    @Test("entries appended by many tasks at once are all kept", arguments: TestDatabase.allCases)
    func concurrentAppends(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<40 {
                    group.addTask { try await store.audit.append(actor: "w\(n % 4)", event: "e\(n)", itemID: nil, details: .null) }
                }
                try await group.waitForAll()
            }
            let entries = try await store.audit.list(limit: 100, after: nil)
            #expect(Set(entries.map(\.event)) == Set((0..<40).map { "e\($0)" }))
        }
    }
}
