public import Configuration

/// Everything `decorum serve` needs, read from environment variables (`DECORUM_PORT`, …) and an
/// optional configuration file through swift-configuration. Secrets are read as secrets, so
/// swift-configuration never prints them.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// "./decorum.sqlite", "sqlite:///path", or "postgres://…".
    public var databaseURL: String
    public var metaAppSecret: String?
    public var metaVerifyToken: String?
    public var graphBaseURL: String
    public var pageID: String?
    public var pageToken: String?
    /// The Page's name as the practice calls it (shown in alerts and the dashboard).
    public var pageName: String?
    public var policyPath: String?
    public var staffPath: String?
    public var modelPath: String?
    /// Bearer tokens accepted by the JSON API.
    public var apiTokens: [String]
    /// Largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    /// How long a Graph API call may take before it counts as timed out.
    public var graphTimeout: Duration
    /// How long a worker holds a job before another may take it (a crashed worker's jobs come back after this).
    public var jobLease: Duration
    /// Escalation of safeguarding alerts, and e-mail and Teams messages for alerts.
    public var alerts: AlertSettings

    public init(
        host: String = "127.0.0.1", port: Int = 8080, databaseURL: String = "./decorum.sqlite", metaAppSecret: String? = nil,
        metaVerifyToken: String? = nil, graphBaseURL: String = "https://graph.facebook.com/v21.0", pageID: String? = nil,
        pageToken: String? = nil, pageName: String? = nil, policyPath: String? = nil, staffPath: String? = nil, modelPath: String? = nil,
        apiTokens: [String] = [], maxBodyBytes: Int = 1 << 20, graphTimeout: Duration = .seconds(15), jobLease: Duration = .seconds(60),
        alerts: AlertSettings = AlertSettings()
    ) {
        self.host = host
        self.port = port
        self.databaseURL = databaseURL
        self.metaAppSecret = metaAppSecret
        self.metaVerifyToken = metaVerifyToken
        self.graphBaseURL = graphBaseURL
        self.pageID = pageID
        self.pageToken = pageToken
        self.pageName = pageName
        self.policyPath = policyPath
        self.staffPath = staffPath
        self.modelPath = modelPath
        self.apiTokens = apiTokens
        self.maxBodyBytes = maxBodyBytes
        self.graphTimeout = graphTimeout
        self.jobLease = jobLease
        self.alerts = alerts
    }

    /// Reads the settings under the `decorum` scope: `decorum.port` is `DECORUM_PORT` in the
    /// environment and `decorum: {port: …}` in a file.
    public init(reader: ConfigReader) throws(SettingsError) {
        let config = reader.scoped(to: "decorum")
        var problems = [String]()
        host = config.string(forKey: "host", default: "127.0.0.1")
        let port = config.int(forKey: "port", default: 8080)
        if !(1...65535).contains(port) { problems.append("DECORUM_PORT must be a port number from 1 to 65535, not \(port)") }
        self.port = port
        databaseURL = config.string(forKey: "database.url", default: "./decorum.sqlite")
        metaAppSecret = config.string(forKey: "meta.app.secret", isSecret: true)
        metaVerifyToken = config.string(forKey: "meta.verify.token", isSecret: true)
        graphBaseURL = config.string(forKey: "graph.base.url", default: "https://graph.facebook.com/v21.0")
        if !(graphBaseURL.hasPrefix("https://") || graphBaseURL.hasPrefix("http://")) {
            problems.append("DECORUM_GRAPH_BASE_URL must start with https:// (or http:// for the local simulator)")
        }
        pageID = config.string(forKey: "page.id")
        pageToken = config.string(forKey: "page.token", isSecret: true)
        pageName = config.string(forKey: "page.name")
        policyPath = config.string(forKey: "policy")
        staffPath = config.string(forKey: "staff")
        modelPath = config.string(forKey: "model")
        apiTokens = (config.string(forKey: "api.tokens", isSecret: true) ?? "")
            .split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        for token in apiTokens where token.utf8.count < 24 {
            problems.append("every DECORUM_API_TOKENS token must be at least 24 characters (one is \(token.utf8.count))")
        }
        maxBodyBytes = config.int(forKey: "max.body.bytes", default: 1 << 20)
        if maxBodyBytes < 1024 { problems.append("DECORUM_MAX_BODY_BYTES must be at least 1024, not \(maxBodyBytes)") }
        let timeout = config.double(forKey: "graph.timeout.seconds", default: 15)
        let lease = config.double(forKey: "job.lease.seconds", default: 60)
        if !(0.1...120).contains(timeout) { problems.append("DECORUM_GRAPH_TIMEOUT_SECONDS must be from 0.1 to 120, not \(timeout)") }
        // A batch of Graph calls must finish well inside the lease, or a second worker would take the same jobs.
        if lease < 2 * timeout + 1 {
            problems.append("DECORUM_JOB_LEASE_SECONDS (\(lease)) must be at least twice DECORUM_GRAPH_TIMEOUT_SECONDS plus one (\(2 * timeout + 1))")
        }
        graphTimeout = .milliseconds(Int64(timeout * 1000))
        jobLease = .milliseconds(Int64(lease * 1000))
        alerts = AlertSettings(reader: config, problems: &problems)
        if pageToken != nil && pageID == nil { problems.append("DECORUM_PAGE_TOKEN is set but DECORUM_PAGE_ID is not: say which page the token is for") }
        guard problems.isEmpty else { throw SettingsError(problems: problems) }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
