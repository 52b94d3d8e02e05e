public import struct Foundation.Date
import SQLKit

/// ``JobQueue`` in the `jobs` table.
///
/// Claiming is an `UPDATE … WHERE id = (SELECT … LIMIT 1) RETURNING` in a write transaction: on
/// PostgreSQL the inner select is `FOR UPDATE SKIP LOCKED`, so concurrent workers in any number of
/// processes each take a different job without waiting on each other; on SQLite the transaction is
/// `BEGIN IMMEDIATE`, which admits one writer at a time. Finishing a job checks that the worker still
/// holds it (same worker, same attempt), so a worker whose lease ran out cannot overwrite the new holder's result.
public struct SQLJobQueue: JobQueue {
    let executor: any SQLExecutor

    /// The queue in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// The queue inside a transaction (enqueue with the change that calls for the job).
    public init(transaction: Transaction) { executor = transaction }

    static let columns = "id, kind, payload, dedupe_key, status, attempts, run_at, locked_by, locked_until, last_error"

    @discardableResult
    public func enqueue(kind: JobKind, payload: String, dedupeKey: String?, runAt: Date? = nil) async throws -> JobID? {
        let now = executor.nowMillis
        let due = runAt?.storeMillis ?? now
        return try await executor.write { db in
            try await db.raw("""
                INSERT INTO jobs (kind, payload, dedupe_key, status, attempts, run_at, created_at, updated_at)
                VALUES (\(bind: kind.rawValue), \(bind: payload), \(bind: dedupeKey), \(bind: JobStatus.queued.rawValue), 0,
                        \(bind: due), \(bind: now), \(bind: now))
                ON CONFLICT (dedupe_key) DO NOTHING
                RETURNING id
                """).first().map { JobID(rawValue: try $0.int64("id")) }
        }
    }

    public func claim(worker: String, lease: Duration) async throws -> Job? {
        try await claim(worker: worker, lease: lease, limit: 1, kinds: nil).first
    }

    public func claim(worker: String, lease: Duration, limit: Int, kinds: [JobKind]?) async throws -> [Job] {
        guard lease > .zero else { throw StoreError.invalidArgument("A job's lease must be longer than zero, not \(lease).") }
        guard limit > 0 else { throw StoreError.invalidArgument("The number of jobs to claim must be positive, not \(limit).") }
        if let kinds, kinds.isEmpty { return [] }
        let now = executor.nowMillis
        let until = now + lease.storeMillis
        let lock = executor.dialect.skippingRowLock
        var kindFilter: SQLQueryString = ""
        if let kinds { kindFilter = " AND kind IN (\(binds: kinds.map(\.rawValue)))" }
        return try await executor.write { db in
            // Two index-backed lookups rather than one OR, which would scan every finished job on each claim:
            // first jobs whose worker's lease ran out, then the next due jobs.
            var claimed = [Job]()
            for pass in 0..<2 where claimed.count < limit {
                let candidates: SQLQueryString = pass == 0
                    ? """
                      SELECT id FROM jobs WHERE status = 'running' AND locked_until <= \(bind: now)\(kindFilter)
                      ORDER BY locked_until, id LIMIT \(bind: limit - claimed.count) \(unsafeRaw: lock)
                      """
                    : """
                      SELECT id FROM jobs WHERE status = 'queued' AND run_at <= \(bind: now)\(kindFilter)
                      ORDER BY run_at, id LIMIT \(bind: limit - claimed.count) \(unsafeRaw: lock)
                      """
                let rows = try await db.raw("""
                    UPDATE jobs SET status = 'running', locked_by = \(bind: worker), locked_until = \(bind: until),
                        attempts = attempts + 1, updated_at = \(bind: now)
                    WHERE id IN (\(candidates))
                    RETURNING \(unsafeRaw: Self.columns)
                    """).all()
                claimed += try rows.map(Self.job)
            }
            return claimed.sorted { $0.id.rawValue < $1.id.rawValue }
        }
    }

