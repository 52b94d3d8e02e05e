public import DecorumCore

/// The figures of one week or month (or of a whole report), counted over the items that arrived in it.
///
/// Everything is counted by arrival: an item that arrived on 31 March and was decided on 1 April is March's,
/// so a month's figures stay the same once its items are settled.
public struct PeriodFigures: Sendable, Hashable {
    /// The week, month or range counted.
    public var period: ReportPeriod
    /// Items that arrived (posts, comments and replies by others than the practice).
    public var itemsReceived: Int = 0
    /// Items Decorum has judged so far.
    public var itemsJudged: Int = 0
    /// Items that fell in at least one category.
    public var itemsFlagged: Int = 0
    /// Items in each category; a comment in several categories counts in each.
    public var byCategory: [Category: Int] = [:]
    /// Decorum's latest decision about each judged item.
    public var byDecision: [Action: Int] = [:]
    /// What became of the items; an item can count under several outcomes.
    public var byOutcome: [ReportOutcome: Int] = [:]
    /// Items still waiting for a person when the report was made.
    public var stillWithPeople: Int = 0
    /// From arrival to the first action done on the platform, over the items acted on.
    public var timeToAction: DurationSummary = .empty
    /// From arrival to a person's first decision, over the items a person decided on.
    public var timeToPersonDecision: DurationSummary = .empty
    /// Items a person approved, overrode or acted on.
    public var decidedByPerson: Int = 0
    /// How many of those had each verdict.
    public var byVerdict: [PersonVerdict: Int] = [:]
    /// Safeguarding alerts raised.
    public var safeguardingAlerts: Int = 0
    /// Of those, how many were acknowledged (by the time of the report).
    public var safeguardingAcknowledged: Int = 0
    /// From a safeguarding alert being raised to someone acknowledging it.
    public var timeToAcknowledge: DurationSummary = .empty

    /// Nothing counted yet.
    public init(period: ReportPeriod) { self.period = period }

    /// Items acted on (something done on the platform).
    public var itemsActedOn: Int { timeToAction.count }

    /// Items on which a person disagreed with Decorum (dismissed its decision or chose another action).
    public var overrides: Int { byVerdict.filter { $0.key.isOverride }.values.reduce(0, +) }

    /// Overrides as a share (0…1) of the items a person decided on; nil when a person decided on none.
    public var overrideRate: Double? {
        decidedByPerson == 0 ? nil : Double(overrides) / Double(decidedByPerson)
    }

    /// The count for `category`, zero when none.
    public func count(_ category: Category) -> Int { byCategory[category] ?? 0 }
    /// The count for `outcome`, zero when none.
    public func count(_ outcome: ReportOutcome) -> Int { byOutcome[outcome] ?? 0 }
    /// The count for `decision`, zero when none.
    public func count(_ decision: Action) -> Int { byDecision[decision] ?? 0 }
    /// The count for `verdict`, zero when none.
    public func count(_ verdict: PersonVerdict) -> Int { byVerdict[verdict] ?? 0 }
}
