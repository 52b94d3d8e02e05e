import struct Foundation.Data
import SQLKit

extension SQLWebhookEventLog {
    public func deliveries(keyPrefixes: [String]) async throws -> [WebhookDelivery] {
        let prefixes = Set(keyPrefixes.filter { !$0.isEmpty })
        guard !prefixes.isEmpty else { return [] }
        let conditions: [SQLQueryString] = prefixes.sorted().map { prefix -> SQLQueryString in "dedupe_key LIKE \(bind: LikePattern.startingWith(prefix)) ESCAPE '\\'" }
        let rows = try await executor.read { db in
            try await db.raw("""
                SELECT dedupe_key, body, received_at FROM webhook_events
                WHERE \(conditions.joined(separator: " OR ")) ORDER BY id
                """).all()
        }
        // SQLite's LIKE ignores the case of ASCII letters; the keys are matched exactly here.
        return try rows.compactMap { row in
            let key = try row.string("dedupe_key")
            guard prefixes.contains(where: key.hasPrefix) else { return nil }
            return WebhookDelivery(key: key, body: [UInt8](try row.decode(column: "body", as: Data.self)), receivedAt: try row.date("received_at"))
        }
    }
}
