public import DecorumCore
public import struct Foundation.Date

/// One line of the audit log.
public struct AuditEntry: Sendable, Hashable {
    /// Increases with every entry: the log's order.
    public var id: Int64
    public var at: Date
    /// Who did it: "decorum", a worker, or a moderator's login.
    public var actor: String
    /// What happened, e.g. "item.received", "decision.recorded", "action.done".
    public var event: String
    public var itemID: ItemID?
    /// Details as JSON text.
    public var detailsJSON: String
    /// The entry's place in the audit chain (1 for the first), nil until its transaction commits.
    public var position: Int64? = nil
    /// The hash of the entry before it in the chain (``AuditChain``).
    public var previousHash: String? = nil
    /// SHA-256 of the previous hash and this entry's canonical form, in hex.
    public var hash: String? = nil
}
