public import DecorumCore
public import struct Foundation.Date

/// An item kept whole, whatever the retention policy says, until the hold is released: evidence for a
/// complaint, the ICO or a court.
public struct LegalHold: Sendable, Hashable {
    /// The item held.
    public var itemID: ItemID
    /// Who placed it.
    public var placedBy: String
    /// Why, in their words (a matter, a solicitor's letter, a complaint reference).
    public var reason: String
    /// When it was placed.
    public var placedAt: Date
}
