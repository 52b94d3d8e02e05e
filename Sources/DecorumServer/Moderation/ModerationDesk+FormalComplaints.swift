public import DecorumCore
public import DecorumStore
import Foundation

extension ModerationDesk {
    /// Takes a complaint up under the Complaints Procedure: Decorum then tracks its acknowledgement, due 3 working
    /// days (England and Wales) after the UK day it arrived. Public replies on it are withdrawn and refused from now on.
    @discardableResult
    public func markFormalComplaint(_ id: ItemID, by person: String) async throws -> FormalComplaint {
        try await store.transaction { tx -> FormalComplaint in
            guard let item = try await tx.items.item(id) else { throw DeskError.noSuchItem(id) }
            if let existing = try await tx.formalComplaints.complaint(for: id) { return existing }
            let categories = try await tx.decisions.latest(for: id).map(Self.categories) ?? []
            guard categories.contains(.complaint) else {
                throw DeskError.notAllowed("Item \(id) was not judged a complaint, so it cannot be marked a formal complaint.")
            }
            let local = ReportCalendar.london.localDay(item.firstSeen)
            guard let received = CalendarDay(year: local.year, month: local.month, day: local.day) else {
                throw DeskError.notAllowed("Item \(id) has no arrival date Decorum can read.")
            }
            let due = ComplaintAcknowledgement.due(receivedOn: received)
            let complaint = try await tx.formalComplaints.mark(id, receivedOn: received, acknowledgeBy: due, by: person)
            var withdrawn = [String]()
            for action in try await tx.actions.list(for: id)
            where action.kind == .publicReply && (action.status == .planned || action.status == .awaitingApproval) {
                _ = try await tx.actions.cancel(action.id)
                withdrawn.append(action.id.description)
            }
            try await ItemProgress.refresh(id, in: tx)
            try await tx.audit.append(actor: person, event: "formal_complaint_marked", itemID: id, details: .object([
                ("received_on", .string(received.description)), ("acknowledge_by", .string(due.description)),
                ("public_replies_withdrawn", .array(withdrawn.map(JSONValue.string))),
            ]))
            return complaint
        }
    }

    /// Records that the complainant was sent the acknowledgement (by whatever private means the practice used).
    @discardableResult
    public func acknowledgeFormalComplaint(_ id: ItemID, by person: String) async throws -> FormalComplaint {
        try await store.transaction { tx -> FormalComplaint in
            guard let complaint = try await tx.formalComplaints.complaint(for: id) else {
                throw DeskError.notAllowed("Item \(id) is not a formal complaint.")
            }
            if complaint.isAcknowledged { return complaint }
            let acknowledged = try await tx.formalComplaints.acknowledge(id, by: person)
            let today = Self.today(store.clock.now())
            try await tx.audit.append(actor: person, event: "formal_complaint_acknowledged", itemID: id, details: .object([
                ("acknowledge_by", .string(complaint.acknowledgeBy.description)), ("on_time", .bool(today <= complaint.acknowledgeBy)),
            ]))
            return acknowledged
        }
    }

    /// The UK date now.
    static func today(_ now: Date) -> CalendarDay {
        let local = ReportCalendar.london.localDay(now)
        return CalendarDay(year: local.year, month: local.month, day: local.day) ?? CalendarDay(ordinal: Int(now.timeIntervalSince1970 / 86_400))
    }

    static func categories(_ decision: StoredDecision) -> [DecorumCore.Category] {
        guard case .array(let entries)? = try? JSONValue.parse(decision.categoriesJSON) else { return [] }
        return entries.compactMap { entry in
            guard case .object(let fields) = entry, case .string(let raw)? = fields.first(where: { $0.0 == "category" })?.1 else { return nil }
            return DecorumCore.Category(rawValue: raw)
        }
    }
}
