import DecorumCore
import Testing
@testable import DecorumStore

@Suite("Webhook deliveries about an item")
struct WebhookDeliveryLookupTests {
    @Test("an item's deliveries come back in the order received, bodies byte for byte, and none about another item or none",
          arguments: TestDatabase.allCases)
    func aboutItem(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let log = store.webhookEvents
            let item = ItemID("555_777")
            #expect(try await log.recordDelivery(key: "comment:555_777:add:aa", itemID: item, body: [1, 0xFF, 0]))
            #expect(try await log.recordDelivery(key: "comment:555_778:add:bb", itemID: ItemID("555_778"), body: [2]))
            #expect(try await log.recordDelivery(key: "sha256:cc", itemID: nil, body: [3]))
            #expect(try await log.recordDelivery(key: "sync:comment:555_777:add:dd", itemID: item, body: [4]))
            #expect(try await log.recordDelivery(key: "comment:555_777:edited:ee", itemID: item, body: [5]))

            let found = try await log.deliveries(about: item)
            #expect(found.map(\.key) == ["comment:555_777:add:aa", "sync:comment:555_777:add:dd", "comment:555_777:edited:ee"])
            #expect(found.map(\.body) == [[1, 0xFF, 0], [4], [5]])
            #expect(found.allSatisfy { $0.purgedAt == nil })
            #expect(try await log.deliveries(about: ItemID("555_77")).isEmpty)
        }
    }
}
