import DecorumCore
import DecorumStore
import Hummingbird
import HummingbirdAuth

/// `GET /account/password` and `POST /account/password`: a signed-in user changes their own password
/// (and must, after a first-run or reset password, before anything else).
struct PasswordController: Sendable {
    let store: Store
    let hasher: PasswordHasher
    let pages: AuthPages
    let sessions: DashboardSessionMiddleware
    let settings: DashboardAuthSettings

    func addRoutes(to group: RouterGroup<DashboardRequestContext>) {
        group.get("account/password", use: show)
        group.post("account/password", use: submit)
    }

    struct PasswordForm: Decodable {
        var current: String?
        var new: String?
        var confirm: String?
        var next: String?
    }

    @Sendable func show(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let user = try context.requireIdentity()
        let changed = request.uri.queryParameters.get("changed") == "1"
        return pages.render("password", view(
            user, context: context, next: LocalRedirect.safePath(request.uri.queryParameters.get("next")),
            flash: changed ? DashboardLayout.Flash(kind: "ok", message: "Your password is changed.") : nil))
    }

    @Sendable func submit(_ request: Request, context: DashboardRequestContext) async throws -> Response {
        let user = try context.requireIdentity()
        let form = try await request.decode(as: PasswordForm.self, context: context)
        let next = LocalRedirect.safePath(form.next)
        let current = form.current ?? ""
        let new = form.new ?? ""
        var currentError: String?
        var newErrors = [String]()
        var confirmError: String?

        if current.isEmpty {
            currentError = "Enter the password you use now."
        } else if let hash = user.passwordHash, try await hasher.verify(current, hash: hash) {
            if new == current { newErrors.append("Choose a new password, not the one you use now.") }
        } else {
            currentError = "This is not your current password; type it again."
            // Guessing here counts like guessing at the log-in page, and a lock ends this session too.
            let policy = settings.loginPolicy
            let failure = try await store.users.recordFailedLogin(user.id, lockAfter: policy.maxFailures, lockFor: policy.lockDuration)
            if failure.lockedNow {
                try await store.audit.append(actor: user.login, event: AuthEvent.locked, itemID: nil, details: .object([
                    ("failures_in_a_row", .int(policy.maxFailures)), ("where", .string("password change")),
                ]))
                context.sessions.clearSession()
                return HTMLPage.redirect(to: "/login")
            }
        }
        if new.isEmpty {
            newErrors.append("Enter a new password.")
        } else {
            newErrors += PasswordRules.problems(new, login: user.login)
        }
        if (form.confirm ?? "") != new { confirmError = "Type the new password again exactly as above; the two do not match." }

        guard currentError == nil, newErrors.isEmpty, confirmError == nil else {
            return pages.render("password", view(
                user, context: context, next: next, flash: nil, currentError: currentError, newErrors: newErrors,
                confirmError: confirmError))
        }
        let hash = try await hasher.hash(new)
        let changed = try await store.users.setPasswordHash(hash, for: user.id, mustChange: false)
        try await store.audit.append(actor: user.login, event: AuthEvent.passwordChanged, itemID: nil, details: .object([]))
        // The new password's stamp ends every other session of this user; this one carries on under a new id.
        _ = try? await sessions.storage.delete(request: request)
        context.sessions.createSession(.signedIn(changed), expiresIn: settings.sessionIdle)
        return HTMLPage.redirect(to: user.mustChangePassword ? next ?? "/" : SignedInMiddleware.passwordPath + "?changed=1")
    }

    private func view(
        _ user: User, context: DashboardRequestContext, next: String?, flash: DashboardLayout.Flash?, currentError: String? = nil,
        newErrors: [String] = [], confirmError: String? = nil
    ) -> PasswordView {
        PasswordView(
            practiceName: pages.practiceName, user: pages.layoutUser(context, path: SignedInMiddleware.passwordPath), flash: flash,
            csrf: context.csrfToken ?? "", login: user.login, next: next, forced: user.mustChangePassword, currentError: currentError,
            newErrors: newErrors, confirmError: confirmError)
    }
}
