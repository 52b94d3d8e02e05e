public import DecorumCore
import Foundation
import SQLKit

/// ``ItemRepository`` in the `items` and `item_revisions` tables.
public struct SQLItemRepository: ItemRepository {
    let executor: any SQLExecutor

    /// Items in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// Items inside a transaction.
    public init(transaction: Transaction) { executor = transaction }

    static let columns = """
        id, page_id, kind, parent_id, author_id, author_name, text, attachments, created_time, status,
        is_hidden, is_deleted, from_page, revision, first_seen, last_seen, text_purged_at
        """

    @discardableResult
    public func recordRevision(_ item: Item, page: PageID, kind: ItemKind, raw: String?) async throws -> RevisionOutcome {
        var item = item
        item.text = item.text.storable
        if let name = item.author?.name { item.author?.name = name.storable }
        let raw = raw.storable
        let attachments = try Self.encode(item.attachments)
        let now = executor.nowMillis
        let status: ItemStatus = item.fromPage ? .ignored : .received
        let lock = executor.dialect.rowLock
        return try await executor.write { db in
            let inserted = try await db.raw("""
                INSERT INTO items (id, page_id, kind, parent_id, author_id, author_name, text, attachments,
                                   created_time, status, is_hidden, is_deleted, from_page, revision, first_seen, last_seen)
                VALUES (\(bind: item.id.rawValue), \(bind: page.rawValue), \(bind: kind.rawValue),
                        \(bind: item.parentID?.rawValue), \(bind: item.author?.id?.rawValue), \(bind: item.author?.name),
                        \(bind: item.text), \(bind: attachments), \(bind: item.createdTime), \(bind: status.rawValue),
                        FALSE, FALSE, \(bind: item.fromPage), 1, \(bind: now), \(bind: now))
                ON CONFLICT (id) DO NOTHING
                RETURNING id
                """).first()
            if inserted != nil {
                try await insertRevision(db, item: item, revision: 1, attachments: attachments, raw: raw, at: now)
                return .new
            }
            guard let current = try await db.raw("""
                SELECT text, attachments, text_digest, revision FROM items WHERE id = \(bind: item.id.rawValue)\(unsafeRaw: lock)
                """).first()
            else { throw StoreError.notFound(table: "items", id: item.id.rawValue) }
            if ItemTextDigest.matches(text: item.text, attachments: attachments, storedText: try current.string("text"),
                                      storedAttachments: try current.string("attachments"), digest: try current.optionalString("text_digest")) {
                try await db.raw("""
                    UPDATE items SET last_seen = \(bind: now) WHERE id = \(bind: item.id.rawValue)
                    """).run()
                return .unchanged
            }
            let revision = try current.int("revision") + 1
            try await db.raw("""
                UPDATE items SET text = \(bind: item.text), attachments = \(bind: attachments), revision = \(bind: revision),
                    status = \(bind: status.rawValue), last_seen = \(bind: now), \(Self.unpurged(authorName: item.author?.name))
                WHERE id = \(bind: item.id.rawValue)
                """).run()
            try await insertRevision(db, item: item, revision: revision, attachments: attachments, raw: raw, at: now)
            return .edited(revision: revision)
        }
    }

    private func insertRevision(
        _ db: any SQLDatabase, item: Item, revision: Int, attachments: String, raw: String?, at now: Int64
    ) async throws {
        try await db.raw("""
            INSERT INTO item_revisions (item_id, revision, text, attachments, received_at, raw)
            VALUES (\(bind: item.id.rawValue), \(bind: revision), \(bind: item.text), \(bind: attachments),
                    \(bind: now), \(bind: raw))
            """).run()
    }

