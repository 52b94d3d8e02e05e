import DecorumCore
import Testing
@testable import DecorumStore

@Suite("Webhook deliveries")
struct WebhookEventLogTests {
    @Test("a delivery seen before is recognised and not stored again", arguments: TestDatabase.allCases)
    func dedupe(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let body = Array(#"{"object":"page","entry":[{"id":"1","changes":[{"field":"feed"}]}]}"#.utf8)
            let first = try await store.webhookEvents.recordDelivery(key: "sha256:ab12", itemID: nil, body: body)
            let repeated = try await store.webhookEvents.recordDelivery(key: "sha256:ab12", itemID: nil, body: body)
            let other = try await store.webhookEvents.recordDelivery(key: "sha256:cd34", itemID: nil, body: body)
            let stored = try await store.webhookEvents.body(forKey: "sha256:ab12")
            let unknown = try await store.webhookEvents.body(forKey: "sha256:none")
            #expect(first)
            #expect(!repeated)
            #expect(other)
            #expect(stored == body)
            #expect(unknown == nil)
        }
    }

    @Test("the raw body is kept byte for byte, even bytes that are not UTF-8", arguments: TestDatabase.allCases)
    func rawBytes(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let body: [UInt8] = [0x7B, 0x00, 0xFF, 0xFE, 0x22, 0x7D]
            let recorded = try await store.webhookEvents.recordDelivery(key: "k", itemID: nil, body: body)
            let stored = try await store.webhookEvents.body(forKey: "k")
            #expect(recorded)
            #expect(stored == body)
        }
    }

    @Test("a delivery and its job are stored together or not at all", arguments: TestDatabase.allCases)
    func atomicWithJob(database: TestDatabase) async throws {
        struct Crash: Error {}
        try await database.withStore { store, _ in
            await #expect(throws: Crash.self) {
                try await store.transaction { tx in
                    #expect(try await tx.webhookEvents.recordDelivery(key: "delivery-1", itemID: nil, body: [1, 2, 3]))
                    try await tx.jobs.enqueue(kind: "ingest", payload: #"{"delivery":"delivery-1"}"#, dedupeKey: "delivery-1", runAt: nil)
                    throw Crash()
                }
            }
            #expect(try await store.webhookEvents.body(forKey: "delivery-1") == nil)
            #expect(try await store.jobs.depth() == QueueDepth())

            let stored = try await store.transaction { tx in
                guard try await tx.webhookEvents.recordDelivery(key: "delivery-1", itemID: nil, body: [1, 2, 3]) else { return false }
                try await tx.jobs.enqueue(kind: "ingest", payload: #"{"delivery":"delivery-1"}"#, dedupeKey: "delivery-1", runAt: nil)
                return true
            }
            #expect(stored)
            #expect(try await store.jobs.depth().queued == 1)
        }
    }
}

@Suite("Transactions")
struct TransactionTests {
    @Test("using the store itself inside its own transaction is refused instead of hanging", arguments: TestDatabase.allCases)
    func storeInsideTransaction(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            await #expect {
                try await store.transaction { _ in
                    try await store.jobs.depth()
                }
            } throws: { error in
                String(describing: error).contains("use the transaction's repositories")
            }
            let depth = try await store.jobs.depth()
            #expect(depth == QueueDepth())
        }
    }

    @Test("writes in a transaction are seen inside it and committed together", arguments: TestDatabase.allCases)
    func commit(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let item = Item(id: ItemID("999_20"), text: "Thank you to the nurses")
            let seen = try await store.transaction { tx in
                try await tx.items.recordRevision(item, page: PageID("p"), kind: .comment, raw: nil)
                try await tx.audit.append(actor: "decorum", event: "item.received", itemID: item.id, details: .object([]))
                return try await tx.items.item(item.id)?.item.text
            }
            #expect(seen == item.text)
            let entries = try await store.audit.list(for: item.id)
            #expect(entries.map(\.event) == ["item.received"])
        }
    }
}
