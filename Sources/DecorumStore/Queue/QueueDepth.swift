/// How many jobs are in each state.
public struct QueueDepth: Sendable, Hashable {
    /// Waiting, whether due now or later.
    public var queued: Int
    /// Claimed by a worker (including leases that ended and will be reclaimed).
    public var running: Int
    public var failed: Int
    public var done: Int

    public init(queued: Int = 0, running: Int = 0, failed: Int = 0, done: Int = 0) {
        self.queued = queued
        self.running = running
        self.failed = failed
        self.done = done
    }
}
