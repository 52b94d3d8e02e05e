public import DecorumCore
import struct Foundation.Data
import SQLKit

extension SQLWebhookEventLog {
    /// ``recordDelivery(key:itemID:body:)`` for many deliveries in one statement; returns the keys not seen before.
    public func recordDeliveries(_ deliveries: [(key: String, itemID: ItemID?, body: [UInt8])]) async throws -> Set<String> {
        guard !deliveries.isEmpty else { return [] }
        if deliveries.contains(where: { $0.key.isEmpty }) { throw StoreError.invalidArgument("A webhook delivery's key must not be empty.") }
        let now = executor.nowMillis
        return try await executor.write { db in
            var new = Set<String>()
            for chunk in BatchRows.chunks(deliveries) {
                let rows = chunk.map { delivery -> SQLQueryString in
                    "\(bind: delivery.key), \(bind: delivery.itemID?.rawValue), \(bind: Data(delivery.body)), \(bind: now)"
                }
                for row in try await db.raw("""
                    INSERT INTO webhook_events (dedupe_key, item_id, body, received_at) VALUES \(BatchRows.values(rows))
                    ON CONFLICT (dedupe_key) DO NOTHING
                    RETURNING dedupe_key
                    """).all() {
                    new.insert(try row.string("dedupe_key"))
                }
            }
            return new
        }
    }
}
