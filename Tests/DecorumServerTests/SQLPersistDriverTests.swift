import DecorumServer
import DecorumStore
import Foundation
import Hummingbird
import Testing

@Suite("Sessions in the database")
struct SQLPersistDriverTests {
    struct Value: Codable, Sendable, Equatable {
        var user: Int
        var csrf: String
    }

    func withDriver(_ body: (SQLPersistDriver, Store, AuthTestClock) async throws -> Void) async throws {
        try await AuthHarness.withDatabaseFile { path in
            let clock = AuthTestClock()
            let store = try await Store.openMigrated(try DatabaseURL(path), logger: AuthHarness.logger(), clock: clock.storeClock)
            do {
                try await body(SQLPersistDriver(store: store), store, clock)
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        }
    }

    @Test("values are kept as JSON under a hashed key, with their time to live; create refuses a key in use")
    func persist() async throws {
        try await withDriver { driver, store, clock in
            let value = Value(user: 7, csrf: "abc")
            try await driver.create(key: "session.secret-id", value: value, expires: .seconds(600))
            await #expect(throws: PersistError.duplicate) { try await driver.create(key: "session.secret-id", value: value, expires: nil) }
            #expect(try await store.keyValues.get("session.secret-id") == nil)
            let (object, ttl) = try #require(try await driver.getWithTTL(key: "session.secret-id", as: Value.self))
            #expect(object == value)
            #expect(ttl == .seconds(600))
            clock.advance(by: 100)
            try await driver.set(key: "session.secret-id", value: Value(user: 7, csrf: "def"), expires: nil)
            #expect(try await driver.getWithTTL(key: "session.secret-id", as: Value.self)?.ttl == .seconds(500))
            await #expect(throws: PersistError.invalidConversion) { try await driver.get(key: "session.secret-id", as: [String].self) }
            clock.advance(by: 500)
            #expect(try await driver.get(key: "session.secret-id", as: Value.self) == nil)
            try await driver.set(key: "k", value: value, expires: .seconds(5))
            try await driver.remove(key: "k")
            #expect(try await driver.get(key: "k", as: Value.self) == nil)
        }
    }
}
