/// A practice's code of conduct as Decorum enforces it: who the practice is, its staff, and one rule
/// per clause. Loaded whole from YAML or not at all.
public struct Policy: Sendable, Hashable {
    /// Named in every decision, so a decision can be traced to the policy that made it.
    public var version: String
    public var practice: Practice
    public var staff: [StaffMember]
    /// Web domains links may point to without counting as suspicious (the NHS, the practice's own site).
    public var allowedDomains: [String]
    /// In the order patients read them.
    public var rules: [Rule]
    /// How long the text of items is kept.
    public var retention: Retention

    public init(
        version: String, practice: Practice, staff: [StaffMember] = [], allowedDomains: [String] = [], rules: [Rule],
        retention: Retention = Retention()
    ) {
        self.version = version
        self.practice = practice
        self.staff = staff
        self.allowedDomains = allowedDomains
        self.rules = rules
        self.retention = retention
    }

    /// The rule that covers a category, if any.
    public func rule(for category: Category) -> Rule? {
        ruleIndex(for: category).map { rules[$0] }
    }

    /// The index in `rules` of the rule for a category.
    public func ruleIndex(for category: Category) -> Int? {
        rules.firstIndex { $0.judgeable && $0.categories.contains(category) }
    }

    public func rule(id: RuleID) -> Rule? { rules.first { $0.id == id } }
}

/// The practice's own details: never personal data.
public struct Practice: Sendable, Hashable {
    public var name: String
    /// Names the practice's Facebook page goes by, for spotting impersonators.
    public var pageNames: [String]
    public var reviewsURL: String
    public var complaintsURL: String?
    public var complaintsText: String?
    public var phones: [String]
    public var emails: [String]
    public var addresses: [String]
    public var websites: [String]
    public var contacts: [Role: Contact]

    public init(
        name: String, pageNames: [String] = [], reviewsURL: String, complaintsURL: String? = nil, complaintsText: String? = nil,
        phones: [String] = [], emails: [String] = [], addresses: [String] = [], websites: [String] = [], contacts: [Role: Contact] = [:]
    ) {
        self.name = name
        self.pageNames = pageNames
        self.reviewsURL = reviewsURL
        self.complaintsURL = complaintsURL
        self.complaintsText = complaintsText
        self.phones = phones
        self.emails = emails
        self.addresses = addresses
        self.websites = websites
        self.contacts = contacts
    }
}

/// Who at the practice answers for what.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case safeguardingLead = "safeguarding_lead"
    /// Told when the safeguarding lead has not acknowledged an urgent alert in time.
    case deputySafeguardingLead = "deputy_safeguarding_lead"
    case practiceManager = "practice_manager"
    case informationGovernanceLead = "information_governance_lead"
    case moderator

    public var title: String {
        switch self {
        case .safeguardingLead: "safeguarding lead"
        case .deputySafeguardingLead: "deputy safeguarding lead"
        case .practiceManager: "practice manager"
        case .informationGovernanceLead: "information-governance lead"
        case .moderator: "moderator"
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .safeguardingLead: 0
        case .deputySafeguardingLead: 1
        case .practiceManager: 2
        case .informationGovernanceLead: 3
        case .moderator: 4
        }
    }
}

/// How to reach a role holder.
public struct Contact: Sendable, Hashable {
    public var name: String?
    public var email: String?
    public var phone: String?
    public init(name: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
    }
}

/// A member of the practice's team.
public struct StaffMember: Sendable, Hashable {
    public var name: String
    public var role: String
    public var aliases: [String]
    public init(name: String, role: String, aliases: [String] = []) {
        self.name = name
        self.role = role
        self.aliases = aliases
    }
}
