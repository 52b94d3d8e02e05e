public import DecorumCore
import SQLKit

/// ``AuditLog`` in the `audit_log` table, each entry linked into the hash chain (``AuditChain``); the type
/// offers no way to change or delete an entry.
public struct SQLAuditLog: AuditLog {
    let executor: any SQLExecutor

    /// The log in the store, each append its own transaction.
    public init(store: Store) { executor = store }
    /// The log inside a transaction (the entry commits with the change it records, and is linked into the
    /// chain as the transaction commits).
    public init(transaction: Transaction) { executor = transaction }

    static let columns = AuditChainRow.columns

    /// Appends an entry; inside a transaction the entry returned has no place in the chain yet (it gets one at commit).
    @discardableResult
    public func append(actor: String, event: String, itemID: ItemID?, details: JSONValue) async throws -> AuditEntry {
        try await append([AuditChainWriter.Values(actor: actor, event: event, itemID: itemID?.rawValue, details: details.serialized())])[0]
    }

    /// Inserts the entries and links them into the chain now, or as the transaction commits.
    func append(_ values: [AuditChainWriter.Values]) async throws -> [AuditEntry] {
        let now = executor.nowMillis
        return try await executor.write { [executor] db in
            try await AuditChainWriter.append(values, at: now, in: db, of: executor).map(\.entry)
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
        try AuditChainRow(row).entry
    }
}
