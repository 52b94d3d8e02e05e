import Foundation
import Testing
@testable import DecorumStore

@Suite("Key-value entries")
struct KeyValueStoreTests {
    @Test("a value is stored, read, replaced and removed; an expired value is not read", arguments: TestDatabase.allCases)
    func setGetRemove(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let kv = store.keyValues
            #expect(try await kv.get("session.a") == nil)
            try await kv.set("session.a", to: [0, 1, 2, 255], expiry: .after(.seconds(60)))
            let entry = try #require(try await kv.get("session.a"))
            #expect(entry.value == [0, 1, 2, 255])
            #expect(entry.expiresAt.map { abs($0.timeIntervalSince(clock.now) - 60) < 0.01 } == true)
            try await kv.set("session.a", to: Array("hello".utf8), expiry: .never)
            #expect(try await kv.get("session.a") == KeyValueEntry(value: Array("hello".utf8), expiresAt: nil))
            try await store.transaction { tx in try await tx.keyValues.remove("session.a") }
            #expect(try await kv.get("session.a") == nil)

            try await kv.set("session.b", to: [1], expiry: .after(.seconds(10)))
            clock.advance(by: 10)
            #expect(try await kv.get("session.b") == nil)
        }
    }

    @Test("replacing a value with an unchanged expiry keeps a live value's expiry, and gives none to a value that had expired",
          arguments: TestDatabase.allCases)
    func unchangedExpiry(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let kv = store.keyValues
            try await kv.set("k", to: [1], expiry: .after(.seconds(30)))
            let first = try #require(try await kv.get("k")?.expiresAt)
            clock.advance(by: 10)
            try await kv.set("k", to: [2], expiry: .unchanged)
            #expect(try await kv.get("k") == KeyValueEntry(value: [2], expiresAt: first))
            clock.advance(by: 30)
            try await kv.set("k", to: [3], expiry: .unchanged)
            #expect(try await kv.get("k") == KeyValueEntry(value: [3], expiresAt: nil))
            try await kv.set("new", to: [4], expiry: .unchanged)
            #expect(try await kv.get("new")?.expiresAt == nil)
        }
    }

    @Test("insert stores only where no live value is, and replaces an expired one", arguments: TestDatabase.allCases)
    func insert(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let kv = store.keyValues
            let first = try await kv.insert("k", value: [1], expiry: .after(.seconds(5)))
            #expect(first)
            #expect(try await kv.insert("k", value: [2], expiry: .never) == false)
            #expect(try await kv.get("k")?.value == [1])
            clock.advance(by: 5)
            #expect(try await kv.insert("k", value: [3], expiry: .never))
            #expect(try await kv.get("k") == KeyValueEntry(value: [3], expiresAt: nil))
        }
    }

    @Test("purging removes only expired values and counts them", arguments: TestDatabase.allCases)
    func purge(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let kv = store.keyValues
            try await kv.set("old1", to: [1], expiry: .after(.seconds(1)))
            try await kv.set("old2", to: [1], expiry: .after(.seconds(2)))
            try await kv.set("live", to: [1], expiry: .after(.seconds(100)))
            try await kv.set("forever", to: [1], expiry: .never)
            clock.advance(by: 3)
            #expect(try await kv.purgeExpired() == 2)
            #expect(try await kv.purgeExpired() == 0)
            #expect(try await kv.get("live") != nil)
            #expect(try await kv.get("forever") != nil)
        }
    }
}
