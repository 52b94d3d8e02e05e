/// Where an item is in Decorum's handling of it.
public enum ItemStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stored (new or edited), not judged yet.
    case received
    /// Judged; its actions, if any, are planned.
    case judged
    /// Waiting for a moderator to approve the planned action.
    case awaitingApproval = "awaiting_approval"
    /// Every planned action was carried out.
    case actioned
    /// Not moderated: the practice's own posts and replies.
    case ignored
}
