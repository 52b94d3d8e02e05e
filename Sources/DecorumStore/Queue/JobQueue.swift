public import struct Foundation.Date

/// A durable queue shared by every worker of every process: each job is handed to one worker at a time,
/// and a job whose worker vanished returns to the queue when its lease ends.
public protocol JobQueue: Sendable {
    /// Adds a job, unless one with the same `dedupeKey` is in the queue (in any state, until purged):
    /// then nothing happens and nil is returned.
    @discardableResult
    func enqueue(kind: JobKind, payload: String, dedupeKey: String?, runAt: Date?) async throws -> JobID?
    /// Takes the next due job (oldest run time first) for `worker` until the lease ends, or nil if none is due.
    func claim(worker: String, lease: Duration) async throws -> Job?
    /// Takes up to `limit` due jobs at once (of the given kinds, or any), for workers that do work in batches.
    func claim(worker: String, lease: Duration, limit: Int, kinds: [JobKind]?) async throws -> [Job]
    /// Puts the job back until `until` without counting this claim: for work that waits on something outside
    /// (a Page token to be reconnected), which must neither run nor fail meanwhile.
    func postpone(_ job: Job, until: Date, reason: String) async throws
    /// Lengthens the lease of a long job.
    func extendLease(_ job: Job, by lease: Duration) async throws -> Job
    /// Finishes the job.
    func complete(_ job: Job) async throws
    /// Puts the job back to run again at `at`, recording why it failed this time.
    func retry(_ job: Job, at: Date, error: String) async throws
    /// Gives the job up for good.
    func fail(_ job: Job, error: String) async throws
    /// Returns a claimed job untouched (graceful shutdown): it is due again at once and this claim is not counted.
    func release(_ job: Job) async throws
    /// Deletes done and failed jobs last changed before `before`, returning how many; their dedupe keys may be used again.
    @discardableResult
    func purgeFinished(before: Date) async throws -> Int
    /// How many jobs are in each state.
    func depth() async throws -> QueueDepth
    /// The job, or nil.
    func job(_ id: JobID) async throws -> Job?
}
