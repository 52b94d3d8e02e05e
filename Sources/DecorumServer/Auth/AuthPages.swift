import DecorumStore
import Hummingbird
import Mustache

/// Renders the pages of log-in and access (log-in, password, 403s) with the dashboard's layout.
struct AuthPages: Sendable {
    let library: MustacheLibrary
    let practiceName: String
    let navigation: DashboardLayout.Navigation?

    /// The layout's `user` for the signed-in person, or nil before log-in.
    func layoutUser(_ context: DashboardRequestContext, path: String?) -> DashboardLayout.User? {
        guard let user = context.identity, let csrf = context.csrfToken else { return nil }
        // Until the password is changed, every other page redirects to the password page: no menu to follow.
        let nav = user.mustChangePassword ? [] : navigation?(user, path ?? "") ?? []
        return DashboardLayout.User(name: user.name, roleTitle: user.role.title, csrf: csrf, nav: nav)
    }

    func render(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok) -> Response {
        guard let html = library.render(view, withTemplate: template) else {
            return Self.plainPage(title: "Page missing", message: DashboardError.templateMissing(template).description, status: .internalServerError)
        }
        return HTMLPage.response(html, status: status)
    }

    /// The 403 for a form whose CSRF token is missing or stale (or whose session ended).
    func formExpired(context: DashboardRequestContext) -> Response {
        render("message", MessageView(
            practiceName: practiceName, user: layoutUser(context, path: nil), title: "Form expired", heading: "This form has expired",
            message: "Nothing was changed. Reload the page, or go back and open it again, then try once more.",
            linkHref: "/", linkText: "Go to the start page"), status: .forbidden)
    }

    /// The 403 for a page the user's role may not see.
    func forbidden(_ page: ForbiddenPage, context: DashboardRequestContext, path: String) -> Response {
        render("message", MessageView(
            practiceName: practiceName, user: layoutUser(context, path: path), title: "Not for your role",
            heading: "This page is not for your role", message: page.message, linkHref: "/", linkText: "Go to the start page"),
            status: .forbidden)
    }

    /// A page without templates, for the rare error outside the dashboard's groups.
    static func plainPage(title: String, message: String, status: HTTPResponse.Status) -> Response {
        HTMLPage.response("""
            <!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>\(escape(title)) · Decorum</title>
            <link rel="stylesheet" href="/static/app.css"></head><body><main id="main"><h1>\(escape(title))</h1>
            <p>\(escape(message))</p><p><a href="/">Go to the start page</a></p></main></body></html>
            """, status: status)
    }

    /// Text made safe for HTML, hidden direction marks shown by their code.
    static func escape(_ text: String) -> String { Markup.escape(text) }
}

/// `message.mustache`: a heading, a sentence and a way on.
struct MessageView {
    var practiceName: String
    var user: DashboardLayout.User?
    var title: String
    var heading: String
    var message: String
    var linkHref: String
    var linkText: String
}

/// `login.mustache`.
struct LoginView {
    var practiceName: String
    var flash: DashboardLayout.Flash?
    var csrf: String
    var next: String?
    var login: String
    /// The one error of a refused log-in, shown above the form and linked from both fields.
    var error: String?
}

/// `password.mustache`. Mustache sees only stored properties, so the flags are worked out in `init`.
struct PasswordView {
    struct FieldError {
        var field: String
        var message: String
    }

    var practiceName: String
    var user: DashboardLayout.User?
    var flash: DashboardLayout.Flash?
    var csrf: String
    var login: String
    var next: String?
    /// The password was set by someone else and must be changed before anything else.
    var forced: Bool
    var minimumLength: Int
    /// Every error, in the order of the fields, for the summary at the top.
    var errors: [FieldError]
    var hasErrors: Bool
    var currentError: String?
    var newErrors: [String]
    var newHasErrors: Bool
    var confirmError: String?
    /// Which field gets `autofocus`: the first with an error, else the first.
    var focusCurrent: Bool
    var focusNew: Bool
    var focusConfirm: Bool

    init(
        practiceName: String, user: DashboardLayout.User?, flash: DashboardLayout.Flash?, csrf: String, login: String, next: String?,
        forced: Bool, currentError: String? = nil, newErrors: [String] = [], confirmError: String? = nil
    ) {
        self.practiceName = practiceName
        self.user = user
        self.flash = flash
        self.csrf = csrf
        self.login = login
        self.next = next
        self.forced = forced
        minimumLength = PasswordRules.minimumLength
        self.currentError = currentError
        self.newErrors = newErrors
        self.confirmError = confirmError
        errors = (currentError.map { [FieldError(field: "current-password", message: $0)] } ?? [])
            + newErrors.map { FieldError(field: "new-password", message: $0) }
            + (confirmError.map { [FieldError(field: "confirm-password", message: $0)] } ?? [])
        hasErrors = !errors.isEmpty
        newHasErrors = !newErrors.isEmpty
        focusCurrent = currentError != nil || errors.isEmpty
        focusNew = currentError == nil && !newErrors.isEmpty
        focusConfirm = currentError == nil && newErrors.isEmpty && confirmError != nil
    }
}
