/// Where an item is in Decorum's handling of it.
public enum ItemStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stored (new or edited), not judged yet.
    case received
    /// Judged: nothing in it breaks the code; nothing to do.
    case allowed
    /// Judged; its actions are planned and being carried out.
    case judged
    /// Waiting for a moderator to approve the planned action.
    case awaitingApproval = "awaiting_approval"
    /// Decorum asks a person to look at it (the policy's `review` action); nothing is done on the platform meanwhile.
    case inReview = "in_review"
    /// Every planned action was carried out.
    case actioned
    /// An action failed for good; a person should look.
    case actionFailed = "action_failed"
    /// A moderator closed it (approved, overrode or dismissed Decorum's decision).
    case resolved
    /// Not moderated: the practice's own posts and replies.
    case ignored

    /// True while a person still has something to do with it: the moderators' queue.
    public var needsPerson: Bool {
        switch self {
        case .awaitingApproval, .inReview, .actionFailed: true
        case .received, .allowed, .judged, .actioned, .resolved, .ignored: false
        }
    }
}
