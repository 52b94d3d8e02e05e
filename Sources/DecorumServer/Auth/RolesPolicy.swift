public import DecorumStore
public import Hummingbird
public import HummingbirdAuth

/// hummingbird-auth's authorization policy for Decorum's roles: the user must hold one of `roles`.
public struct RolesPolicy: AuthorizationPolicy {
    /// The roles allowed through.
    public let roles: Set<UserRole>

    /// Lets through only `roles`.
    public init(_ roles: Set<UserRole>) { self.roles = roles }

    public func isAuthorized(identity: User, request: Request) async throws -> Bool {
        roles.contains(identity.role)
    }
}

/// The 403 for a signed-in user whose role may not see the page. The signed-in group renders it with the
/// layout; anywhere else it is a plain page.
public struct ForbiddenPage: HTTPResponseError {
    /// Who may see the page.
    public let roles: Set<UserRole>

    /// The 403 for a page that is for `roles`.
    public init(roles: Set<UserRole>) { self.roles = roles }

    public var status: HTTPResponse.Status { .forbidden }

    /// "practice manager or safeguarding lead", in the order roles are listed.
    var allowedText: String {
        let titles = UserRole.allCases.filter(roles.contains).map { $0.title.lowercased() }
        switch titles.count {
        case 0: return "nobody"
        case 1: return "the " + titles[0]
        default: return "the " + titles.dropLast().joined(separator: ", ") + " or " + titles.last!
        }
    }

    var message: String {
        "This page is for \(allowedText). If you need it for your work, ask an admin to change your role."
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        AuthPages.plainPage(title: "Not for your role", message: message, status: .forbidden)
    }
}
