public import DecorumCore
public import DecorumStore

/// Why a moderator's request cannot be done, as a sentence they can act on.
public enum DeskError: Error, Sendable, Hashable, CustomStringConvertible {
    case noSuchItem(ItemID)
    case nothingToApprove(ItemID, status: ItemStatus)
    case reasonRequired
    case textRequired(ActionKind)
    case notAllowed(String)
    case alreadyPlanned(ItemID, ActionKind)
    /// A public reply that would confirm someone is a patient, repeat something clinical or name staff.
    case replyHeld(String)

    public var description: String {
        switch self {
        case .noSuchItem(let id): "There is no item \(id)."
        case .nothingToApprove(let id, let status):
            "Item \(id) has nothing waiting for approval (it is \(status.rawValue.replacingUnderscores))."
        case .reasonRequired: "Say why: a reason is required when a person overrides or changes Decorum's decision."
        case .textRequired(let kind): "A \(kind.rawValue.replacingUnderscores) needs its text."
        case .notAllowed(let why): why
        case .alreadyPlanned(let id, let kind):
            "Item \(id) already has a \(kind.rawValue.replacingUnderscores): Facebook allows one private reply per comment."
        case .replyHeld(let why): why + " Reword it, or reply privately."
        }
    }
}

extension String {
    var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
}
