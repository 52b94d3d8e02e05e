/// What re-walking the audit chain found: intact, or where it was broken first.
public struct AuditChainReport: Sendable, Hashable, CustomStringConvertible {
    /// The events the chain held when the walk began.
    public var events: Int64
    /// The hash of the last of them (64 zeros for an empty log): write it down somewhere else, and a later
    /// walk that finds the same hash at the same place shows nothing before it changed.
    public var headHash: String
    /// What is wrong, in log order (at most ``problemLimit``); empty when the chain is intact.
    public var problems: [AuditChainProblem]

    /// The most problems one report lists.
    public static let problemLimit = 100

    /// True when every event is where the chain says, as it was written.
    public var isIntact: Bool { problems.isEmpty }

    /// The first event altered, removed or inserted.
    public var firstProblem: AuditChainProblem? { problems.first }

    /// "chain intact (1,204 events)", or the first problem.
    public var description: String {
        guard let first = firstProblem else { return "chain intact (\(events) \(events == 1 ? "event" : "events"))" }
        let more = problems.count > 1 ? " (\(problems.count - 1) more \(problems.count == 2 ? "problem" : "problems") after it)" : ""
        return "chain broken: \(first)\(more)"
    }
}

/// One place where the audit chain does not hold.
public struct AuditChainProblem: Sendable, Hashable, CustomStringConvertible {
    /// What was done to the log there.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An event's contents (or its hashes) were changed.
        case altered
        /// One or more events were deleted.
        case removed
        /// An event was added other than by Decorum.
        case inserted
    }

    /// Altered, removed or inserted.
    public var kind: Kind
    /// The event altered or inserted; for a removal, the event after the gap (nil when the last events went).
    public var eventID: Int64?
    /// The place in the chain (1 for the first event); for a removal, the first place missing.
    public var position: Int64?
    /// What was found, as a sentence.
    public var detail: String

    public var description: String { detail }
}
