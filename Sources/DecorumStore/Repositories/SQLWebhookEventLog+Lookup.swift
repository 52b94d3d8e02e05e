public import DecorumCore
import struct Foundation.Data
import SQLKit

extension SQLWebhookEventLog {
    public func deliveries(about item: ItemID) async throws -> [WebhookDelivery] {
        try await executor.read { db in
            try await db.raw("""
                SELECT dedupe_key, body, received_at, purged_at FROM webhook_events WHERE item_id = \(bind: item.rawValue) ORDER BY id
                """).all().map { row in
                WebhookDelivery(
                    key: try row.string("dedupe_key"), body: [UInt8](try row.decode(column: "body", as: Data.self)),
                    receivedAt: try row.date("received_at"), purgedAt: try row.optionalDate("purged_at"))
            }
        }
    }
}
