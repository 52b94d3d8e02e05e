import SQLKit

extension Migration {
    /// The audit log as a hash chain (each entry's place, previous hash and hash, and the chain's head), legal
    /// holds on items, and what the retention purge needs: when an item's text was purged (with a digest to
    /// recognise it if Meta sends it again), and which item each webhook delivery was about.
    ///
    /// The entries already in the log are linked into the chain in id order, and the deliveries already
    /// stored are given their item from their key.
    static let governance = Migration(version: 6, name: "governance: audit chain, legal holds, retention", data: { db, dialect in
        try await linkExistingAuditEntries(db, dialect: dialect)
        try await fillDeliveryItems(db)
    }) { _ in
        [
            "ALTER TABLE audit_log ADD COLUMN seq BIGINT",
            "ALTER TABLE audit_log ADD COLUMN prev_hash TEXT",
            "ALTER TABLE audit_log ADD COLUMN hash TEXT",
            "CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq)",
            """
            CREATE TABLE audit_chain (
                chain TEXT PRIMARY KEY,
                length BIGINT NOT NULL,
                head_hash TEXT NOT NULL,
                head_id BIGINT
            )
            """,
            "INSERT INTO audit_chain (chain, length, head_hash) VALUES ('\(AuditChain.name)', 0, '\(AuditChain.genesis)')",
            """
            CREATE TABLE legal_holds (
                item_id TEXT PRIMARY KEY REFERENCES items (id),
                placed_by TEXT NOT NULL,
                reason TEXT NOT NULL,
                placed_at BIGINT NOT NULL
            )
            """,
            "ALTER TABLE items ADD COLUMN text_purged_at BIGINT",
            "ALTER TABLE items ADD COLUMN text_digest TEXT",
            "ALTER TABLE webhook_events ADD COLUMN item_id TEXT",
            "ALTER TABLE webhook_events ADD COLUMN purged_at BIGINT",
            "CREATE INDEX webhook_events_item ON webhook_events (item_id)",
        ]
    }

    /// Links every entry written before the chain existed, oldest first, a page at a time.
    private static func linkExistingAuditEntries(_ db: any SQLDatabase, dialect: Dialect) async throws {
        while true {
            let rows = try await db.raw("""
                SELECT \(unsafeRaw: AuditChainRow.columns) FROM audit_log WHERE seq IS NULL ORDER BY id LIMIT 1000
                """).all().map(AuditChainRow.init)
            if rows.isEmpty { return }
            try await AuditChainWriter.link(rows, in: db, dialect: dialect)
        }
    }

    /// Gives each stored delivery the item its key names: `kind:object-id:verb:hash`, or the same after `sync:`
    /// (the keys Decorum wrote before deliveries recorded their item).
    private static func fillDeliveryItems(_ db: any SQLDatabase) async throws {
        var after: Int64 = 0
        while true {
            let rows = try await db.raw("""
                SELECT id, dedupe_key FROM webhook_events WHERE id > \(bind: after) ORDER BY id LIMIT 1000
                """).all()
            guard let last = rows.last else { return }
            after = try last.int64("id")
            let items = try rows.compactMap { row -> (key: Int64, values: [any Encodable & Sendable])? in
                var parts = try row.string("dedupe_key").split(separator: ":", omittingEmptySubsequences: false)
                if parts.first == "sync" { parts.removeFirst() }
                guard parts.count == 4, !parts[1].isEmpty else { return nil }
                return (try row.int64("id"), [String(parts[1])])
            }
            for chunk in BatchRows.chunks(items) {
                try await db.raw(BatchRows.update("webhook_events", key: "id", columns: ["item_id"], rows: chunk)).run()
            }
        }
    }
}
