public import DecorumCore
public import struct Foundation.Date
import SQLKit

/// Who is working on an item now, so two moderators never act on the same one at once.
public struct ItemClaim: Sendable, Hashable {
    public var by: String
    public var until: Date
}

extension SQLItemRepository {
    /// Claims the item for `person` for `duration`, if nobody else holds an unexpired claim; returns the claim
    /// now in force (theirs, or the other person's).
    public func claim(_ id: ItemID, for person: String, duration: Duration) async throws -> ItemClaim {
        let now = executor.nowMillis
        let until = now + duration.storeMillis
        return try await executor.write { db in
            if let row = try await db.raw("""
                UPDATE items SET claimed_by = \(bind: person.storable), claimed_until = \(bind: until)
                WHERE id = \(bind: id.rawValue)
                  AND (claimed_by IS NULL OR claimed_until IS NULL OR claimed_until <= \(bind: now) OR claimed_by = \(bind: person.storable))
                RETURNING claimed_by, claimed_until
                """).first() {
                return ItemClaim(by: try row.string("claimed_by"), until: try row.date("claimed_until"))
            }
            guard let row = try await db.raw("SELECT claimed_by, claimed_until FROM items WHERE id = \(bind: id.rawValue)").first() else {
                throw StoreError.notFound(table: "items", id: id.rawValue)
            }
            return ItemClaim(by: try row.optionalString("claimed_by") ?? "", until: try row.optionalDate("claimed_until") ?? Date(storeMillis: now))
        }
    }

    /// The unexpired claim on the item, if any.
    public func claim(of id: ItemID) async throws -> ItemClaim? {
        let now = executor.nowMillis
        return try await executor.read { db in
            guard let row = try await db.raw("""
                SELECT claimed_by, claimed_until FROM items WHERE id = \(bind: id.rawValue) AND claimed_until > \(bind: now)
                """).first(), let by = try row.optionalString("claimed_by"), let until = try row.optionalDate("claimed_until")
            else { return nil }
            return ItemClaim(by: by, until: until)
        }
    }

    /// Unexpired claims on several items.
    public func claims(of ids: [ItemID]) async throws -> [ItemID: ItemClaim] {
        guard !ids.isEmpty else { return [:] }
        let now = executor.nowMillis
        return try await executor.read { db in
            var claims = [ItemID: ItemClaim]()
            for chunk in BatchRows.chunks(ids) {
                for row in try await db.raw("""
                    SELECT id, claimed_by, claimed_until FROM items
                    WHERE id IN (\(binds: chunk.map(\.rawValue))) AND claimed_until > \(bind: now)
                    """).all() {
                    if let by = try row.optionalString("claimed_by"), let until = try row.optionalDate("claimed_until") {
                        claims[ItemID(try row.string("id"))] = ItemClaim(by: by, until: until)
                    }
                }
            }
            return claims
        }
    }

    /// Lets go of the item if `person` holds it.
    public func releaseClaim(_ id: ItemID, by person: String) async throws {
        try await executor.write { db in
            try await db.raw("""
                UPDATE items SET claimed_by = NULL, claimed_until = NULL WHERE id = \(bind: id.rawValue) AND claimed_by = \(bind: person.storable)
                """).run()
        }
    }
}