    public func item(_ id: ItemID) async throws -> StoredItem? {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM items WHERE id = \(bind: id.rawValue)")
                .first().map(Self.storedItem)
        }
    }

    public func items(_ ids: [ItemID]) async throws -> [ItemID: StoredItem] {
        guard !ids.isEmpty else { return [:] }
        return try await executor.read { db in
            let rows = try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM items WHERE id IN (\(binds: ids.map(\.rawValue)))").all()
            return Dictionary(try rows.map(Self.storedItem).map { ($0.item.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    public func revisions(of id: ItemID) async throws -> [ItemRevision] {
        try await executor.read { db in
            try await db.raw("""
                SELECT item_id, revision, text, attachments, received_at, raw FROM item_revisions
                WHERE item_id = \(bind: id.rawValue) ORDER BY revision
                """).all().map { row in
                ItemRevision(
                    itemID: ItemID(try row.string("item_id")), revision: try row.int("revision"), text: try row.string("text"),
                    attachments: try Self.decodeAttachments(row.string("attachments")), receivedAt: try row.date("received_at"),
                    raw: try row.optionalString("raw"))
            }
        }
    }

    public func list(status: ItemStatus?, limit: Int) async throws -> [StoredItem] {
        guard limit > 0 else { throw StoreError.invalidArgument("The number of items to list must be positive, not \(limit).") }
        return try await executor.read { db in
            let rows = if let status {
                try await db.raw("""
                    SELECT \(unsafeRaw: Self.columns) FROM items WHERE status = \(bind: status.rawValue)
                    ORDER BY last_seen DESC, id DESC LIMIT \(bind: limit)
                    """).all()
            } else {
                try await db.raw("""
                    SELECT \(unsafeRaw: Self.columns) FROM items ORDER BY last_seen DESC, id DESC LIMIT \(bind: limit)
                    """).all()
            }
            return try rows.map(Self.storedItem)
        }
    }

    public func list(_ query: ItemQuery) async throws -> [StoredItem] {
        guard (1...1000).contains(query.limit) else {
            throw StoreError.invalidArgument("The number of items to list must be from 1 to 1000, not \(query.limit).")
        }
        var conditions: [SQLQueryString] = []
        if !query.statuses.isEmpty { conditions.append("status IN (\(binds: query.statuses.map(\.rawValue)))") }
        if let page = query.page { conditions.append("page_id = \(bind: page.rawValue)") }
        if let author = query.author { conditions.append("author_id = \(bind: author.rawValue)") }
        if let since = query.since { conditions.append("first_seen >= \(bind: since.storeMillis)") }
        if let until = query.until { conditions.append("first_seen < \(bind: until.storeMillis)") }
        if let after = query.after {
            let millis = after.lastSeen.storeMillis
            conditions.append("(last_seen < \(bind: millis) OR (last_seen = \(bind: millis) AND id < \(bind: after.id.rawValue)))")
        }
        var filter: SQLQueryString = ""
        if !conditions.isEmpty { filter = " WHERE " + conditions.joined(separator: " AND ") }
        return try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM items\(filter) ORDER BY last_seen DESC, id DESC LIMIT \(bind: query.limit)
                """).all().map(Self.storedItem)
        }
    }

    public func setStatus(_ status: ItemStatus, for id: ItemID) async throws {
        try await update(id, "status = \(bind: status.rawValue)")
    }

    public func setHidden(_ hidden: Bool, for id: ItemID) async throws {
        try await update(id, "is_hidden = \(bind: hidden)")
    }

    public func markDeleted(_ id: ItemID) async throws {
        try await update(id, "is_deleted = TRUE")
    }

    private func update(_ id: ItemID, _ assignment: SQLQueryString) async throws {
        let found = try await executor.write { db in
            try await db.raw("UPDATE items SET \(assignment) WHERE id = \(bind: id.rawValue) RETURNING id").first() != nil
        }
        guard found else { throw StoreError.notFound(table: "items", id: id.rawValue) }
    }

    /// Assignments for an edit: the new text is not purged, and an author's name purged before comes back with it.
    static func unpurged(authorName: String?) -> SQLQueryString {
        "text_purged_at = NULL, text_digest = NULL, author_name = COALESCE(author_name, \(bind: authorName))"
    }

    static func storedItem(_ row: any SQLRow) throws -> StoredItem {
        let authorID = try row.optionalString("author_id").map(AuthorID.init(rawValue:))
        let authorName = try row.optionalString("author_name")
        let item = Item(
            id: ItemID(try row.string("id")), text: try row.string("text"),
            author: authorID == nil && authorName == nil ? nil : Author(id: authorID, name: authorName),
            attachments: try decodeAttachments(row.string("attachments")), platform: nil,
            createdTime: try row.optionalString("created_time"),
            parentID: try row.optionalString("parent_id").map(ItemID.init(rawValue:)), fromPage: try row.bool("from_page"))
        return StoredItem(
            item: item, page: PageID(try row.string("page_id")), kind: try row.value("kind", as: ItemKind.self, table: "items"),
            status: try row.value("status", as: ItemStatus.self, table: "items"), isHidden: try row.bool("is_hidden"),
            isDeleted: try row.bool("is_deleted"), revision: try row.int("revision"), firstSeen: try row.date("first_seen"),
            lastSeen: try row.date("last_seen"), textPurgedAt: try row.optionalDate("text_purged_at"))
    }

    static func encode(_ attachments: [Attachment]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(attachments), as: UTF8.self)
    }

    static func decodeAttachments(_ json: String) throws -> [Attachment] {
        do {
            return try JSONDecoder().decode([Attachment].self, from: Data(json.utf8))
        } catch {
            throw StoreError.corruptRow(table: "items", column: "attachments", value: json)
        }
    }
}
