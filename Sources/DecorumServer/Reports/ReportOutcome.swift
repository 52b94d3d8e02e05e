/// What became of an item, as the report counts it; an item hidden and replied to privately counts under both.
public enum ReportOutcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// Decorum's decision was to leave it, and nothing was done to it.
    case allowed
    /// Decorum left it for a person to decide.
    case queuedForReview = "queued_for_review"
    case hidden
    case deleted
    case repliedPrivately = "replied_privately"
    case repliedPublicly = "replied_publicly"
    /// Its author was blocked from the Page.
    case authorBlocked = "author_blocked"

    /// Words for a table, a chart or a spreadsheet.
    public var label: String {
        switch self {
        case .allowed: "Allowed"
        case .queuedForReview: "Queued for review"
        case .hidden: "Hidden"
        case .deleted: "Deleted"
        case .repliedPrivately: "Replied privately"
        case .repliedPublicly: "Replied publicly"
        case .authorBlocked: "Author blocked"
        }
    }
}
