public import Configuration

/// How the dashboard's log-in behaves: read from `DECORUM_TRUST_PROXY`, `DECORUM_TLS` and
/// `DECORUM_SESSION_IDLE_HOURS` (or the same keys under `decorum:` in a configuration file).
public struct DashboardAuthSettings: Sendable {
    /// Whether the session cookie is marked Secure, request by request.
    public var transport: TransportSecurity
    /// A session unused this long ends (each request pushes the end back).
    public var sessionIdle: Duration
    /// How long a log-in form stays usable before it must be reloaded.
    public var loginFormLifetime: Duration
    /// Failures that lock an account, and for how long.
    public var loginPolicy: LoginPolicy
    /// The bcrypt cost of new password hashes.
    public var passwordCost: UInt8
    /// Largest form body read for its CSRF token.
    public var maxFormBytes: Int

    /// Settings as given; the defaults are Decorum's (12 hours idle, 5 failures lock for 15 minutes, bcrypt cost 12).
    public init(
        transport: TransportSecurity = TransportSecurity(), sessionIdle: Duration = .seconds(12 * 3600),
        loginFormLifetime: Duration = .seconds(3600), loginPolicy: LoginPolicy = .standard,
        passwordCost: UInt8 = PasswordHasher.standardCost, maxFormBytes: Int = 1 << 20
    ) {
        self.transport = transport
        self.sessionIdle = sessionIdle
        self.loginFormLifetime = loginFormLifetime
        self.loginPolicy = loginPolicy
        self.passwordCost = passwordCost
        self.maxFormBytes = maxFormBytes
    }

    /// Reads the settings under the `decorum` scope: `decorum.trust.proxy` is `DECORUM_TRUST_PROXY`.
    public init(reader: ConfigReader) throws(SettingsError) {
        let config = reader.scoped(to: "decorum")
        self.init()
        transport = TransportSecurity(
            servedOverTLS: config.bool(forKey: "tls", default: false), trustProxy: config.bool(forKey: "trust.proxy", default: false))
        let hours = config.double(forKey: "session.idle.hours", default: 12)
        guard (0.1...168).contains(hours) else {
            throw SettingsError(problems: ["DECORUM_SESSION_IDLE_HOURS must be from 0.1 to 168 (a week), not \(hours)"])
        }
        sessionIdle = .milliseconds(Int64(hours * 3_600_000))
    }
}
