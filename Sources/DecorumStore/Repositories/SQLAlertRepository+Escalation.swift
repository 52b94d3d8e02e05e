public import struct Foundation.Date
import SQLKit

extension SQLAlertRepository {
    /// Open urgent alerts for `role` raised at or before `cutoff` and not yet escalated, oldest first.
    public func awaitingEscalation(role: String, raisedBy cutoff: Date, limit: Int) async throws -> [Alert] {
        guard limit > 0 else { throw StoreError.invalidArgument("The number of alerts to escalate must be positive, not \(limit).") }
        return try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM alerts
                WHERE role = \(bind: role) AND severity = 'urgent' AND acknowledged_at IS NULL AND escalated_at IS NULL
                  AND created_at <= \(bind: cutoff.storeMillis)
                ORDER BY id LIMIT \(bind: limit)
                """).all().map(Self.alert)
        }
    }

    /// Marks the alert escalated to `role`, only if it is still open and not escalated: true for the one caller
    /// that did it, false for everyone else (it was acknowledged meanwhile, or another instance escalated it).
    ///
    /// Call it in the transaction that raises the alert for the next person, so the mark and the new alert commit
    /// together; on PostgreSQL a second instance's update waits for the first and then finds nothing to change.
    public func markEscalated(_ id: Int64, to role: String) async throws -> Bool {
        let now = executor.nowMillis
        return try await executor.write { db in
            try await db.raw("""
                UPDATE alerts SET escalated_at = \(bind: now), escalated_to = \(bind: role)
                WHERE id = \(bind: id) AND acknowledged_at IS NULL AND escalated_at IS NULL
                RETURNING id
                """).first() != nil
        }
    }
}
