public import struct Foundation.Date

/// A webhook delivery (or a change read back from the platform) as it was stored.
public struct WebhookDelivery: Sendable, Hashable {
    /// The de-duplication key it was stored under.
    public var key: String
    /// The body as received, byte for byte; empty once purged.
    public var body: [UInt8]
    /// When Decorum stored it.
    public var receivedAt: Date
    /// When the retention purge emptied its body (nil while it is kept).
    public var purgedAt: Date?
}
