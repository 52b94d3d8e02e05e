import DecorumCore
import SQLKit

/// ``AlertRepository`` in the `alerts` table.
public struct SQLAlertRepository: AlertRepository {
    let executor: any SQLExecutor

    /// Alerts in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// Alerts inside a transaction (raised with the change that calls for them).
    public init(transaction: Transaction) { executor = transaction }

    static let columns = """
        id, kind, severity, role, page_id, item_id, message, created_at, acknowledged_by, acknowledged_at, escalated_at, escalated_to, notified_at
        """

    @discardableResult
    public func raise(_ request: AlertRequest) async throws -> Alert? {
        let now = executor.nowMillis
        let lock = executor.dialect.rowLock
        return try await executor.write { db in
            if let key = request.dedupeKey {
                // Two processes raising the same alert at the same moment may both insert: a duplicate alert is a
                // nuisance, a lost one is not acceptable, so there is no UNIQUE constraint to make one fail.
                let open = try await db.raw("""
                    SELECT id FROM alerts WHERE dedupe_key = \(bind: key) AND acknowledged_at IS NULL LIMIT 1 \(unsafeRaw: lock)
                    """).first()
                if open != nil { return nil }
            }
            guard let row = try await db.raw("""
                INSERT INTO alerts (kind, severity, role, page_id, item_id, message, dedupe_key, created_at)
                VALUES (\(bind: request.kind.rawValue), \(bind: request.severity.rawValue), \(bind: request.role),
                        \(bind: request.page?.rawValue), \(bind: request.itemID?.rawValue), \(bind: request.message.storable),
                        \(bind: request.dedupeKey), \(bind: now))
                RETURNING \(unsafeRaw: Self.columns)
                """).first()
            else { throw StoreError.notFound(table: "alerts", id: "just raised") }
            return try Self.alert(row)
        }
    }

    public func open(limit: Int) async throws -> [Alert] {
        guard limit > 0 else { throw StoreError.invalidArgument("The number of alerts to list must be positive, not \(limit).") }
        return try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM alerts WHERE acknowledged_at IS NULL
                ORDER BY CASE severity WHEN 'urgent' THEN 0 ELSE 1 END, id LIMIT \(bind: limit)
                """).all().map(Self.alert)
        }
    }

    @discardableResult
    public func acknowledge(_ id: Int64, by person: String) async throws -> Alert {
        let now = executor.nowMillis
        return try await executor.write { db in
            if let row = try await db.raw("""
                UPDATE alerts SET acknowledged_by = \(bind: person.storable), acknowledged_at = \(bind: now)
                WHERE id = \(bind: id) AND acknowledged_at IS NULL
                RETURNING \(unsafeRaw: Self.columns)
                """).first() {
                return try Self.alert(row)
            }
            guard let row = try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM alerts WHERE id = \(bind: id)").first() else {
                throw StoreError.notFound(table: "alerts", id: "\(id)")
            }
            return try Self.alert(row)
        }
    }

    /// One alert, or nil if there is none with this id.
    public func alert(_ id: Int64) async throws -> Alert? {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM alerts WHERE id = \(bind: id)").first().map(Self.alert)
        }
    }

    /// The latest alerts, acknowledged or not, newest first.
    public func recent(limit: Int) async throws -> [Alert] {
        guard limit > 0 else { throw StoreError.invalidArgument("The number of alerts to list must be positive, not \(limit).") }
        return try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM alerts ORDER BY id DESC LIMIT \(bind: limit)").all().map(Self.alert)
        }
    }

    static func alert(_ row: any SQLRow) throws -> Alert {
        Alert(
            id: try row.int64("id"), kind: try row.value("kind", as: Alert.Kind.self, table: "alerts"),
            severity: try row.value("severity", as: Alert.Severity.self, table: "alerts"), role: try row.optionalString("role"),
            page: try row.optionalString("page_id").map(PageID.init(rawValue:)),
            itemID: try row.optionalString("item_id").map(ItemID.init(rawValue:)), message: try row.string("message"),
            createdAt: try row.date("created_at"), acknowledgedBy: try row.optionalString("acknowledged_by"),
            acknowledgedAt: try row.optionalDate("acknowledged_at"), escalatedAt: try row.optionalDate("escalated_at"),
            escalatedTo: try row.optionalString("escalated_to"), notifiedAt: try row.optionalDate("notified_at"))
    }
}
