/// What Decorum will do on the platform for one decision, in the order it must be done.
public struct PlannedAction: Sendable, Hashable {
    /// A platform action.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case hide, unhide, delete
        case privateReply = "private_reply"
        case publicReply = "public_reply"
    }

    public var kind: Kind
    public var itemID: ItemID
    /// The reply's text, for replies.
    public var text: String?
    /// The same key is never acted on twice: a private reply's key is the item's, whatever the
    /// decision, because Meta allows one private reply per comment, ever.
    public var idempotencyKey: String
    /// True when a moderator must approve it first (a rule in `approve` mode).
    public var awaitsApproval: Bool
    /// The rule it carries out.
    public var rule: RuleID?

    public init(kind: Kind, itemID: ItemID, text: String? = nil, idempotencyKey: String, awaitsApproval: Bool, rule: RuleID? = nil) {
        self.kind = kind
        self.itemID = itemID
        self.text = text
        self.idempotencyKey = idempotencyKey
        self.awaitsApproval = awaitsApproval
        self.rule = rule
    }
}

/// Turns a decision into platform actions. Replies go before a deletion (a deleted comment can no
/// longer be replied to); a reply from a rule in `approve` mode waits with the rule's action.
public struct ActionPlanner: Sendable {
    public let policy: Policy

    public init(policy: Policy) { self.policy = policy }

    /// The actions for an item's decision; none for the practice's own posts or rules in observe mode.
    /// `revision` tells apart decisions on later edits of the same item (an edit can be hidden again).
    public func plan(item: Item, decision: Decision, revision: Int = 0) -> [PlannedAction] {
        guard !item.fromPage else { return [] }
        let id = item.id
        func approving(_ rule: RuleID?) -> Bool {
            guard let rule, let mode = policy.rule(id: rule)?.mode else { return false }
            return mode == .approve
        }
        var actions = [PlannedAction]()
        for reply in decision.replies {
            switch reply.channel {
            case .private:
                actions.append(PlannedAction(kind: .privateReply, itemID: id, text: reply.text, idempotencyKey: "\(id):private_reply",
                                             awaitsApproval: approving(reply.rule), rule: reply.rule))
            case .public:
                actions.append(PlannedAction(kind: .publicReply, itemID: id, text: reply.text, idempotencyKey: "\(id):public_reply:\(revision)",
                                             awaitsApproval: approving(reply.rule), rule: reply.rule))
            }
        }
        let rule = decision.rules.first
        switch decision.action {
        case .allow, .review:
            break
        case .hide:
            actions.append(PlannedAction(kind: .hide, itemID: id, idempotencyKey: "\(id):hide:\(revision)", awaitsApproval: false, rule: rule))
        case .delete:
            actions.append(PlannedAction(kind: .delete, itemID: id, idempotencyKey: "\(id):delete", awaitsApproval: false, rule: rule))
        }
        if decision.pendingAction == .delete {
            actions.append(PlannedAction(kind: .delete, itemID: id, idempotencyKey: "\(id):delete", awaitsApproval: true, rule: rule))
        }
        return actions
    }
}
