public import DecorumCore
public import struct Foundation.Date
import Logging
import SQLKit

/// The retention purge: once an item has been settled longer than the policy's period for its class, its
/// text, author's name and attachments go from the item and every revision, the raw payloads from its
/// revisions and webhook deliveries, and the quoted words from its decisions; the rest stays as metadata,
/// and the audit log is not touched but for one entry with the counts. Items under legal hold are passed over.
///
/// A purge works in batches, each its own transaction, so webhooks are never kept waiting long; several
/// processes share out the batches (``Dialect/skippingRowLock``), and a claim in `kv_entries` lets only one
/// of them run a purge at a time.
public struct SQLRetention: Sendable {
    let store: Store

    /// The purge of the store's items.
    public init(store: Store) { self.store = store }

    /// The audit event of a purge.
    public static let event = "retention_purged"
    /// Items purged per transaction.
    static let batchSize = 200
    /// How long a claim to be purging lasts if its process dies before letting go.
    static let claimLease: Duration = .seconds(3600)
    static let claimKey = "retention.purge.running"
    static let lastRunKey = "retention.purge.finished_at"

    /// What a purge under `retention` would take now, listing at most `limit` items of each kind; changes nothing.
    public func plan(_ retention: Retention, limit: Int = 1000) async throws -> RetentionPlan {
        let now = store.clock.now()
        let cut = Cutoffs(retention, now: now.storeMillis)
        let due = cut.due
        return try await store.read { db in
            var counts = RetentionCounts()
            for row in try await db.raw("SELECT status, COUNT(*) AS n FROM items WHERE \(due) AND \(Self.notHeld) GROUP BY status").all() {
                let status = try row.value("status", as: ItemStatus.self, table: "items")
                if RetentionClass(status: status) == .allowed { counts.allowedItems += try row.int("n") } else { counts.actionedItems += try row.int("n") }
            }
            let dueItems: SQLQueryString = "SELECT id FROM items WHERE \(due) AND \(Self.notHeld)"
            func count(_ sql: SQLQueryString) async throws -> Int { try await db.raw(sql).first()?.int("n") ?? 0 }
            counts.revisions = try await count("SELECT COUNT(*) AS n FROM item_revisions WHERE item_id IN (\(dueItems))")
            counts.decisions = try await count("SELECT COUNT(*) AS n FROM decisions WHERE item_id IN (\(dueItems))")
            counts.webhookEvents = try await count("""
                SELECT COUNT(*) AS n FROM webhook_events
                WHERE purged_at IS NULL AND (item_id IN (\(dueItems)) OR \(cut.leftoverDeliveries))
                """)
            counts.finishedJobs = try await count("""
                SELECT COUNT(*) AS n FROM jobs WHERE status IN ('done', 'failed') AND updated_at < \(bind: cut.jobs)
                """)
            counts.heldItems = try await count("SELECT COUNT(*) AS n FROM items WHERE \(due) AND NOT \(Self.notHeld)")
            func items(_ held: Bool) async throws -> [RetentionPlan.Item] {
                let holds: SQLQueryString = held ? "NOT \(Self.notHeld)" : Self.notHeld
                return try await db.raw("""
                    SELECT id, status, last_seen FROM items WHERE \(due) AND \(holds) ORDER BY last_seen, id LIMIT \(bind: limit)
                    """).all().map { row in
                    let status = try row.value("status", as: ItemStatus.self, table: "items")
                    guard let retentionClass = RetentionClass(status: status) else {
                        throw StoreError.corruptRow(table: "items", column: "status", value: status.rawValue)
                    }
                    return RetentionPlan.Item(itemID: ItemID(try row.string("id")), status: status, retentionClass: retentionClass,
                                              lastSeen: try row.date("last_seen"))
                }
            }
            return RetentionPlan(retention: retention, now: now, counts: counts, items: try await items(false), held: try await items(true))
        }
    }

    /// Purges everything past its period now, then records the counts in the audit log as `actor`; refused
    /// while another process is purging.
    @discardableResult
    public func purge(_ retention: Retention, by actor: String, policyVersion: String) async throws -> RetentionCounts {
        guard try await store.keyValues.insert(Self.claimKey, value: Array(actor.utf8), expiry: .after(Self.claimLease)) else {
            let claimant = try await store.keyValues.get(Self.claimKey).map { String(decoding: $0.value, as: UTF8.self) }
            throw RetentionError.alreadyRunning(by: claimant ?? "another process")
        }
        return try await run(retention, by: actor, policyVersion: policyVersion)
    }

