public import DecorumCore

/// What Graph says of a comment or post now: used before repeating an action whose earlier attempt may
/// have reached Graph (a timeout, a crash), so that it is never done twice.
public struct GraphObjectState: Sendable, Hashable {
    public var id: ItemID
    public var isHidden: Bool?
    /// False once the Page has sent its one private reply (or the 7 days are over).
    public var canReplyPrivately: Bool?

    public init(id: ItemID, isHidden: Bool? = nil, canReplyPrivately: Bool? = nil) {
        self.id = id
        self.isHidden = isHidden
        self.canReplyPrivately = canReplyPrivately
    }
}

/// A comment in a thread, as much of it as reconciling a public reply needs.
public struct GraphComment: Sendable, Hashable {
    public var id: ItemID
    public var fromID: String?
    public var message: String

    public init(id: ItemID, fromID: String?, message: String) {
        self.id = id
        self.fromID = fromID
        self.message = message
    }
}
