public import DecorumCore

/// An append-only record of every event and decision: nothing in it is changed or removed.
public protocol AuditLog: Sendable {
    /// Appends an entry and returns it.
    @discardableResult
    func append(actor: String, event: String, itemID: ItemID?, details: JSONValue) async throws -> AuditEntry
    /// Entries in the order they were appended, from the one after `after` (an entry id), at most `limit`.
    func list(limit: Int, after: Int64?) async throws -> [AuditEntry]
    /// The item's entries, in order.
    func list(for item: ItemID) async throws -> [AuditEntry]
}
