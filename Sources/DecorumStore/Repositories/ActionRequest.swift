public import DecorumCore
public import struct Foundation.Date

/// An action Decorum intends to take on an item.
public struct ActionRequest: Sendable, Hashable {
    public var itemID: ItemID
    public var page: PageID
    public var kind: ActionKind
    /// What the action needs beyond its kind (a reply's text, the user to block), as JSON text.
    public var payloadJSON: String
    /// True when a moderator must approve it first (a rule in `approve` mode).
    public var needsApproval: Bool
    /// Who asked for it: "decorum" for the policy, or the moderator who chose it.
    public var requestedBy: String
    /// Why, when a person chose it (required when a moderator overrides Decorum).
    public var reason: String?
    /// When the webhook or back-fill that led to it was received: latency is measured from it.
    public var originReceivedAt: Date?

    public init(
        itemID: ItemID, page: PageID, kind: ActionKind, payloadJSON: String = "{}", needsApproval: Bool = false,
        requestedBy: String = "decorum", reason: String? = nil, originReceivedAt: Date? = nil
    ) {
        self.itemID = itemID
        self.page = page
        self.kind = kind
        self.payloadJSON = payloadJSON
        self.needsApproval = needsApproval
        self.requestedBy = requestedBy
        self.reason = reason
        self.originReceivedAt = originReceivedAt
    }
}
