public import struct Foundation.Date

/// A unit of durable work, as a worker claimed it.
public struct Job: Sendable, Hashable {
    public var id: JobID
    public var kind: JobKind
    /// The job's input, as JSON text.
    public var payloadJSON: String
    public var dedupeKey: String?
    public var status: JobStatus
    /// Times the job was claimed, this claim included; a crashed worker's claims count too.
    public var attempts: Int
    public var runAt: Date
    /// The worker holding it.
    public var lockedBy: String?
    /// When the worker's lease ends and another worker may take the job.
    public var lockedUntil: Date?
    public var lastError: String?
}
