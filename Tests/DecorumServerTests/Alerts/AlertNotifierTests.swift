import AsyncHTTPClient
import DecorumCore
import DecorumMeta
@testable import DecorumStore
import Foundation
import Logging
import Synchronization
import Testing
@testable import DecorumServer

/// Alerts sent on by e-mail and Teams: once each, after they commit, never with a comment's words, its author, the
/// alert's message or an identifier of the item: only the kind, the severity, the role and a link.
@Suite("Alert notifications")
struct AlertNotifierTests {
    static let publicURL = "https://decorum.quornmedical.nhs.uk"
    static let logger = AlertEscalatorTests.logger

    static func policy() -> Policy {
        var policy = AlertEscalatorTests.policy(deputy: true)
        policy.practice.contacts[.informationGovernanceLead] = Contact(name: "IG Lead", email: "ig.lead@quornmedical.nhs.uk")
        policy.practice.contacts[.moderator] = Contact(name: "Moderators")
        return policy
    }

    static func email(port: Int, everyAlert: [String] = []) throws -> EmailAlertChannel {
        let settings = SMTPSettings(host: "127.0.0.1", port: port, security: .none, from: "decorum@quornmedical.nhs.uk",
                                    heloName: "decorum.test", timeout: .seconds(30))
        return EmailAlertChannel(mailer: try SMTPMailer(settings: settings), from: try MailAddress("decorum@quornmedical.nhs.uk", name: "Decorum"),
                                 everyAlert: try everyAlert.map { try MailAddress($0) }, contacts: { policy().practice.contacts })
    }

    static func notifier(
        _ store: Store, _ channels: [any AlertChannel], publicURL: String? = publicURL, attempts: Int = 5, logger: Logger = logger
    ) -> AlertNotifier {
        AlertNotifier(store: store, channels: channels, publicURL: publicURL, interval: .milliseconds(20),
                      retry: RetryPolicy(maxAttempts: attempts, baseDelay: .seconds(10), maxDelay: .seconds(60)), logger: logger)
    }

    static func waiting(_ store: Store) async throws -> [Alert] {
        try await store.alerts.unnotified(raisedSince: .distantPast, limit: 100)
    }

    /// A Teams channel; one that cannot connect keeps trying until `timeout`, so tests of a closed port give it less.
    static func teams(_ url: String, timeout: Duration = .seconds(30)) -> TeamsAlertChannel {
        TeamsAlertChannel(url: url, client: .shared, timeout: timeout)
    }

    /// Comments whose words, authors and identifiers must never leave Decorum in a notification.
    static let comments: [(id: String, author: String, authorID: String, text: String)] = [
        ("104285542158312_77710001", "Marisol Quenby-Fairweather", "6483920174625390",
         "I can't do this anymore, I've got the tablets saved up and nobody would even notice if I was gone. Tell Zephyrine I'm sorry"),
        ("104285542158312_77710002", "Osric Venkataraman-Holt", "6483920174625391",
         "Saw Julie Barker from the Co-op in the waiting room, hope her cancer's not back, her NHS number is 943 476 5919 Wrenfoxglove"),
        ("104285542158312_77710003", "Thaddeus Ironmonger-Blythe", "6483920174625392",
         "My partner hits me when he's been drinking and I'm scared to go home tonight with the kids, Quillsborough Lane"),
    ]

