public import DecorumCore
public import struct Foundation.Date

/// A complaint the practice manager has taken up under the Complaints Procedure, and the acknowledgement
/// it is owed (3 working days after the day it arrived). Never answered in public.
public struct FormalComplaint: Sendable, Hashable {
    public var itemID: ItemID
    /// The practice's date (UK) the complaint arrived.
    public var receivedOn: CalendarDay
    /// The last day the acknowledgement may be sent.
    public var acknowledgeBy: CalendarDay
    public var markedBy: String
    public var markedAt: Date
    public var acknowledgedBy: String?
    public var acknowledgedAt: Date?

    public var isAcknowledged: Bool { acknowledgedAt != nil }
}
