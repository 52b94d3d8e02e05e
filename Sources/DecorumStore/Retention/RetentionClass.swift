public import DecorumCore

/// Which of the policy's retention periods applies to an item, by where Decorum is with it.
public enum RetentionClass: String, Sendable, Hashable, CaseIterable {
    /// Left as it was, or the practice's own: ``Retention/allowedTextDays``.
    case allowed
    /// Hidden, deleted or replied to, or closed by a person: ``Retention/actionedTextDays``.
    case actioned

    /// The class of an item in `status`; nil while Decorum or a person still has something to do with it
    /// (``ItemStatus/needsPerson``, or its actions under way), when nothing of it is purged.
    public init?(status: ItemStatus) {
        switch status {
        case .allowed, .ignored: self = .allowed
        case .actioned, .resolved: self = .actioned
        case .received, .judged, .awaitingApproval, .inReview, .actionFailed: return nil
        }
    }

    /// The statuses in the class.
    var statuses: [ItemStatus] { ItemStatus.allCases.filter { RetentionClass(status: $0) == self } }

    /// The class's period in days under `retention`.
    public func days(in retention: Retention) -> Int {
        switch self {
        case .allowed: retention.allowedTextDays
        case .actioned: retention.actionedTextDays
        }
    }
}
