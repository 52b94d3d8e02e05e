import Configuration
import Foundation

/// How alerts reach a person outside the dashboard: escalation of unacknowledged safeguarding alerts, and
/// optional e-mail (SMTP) and Microsoft Teams messages, read from `DECORUM_*` variables like the other settings.
public struct AlertSettings: Sendable {
    /// Where people reach Decorum's dashboard (`DECORUM_PUBLIC_URL`), for the link in e-mails and Teams messages;
    /// without it the messages say to open the dashboard.
    public var publicURL: String?
    /// How long an urgent alert for the safeguarding lead may wait unacknowledged before the deputy (or the practice
    /// manager) is alerted (`DECORUM_SAFEGUARDING_ESCALATE_MINUTES`).
    public var escalateAfter: Duration
    /// How often the escalator and the notifier look for work (`DECORUM_ALERTS_CHECK_SECONDS`).
    public var checkInterval: Duration
    /// A Microsoft Teams incoming-webhook (or Workflows) URL (`DECORUM_TEAMS_WEBHOOK_URL`, a secret: the URL is the key).
    public var teamsWebhookURL: String?
    /// The mail server, when alerts are to be e-mailed (`DECORUM_SMTP_HOST` and the others).
    public var smtp: SMTPSettings?

    public init(
        publicURL: String? = nil, escalateAfter: Duration = .seconds(15 * 60), checkInterval: Duration = .seconds(30),
        teamsWebhookURL: String? = nil, smtp: SMTPSettings? = nil
    ) {
        self.publicURL = publicURL
        self.escalateAfter = escalateAfter
        self.checkInterval = checkInterval
        self.teamsWebhookURL = teamsWebhookURL
        self.smtp = smtp
    }

    /// Reads the alert settings from `config` (already scoped to `decorum`), adding a sentence to `problems` for
    /// each setting that cannot be used.
    init(reader config: ConfigReader, problems: inout [String]) {
        if let url = config.string(forKey: "public.url")?.trimmingWhitespace(), !url.isEmpty {
            if URL(string: url)?.host == nil || !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                problems.append("DECORUM_PUBLIC_URL must be the dashboard's address starting with https://, like https://decorum.example.nhs.uk, not \"\(url)\"")
            }
            var trimmed = Substring(url)
            while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
            publicURL = String(trimmed)
        } else {
            publicURL = nil
        }
        let minutes = config.double(forKey: "safeguarding.escalate.minutes", default: 15)
        if !(1...1440).contains(minutes) {
            problems.append("DECORUM_SAFEGUARDING_ESCALATE_MINUTES must be from 1 to 1440 minutes, not \(minutes)")
        }
        escalateAfter = .milliseconds(Int64(minutes * 60_000))
        let check = config.double(forKey: "alerts.check.seconds", default: 30)
        if !(1...300).contains(check) { problems.append("DECORUM_ALERTS_CHECK_SECONDS must be from 1 to 300, not \(check)") }
        checkInterval = .milliseconds(Int64(check * 1000))
        if let teams = config.string(forKey: "teams.webhook.url", isSecret: true)?.trimmingWhitespace(), !teams.isEmpty {
            // The URL is a credential: it is never repeated in a problem or a log.
            if !Self.isAcceptableWebhook(teams) {
                problems.append("DECORUM_TEAMS_WEBHOOK_URL must be the https:// address Teams gave for the channel's incoming webhook or workflow")
            }
            teamsWebhookURL = teams
        } else {
            teamsWebhookURL = nil
        }
        smtp = SMTPSettings(reader: config, defaultHELO: publicURL.flatMap { URL(string: $0)?.host }, problems: &problems)
    }

    /// https:// anywhere, http:// only to this machine (a receiver for testing).
    static func isAcceptableWebhook(_ url: String) -> Bool {
        guard let parsed = URL(string: url), let host = parsed.host, !host.isEmpty else { return false }
        switch parsed.scheme?.lowercased() {
        case "https": return true
        case "http": return host == "127.0.0.1" || host == "localhost" || host == "::1"
        default: return false
        }
    }
}

