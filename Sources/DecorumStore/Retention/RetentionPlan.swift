public import DecorumCore
public import struct Foundation.Date

/// What a retention purge would take now (`decorum purge --dry-run`): nothing is changed in making it.
public struct RetentionPlan: Sendable, Hashable {
    /// An item past its period: named by id and status, never by its text.
    public struct Item: Sendable, Hashable {
        /// The item, by id.
        public var itemID: ItemID
        /// Where Decorum is with it.
        public var status: ItemStatus
        /// Which period applies to it.
        public var retentionClass: RetentionClass
        /// When Decorum last saw it: its period runs from then.
        public var lastSeen: Date
    }

    /// The periods planned for.
    public var retention: Retention
    /// The time the periods are counted back from.
    public var now: Date
    /// What would go, and how many held items would be kept.
    public var counts: RetentionCounts
    /// The items that would be purged, oldest first (the first `limit` of them).
    public var items: [Item]
    /// The items past their period but under legal hold, which would be kept whole (the first `limit`).
    public var held: [Item]
}
