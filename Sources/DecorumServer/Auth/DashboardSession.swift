public import DecorumStore
import Crypto

/// What a dashboard session holds, kept in the database under the session cookie's id (hashed).
///
/// A session exists before log-in too (without a user), so the log-in form has a CSRF token of its own.
public struct DashboardSession: Codable, Sendable, Hashable {
    /// The signed-in user, or nil before log-in.
    public var userID: UserID?
    /// The token every form of this session must send back (``CSRFMiddleware``).
    public var csrf: String
    /// A digest of the user's password hash at log-in: a new password (changed, reset) ends every other session.
    public var credentialStamp: String?

    /// A session before log-in, with a new CSRF token.
    static func anonymous() -> DashboardSession {
        DashboardSession(userID: nil, csrf: CSRFToken.generate(), credentialStamp: nil)
    }

    /// A new session for `user`, with a new CSRF token.
    static func signedIn(_ user: User) -> DashboardSession {
        DashboardSession(userID: user.id, csrf: CSRFToken.generate(), credentialStamp: user.passwordHash.map(credentialStamp(of:)))
    }

    static func credentialStamp(of passwordHash: String) -> String {
        CSRFToken.base64URL(Array(SHA256.hash(data: Array(passwordHash.utf8)).prefix(12)))
    }
}
