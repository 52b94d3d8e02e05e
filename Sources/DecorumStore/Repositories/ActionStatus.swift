/// Where a planned action is.
public enum ActionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// To be carried out.
    case planned
    /// Waits for a moderator's approval before it is carried out.
    case awaitingApproval = "awaiting_approval"
    /// Carried out; the platform's answer is kept.
    case done
    /// Gave up: a permanent error, or too many attempts.
    case failed
    /// Withdrawn (a moderator declined it, or the item went away).
    case cancelled
}
