import DecorumCore
import DecorumStore

/// Alerts by e-mail: to the contact address the policy in force gives for the alert's role (the practice manager's
/// for an alert with no role), and to every address in `DECORUM_SMTP_TO`.
struct EmailAlertChannel: AlertChannel {
    let mailer: SMTPMailer
    let from: MailAddress
    /// Addresses that get every alert.
    let everyAlert: [MailAddress]
    /// The policy's contacts as they are now: a policy saved from the dashboard changes them while Decorum runs.
    let contacts: @Sendable () -> [Role: Contact]

    var name: String { "email" }

    init(mailer: SMTPMailer, from: MailAddress, everyAlert: [MailAddress] = [], contacts: @escaping @Sendable () -> [Role: Contact]) {
        self.mailer = mailer
        self.from = from
        self.everyAlert = everyAlert
        self.contacts = contacts
    }

    /// The addresses to write to: the role's contact, if the policy gives one that can be used, and `everyAlert`.
    func recipients(for alert: Alert) -> [MailAddress] {
        let role = alert.role.flatMap(Role.init(rawValue:)) ?? .practiceManager
        var to = [MailAddress]()
        if let contact = contacts()[role], let email = contact.email, let address = try? MailAddress(email, name: contact.name ?? role.title) {
            to.append(address)
        }
        return to + everyAlert.filter { extra in !to.contains { $0.address.lowercased() == extra.address.lowercased() } }
    }

    func accepts(_ alert: Alert) -> Bool { !recipients(for: alert).isEmpty }

    func send(_ notification: AlertNotification, for alert: Alert) async throws {
        let to = recipients(for: alert)
        guard !to.isEmpty else { return }
        try await mailer.send(MailMessage(from: from, to: to, subject: notification.subject, body: notification.text))
    }
}
