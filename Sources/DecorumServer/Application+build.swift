public import DecorumCore
public import DecorumStore
public import Hummingbird
public import Logging
public import ServiceLifecycle

/// The request context of every Decorum route.
public typealias DecorumRequestContext = BasicRequestContext

/// Builds the whole server from its settings and engine; `decorum serve` and the tests call this.
///
/// With a store it serves the moderation queue API and Prometheus metrics; with the Meta app's secret and
/// verify token too, it takes Meta's webhooks at `/webhooks/meta` (without them that route is absent, and
/// `decorum serve` says why); with a ``Dashboard``, the moderators' pages at `/`. `signal` wakes the workers when a webhook is stored; pass the one they wait on.
public func buildApplication(
    _ settings: ServerSettings, moderator: Moderator, store: Store? = nil, services: [any Service] = [],
    signal: WorkSignal = WorkSignal(), metrics: DecorumMetrics = DecorumMetrics(), judging: InlineJudging? = nil,
    engine: EngineHolder? = nil, dashboard: Dashboard? = nil, logger: Logger = Logger(label: "decorum")
) -> some ApplicationProtocol {
    let router = buildRouter(settings, moderator: moderator, store: store, signal: signal, metrics: metrics, judging: judging, engine: engine,
                             dashboard: dashboard, logger: logger)
    return Application(
        router: router,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Decorum"),
        services: services + (dashboard?.services ?? []),
        logger: logger
    )
}

/// Every route of the server; ``buildApplication(_:moderator:store:services:signal:metrics:judging:engine:dashboard:logger:)`` serves it.
public func buildRouter(
    _ settings: ServerSettings, moderator: Moderator, store: Store?, signal: WorkSignal, metrics: DecorumMetrics,
    judging: InlineJudging? = nil, engine: EngineHolder? = nil, dashboard: Dashboard? = nil, logger: Logger
) -> Router<DecorumRequestContext> {
    let engine = engine ?? EngineHolder(moderator: moderator, modelVersion: "")
    let router = Router(context: DecorumRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    HealthController<DecorumRequestContext>(readiness: {
        guard let store else { return nil }
        do {
            _ = try await store.schemaVersion()
            return nil
        } catch {
            return "the database cannot be reached"
        }
    }).addRoutes(to: router)
    MetricsController<DecorumRequestContext>(metrics: metrics, store: store).addRoutes(to: router)

    if let store, let secret = settings.metaAppSecret, let token = settings.metaVerifyToken {
        WebhookController<DecorumRequestContext>(
            store: store, appSecret: secret, verifyToken: token, maxBodyBytes: settings.maxBodyBytes, signal: signal,
            metrics: metrics, judging: judging, logger: logger
        ).addRoutes(to: router.group("webhooks/meta"))
    }

    let api = router.group("api/v1")
    api.get("openapi.yaml") { _, _ -> Response in
        var headers = HTTPFields()
        headers[.contentType] = "application/yaml"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
    }
    let authenticated = api.group().add(middleware: BearerTokenMiddleware<DecorumRequestContext>(tokens: settings.apiTokens))
    ModerationController<DecorumRequestContext>(engine: engine, maxBodyBytes: settings.maxBodyBytes).addRoutes(to: authenticated)
    if let store {
        let desk = ModerationDesk(store: store, signal: signal, replyCheck: { engine.current.replyCheck })
        ItemsController<DecorumRequestContext>(store: store, desk: desk).addRoutes(to: authenticated)
    }
    dashboard?.addRoutes(to: router)
    return router
}
