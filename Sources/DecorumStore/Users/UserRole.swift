public import DecorumCore

/// What a person may see and do in the dashboard; stored as its raw value in `users.role`.
public enum UserRole: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Works the moderation queue.
    case moderator
    /// Runs the practice: complaints, defamation, reports.
    case practiceManager = "practice_manager"
    /// Is told at once about a patient at risk.
    case safeguardingLead = "safeguarding_lead"
    /// Stands in for the safeguarding lead: told when an urgent alert is not acknowledged in time.
    case deputySafeguardingLead = "deputy_safeguarding_lead"
    /// Answers for patients' data: other people's information, subject access, retention.
    case informationGovernanceLead = "information_governance_lead"
    /// Manages users and settings.
    case admin

    /// The role as a person reads it ("Practice manager").
    public var title: String {
        switch self {
        case .moderator: "Moderator"
        case .practiceManager: "Practice manager"
        case .safeguardingLead: "Safeguarding lead"
        case .deputySafeguardingLead: "Deputy safeguarding lead"
        case .informationGovernanceLead: "Information governance lead"
        case .admin: "Admin"
        }
    }

    public var description: String { rawValue }

    /// The role named by its raw value (`practice_manager`), its title or a hyphenated form, in any case.
    public init(parsing text: String) throws(UserError) {
        let folded = text.trimmingSpaces().lowercased().replacing("-", with: "_").replacing(" ", with: "_")
        guard let role = UserRole(rawValue: folded) else { throw UserError.unknownRole(text) }
        self = role
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}

extension UserRole {
    /// The same role as the policy names it for escalations, or nil for admin (which the policy never tells).
    public var policyRole: Role? { Role(rawValue: rawValue) }

    /// The user role that answers for a policy role.
    public init(_ role: Role) {
        // Every policy role is a user role of the same raw value.
        self = UserRole(rawValue: role.rawValue)!
    }
}
