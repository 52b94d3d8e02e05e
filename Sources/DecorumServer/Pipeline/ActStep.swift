public import DecorumCore
public import DecorumMeta
public import DecorumStore
public import Foundation
public import Logging
import Synchronization

/// The worker's second step: carry out planned actions on the platform and record the answers.
///
/// Every attempt is counted in the store before Graph is called, so an action whose count is above zero
/// may already have reached Graph (a crash, a timeout); before repeating one, the step asks Graph whether
/// it took effect — a private reply is never sent twice, a public reply never posted twice. Graph's
/// permanent refusals are recorded as failures and raised as alerts; an expired token marks the Page, raises
/// an alert and parks the Page's actions until it is reconnected. A batch is read, begun and recorded in
/// one transaction each, with the Graph calls in between made concurrently.
public struct ActStep: Sendable {
    let graph: any GraphClient
    let tokens: any PageTokenProvider
    let metrics: DecorumMetrics?
    /// How long to wait between attempts, and how many to make before giving up.
    let retry: RetryPolicy
    /// How long an action waits before looking again for a Page token that is missing or expired.
    let tokenWait: Duration
    /// After a call timed out, the least wait before the next attempt: long enough for a call Graph was still
    /// working on to land, so the next attempt's check sees it (use about twice the client's timeout).
    let timeoutGrace: Duration
    let now: @Sendable () -> Date
    let logger: Logger
    /// The check in force for public replies (the engine's, which follows the policy).
    let replyCheck: @Sendable () -> ReplyCheck
    /// Whether each Page can be acted on, read at most once a second rather than for every batch.
    private let readinessCache = ReadinessCache()

    public init(
        graph: any GraphClient, tokens: any PageTokenProvider, metrics: DecorumMetrics? = nil,
        retry: RetryPolicy = RetryPolicy(maxAttempts: 8, baseDelay: .seconds(1), maxDelay: .seconds(300)),
        tokenWait: Duration = .seconds(60), timeoutGrace: Duration = .seconds(30), now: @escaping @Sendable () -> Date = { Date() },
        replyCheck: @escaping @Sendable () -> ReplyCheck = { ActStep.builtInReplyCheck }, logger: Logger = Logger(label: "decorum.act")
    ) {
        self.graph = graph
        self.tokens = tokens
        self.metrics = metrics
        self.retry = retry
        self.tokenWait = tokenWait
        self.timeoutGrace = timeoutGrace
        self.now = now
        self.replyCheck = replyCheck
        self.logger = logger
    }

    /// The check for the built-in guidance, for callers without an engine of their own.
    public static let builtInReplyCheck = ReplyCheck(policy: .builtIn)

    /// A single Page with one token (tests, and `decorum serve` with one Page configured).
    public init(graph: any GraphClient, token: PageToken, page: PageID, metrics: DecorumMetrics? = nil) {
        self.init(graph: graph, tokens: FixedPageTokens([page: token]), metrics: metrics)
    }

    /// What carrying out an action did.
    public enum Outcome: Sendable, Hashable {
        /// Graph did it.
        case done
        /// An earlier attempt had done it after all; nothing was sent again.
        case reconciled
        case alreadyDone
        case skipped(String)
        case failed(String)
        case retryLater(Duration?)
        /// Graph is rate limiting: the action waits this long, and the wait does not count as a failed attempt.
        case throttled(Duration)
        /// The Page has no working token; the action waits for it to be reconnected.
        case waitingForToken(String)
    }

