import DecorumStore
import Hummingbird
import HummingbirdAuth

/// Lets through only a signed-in user, and only to the password page while their password must change;
/// keeps an active session alive; renders a role's 403 with the layout.
struct SignedInMiddleware: RouterMiddleware {
    typealias Context = DashboardRequestContext

    static let passwordPath = "/account/password"

    let pages: AuthPages
    let idle: Duration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let user = context.identity else {
            return HTMLPage.redirect(to: LocalRedirect.loginURL(returningTo: request))
        }
        if user.mustChangePassword && request.uri.path != Self.passwordPath {
            return HTMLPage.redirect(to: Self.passwordPath)
        }
        renewIfDue(context)
        do {
            return try await next(request, context)
        } catch let forbidden as ForbiddenPage {
            return pages.forbidden(forbidden, context: context, path: request.uri.path)
        }
    }

    /// Pushes the session's end back to `idle` from now, at most once a minute, so a session ends only
    /// after `idle` unused without a database write on every request.
    private func renewIfDue(_ context: Context) {
        context.sessions.withLockedSession { data in
            guard data != nil else { return }
            if let left = data?.expiresIn, left > idle - .seconds(60) { return }
            data?.expiresIn = idle
        }
    }
}
