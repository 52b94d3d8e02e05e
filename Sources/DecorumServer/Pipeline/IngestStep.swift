public import DecorumCore
public import DecorumStore
import Foundation

/// The worker's first step for a received change: store the revision, and for a new or edited
/// visitor comment judge it, record the decision with its evidence, plan the platform actions, raise the
/// alerts the policy asks for and set the item's status — all in one transaction, so a crash leaves either
/// nothing or all of it. Actions that need no approval are queued to be carried out; the practice's own
/// posts are stored and never judged. Removals and hides done on the platform are recorded.
public struct IngestStep: Sendable {
    /// The job that carries out one planned action.
    public static var actJob: JobKind { "act" }

    let moderator: Moderator
    let planner: ActionPlanner
    let modelVersion: String

    public init(moderator: Moderator, modelVersion: String) {
        self.moderator = moderator
        planner = ActionPlanner(policy: moderator.policy)
        self.modelVersion = modelVersion
    }

    /// What ingesting one change did.
    public enum Outcome: Sendable, Hashable {
        case unchanged
        case fromPage(kind: ItemKind)
        case notJudged(verb: String)
        /// The platform says the item was removed, hidden or shown again (by its author, the Page or Decorum).
        case platformChange(verb: String)
        case judged(item: ItemID, kind: ItemKind, categories: [Category], action: Action, planned: Int)
    }

    public func run(_ envelope: ChangeEnvelope, in tx: Transaction) async throws -> Outcome {
        switch envelope.verb {
        case "add", "edited":
            return try await judge(envelope, in: tx)
        case "remove", "hide", "unhide":
            return try await recordPlatformChange(envelope, in: tx)
        default:
            return .notJudged(verb: envelope.verb)
        }
    }

    private func judge(_ envelope: ChangeEnvelope, in tx: Transaction) async throws -> Outcome {
        let outcome = try await tx.items.recordRevision(envelope.item, page: envelope.page, kind: envelope.kind, raw: envelope.raw)
        let revision: Int
        switch outcome {
        case .unchanged: return .unchanged
        case .new: revision = 1
        case .edited(let r): revision = r
        }
        if envelope.item.fromPage { return .fromPage(kind: envelope.kind) }
        let judgement = moderator.judge(envelope.item)
        _ = try await tx.decisions.record(judgement, modelVersion: modelVersion)
        var planned = planner.plan(item: envelope.item, decision: judgement.decision, revision: revision)
        // An edit that now meets the code shows the comment again, if Decorum was the one that hid it.
        if revision > 1, judgement.decision.action == .allow, try await tx.items.item(envelope.item.id)?.isHidden == true,
           try await hiddenByDecorum(envelope.item.id, in: tx) {
            planned.append(PlannedAction(kind: .unhide, itemID: envelope.item.id, idempotencyKey: "\(envelope.item.id):unhide:\(revision)",
                                         awaitsApproval: false, rule: judgement.decision.rules.first))
        }
        let received = envelope.receivedAt.map { Date(timeIntervalSince1970: Double($0) / 1000) }
        var stored = [StoredAction]()
        for action in planned {
            guard let kind = ActionKind(rawValue: action.kind.rawValue) else { continue }
            var payload: [String: String] = [:]
            if let text = action.text { payload["text"] = text }
            if let rule = action.rule { payload["rule"] = rule.rawValue }
            let json = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
            let action = try await tx.actions.plan(
                ActionRequest(itemID: action.itemID, page: envelope.page, kind: kind, payloadJSON: json,
                              needsApproval: action.awaitsApproval, originReceivedAt: received),
                idempotencyKey: action.idempotencyKey)
            stored.append(action)
            if action.status == .planned {
                _ = try await tx.jobs.enqueue(kind: Self.actJob, payload: ActJobPayload(action: action.id).encoded(),
                                              dedupeKey: "act:" + action.idempotencyKey, runAt: nil)
            }
        }
        try await raiseAlerts(for: judgement, envelope: envelope, in: tx)
        // The actions just planned are the ones since this decision: the status follows from them alone.
        try await tx.items.setStatus(ItemProgress.status(current: .judged, decision: judgement.decision.action, actions: stored),
                                     for: envelope.item.id)
        var details: [(String, JSONValue)] = [
            ("revision", .int(revision)),
            ("action", .string(judgement.decision.action.rawValue)),
            ("categories", .array(judgement.categories.map { .string($0.category.rawValue) })),
            ("rules", .array(judgement.decision.rules.map { .string($0.rawValue) })),
            ("planned", .array(planned.map { .string($0.kind.rawValue + ($0.awaitsApproval ? " (awaiting approval)" : "")) })),
            ("policy_version", .string(judgement.decision.policyVersion)),
            ("model_version", .string(modelVersion)),
        ]
        if !judgement.decision.observed.isEmpty {
            // Rules in observe mode: what they would have done, so the practice can judge them before switching them on.
            details.append(("observed", .array(judgement.decision.observed.map { observed in
                .object([
                    ("rule", .string(observed.rule.rawValue)), ("would_action", .string(observed.wouldAction.rawValue)),
                    ("would_reply", .array(observed.wouldReplies.map { .string($0.channel.rawValue) })),
                    ("would_escalate", .array(observed.wouldEscalate.map { .string($0.role.rawValue) })),
                ])
            })))
        }
        try await tx.audit.append(actor: "decorum", event: "judged", itemID: envelope.item.id, details: .object(details))
        return .judged(item: envelope.item.id, kind: envelope.kind, categories: judgement.categories.map(\.category),
                       action: judgement.decision.action, planned: planned.count)
    }

