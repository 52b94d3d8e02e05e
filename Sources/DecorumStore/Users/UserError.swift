/// Why a user could not be added or changed, as a sentence the person at the keyboard can act on.
public enum UserError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The login is not one Decorum accepts (the reason says why).
    case invalidLogin(String, reason: String)
    /// Another user already has this login.
    case loginTaken(String)
    /// No user has this login.
    case unknownLogin(String)
    /// The text names none of the roles.
    case unknownRole(String)
    /// A name, e-mail address or other detail is not acceptable (the message says which and why).
    case invalidDetail(String)

    public var description: String {
        switch self {
        case .invalidLogin(let login, let reason):
            "The login \"\(login.prefix(80))\" cannot be used: \(reason)."
        case .loginTaken(let login):
            "There is already a user with the login \"\(login)\"; choose another login, or reset that user's password."
        case .unknownLogin(let login):
            "There is no user with the login \"\(login.prefix(80))\"; decorum users list shows every login."
        case .unknownRole(let text):
            "\"\(text.prefix(80))\" is not a role. Roles are: \(UserRole.allCases.map(\.rawValue).joined(separator: ", "))."
        case .invalidDetail(let message):
            message
        }
    }
}
