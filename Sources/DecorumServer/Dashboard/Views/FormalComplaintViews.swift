import DecorumCore
import DecorumStore
import Foundation

/// The item page's panel on a complaint: take it up as a formal complaint, or where its acknowledgement stands.
struct FormalComplaintPanel: Sendable {
    var isFormal: Bool
    var canMark: Bool
    var canAcknowledge: Bool
    var status: FormalComplaintRow?

    /// Nil when the item is not a complaint and was never marked one.
    static func build(_ id: ItemID, isComplaint: Bool, store: Store, canManage: Bool, today: CalendarDay) async throws -> FormalComplaintPanel? {
        let complaint = try await store.formalComplaints.complaint(for: id)
        guard isComplaint || complaint != nil else { return nil }
        let row = complaint.map { FormalComplaintRow($0, today: today) }
        return FormalComplaintPanel(
            isFormal: complaint != nil, canMark: canManage && complaint == nil, canAcknowledge: canManage && complaint?.isAcknowledged == false,
            status: row)
    }
}

/// One formal complaint as the team reads it: when it arrived, when it must be acknowledged, and how that stands.
struct FormalComplaintRow: Sendable {
    var href: String
    var itemID: String
    var receivedOn: String
    var acknowledgeBy: String
    var state: String
    var overdue: Bool
    var acknowledged: Bool

    init(_ complaint: FormalComplaint, today: CalendarDay) {
        href = "/items/\(QueueView.percentEncoded(complaint.itemID.rawValue))"
        itemID = complaint.itemID.rawValue
        receivedOn = Self.label(complaint.receivedOn)
        acknowledgeBy = Self.label(complaint.acknowledgeBy)
        acknowledged = complaint.isAcknowledged
        if let at = complaint.acknowledgedAt {
            overdue = false
            state = "Acknowledged by \(complaint.acknowledgedBy ?? "someone"), \(Labels.time(at))"
        } else if today > complaint.acknowledgeBy {
            overdue = true
            let late = WorkingDays.count(after: complaint.acknowledgeBy, through: today)
            state = "Overdue: the acknowledgement was due by \(acknowledgeBy)" + (late > 0 ? " (\(late) working day\(late == 1 ? "" : "s") late)" : "")
        } else {
            overdue = false
            let left = WorkingDays.count(after: today, through: complaint.acknowledgeBy) + (WorkingDays.isWorkingDay(today) ? 1 : 0)
            state = today == complaint.acknowledgeBy ? "Acknowledge today (\(acknowledgeBy))"
                : "Acknowledge by \(acknowledgeBy): \(left) working day\(left == 1 ? "" : "s") left, today included"
        }
    }

    /// "Fri 4 Dec 2026".
    static func label(_ day: CalendarDay) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekdays[day.weekday - 1]) \(day.day) \(months[day.month - 1]) \(day.year)"
    }
}

/// `/complaints`: formal complaints still owed an acknowledgement, soonest first.
struct FormalComplaintsView: Sendable {
    var rows: [FormalComplaintRow]
    var hasRows: Bool
    var overdueCount: Int

    static func build(store: Store, today: CalendarDay) async throws -> FormalComplaintsView {
        let rows = try await store.formalComplaints.awaitingAcknowledgement().map { FormalComplaintRow($0, today: today) }
        return FormalComplaintsView(rows: rows, hasRows: !rows.isEmpty, overdueCount: rows.filter(\.overdue).count)
    }
}
