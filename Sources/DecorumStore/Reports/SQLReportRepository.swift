public import DecorumCore
public import struct Foundation.Date
import SQLKit

/// ``ReportRepository`` over `items`, `decisions`, `actions`, `audit_log` and `alerts`.
///
/// Three plain statements, the same in both dialects, each joined to the items of the range (items with their
/// decisions, actions, people's audit entries); the latest decision, the first action and people's steps are
/// put together here, not in SQL. On SQLite each statement takes the connection on its own, so a webhook can
/// get in between them.
public struct SQLReportRepository: ReportRepository {
    let executor: any SQLExecutor

    /// Reports on the store, each statement on its own.
    public init(store: Store) { executor = store }
    /// Reports inside a transaction (what it has written so far included).
    public init(transaction: Transaction) { executor = transaction }

    /// The audit events in which a person decides about an item (see `ModerationDesk`).
    static let personEvents = ["approved", "overridden", "moderator_action"]

    /// Items first seen in `from..<to` (optionally on one Page), oldest first, without the practice's own posts.
    public func items(arrivedFrom from: Date, to: Date, page: PageID?, includingText: Bool) async throws -> [ReportItem] {
        guard from <= to else { throw StoreError.invalidArgument("A report's range must not end before it starts.") }
        let pageFilter: SQLQueryString = page.map { " AND i.page_id = \(bind: $0.rawValue)" } ?? ""
        let filter: SQLQueryString = """
            i.first_seen >= \(bind: from.storeMillis) AND i.first_seen < \(bind: to.storeMillis) AND i.from_page = FALSE\(pageFilter)
            """
        let text: SQLQueryString = includingText ? ", i.text" : ""

        // Each item with all its decisions (more than one only for edited items): the one with the highest id counts.
        let itemRows = try await executor.read { db in
            try await db.raw("""
                SELECT i.id, i.page_id, i.kind, i.status, i.first_seen, d.id AS decision_id, d.action, d.categories\(text)
                FROM items i LEFT JOIN decisions d ON d.item_id = i.id WHERE \(filter)
                """).all()
        }
        guard !itemRows.isEmpty else { return [] }
        // Done actions time the item; actions a person asked for (done or not) are their decisions.
        let actionRows = try await executor.read { db in
            try await db.raw("""
                SELECT a.id, a.item_id, a.kind, a.status, a.requested_by, a.origin_received_at, a.created_at, a.updated_at
                FROM actions a JOIN items i ON i.id = a.item_id
                WHERE \(filter) AND (a.status = \(bind: ActionStatus.done.rawValue) OR a.requested_by <> 'decorum')
                ORDER BY a.id
                """).all()
        }
        let auditRows = try await executor.read { db in
            try await db.raw("""
                SELECT l.item_id, l.event, l.actor, l.at, l.details FROM audit_log l JOIN items i ON i.id = l.item_id
                WHERE \(filter) AND l.event IN (\(binds: Self.personEvents)) ORDER BY l.id
                """).all()
        }

        var items = try Self.items(itemRows, includingText: includingText)
        var index = [String: Int](minimumCapacity: items.count)
        for (i, item) in items.enumerated() { index[item.id.rawValue] = i }
        try Self.addActions(actionRows, to: &items, index: index)
        try Self.addPersonSteps(auditRows, actionRows: actionRows, to: &items, index: index)
        return items
    }

    /// Alerts raised in `from..<to` (optionally about one Page), oldest first.
    public func alerts(raisedFrom from: Date, to: Date, page: PageID?) async throws -> [ReportAlert] {
        guard from <= to else { throw StoreError.invalidArgument("A report's range must not end before it starts.") }
        let pageFilter: SQLQueryString = page.map { " AND page_id = \(bind: $0.rawValue)" } ?? ""
        return try await executor.read { db in
            try await db.raw("""
                SELECT id, kind, severity, role, page_id, item_id, created_at, acknowledged_at FROM alerts
                WHERE created_at >= \(bind: from.storeMillis) AND created_at < \(bind: to.storeMillis)\(pageFilter)
                ORDER BY created_at, id
                """).all().map { row in
                ReportAlert(
                    id: try row.int64("id"), kind: try row.value("kind", as: Alert.Kind.self, table: "alerts"),
                    severity: try row.value("severity", as: Alert.Severity.self, table: "alerts"), role: try row.optionalString("role"),
                    page: try row.optionalString("page_id").map(PageID.init(rawValue:)),
                    itemID: try row.optionalString("item_id").map(ItemID.init(rawValue:)), raisedAt: try row.date("created_at"),
                    acknowledgedAt: try row.optionalDate("acknowledged_at"))
            }
        }
    }