    @Test("alerts raised by real judging, and the deputy's after escalation, reach e-mail and Teams with the kind, severity, role, time and a link to the alerts page, and none carries a comment's words, its author, the alert's message or the item's identifier",
          arguments: TestDatabase.allCases)
    func noCommentText(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let ingest = IngestStep(moderator: Moderator(policy: Self.policy()), modelVersion: "rules only")
            for comment in Self.comments {
                let envelope = ChangeEnvelope(
                    page: PageID("104285542158312"), kind: .comment, verb: "add",
                    item: Item(id: ItemID(comment.id), text: comment.text, author: Author(id: AuthorID(comment.authorID), name: comment.author)),
                    raw: #"{"from":{"name":"\#(comment.author)"},"message":"\#(comment.text)"}"#)
                _ = try await store.transaction { tx in try await ingest.run(envelope, in: tx) }
            }
            clock.advance(by: 16 * 60)
            let escalated = try await AlertEscalator(store: store, policy: { Self.policy() }, after: .seconds(900), logger: Self.logger).runOnce()
            #expect(!escalated.isEmpty, "a safeguarding alert was escalated, so its message names the item")
            let alerts = try await Self.waiting(store)
            #expect(alerts.count >= 4)
            #expect(alerts.contains { $0.role == "safeguarding_lead" } && alerts.contains { $0.role == "deputy_safeguarding_lead" })

            let receiver = TeamsReceiver()
            try await receiver.run { url in
                try await FakeSMTPServer.with { smtp in
                    let outcomes = try await Self.notifier(store, [try Self.email(port: smtp.port), Self.teams(url)]).runOnce()
                    // Every role but the moderators has an address in this policy.
                    let emailed = alerts.filter { $0.role != "moderator" }
                    for alert in alerts {
                        let expected = alert.role == "moderator" ? ["teams"] : ["email", "teams"]
                        #expect(outcomes[alert.id] == .sent(channels: expected), "alert \(alert.id)")
                    }
                    let mails = smtp.sessions.flatMap(\.messages)
                    let cards = receiver.received
                    #expect(mails.count == emailed.count && cards.count == alerts.count)
                    var forbidden = [String]()
                    for comment in Self.comments {
                        forbidden += [comment.id, String(comment.id.split(separator: "_")[1]), comment.author, comment.authorID, comment.text]
                        forbidden += comment.author.split(separator: " ").map(String.init) + comment.author.split(separator: "-").map(String.init)
                    }
                    forbidden += ["tablets", "Zephyrine", "Julie Barker", "Barker", "cancer", "943 476 5919", "9434765919", "Wrenfoxglove", "hits me",
                                  "Quillsborough"]
                    // The alerts' own messages stay in the dashboard too: they name the item and the clause.
                    forbidden += alerts.map(\.message) + ["possible safeguarding concern", "has waited", "clause"]
                    for text in mails + cards {
                        let decoded = MailMessageTests.decodeQuotedPrintable(text)
                        for word in forbidden {
                            #expect(!text.contains(word) && !decoded.contains(word), "a notification carries \"\(word)\"")
                        }
                    }
                    for alert in alerts {
                        let link = "\(Self.publicURL)/alerts#alert-\(alert.id)"
                        if alert.role != "moderator" {
                            #expect(mails.contains { $0.contains("Subject: Decorum alert \(alert.id): ") && MailMessageTests.decodeQuotedPrintable($0).contains(link) })
                        }
                        #expect(cards.contains { $0.contains(#""url":"\#(link)""#) })
                    }
                    // E-mail goes to the contact of the alert's role.
                    let recipients = smtp.sessions.flatMap { $0.commands.filter { $0.hasPrefix("RCPT TO:") } }
                    #expect(recipients.contains("RCPT TO:<sg.lead@quornmedical.nhs.uk>") && recipients.contains("RCPT TO:<deputy@quornmedical.nhs.uk>"))
                    let deputyMail = try #require(mails.first { $0.contains("To: \"Deputy Lead\" <deputy@quornmedical.nhs.uk>") })
                    let text = MailMessageTests.decodeQuotedPrintable(deputyMail)
                    #expect(text.contains("Urgent alert for the deputy safeguarding lead: needs a person."))
                    #expect(text.contains("Open it in Decorum: \(Self.publicURL)/alerts#alert-"))
                    #expect(try await Self.waiting(store).isEmpty)
                    // Sent once: a new notifier, as after a restart, sends nothing.
                    #expect(try await Self.notifier(store, [try Self.email(port: smtp.port), Self.teams(url)]).runOnce().isEmpty)
                    #expect(smtp.sessions.flatMap(\.messages).count == emailed.count)
                }
            }
        }
    }

