public import DecorumCore
import struct Foundation.Data
import SQLKit

/// ``WebhookEventLog`` in the `webhook_events` table; `dedupe_key` is UNIQUE.
public struct SQLWebhookEventLog: WebhookEventLog {
    let executor: any SQLExecutor

    /// Deliveries in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// Deliveries inside a transaction (store the delivery and enqueue its job together).
    public init(transaction: Transaction) { executor = transaction }

    public func recordDelivery(key: String, itemID: ItemID?, body: [UInt8]) async throws -> Bool {
        guard !key.isEmpty else { throw StoreError.invalidArgument("A webhook delivery's key must not be empty.") }
        let now = executor.nowMillis
        return try await executor.write { db in
            try await db.raw("""
                INSERT INTO webhook_events (dedupe_key, item_id, body, received_at)
                VALUES (\(bind: key), \(bind: itemID?.rawValue), \(bind: Data(body)), \(bind: now))
                ON CONFLICT (dedupe_key) DO NOTHING
                RETURNING id
                """).first() != nil
        }
    }

    public func body(forKey key: String) async throws -> [UInt8]? {
        try await executor.read { db in
            try await db.raw("SELECT body FROM webhook_events WHERE dedupe_key = \(bind: key)").first()
                .map { [UInt8](try $0.decode(column: "body", as: Data.self)) }
        }
    }
}