/// The mail server alerts are e-mailed through.
public struct SMTPSettings: Sendable, Hashable {
    /// How the connection to the mail server is protected (`DECORUM_SMTP_TLS`).
    public enum Security: String, Sendable, Hashable, CaseIterable {
        /// Plain connection upgraded with STARTTLS, which must be offered (port 587): the default.
        case startTLS = "starttls"
        /// TLS from the first byte (port 465).
        case implicit
        /// No TLS at all: only for a relay on this machine or a trusted network, and never with a password.
        case none
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// The envelope sender and the From address (`DECORUM_SMTP_FROM`).
    public var from: String
    /// The name Decorum gives itself in EHLO (`DECORUM_SMTP_HELO`).
    public var heloName: String
    /// How long each step of the conversation may take (`DECORUM_SMTP_TIMEOUT_SECONDS`).
    public var timeout: Duration
    /// A PEM file of certificates to trust for the mail server, for a relay with the organisation's own CA (`DECORUM_SMTP_CA_FILE`).
    public var caFile: String?

    public init(
        host: String, port: Int? = nil, security: Security = .startTLS, username: String? = nil, password: String? = nil, from: String,
        heloName: String = "localhost", timeout: Duration = .seconds(30), caFile: String? = nil
    ) {
        self.host = host
        self.port = port ?? (security == .implicit ? 465 : 587)
        self.security = security
        self.username = username
        self.password = password
        self.from = from
        self.heloName = heloName
        self.timeout = timeout
        self.caFile = caFile
    }

    /// Nil when `DECORUM_SMTP_HOST` is unset (and then no other SMTP setting may be set).
    init?(reader config: ConfigReader, defaultHELO: String?, problems: inout [String]) {
        let host = config.string(forKey: "smtp.host")?.trimmingWhitespace() ?? ""
        let from = config.string(forKey: "smtp.from")?.trimmingWhitespace() ?? ""
        let username = config.string(forKey: "smtp.username")?.trimmingWhitespace()
        let password = config.string(forKey: "smtp.password", isSecret: true)
        guard !host.isEmpty else {
            let stray = [("DECORUM_SMTP_FROM", !from.isEmpty), ("DECORUM_SMTP_USERNAME", username != nil), ("DECORUM_SMTP_PASSWORD", password != nil)]
            for (name, set) in stray where set {
                problems.append("\(name) is set but DECORUM_SMTP_HOST is not: name the mail server, or unset \(name)")
            }
            return nil
        }
        let tls = config.string(forKey: "smtp.tls")?.trimmingWhitespace().lowercased() ?? "starttls"
        let security = Security(rawValue: tls) ?? .startTLS
        if Security(rawValue: tls) == nil {
            problems.append("DECORUM_SMTP_TLS must be starttls, implicit (port 465) or none (a relay on this machine), not \"\(tls)\"")
        }
        let port = config.int(forKey: "smtp.port", default: security == .implicit ? 465 : 587)
        if !(1...65535).contains(port) { problems.append("DECORUM_SMTP_PORT must be a port number from 1 to 65535, not \(port)") }
        if from.isEmpty {
            problems.append("DECORUM_SMTP_HOST is set but DECORUM_SMTP_FROM is not: give the address alerts are sent from, like decorum@practice.nhs.uk")
        } else if (try? MailAddress(from)) == nil {
            problems.append("DECORUM_SMTP_FROM must be one e-mail address like decorum@practice.nhs.uk, not \"\(from.prefix(100))\"")
        }
        if (username == nil) != (password == nil) {
            problems.append("DECORUM_SMTP_USERNAME and DECORUM_SMTP_PASSWORD must be set together (or neither, for a server that needs no log-in)")
        }
        if password != nil && security == .none {
            problems.append("DECORUM_SMTP_PASSWORD is set but DECORUM_SMTP_TLS is none: the password would cross the network unprotected; use starttls or implicit")
        }
        let helo = config.string(forKey: "smtp.helo")?.trimmingWhitespace() ?? defaultHELO ?? ProcessInfo.processInfo.hostName
        if helo.isEmpty || helo.contains(where: { $0.isWhitespace || $0.isNewline || $0 == "<" || $0 == ">" }) {
            problems.append("DECORUM_SMTP_HELO must be this machine's name, like decorum.practice.nhs.uk, without spaces")
        }
        let timeout = config.double(forKey: "smtp.timeout.seconds", default: 30)
        if !(1...300).contains(timeout) { problems.append("DECORUM_SMTP_TIMEOUT_SECONDS must be from 1 to 300, not \(timeout)") }
        let caFile = config.string(forKey: "smtp.ca.file")?.trimmingWhitespace()
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            problems.append("DECORUM_SMTP_CA_FILE names \(caFile), which cannot be read: give a PEM file of the certificates to trust")
        }
        self.init(host: host, port: port, security: security, username: username, password: password, from: from, heloName: helo,
                  timeout: .milliseconds(Int64(timeout * 1000)), caFile: caFile)
    }
}
