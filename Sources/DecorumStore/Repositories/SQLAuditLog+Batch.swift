public import DecorumCore

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
        _ = try await append(entries.map {
            AuditChainWriter.Values(actor: $0.actor, event: $0.event, itemID: $0.itemID?.rawValue, details: $0.details.serialized())
        })
    }
}
