public import AsyncHTTPClient
public import DecorumCore
public import DecorumStore
public import Logging
public import ServiceLifecycle

/// Builds the services that take alerts to people: always the escalator, and the notifier when e-mail or Teams is set.
public enum AlertServices {
    /// The alert services for `settings.alerts`, to run beside the others: the escalator, plus the notifier when
    /// `DECORUM_SMTP_HOST` or `DECORUM_TEAMS_WEBHOOK_URL` is set. Both read the policy in force from `engine` as they
    /// go. Throws when the mail server's certificates to trust (`DECORUM_SMTP_CA_FILE`) cannot be loaded.
    public static func make(
        settings: ServerSettings, store: Store, engine: EngineHolder, logger: Logger, httpClient: HTTPClient = .shared
    ) throws -> [any Service] {
        let alerts = settings.alerts
        let policy: @Sendable () -> Policy = { engine.current.moderator.policy }
        let escalator = AlertEscalator(store: store, policy: policy, after: alerts.escalateAfter, interval: alerts.checkInterval, logger: logger)
        if escalator.target == .practiceManager {
            logger.notice("the policy names no deputy safeguarding lead: unacknowledged safeguarding alerts will go to the practice manager")
        }
        var channels = [any AlertChannel]()
        if let smtp = alerts.smtp {
            let everyAlert = try smtp.to.map { try MailAddress($0) }
            channels.append(EmailAlertChannel(
                mailer: try SMTPMailer(settings: smtp), from: try MailAddress(smtp.from, name: "Decorum"), everyAlert: everyAlert,
                contacts: { policy().practice.contacts }))
            let addressed = Role.allCases.filter { policy().practice.contacts[$0]?.email != nil }
            if addressed.isEmpty && everyAlert.isEmpty {
                logger.warning("DECORUM_SMTP_HOST is set but neither DECORUM_SMTP_TO nor the policy's contacts give an e-mail address: no alert will be e-mailed")
            }
            // The server and the roles only: never the password, nor the addresses.
            logger.info("alerts are e-mailed", metadata: [
                "smtp": "\(smtp.host):\(smtp.port)", "tls": "\(smtp.security.rawValue)", "roles": "\(addressed.map(\.rawValue).joined(separator: ","))",
                "every_alert_to": "\(everyAlert.count) addresses",
            ])
        }
        if let teams = alerts.teamsWebhookURL {
            channels.append(TeamsAlertChannel(url: teams, client: httpClient, timeout: .seconds(30)))
            logger.info("alerts are posted to Microsoft Teams")
        }
        guard !channels.isEmpty else { return [escalator] }
        if alerts.publicURL == nil {
            logger.notice("DECORUM_PUBLIC_URL is not set: alert e-mails and Teams messages will say to open the dashboard, without a link")
        }
        // A new alert should reach someone within seconds; the escalator's check can be slower.
        let notifier = AlertNotifier(
            store: store, channels: channels, publicURL: alerts.publicURL, interval: min(alerts.checkInterval, .seconds(5)), logger: logger)
        return [escalator, notifier]
    }

    /// One line for `decorum serve`'s banner: when and to whom safeguarding alerts pass on, and whether e-mail and Teams are on.
    public static func summary(_ alerts: AlertSettings, policy: Policy) -> String {
        let minutes = Int(alerts.escalateAfter.components.seconds / 60)
        let to = AlertEscalator.target(in: policy) == .deputySafeguardingLead
            ? "the deputy safeguarding lead" : "the practice manager (the policy names no deputy)"
        let email = alerts.smtp.map { "e-mail on (\($0.host):\($0.port), \($0.security.rawValue))" } ?? "e-mail off (DECORUM_SMTP_HOST)"
        let teams = alerts.teamsWebhookURL == nil ? "Teams off (DECORUM_TEAMS_WEBHOOK_URL)" : "Teams on"
        return "Alerts: an urgent safeguarding alert unacknowledged for \(minutes) min goes to \(to); \(email); \(teams)"
    }
}
