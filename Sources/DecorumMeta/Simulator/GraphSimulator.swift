public import DecorumCore
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
        GraphBatchRoute(state: state, configuration: configuration).add(to: router)
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

extension GraphSimulator {
    /// A visitor comments on the Page's latest post (or replies to `parentID`), as `POST /_sim/comments`
    /// does; returns the new comment's id. A webhook is sent only if the simulator has a webhook URL.
    public func addComment(_ message: String, from author: Author, parentID: String? = nil) async throws -> String {
        let answer = try await state.addComment(postID: nil, parentID: parentID, message: message, from: author, attachments: [], createdTime: nil)
        guard case .object(let fields) = answer, case .string(let id)? = fields.first(where: { $0.0 == "id" })?.1 else {
            throw GraphError(kind: .permanent, message: "the simulator did not answer with an id")
        }
        return id
    }

    /// The body of the `feed` webhook Meta would send about a comment (unsigned), for a load generator
    /// that signs and sends webhooks itself; nil for an unknown comment.
    public func webhookBody(forComment id: String, verb: String = "add") async -> String? {
        await state.webhookBody(forComment: id, verb: verb)
    }
}

/// Builds the Graph API simulator application from its configuration.
public func buildSimulator(
    _ configuration: GraphSimulatorConfiguration, httpClient: HTTPClient = .shared,
    logger: Logger = Logger(label: "decorum.simulator")
) -> some ApplicationProtocol {
    GraphSimulator(configuration: configuration, httpClient: httpClient, logger: logger).application()
}
