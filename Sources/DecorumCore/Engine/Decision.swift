/// What Decorum does about an item, and why, in words a practice manager can check.
public struct Decision: Sendable, Hashable {
    /// What happens to the item now.
    public var action: Action
    /// The rules applied, most important first.
    public var rules: [RuleID]
    /// At most one private reply; a public reply only on items left visible.
    public var replies: [Reply]
    public var escalations: [Escalation]
    /// True when a moderator must confirm the action (a rule in `approve` mode).
    public var needsApproval: Bool
    /// The action a moderator is asked to confirm, when it differs from `action` (hidden meanwhile).
    public var pendingAction: Action?
    /// What rules in `observe` mode would have done.
    public var observed: [ObservedRule]
    public var explanation: String
    public var policyVersion: String

    public init(
        action: Action, rules: [RuleID], replies: [Reply], escalations: [Escalation], needsApproval: Bool = false,
        pendingAction: Action? = nil, observed: [ObservedRule] = [], explanation: String, policyVersion: String
    ) {
        self.action = action
        self.rules = rules
        self.replies = replies
        self.escalations = escalations
        self.needsApproval = needsApproval
        self.pendingAction = pendingAction
        self.observed = observed
        self.explanation = explanation
        self.policyVersion = policyVersion
    }
}

/// A reply to send to the author.
public struct Reply: Sendable, Hashable {
    public enum Channel: String, Sendable, Hashable, Codable {
        /// Facebook's private reply to a comment (Messenger); at most one per comment.
        case `private`
        /// A comment under the item, seen by everyone.
        case `public`
    }
    public var channel: Channel
    public var text: String
    /// The rule whose template it is.
    public var rule: RuleID
    public init(channel: Channel, text: String, rule: RuleID) {
        self.channel = channel
        self.text = text
        self.rule = rule
    }
}

/// A rule in `observe` mode and what it would have done.
public struct ObservedRule: Sendable, Hashable {
    public var rule: RuleID
    public var wouldAction: Action
    public var wouldReplies: [Reply]
    public var wouldEscalate: [Escalation]
    public init(rule: RuleID, wouldAction: Action, wouldReplies: [Reply], wouldEscalate: [Escalation]) {
        self.rule = rule
        self.wouldAction = wouldAction
        self.wouldReplies = wouldReplies
        self.wouldEscalate = wouldEscalate
    }
}
