public import DecorumCore
public import DecorumStore
public import Hummingbird
public import Logging
public import ServiceLifecycle

/// The request context of every Decorum route.
public typealias DecorumRequestContext = BasicRequestContext

/// Builds the whole server from its settings and engine; `decorum serve` and the tests call this.
///
/// With a store and the Meta app's secret and verify token, it also takes Meta's webhooks at
/// `/webhooks/meta`; without them that route is absent (and `decorum serve` says why).
public func buildApplication(
    _ settings: ServerSettings, moderator: Moderator, store: Store? = nil, services: [any Service] = [],
    logger: Logger = Logger(label: "decorum")
) -> some ApplicationProtocol {
    let router = Router(context: DecorumRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.info))
    HealthController<DecorumRequestContext>().addRoutes(to: router)

    if let store, let secret = settings.metaAppSecret, let token = settings.metaVerifyToken {
        WebhookController<DecorumRequestContext>(store: store, appSecret: secret, verifyToken: token, maxBodyBytes: settings.maxBodyBytes, logger: logger)
            .addRoutes(to: router.group("webhooks/meta"))
    }

    let api = router.group("api/v1")
    api.get("openapi.yaml") { _, _ -> Response in
        var headers = HTTPFields()
        headers[.contentType] = "application/yaml"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
    }
    let authenticated = api.group().add(middleware: BearerTokenMiddleware<DecorumRequestContext>(tokens: settings.apiTokens))
    ModerationController<DecorumRequestContext>(moderator: moderator, maxBodyBytes: settings.maxBodyBytes).addRoutes(to: authenticated)

    return Application(
        router: router,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Decorum"),
        services: services,
        logger: logger
    )
}
