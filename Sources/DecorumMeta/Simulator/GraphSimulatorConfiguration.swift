public import DecorumCore
public import Foundation

/// How a `GraphSimulator` behaves: the Page it holds, its secrets, where it sends webhooks, its limits.
public struct GraphSimulatorConfiguration: Sendable {
    /// Address to listen on; port 0 picks a free port.
    public var host: String
    public var port: Int
    /// The Graph API version in the paths it serves (`/v21.0/…`).
    public var apiVersion: String
    public var pageID: PageID
    public var pageName: String
    /// The only Page access token it accepts.
    public var pageToken: PageToken
    /// The app secret webhooks are signed with.
    public var appSecret: String
    /// Where webhooks go (Decorum's `POST /webhooks/meta`); nil sends none.
    public var webhookURL: String?
    /// How hard it tries to deliver a webhook Decorum did not accept.
    public var webhookRetry: RetryPolicy
    /// Graph calls allowed per window, or nil for no limit.
    public var rateLimit: SimulatorRateLimit?
    /// How long after a comment a private reply may be sent (Meta: 7 days).
    public var privateReplyWindow: Duration
    /// Posts per page of `/{page-id}/feed`: the default and the most a `limit` gets (Graph's cap is 100).
    public var feedPageSize: Int
    /// Comments per page of a comments listing: the default and the most a `limit` gets.
    public var commentsPageSize: Int
    /// The largest request body accepted.
    public var maxBodyBytes: Int
    /// The simulator's clock; tests move it to cross the private-reply window.
    public var now: @Sendable () -> Date

    public init(
        host: String = "127.0.0.1", port: Int = 0, apiVersion: String = DecorumMeta.graphAPIVersion,
        pageID: PageID = PageID("1000000000001"), pageName: String = "Riverside Surgery",
        pageToken: PageToken = PageToken("sim-page-token"), appSecret: String = "sim-app-secret",
        webhookURL: String? = nil,
        webhookRetry: RetryPolicy = RetryPolicy(maxAttempts: 6, baseDelay: .milliseconds(200), maxDelay: .seconds(10)),
        rateLimit: SimulatorRateLimit? = nil, privateReplyWindow: Duration = .seconds(7 * 24 * 3600),
        feedPageSize: Int = 100, commentsPageSize: Int = 100, maxBodyBytes: Int = 1 << 20,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.host = host
        self.port = port
        self.apiVersion = apiVersion
        self.pageID = pageID
        self.pageName = pageName
        self.pageToken = pageToken
        self.appSecret = appSecret
        self.webhookURL = webhookURL
        self.webhookRetry = webhookRetry
        self.rateLimit = rateLimit
        self.privateReplyWindow = privateReplyWindow
        self.feedPageSize = feedPageSize
        self.commentsPageSize = commentsPageSize
        self.maxBodyBytes = maxBodyBytes
        self.now = now
    }
}
