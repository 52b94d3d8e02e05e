import DecorumCore
import SQLKit

extension SQLAlertRepository {
    /// Raises many alerts in one statement. Alerts with a dedupe key are raised one at a time by ``raise(_:)``,
    /// which checks for an open one first.
    public func raiseMany(_ requests: [AlertRequest]) async throws {
        let plain = requests.filter { $0.dedupeKey == nil }
        for request in requests where request.dedupeKey != nil { try await raise(request) }
        guard !plain.isEmpty else { return }
        let now = executor.nowMillis
        try await executor.write { db in
            for chunk in BatchRows.chunks(plain) {
                let rows = chunk.map { r -> SQLQueryString in
                    """
                    \(bind: r.kind.rawValue), \(bind: r.severity.rawValue), \(bind: r.role), \(bind: r.page?.rawValue), \(bind: r.itemID?.rawValue),
                    \(bind: r.message.storable), NULL, \(bind: now)
                    """
                }
                try await db.raw("""
                    INSERT INTO alerts (kind, severity, role, page_id, item_id, message, dedupe_key, created_at) VALUES \(BatchRows.values(rows))
                    """).run()
            }
        }
    }
}
