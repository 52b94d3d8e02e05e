public import DecorumCore
public import struct Foundation.Date

/// An alert as a report sees it: what kind, for whom, when it was raised and when acknowledged.
public struct ReportAlert: Sendable, Hashable {
    /// The alert's id in the store.
    public var id: Int64
    /// What it is about.
    public var kind: Alert.Kind
    /// How soon someone had to look.
    public var severity: Alert.Severity
    /// The role told (`safeguarding_lead`, `practice_manager`…), or nil for whoever is on duty.
    public var role: String?
    /// The Page it is about, if any.
    public var page: PageID?
    /// The item it is about, if any.
    public var itemID: ItemID?
    /// When it was raised.
    public var raisedAt: Date
    /// When someone acknowledged it; nil while it is open.
    public var acknowledgedAt: Date?

    /// An alert as read from the store.
    public init(
        id: Int64, kind: Alert.Kind, severity: Alert.Severity, role: String?, page: PageID?, itemID: ItemID?, raisedAt: Date,
        acknowledgedAt: Date?
    ) {
        self.id = id
        self.kind = kind
        self.severity = severity
        self.role = role
        self.page = page
        self.itemID = itemID
        self.raisedAt = raisedAt
        self.acknowledgedAt = acknowledgedAt
    }

    /// An escalation to the safeguarding lead: what reports count as a safeguarding alert.
    public var isSafeguarding: Bool { kind == .escalation && role == Role.safeguardingLead.rawValue }

    /// From being raised to being acknowledged; nil while it is open.
    public var timeToAcknowledge: Duration? {
        acknowledgedAt.map { .milliseconds(max(0, $0.storeMillis - raisedAt.storeMillis)) }
    }
}
