/// Every migration Decorum knows, oldest first. Append new ones; never edit one that has shipped.
enum Migrations {
    static let all: [Migration] = [
        .initialSchema, .moderationFlow, .dashboard, .notifications, .notificationRetries, .governance, .formalComplaints,
    ]
}
