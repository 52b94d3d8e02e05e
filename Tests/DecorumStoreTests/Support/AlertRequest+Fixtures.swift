import DecorumCore
import DecorumStore

/// Alerts as the pipeline raises them, for the store's tests and the alert services' (which share this file).
extension AlertRequest {
    /// An escalation for `role` about item `item`, worded as judging words it: the item and the role, never the comment.
    static func escalation(_ item: String = "c1", role: Role = .safeguardingLead, severity: Alert.Severity = .urgent) -> AlertRequest {
        AlertRequest(kind: .escalation, severity: severity, role: role.rawValue, page: PageID("1000000000001"), itemID: ItemID(item),
                     message: "A comment on the Page needs the \(role.title) now: a possible safeguarding concern")
    }

    /// An action on item `item` that failed for good, for the moderators.
    static func actionFailed(_ item: String) -> AlertRequest {
        AlertRequest(kind: .actionFailed, severity: .normal, role: Role.moderator.rawValue, itemID: ItemID(item),
                     message: "Decorum could not hide an item on the Page; it needs a person.")
    }
}
