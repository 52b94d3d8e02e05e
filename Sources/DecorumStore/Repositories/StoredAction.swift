public import DecorumCore
public import struct Foundation.Date

/// A planned action and what became of it.
public struct StoredAction: Sendable, Hashable {
    public var id: ActionID
    public var itemID: ItemID
    public var page: PageID
    public var kind: ActionKind
    public var payloadJSON: String
    public var idempotencyKey: String
    public var status: ActionStatus
    /// Calls to the platform so far.
    public var attempts: Int
    public var lastError: String?
    /// The platform's answer to the call that succeeded (or failed for good).
    public var platformResponse: String?
    /// The moderator who approved it, when approval was needed.
    public var approvedBy: String?
    public var createdAt: Date
    public var updatedAt: Date
}