    private func hiddenByDecorum(_ id: ItemID, in tx: Transaction) async throws -> Bool {
        let actions = try await tx.actions.list(for: id)
        guard let lastVisibility = actions.last(where: { ($0.kind == .hide || $0.kind == .unhide) && $0.status == .done }) else {
            return false
        }
        return lastVisibility.kind == .hide && lastVisibility.requestedBy == "decorum"
    }

    /// The policy's escalations as alerts: they name the item and the clause, never the text.
    private func raiseAlerts(for judgement: Judgement, envelope: ChangeEnvelope, in tx: Transaction) async throws {
        let rule = judgement.decision.rules.first.flatMap { moderator.policy.rule(id: $0) }
        let clause = rule.map { r in r.clauseNumber.map { "clause \($0) (\(r.title))" } ?? r.title } ?? "the code of conduct"
        let safeguarding = judgement.categories.contains { $0.category == .safeguarding }
        for escalation in judgement.decision.escalations {
            var message = "A \(envelope.kind.rawValue) on the Page needs the \(escalation.role.title)"
            message += escalation.urgency == .urgent ? " now" : ""
            message += safeguarding && escalation.role == .safeguardingLead ? ": a possible safeguarding concern" : ": \(clause)"
            if let note = escalation.note { message += ". \(note)" }
            // No dedupe key: a revision is judged once (its transaction commits whole or not at all), so this never repeats.
            try await tx.alerts.raise(AlertRequest(
                kind: .escalation, severity: escalation.urgency == .urgent ? .urgent : .normal, role: escalation.role.rawValue,
                page: envelope.page, itemID: envelope.item.id, message: message))
        }
    }

    /// The platform's own news about an item: recorded, and planned actions that can no longer be done withdrawn.
    private func recordPlatformChange(_ envelope: ChangeEnvelope, in tx: Transaction) async throws -> Outcome {
        let id = envelope.item.id
        guard let stored = try await tx.items.item(id) else { return .notJudged(verb: envelope.verb) }
        // What the platform now reports is what a planned action of that kind was for: it is done (perhaps by an
        // attempt that never got to record its answer). Anything else planned for a removed item can no longer be done.
        let confirmed: ActionKind = switch envelope.verb {
        case "remove": .delete
        case "hide": .hide
        default: .unhide
        }
        for action in try await tx.actions.list(for: id) where action.status == .planned {
            if action.kind == confirmed {
                _ = try await tx.actions.markDone(action.id, response: #"{"confirmed_by_webhook":"\#(envelope.verb)"}"#)
            } else if envelope.verb == "remove" && action.kind != .block {
                _ = try await tx.actions.cancel(action.id)  // an author can still be blocked after their comment has gone
            }
        }
        if envelope.verb == "remove" {
            for action in try await tx.actions.list(for: id) where action.status == .awaitingApproval {
                _ = try await tx.actions.cancel(action.id)
            }
        }
        switch envelope.verb {
        case "remove":
            guard !stored.isDeleted else { return .unchanged }
            try await tx.items.markDeleted(id)
        default:
            let hidden = envelope.verb == "hide"
            guard stored.isHidden != hidden else { return .unchanged }
            try await tx.items.setHidden(hidden, for: id)
        }
        try await ItemProgress.refresh(id, in: tx)
        try await tx.audit.append(actor: "platform", event: "platform_\(envelope.verb)", itemID: id, details: .object([
            ("verb", .string(envelope.verb)),
        ]))
        return .platformChange(verb: envelope.verb)
    }
}
