public import DecorumCore
public import struct Foundation.Date

/// Which items to list: any combination of statuses, a page, an author, a time range; newest first, a page at a time.
public struct ItemQuery: Sendable, Hashable {
    /// Items in any of these statuses (all statuses when empty).
    public var statuses: [ItemStatus]
    public var page: PageID?
    public var author: AuthorID?
    /// First seen at or after this time.
    public var since: Date?
    /// First seen before this time.
    public var until: Date?
    public var limit: Int
    /// Continue after this item of the previous page (its `lastSeen` and id).
    public var after: ItemCursor?

    public init(
        statuses: [ItemStatus] = [], page: PageID? = nil, author: AuthorID? = nil, since: Date? = nil, until: Date? = nil,
        limit: Int = 50, after: ItemCursor? = nil
    ) {
        self.statuses = statuses
        self.page = page
        self.author = author
        self.since = since
        self.until = until
        self.limit = limit
        self.after = after
    }
}

/// A position in a listing of items, newest first: the last item's time last seen and id.
public struct ItemCursor: Sendable, Hashable {
    public var lastSeen: Date
    public var id: ItemID

    public init(lastSeen: Date, id: ItemID) {
        self.lastSeen = lastSeen
        self.id = id
    }

    /// As text for a URL: `<milliseconds>.<id>`.
    public var token: String { "\(lastSeen.storeMillis).\(id.rawValue)" }

    /// Reads ``token``; nil when it is not one.
    public init?(token: String) {
        guard let dot = token.firstIndex(of: "."), let millis = Int64(token[..<dot]) else { return nil }
        let id = token[token.index(after: dot)...]
        guard !id.isEmpty else { return nil }
        self.init(lastSeen: Date(storeMillis: millis), id: ItemID(String(id)))
    }
}
