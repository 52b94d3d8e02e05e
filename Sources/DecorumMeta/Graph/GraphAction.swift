public import DecorumCore

/// Something Decorum asks Graph to do to a comment, a post or an author.
public enum GraphAction: Sendable, Hashable {
    /// Hide a comment from everyone but its author and their friends (`POST /{comment-id}` `is_hidden=true`).
    case hide(ItemID)
    /// Show a hidden comment again.
    case unhide(ItemID)
    /// Delete a comment or visitor post (`DELETE /{object-id}`).
    case delete(ItemID)
    /// Send the author one private message about their comment (`POST /{page-id}/messages`); once per comment, within 7 days.
    case privateReply(to: ItemID, text: String)
    /// Reply in public under the comment (`POST /{comment-id}/comments`).
    case publicReply(to: ItemID, text: String)
    /// Block the author from the Page (`POST /{page-id}/blocked`).
    case block(AuthorID)

    /// The action's kind, as the store and the simulator name it.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case hide, unhide, delete
        case privateReply = "private_reply"
        case publicReply = "public_reply"
        case block
    }

    public var kind: Kind {
        switch self {
        case .hide: .hide
        case .unhide: .unhide
        case .delete: .delete
        case .privateReply: .privateReply
        case .publicReply: .publicReply
        case .block: .block
        }
    }

    /// The id the action is done to (a comment, a post or an author).
    public var targetID: String {
        switch self {
        case .hide(let id), .unhide(let id), .delete(let id), .privateReply(let id, _), .publicReply(let id, _): id.rawValue
        case .block(let author): author.rawValue
        }
    }

    /// The message sent, for replies.
    public var text: String? {
        switch self {
        case .privateReply(_, let text), .publicReply(_, let text): text
        case .hide, .unhide, .delete, .block: nil
        }
    }
}
