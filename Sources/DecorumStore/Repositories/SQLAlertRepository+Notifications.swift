public import Foundation
import SQLKit

/// Sending alerts on, once each, after they commit. Whoever sends an alert first claims it: a row in `kv_entries`
/// (`alert_notification:{id}`) whose expiry is the end of the claim, so two instances never send the same alert at
/// once, and a claim left by an instance that died runs out. Between tries the row keeps which channels took the
/// alert and expires at the time of the next try, so the retry (by any instance) sends only to the others.
extension SQLAlertRepository {
    static func notificationKey(_ id: Int64) -> String { "alert_notification:\(id)" }

    /// Open alerts not yet sent on and not held by a sender now (one sending, or waiting to retry), oldest first.
    public func unnotified(limit: Int) async throws -> [Alert] {
        guard limit > 0 else { throw StoreError.invalidArgument("The number of alerts to send on must be positive, not \(limit).") }
        let now = executor.nowMillis
        return try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.prefixed) FROM alerts a
                LEFT JOIN kv_entries k ON k.key = 'alert_notification:' || a.id
                WHERE a.notified_at IS NULL AND a.acknowledged_at IS NULL AND (k.expires_at IS NULL OR k.expires_at <= \(bind: now))
                ORDER BY a.id LIMIT \(bind: limit)
                """).all().map(Self.alert)
        }
    }

    /// Claims the alert for sending until `until`, returning how far earlier tries got; nil when the alert has
    /// been sent on or acknowledged, or another sender holds it.
    public func claimNotification(_ id: Int64, until: Date) async throws -> NotificationProgress? {
        let now = executor.nowMillis
        let key = Self.notificationKey(id)
        let fresh = Data(NotificationProgress(alertID: id).encoded.utf8)
        return try await executor.write { db in
            let pending = try await db.raw("""
                SELECT id FROM alerts WHERE id = \(bind: id) AND notified_at IS NULL AND acknowledged_at IS NULL
                """).first()
            guard pending != nil else { return nil }
            // The update happens only when the last claim has run out; otherwise nothing is returned.
            guard let row = try await db.raw("""
                INSERT INTO kv_entries (key, value, expires_at) VALUES (\(bind: key), \(bind: fresh), \(bind: until.storeMillis))
                ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at
                WHERE kv_entries.expires_at IS NULL OR kv_entries.expires_at <= \(bind: now)
                RETURNING value
                """).first()
            else { return nil }
            let value = try row.decode(column: "value", as: Data.self)
            return NotificationProgress(alertID: id, encoded: String(decoding: value, as: UTF8.self))
        }
    }

    /// Records a round that left some channel still to send to, and lets the alert be claimed again at `retryAt`.
    public func deferNotification(_ progress: NotificationProgress, until retryAt: Date) async throws {
        let value = Data(progress.encoded.utf8)
        try await executor.write { db in
            try await db.raw("""
                UPDATE kv_entries SET value = \(bind: value), expires_at = \(bind: retryAt.storeMillis)
                WHERE key = \(bind: Self.notificationKey(progress.alertID))
                """).run()
        }
    }

    /// Marks the alerts sent on (those not marked already) and drops their claims; returns how many it marked.
    @discardableResult
    public func markNotified(_ ids: [Int64]) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        let now = executor.nowMillis
        return try await executor.write { db in
            var marked = 0
            for chunk in BatchRows.chunks(ids) {
                let ids: [any Encodable & Sendable] = Array(chunk)
                let keys: [any Encodable & Sendable] = chunk.map(Self.notificationKey)
                marked += try await db.raw("""
                    UPDATE alerts SET notified_at = \(bind: now) WHERE id IN (\(binds: ids)) AND notified_at IS NULL RETURNING id
                    """).all().count
                try await db.raw("DELETE FROM kv_entries WHERE key IN (\(binds: keys))").run()
            }
            return marked
        }
    }

    /// The alert columns qualified with the alias `a`, for queries that join another table.
    static let prefixed = columns.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map { "a." + $0 }.joined(separator: ", ")
}
