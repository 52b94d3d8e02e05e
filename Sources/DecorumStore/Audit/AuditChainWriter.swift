import SQLKit
import Synchronization

/// Appends entries to `audit_log` and links them into the chain.
///
/// Linking takes the chain's head row with ``Dialect/rowLock`` (on PostgreSQL held until commit), so appends
/// from every process are chained one transaction at a time and each entry's previous hash is the one before
/// it. Inside a ``Transaction`` the linking waits until the transaction is about to commit
/// (``PendingAuditEntries``): the head is then the last lock the transaction takes, held only while it
/// commits, and two transactions can never each hold a lock the other waits for.
enum AuditChainWriter {
    /// A new entry's fields.
    struct Values: Sendable {
        var actor: String
        var event: String
        var itemID: String?
        var details: String
    }

    /// Appends the entries at time `now` with a statement on `db`, inside the write `executor` runs: linked
    /// into the chain at once, or when the executor's transaction commits.
    static func append(_ values: [Values], at now: Int64, in db: any SQLDatabase, of executor: any SQLExecutor) async throws -> [AuditChainRow] {
        let rows = try await insert(values, at: now, in: db)
        guard let pending = executor.pendingAudit else { return try await link(rows, in: db, dialect: executor.dialect) }
        pending.add(rows)
        return rows
    }

    /// Inserts the entries (not yet in the chain) at time `now` and returns them as stored, in order.
    static func insert(_ values: [Values], at now: Int64, in db: any SQLDatabase) async throws -> [AuditChainRow] {
        var rows = [AuditChainRow]()
        for chunk in BatchRows.chunks(values) {
            let tuples = chunk.map { v -> SQLQueryString in
                "\(bind: now), \(bind: v.actor), \(bind: v.event), \(bind: v.itemID), \(bind: v.details)"
            }
            rows += try await db.raw("""
                INSERT INTO audit_log (at, actor, event, item_id, details) VALUES \(BatchRows.values(tuples))
                RETURNING \(unsafeRaw: AuditChainRow.columns)
                """).all().map(AuditChainRow.init)
        }
        return rows.sorted { $0.id < $1.id }
    }

    /// Links `rows` (inserted in this transaction) onto the end of the chain, in id order; returns them linked.
    @discardableResult
    static func link(_ rows: [AuditChainRow], in db: any SQLDatabase, dialect: Dialect) async throws -> [AuditChainRow] {
        guard !rows.isEmpty else { return [] }
        var (length, previous) = try await lockedHead(db, dialect: dialect)
        var linked = [AuditChainRow]()
        for var row in rows.sorted(by: { $0.id < $1.id }) {
            length += 1
            row.position = length
            row.previousHash = previous
            row.hash = AuditChain.hash(row, position: length, previous: previous)
            previous = row.hash!
            linked.append(row)
        }
        for chunk in BatchRows.chunks(linked) {
            let values = chunk.map { row -> (key: Int64, values: [any Encodable & Sendable]) in
                (row.id, [row.position!, row.previousHash!, row.hash!])
            }
            try await db.raw(BatchRows.update("audit_log", key: "id", columns: ["seq", "prev_hash", "hash"], rows: values)).run()
        }
        try await db.raw("""
            UPDATE audit_chain SET length = \(bind: length), head_hash = \(bind: previous), head_id = \(bind: linked.last!.id)
            WHERE chain = \(bind: AuditChain.name)
            """).run()
        return linked
    }

    /// The chain's length and last hash, locked for this transaction. A head row that has gone missing (deleted
    /// by hand) is rebuilt from the last linked entry, so Decorum keeps recording; verifying still finds
    /// anything done to the entries themselves.
    private static func lockedHead(_ db: any SQLDatabase, dialect: Dialect) async throws -> (length: Int64, hash: String) {
        func read() async throws -> (Int64, String)? {
            try await db.raw("""
                SELECT length, head_hash FROM audit_chain WHERE chain = \(bind: AuditChain.name)\(unsafeRaw: dialect.rowLock)
                """).first().map { (try $0.int64("length"), try $0.string("head_hash")) }
        }
        if let head = try await read() { return head }
        let last = try await db.raw("SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1").first()
        let length = try last?.int64("seq") ?? 0
        let hash = try last?.optionalString("hash") ?? AuditChain.genesis
        try await db.raw("""
            INSERT INTO audit_chain (chain, length, head_hash) VALUES (\(bind: AuditChain.name), \(bind: length), \(bind: hash))
            ON CONFLICT (chain) DO NOTHING
            """).run()
        guard let head = try await read() else { throw StoreError.notFound(table: "audit_chain", id: AuditChain.name) }
        return head
    }
}

/// Audit entries appended inside a transaction, linked into the chain just before it commits.
final class PendingAuditEntries: Sendable {
    private let rows = Mutex<[AuditChainRow]>([])

    func add(_ new: [AuditChainRow]) { rows.withLock { $0 += new } }

    /// The entries added so far, leaving none.
    func take() -> [AuditChainRow] { rows.withLock { rows in defer { rows = [] }; return rows } }
}
