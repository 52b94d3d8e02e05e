public import DecorumCore
public import struct Foundation.Date

/// One version of an item's text, as it was received.
public struct ItemRevision: Sendable, Hashable {
    public var itemID: ItemID
    /// 1 for the first version.
    public var revision: Int
    public var text: String
    public var attachments: [Attachment]
    public var receivedAt: Date
    /// The platform's payload that carried this version, as received (JSON text).
    public var raw: String?
}
