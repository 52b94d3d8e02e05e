import Configuration
import DecorumCore
import DecorumServer
import Testing

/// The alert settings, read like every other `DECORUM_*` variable.
@Suite("Alert settings")
struct AlertSettingsTests {
    func settings(_ env: [String: String]) throws(SettingsError) -> ServerSettings {
        try ServerSettings(reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: env)))
    }

    @Test("with nothing set, safeguarding alerts escalate after 15 minutes and nothing is e-mailed or posted")
    func defaults() throws {
        let alerts = try settings([:]).alerts
        #expect(alerts.escalateAfter == .seconds(900))
        #expect(alerts.checkInterval == .seconds(30))
        #expect(alerts.smtp == nil && alerts.teamsWebhookURL == nil && alerts.publicURL == nil)
    }

    @Test("the documented variables are read")
    func environment() throws {
        let alerts = try settings([
            "DECORUM_PUBLIC_URL": "https://decorum.quornmedical.nhs.uk/", "DECORUM_SAFEGUARDING_ESCALATE_MINUTES": "10",
            "DECORUM_ALERTS_CHECK_SECONDS": "5", "DECORUM_TEAMS_WEBHOOK_URL": "https://quorn.webhook.office.com/webhookb2/abc",
            "DECORUM_SMTP_HOST": "smtp.office365.com", "DECORUM_SMTP_USERNAME": "decorum@quornmedical.nhs.uk", "DECORUM_SMTP_PASSWORD": "pw",
            "DECORUM_SMTP_FROM": "decorum@quornmedical.nhs.uk", "DECORUM_SMTP_TIMEOUT_SECONDS": "20",
            "DECORUM_SMTP_TO": "safeguarding@quornmedical.nhs.uk, pm@quornmedical.nhs.uk",
        ]).alerts
        #expect(alerts.publicURL == "https://decorum.quornmedical.nhs.uk")
        #expect(alerts.escalateAfter == .seconds(600) && alerts.checkInterval == .seconds(5))
        #expect(alerts.teamsWebhookURL == "https://quorn.webhook.office.com/webhookb2/abc")
        let smtp = try #require(alerts.smtp)
        #expect(smtp.host == "smtp.office365.com" && smtp.port == 587 && smtp.security == .startTLS)
        #expect(smtp.username == "decorum@quornmedical.nhs.uk" && smtp.password == "pw" && smtp.from == "decorum@quornmedical.nhs.uk")
        #expect(smtp.heloName == "decorum.quornmedical.nhs.uk" && smtp.timeout == .seconds(20))
        #expect(smtp.to == ["safeguarding@quornmedical.nhs.uk", "pm@quornmedical.nhs.uk"])
        let implicit = try #require(try settings(["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_TLS": "implicit"]).alerts.smtp)
        #expect(implicit.port == 465 && implicit.security == .implicit)
        let relay = try #require(try settings(["DECORUM_SMTP_HOST": "127.0.0.1", "DECORUM_SMTP_PORT": "25", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_TLS": "none"]).alerts.smtp)
        #expect(relay.port == 25 && relay.security == .none && relay.username == nil)
    }

    @Test("every unusable alert setting is named with the variable to fix, and the Teams address is never repeated", arguments: [
        (["DECORUM_SAFEGUARDING_ESCALATE_MINUTES": "0"], "DECORUM_SAFEGUARDING_ESCALATE_MINUTES"),
        (["DECORUM_PUBLIC_URL": "decorum.practice"], "DECORUM_PUBLIC_URL"),
        (["DECORUM_TEAMS_WEBHOOK_URL": "http://teams.example.com/secret-part"], "DECORUM_TEAMS_WEBHOOK_URL"),
        (["DECORUM_SMTP_FROM": "a@nhs.net"], "DECORUM_SMTP_HOST"),
        (["DECORUM_SMTP_HOST": "mail.nhs.net"], "DECORUM_SMTP_FROM"),
        (["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "not an address"], "DECORUM_SMTP_FROM"),
        (["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_TLS": "ssl"], "DECORUM_SMTP_TLS"),
        (["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_PASSWORD": "pw"], "DECORUM_SMTP_USERNAME"),
        (["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_TLS": "none", "DECORUM_SMTP_USERNAME": "u",
          "DECORUM_SMTP_PASSWORD": "pw"], "unprotected"),
        (["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_CA_FILE": "/nonexistent/ca.pem"], "DECORUM_SMTP_CA_FILE"),
        (["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_PORT": "70000"], "DECORUM_SMTP_PORT"),
        // Not numbers at all: named, where the reader alone would quietly use the default.
        (["DECORUM_SAFEGUARDING_ESCALATE_MINUTES": "soon"], "DECORUM_SAFEGUARDING_ESCALATE_MINUTES must be a number of minutes from 1 to 1440, not \"soon\""),
        (["DECORUM_ALERTS_CHECK_SECONDS": "30s"], "DECORUM_ALERTS_CHECK_SECONDS must be a number of seconds from 1 to 300"),
        (["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_PORT": "submission"],
         "DECORUM_SMTP_PORT must be a port number from 1 to 65535, not \"submission\""),
        (["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_PORT": "587.5"], "DECORUM_SMTP_PORT"),
        (["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_TIMEOUT_SECONDS": "-1"], "DECORUM_SMTP_TIMEOUT_SECONDS"),
        (["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_TO": "sg@nhs.net, the lead"], "DECORUM_SMTP_TO"),
        (["DECORUM_SMTP_TO": "sg@nhs.net"], "DECORUM_SMTP_TO is set but DECORUM_SMTP_HOST is not"),
    ])
    func problems(env: [String: String], named: String) {
        let error = #expect(throws: SettingsError.self) { try settings(env) }
        #expect("\(String(describing: error))".contains(named))
        #expect(!"\(String(describing: error))".contains("secret-part"))
    }

    @Test("the SMTP password and the Teams address never appear in what the settings say about themselves")
    func secrets() throws {
        let env = ["DECORUM_SMTP_HOST": "mail.nhs.net", "DECORUM_SMTP_FROM": "a@nhs.net", "DECORUM_SMTP_USERNAME": "u",
                   "DECORUM_SMTP_PASSWORD": "pa55word-9f2", "DECORUM_TEAMS_WEBHOOK_URL": "https://quorn.webhook.office.com/webhookb2/secret-part"]
        let alerts = try settings(env).alerts
        let line = AlertServices.summary(alerts, policy: .builtIn)
        #expect(line.contains("e-mail on (mail.nhs.net:587, starttls)") && line.contains("Teams on"))
        #expect(!line.contains("pa55word-9f2") && !line.contains("secret-part") && !line.contains("u@"))
        var broken = env
        broken["DECORUM_SMTP_TLS"] = "none"
        let error = #expect(throws: SettingsError.self) { try settings(broken) }
        #expect(!"\(String(describing: error))".contains("pa55word-9f2") && !"\(String(describing: error))".contains("secret-part"))
    }
}
