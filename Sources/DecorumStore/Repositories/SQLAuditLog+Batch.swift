public import DecorumCore
import SQLKit

extension SQLAuditLog {
    /// An entry to append with ``appendMany(_:)``.
    public struct NewEntry: Sendable, Hashable {
        public var actor: String
        public var event: String
        public var itemID: ItemID?
        public var details: JSONValue

        public init(actor: String, event: String, itemID: ItemID?, details: JSONValue) {
            self.actor = actor
            self.event = event
            self.itemID = itemID
            self.details = details
        }
    }

    /// ``append(actor:event:itemID:details:)`` for many entries, in order, in one statement.
    public func appendMany(_ entries: [NewEntry]) async throws {
        guard !entries.isEmpty else { return }
        let now = executor.nowMillis
        try await executor.write { db in
            for chunk in BatchRows.chunks(entries) {
                let rows = chunk.map { e -> SQLQueryString in
                    "\(bind: now), \(bind: e.actor), \(bind: e.event), \(bind: e.itemID?.rawValue), \(bind: e.details.serialized())"
                }
                try await db.raw("INSERT INTO audit_log (at, actor, event, item_id, details) VALUES \(BatchRows.values(rows))").run()
            }
        }
    }
}
