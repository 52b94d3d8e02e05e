import DecorumCore
import DecorumStore
import Foundation

/// Open alerts for the person looking: urgent first, each naming its item and what it needs, never the
/// comment's words; the safeguarding lead and deputy, the practice manager and admins see every role's.
struct AlertsView: Sendable {
    struct Row: Sendable {
        var id: Int64
        var urgent: Bool
        var kind: String
        var role: String
        var message: String
        var itemHref: String?
        var createdAt: String
        var createdISO: String
        var waiting: String
        var escalated: String?
        var canAcknowledge: Bool
    }

    var rows: [Row]
    var hasRows: Bool
    var urgentCount: Int
    var seesAll: Bool

    static let seeingAll: Set<UserRole> = [.safeguardingLead, .deputySafeguardingLead, .practiceManager, .admin]

    static func build(store: Store, viewer: User, now: Date) async throws -> AlertsView {
        let all = try await store.alerts.open(limit: 500)
        let seesAll = seeingAll.contains(viewer.role)
        let mine = all.filter { alert in seesAll || alert.role == nil || alert.role == viewer.role.rawValue }
        let rows = mine.map { alert in
            Row(id: alert.id, urgent: alert.severity == .urgent, kind: label(alert.kind), role: alert.role.map(Labels.role) ?? "anyone on duty",
                message: alert.message, itemHref: alert.itemID.map { "/items/\(QueueView.percentEncoded($0.rawValue))" },
                createdAt: Labels.time(alert.createdAt), createdISO: Labels.isoTime(alert.createdAt), waiting: Labels.ago(alert.createdAt, now: now),
                escalated: alert.escalatedTo.map(Labels.role), canAcknowledge: true)
        }
        return AlertsView(rows: rows, hasRows: !rows.isEmpty, urgentCount: rows.filter(\.urgent).count, seesAll: seesAll)
    }

    static func label(_ kind: Alert.Kind) -> String {
        switch kind {
        case .escalation: "Needs a person"
        case .tokenExpired: "Facebook connection lost"
        case .actionFailed: "An action failed"
        }
    }
}
