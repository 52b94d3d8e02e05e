import DecorumCore
public import DecorumStore
import Foundation
public import Logging
public import ServiceLifecycle
public import DecorumMeta

/// Takes jobs from the durable queue in batches and runs them: judge received changes, carry out planned
/// actions. Several workers, in one process or many sharing a PostgreSQL database, each get a job exactly
/// once. An idle worker sleeps until the webhook route signals new work (or a short poll finds some from
/// another process). On graceful shutdown it stops claiming and finishes the batch it holds; a crashed
/// worker's jobs come back when their leases end.
public struct ModerationWorker: Service {
    let store: Store
    let ingest: IngestStep
    let act: ActStep
    let name: String
    let lease: Duration
    let idle: Duration
    let batchSize: Int
    let retry: RetryPolicy
    let signal: WorkSignal
    let metrics: DecorumMetrics?
    let kinds: [JobKind]?
    let fresh: FreshWork?
    let logger: Logger

    public init(
        store: Store, ingest: IngestStep, act: ActStep, name: String, lease: Duration = .seconds(60),
        idle: Duration = .milliseconds(250), batchSize: Int = 32,
        retry: RetryPolicy = RetryPolicy(maxAttempts: 8, baseDelay: .seconds(1), maxDelay: .seconds(300)),
        signal: WorkSignal = WorkSignal(), metrics: DecorumMetrics? = nil, kinds: [JobKind]? = nil, fresh: FreshWork? = nil,
        logger: Logger
    ) {
        self.store = store
        self.ingest = ingest
        self.act = act
        self.name = name
        self.lease = lease
        self.idle = idle
        self.batchSize = batchSize
        self.retry = retry
        self.signal = signal
        self.metrics = metrics
        self.kinds = kinds
        self.fresh = fresh
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let generation = signal.generation
            let worked: Bool
            do {
                worked = try await runOnce()
            } catch {
                // The database is unreachable or refused: wait a little rather than spin.
                logger.error("the worker could not take jobs", metadata: ["error": "\(String(describing: error).prefix(300))"])
                worked = false
            }
            if !worked { await signal.wait(after: generation, upTo: idle) }
        }
    }

    /// Claims and runs one batch of jobs; false when there was none.
    @discardableResult
    public func runOnce() async throws -> Bool {
        // Actions the webhook route planned a moment ago, already claimed for this process: sent first.
        if let fresh, case let work = fresh.take(batchSize), !work.isEmpty {
            do {
                try await act.run(fresh: work, store: store)
            } catch {
                logger.error("carrying out actions failed", metadata: ["jobs": "\(work.count)", "error": "\(String(describing: error).prefix(300))"])
                for entry in work { try? await retryOrFail(entry.job, error: String(describing: error)) }
            }
            return true
        }
        let jobs = try await store.jobs.claim(worker: name, lease: lease, limit: batchSize, kinds: kinds)
        guard !jobs.isEmpty else { return false }
        var ingestJobs = [Job]()
        var actJobs = [Job]()
        for job in jobs {
            switch job.kind {
            case WebhookController<DecorumRequestContext>.ingestJob: ingestJobs.append(job)
            case IngestStep.actJob: actJobs.append(job)
            default: try await store.jobs.fail(job, error: "unknown job kind \(job.kind)")
            }
        }
        if !ingestJobs.isEmpty { await runIngest(ingestJobs) }
        if !actJobs.isEmpty {
            do {
                try await act.run(actJobs, store: store)
            } catch {
                logger.error("carrying out actions failed", metadata: ["jobs": "\(actJobs.count)", "error": "\(String(describing: error).prefix(300))"])
                for job in actJobs { try? await retryOrFail(job, error: String(describing: error)) }
            }
        }
        return true
    }

    /// Judges the batch in one transaction (the engine's work done before it, so the database is held only for
    /// the writes), then carries out the actions it planned straight away; if any of it fails, each job is
    /// tried alone so one bad change cannot hold back the others.
    private func runIngest(_ jobs: [Job]) async {
        var claimed = [ActStep.Fresh]()
        do {
            let envelopes = try jobs.map { try ChangeEnvelope.decode($0.payloadJSON) }
            let judgements = ingest.prejudge(envelopes)
            let result = try await store.transaction { tx in
                let result = try await ingest.run(envelopes, judgements: judgements, in: tx, claimingFor: name, lease: lease)
                // A job whose lease ran out is another worker's now; it will find these items stored and change nothing.
                try await tx.jobs.completeMany(jobs)
                return result
            }
            result.outcomes.forEach(count)
            claimed = result.claimed
        } catch {
            if jobs.count == 1 {
                logger.error("judging a change failed", metadata: ["job": "\(jobs[0].id)", "error": "\(String(describing: error).prefix(300))"])
                try? await retryOrFail(jobs[0], error: String(describing: error))
                return
            }
            for job in jobs { await runIngest([job]) }
            return
        }
        guard !claimed.isEmpty else { return }
        do {
            try await act.run(fresh: claimed, store: store)
        } catch {
            logger.error("carrying out actions failed", metadata: ["jobs": "\(claimed.count)", "error": "\(String(describing: error).prefix(300))"])
            for entry in claimed { try? await retryOrFail(entry.job, error: String(describing: error)) }
        }
    }

    private func count(_ outcome: IngestStep.Outcome) {
        Self.count(outcome, metrics: metrics, logger: logger)
    }

    /// Counts a judging outcome in the metrics and logs it (without the text).
    static func count(_ outcome: IngestStep.Outcome, metrics: DecorumMetrics?, logger: Logger?) {
        switch outcome {
        case .judged(let item, let kind, let categories, let action, let planned):
            // The item's id and what was found, never its text: logs leave the machine more easily than the database.
            logger?.info("judged", metadata: [
                "item": "\(item)", "kind": "\(kind.rawValue)", "action": "\(action.rawValue)",
                "categories": "\(categories.isEmpty ? "none" : categories.map(\.rawValue).joined(separator: ","))", "planned": "\(planned)",
            ])
            metrics?.itemReceived(kind: kind.rawValue)
            metrics?.decision(categories: categories, action: action)
        case .fromPage(let kind):
            metrics?.itemReceived(kind: kind.rawValue)
        case .unchanged, .notJudged, .platformChange:
            break
        }
    }

    private func retryOrFail(_ job: Job, error: String) async throws {
        if job.attempts >= retry.maxAttempts {
            try await store.jobs.fail(job, error: String(error.prefix(1000)))
        } else {
            var random = SystemRandomNumberGenerator()
            let wait = retry.delay(afterAttempt: job.attempts, using: &random)
            try await store.jobs.retry(job, at: Date().addingTimeInterval(wait.seconds), error: String(error.prefix(1000)))
        }
    }
}
