public import DecorumCore
public import struct Foundation.Date

/// Why a legal hold could not be placed or released, in words a practice manager can act on.
public enum LegalHoldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No item with this id was ever received.
    case noSuchItem(ItemID)
    /// The item is under hold already.
    case alreadyHeld(ItemID, by: String, since: Date)
    /// The item is not under hold.
    case notHeld(ItemID)
    /// A hold is placed and released only with a reason, which the audit log keeps.
    case reasonRequired

    public var description: String {
        switch self {
        case .noSuchItem(let id):
            "There is no item \(id): check the id (the item page in the dashboard and /api/v1/items show it)."
        case .alreadyHeld(let id, let by, let since):
            "Item \(id) is under legal hold already (placed by \(by) on \(Self.day(since))); release it first to place a new one."
        case .notHeld(let id):
            "Item \(id) is not under legal hold, so there is nothing to release."
        case .reasonRequired:
            "Give a reason (--reason): it goes in the audit log with who placed or released the hold."
        }
    }

    private static func day(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day())
    }
}
