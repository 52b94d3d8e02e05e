public import DecorumStore
import Foundation
public import Hummingbird
public import HummingbirdAuth

/// The request context of the dashboard's routes: the session, the signed-in user and its CSRF token.
///
/// A child of ``DecorumRequestContext``: `DashboardAuth.addRoutes(to:)` makes the group that converts to it.
public struct DashboardRequestContext: ChildRequestContext, AuthRequestContext, SessionRequestContext {
    public typealias ParentContext = DecorumRequestContext

    public var coreContext: CoreRequestContextStorage
    /// The signed-in user, set by the session authenticator; nil before log-in.
    public var identity: User?
    /// The session (before or after log-in), loaded from the database by the session middleware.
    public let sessions: SessionContext<DashboardSession>

    /// The dashboard's context for a request arriving on the server's own context.
    public init(context: DecorumRequestContext) throws {
        coreContext = context.coreContext
        identity = nil
        sessions = SessionContext()
    }

    /// Forms arrive URL-encoded; the odd script call sends JSON.
    public var requestDecoder: DashboardRequestDecoder { DashboardRequestDecoder() }

    /// The signed-in user, or nil.
    public var user: User? { identity }

    /// The CSRF token every form on the page must carry as a hidden `csrf` field (or scripts as `X-CSRF-Token`).
    public var csrfToken: String? { sessions.session?.csrf }

    /// Whether the signed-in user has one of `roles`.
    public func hasRole(_ roles: Set<UserRole>) -> Bool {
        identity.map { roles.contains($0.role) } ?? false
    }

    /// Throws the 403 page unless the signed-in user has one of `roles`: for checks a route group cannot make.
    public func requireRoles(_ roles: Set<UserRole>) throws {
        guard hasRole(roles) else { throw ForbiddenPage(roles: roles) }
    }
}

/// Decodes URL-encoded forms, and JSON when the request says it is JSON.
public struct DashboardRequestDecoder: RequestDecoder {
    /// The decoder.
    public init() {}

    /// `T` from the request's body, JSON or URL-encoded by its content type.
    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext) async throws -> T {
        if request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true {
            return try await JSONDecoder().decode(type, from: request, context: context)
        }
        return try await URLEncodedFormDecoder().decode(type, from: request, context: context)
    }
}