    /// The daily job's turn: purges as ``purge(_:by:policyVersion:)`` unless a purge finished less than
    /// `interval` ago or another process is purging (then returns nil).
    public func purgeIfDue(
        _ retention: Retention, every interval: Duration, by actor: String, policyVersion: String
    ) async throws -> RetentionCounts? {
        let now = store.clock.now().storeMillis
        let claimed = try await store.transaction { tx -> Bool in
            // Claimed first, then checked: a purge that finished just before the claim (and let go of its own) is then
            // seen, even on PostgreSQL, where each statement sees what committed before it.
            guard try await tx.keyValues.insert(Self.claimKey, value: Array(actor.utf8), expiry: .after(Self.claimLease)) else { return false }
            if let last = try await tx.keyValues.get(Self.lastRunKey), let finished = Int64(String(decoding: last.value, as: UTF8.self)),
               now - finished < interval.storeMillis {
                try await tx.keyValues.remove(Self.claimKey)
                return false
            }
            return true
        }
        guard claimed else { return nil }
        return try await run(retention, by: actor, policyVersion: policyVersion)
    }

    /// When the last purge finished, if one ever did.
    public func lastPurge() async throws -> Date? {
        guard let entry = try await store.keyValues.get(Self.lastRunKey),
              let millis = Int64(String(decoding: entry.value, as: UTF8.self)) else { return nil }
        return Date(storeMillis: millis)
    }

    /// The purge itself, holding the claim, which it lets go of however it ends.
    private func run(_ retention: Retention, by actor: String, policyVersion: String) async throws -> RetentionCounts {
        do {
            let cut = Cutoffs(retention, now: store.clock.now().storeMillis)
            var counts = RetentionCounts()
            while try await purgeBatch(cut, into: &counts) {}
            let finished = try await store.transaction { tx -> Int64 in
                let now = store.clock.now().storeMillis
                counts.webhookEvents += try await tx.write { db in
                    try await db.raw("""
                        UPDATE webhook_events SET body = \(unsafeRaw: tx.dialect.emptyBytes), purged_at = \(bind: now)
                        WHERE purged_at IS NULL AND \(cut.leftoverDeliveries) RETURNING id
                        """).all().count
                }
                counts.finishedJobs = try await tx.jobs.purgeFinished(before: Date(storeMillis: cut.jobs))
                counts.heldItems = try await tx.read { db in
                    try await db.raw("SELECT COUNT(*) AS n FROM items WHERE \(cut.due) AND NOT \(Self.notHeld)").first()?.int("n") ?? 0
                }
                try await tx.audit.append(actor: actor, event: Self.event, itemID: nil, details: counts.auditDetails(retention, policyVersion: policyVersion))
                try await tx.keyValues.set(Self.lastRunKey, to: Array(String(now).utf8), expiry: .never)
                try await tx.keyValues.remove(Self.claimKey)
                return now
            }
            store.logger.info("retention purge finished", metadata: [
                "items": "\(counts.items)", "webhook_events": "\(counts.webhookEvents)", "held_items_kept": "\(counts.heldItems)",
                "finished_at": "\(finished)",
            ])
            return counts
        } catch {
            try? await store.keyValues.remove(Self.claimKey)
            throw error
        }
    }

