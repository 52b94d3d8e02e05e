import DecorumCore
import DecorumStore
import Foundation

/// What is said about one alert outside Decorum, the same on every channel: what kind of alert it is, its severity,
/// the role it is for, when it was raised, and a link to the dashboard's alerts. Never the alert's message, the
/// comment, its author or the item's identifier: a notification can be read by anyone with the mailbox or the Teams
/// channel, so it only says that someone must look, and where.
struct AlertNotification: Sendable, Hashable {
    let alertID: Int64
    let severity: Alert.Severity
    /// What it is about, in the dashboard's words (`Needs a person`).
    let kind: String
    /// Who the alert is for, in words (`safeguarding lead`).
    let audience: String
    /// When it was raised, in UK time as the dashboard shows it.
    let raised: String
    /// `{DECORUM_PUBLIC_URL}/alerts#alert-{id}`, or nil when Decorum's public address is not set.
    let link: String?

    init(alert: Alert, publicURL: String?) {
        alertID = alert.id
        severity = alert.severity
        kind = AlertsView.label(alert.kind)
        audience = alert.role.map(Labels.role) ?? "whoever is on duty"
        raised = Labels.time(alert.createdAt)
        link = publicURL.map { "\($0)/alerts#alert-\(alert.id)" }
    }

    private var severityWord: String { severity == .urgent ? "Urgent" : "Normal" }

    /// `Decorum alert 42: urgent, for the safeguarding lead`.
    var subject: String { "Decorum alert \(alertID): \(severityWord.lowercased()), for the \(audience)" }

    /// `Urgent alert for the safeguarding lead: needs a person.`
    private var headline: String { "\(severityWord) alert for the \(audience): \(kind.lowercased())." }

    private var whereToLook: String { link.map { "Open it in Decorum: \($0)" } ?? "Open Decorum's dashboard to see alert \(alertID)." }

    private static let privacy =
        "This message never includes the comment, who wrote it or anything about a patient: read them in Decorum, and acknowledge the alert there."

    /// The plain-text e-mail.
    var text: String {
        [headline, "Raised \(raised) (alert \(alertID)).", "", whereToLook, "", Self.privacy].joined(separator: "\n")
    }

    /// A Teams message carrying an Adaptive Card, the shape both incoming webhooks and Workflows accept.
    var teamsPayload: JSONValue {
        func textBlock(_ text: String, _ extra: [(String, JSONValue)] = []) -> JSONValue {
            .object([("type", .string("TextBlock")), ("text", .string(text)), ("wrap", .bool(true))] + extra)
        }
        func fact(_ title: String, _ value: String) -> JSONValue { .object([("title", .string(title)), ("value", .string(value))]) }
        var body: [JSONValue] = [
            textBlock(headline, [("weight", .string("Bolder")), ("size", .string("Medium")),
                                 ("color", .string(severity == .urgent ? "Attention" : "Default"))]),
            .object([
                ("type", .string("FactSet")),
                ("facts", .array([fact("Severity", severityWord.lowercased()), fact("For", audience), fact("Raised", raised),
                                  fact("Alert", "\(alertID)")])),
            ]),
        ]
        var card: [(String, JSONValue)] = [
            ("$schema", .string("http://adaptivecards.io/schemas/adaptive-card.json")), ("type", .string("AdaptiveCard")),
            ("version", .string("1.4")),
        ]
        if let link {
            card.append(("body", .array(body)))
            card.append(("actions", .array([
                .object([("type", .string("Action.OpenUrl")), ("title", .string("Open in Decorum")), ("url", .string(link))]),
            ])))
        } else {
            body.append(textBlock(whereToLook, [("isSubtle", .bool(true))]))
            card.append(("body", .array(body)))
        }
        return .object([
            ("type", .string("message")),
            ("summary", .string(subject)),
            ("attachments", .array([
                .object([
                    ("contentType", .string("application/vnd.microsoft.card.adaptive")), ("contentUrl", .null), ("content", .object(card)),
                ]),
            ])),
        ])
    }
}