    @Test("a channel that fails is retried later with back-off, only that channel, while other alerts go out at once; after too many tries it gives up")
    func retries() async throws {
        let clock = ManualClock()
        try await TestDatabase.sqlite.withStore(clock: clock.storeClock) { store, _ in
            let receiver = TeamsReceiver()
            try await receiver.run { url in
                try await FakeSMTPServer.with { smtp in
                    let first = try #require(try await store.alerts.raise(.escalation("c1")))
                    let notifier = Self.notifier(store, [try Self.email(port: smtp.port), Self.teams(url)], attempts: 3)
                    receiver.fail(next: 1)
                    let round1 = try await notifier.runOnce()
                    guard case .retrying(let at) = round1[first.id] else { Issue.record("not retrying: \(round1)"); return }
                    #expect(at > clock.now.addingTimeInterval(4) && at <= clock.now.addingTimeInterval(10))
                    #expect(smtp.sessions.flatMap(\.messages).count == 1 && receiver.received.isEmpty)
                    // Waiting to retry, it does not hold back a new alert.
                    let second = try #require(try await store.alerts.raise(.escalation("c2")))
                    #expect(try await notifier.runOnce() == [second.id: .sent(channels: ["email", "teams"])])
                    clock.advance(by: 10)
                    // A new notifier, as after a restart, finds what the first round delivered in the store.
                    let restarted = Self.notifier(store, [try Self.email(port: smtp.port), Self.teams(url)], attempts: 3)
                    #expect(try await restarted.runOnce() == [first.id: .sent(channels: ["email", "teams"])])
                    #expect(smtp.sessions.flatMap(\.messages).count == 2, "the e-mail that went through is not sent again")
                    #expect(receiver.received.count == 2)

                    let third = try #require(try await store.alerts.raise(.escalation("c3")))
                    receiver.fail(next: 100)
                    for _ in 0..<2 {
                        guard case .retrying = try await notifier.runOnce()[third.id] else { Issue.record("not retrying"); return }
                        clock.advance(by: 61)
                    }
                    #expect(try await notifier.runOnce()[third.id] == .gaveUp)
                    #expect(try await store.alerts.alert(third.id)?.notifiedAt != nil)
                    #expect(try await store.alerts.alert(third.id)?.acknowledgedAt == nil, "it stays open in the dashboard")
                }
            }
        }
    }

    @Test("an alert whose role has no e-mail address goes to Teams only; with nowhere to go it is simply marked sent on")
    func nowhere() async throws {
        try await TestDatabase.sqlite.withStore { store, _ in
            try await FakeSMTPServer.with { smtp in
                let moderators = try #require(try await store.alerts.raise(.actionFailed("c1")))
                let outcomes = try await Self.notifier(store, [try Self.email(port: smtp.port)]).runOnce()
                #expect(outcomes == [moderators.id: .nowhere])
                #expect(smtp.sessions.isEmpty)
                #expect(try await store.alerts.alert(moderators.id)?.notifiedAt != nil)
            }
            let receiver = TeamsReceiver()
            try await receiver.run { url in
                try await FakeSMTPServer.with { smtp in
                    let alert = try #require(try await store.alerts.raise(.actionFailed("c2")))
                    let outcomes = try await Self.notifier(store, [try Self.email(port: smtp.port), Self.teams(url)]).runOnce()
                    #expect(outcomes == [alert.id: .sent(channels: ["teams"])])
                    #expect(smtp.sessions.isEmpty && receiver.received.count == 1)
                }
            }
        }
    }

