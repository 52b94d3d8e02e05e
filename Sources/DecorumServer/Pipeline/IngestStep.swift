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

    let engine: EngineHolder

    public init(moderator: Moderator, modelVersion: String) {
        engine = EngineHolder(moderator: moderator, modelVersion: modelVersion)
    }

    /// A step that judges with whatever engine `engine` holds when each batch starts.
    public init(engine: EngineHolder) {
        self.engine = engine
    }

    var moderator: Moderator { engine.current.moderator }
    var modelVersion: String { engine.current.modelVersion }

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
        try await run([envelope], in: tx).outcomes[0]
    }

    /// The engine's judgements of a batch, made before its transaction so the database is not held while the
    /// engine works: keyed by the envelope's position.
    public func prejudge(_ envelopes: [ChangeEnvelope]) -> [Int: Judgement] {
        let moderator = engine.current.moderator
        var judgements = [Int: Judgement]()
        for (index, envelope) in envelopes.enumerated() where (envelope.verb == "add" || envelope.verb == "edited") && !envelope.item.fromPage {
            judgements[index] = moderator.judge(envelope.item)
        }
        return judgements
    }

    /// What ingesting a batch did, and the act jobs it added already claimed (when asked to claim them).
    public struct BatchResult: Sendable {
        public var outcomes: [Outcome]
        public var claimed: [ActStep.Fresh]
    }

    /// Ingests a batch of changes in one transaction, in a few statements whatever its size; outcomes in
    /// the order given. A batch that names an item twice is taken one change at a time, in order.
    /// `judgements` are the batch's ``prejudge(_:)``; missing ones are made here. With `worker`, the act jobs
    /// are added claimed by it, for it to carry out straight after the commit.
    public func run(
        _ envelopes: [ChangeEnvelope], judgements: [Int: Judgement] = [:], in tx: Transaction, claimingFor worker: String? = nil,
        lease: Duration = .seconds(60)
    ) async throws -> BatchResult {
        if Set(envelopes.map(\.item.id)).count < envelopes.count, envelopes.count > 1 {
            var result = BatchResult(outcomes: [], claimed: [])
            for (index, envelope) in envelopes.enumerated() {
                let one = try await run([envelope], judgements: judgements[index].map { [0: $0] } ?? [:], in: tx, claimingFor: worker,
                                        lease: lease)
                result.outcomes += one.outcomes
                result.claimed += one.claimed
            }
            return result
        }
        var outcomes = [Outcome?](repeating: nil, count: envelopes.count)
        var judging = [(index: Int, envelope: ChangeEnvelope)]()
        for (index, envelope) in envelopes.enumerated() {
            switch envelope.verb {
            case "add", "edited": judging.append((index, envelope))
            case "remove", "hide", "unhide": outcomes[index] = try await recordPlatformChange(envelope, in: tx)
            default: outcomes[index] = .notJudged(verb: envelope.verb)
            }
        }
        var claimed = [ActStep.Fresh]()
        if !judging.isEmpty {
            let (judged, jobs) = try await judge(judging.map(\.envelope), judgements: judging.map { judgements[$0.index] }, in: tx,
                                                 claimingFor: worker, lease: lease)
            for (index, outcome) in zip(judging.map(\.index), judged) { outcomes[index] = outcome }
            claimed = jobs
        }
        return BatchResult(outcomes: outcomes.map { $0! }, claimed: claimed)
    }

    /// New and edited items (each once): stored, judged, their decisions recorded, actions planned and
    /// queued, alerts raised, statuses set and the audit written, a statement or two for each of those steps.
    private func judge(
        _ envelopes: [ChangeEnvelope], judgements: [Judgement?], in tx: Transaction, claimingFor worker: String?, lease: Duration
    ) async throws -> ([Outcome], [ActStep.Fresh]) {
        let engine = self.engine.current
        let moderator = engine.moderator, planner = engine.planner, modelVersion = engine.modelVersion
        let revisions = try await tx.items.recordRevisions(envelopes.map {
            SQLItemRepository.Received(item: $0.item, page: $0.page, kind: $0.kind, raw: $0.raw)
        })
        var outcomes = [Outcome]()
        var judged = [(envelope: ChangeEnvelope, judgement: Judgement, planned: [PlannedAction], revision: Int)]()
        for (position, (envelope, revisionOutcome)) in zip(envelopes, revisions).enumerated() {
            let revision: Int
            switch revisionOutcome {
            case .unchanged:
                outcomes.append(.unchanged)
                continue
            case .new: revision = 1
            case .edited(let r): revision = r
            }
            if envelope.item.fromPage {
                outcomes.append(.fromPage(kind: envelope.kind))
                continue
            }
            let judgement = judgements[position] ?? moderator.judge(envelope.item)
            var planned = planner.plan(item: envelope.item, decision: judgement.decision, revision: revision)
            // An edit that now meets the code shows the comment again, if Decorum was the one that hid it.
            if revision > 1, judgement.decision.action == .allow, try await tx.items.item(envelope.item.id)?.isHidden == true,
               try await hiddenByDecorum(envelope.item.id, in: tx) {
                planned.append(PlannedAction(kind: .unhide, itemID: envelope.item.id, idempotencyKey: "\(envelope.item.id):unhide:\(revision)",
                                             awaitsApproval: false, rule: judgement.decision.rules.first))
            }
            judged.append((envelope, judgement, planned, revision))
            outcomes.append(.judged(item: envelope.item.id, kind: envelope.kind, categories: judgement.categories.map(\.category),
                                    action: judgement.decision.action, planned: planned.count))
        }
        guard !judged.isEmpty else { return (outcomes, []) }
        try await tx.decisions.recordMany(judged.map(\.judgement), modelVersion: modelVersion)

        var requests = [(request: ActionRequest, idempotencyKey: String)]()
        for entry in judged {
            let received = entry.envelope.receivedAt.map { Date(timeIntervalSince1970: Double($0) / 1000) }
            for action in entry.planned {
                guard let kind = ActionKind(rawValue: action.kind.rawValue) else { continue }
                var payload: [(String, JSONValue)] = []
                if let text = action.text { payload.append(("text", .string(text))) }
                if let rule = action.rule { payload.append(("rule", .string(rule.rawValue))) }
                requests.append((ActionRequest(itemID: action.itemID, page: entry.envelope.page, kind: kind,
                                               payloadJSON: JSONValue.object(payload).serialized(), needsApproval: action.awaitsApproval,
                                               originReceivedAt: received), action.idempotencyKey))
            }
        }
        // New actions for a worker that will send them at once are stored with that first attempt counted, and
        // their jobs added already claimed by it: no read-back, no claim, before the Graph calls.
        let planned = try await tx.actions.planMany(requests, countingFirstAttempt: worker != nil)
        let stored = planned.map(\.action)
        func job(_ action: StoredAction) -> SQLJobQueue.NewJob {
            SQLJobQueue.NewJob(kind: Self.actJob, payload: ActJobPayload(action: action.id).encoded(), dedupeKey: "act:" + action.idempotencyKey)
        }
        let fresh = planned.filter { $0.isNew && $0.action.status == .planned }.map(\.action)
        let claimedJobs = try await tx.jobs.enqueueMany(fresh.map(job), claimedBy: worker, lease: lease)
        // Actions planned before (an edit's earlier reply) keep their own jobs; this adds any that went missing.
        try await tx.jobs.enqueueMany(planned.filter { !$0.isNew && $0.action.status == .planned }.map { job($0.action) })
        let storedByItem = Dictionary(grouping: stored, by: \.itemID)
        let freshByJobKey = Dictionary(fresh.map { ("act:" + $0.idempotencyKey, $0) }, uniquingKeysWith: { first, _ in first })
        let claimed = claimedJobs.compactMap { job in job.dedupeKey.flatMap { freshByJobKey[$0] }.map { ActStep.Fresh(job: job, action: $0) } }

        var alerts = [AlertRequest]()
        var statuses = [ItemID: ItemStatus]()
        var audit = [SQLAuditLog.NewEntry]()
        for entry in judged {
            let id = entry.envelope.item.id
            alerts += alertRequests(for: entry.judgement, envelope: entry.envelope, policy: moderator.policy)
            // The actions just planned are the ones since this decision: the status follows from them alone.
            statuses[id] = ItemProgress.status(current: .judged, decision: entry.judgement.decision.action, actions: storedByItem[id] ?? [])
            audit.append(SQLAuditLog.NewEntry(actor: "decorum", event: "judged", itemID: id,
                                              details: auditDetails(entry.judgement, planned: entry.planned, revision: entry.revision,
                                                                    modelVersion: modelVersion)))
        }
        try await tx.alerts.raiseMany(alerts)
        try await tx.items.setStatuses(statuses)
        try await tx.audit.appendMany(audit)
        return (outcomes, worker == nil ? [] : claimed)
    }

    private func auditDetails(_ judgement: Judgement, planned: [PlannedAction], revision: Int, modelVersion: String) -> JSONValue {
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
        return .object(details)
    }

    private func hiddenByDecorum(_ id: ItemID, in tx: Transaction) async throws -> Bool {
        let actions = try await tx.actions.list(for: id)
        guard let lastVisibility = actions.last(where: { ($0.kind == .hide || $0.kind == .unhide) && $0.status == .done }) else {
            return false
        }
        return lastVisibility.kind == .hide && lastVisibility.requestedBy == "decorum"
    }

    /// The policy's escalations as alerts: they name the item and the clause, never the text. No dedupe key:
    /// a revision is judged once (its transaction commits whole or not at all), so these never repeat.
    private func alertRequests(for judgement: Judgement, envelope: ChangeEnvelope, policy: Policy) -> [AlertRequest] {
        let rule = judgement.decision.rules.first.flatMap { policy.rule(id: $0) }
        let clause = rule.map { r in r.clauseNumber.map { "clause \($0) (\(r.title))" } ?? r.title } ?? "the code of conduct"
        let safeguarding = judgement.categories.contains { $0.category == .safeguarding }
        return judgement.decision.escalations.map { escalation in
            var message = "A \(envelope.kind.rawValue) on the Page needs the \(escalation.role.title)"
            message += escalation.urgency == .urgent ? " now" : ""
            message += safeguarding && escalation.role == .safeguardingLead ? ": a possible safeguarding concern" : ": \(clause)"
            if let note = escalation.note { message += ". \(note)" }
            return AlertRequest(
                kind: .escalation, severity: escalation.urgency == .urgent ? .urgent : .normal, role: escalation.role.rawValue,
                page: envelope.page, itemID: envelope.item.id, message: message)
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
