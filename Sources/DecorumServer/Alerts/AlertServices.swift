public import AsyncHTTPClient
public import DecorumCore
public import DecorumStore
public import Logging
public import ServiceLifecycle

/// Builds the services that take alerts to people: always the escalator, and the notifier when e-mail or Teams is set.
public enum AlertServices {
    /// The alert services for `settings.alerts`, to run beside the others: `[AlertEscalator]`, plus `AlertNotifier`
    /// when `DECORUM_SMTP_HOST` or `DECORUM_TEAMS_WEBHOOK_URL` is set. Throws when the mail server's certificates to
    /// trust (`DECORUM_SMTP_CA_FILE`) cannot be loaded.
    public static func make(
        settings: ServerSettings, store: Store, policy: Policy, logger: Logger, httpClient: HTTPClient = .shared
    ) throws -> [any Service] {
        let alerts = settings.alerts
        let escalator = AlertEscalator(store: store, policy: policy, after: alerts.escalateAfter, interval: alerts.checkInterval, logger: logger)
        if escalator.target == .practiceManager {
            logger.notice("the policy names no deputy safeguarding lead: unacknowledged safeguarding alerts will go to the practice manager")
        }
        var channels = [any AlertChannel]()
        if let smtp = alerts.smtp {
            let from = try MailAddress(smtp.from, name: "Decorum")
            channels.append(EmailAlertChannel(mailer: try SMTPMailer(settings: smtp), from: from, contacts: policy.practice.contacts))
            let addressed = Role.allCases.filter { policy.practice.contacts[$0]?.email != nil }
            if addressed.isEmpty {
                logger.warning("DECORUM_SMTP_HOST is set but the policy gives no contact an e-mail address: no alert will be e-mailed")
            }
            logger.info("alerts are e-mailed", metadata: [
                "smtp": "\(smtp.host):\(smtp.port)", "tls": "\(smtp.security.rawValue)", "roles": "\(addressed.map(\.rawValue).joined(separator: ","))",
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
}
