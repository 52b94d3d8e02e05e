public import DecorumCore

/// Posts, comments and replies, with every edit kept.
public protocol ItemRepository: Sendable {
    /// Stores the item's current text: new items and edits become a revision, repeats change nothing
    /// but `last_seen`. A new or edited item's status becomes ``ItemStatus/received`` (or ``ItemStatus/ignored``
    /// when the page wrote it).
    @discardableResult
    func recordRevision(_ item: Item, page: PageID, kind: ItemKind, raw: String?) async throws -> RevisionOutcome
    /// The item, or nil if it was never received.
    func item(_ id: ItemID) async throws -> StoredItem?
    /// Several items at once, by id (unknown ids are left out).
    func items(_ ids: [ItemID]) async throws -> [ItemID: StoredItem]
    /// Every version of the item's text, oldest first.
    func revisions(of id: ItemID) async throws -> [ItemRevision]
    /// Items, most recently seen first, optionally only those with one status.
    func list(status: ItemStatus?, limit: Int) async throws -> [StoredItem]
    /// Items matching the query, most recently seen first.
    func list(_ query: ItemQuery) async throws -> [StoredItem]
    /// Moves the item to another status.
    func setStatus(_ status: ItemStatus, for id: ItemID) async throws
    /// Records that the item was hidden or unhidden on the page.
    func setHidden(_ hidden: Bool, for id: ItemID) async throws
    /// Records that the item was deleted from the page (the row and its history are kept).
    func markDeleted(_ id: ItemID) async throws
}
