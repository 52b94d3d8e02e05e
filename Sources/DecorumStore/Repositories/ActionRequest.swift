public import DecorumCore

/// An action Decorum intends to take on an item.
public struct ActionRequest: Sendable, Hashable {
    public var itemID: ItemID
    public var page: PageID
    public var kind: ActionKind
    /// What the action needs beyond its kind (a reply's text, the user to block), as JSON text.
    public var payloadJSON: String
    /// True when a moderator must approve it first (a rule in `approve` mode).
    public var needsApproval: Bool

    public init(itemID: ItemID, page: PageID, kind: ActionKind, payloadJSON: String = "{}", needsApproval: Bool = false) {
        self.itemID = itemID
        self.page = page
        self.kind = kind
        self.payloadJSON = payloadJSON
        self.needsApproval = needsApproval
    }
}
