public import DecorumCore
public import struct Foundation.Date

/// When an action's cause arrived and when the action was done: the service's latency, one action at a time.
public struct ActionTiming: Sendable, Hashable {
    public var itemID: ItemID
    public var kind: ActionKind
    public var status: ActionStatus
    /// When the webhook (or back-fill) that led to the action was received.
    public var receivedAt: Date
    /// When it was recorded done, or nil if it is not done.
    public var doneAt: Date?
}
