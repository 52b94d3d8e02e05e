/// Where a job is in the queue.
public enum JobStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting for its run time and a worker.
    case queued
    /// Claimed by a worker until its lease ends.
    case running
    /// Finished.
    case done
    /// Gave up for good.
    case failed
}
