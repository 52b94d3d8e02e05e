/// Identifies a rule: a clause number "1"…"8", or "complaints", "safeguarding", "confidentiality".
public struct RuleID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    /// The ids a policy must define.
    public static let required: [RuleID] = ["1", "2", "3", "4", "5", "6", "7", "8", "complaints", "safeguarding", "confidentiality"]
}

/// One clause of the code of conduct and what Decorum does when it is broken.
public struct Rule: Sendable, Hashable {
    public var id: RuleID
    /// The clause's number in the code of conduct: the id's number, or set for a rule that splits a clause.
    public var clauseNumber: Int?
    public var title: String
    /// The clause as patients read it.
    public var clause: String
    public var categories: [Category]
    /// False for clauses that cannot be judged from a post (clause 1: devices in the surgery).
    public var judgeable: Bool
    /// A remark for people reading the policy (why a clause cannot be judged, what the action means),
    /// shown in `policy show`.
    public var note: String?
    public var action: Action
    public var mode: Mode
    public var replies: ReplyTemplates
    public var escalations: [Escalation]

    public init(
        id: RuleID, title: String, clause: String, categories: [Category], judgeable: Bool = true, note: String? = nil,
        action: Action, mode: Mode = .auto, replies: ReplyTemplates = ReplyTemplates(), escalations: [Escalation] = [],
        clauseNumber: Int? = nil
    ) {
        self.id = id
        self.clauseNumber = clauseNumber ?? Int(id.rawValue)
        self.title = title
        self.clause = clause
        self.categories = categories
        self.judgeable = judgeable
        self.note = note
        self.action = action
        self.mode = mode
        self.replies = replies
        self.escalations = escalations
    }
}

/// What happens to an item on the page. Ordered from least to most severe.
public enum Action: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Leave it as it is.
    case allow
    /// Leave it for a person to decide.
    case review
    /// Hide it from everyone but its author and their friends (Facebook's hide).
    case hide
    /// Delete it (and report it).
    case delete

    public static func < (lhs: Action, rhs: Action) -> Bool { lhs.severity < rhs.severity }

    /// 0 for allow up to 3 for delete.
    @inline(__always)
    public var severity: Int {
        switch self {
        case .allow: 0
        case .review: 1
        case .hide: 2
        case .delete: 3
        }
    }
}

/// Whether a rule acts, waits for a person, or only records.
public enum Mode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Act at once.
    case auto
    /// A moderator confirms before the action; the item may be hidden meanwhile.
    case approve
    /// Record what would have been done, do nothing.
    case observe
}

/// The replies a rule sends, with placeholders such as `{reviews_url}`, `{complaints_url}`, `{clause}`.
public struct ReplyTemplates: Sendable, Hashable {
    public var privateReply: String?
    public var publicReply: String?
    public init(privateReply: String? = nil, publicReply: String? = nil) {
        self.privateReply = privateReply
        self.publicReply = publicReply
    }
}

/// Who is told, and how soon.
public struct Escalation: Sendable, Hashable {
    public enum Urgency: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case normal, urgent
        public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs == .normal && rhs == .urgent }
    }
    public var role: Role
    public var urgency: Urgency
    /// What the person told should know or do ("legal advice may be sought").
    public var note: String?
    public init(role: Role, urgency: Urgency, note: String? = nil) {
        self.role = role
        self.urgency = urgency
        self.note = note
    }
}
