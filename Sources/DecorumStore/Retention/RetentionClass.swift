public import DecorumCore

/// Which of the policy's retention periods applies to an item, by where Decorum is with it.
public enum RetentionClass: String, Sendable, Hashable, CaseIterable {
    /// Left as it was, or the practice's own: ``Retention/allowedTextDays``.
    case allowed
    /// Hidden, deleted, replied to, failed, or closed by a person: ``Retention/actionedTextDays``.
    case actioned

    /// The class of an item in `status`; nil while it is still being handled, when nothing of it is purged.
    public init?(status: ItemStatus) {
        switch status {
        case .allowed, .ignored: self = .allowed
        case .actioned, .actionFailed, .resolved: self = .actioned
        case .received, .judged, .awaitingApproval, .inReview: return nil
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