    /// Carries out the actions of a batch of claimed `act` jobs and finishes the jobs.
    @discardableResult
    public func run(_ jobs: [Job], store: Store) async throws -> [JobID: Outcome] {
        var outcomes = [JobID: Outcome]()
        var work = [(job: Job, actionID: ActionID)]()
        for job in jobs {
            if let payload = try? ActJobPayload.decode(job.payloadJSON) {
                work.append((job, payload.actionID))
            } else {
                try await store.jobs.fail(job, error: "the act job's payload is not an action id")
                outcomes[job.id] = .skipped("unreadable payload")
            }
        }
        guard !work.isEmpty else { return outcomes }
        let actions = try await store.actions.actions(work.map(\.actionID))
        let items = try await store.items.items(Array(Set(actions.values.map(\.itemID))))

        // What each job will do: finish at once, wait for a token, or call Graph.
        var calls = [Call]()
        var immediate = [(Job, ActionID, Outcome)]()
        var pageState = [PageID: PageReadiness]()
        for (job, id) in work {
            guard let action = actions[id] else {
                immediate.append((job, id, .skipped("action \(id) is unknown")))
                continue
            }
            switch action.status {
            case .done:
                immediate.append((job, id, .alreadyDone))
                continue
            case .cancelled, .failed, .awaitingApproval:
                immediate.append((job, id, .skipped("action \(id) is \(action.status.rawValue)")))
                continue
            case .planned:
                break
            }
            let readiness: PageReadiness
            if let known = pageState[action.page] {
                readiness = known
            } else {
                readiness = try await self.readiness(of: action.page, store: store)
                pageState[action.page] = readiness
            }
            switch readiness {
            case .waiting(let why): immediate.append((job, id, .waitingForToken(why)))
            case .ready(let token):
                calls.append(Call(job: job, action: action, token: token, item: items[action.itemID]))
            }
        }

        // Count the attempts before any call goes out.
        if !calls.isEmpty {
            let begun = try await store.actions.beginAttempts(calls.map(\.action.id))
            calls = calls.map { call in
                var call = call
                call.mayHaveBeenSent = call.action.attempts > 0
                call.action = begun[call.action.id] ?? call.action
                return call
            }
        }
        return try await execute(calls, immediate: immediate, outcomes: outcomes, store: store)
    }

    /// An action its worker planned a moment ago, in the same transaction that counted its first attempt and
    /// claimed its job: nothing has been sent for it yet, so it goes straight to Graph.
    public struct Fresh: Sendable {
        public var job: Job
        public var action: StoredAction

        public init(job: Job, action: StoredAction) {
            self.job = job
            self.action = action
        }
    }

    /// Carries out actions just planned (``Fresh``), without reading them back.
    @discardableResult
    public func run(fresh: [Fresh], store: Store) async throws -> [JobID: Outcome] {
        var calls = [Call]()
        var immediate = [(Job, ActionID, Outcome)]()
        var pageState = [PageID: PageReadiness]()
        for entry in fresh {
            let readiness: PageReadiness
            if let known = pageState[entry.action.page] {
                readiness = known
            } else {
                readiness = try await self.readiness(of: entry.action.page, store: store)
                pageState[entry.action.page] = readiness
            }
            switch readiness {
            case .waiting(let why): immediate.append((entry.job, entry.action.id, .waitingForToken(why)))
            case .ready(let token): calls.append(Call(job: entry.job, action: entry.action, token: token, item: nil))
            }
        }
        return try await execute(calls, immediate: immediate, outcomes: [:], store: store)
    }

