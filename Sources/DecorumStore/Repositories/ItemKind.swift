/// What an item is on the page.
public enum ItemKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A post on the page (by the practice or, where allowed, a visitor).
    case post
    /// A comment on a post.
    case comment
    /// A reply to a comment.
    case reply
}
