public import DecorumCore

/// One comment of the demo stream: who writes it, what it says, and what Decorum is expected to find in it.
///
/// The authors, numbers and addresses are made up: names from no real patient, phone numbers from
/// Ofcom's drama range (07700 900xxx), NHS numbers from the 999 range that is never issued.
public struct DemoComment: Sendable, Hashable {
    /// The visitor's name as Facebook shows it.
    public var authorName: String
    /// A fake page-scoped user id (16 digits), the same every time this visitor comments.
    public var authorID: AuthorID
    /// The comment's text.
    public var message: String
    /// Photos or videos attached to the comment.
    public var attachments: [Attachment]
    /// True when it answers the comment posted just before it (a reply in that thread).
    public var repliesToPrevious: Bool
    /// What the author changes the comment to a little later, if they edit it.
    public var edit: Edit?
    /// The categories a practice manager would give it; empty for a clean comment.
    public var expected: Set<DecorumCore.Category>

    /// A later edit of a demo comment and what Decorum is expected to find in the new text.
    public struct Edit: Sendable, Hashable {
        /// The comment's new text.
        public var message: String
        /// The categories of the edited text; empty when the edit makes it clean.
        public var expected: Set<DecorumCore.Category>

        /// An edit to `message`, expected to show `expected`.
        public init(_ message: String, expected: Set<DecorumCore.Category> = []) {
            self.message = message
            self.expected = expected
        }
    }

    /// A comment by `authorName` (page-scoped id `authorID`), expected to show `expected`.
    public init(
        _ authorName: String, id authorID: String, _ message: String, expected: Set<DecorumCore.Category> = [],
        attachments: [Attachment] = [], repliesToPrevious: Bool = false, edit: Edit? = nil
    ) {
        self.authorName = authorName
        self.authorID = AuthorID(authorID)
        self.message = message
        self.attachments = attachments
        self.repliesToPrevious = repliesToPrevious
        self.edit = edit
        self.expected = expected
    }

    /// True when Decorum is expected to find nothing in it.
    public var isClean: Bool { expected.isEmpty }
}
