import DecorumCore
import DecorumStore
import Foundation
import Logging
import Synchronization
import Testing
@testable import DecorumServer

@Suite("The daily retention purge")
struct RetentionServiceTests {
    final class Clock: Sendable {
        let now = Mutex(Date(timeIntervalSince1970: 1_750_000_000))
        var store: StoreClock { StoreClock { [self] in now.withLock { $0 } } }
        func advance(days: Double) { now.withLock { $0 += days * 86_400 } }
    }

    /// Two instances are two services on one store here: a second SQLite store in the same process would only
    /// compete for SQLite's threads (the store's own tests run two instances on PostgreSQL).
    @Test("each instance's service purges under the policy in force, and the practice gets one purge a day")
    func daily() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-retention-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let clock = Clock()
        let url = try DatabaseURL(dir.appendingPathComponent("r.sqlite").path)
        let store = try await Store.openMigrated(url, logger: Logger(label: "test"), clock: clock.store)
        do {
            try await store.items.recordRevision(Item(id: ItemID("500_1"), text: "Thanks Brenda Moss"), page: PageID("p"), kind: .comment, raw: nil)
            try await store.items.setStatus(.allowed, for: ItemID("500_1"))
            var policy = Policy.builtIn
            policy.retention.allowedTextDays = 7
            let engine = EngineHolder(policy: policy, model: nil, modelVersion: "rules only", policySource: "test")
            let here = RetentionService(store: store, engine: engine, name: "decorum", logger: Logger(label: "test"))
            let there = RetentionService(store: store, engine: engine, name: "decorum", logger: Logger(label: "test"))

            clock.advance(days: 6)
            #expect(await here.purgeIfDue()?.items == 0, "the first look purges, though nothing is old enough yet")
            #expect(await there.purgeIfDue() == nil, "a purge finished less than a day ago")
            clock.advance(days: 1.5)
            async let first = here.purgeIfDue()
            async let second = there.purgeIfDue()
            let results = await [first, second].compactMap { $0 }
            #expect(results.map(\.items) == [1], "one instance purges the item, the other finds the purge taken")
            #expect(try await store.items.item(ItemID("500_1"))?.item.text == "")
            #expect(try await store.audit.search(AuditQuery(event: SQLRetention.event)).count == 2)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }
}
