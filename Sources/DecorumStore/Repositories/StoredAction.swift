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
    /// Calls to the platform begun so far (counted before each call, so a crash mid-call still counts).
    public var attempts: Int
    public var lastError: String?
    /// The platform's answer to the call that succeeded (or failed for good).
    public var platformResponse: String?
    /// The moderator who approved it, when approval was needed.
    public var approvedBy: String?
    /// "decorum", or the moderator who chose the action.
    public var requestedBy: String
    /// A moderator's reason, when one chose it.
    public var reason: String?
    /// When the event that led to it was received.
    public var originReceivedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date
}
