import DecorumCore
public import DecorumStore

/// What people made of Decorum's decision on an item, as the override figures count it.
public enum PersonVerdict: String, Sendable, Hashable, CaseIterable {
    /// A person approved what Decorum proposed.
    case approved
    /// A person dismissed Decorum's decision (its actions withdrawn, the item shown again if it was hidden).
    case overridden
    /// A person chose an action of their own where Decorum had already decided.
    case choseOther = "chose_other"
    /// Decorum left the item to a person (queued for review) and they acted on it: a decision, not an override.
    case decidedOnReview = "decided_on_review"

    /// True for the verdicts that disagree with Decorum.
    public var isOverride: Bool { self == .overridden || self == .choseOther }

    /// Words for a table or a spreadsheet.
    public var label: String {
        switch self {
        case .approved: "approved"
        case .overridden: "overridden"
        case .choseOther: "chose another action"
        case .decidedOnReview: "decided after review"
        }
    }
}

extension ReportItem {
    /// What people made of Decorum's decision, or nil if no person decided anything about the item.
    ///
    /// Overriding counts above everything else; an action of a person's own counts as an override only where
    /// Decorum had decided (on an item it queued for review, deciding is what the person was asked to do).
    public var verdict: PersonVerdict? {
        guard !personSteps.isEmpty else { return nil }
        if personSteps.contains(where: { $0.kind == .overrode }) { return .overridden }
        let choseAction = personSteps.contains { if case .choseAction = $0.kind { true } else { false } }
        if choseAction { return decision == nil || decision == .review ? .decidedOnReview : .choseOther }
        return .approved
    }

    /// The person who made the latest decision about the item, or "decorum" once it is judged; nil before.
    public var decidedBy: String? {
        personSteps.last?.actor ?? (decision == nil ? nil : "decorum")
    }
}
