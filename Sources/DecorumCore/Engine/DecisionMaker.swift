/// Combines an item's categories into one decision, in the order a practice manager would agree with:
/// safeguarding, then other people's data, defamation, abuse and fraud, photographs and recordings,
/// staff identification, complaints, reviews. This is the one place findings become a decision.
public struct DecisionMaker: Sendable {
    public let policy: Policy
    /// Templates filled once: they depend only on the rule and the practice.
    private let privateReplies: [RuleID: String]
    private let publicReplies: [RuleID: String]
    private let cleanDecision: Decision
    /// The index in `policy.rules` of the rule for each category (by ordinal), looked up once.
    private let ruleIndex: [Int?]
    private let explainer: DecisionExplainer

    public init(policy: Policy) {
        self.policy = policy
        var privateReplies = [RuleID: String](), publicReplies = [RuleID: String]()
        for rule in policy.rules {
            privateReplies[rule.id] = rule.replies.privateReply.map { ReplyTemplate.render($0, rule: rule, practice: policy.practice) }
            publicReplies[rule.id] = rule.replies.publicReply.map { ReplyTemplate.render($0, rule: rule, practice: policy.practice) }
        }
        self.privateReplies = privateReplies
        self.publicReplies = publicReplies
        ruleIndex = Category.allCases.map(policy.ruleIndex(for:))
        let explainer = DecisionExplainer(policy: policy)
        self.explainer = explainer
        cleanDecision = Decision(
            action: .allow, rules: [], replies: [], escalations: [],
            explanation: explainer.explain(
                applied: [], unruled: [], action: .allow, pending: nil, needsApproval: false, safeguarding: false,
                replies: [], escalations: [], observed: []),
            policyVersion: policy.version)
    }

    /// How urgent each category is; lower first.
    static func priority(_ category: Category) -> Int {
        switch category {
        case .safeguarding: 0
        case .thirdPartyPII: 1
        case .ownPII: 2
        case .defamation: 3
        case .abusive: 4
        case .fraud: 5
        case .misinformation: 6
        case .photography: 7
        case .consultationRecording: 8
        case .staffIdentification: 9
        case .complaint: 10
        case .review: 11
        }
    }

    /// The decision for an item with these categories.
    public func decide(_ results: [CategoryResult]) -> Decision {
        if results.isEmpty { return cleanDecision }
        let found = results.sorted { Self.priority($0.category) < Self.priority($1.category) }
        // Each applicable rule once, in the order of its most urgent category.
        var appliedIndex: [(rule: Int, results: [CategoryResult])] = []
        var unruled: [CategoryResult] = []
        for result in found {
            guard let r = ruleIndex[result.category.ordinal] else { unruled.append(result); continue }
            if let i = appliedIndex.firstIndex(where: { $0.rule == r }) {
                appliedIndex[i].results.append(result)
            } else {
                appliedIndex.append((r, [result]))
            }
        }
        let rules = policy.rules
        let applied = appliedIndex.map { (rule: rules[$0.rule], results: $0.results) }
        var categories = 0 as UInt32
        for r in found { categories |= 1 << UInt32(r.category.ordinal) }
        func has(_ c: Category) -> Bool { categories & (1 << UInt32(c.ordinal)) != 0 }
        let acting = applied.filter { $0.rule.mode != .observe }
        let observing = applied.filter { $0.rule.mode == .observe }

        // The action: the most severe of the acting rules; approve-mode rules hide at most until confirmed.
        var action = Action.allow
        var pending: Action? = nil
        var needsApproval = false
        for (rule, _) in acting {
            switch rule.mode {
            case .auto:
                action = max(action, rule.action)
            case .approve:
                needsApproval = true
                pending = max(pending ?? .review, rule.action)
                action = max(action, rule.action >= .hide ? .hide : .review)
            case .observe:
                break
            }
        }
        // A safeguarding item is kept for a person: never deleted, and visible unless something hides it.
        let safeguarding = acting.contains { $0.rule.categories.contains(.safeguarding) && $0.results.contains { $0.category == .safeguarding } }
        if safeguarding {
            if action == .delete {
                action = .hide
                pending = .delete
                needsApproval = true
            }
            if action == .allow { action = .review }
        }
        if pending == action { pending = nil }

        // One private reply, and it must fit what happened: the safeguarding rule's when a person may be
        // at risk, otherwise the most urgent rule whose own action is the one taken (no "we have hidden
        // your comment" on a deleted one; no reply at all for a rule that deliberately has none, such as
        // defamation kept for legal advice). A public reply only on an item left visible that is not a
        // complaint or a safeguarding concern (those are never acknowledged in public).
        var replies = [Reply]()
        let replying = safeguarding
            ? acting.filter { $0.results.contains { $0.category == .safeguarding } }
            : acting.filter { Self.effectiveAction($0.rule) == action }
        if let first = replying.first, let text = privateReplies[first.rule.id] {
            replies.append(Reply(channel: .private, text: text, rule: first.rule.id))
        }
        if action == .allow, !has(.complaint), !has(.safeguarding),
           let (rule, text) = acting.lazy.compactMap({ a in publicReplies[a.rule.id].map { (a.rule, $0) } }).first {
            replies.append(Reply(channel: .public, text: text, rule: rule.id))
        }

        var escalations = Self.merge(acting.flatMap(\.rule.escalations))
        if (needsApproval || action == .review), !escalations.contains(where: { $0.role == .moderator }) {
            escalations.append(Escalation(role: .moderator, urgency: safeguarding ? .urgent : .normal))
        }

        let observed = observing.map { entry in
            ObservedRule(
                rule: entry.rule.id, wouldAction: entry.rule.action,
                wouldReplies: [privateReplies[entry.rule.id].map { Reply(channel: .private, text: $0, rule: entry.rule.id) }].compactMap { $0 },
                wouldEscalate: entry.rule.escalations
            )
        }
        let explanation = explainer.explain(
            applied: applied, unruled: unruled, action: action, pending: pending, needsApproval: needsApproval,
            safeguarding: safeguarding, replies: replies, escalations: escalations, observed: observed
        )
        return Decision(
            action: action, rules: acting.map(\.rule.id), replies: replies, escalations: escalations,
            needsApproval: needsApproval, pendingAction: pending, observed: observed,
            explanation: explanation, policyVersion: policy.version
        )
    }

    /// What a rule does on its own before anyone confirms it.
    static func effectiveAction(_ rule: Rule) -> Action {
        switch rule.mode {
        case .auto: rule.action
        case .approve: rule.action >= .hide ? .hide : .review
        case .observe: .allow
        }
    }

    /// One escalation per role, at the most urgent level asked for, most important role first.
    static func merge(_ escalations: [Escalation]) -> [Escalation] {
        var byRole: [Role: Escalation.Urgency] = [:]
        for e in escalations { byRole[e.role] = max(byRole[e.role] ?? .normal, e.urgency) }
        return byRole.map { Escalation(role: $0.key, urgency: $0.value) }
            .sorted { ($0.urgency == .urgent ? 0 : 1, $0.role) < ($1.urgency == .urgent ? 0 : 1, $1.role) }
    }
}
