import DecorumCore
import Testing
@testable import DecorumStore

@Suite("Webhook deliveries found by key")
struct WebhookDeliveryLookupTests {
    @Test("deliveries are found by the beginning of their keys, in the order received, bodies byte for byte; % _ and \\ in a prefix are literal and case counts",
          arguments: TestDatabase.allCases)
    func byPrefix(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let log = store.webhookEvents
            #expect(try await log.recordDelivery(key: "comment:555_777:add:aa", body: [1, 0xFF]))
            #expect(try await log.recordDelivery(key: "comment:555x777:add:bb", body: [2]))  // `_` would match x
            #expect(try await log.recordDelivery(key: "COMMENT:555_777:add:cc", body: [3]))  // SQLite's LIKE ignores case
            #expect(try await log.recordDelivery(key: "sync:comment:555_777:add:dd", body: [4]))
            #expect(try await log.recordDelivery(key: "comment:555_777:edited:ee", body: [5]))
            #expect(try await log.recordDelivery(key: "comment:5%5:add:ff", body: [6]))
            #expect(try await log.recordDelivery(key: #"comment:5\5:add:gg"#, body: [7]))

            let found = try await log.deliveries(keyPrefixes: ["comment:555_777:", "sync:comment:555_777:"])
            #expect(found.map(\.key) == ["comment:555_777:add:aa", "sync:comment:555_777:add:dd", "comment:555_777:edited:ee"])
            #expect(found.first?.body == [1, 0xFF])
            #expect(try await log.deliveries(keyPrefixes: ["comment:5%"]).map(\.key) == ["comment:5%5:add:ff"])
            #expect(try await log.deliveries(keyPrefixes: [#"comment:5\"#]).map(\.key) == [#"comment:5\5:add:gg"#])
            #expect(try await log.deliveries(keyPrefixes: []).isEmpty)
            #expect(try await log.deliveries(keyPrefixes: [""]).isEmpty)
        }
    }
}
