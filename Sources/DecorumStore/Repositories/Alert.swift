public import DecorumCore
public import struct Foundation.Date

/// Something a person must know about now: a safeguarding concern, an expired Page token, an action
/// that failed for good. Alerts name the item, never quote it, so they are safe to show; what is sent on by e-mail
/// or Teams says even less (no message, no item).
public struct Alert: Sendable, Hashable {
    /// What the alert is about.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The policy asks a role to be told about an item (safeguarding, defamation, other people's data…).
        case escalation
        /// The Page token stopped working: nothing is done on the Page until it is reconnected.
        case tokenExpired = "token_expired"
        /// An action on the platform failed for good.
        case actionFailed = "action_failed"
    }

    /// How soon someone must look.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
        case urgent, normal
    }

    public var id: Int64
    public var kind: Kind
    public var severity: Severity
    /// The role to tell (`safeguarding_lead`, `practice_manager`…), or nil for whoever is on duty.
    public var role: String?
    public var page: PageID?
    public var itemID: ItemID?
    /// A sentence without the item's text or any patient identifier.
    public var message: String
    public var createdAt: Date
    public var acknowledgedBy: String?
    public var acknowledgedAt: Date?
    /// When nobody had acknowledged it in time and it was passed on, and to which role.
    public var escalatedAt: Date?
    public var escalatedTo: String?
    /// When it was sent on by e-mail or Teams (or found to have nowhere to go, or given up on).
    public var notifiedAt: Date?
}

/// An alert to raise.
public struct AlertRequest: Sendable, Hashable {
    public var kind: Alert.Kind
    public var severity: Alert.Severity
    public var role: String?
    public var page: PageID?
    public var itemID: ItemID?
    public var message: String
    /// While an alert with this key is unacknowledged, raising it again adds nothing.
    public var dedupeKey: String?

    public init(
        kind: Alert.Kind, severity: Alert.Severity, role: String? = nil, page: PageID? = nil, itemID: ItemID? = nil,
        message: String, dedupeKey: String? = nil
    ) {
        self.kind = kind
        self.severity = severity
        self.role = role
        self.page = page
        self.itemID = itemID
        self.message = message
        self.dedupeKey = dedupeKey
    }
}