    /// One item per id, with its latest decision, oldest first (sorted here: collation-free, and cheaper than in SQL).
    private static func items(_ rows: [any SQLRow], includingText: Bool) throws -> [ReportItem] {
        var latest = [String: (decision: Int64?, row: Int)](minimumCapacity: rows.count)
        for (n, row) in rows.enumerated() {
            let decision = try row.decode(column: "decision_id", as: Int64?.self)
            let id = try row.string("id")
            if let seen = latest[id], (seen.decision ?? .min) >= (decision ?? .min) { continue }
            latest[id] = (decision, n)
        }
        var items = [ReportItem]()
        items.reserveCapacity(latest.count)
        for (id, entry) in latest {
            let row = rows[entry.row]
            var action: Action?
            var categories = [Category]()
            if entry.decision != nil {
                action = try row.value("action", as: Action.self, table: "decisions")
                categories = try Self.categories(try row.string("categories"))
            }
            items.append(ReportItem(
                id: ItemID(id), page: PageID(try row.string("page_id")), kind: try row.value("kind", as: ItemKind.self, table: "items"),
                status: try row.value("status", as: ItemStatus.self, table: "items"), arrivedAt: try row.date("first_seen"),
                decision: action, categories: categories, text: includingText ? try row.string("text") : nil))
        }
        items.sort { a, b in
            a.arrivedAt != b.arrivedAt ? a.arrivedAt < b.arrivedAt : a.id.rawValue.utf8.lexicographicallyPrecedes(b.id.rawValue.utf8)
        }
        return items
    }

    /// The first done action (by when it was done) and the kinds done; an unhide undoes rather than acts.
    private static func addActions(_ rows: [any SQLRow], to items: inout [ReportItem], index: [String: Int]) throws {
        for row in rows where try row.string("status") == ActionStatus.done.rawValue {
            guard let i = index[try row.string("item_id")] else { continue }
            let kind = try row.value("kind", as: ActionKind.self, table: "actions")
            if !items[i].actionsDone.contains(kind) { items[i].actionsDone.append(kind) }
            guard kind != .unhide else { continue }
            let doneAt = try row.date("updated_at")
            if let first = items[i].firstAction, first.doneAt <= doneAt { continue }
            items[i].firstAction = ReportItem.FirstAction(
                kind: kind, requestedBy: try row.optionalString("requested_by") ?? "decorum",
                startedAt: try row.optionalDate("origin_received_at") ?? items[i].arrivedAt, doneAt: doneAt)
        }
    }

    /// People's steps from the audit log, and any action a person chose that the log does not account for
    /// (the show-again that is part of an override is not a choice of its own).
    private static func addPersonSteps(
        _ auditRows: [any SQLRow], actionRows: [any SQLRow], to items: inout [ReportItem], index: [String: Int]
    ) throws {
        var loggedActions = Set<Int64>()
        for row in auditRows {
            guard let i = index[try row.string("item_id")] else { continue }
            let actor = try row.string("actor")
            let at = try row.date("at")
            switch try row.string("event") {
            case "approved":
                items[i].personSteps.append(.init(kind: .approved, actor: actor, at: at))
            case "overridden":
                items[i].personSteps.append(.init(kind: .overrode, actor: actor, at: at))
            default:
                let details = try? JSONValue.parse(try row.string("details"))
                if let id = details?.string("action_id").flatMap(Int64.init) { loggedActions.insert(id) }
                let kind = details?.string("action").flatMap(ActionKind.init(rawValue:))
                items[i].personSteps.append(.init(kind: .choseAction(kind), actor: actor, at: at))
            }
        }
        for row in actionRows {
            guard let actor = try row.optionalString("requested_by"), actor != "decorum",
                  !loggedActions.contains(try row.int64("id")), let i = index[try row.string("item_id")]
            else { continue }
            let kind = try row.value("kind", as: ActionKind.self, table: "actions")
            if kind == .unhide, items[i].personSteps.contains(where: { $0.kind == .overrode }) { continue }
            items[i].personSteps.append(.init(kind: .choseAction(kind), actor: actor, at: try row.date("created_at")))
        }
        for i in items.indices where items[i].personSteps.count > 1 {
            items[i].personSteps.sort { $0.at < $1.at }
        }
    }

    /// The category names of a decision's `categories` column (`[{"category":"abusive",…},…]`), in contract order.
    static func categories(_ json: String) throws -> [Category] {
        guard json != "[]" else { return [] }
        guard case .array(let results) = try? JSONValue.parse(json) else {
            throw StoreError.corruptRow(table: "decisions", column: "categories", value: json)
        }
        var categories = [Category]()
        for result in results {
            guard let name = result.string("category"), let category = Category(rawValue: name) else {
                throw StoreError.corruptRow(table: "decisions", column: "categories", value: json)
            }
            if !categories.contains(category) { categories.append(category) }
        }
        return categories.sorted()
    }
}

extension JSONValue {
    /// An object's string member, or nil.
    fileprivate func string(_ key: String) -> String? {
        guard case .object(let pairs) = self, let value = pairs.first(where: { $0.0 == key })?.1, case .string(let s) = value else {
            return nil
        }
        return s
    }
}
