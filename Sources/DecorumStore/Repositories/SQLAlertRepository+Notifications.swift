public import Foundation
import SQLKit

/// Sending alerts on, once each, after they commit. Whoever sends an alert first claims it by setting
/// `notify_held_until` in a conditional update, so two instances never send the same alert at once and a claim left
/// by an instance that died runs out. Between tries the alert keeps the rounds tried and the channels that took it,
/// and is held until the time of the next try, so the retry (by any instance) sends only to the others.
extension SQLAlertRepository {
    /// Open alerts raised since `since`, not yet sent on and not held by a sender now (one sending, or waiting to
    /// retry), oldest first.
    public func unnotified(raisedSince since: Date, limit: Int) async throws -> [Alert] {
        guard limit > 0 else { throw StoreError.invalidArgument("The number of alerts to send on must be positive, not \(limit).") }
        let now = executor.nowMillis
        return try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM alerts
                WHERE notified_at IS NULL AND acknowledged_at IS NULL AND created_at >= \(bind: since.storeMillis)
                  AND (notify_held_until IS NULL OR notify_held_until <= \(bind: now))
                ORDER BY id LIMIT \(bind: limit)
                """).all().map(Self.alert)
        }
    }

    /// Claims the alert for sending until `until`, returning how far earlier tries got; nil when the alert has
    /// been sent on or acknowledged, or another sender holds it.
    public func claimNotification(_ id: Int64, until: Date) async throws -> NotificationProgress? {
        let now = executor.nowMillis
        return try await executor.write { db in
            guard let row = try await db.raw("""
                UPDATE alerts SET notify_held_until = \(bind: until.storeMillis)
                WHERE id = \(bind: id) AND notified_at IS NULL AND acknowledged_at IS NULL
                  AND (notify_held_until IS NULL OR notify_held_until <= \(bind: now))
                RETURNING notify_attempts, notify_delivered
                """).first()
            else { return nil }
            return NotificationProgress(
                alertID: id, attempts: try row.int("notify_attempts"), storedDelivered: try row.optionalString("notify_delivered"))
        }
    }

    /// Records a round that left some channel still to send to, and lets the alert be claimed again at `retryAt`.
    public func deferNotification(_ progress: NotificationProgress, until retryAt: Date) async throws {
        try await executor.write { db in
            try await db.raw("""
                UPDATE alerts SET notify_attempts = \(bind: progress.attempts), notify_delivered = \(bind: progress.storedDelivered),
                                  notify_held_until = \(bind: retryAt.storeMillis)
                WHERE id = \(bind: progress.alertID) AND notified_at IS NULL
                """).run()
        }
    }

    /// Marks the alerts sent on (those not marked already) and lets go of them; returns how many it marked.
    @discardableResult
    public func markNotified(_ ids: [Int64]) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        let now = executor.nowMillis
        return try await executor.write { db in
            var marked = 0
            for chunk in BatchRows.chunks(ids) {
                let ids: [any Encodable & Sendable] = Array(chunk)
                marked += try await db.raw("""
                    UPDATE alerts SET notified_at = \(bind: now), notify_held_until = NULL
                    WHERE id IN (\(binds: ids)) AND notified_at IS NULL RETURNING id
                    """).all().count
            }
            return marked
        }
    }
}
