public import DecorumCore
import SQLKit

/// ``AuditLog`` in the `audit_log` table; the type offers no way to change or delete an entry.
public struct SQLAuditLog: AuditLog {
    let executor: any SQLExecutor

    /// The log in the store, each append its own transaction.
    public init(store: Store) { executor = store }
    /// The log inside a transaction (the entry commits with the change it records).
    public init(transaction: Transaction) { executor = transaction }

    static let columns = "id, at, actor, event, item_id, details"

    @discardableResult
    public func append(actor: String, event: String, itemID: ItemID?, details: JSONValue) async throws -> AuditEntry {
        let now = executor.nowMillis
        let json = details.serialized()
        return try await executor.write { db in
            guard let row = try await db.raw("""
                INSERT INTO audit_log (at, actor, event, item_id, details)
                VALUES (\(bind: now), \(bind: actor), \(bind: event), \(bind: itemID?.rawValue), \(bind: json))
                RETURNING \(unsafeRaw: Self.columns)
                """).first()
            else { throw StoreError.notFound(table: "audit_log", id: "just appended") }
            return try Self.entry(row)
        }
    }

    public func list(limit: Int, after: Int64?) async throws -> [AuditEntry] {
        guard limit > 0 else { throw StoreError.invalidArgument("The number of audit entries to list must be positive, not \(limit).") }
        return try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM audit_log WHERE id > \(bind: after ?? 0) ORDER BY id LIMIT \(bind: limit)
                """).all().map(Self.entry)
        }
    }

    public func list(for item: ItemID) async throws -> [AuditEntry] {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM audit_log WHERE item_id = \(bind: item.rawValue) ORDER BY id")
                .all().map(Self.entry)
        }
    }

    static func entry(_ row: any SQLRow) throws -> AuditEntry {
        AuditEntry(
            id: try row.int64("id"), at: try row.date("at"), actor: try row.string("actor"), event: try row.string("event"),
            itemID: try row.optionalString("item_id").map(ItemID.init(rawValue:)), detailsJSON: try row.string("details"))
    }
}
