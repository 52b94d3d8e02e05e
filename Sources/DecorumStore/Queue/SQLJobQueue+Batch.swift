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
    /// returns how many were added (jobs whose dedupe key is already queued are not).
    @discardableResult
    public func enqueueMany(_ jobs: [NewJob]) async throws -> Int {
        guard !jobs.isEmpty else { return 0 }
        let now = executor.nowMillis
        return try await executor.write { db in
            var added = 0
            for chunk in BatchRows.chunks(jobs) {
                let rows = chunk.map { job -> SQLQueryString in
                    "\(bind: job.kind.rawValue), \(bind: job.payload), \(bind: job.dedupeKey), 'queued', 0, \(bind: now), \(bind: now), \(bind: now)"
                }
                added += try await db.raw("""
                    INSERT INTO jobs (kind, payload, dedupe_key, status, attempts, run_at, created_at, updated_at)
                    VALUES \(BatchRows.values(rows))
                    ON CONFLICT (dedupe_key) DO NOTHING
                    RETURNING id
                    """).all().count
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
