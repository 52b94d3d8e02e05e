public import DecorumCore

/// The webhook deliveries received, so a repeated delivery is recognised and done nothing twice.
public protocol WebhookEventLog: Sendable {
    /// Stores the delivery about `itemID` (so the retention purge can find it); false when `key` was seen
    /// before (and nothing is stored).
    ///
    /// Meta delivers at least once; derive the key from the delivery (SHA-256 of the raw body, or the
    /// change's object id, verb and time).
    func recordDelivery(key: String, itemID: ItemID?, body: [UInt8]) async throws -> Bool
    /// The raw body of a stored delivery, or nil.
    func body(forKey key: String) async throws -> [UInt8]?
    /// The stored deliveries about `item`, in the order they were received.
    func deliveries(about item: ItemID) async throws -> [WebhookDelivery]
}
