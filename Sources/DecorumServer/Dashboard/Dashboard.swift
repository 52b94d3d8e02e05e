import DecorumCore
public import DecorumStore
public import Hummingbird
public import Logging
public import ServiceLifecycle

/// Everything the moderators' web pages need, assembled once: log-in and sessions, the pages themselves,
/// their error pages and the static files. ``buildRouter(_:moderator:store:signal:metrics:judging:engine:dashboard:logger:)``
/// mounts it at `/`.
public struct Dashboard: Sendable {
    public let auth: DashboardAuth
    let controller: DashboardController
    let staticDirectory: String
    let logger: Logger

    public init(
        store: Store, engine: EngineHolder, signal: WorkSignal, resources: DashboardResources, settings: DashboardAuthSettings = DashboardAuthSettings(),
        vault: PageTokenVault?, logger: Logger
    ) {
        auth = DashboardAuth(
            store: store, resources: resources, practiceName: engine.current.moderator.policy.practice.name, settings: settings,
            navigation: { user, path in DashboardController.navigation(for: user, path: path) })
        controller = DashboardController(
            store: store, engine: engine, desk: ModerationDesk(store: store, signal: signal, replyCheck: { engine.current.replyCheck }), resources: resources, auth: auth, vault: vault,
            logger: logger)
        staticDirectory = resources.staticDirectory
        self.logger = logger
    }

    /// Services to run with the application (the session store's purge).
    public var services: [any Service] { auth.services }

    /// Adds `/static/…`, the log-in pages and every dashboard page to `router`.
    public func addRoutes(to router: Router<DecorumRequestContext>) {
        router.add(middleware: FileMiddleware(staticDirectory, urlBasePath: "/static", logger: logger))
        let pages = auth.addRoutes(to: router).add(middleware: DashboardErrorPages(pages: auth.pages))
        controller.addRoutes(to: pages)
    }
}