    private func execute(
        _ calls: [Call], immediate: [(Job, ActionID, Outcome)], outcomes: [JobID: Outcome], store: Store
    ) async throws -> [JobID: Outcome] {
        var outcomes = outcomes
        // Calls that may have reached Graph before are checked one at a time; the rest go in batch requests
        // (Graph's batch API), up to 50 to a request, one request per Page and token.
        var single = [Call]()
        var held = [(Call, CallResult)]()
        var batches = [[(Call, GraphAction)]]()
        var open = [String: Int]()
        let check = replyCheck()
        for call in calls {
            // A public reply that would break a confidence is held for a person, whoever wrote it.
            if !call.mayHaveBeenSent, case .publicReply(_, let text)? = Self.graphAction(call), case let problems = check.problems(in: text),
               !problems.isEmpty {
                held.append((call, .impossible(ReplyCheck.reason(problems))))
                continue
            }
            guard !call.mayHaveBeenSent, let action = Self.graphAction(call) else {
                single.append(call)
                continue
            }
            let key = call.action.page.rawValue + "\u{0}" + call.token.secret
            if let index = open[key], batches[index].count < GraphBatch.maxOperations {
                batches[index].append((call, action))
            } else {
                open[key] = batches.count
                batches.append([(call, action)])
            }
        }
        let results: [(Call, CallResult)] = await withTaskGroup(of: [(Call, CallResult)].self) { group in
            for call in single { group.addTask { [(call, await perform(call))] } }
            for batch in batches { group.addTask { await performBatch(batch) } }
            var results = held
            for await some in group { results += some }
            return results
        }

        let finishedAt = now()
        try await store.transaction { tx in
            var finished = [Job]()
            for (job, id, outcome) in immediate {
                if outcome.finishesJob { finished.append(job) } else { try await finish(job, action: id, outcome: outcome, in: tx) }
                outcomes[job.id] = outcome
            }
            // What Graph did, recorded together: the usual case (done) in a few statements for the whole batch.
            var done = [(call: Call, createdID: String?, note: String?, response: String)]()
            for (call, result) in results {
                switch result {
                case .done(let answer): done.append((call, answer.createdID, nil, answer.response))
                case .reconciled(let note): done.append((call, nil, note, #"{"reconciled":true}"#))
                case .refused, .impossible:
                    let outcome = try await record(call, result, at: finishedAt, in: tx)
                    try await finish(call.job, action: call.action.id, outcome: outcome, in: tx)
                    outcomes[call.job.id] = outcome
                }
            }
            if !done.isEmpty {
                _ = try await tx.actions.markDoneMany(done.map { ($0.call.action.id, $0.response) })
                try await tx.items.setHidden(true, for: done.filter { $0.call.action.kind == .hide }.map(\.call.action.itemID))
                try await tx.items.setHidden(false, for: done.filter { $0.call.action.kind == .unhide }.map(\.call.action.itemID))
                try await tx.items.markDeleted(done.filter { $0.call.action.kind == .delete }.map(\.call.action.itemID))
                try await tx.audit.appendMany(done.map { Self.auditEntry($0.call.action, createdID: $0.createdID, note: $0.note) })
                for entry in done {
                    outcomes[entry.call.job.id] = entry.note == nil ? .done : .reconciled
                    finished.append(entry.call.job)
                }
            }
            // A job whose lease ran out is another worker's now: that worker finds the action done and stops.
            try await tx.jobs.completeMany(finished)
            try await ItemProgress.refresh(Set(results.map(\.0.action.itemID)), in: tx)
        }
        for (call, _) in results {
            guard let outcome = outcomes[call.job.id] else { continue }
            logger.info("action", metadata: [
                "item": "\(call.action.itemID)", "action": "\(call.action.kind.rawValue)", "outcome": "\(outcome.metricName)",
                "requested_by": "\(call.action.requestedBy == "decorum" ? "decorum" : "a moderator")",
            ])
            metrics?.action(call.action.kind.rawValue, outcome: outcome.metricName)
            if outcome == .done || outcome == .reconciled, let origin = call.action.originReceivedAt {
                metrics?.webhookToAction(.milliseconds(Int64(max(0, finishedAt.timeIntervalSince(origin)) * 1000)))
            }
        }
        return outcomes
    }

    // MARK: - Readiness

    enum PageReadiness: Sendable {
        case ready(PageToken)
        case waiting(String)
    }

    /// Page readiness for a second; forgotten at once when Graph calls a token expired.
    final class ReadinessCache: Sendable {
        private let entries = Mutex<[PageID: (PageReadiness, ContinuousClock.Instant)]>([:])

        func get(_ page: PageID) -> PageReadiness? {
            entries.withLock { entries in
                guard let (readiness, at) = entries[page], ContinuousClock.now - at < .seconds(1) else { return nil }
                return readiness
            }
        }

        func set(_ page: PageID, _ readiness: PageReadiness) { entries.withLock { $0[page] = (readiness, ContinuousClock.now) } }

        func forget(_ page: PageID) { _ = entries.withLock { $0.removeValue(forKey: page) } }
    }

    private func readiness(of page: PageID, store: Store) async throws -> PageReadiness {
        if let cached = readinessCache.get(page) { return cached }
        let readiness = try await readPageReadiness(page, store: store)
        readinessCache.set(page, readiness)
        return readiness
    }

    private func readPageReadiness(_ page: PageID, store: Store) async throws -> PageReadiness {
        if let row = try await store.pages.page(page), row.tokenExpired {
            return .waiting("the Page token for page \(page) has expired; reconnect the Page")
        }
        guard let token = try await tokens.token(for: page) else {
            return .waiting("no Page token for page \(page): connect the Page (DECORUM_PAGE_ID and DECORUM_PAGE_TOKEN)")
        }
        return .ready(token)
    }

    // MARK: - Calling Graph

    private struct Call: Sendable {
        var job: Job
        var action: StoredAction
        var token: PageToken
        var item: StoredItem?
        /// An earlier attempt was begun: it may have reached Graph.
        var mayHaveBeenSent = false
    }

    private enum CallResult: Sendable {
        case done(GraphActionResult)
        case reconciled(String)
        case refused(GraphError)
        case impossible(String)
    }

    /// The Graph call that carries out the action, or nil when it cannot be made (a block without a known author).
    private static func graphAction(_ call: Call) -> GraphAction? {
        let action = call.action
        let text = action.text ?? ""
        switch action.kind {
        case .hide: return .hide(action.itemID)
        case .unhide: return .unhide(action.itemID)
        case .delete: return .delete(action.itemID)
        case .privateReply: return .privateReply(to: action.itemID, text: text)
        case .publicReply: return .publicReply(to: action.itemID, text: text)
        case .block: return call.item?.item.author?.id.map(GraphAction.block)
        }
    }

    private func performBatch(_ batch: [(Call, GraphAction)]) async -> [(Call, CallResult)] {
        guard let first = batch.first else { return [] }
        do throws(GraphError) {
            let results = try await graph.performBatch(batch.map(\.1), page: first.0.action.page, token: first.0.token)
            return zip(batch, results).map { entry, result in
                switch result {
                case .success(let answer): (entry.0, .done(answer))
                case .failure(let error): (entry.0, .refused(error))
                }
            }
        } catch {
            // The request as a whole failed (a timeout, the token): each call is refused alike.
            return batch.map { ($0.0, .refused(error)) }
        }
    }

    private func perform(_ call: Call) async -> CallResult {
        let action = call.action
        guard let graphAction = Self.graphAction(call) else {
            return .impossible("the item's author is not known, so they cannot be blocked")
        }
        do throws(GraphError) {
            if call.mayHaveBeenSent, let earlier = try await reconcile(graphAction, call: call) { return earlier }
            return .done(try await graph.perform(graphAction, page: action.page, token: call.token))
        } catch {
            if call.mayHaveBeenSent, action.kind == .privateReply, error.isAlreadyReplied {
                return .reconciled("Graph says this comment already has its private reply (an earlier attempt sent it)")
            }
            if call.mayHaveBeenSent, action.kind == .delete, error.isNoSuchObject {
                return .reconciled("Graph says the object no longer exists (an earlier attempt deleted it)")
            }
            return .refused(error)
        }
    }

    /// Asks Graph whether an earlier attempt took effect; nil when it must be (re)done.
    private func reconcile(_ action: GraphAction, call: Call) async throws(GraphError) -> CallResult? {
        switch action {
        case .block:
            return nil  // blocking twice changes nothing
        case .hide(let id), .unhide(let id):
            let wanted: Bool = if case .hide = action { true } else { false }
            guard let state = try await graph.inspect(id, token: call.token) else {
                return .impossible("the comment no longer exists, so it cannot be hidden or shown")
            }
            return state.isHidden == wanted ? .reconciled("Graph says the comment is already \(wanted ? "hidden" : "shown"): an earlier attempt did it") : nil
        case .delete(let id):
            return try await graph.inspect(id, token: call.token) == nil
                ? .reconciled("Graph says the object no longer exists: an earlier attempt deleted it") : nil
        case .privateReply(let id, _):
            guard let state = try await graph.inspect(id, token: call.token) else {
                return .impossible("the comment no longer exists, so no private reply can be sent")
            }
            if state.canReplyPrivately == false, !Self.outsideReplyWindow(call.item, now: now()) {
                return .reconciled("Graph says the comment can no longer be replied to privately: an earlier attempt sent the reply")
            }
            return nil
        case .publicReply(let id, let text):
            var threads = [id]
            if let parent = call.item?.item.parentID, call.item?.kind == .reply { threads.append(parent) }
            let wanted = text.trimmingWhitespace()
            for thread in threads {
                for comment in try await graph.comments(on: thread, limit: 500, token: call.token)
                where comment.fromID == call.action.page.rawValue && comment.message.trimmingWhitespace() == wanted {
                    return .reconciled("the Page's reply \(comment.id) is already there: an earlier attempt posted it")
                }
            }
            return nil
        }
    }

    static func outsideReplyWindow(_ item: StoredItem?, now: Date) -> Bool {
        guard let created = item?.item.createdTime, let date = ISO8601DateFormatter().date(from: created) else { return false }
        return now.timeIntervalSince(date) > 7 * 24 * 3600
    }

    // MARK: - Recording

    private func record(_ call: Call, _ result: CallResult, at time: Date, in tx: Transaction) async throws -> Outcome {
        let action = call.action
        switch result {
        case .done(let answer):
            _ = try await tx.actions.markDoneMany([(action.id, answer.response)])
            try await tx.audit.appendMany([Self.auditEntry(action, createdID: answer.createdID, note: nil)])
            return .done
        case .reconciled(let note):
            _ = try await tx.actions.markDoneMany([(action.id, #"{"reconciled":true}"#)])
            try await tx.audit.appendMany([Self.auditEntry(action, createdID: nil, note: note)])
            return .reconciled
        case .impossible(let why):
            _ = try await tx.actions.markFailed(action.id, error: why, response: nil)
            try await failed(action, why: why, in: tx)
            return .failed(why)
        case .refused(let error):
            metrics?.graphError(kind: error.kind.metricName, code: error.code)
            switch error.kind {
            case .rateLimited(let after):
                // Throttling is not failure: the action waits (longer each time) for as long as Graph asks, and never gives up.
                _ = try await tx.actions.recordAttempt(action.id, error: "\(error)")
                var random = SystemRandomNumberGenerator()
                let backoff = retry.delay(afterAttempt: call.action.attempts, using: &random)
                return .throttled(after.map { max($0, backoff) } ?? backoff)
            case .transient:
                _ = try await tx.actions.recordAttempt(action.id, error: "\(error)")
                if call.job.attempts >= retry.maxAttempts {
                    let why = "gave up after \(call.job.attempts) attempts: \(error)"
                    _ = try await tx.actions.markFailed(action.id, error: why, response: nil)
                    try await failed(action, why: why, in: tx)
                    return .failed(why)
                }
                return .retryLater(error.timedOut ? timeoutGrace : nil)
            case .tokenExpired:
                try await tx.pages.markTokenExpired(action.page)
                readinessCache.forget(action.page)
                _ = try await tx.actions.recordAttempt(action.id, error: "\(error)")
                try await tx.alerts.raise(AlertRequest(
                    kind: .tokenExpired, severity: .urgent, role: Role.practiceManager.rawValue, page: action.page,
                    message: "The Facebook Page token for page \(action.page) has expired or was revoked: Decorum cannot hide, delete or reply until the Page is reconnected.",
                    dedupeKey: "token_expired:\(action.page)"))
                logger.error("the Page token was refused as expired; actions for the Page are paused", metadata: ["page": "\(action.page)"])
                return .waitingForToken("the Page token has expired")
            case .permanent:
                let why = "\(error)"
                _ = try await tx.actions.markFailed(action.id, error: why, response: nil)
                try await failed(action, why: why, in: tx)
                return .failed(why)
            }
        }
    }

    static func auditEntry(_ action: StoredAction, createdID: String?, note: String?) -> SQLAuditLog.NewEntry {
        var details: [(String, JSONValue)] = [
            ("action", .string(action.kind.rawValue)), ("action_id", .string(action.id.description)),
            ("requested_by", .string(action.requestedBy)),
        ]
        if let createdID { details.append(("created_id", .string(createdID))) }
        if let note { details.append(("reconciled", .string(note))) }
        return SQLAuditLog.NewEntry(actor: "decorum", event: "action_done", itemID: action.itemID, details: .object(details))
    }

    private func failed(_ action: StoredAction, why: String, in tx: Transaction) async throws {
        try await tx.audit.append(actor: "decorum", event: "action_failed", itemID: action.itemID, details: .object([
            ("action", .string(action.kind.rawValue)), ("action_id", .string(action.id.description)),
            ("error", .string(String(why.prefix(300)))),
        ]))
        try await tx.alerts.raise(AlertRequest(
            kind: .actionFailed, severity: .normal, role: Role.moderator.rawValue, page: action.page, itemID: action.itemID,
            message: "Decorum could not \(action.kind.phrase) an item on the Page; it needs a person.",
            dedupeKey: "action_failed:\(action.id)"))
    }

    /// Finishes the job as the outcome says; a lost lease means another worker has the job, so this one lets go.
    private func finish(_ job: Job, action: ActionID, outcome: Outcome, in tx: Transaction) async throws {
        do {
            switch outcome {
            case .done, .reconciled, .alreadyDone, .skipped, .failed:
                try await tx.jobs.complete(job)
            case .retryLater(let after):
                var random = SystemRandomNumberGenerator()
                let jittered = retry.delay(afterAttempt: job.attempts, using: &random)
                let delay = after.map { max($0, jittered) } ?? jittered
                try await tx.jobs.retry(job, at: now().addingTimeInterval(delay.seconds), error: "Graph asked to try again later")
            case .waitingForToken(let why):
                try await tx.jobs.postpone(job, until: now().addingTimeInterval(tokenWait.seconds), reason: why)
            case .throttled(let wait):
                try await tx.jobs.postpone(job, until: now().addingTimeInterval(wait.seconds), reason: "the Graph API is rate limiting this app or Page")
            }
        } catch StoreError.leaseLost {
            logger.warning("a job's lease ran out before it finished; another worker has it", metadata: ["job": "\(job.id)"])
        }
    }
}

extension ActStep.Outcome {
    /// True when the job has nothing more to do.
    var finishesJob: Bool {
        switch self {
        case .done, .reconciled, .alreadyDone, .skipped, .failed: true
        case .retryLater, .waitingForToken, .throttled: false
        }
    }

    var metricName: String {
        switch self {
        case .done: "done"
        case .reconciled: "reconciled"
        case .alreadyDone: "already_done"
        case .skipped: "skipped"
        case .failed: "failed"
        case .retryLater: "retry"
        case .throttled: "throttled"
        case .waitingForToken: "waiting_for_token"
        }
    }
}

extension GraphError.Kind {
    var metricName: String {
        switch self {
        case .transient: "transient"
        case .rateLimited: "rate_limited"
        case .tokenExpired: "token_expired"
        case .permanent: "permanent"
        }
    }
}

extension ActionKind {
    /// The action as a verb, for sentences.
    var phrase: String {
        switch self {
        case .hide: "hide"
        case .unhide: "show again"
        case .delete: "delete"
        case .privateReply: "send a private reply to"
        case .publicReply: "reply in public to"
        case .block: "block the author of"
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
