import DecorumCore
import DecorumStore

/// Alerts by e-mail to the contact address the policy gives for the alert's role (the practice manager's for an
/// alert with no role).
struct EmailAlertChannel: AlertChannel {
    let mailer: SMTPMailer
    let from: MailAddress
    let contacts: [Role: Contact]

    var name: String { "email" }

    init(mailer: SMTPMailer, from: MailAddress, contacts: [Role: Contact]) {
        self.mailer = mailer
        self.from = from
        self.contacts = contacts
    }

    /// The address to write to, if the policy gives one that can be used.
    func recipient(for alert: Alert) -> MailAddress? {
        let role = alert.role.flatMap(Role.init(rawValue:)) ?? .practiceManager
        guard let contact = contacts[role], let email = contact.email else { return nil }
        return try? MailAddress(email, name: contact.name ?? role.title.capitalizedFirst)
    }

    func accepts(_ alert: Alert) -> Bool { recipient(for: alert) != nil }

    func send(_ notification: AlertNotification, for alert: Alert) async throws {
        guard let to = recipient(for: alert) else { return }
        try await mailer.send(MailMessage(from: from, to: [to], subject: notification.subject, body: notification.text))
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
