public import AsyncHTTPClient
public import Hummingbird
public import Logging

/// A local stand-in for the Graph API: serves every endpoint Decorum calls with Graph's
/// validation, error objects, rate limits, the one-private-reply rule and the 7-day window; holds
/// a Page with posts and comments; and sends correctly signed webhooks when visitors comment.
public struct GraphSimulator: Sendable {
    public let configuration: GraphSimulatorConfiguration
    let state: SimulatorState
    private let deliveries: AsyncStream<WebhookDelivery>?
    private let httpClient: HTTPClient
    private let logger: Logger

    public init(configuration: GraphSimulatorConfiguration, httpClient: HTTPClient = .shared, logger: Logger = Logger(label: "decorum.simulator")) {
        self.configuration = configuration
        self.httpClient = httpClient
        self.logger = logger
        if configuration.webhookURL != nil {
            let (stream, continuation) = AsyncStream.makeStream(of: WebhookDelivery.self, bufferingPolicy: .bufferingNewest(100_000))
            deliveries = stream
            state = SimulatorState(configuration: configuration, webhooks: continuation)
        } else {
            deliveries = nil
            state = SimulatorState(configuration: configuration, webhooks: nil)
        }
    }

    /// The simulator as a Hummingbird application; its webhook sender is one of the application's services.
    public func application() -> some ApplicationProtocol {
        let router = Router()
        GraphRoutes(state: state, configuration: configuration).add(to: router)
        SimulatorControlRoutes(state: state, configuration: configuration).add(to: router)
        var app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "decorum-graph-simulator"),
            logger: logger
        )
        if let deliveries, let url = configuration.webhookURL {
            app.addServices(WebhookSender(
                deliveries: deliveries, url: url, appSecret: configuration.appSecret, retry: configuration.webhookRetry,
                httpClient: httpClient, state: state, logger: logger))
        }
        return app
    }
}

/// Builds the Graph API simulator application from its configuration.
public func buildSimulator(
    _ configuration: GraphSimulatorConfiguration, httpClient: HTTPClient = .shared,
    logger: Logger = Logger(label: "decorum.simulator")
) -> some ApplicationProtocol {
    GraphSimulator(configuration: configuration, httpClient: httpClient, logger: logger).application()
}
