public import DecorumStore
import Foundation
public import Logging
public import ServiceLifecycle

/// Takes jobs from the durable queue and runs them: judge a received change, or carry out a planned
/// action. Several workers, in one process or many sharing a PostgreSQL database, each get a job
/// exactly once. On graceful shutdown the worker stops claiming, and a job it holds is finished or
/// returned to the queue; a crashed worker's job comes back when its lease ends.
public struct ModerationWorker: Service {
    let store: Store
    let ingest: IngestStep
    let act: ActStep?
    let name: String
    let lease: Duration
    let idle: Duration
    let maxAttempts: Int
    let logger: Logger

    public init(store: Store, ingest: IngestStep, act: ActStep?, name: String, lease: Duration = .seconds(60),
                idle: Duration = .milliseconds(50), maxAttempts: Int = 8, logger: Logger) {
        self.store = store
        self.ingest = ingest
        self.act = act
        self.name = name
        self.lease = lease
        self.idle = idle
        self.maxAttempts = maxAttempts
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            if try await runOnce() == false {
                try? await Task.sleep(for: idle)
            }
        }
    }

    /// Claims and runs one job; false when there was none.
    @discardableResult
    public func runOnce() async throws -> Bool {
        guard let job = try await store.jobs.claim(worker: name, lease: lease) else { return false }
        do {
            switch job.kind {
            case WebhookController<DecorumRequestContext>.ingestJob:
                let envelope = try ChangeEnvelope.decode(job.payloadJSON)
                _ = try await store.transaction { tx in try await ingest.run(envelope, in: tx) }
                try await store.jobs.complete(job)
            case IngestStep.actJob:
                guard let act, let raw = Int64(job.payloadJSON) else {
                    try await store.jobs.release(job)
                    return true
                }
                switch try await act.run(ActionID(rawValue: raw), store: store) {
                case .done, .alreadyDone, .skipped, .failed, .tokenExpired:
                    try await store.jobs.complete(job)
                case .retryLater(let after):
                    try await retry(job, after: after ?? backoff(job.attempts), error: "the Graph API asked to try later")
                }
            default:
                try await store.jobs.fail(job, error: "unknown job kind \(job.kind)")
            }
        } catch {
            logger.error("a job failed", metadata: ["job": "\(job.id)", "kind": "\(job.kind)", "error": "\(String(describing: error).prefix(300))"])
            try await retry(job, after: backoff(job.attempts), error: String(describing: error))
        }
        return true
    }

    private func retry(_ job: Job, after: Duration, error: String) async throws {
        if job.attempts >= maxAttempts {
            try await store.jobs.fail(job, error: String(error.prefix(1000)))
        } else {
            try await store.jobs.retry(job, at: Date().addingTimeInterval(Double(after.components.seconds) + Double(after.components.attoseconds) / 1e18),
                                       error: String(error.prefix(1000)))
        }
    }

    /// Exponential back-off with full jitter, capped at five minutes.
    private func backoff(_ attempts: Int) -> Duration {
        let ceiling = min(300.0, 0.5 * pow(2.0, Double(min(attempts, 12))))
        return .milliseconds(Int(Double.random(in: 0...ceiling) * 1000))
    }
}
