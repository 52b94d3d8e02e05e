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
        let minutes = config.number("safeguarding.escalate.minutes", fallback: 15, range: 1...1440, unit: "minutes", problems: &problems)
        escalateAfter = .milliseconds(Int64(minutes * 60_000))
        let check = config.number("alerts.check.seconds", fallback: 30, range: 1...300, unit: "seconds", problems: &problems)
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
    /// Addresses that get every alert's e-mail, besides the contact the policy gives for the alert's role
    /// (`DECORUM_SMTP_TO`, separated by commas): a shared safeguarding mailbox, say.
    public var to: [String]
    /// The name Decorum gives itself in EHLO (`DECORUM_SMTP_HELO`).
    public var heloName: String
    /// How long the mail server may stay silent when it owes an answer (`DECORUM_SMTP_TIMEOUT_SECONDS`).
    public var timeout: Duration
    /// A PEM file of certificates to trust for the mail server, for a relay with the organisation's own CA (`DECORUM_SMTP_CA_FILE`).
    public var caFile: String?

    public init(
        host: String, port: Int? = nil, security: Security = .startTLS, username: String? = nil, password: String? = nil, from: String,
        to: [String] = [], heloName: String = "localhost", timeout: Duration = .seconds(30), caFile: String? = nil
    ) {
        self.host = host
        self.port = port ?? (security == .implicit ? 465 : 587)
        self.security = security
        self.username = username
        self.password = password
        self.from = from
        self.to = to
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
        let to = (config.string(forKey: "smtp.to") ?? "").split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !host.isEmpty else {
            let stray = [("DECORUM_SMTP_FROM", !from.isEmpty), ("DECORUM_SMTP_TO", !to.isEmpty), ("DECORUM_SMTP_USERNAME", username != nil),
                         ("DECORUM_SMTP_PASSWORD", password != nil)]
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
        let port = config.number("smtp.port", fallback: security == .implicit ? 465 : 587, range: 1...65535, unit: "port", whole: true,
                                 problems: &problems)
        if from.isEmpty {
            problems.append("DECORUM_SMTP_HOST is set but DECORUM_SMTP_FROM is not: give the address alerts are sent from, like decorum@practice.nhs.uk")
        } else if (try? MailAddress(from)) == nil {
            problems.append("DECORUM_SMTP_FROM must be one e-mail address like decorum@practice.nhs.uk, not \"\(from.prefix(100))\"")
        }
        for address in to where (try? MailAddress(address)) == nil {
            problems.append("DECORUM_SMTP_TO must be e-mail addresses separated by commas, like safeguarding@practice.nhs.uk; \"\(address.prefix(100))\" is not one")
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
        let timeout = config.number("smtp.timeout.seconds", fallback: 30, range: 1...300, unit: "seconds", problems: &problems)
        let caFile = config.string(forKey: "smtp.ca.file")?.trimmingWhitespace()
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            problems.append("DECORUM_SMTP_CA_FILE names \(caFile), which cannot be read: give a PEM file of the certificates to trust")
        }
        self.init(host: host, port: Int(port), security: security, username: username, password: password, from: from, to: to, heloName: helo,
                  timeout: .milliseconds(Int64(timeout * 1000)), caFile: caFile)
    }
}

extension ConfigReader {
    /// The number set for `key` (`smtp.port` is `DECORUM_SMTP_PORT`), or `fallback` when it is unset. A value that is
    /// not a number in `range` adds a sentence naming the variable to `problems`, where the reader's own methods would
    /// quietly use the default.
    func number(
        _ key: String, fallback: Double, range: ClosedRange<Double>, unit: String, whole: Bool = false, problems: inout [String]
    ) -> Double {
        guard let text = string(forKey: ConfigKey(key))?.trimmingWhitespace(), !text.isEmpty else { return fallback }
        if let value = Double(text), value.isFinite, range.contains(value), !whole || value == value.rounded() { return value }
        let variable = "DECORUM_" + key.replacingOccurrences(of: ".", with: "_").uppercased()
        let what = whole ? "\(unit) number" : "number of \(unit)"
        problems.append("\(variable) must be a \(what) from \(Int(range.lowerBound)) to \(Int(range.upperBound)), not \"\(text.prefix(40))\"")
        return fallback
    }
}
