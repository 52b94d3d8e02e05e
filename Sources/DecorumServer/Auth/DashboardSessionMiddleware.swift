import Hummingbird
import HummingbirdAuth

/// hummingbird-auth's `SessionMiddleware`, with the cookie marked `Secure` when the request came over TLS.
///
/// The cookie is HttpOnly (no script reads it), path `/`, and SameSite=Lax: the browser sends it on
/// top-level navigations from other sites (a link in an alert e-mail opens the item signed in) but never on
/// their form posts, scripts or frames. Strict would break those links and add nothing, since every state
/// change is a POST that also carries the session's CSRF token.
struct DashboardSessionMiddleware: RouterMiddleware {
    typealias Context = DashboardRequestContext

    static let cookieName = "decorum_session"
    static let keyPrefix = "session."

    let plain: SessionMiddleware<Context>
    let secure: SessionMiddleware<Context>
    let transport: TransportSecurity
    /// For removing a session explicitly (the anonymous one, at log-in); both cookies name the same stored sessions.
    let storage: SessionStorage<DashboardSession>

    init(driver: any PersistDriver, idle: Duration, transport: TransportSecurity) {
        func storage(secure: Bool) -> SessionStorage<DashboardSession> {
            SessionStorage(driver, configuration: SessionStorageConfiguration(
                sessionCookieParameters: SessionCookieParameters(name: Self.cookieName, path: "/", secure: secure, sameSite: .lax),
                keyPrefix: Self.keyPrefix))
        }
        plain = SessionMiddleware(sessionStorage: storage(secure: false), defaultSessionExpiration: idle)
        secure = SessionMiddleware(sessionStorage: storage(secure: true), defaultSessionExpiration: idle)
        self.storage = storage(secure: false)
        self.transport = transport
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if transport.isSecure(request) {
            try await secure.handle(request, context: context, next: next)
        } else {
            try await plain.handle(request, context: context, next: next)
        }
    }
}
