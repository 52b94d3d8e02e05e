public import DecorumCore
import SQLKit

extension SQLItemRepository {
    /// One item to record with ``recordRevisions(_:)``.
    public struct Received: Sendable, Hashable {
        public var item: Item
        public var page: PageID
        public var kind: ItemKind
        public var raw: String?

        public init(item: Item, page: PageID, kind: ItemKind, raw: String?) {
            self.item = item
            self.page = page
            self.kind = kind
            self.raw = raw
        }
    }

    /// ``recordRevision(_:page:kind:raw:)`` for many items (each id at most once), in a few statements
    /// whatever their number; outcomes in the order given.
    public func recordRevisions(_ received: [Received]) async throws -> [RevisionOutcome] {
        guard !received.isEmpty else { return [] }
        guard Set(received.map(\.item.id)).count == received.count else {
            throw StoreError.invalidArgument("recordRevisions takes each item once; record repeated items one at a time, in order.")
        }
        var prepared = [(received: Received, attachments: String)]()
        for var entry in received {
            entry.item.text = entry.item.text.storable
            if let name = entry.item.author?.name { entry.item.author?.name = name.storable }
            entry.raw = entry.raw.storable
            prepared.append((entry, try Self.encode(entry.item.attachments)))
        }
        let now = executor.nowMillis
        let lock = executor.dialect.rowLock
        return try await executor.write { db in
            var inserted = Set<String>()
            for chunk in BatchRows.chunks(prepared) {
                let rows = chunk.map { entry -> SQLQueryString in
                    let item = entry.received.item
                    let status: ItemStatus = item.fromPage ? .ignored : .received
                    return """
                        \(bind: item.id.rawValue), \(bind: entry.received.page.rawValue), \(bind: entry.received.kind.rawValue),
                        \(bind: item.parentID?.rawValue), \(bind: item.author?.id?.rawValue), \(bind: item.author?.name), \(bind: item.text),
                        \(bind: entry.attachments), \(bind: item.createdTime), \(bind: status.rawValue), FALSE, FALSE, \(bind: item.fromPage),
                        1, \(bind: now), \(bind: now)
                        """
                }
                for row in try await db.raw("""
                    INSERT INTO items (id, page_id, kind, parent_id, author_id, author_name, text, attachments,
                                       created_time, status, is_hidden, is_deleted, from_page, revision, first_seen, last_seen)
                    VALUES \(BatchRows.values(rows))
                    ON CONFLICT (id) DO NOTHING
                    RETURNING id
                    """).all() {
                    inserted.insert(try row.string("id"))
                }
            }
            // Items seen before: compare with their latest text.
            let known = prepared.filter { !inserted.contains($0.received.item.id.rawValue) }
            var current = [String: (text: String, attachments: String, digest: String?, revision: Int)]()
            for chunk in BatchRows.chunks(known) where !chunk.isEmpty {
                for row in try await db.raw("""
                    SELECT id, text, attachments, text_digest, revision FROM items
                    WHERE id IN (\(binds: chunk.map(\.received.item.id.rawValue)))\(unsafeRaw: lock)
                    """).all() {
                    current[try row.string("id")] = (try row.string("text"), try row.string("attachments"), try row.optionalString("text_digest"),
                                                     try row.int("revision"))
                }
            }
            var outcomes = [RevisionOutcome]()
            var revisions = [(prepared: (received: Received, attachments: String), revision: Int)]()
            var unchanged = [String]()
            for entry in prepared {
                let id = entry.received.item.id.rawValue
                if inserted.contains(id) {
                    outcomes.append(.new)
                    revisions.append((entry, 1))
                    continue
                }
                guard let latest = current[id] else { throw StoreError.notFound(table: "items", id: id) }
                if ItemTextDigest.matches(text: entry.received.item.text, attachments: entry.attachments, storedText: latest.text,
                                          storedAttachments: latest.attachments, digest: latest.digest) {
                    outcomes.append(.unchanged)
                    unchanged.append(id)
                    continue
                }
                // An edit: rare, so one statement of its own.
                let revision = latest.revision + 1
                let status: ItemStatus = entry.received.item.fromPage ? .ignored : .received
                try await db.raw("""
                    UPDATE items SET text = \(bind: entry.received.item.text), attachments = \(bind: entry.attachments),
                        revision = \(bind: revision), status = \(bind: status.rawValue), last_seen = \(bind: now),
                        \(Self.unpurged(authorName: entry.received.item.author?.name))
                    WHERE id = \(bind: id)
                    """).run()
                outcomes.append(.edited(revision: revision))
                revisions.append((entry, revision))
            }
            for chunk in BatchRows.chunks(unchanged) where !chunk.isEmpty {
                try await db.raw("UPDATE items SET last_seen = \(bind: now) WHERE id IN (\(binds: Array(chunk)))").run()
            }
            for chunk in BatchRows.chunks(revisions) where !chunk.isEmpty {
                let rows = chunk.map { r -> SQLQueryString in
                    "\(bind: r.prepared.received.item.id.rawValue), \(bind: r.revision), \(bind: r.prepared.received.item.text), \(bind: r.prepared.attachments), \(bind: now), \(bind: r.prepared.received.raw)"
                }
                try await db.raw("""
                    INSERT INTO item_revisions (item_id, revision, text, attachments, received_at, raw) VALUES \(BatchRows.values(rows))
                    """).run()
            }
            return outcomes
        }
    }

    /// Sets several items' statuses in one statement.
    public func setStatuses(_ statuses: [ItemID: ItemStatus]) async throws {
        guard !statuses.isEmpty else { return }
        try await executor.write { db in
            for chunk in BatchRows.chunks(Array(statuses)) {
                let cases = chunk.map { entry -> SQLQueryString in "WHEN \(bind: entry.key.rawValue) THEN \(bind: entry.value.rawValue)" }
                try await db.raw("""
                    UPDATE items SET status = CASE id \(cases.joined(separator: " ")) END WHERE id IN (\(binds: chunk.map(\.key.rawValue)))
                    """).run()
            }
        }
    }
}

extension SQLItemRepository {
    /// Records that several items were hidden or shown on the page, in one statement.
    public func setHidden(_ hidden: Bool, for ids: [ItemID]) async throws {
        guard !ids.isEmpty else { return }
        try await executor.write { db in
            for chunk in BatchRows.chunks(ids) {
                try await db.raw("UPDATE items SET is_hidden = \(bind: hidden) WHERE id IN (\(binds: chunk.map(\.rawValue)))").run()
            }
        }
    }

    /// Records that several items were deleted from the page, in one statement.
    public func markDeleted(_ ids: [ItemID]) async throws {
        guard !ids.isEmpty else { return }
        try await executor.write { db in
            for chunk in BatchRows.chunks(ids) {
                try await db.raw("UPDATE items SET is_deleted = TRUE WHERE id IN (\(binds: chunk.map(\.rawValue)))").run()
            }
        }
    }
}
