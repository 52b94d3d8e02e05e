public import DecorumCore
public import struct Foundation.Date
import SQLKit

/// What to look for in the audit log.
public struct AuditQuery: Sendable, Hashable {
    /// Entries whose actor contains this (any case).
    public var actor: String?
    /// Entries of exactly this event (`judged`, `approved`, `overridden`…).
    public var event: String?
    public var itemID: ItemID?
    /// Entries whose details contain this text (any case).
    public var text: String?
    public var since: Date?
    public var until: Date?
    public var limit: Int
    /// Newest first, continuing below this entry id.
    public var before: Int64?

    public init(
        actor: String? = nil, event: String? = nil, itemID: ItemID? = nil, text: String? = nil, since: Date? = nil, until: Date? = nil,
        limit: Int = 100, before: Int64? = nil
    ) {
        self.actor = actor
        self.event = event
        self.itemID = itemID
        self.text = text
        self.since = since
        self.until = until
        self.limit = limit
        self.before = before
    }
}

extension SQLAuditLog {
    /// Entries matching the query, newest first.
    public func search(_ query: AuditQuery) async throws -> [AuditEntry] {
        guard (1...10_000).contains(query.limit) else {
            throw StoreError.invalidArgument("The number of audit entries to list must be from 1 to 10,000, not \(query.limit).")
        }
        var conditions: [SQLQueryString] = []
        if let actor = query.actor, !actor.isEmpty { conditions.append("LOWER(actor) LIKE \(bind: Self.containing(actor)) ESCAPE '\\'") }
        if let event = query.event, !event.isEmpty { conditions.append("event = \(bind: event)") }
        if let item = query.itemID { conditions.append("item_id = \(bind: item.rawValue)") }
        if let text = query.text, !text.isEmpty { conditions.append("LOWER(details) LIKE \(bind: Self.containing(text)) ESCAPE '\\'") }
        if let since = query.since { conditions.append("at >= \(bind: since.storeMillis)") }
        if let until = query.until { conditions.append("at < \(bind: until.storeMillis)") }
        if let before = query.before { conditions.append("id < \(bind: before)") }
        var filter: SQLQueryString = ""
        if !conditions.isEmpty { filter = " WHERE " + conditions.joined(separator: " AND ") }
        return try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM audit_log\(filter) ORDER BY id DESC LIMIT \(bind: query.limit)
                """).all().map(Self.entry)
        }
    }

    /// The distinct events in the log, for a filter menu.
    public func events() async throws -> [String] {
        try await executor.read { db in
            try await db.raw("SELECT DISTINCT event FROM audit_log ORDER BY event").all().map { try $0.string("event") }
        }
    }

    /// A LIKE pattern for "contains", with the user's own `%`, `_` and `\` taken literally.
    static func containing(_ text: String) -> String {
        var escaped = ""
        for character in text.lowercased() {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%" + escaped + "%"
    }
}
