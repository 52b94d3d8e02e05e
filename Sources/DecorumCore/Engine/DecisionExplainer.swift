/// Writes a decision's explanation in plain words: which clause, why (with the words that show it),
/// what happens, who is told, and the policy version.
struct DecisionExplainer: Sendable {
    let policy: Policy
    /// Each rule's label at the start of a sentence and in the middle of one, written once.
    private let labels: [RuleID: (start: String, mid: String)]

    init(policy: Policy) {
        self.policy = policy
        var labels = [RuleID: (start: String, mid: String)]()
        for rule in policy.rules where labels[rule.id] == nil {
            labels[rule.id] = (Self.ruleLabel(rule), Self.ruleLabel(rule, midSentence: true))
        }
        self.labels = labels
    }

    private func label(_ rule: Rule) -> String { labels[rule.id]?.start ?? Self.ruleLabel(rule) }
    private func midLabel(_ id: RuleID) -> String { labels[id]?.mid ?? Self.ruleLabel(id: id, policy, midSentence: true) }

    func explain(
        applied: [(rule: Rule, results: [CategoryResult])], unruled: [CategoryResult], action: Action, pending: Action?,
        needsApproval: Bool, safeguarding: Bool, replies: [Reply], escalations: [Escalation], observed: [ObservedRule]
    ) -> String {
        // One string, grown in place: this runs for every item that shows anything.
        var out = ""
        out.reserveCapacity(512)
        func sentence(_ parts: String...) {
            if !out.isEmpty { out += " " }
            for part in parts { out += part }
        }
        if applied.isEmpty && unruled.isEmpty {
            sentence("Nothing in this item breaks the code of conduct; it is left as it is.")
        }
        var anyActing = false
        for (rule, results) in applied {
            if rule.mode != .observe { anyActing = true }
            sentence(label(rule), rule.mode == .observe ? " would apply (observe mode): " : " applies: ")
            for (i, r) in results.enumerated() {
                if i > 0 { out += i == results.count - 1 ? " and " : ", " }
                out += r.category.phrase
                if let quote = Self.quote(r.evidence) { out += " ("; out += quote; out += ")" }
            }
            out += "."
        }
        for r in unruled {
            sentence("The item shows ", r.category.phrase, ", which no rule of this policy covers; nothing is done about it.")
        }
        if anyActing {
            sentence(actionSentence(action, pending: pending, needsApproval: needsApproval, safeguarding: safeguarding))
        }
        for reply in replies {
            switch reply.channel {
            case .private: sentence("The author is sent one private reply (the template of ", midLabel(reply.rule), ").")
            case .public: sentence("A public reply is posted (the template of ", midLabel(reply.rule), ").")
            }
        }
        if !escalations.isEmpty {
            sentence("Decorum tells ")
            for (i, e) in escalations.enumerated() {
                if i > 0 { out += i == escalations.count - 1 ? " and " : ", " }
                out += "the "
                out += e.role.title
                if e.urgency == .urgent { out += " at once" }
            }
            out += "."
        }
        for o in observed {
            sentence("Observe mode: ", midLabel(o.rule), " would have chosen \"", o.wouldAction.rawValue, "\"; nothing was done for it.")
        }
        sentence("Policy ", policy.version, ".")
        return out
    }

    private func actionSentence(_ action: Action, pending: Action?, needsApproval: Bool, safeguarding: Bool) -> String {
        var s: String
        switch action {
        case .allow: s = "The item stays visible."
        case .review: s = "The item stays visible until a person has looked at it."
        case .hide: s = "The item is hidden at once and kept as evidence."
        case .delete: s = "The item is deleted and reported, with its evidence kept."
        }
        if needsApproval {
            if let pending { s += " A moderator is asked to confirm: \(Self.verb(pending))." } else { s += " A moderator is asked to confirm." }
        }
        if safeguarding { s += " Because a vulnerable person may be at risk, it is kept and a person is told at once." }
        return s
    }

    static func verb(_ action: Action) -> String {
        switch action {
        case .allow: "leave it"
        case .review: "decide what to do"
        case .hide: "keep it hidden"
        case .delete: "delete it"
        }
    }

    /// "Clause 6 (Comments identifying staff)", or "The complaints rule" for rules that are not clauses.
    static func ruleLabel(_ rule: Rule, midSentence: Bool = false) -> String {
        if let number = rule.clauseNumber {
            return "\(midSentence ? "clause" : "Clause") \(number) (\(rule.title))"
        }
        return "\(midSentence ? "the" : "The") \(rule.title.lowercased()) rule"
    }

    static func ruleLabel(id: RuleID, _ policy: Policy, midSentence: Bool = false) -> String {
        policy.rule(id: id).map { ruleLabel($0, midSentence: midSentence) } ?? "rule \(id)"
    }

    /// Up to three pieces of evidence, quoted and cut short; the text is the author's and is shown as data.
    static func quote(_ evidence: [Evidence]) -> String? { quote(texts: evidence.map(\.text)) }

    /// ``quote(_:)`` of the evidence's texts alone (``JudgementRedaction`` finds the quotations again with it).
    static func quote(texts: [String]) -> String? {
        var quotes = [String]()
        for text in texts {
            guard let q = quoted(text) else { continue }
            if !quotes.contains(q) { quotes.append(q) }
            if quotes.count == 3 { break }
        }
        return quotes.isEmpty ? nil : quotes.joined(separator: ", ")
    }

    /// One piece of evidence as the explanation quotes it: in quotation marks, on one line, cut at 57 scalars.
    static func quoted(_ evidence: String) -> String? {
        // Scalars, not Characters: no grapheme breaking on the hot path.
        let scalars = evidence.unicodeScalars
        guard !scalars.isEmpty else { return nil }
        var out = [Unicode.Scalar]()
        out.reserveCapacity(60)
        out.append("\"")
        for scalar in scalars {
            if out.count == 58 { out.append("…"); break }
            out.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
        }
        out.append("\"")
        return String(scalars: out)
    }
}
