public import DecorumCore
public import DecorumStore
import Foundation

/// What a person can do to an item: approve what Decorum proposes, dismiss it, or choose another action.
/// The API and the dashboard both go through here, so every such decision is audited the same way.
public struct ModerationDesk: Sendable {
    let store: Store
    let signal: WorkSignal?
    /// The check a public reply must pass: refused here at once, rather than held when it is sent.
    let replyCheck: @Sendable () -> ReplyCheck

    public init(store: Store, signal: WorkSignal? = nil, replyCheck: @escaping @Sendable () -> ReplyCheck = { ActStep.builtInReplyCheck }) {
        self.store = store
        self.signal = signal
        self.replyCheck = replyCheck
    }

    /// Refuses a public reply that would break a confidence, saying why.
    func checkPublicReply(_ text: String) throws(DeskError) {
        let problems = replyCheck().problems(in: text)
        if !problems.isEmpty { throw DeskError.replyHeld(ReplyCheck.reason(problems)) }
    }

    /// Approves every action waiting for a moderator, or, for an item Decorum only queued for review,
    /// records that a person looked and agrees. Returns the item's actions afterwards.
    @discardableResult
    public func approve(_ id: ItemID, by person: String, note: String? = nil) async throws -> [StoredAction] {
        let actions = try await store.transaction { tx -> [StoredAction] in
            guard let item = try await tx.items.item(id) else { throw DeskError.noSuchItem(id) }
            let waiting = try await tx.actions.list(for: id).filter { $0.status == .awaitingApproval }
            for action in waiting where action.kind == .publicReply { try checkPublicReply(action.text ?? "") }
            if waiting.isEmpty {
                guard item.status == .inReview else { throw DeskError.nothingToApprove(id, status: item.status) }
                try await tx.items.setStatus(.resolved, for: id)
            }
            for action in waiting {
                let approved = try await tx.actions.approve(action.id, by: person)
                try await tx.jobs.enqueue(kind: IngestStep.actJob, payload: ActJobPayload(action: approved.id).encoded(),
                                          dedupeKey: "act:" + approved.idempotencyKey, runAt: nil)
            }
            try await ItemProgress.refresh(id, in: tx)
            var details: [(String, JSONValue)] = [("approved", .array(waiting.map { .string($0.kind.rawValue) }))]
            if let note { details.append(("note", .string(String(note.prefix(2000))))) }
            try await tx.audit.append(actor: person, event: "approved", itemID: id, details: .object(details))
            return try await tx.actions.list(for: id)
        }
        signal?.notify()
        return actions
    }

    /// Overrides Decorum: withdraws what is waiting or planned, shows the item again if Decorum hid it,
    /// and closes it. A reason is required.
    @discardableResult
    public func dismiss(_ id: ItemID, by person: String, reason: String) async throws -> [StoredAction] {
        let reason = try Self.required(reason)
        let actions = try await store.transaction { tx -> [StoredAction] in
            guard let item = try await tx.items.item(id) else { throw DeskError.noSuchItem(id) }
            let existing = try await tx.actions.list(for: id)
            var withdrawn = [String]()
            for action in existing where action.status == .planned || action.status == .awaitingApproval {
                _ = try await tx.actions.cancel(action.id)
                withdrawn.append(action.kind.rawValue)
            }
            let lastVisibility = existing.last { ($0.kind == .hide || $0.kind == .unhide) && $0.status == .done }
            var shown = false
            if item.isHidden, !item.isDeleted, lastVisibility?.kind == .hide {
                try await plan(.unhide, on: item, by: person, reason: reason, payload: [:],
                               key: "\(id):unhide:dismissed:\(existing.count)", in: tx)
                shown = true
            }
            try await tx.items.setStatus(.resolved, for: id)
            try await ItemProgress.refresh(id, in: tx)
            try await tx.audit.append(actor: person, event: "overridden", itemID: id, details: .object([
                ("reason", .string(reason)), ("withdrawn", .array(withdrawn.map { .string($0) })), ("shown_again", .bool(shown)),
            ]))
            return try await tx.actions.list(for: id)
        }
        signal?.notify()
        return actions
    }

    /// A person's own choice of action on the item, with their reason. `idempotencyKey` (a client's
    /// `Idempotency-Key`) makes a repeated request do nothing more.
    @discardableResult
    public func request(
        _ kind: ActionKind, on id: ItemID, by person: String, reason: String, text: String? = nil, idempotencyKey: String? = nil
    ) async throws -> StoredAction {
        let reason = try Self.required(reason)
        var payload = [String: String]()
        if kind == .privateReply || kind == .publicReply {
            guard let text = text?.trimmingWhitespace(), !text.isEmpty else { throw DeskError.textRequired(kind) }
            if kind == .publicReply { try checkPublicReply(text) }
            payload["text"] = String(text.prefix(2000))
        }
        let action = try await store.transaction { tx -> StoredAction in
            guard let item = try await tx.items.item(id) else { throw DeskError.noSuchItem(id) }
            if item.item.fromPage { throw DeskError.notAllowed("Item \(id) is the practice's own; Decorum does not act on it.") }
            if item.isDeleted && kind != .block { throw DeskError.notAllowed("Item \(id) was deleted from the Page; only its author can still be blocked.") }
            if kind == .publicReply, try await tx.formalComplaints.complaint(for: id) != nil {
                throw DeskError.notAllowed("Item \(id) is a formal complaint: it is never answered in public. Reply privately, or through the Complaints Procedure.")
            }
            let existing = try await tx.actions.list(for: id)
            let key: String
            if kind == .privateReply {
                if existing.contains(where: { $0.kind == .privateReply && $0.status != .cancelled }) {
                    throw DeskError.alreadyPlanned(id, kind)
                }
                key = "\(id):private_reply"
            } else if let idempotencyKey {
                key = "client:\(idempotencyKey.prefix(200))"
            } else {
                key = "\(id):\(kind.rawValue):moderator:\(existing.count)"
            }
            let stored = try await plan(kind, on: item, by: person, reason: reason, payload: payload, key: key, in: tx)
            try await tx.items.setStatus(.resolved, for: id)
            try await ItemProgress.refresh(id, in: tx)
            try await tx.audit.append(actor: person, event: "moderator_action", itemID: id, details: .object([
                ("action", .string(kind.rawValue)), ("action_id", .string(stored.id.description)), ("reason", .string(reason)),
            ]))
            return stored
        }
        signal?.notify()
        return action
    }

    @discardableResult
    private func plan(
        _ kind: ActionKind, on item: StoredItem, by person: String, reason: String, payload: [String: String], key: String,
        in tx: Transaction
    ) async throws -> StoredAction {
        let json = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
        let stored = try await tx.actions.plan(
            ActionRequest(itemID: item.item.id, page: item.page, kind: kind, payloadJSON: json, requestedBy: person, reason: reason),
            idempotencyKey: key)
        if stored.status == .planned {
            try await tx.jobs.enqueue(kind: IngestStep.actJob, payload: ActJobPayload(action: stored.id).encoded(),
                                      dedupeKey: "act:" + key, runAt: nil)
        }
        return stored
    }

    private static func required(_ reason: String) throws(DeskError) -> String {
        let trimmed = reason.trimmingWhitespace()
        guard trimmed.count >= 3 else { throw .reasonRequired }
        return String(trimmed.prefix(2000))
    }
}