    public func postpone(_ job: Job, until: Date, reason: String) async throws {
        let now = executor.nowMillis
        try await finish(job, set: """
            status = 'queued', attempts = attempts - 1, run_at = \(bind: until.storeMillis), last_error = \(bind: reason.storable),
            locked_by = NULL, locked_until = NULL, updated_at = \(bind: now)
            """)
    }

    public func extendLease(_ job: Job, by lease: Duration) async throws -> Job {
        guard lease > .zero else { throw StoreError.invalidArgument("A job's lease must be longer than zero, not \(lease).") }
        let now = executor.nowMillis
        return try await finish(job, set: "locked_until = \(bind: now + lease.storeMillis), updated_at = \(bind: now)")
    }

    public func complete(_ job: Job) async throws {
        let now = executor.nowMillis
        try await finish(job, set: "status = 'done', locked_by = NULL, locked_until = NULL, updated_at = \(bind: now)")
    }

    public func retry(_ job: Job, at: Date, error: String) async throws {
        let now = executor.nowMillis
        try await finish(job, set: """
            status = 'queued', run_at = \(bind: at.storeMillis), last_error = \(bind: error.storable), locked_by = NULL,
            locked_until = NULL, updated_at = \(bind: now)
            """)
    }

    public func fail(_ job: Job, error: String) async throws {
        let now = executor.nowMillis
        try await finish(job, set: """
            status = 'failed', last_error = \(bind: error.storable), locked_by = NULL, locked_until = NULL, updated_at = \(bind: now)
            """)
    }

    public func release(_ job: Job) async throws {
        let now = executor.nowMillis
        try await finish(job, set: """
            status = 'queued', attempts = attempts - 1, locked_by = NULL, locked_until = NULL, updated_at = \(bind: now)
            """)
    }

    @discardableResult
    public func purgeFinished(before: Date) async throws -> Int {
        try await executor.write { db in
            try await db.raw("""
                DELETE FROM jobs WHERE status IN ('done', 'failed') AND updated_at < \(bind: before.storeMillis) RETURNING id
                """).all().count
        }
    }

    public func depth() async throws -> QueueDepth {
        try await executor.read { db in
            var depth = QueueDepth()
            for row in try await db.raw("SELECT status, COUNT(*) AS n FROM jobs GROUP BY status").all() {
                let count = try row.int("n")
                switch try row.value("status", as: JobStatus.self, table: "jobs") {
                case .queued: depth.queued = count
                case .running: depth.running = count
                case .failed: depth.failed = count
                case .done: depth.done = count
                }
            }
            return depth
        }
    }

    public func job(_ id: JobID) async throws -> Job? {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM jobs WHERE id = \(bind: id.rawValue)").first().map(Self.job)
        }
    }

    /// Updates the job only while `job`'s claim still holds it; throws ``StoreError/leaseLost(job:worker:)`` otherwise.
    @discardableResult
    private func finish(_ job: Job, set assignments: SQLQueryString) async throws -> Job {
        guard let worker = job.lockedBy else {
            throw StoreError.invalidArgument("Job \(job.id) was not claimed by a worker, so it cannot be finished.")
        }
        let row = try await executor.write { db in
            try await db.raw("""
                UPDATE jobs SET \(assignments)
                WHERE id = \(bind: job.id.rawValue) AND status = 'running' AND locked_by = \(bind: worker)
                  AND attempts = \(bind: job.attempts)
                RETURNING \(unsafeRaw: Self.columns)
                """).first().map(Self.job)
        }
        guard let row else { throw StoreError.leaseLost(job: job.id.rawValue, worker: worker) }
        return row
    }

    static func job(_ row: any SQLRow) throws -> Job {
        Job(
            id: JobID(rawValue: try row.int64("id")), kind: JobKind(rawValue: try row.string("kind")),
            payloadJSON: try row.string("payload"), dedupeKey: try row.optionalString("dedupe_key"),
            status: try row.value("status", as: JobStatus.self, table: "jobs"), attempts: try row.int("attempts"),
            runAt: try row.date("run_at"), lockedBy: try row.optionalString("locked_by"),
            lockedUntil: try row.optionalDate("locked_until"), lastError: try row.optionalString("last_error"))
    }
}
