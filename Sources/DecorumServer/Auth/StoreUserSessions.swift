import DecorumStore
import HummingbirdAuth

/// hummingbird-auth's user repository for sessions: the session's user, read fresh from the store on every
/// request, so a disabled user or a new password takes effect at once.
struct StoreUserSessions: UserSessionRepository {
    let users: any UserRepository

    func getUser(from session: DashboardSession, context: UserRepositoryContext) async throws -> DecorumStore.User? {
        guard let id = session.userID, let user = try await users.user(id), !user.disabled, let hash = user.passwordHash,
            session.credentialStamp == DashboardSession.credentialStamp(of: hash)
        else { return nil }
        return user
    }
}