    /// Purges the next batch of items past their period in one transaction; false when there were none.
    private func purgeBatch(_ cut: Cutoffs, into counts: inout RetentionCounts) async throws -> Bool {
        let batch = try await store.transaction { tx -> RetentionCounts? in
            try await tx.write { db -> RetentionCounts? in
                let rows = try await db.raw("""
                    SELECT id, status, text, attachments FROM items WHERE \(cut.due) AND \(Self.notHeld)
                    ORDER BY last_seen, id LIMIT \(bind: Self.batchSize)\(unsafeRaw: tx.dialect.skippingRowLock)
                    """).all()
                guard !rows.isEmpty else { return nil }
                let now = tx.nowMillis
                var batch = RetentionCounts()
                var ids = [String]()
                var digests = [(key: String, values: [any Encodable & Sendable])]()
                for row in rows {
                    let id = try row.string("id")
                    ids.append(id)
                    digests.append((id, [ItemTextDigest.of(text: try row.string("text"), attachments: try row.string("attachments"))]))
                    let status = try row.value("status", as: ItemStatus.self, table: "items")
                    if RetentionClass(status: status) == .allowed { batch.allowedItems += 1 } else { batch.actionedItems += 1 }
                }
                try await db.raw(BatchRows.update("items", key: "id", columns: ["text_digest"], rows: digests)).run()
                try await db.raw("""
                    UPDATE items SET text = '', author_name = NULL, attachments = '[]', text_purged_at = \(bind: now)
                    WHERE id IN (\(binds: ids))
                    """).run()
                batch.revisions = try await db.raw("""
                    UPDATE item_revisions SET text = '', attachments = '[]', raw = NULL WHERE item_id IN (\(binds: ids)) RETURNING id
                    """).all().count
                batch.decisions = try await Self.redactDecisions(of: ids, in: db)
                batch.webhookEvents = try await db.raw("""
                    UPDATE webhook_events SET body = \(unsafeRaw: tx.dialect.emptyBytes), purged_at = \(bind: now)
                    WHERE purged_at IS NULL AND item_id IN (\(binds: ids)) RETURNING id
                    """).all().count
                return batch
            }
        }
        guard let batch else { return false }
        counts.allowedItems += batch.allowedItems
        counts.actionedItems += batch.actionedItems
        counts.revisions += batch.revisions
        counts.decisions += batch.decisions
        counts.webhookEvents += batch.webhookEvents
        return true
    }

    /// Takes the quoted words out of the items' decisions (``JudgementRedaction``); returns how many there were.
    private static func redactDecisions(of ids: [String], in db: any SQLDatabase) async throws -> Int {
        let rows = try await db.raw("SELECT id, categories, entities, decision FROM decisions WHERE item_id IN (\(binds: ids))").all()
        var redacted = [(key: Int64, values: [any Encodable & Sendable])]()
        for row in rows {
            let parts: (String, String, String)
            if let categories = try? JSONValue.parse(try row.string("categories")),
               let entities = try? JSONValue.parse(try row.string("entities")),
               let decision = try? JSONValue.parse(try row.string("decision")) {
                let r = JudgementRedaction.redact(categories: categories, entities: entities, decision: decision)
                parts = (r.categories.serialized(), r.entities.serialized(), r.decision.serialized())
            } else {
                // Not JSON Decorum wrote: nothing of it can be kept with certainty that no words stay.
                parts = ("[]", "[]", "{}")
            }
            redacted.append((try row.int64("id"), [parts.0, parts.1, parts.2]))
        }
        for chunk in BatchRows.chunks(redacted) {
            try await db.raw(BatchRows.update("decisions", key: "id", columns: ["categories", "entities", "decision"], rows: chunk)).run()
        }
        return rows.count
    }

    /// Items not under legal hold (`items` being the outer table).
    static let notHeld: SQLQueryString = "NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.item_id = items.id)"

    /// The moments, in store milliseconds, before which each kind of thing is past its period.
    struct Cutoffs {
        let allowed: Int64
        let actioned: Int64
        /// The shorter period: finished jobs older than this go.
        let jobs: Int64
        /// The longer period: deliveries about no stored item older than this go.
        let orphans: Int64

        init(_ retention: Retention, now: Int64) {
            func before(_ days: Int) -> Int64 { now - Int64(days) * 86_400_000 }
            allowed = before(retention.allowedTextDays)
            actioned = before(retention.actionedTextDays)
            jobs = max(allowed, actioned)
            orphans = min(allowed, actioned)
        }

        /// Items whose text is still held and whose period has run out (`items` being the outer table).
        var due: SQLQueryString {
            """
            text_purged_at IS NULL AND (\
            (status IN (\(binds: RetentionClass.allowed.statuses.map(\.rawValue))) AND last_seen < \(bind: allowed)) OR \
            (status IN (\(binds: RetentionClass.actioned.statuses.map(\.rawValue))) AND last_seen < \(bind: actioned)))
            """
        }

        /// Deliveries not about any item still kept: about none stored (and older than the longer period), or
        /// about an item purged already and not under hold (an edit or removal that came after the purge).
        var leftoverDeliveries: SQLQueryString {
            """
            ((received_at < \(bind: orphans) AND (item_id IS NULL OR NOT EXISTS (SELECT 1 FROM items i WHERE i.id = webhook_events.item_id))) \
            OR (EXISTS (SELECT 1 FROM items i WHERE i.id = webhook_events.item_id AND i.text_purged_at IS NOT NULL) \
            AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.item_id = webhook_events.item_id)))
            """
        }
    }
}
