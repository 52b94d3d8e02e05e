import Foundation
import DecorumCore
import DecorumStore
import Hummingbird
import HummingbirdAuth
import Logging

/// `GET /login`, `POST /login` and `POST /logout`.
struct LoginController: Sendable {
    let store: Store
    let hasher: PasswordHasher
    let pages: AuthPages
    let sessions: DashboardSessionMiddleware
    let settings: DashboardAuthSettings

    /// Said for every refused log-in, whether or not the login exists, so the page never tells which logins do.
    var refusal: String {
        let policy = settings.loginPolicy
        return "The login or password is not right. After \(policy.maxFailures) failed attempts in a row an account is "
            + "locked for \(policy.lockDurationText); if that has happened, wait, or ask your admin to reset your password."
    }

    func addRoutes(to group: RouterGroup<DashboardRequestContext>) {
        group.get("login", use: show)
        group.post("login", use: submit)
        group.post("logout", use: logout)
    }

    struct LoginForm: Decodable {
        var login: String?
        var password: String?
        var next: String?
    }

    @Sendable func show(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let next = LocalRedirect.safePath(request.uri.queryParameters.get("next"))
        if context.identity != nil { return HTMLPage.redirect(to: next ?? "/") }
        let csrf = await anonymousSession(request, context)
        let flash = request.uri.queryParameters.get("signed_out") == "1"
            ? DashboardLayout.Flash(kind: "ok", message: "You have signed out.") : nil
        return pages.render("login", LoginView(practiceName: pages.practiceName, flash: flash, csrf: csrf, next: next, login: "", error: nil))
    }

    @Sendable func submit(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let form = try await request.decode(as: LoginForm.self, context: context)
        let next = LocalRedirect.safePath(form.next)
        let login = (form.login ?? "").trimmingWhitespace()
        let password = form.password ?? ""
        func refused(_ message: String) async -> Response {
            let csrf = await anonymousSession(request, context)
            return pages.render("login", LoginView(
                practiceName: pages.practiceName, flash: nil, csrf: csrf, next: next, login: String(login.prefix(64)), error: message))
        }
        guard !login.isEmpty, !password.isEmpty else { return await refused("Enter your login and your password.") }

        guard let user = try await store.users.user(login: login), let hash = user.passwordHash else {
            try await hasher.verifyNothing(password)
            return await refused(refusal)
        }
        if user.isLocked(at: store.clock.now()) {
            // The same bcrypt work as a real check, so a locked account answers in the same time.
            try await hasher.verifyNothing(password)
            return await refused(refusal)
        }
        guard try await hasher.verify(password, hash: hash) else {
            try await recordFailure(user, context: context)
            return await refused(refusal)
        }
        if user.disabled {
            // Said only to someone who knows the password.
            return await refused("This account is switched off. Ask your practice's Decorum admin to switch it back on.")
        }
        let signedIn = try await store.users.recordSuccessfulLogin(user.id)
        try await store.audit.append(actor: signedIn.login, event: AuthEvent.signedIn, itemID: nil, details: .object([
            ("role", .string(signedIn.role.rawValue)),
        ]))
        context.logger.info("signed in", metadata: ["user": "\(signedIn.login)"])
        // A new session id at log-in: an id someone planted or saw before log-in is worth nothing after it.
        _ = try? await sessions.storage.delete(request: request)
        context.sessions.createSession(.signedIn(signedIn), expiresIn: settings.sessionIdle)
        if signedIn.mustChangePassword {
            return HTMLPage.redirect(to: SignedInMiddleware.passwordPath + (next.map { "?next=" + LocalRedirect.percentEncoded($0) } ?? ""))
        }
        return HTMLPage.redirect(to: next ?? "/")
    }

    @Sendable func logout(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        if let user = context.identity {
            try await store.audit.append(actor: user.login, event: AuthEvent.signedOut, itemID: nil, details: .object([]))
        }
        // The session middleware removes the stored session and sends an expired cookie.
        context.sessions.clearSession()
        return HTMLPage.redirect(to: "/login?signed_out=1")
    }

    private func recordFailure(_ user: User, context: DashboardRequestContext) async throws {
        let policy = settings.loginPolicy
        let failure = try await store.users.recordFailedLogin(user.id, lockAfter: policy.maxFailures, lockFor: policy.lockDuration)
        try await store.audit.append(actor: user.login, event: AuthEvent.loginFailed, itemID: nil, details: .object([
            ("failures_in_a_row", .int(failure.lockedNow ? policy.maxFailures : failure.user.failedLogins)),
        ]))
        guard failure.lockedNow, let until = failure.user.lockedUntil else { return }
        try await store.audit.append(actor: user.login, event: AuthEvent.locked, itemID: nil, details: .object([
            ("failures_in_a_row", .int(policy.maxFailures)),
            ("locked_until", .string(until.formatted(.iso8601))),
        ]))
        context.logger.warning("account locked after repeated failed log-ins", metadata: ["user": "\(user.login)"])
    }

    /// The CSRF token of the browser's session before log-in, starting one if it has none (or only a
    /// signed-in session that no longer signs anyone in).
    private func anonymousSession(_ request: Request, _ context: DashboardRequestContext) async -> String {
        if let session = context.sessions.session, session.userID == nil { return session.csrf }
        if context.sessions.session != nil { _ = try? await sessions.storage.delete(request: request) }
        let session = DashboardSession.anonymous()
        context.sessions.createSession(session, expiresIn: settings.loginFormLifetime)
        return session.csrf
    }
}
