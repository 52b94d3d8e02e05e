public import DecorumCore
import Foundation
import SQLKit

/// ``LegalHoldRepository`` in the `legal_holds` table, whose rows reference their items, so a held item's
/// row cannot be deleted either.
public struct SQLLegalHoldRepository: LegalHoldRepository {
    let executor: any SQLExecutor

    /// Holds in the store, each change its own transaction with its audit entry.
    public init(store: Store) { executor = store }
    /// Holds inside a transaction.
    public init(transaction: Transaction) { executor = transaction }

    /// The audit events a hold writes.
    public enum Event {
        /// A hold placed: the actor placed it, the details say why.
        public static let placed = "legal_hold_placed"
        /// A hold released: the actor released it, the details say why, and who placed it when.
        public static let released = "legal_hold_released"
    }

    static let columns = "item_id, placed_by, reason, placed_at"

    @discardableResult
    public func place(on item: ItemID, by person: String, reason: String) async throws -> LegalHold {
        let reason = try Self.required(reason)
        let now = executor.nowMillis
        return try await executor.write { [executor] db in
            guard try await db.raw("SELECT id FROM items WHERE id = \(bind: item.rawValue)").first() != nil else {
                throw LegalHoldError.noSuchItem(item)
            }
            guard let row = try await db.raw("""
                INSERT INTO legal_holds (item_id, placed_by, reason, placed_at)
                VALUES (\(bind: item.rawValue), \(bind: person), \(bind: reason), \(bind: now))
                ON CONFLICT (item_id) DO NOTHING
                RETURNING \(unsafeRaw: Self.columns)
                """).first()
            else {
                let existing = try await Self.hold(item, in: db)
                throw LegalHoldError.alreadyHeld(item, by: existing?.placedBy ?? "someone", since: existing?.placedAt ?? .distantPast)
            }
            let hold = try Self.hold(row)
            _ = try await AuditChainWriter.append([AuditChainWriter.Values(
                actor: person, event: Event.placed, itemID: item.rawValue, details: JSONValue.object([("reason", .string(reason))]).serialized()
            )], at: now, in: db, of: executor)
            return hold
        }
    }

    @discardableResult
    public func release(_ item: ItemID, by person: String, reason: String) async throws -> LegalHold {
        let reason = try Self.required(reason)
        let now = executor.nowMillis
        return try await executor.write { [executor] db in
            guard let row = try await db.raw("""
                DELETE FROM legal_holds WHERE item_id = \(bind: item.rawValue) RETURNING \(unsafeRaw: Self.columns)
                """).first()
            else { throw LegalHoldError.notHeld(item) }
            let hold = try Self.hold(row)
            let details = JSONValue.object([
                ("reason", .string(reason)), ("placed_by", .string(hold.placedBy)), ("placed_at", .int(Int(hold.placedAt.storeMillis))),
            ])
            _ = try await AuditChainWriter.append([AuditChainWriter.Values(
                actor: person, event: Event.released, itemID: item.rawValue, details: details.serialized()
            )], at: now, in: db, of: executor)
            return hold
        }
    }

    public func hold(on item: ItemID) async throws -> LegalHold? {
        try await executor.read { db in try await Self.hold(item, in: db) }
    }

    public func all() async throws -> [LegalHold] {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM legal_holds ORDER BY placed_at, item_id").all().map(Self.hold)
        }
    }

    public func held(among items: [ItemID]) async throws -> Set<ItemID> {
        guard !items.isEmpty else { return [] }
        return try await executor.read { db in
            var held = Set<ItemID>()
            for chunk in BatchRows.chunks(items) {
                for row in try await db.raw("""
                    SELECT item_id FROM legal_holds WHERE item_id IN (\(binds: chunk.map(\.rawValue)))
                    """).all() {
                    held.insert(ItemID(try row.string("item_id")))
                }
            }
            return held
        }
    }

    private static func hold(_ item: ItemID, in db: any SQLDatabase) async throws -> LegalHold? {
        try await db.raw("SELECT \(unsafeRaw: columns) FROM legal_holds WHERE item_id = \(bind: item.rawValue)").first().map(hold)
    }

    private static func hold(_ row: any SQLRow) throws -> LegalHold {
        LegalHold(itemID: ItemID(try row.string("item_id")), placedBy: try row.string("placed_by"), reason: try row.string("reason"),
                  placedAt: try row.date("placed_at"))
    }

    private static func required(_ reason: String) throws -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw LegalHoldError.reasonRequired }
        return String(trimmed.prefix(2000)).storable
    }
}
