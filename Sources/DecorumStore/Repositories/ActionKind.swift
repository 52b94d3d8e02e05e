/// What Decorum does on the platform.
public enum ActionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case hide
    case unhide
    case delete
    /// Facebook's one private reply to a comment.
    case privateReply = "private_reply"
    case publicReply = "public_reply"
    /// Block the author from the page.
    case block
}
