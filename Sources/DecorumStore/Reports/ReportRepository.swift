public import DecorumCore
public import struct Foundation.Date

/// What the dashboard's reports read: every item that arrived in a time range with what was decided and done
/// about it, and the alerts raised in it. Grouping into weeks and months is the reader's job, in its own time zone.
public protocol ReportRepository: Sendable {
    /// Items first seen in `from..<to` (optionally on one Page), oldest first; the practice's own posts are left out.
    ///
    /// The comment's text is read only `includingText`: reports travel, and most never need it.
    func items(arrivedFrom from: Date, to: Date, page: PageID?, includingText: Bool) async throws -> [ReportItem]
    /// Alerts raised in `from..<to` (optionally about one Page), oldest first.
    func alerts(raisedFrom from: Date, to: Date, page: PageID?) async throws -> [ReportAlert]
}

extension ReportRepository {
    /// Items first seen in `from..<to`, without their text.
    public func items(arrivedFrom from: Date, to: Date, page: PageID? = nil) async throws -> [ReportItem] {
        try await items(arrivedFrom: from, to: to, page: page, includingText: false)
    }
}
