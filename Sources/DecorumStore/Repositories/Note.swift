public import DecorumCore
public import struct Foundation.Date

/// A moderator's note on an item: what they did or found out, for the next person and for the record.
public struct Note: Sendable, Hashable {
    public var id: Int64
    public var itemID: ItemID
    public var author: String
    public var text: String
    public var createdAt: Date
}
