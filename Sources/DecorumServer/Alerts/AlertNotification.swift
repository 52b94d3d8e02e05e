import DecorumCore
import DecorumStore
import Foundation

/// What is said about one alert outside Decorum, the same on every channel: the alert's message (written without
/// the comment's text), its severity, the role it is for, when it was raised, and a link to the alert in the
/// dashboard. Never the comment, its author, or the item's identifier: the link carries the alert's number only.
struct AlertNotification: Sendable, Hashable {
    let alertID: Int64
    let severity: Alert.Severity
    /// Who the alert is for, in words (`safeguarding lead`).
    let audience: String
    let message: String
    let raisedAt: Date
    /// `{DECORUM_PUBLIC_URL}/alerts/{id}`, or nil when Decorum's public address is not set.
    let link: String?

    init(alert: Alert, publicURL: String?) {
        alertID = alert.id
        severity = alert.severity
        audience = alert.role.map { Role(rawValue: $0)?.title ?? $0.replacingOccurrences(of: "_", with: " ") } ?? "whoever is on duty"
        message = Self.withoutIdentifiers(alert.message, item: alert.itemID)
        raisedAt = alert.createdAt
        link = publicURL.map { "\($0)/alerts/\(alert.id)" }
    }

    /// The alert's message with the item's identifier taken out (a message may name it for the dashboard), on one line.
    static func withoutIdentifiers(_ message: String, item: ItemID?) -> String {
        var text = MailMessage.headerSafe(message)
        if let id = item?.rawValue, !id.isEmpty {
            text = text.replacingOccurrences(of: "about item \(id)", with: "about an item")
                .replacingOccurrences(of: "item \(id)", with: "an item").replacingOccurrences(of: id, with: "the item")
        }
        return text.count > 600 ? String(text.prefix(600)) + "…" : text
    }

    private var severityWord: String { severity == .urgent ? "Urgent" : "Normal" }

    /// `1 July 2025 at 14:05 UTC`.
    var raisedAtText: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: raisedAt)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        return "\(c.day ?? 1) \(months[(c.month ?? 1) - 1]) \(c.year ?? 1970) at \(two(c.hour)):\(two(c.minute)) UTC"
    }

    /// `Decorum alert 42: urgent, for the safeguarding lead` — no message, no item.
    var subject: String { "Decorum alert \(alertID): \(severityWord.lowercased()), for the \(audience)" }

    /// The plain-text e-mail.
    var text: String {
        var lines = [
            "\(severityWord) alert for the \(audience), raised \(raisedAtText).",
            "",
            message,
            "",
        ]
        if let link {
            lines.append("Open it in Decorum: \(link)")
        } else {
            lines.append("Open Decorum's dashboard to see alert \(alertID).")
        }
        lines += ["", "This message never includes the comment or who wrote it: read them in Decorum, and acknowledge the alert there."]
        return lines.joined(separator: "\n")
    }

    /// A Teams message carrying an Adaptive Card, the shape both incoming webhooks and Workflows accept.
    var teamsPayload: JSONValue {
        var body: [JSONValue] = [
            .object([
                ("type", .string("TextBlock")), ("text", .string("\(severityWord) alert for the \(audience)")), ("weight", .string("Bolder")),
                ("size", .string("Medium")), ("color", .string(severity == .urgent ? "Attention" : "Default")), ("wrap", .bool(true)),
            ]),
            .object([("type", .string("TextBlock")), ("text", .string(message)), ("wrap", .bool(true))]),
            .object([
                ("type", .string("FactSet")),
                ("facts", .array([
                    .object([("title", .string("Severity")), ("value", .string(severityWord.lowercased()))]),
                    .object([("title", .string("For")), ("value", .string(audience))]),
                    .object([("title", .string("Raised")), ("value", .string(raisedAtText))]),
                    .object([("title", .string("Alert")), ("value", .string("\(alertID)"))]),
                ])),
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
            body.append(.object([
                ("type", .string("TextBlock")), ("text", .string("Open Decorum's dashboard to see alert \(alertID).")), ("wrap", .bool(true)),
                ("isSubtle", .bool(true)),
            ]))
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
