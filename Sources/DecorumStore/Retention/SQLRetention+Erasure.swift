public import DecorumCore
import SQLKit

/// What an erasure did: how many of the author's items lost their personal data, and which were kept whole, with why.
public struct ErasureResult: Sendable {
    public var erased: Int
    public var counts: RetentionCounts
    /// Items under legal hold, with the hold's reason.
    public var kept: [(item: ItemID, reason: String)]
}

extension SQLRetention {
    /// The audit event of an erasure.
    public static let erasureEvent = "author_erased"

    /// Erases one author (UK GDPR art. 17): from every item of theirs not under legal hold, the words, their
    /// name, attachments and raw payloads go as in a purge, and so do the author's id and the team's notes on
    /// those items; decisions, actions and the audit trail stay as metadata. Held items are kept whole and named.
    /// One transaction; the audit entry holds counts and the kept items' ids, never words.
    public func erase(author: AuthorID, by actor: String) async throws -> ErasureResult {
        try await store.transaction { tx -> ErasureResult in
            let result = try await tx.write { db -> ErasureResult in
                let rows = try await db.raw("""
                    SELECT id, text, attachments FROM items WHERE author_id = \(bind: author.rawValue) AND \(Self.notHeld) ORDER BY id
                    """).all()
                var counts = try await Self.redact(rows, in: db, dialect: tx.dialect, now: tx.nowMillis)
                let ids = try rows.map { try $0.string("id") }
                if !ids.isEmpty {
                    try await db.raw("UPDATE items SET author_id = NULL WHERE id IN (\(binds: ids))").run()
                    try await db.raw("DELETE FROM notes WHERE item_id IN (\(binds: ids))").run()
                }
                counts.actionedItems = ids.count
                let held = try await db.raw("""
                    SELECT h.item_id, h.reason FROM legal_holds h JOIN items i ON i.id = h.item_id
                    WHERE i.author_id = \(bind: author.rawValue) ORDER BY h.item_id
                    """).all()
                let kept = try held.map { (ItemID(try $0.string("item_id")), try $0.string("reason")) }
                return ErasureResult(erased: ids.count, counts: counts, kept: kept)
            }
            try await tx.audit.append(actor: actor, event: Self.erasureEvent, itemID: nil, details: .object([
                ("items_erased", .int(result.erased)), ("revisions", .int(result.counts.revisions)), ("decisions", .int(result.counts.decisions)),
                ("webhook_events", .int(result.counts.webhookEvents)),
                ("kept_under_legal_hold", .array(result.kept.map { .string($0.item.rawValue) })),
            ]))
            return result
        }
    }
}
