import SQLKit

extension SQLJobQueue {
    /// A job to add with ``enqueueMany(_:)``.
    public struct NewJob: Sendable, Hashable {
        public var kind: JobKind
        public var payload: String
        public var dedupeKey: String?

        public init(kind: JobKind, payload: String, dedupeKey: String?) {
            self.kind = kind
            self.payload = payload
            self.dedupeKey = dedupeKey
        }
    }

    /// ``enqueue(kind:payload:dedupeKey:runAt:)`` for many jobs, due now, in as few statements as possible;
    /// returns the jobs added (a job whose dedupe key is already queued is not).
    ///
    /// With `claimedBy`, the jobs are added already claimed by that worker for `lease`: a worker that has just
    /// made the work can do it at once, without a round trip to claim it, and if it dies the lease returns it.
    @discardableResult
    public func enqueueMany(_ jobs: [NewJob], claimedBy worker: String? = nil, lease: Duration = .seconds(60)) async throws -> [Job] {
        guard !jobs.isEmpty else { return [] }
        let now = executor.nowMillis
        let status = worker == nil ? "queued" : "running"
        let attempts = worker == nil ? 0 : 1
        let until: Int64? = worker == nil ? nil : now + lease.storeMillis
        return try await executor.write { db in
            var added = [Job]()
            for chunk in BatchRows.chunks(jobs) {
                let rows = chunk.map { job -> SQLQueryString in
                    """
                    \(bind: job.kind.rawValue), \(bind: job.payload), \(bind: job.dedupeKey), \(bind: status), \(bind: attempts), \(bind: now),
                    \(bind: worker), \(bind: until), \(bind: now), \(bind: now)
                    """
                }
                added += try await db.raw("""
                    INSERT INTO jobs (kind, payload, dedupe_key, status, attempts, run_at, locked_by, locked_until, created_at, updated_at)
                    VALUES \(BatchRows.values(rows))
                    ON CONFLICT (dedupe_key) DO NOTHING
                    RETURNING \(unsafeRaw: Self.columns)
                    """).all().map(Self.job)
            }
            return added
        }
    }

    /// ``complete(_:)`` for many jobs held by one worker, in one statement; returns how many were still held
    /// (a job whose lease ran out belongs to another worker now, which will finish it).
    @discardableResult
    public func completeMany(_ jobs: [Job]) async throws -> Int {
        guard !jobs.isEmpty else { return 0 }
        let now = executor.nowMillis
        return try await executor.write { db in
            var completed = 0
            for chunk in BatchRows.chunks(jobs) {
                let held = chunk.compactMap { job -> SQLQueryString? in
                    guard let worker = job.lockedBy else { return nil }
                    return "(id = \(bind: job.id.rawValue) AND locked_by = \(bind: worker) AND attempts = \(bind: job.attempts))"
                }
                guard !held.isEmpty else { continue }
                completed += try await db.raw("""
                    UPDATE jobs SET status = 'done', locked_by = NULL, locked_until = NULL, updated_at = \(bind: now)
                    WHERE status = 'running' AND (\(held.joined(separator: " OR ")))
                    RETURNING id
                    """).all().count
            }
            return completed
        }
    }
}