    @Test("two notifiers on one database send each alert once", arguments: TestDatabase.allCases)
    func twoInstances(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            for i in 0..<8 { _ = try await store.alerts.raise(.escalation("c\(i)")) }
            let receiver = TeamsReceiver()
            try await receiver.run { url in
                try await FakeSMTPServer.with { smtp in
                    let a = Self.notifier(store, [try Self.email(port: smtp.port), Self.teams(url)])
                    let b = Self.notifier(store, [try Self.email(port: smtp.port), Self.teams(url)])
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { try await a.runOnce() }
                        group.addTask { try await b.runOnce() }
                        try await group.waitForAll()
                    }
                    #expect(smtp.sessions.flatMap(\.messages).count == 8)
                    #expect(receiver.received.count == 8)
                    #expect(try await Self.waiting(store).isEmpty)
                }
            }
        }
    }

    @Test("the Teams message is an Adaptive Card in a message, with a link to the alert on the alerts page; without a public address it says to open the dashboard")
    func teamsPayload() throws {
        let alert = Alert(id: 42, kind: .escalation, severity: .urgent, role: "safeguarding_lead", page: PageID("1"), itemID: ItemID("555_1"),
                          message: "Alert 41 for the safeguarding lead, about item 555_1, has waited 15 minutes", createdAt: Date(timeIntervalSince1970: 1_751_364_300))
        let linked = AlertNotification(alert: alert, publicURL: Self.publicURL)
        let serialized = linked.teamsPayload.serialized()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(serialized.utf8)) as? [String: Any])
        #expect(json["type"] as? String == "message")
        let attachment = try #require((json["attachments"] as? [[String: Any]])?.first)
        #expect(attachment["contentType"] as? String == "application/vnd.microsoft.card.adaptive")
        let card = try #require(attachment["content"] as? [String: Any])
        #expect(card["type"] as? String == "AdaptiveCard")
        let action = try #require((card["actions"] as? [[String: Any]])?.first)
        #expect(action["type"] as? String == "Action.OpenUrl" && action["url"] as? String == "https://decorum.quornmedical.nhs.uk/alerts#alert-42")
        #expect(serialized.contains("Urgent alert for the safeguarding lead: needs a person."))
        #expect(serialized.contains("Tue 1 Jul 2025, 11:05"), "raised, in UK time")
        #expect(!serialized.contains("555_1") && !serialized.contains("has waited"))
        #expect(linked.subject == "Decorum alert 42: urgent, for the safeguarding lead")

        let unlinked = AlertNotification(alert: alert, publicURL: nil)
        #expect(!unlinked.teamsPayload.serialized().contains("Action.OpenUrl"))
        #expect(unlinked.teamsPayload.serialized().contains("Open Decorum's dashboard"))
        #expect(unlinked.text.contains("Open Decorum's dashboard to see alert 42."))
        #expect(!unlinked.text.contains("http"))
    }

    @Test("Teams refusing the webhook is an error that says what to do and never repeats the webhook's address")
    func teamsRefused() async throws {
        let receiver = TeamsReceiver()
        try await receiver.run { url in
            let missing = url.replacingOccurrences(of: "/webhookb2/", with: "/gone/")
            let alert = Alert(id: 1, kind: .escalation, severity: .urgent, role: nil, page: nil, itemID: nil, message: "m", createdAt: Date())
            let refused = await #expect(throws: TeamsError.self) {
                try await Self.teams(missing).send(AlertNotification(alert: alert, publicURL: nil), for: alert)
            }
            #expect(refused == .refused(status: 404, retryAfter: nil))
            #expect("\(refused!)".contains("DECORUM_TEAMS_WEBHOOK_URL") && !"\(refused!)".contains("secret-token"))
            let closed = "http://127.0.0.1:1/webhookb2/secret-token-0123456789"
            let unreachable = await #expect(throws: TeamsError.self) {
                try await Self.teams(closed, timeout: .seconds(1)).send(AlertNotification(alert: alert, publicURL: nil), for: alert)
            }
            #expect(!"\(String(describing: unreachable))".contains("secret-token"))
        }
    }

    @Test("the integrator's one call builds the escalator alone without channels, and the notifier beside it with e-mail or Teams; the banner line says which")
    func services() async throws {
        try await TestDatabase.sqlite.withStore { store, _ in
            let engine = EngineHolder(policy: Self.policy(), model: nil, modelVersion: "rules only", policySource: "built in")
            var settings = ServerSettings()
            let alone = try AlertServices.make(settings: settings, store: store, engine: engine, logger: Self.logger)
            #expect(alone.count == 1 && alone.first is AlertEscalator)
            #expect(AlertServices.summary(settings.alerts, policy: Self.policy())
                == "Alerts: an urgent safeguarding alert unacknowledged for 15 min goes to the deputy safeguarding lead; e-mail off (DECORUM_SMTP_HOST); Teams off (DECORUM_TEAMS_WEBHOOK_URL)")
            settings.alerts.teamsWebhookURL = "https://example.webhook.office.com/webhookb2/secret-token-0123456789"
            settings.alerts.smtp = SMTPSettings(host: "smtp.office365.com", password: "pa55word", from: "decorum@quornmedical.nhs.uk",
                                                to: ["safeguarding@quornmedical.nhs.uk"])
            let both = try AlertServices.make(settings: settings, store: store, engine: engine, logger: Self.logger)
            #expect(both.count == 2 && both.last is AlertNotifier)
            let notifier = try #require(both.last as? AlertNotifier)
            #expect(notifier.channels.map(\.name) == ["email", "teams"])
            let line = AlertServices.summary(settings.alerts, policy: AlertEscalatorTests.policy(deputy: false))
            #expect(line == "Alerts: an urgent safeguarding alert unacknowledged for 15 min goes to the practice manager (the policy names no deputy); e-mail on (smtp.office365.com:587, starttls); Teams on")
            #expect(!line.contains("secret-token") && !line.contains("pa55word"))
        }
    }

    @Test("addresses in DECORUM_SMTP_TO get every alert's e-mail, beside the role's contact, once each")
    func everyAlert() async throws {
        try await TestDatabase.sqlite.withStore { store, _ in
            try await FakeSMTPServer.with { smtp in
                let moderators = try #require(try await store.alerts.raise(.actionFailed("c1")))
                let lead = try #require(try await store.alerts.raise(.escalation("c2")))
                let channel = try Self.email(port: smtp.port, everyAlert: ["safeguarding@quornmedical.nhs.uk", "SG.Lead@quornmedical.nhs.uk"])
                let outcomes = try await Self.notifier(store, [channel]).runOnce()
                #expect(outcomes == [moderators.id: .sent(channels: ["email"]), lead.id: .sent(channels: ["email"])])
                // The moderators have no address in the policy; the lead's own address is not written to twice.
                let recipients = Set(smtp.sessions.map { $0.commands.filter { $0.hasPrefix("RCPT TO:") }.sorted() })
                #expect(recipients == [
                    ["RCPT TO:<SG.Lead@quornmedical.nhs.uk>", "RCPT TO:<safeguarding@quornmedical.nhs.uk>"],
                    ["RCPT TO:<safeguarding@quornmedical.nhs.uk>", "RCPT TO:<sg.lead@quornmedical.nhs.uk>"],
                ])
                #expect(smtp.sessions.count == 2)
            }
        }
    }

    @Test("a failed send is logged with the alert's number, the channel and what to fix, never the comment, the password or the webhook's address")
    func failureLogs() async throws {
        let lines = Lines()
        let capturing = Logger(label: "alerts-test") { _ in LineCapturingHandler(sink: lines) }
        try await TestDatabase.sqlite.withStore { store, _ in
            var options = try SMTPMailerTests.tlsOptions()
            options.credentials = ("decorum", "another")
            try await FakeSMTPServer.with(options) { smtp in
                let alert = try #require(try await store.alerts.raise(AlertRequest(
                    kind: .escalation, severity: .urgent, role: "safeguarding_lead", itemID: ItemID("104285542158312_77710001"),
                    message: "A comment by Marisol Quenby-Fairweather needs the safeguarding lead")))
                let mailer = try SMTPMailerTests.mailer(SMTPMailerTests.settings(port: smtp.port))
                let email = EmailAlertChannel(mailer: mailer, from: try MailAddress("decorum@quornmedical.nhs.uk"),
                                              contacts: { Self.policy().practice.contacts })
                let teams = Self.teams("http://127.0.0.1:1/webhookb2/secret-token-0123456789", timeout: .seconds(1))
                guard case .retrying = try await Self.notifier(store, [email, teams], logger: capturing).runOnce()[alert.id] else {
                    Issue.record("not retrying")
                    return
                }
            }
        }
        let logged = lines.lines.withLock { $0 }
        #expect(logged.contains { $0.contains("an alert could not be sent on") && $0.contains("email") && $0.contains("535") })
        #expect(logged.contains { $0.contains("an alert could not be sent on") && $0.contains("teams") })
        for line in logged {
            for secret in ["pa55word", "secret-token", "Marisol", "Quenby", "77710001", "needs the safeguarding lead"] {
                #expect(!line.contains(secret), "a log line carries \"\(secret)\": \(line)")
            }
        }
    }
}
