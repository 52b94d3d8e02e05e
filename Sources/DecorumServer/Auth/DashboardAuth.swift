public import DecorumStore
public import Hummingbird
import HummingbirdAuth
public import ServiceLifecycle

/// The dashboard's access: sessions in the database, log-in and log-out, CSRF checks on every form,
/// lock-out, forced password changes and roles.
///
/// ```swift
/// let auth = DashboardAuth(store: store, resources: resources, practiceName: "Quorn Medical Centre")
/// let pages = auth.addRoutes(to: router)             // /login, /logout, /account/password
/// pages.get("/") { request, context in … context.user, context.csrfToken … }
/// pages.group("admin").add(middleware: auth.requireRoles([.admin])).get("users") { … }
/// // and run auth.services with the application (they purge expired sessions)
/// ```
public struct DashboardAuth: Sendable {
    /// The store users and sessions are kept in.
    public let store: Store
    /// Sessions, lock-out, cookies and bcrypt cost.
    public let settings: DashboardAuthSettings
    /// Hashes and checks passwords off the tasks serving requests.
    public let hasher: PasswordHasher
    /// Where sessions are kept (the store's key-value table).
    public let persistDriver: SQLPersistDriver
    let pages: AuthPages
    let sessionMiddleware: DashboardSessionMiddleware

    /// Access to the dashboard for the users in `store`; pages render with `resources`' templates, and
    /// `navigation` gives the menu a signed-in user sees on the pages rendered here.
    public init(
        store: Store, resources: DashboardResources, practiceName: String, settings: DashboardAuthSettings = DashboardAuthSettings(),
        navigation: DashboardLayout.Navigation? = nil
    ) {
        self.store = store
        self.settings = settings
        hasher = PasswordHasher(cost: settings.passwordCost)
        persistDriver = SQLPersistDriver(store: store)
        pages = AuthPages(library: resources.library, practiceName: practiceName, navigation: navigation)
        sessionMiddleware = DashboardSessionMiddleware(driver: persistDriver, idle: settings.sessionIdle, transport: settings.transport)
    }

    /// Services to run with the application: the session store's purge of expired sessions.
    public var services: [any Service] { [persistDriver] }

    /// Adds the session, the signed-in user and CSRF checks to a new group of `router`, with `/login`,
    /// `/logout` and `/account/password` in it, and returns the group for pages that need a signed-in user.
    ///
    /// In the returned group an anonymous visitor is sent to `/login?next=…`, a user who must change their
    /// password is sent to `/account/password`, and every POST, PUT, PATCH and DELETE must carry the
    /// session's CSRF token (``DashboardRequestContext/csrfToken``) or is refused with a 403 page.
    @discardableResult
    public func addRoutes(to router: some RouterMethods<DecorumRequestContext>) -> RouterGroup<DashboardRequestContext> {
        let dashboard = router.group(context: DashboardRequestContext.self)
            .add(middleware: sessionMiddleware)
            .add(middleware: SessionAuthenticator(users: StoreUserSessions(users: store.users), context: DashboardRequestContext.self))
            .add(middleware: CSRFMiddleware(maxFormBytes: settings.maxFormBytes, pages: pages))
        LoginController(store: store, hasher: hasher, pages: pages, sessions: sessionMiddleware, settings: settings)
            .addRoutes(to: dashboard)
        let signedIn = dashboard.group().add(middleware: SignedInMiddleware(pages: pages, idle: settings.sessionIdle))
        PasswordController(store: store, hasher: hasher, pages: pages, sessions: sessionMiddleware, settings: settings)
            .addRoutes(to: signedIn)
        return signedIn
    }

    /// Middleware for a group of the signed-in pages that lets through only `roles`; others get a 403 page
    /// naming who the page is for.
    public func requireRoles(_ roles: Set<UserRole>) -> some RouterMiddleware<DashboardRequestContext> {
        AuthorizationPolicyMiddleware(RolesPolicy(roles), deniedError: ForbiddenPage(roles: roles), context: DashboardRequestContext.self)
    }

    /// The layout's `user` (name, role, CSRF token, menu) for a page at `path`, or nil before log-in.
    public func layoutUser(for context: DashboardRequestContext, path: String) -> DashboardLayout.User? {
        pages.layoutUser(context, path: path)
    }
}
