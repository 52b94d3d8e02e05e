public import DecorumCore
public import DecorumStore
import Foundation

/// The worker's first step for a received change: store the revision, and for a new or edited
/// visitor comment judge it, record the decision with its evidence, and plan the platform actions —
/// all in one transaction, so a crash leaves either nothing or all of it. Actions that need no
/// approval are queued to be carried out; the practice's own posts are stored and never judged.
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
        case fromPage
        case notJudged(verb: String)
        case judged(action: Action, planned: Int)
    }

    public func run(_ envelope: ChangeEnvelope, in tx: Transaction) async throws -> Outcome {
        guard envelope.verb == "add" || envelope.verb == "edited" else {
            return .notJudged(verb: envelope.verb)
        }
        let outcome = try await tx.items.recordRevision(envelope.item, page: envelope.page, kind: envelope.kind, raw: envelope.raw)
        let revision: Int
        switch outcome {
        case .unchanged: return .unchanged
        case .new: revision = 1
        case .edited(let r): revision = r
        }
        if envelope.item.fromPage { return .fromPage }
        let judgement = moderator.judge(envelope.item)
        _ = try await tx.decisions.record(judgement, modelVersion: modelVersion)
        let planned = planner.plan(item: envelope.item, decision: judgement.decision, revision: revision)
        for action in planned {
            guard let kind = ActionKind(rawValue: action.kind.rawValue) else { continue }
            var payload: [String: String] = [:]
            if let text = action.text { payload["text"] = text }
            if let rule = action.rule { payload["rule"] = rule.rawValue }
            let json = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
            let stored = try await tx.actions.plan(
                ActionRequest(itemID: action.itemID, page: envelope.page, kind: kind, payloadJSON: json, needsApproval: action.awaitsApproval),
                idempotencyKey: action.idempotencyKey)
            if !action.awaitsApproval {
                _ = try await tx.jobs.enqueue(kind: Self.actJob, payload: stored.id.description, dedupeKey: "act:" + action.idempotencyKey, runAt: nil)
            }
        }
        try await tx.audit.append(actor: "decorum", event: "judged", itemID: envelope.item.id, details: .object([
            ("action", .string(judgement.decision.action.rawValue)),
            ("categories", .array(judgement.categories.map { .string($0.category.rawValue) })),
            ("rules", .array(judgement.decision.rules.map { .string($0.rawValue) })),
            ("policy_version", .string(judgement.decision.policyVersion)),
        ]))
        return .judged(action: judgement.decision.action, planned: planned.count)
    }
}
