public import DecorumCore
public import struct Foundation.Date

/// An item as the store holds it: its latest text and where Decorum is with it.
public struct StoredItem: Sendable, Hashable {
    /// The item as last received (latest revision).
    public var item: Item
    public var page: PageID
    public var kind: ItemKind
    public var status: ItemStatus
    public var isHidden: Bool
    public var isDeleted: Bool
    /// 1 for the first text seen, one more for each edit.
    public var revision: Int
    public var firstSeen: Date
    public var lastSeen: Date
    /// When the retention purge took the item's text, author's name and attachments (nil while they are kept).
    public var textPurgedAt: Date? = nil
}
