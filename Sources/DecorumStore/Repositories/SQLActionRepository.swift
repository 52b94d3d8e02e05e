public import DecorumCore
public import struct Foundation.Date
import SQLKit

/// ``ActionRepository`` in the `actions` table; `idempotency_key` is UNIQUE.
public struct SQLActionRepository: ActionRepository {
    let executor: any SQLExecutor

    /// Actions in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// Actions inside a transaction.
    public init(transaction: Transaction) { executor = transaction }

    static let columns = """
        id, item_id, page_id, kind, payload, idempotency_key, status, attempts, last_error, platform_response,
        approved_by, requested_by, reason, origin_received_at, created_at, updated_at
        """

    public func plan(_ request: ActionRequest, idempotencyKey: String) async throws -> StoredAction {
        guard !idempotencyKey.isEmpty else { throw StoreError.invalidArgument("An action's idempotency key must not be empty.") }
        let status: ActionStatus = request.needsApproval ? .awaitingApproval : .planned
        let now = executor.nowMillis
        return try await executor.write { db in
            // A concurrent plan with the same key waits for the first to commit, then inserts nothing.
            if let row = try await db.raw("""
                INSERT INTO actions (item_id, page_id, kind, payload, idempotency_key, status, attempts, requested_by, reason,
                                     origin_received_at, created_at, updated_at)
                VALUES (\(bind: request.itemID.rawValue), \(bind: request.page.rawValue), \(bind: request.kind.rawValue),
                        \(bind: request.payloadJSON), \(bind: idempotencyKey), \(bind: status.rawValue), 0,
                        \(bind: request.requestedBy.storable), \(bind: request.reason.storable),
                        \(bind: request.originReceivedAt?.storeMillis), \(bind: now), \(bind: now))
                ON CONFLICT (idempotency_key) DO NOTHING
                RETURNING \(unsafeRaw: Self.columns)
                """).first() {
                return try Self.storedAction(row)
            }
            guard let row = try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM actions WHERE idempotency_key = \(bind: idempotencyKey)
                """).first()
            else { throw StoreError.notFound(table: "actions", id: "with idempotency key \(idempotencyKey)") }
            return try Self.storedAction(row)
        }
    }

    public func action(_ id: ActionID) async throws -> StoredAction? {
        try await executor.read { db in try await Self.fetch(id, db) }
    }

    public func actions(_ ids: [ActionID]) async throws -> [ActionID: StoredAction] {
        guard !ids.isEmpty else { return [:] }
        return try await executor.read { db in
            let rows = try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM actions WHERE id IN (\(binds: ids.map(\.rawValue)))
                """).all()
            return Dictionary(uniqueKeysWithValues: try rows.map(Self.storedAction).map { ($0.id, $0) })
        }
    }

    public func markDone(_ id: ActionID, response: String?) async throws -> StoredAction {
        try await transition(id, from: [.planned, .failed], to: .done, set: "platform_response = \(bind: response), last_error = NULL") {
            $0.status == .done
        }
    }

    public func beginAttempt(_ id: ActionID) async throws -> StoredAction {
        try await transition(id, from: [.planned], to: .planned, set: "attempts = attempts + 1") { _ in false }
    }

    public func beginAttempts(_ ids: [ActionID]) async throws -> [ActionID: StoredAction] {
        guard !ids.isEmpty else { return [:] }
        let now = executor.nowMillis
        return try await executor.write { db in
            let rows = try await db.raw("""
                UPDATE actions SET attempts = attempts + 1, updated_at = \(bind: now)
                WHERE id IN (\(binds: ids.map(\.rawValue))) AND status = \(bind: ActionStatus.planned.rawValue)
                RETURNING \(unsafeRaw: Self.columns)
                """).all()
            return Dictionary(uniqueKeysWithValues: try rows.map(Self.storedAction).map { ($0.id, $0) })
        }
    }

    public func recordAttempt(_ id: ActionID, error: String) async throws -> StoredAction {
        try await transition(id, from: [.planned], to: .planned, set: "last_error = \(bind: error.storable)") { _ in false }
    }

    public func markFailed(_ id: ActionID, error: String, response: String?) async throws -> StoredAction {
        try await transition(
            id, from: [.planned], to: .failed,
            set: "last_error = \(bind: error.storable), platform_response = \(bind: response)"
        ) { $0.status == .failed }
    }

    public func cancel(_ id: ActionID) async throws -> StoredAction {
        try await transition(id, from: [.planned, .awaitingApproval], to: .cancelled, set: nil) { $0.status == .cancelled }
    }

    public func approve(_ id: ActionID, by moderator: String) async throws -> StoredAction {
        try await transition(id, from: [.awaitingApproval], to: .planned, set: "approved_by = \(bind: moderator)") {
            // A second click on "approve" finds it already approved.
            $0.approvedBy != nil && ($0.status == .planned || $0.status == .done)
        }
    }

    public func list(for item: ItemID) async throws -> [StoredAction] {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM actions WHERE item_id = \(bind: item.rawValue) ORDER BY id")
                .all().map(Self.storedAction)
        }
    }

    public func list(for items: [ItemID]) async throws -> [ItemID: [StoredAction]] {
        guard !items.isEmpty else { return [:] }
        return try await executor.read { db in
            let rows = try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM actions WHERE item_id IN (\(binds: items.map(\.rawValue))) ORDER BY id
                """).all()
            return Dictionary(grouping: try rows.map(Self.storedAction), by: \.itemID)
        }
    }

    public func timings(receivedFrom from: Date, to: Date) async throws -> [ActionTiming] {
        try await executor.read { db in
            try await db.raw("""
                SELECT item_id, kind, status, origin_received_at, updated_at FROM actions
                WHERE origin_received_at >= \(bind: from.storeMillis) AND origin_received_at < \(bind: to.storeMillis)
                ORDER BY id
                """).all().map { row in
                let status = try row.value("status", as: ActionStatus.self, table: "actions")
                return ActionTiming(
                    itemID: ItemID(try row.string("item_id")), kind: try row.value("kind", as: ActionKind.self, table: "actions"), status: status,
                    receivedAt: try row.date("origin_received_at"), doneAt: status == .done ? try row.date("updated_at") : nil)
            }
        }
    }

    public func awaitingApproval(limit: Int) async throws -> [StoredAction] {
        guard limit > 0 else { throw StoreError.invalidArgument("The number of actions to list must be positive, not \(limit).") }
        return try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM actions WHERE status = \(bind: ActionStatus.awaitingApproval.rawValue)
                ORDER BY id LIMIT \(bind: limit)
                """).all().map(Self.storedAction)
        }
    }

    /// Moves the action from one of `allowed` to `target`; if it is elsewhere, returns it unchanged when
    /// `alreadyThere` says the change was made before, and throws otherwise.
    private func transition(
        _ id: ActionID, from allowed: [ActionStatus], to target: ActionStatus, set assignments: SQLQueryString?,
        alreadyThere: @escaping @Sendable (StoredAction) -> Bool
    ) async throws -> StoredAction {
        let now = executor.nowMillis
        var extra: SQLQueryString = ""
        if let assignments { extra = ", \(assignments)" }
        return try await executor.write { db in
            if let row = try await db.raw("""
                UPDATE actions SET status = \(bind: target.rawValue), updated_at = \(bind: now)\(extra)
                WHERE id = \(bind: id.rawValue) AND status IN (\(binds: allowed.map(\.rawValue)))
                RETURNING \(unsafeRaw: Self.columns)
                """).first() {
                return try Self.storedAction(row)
            }
            guard let current = try await Self.fetch(id, db) else { throw StoreError.notFound(table: "actions", id: id.description) }
            guard alreadyThere(current) else {
                throw StoreError.invalidTransition(
                    table: "actions", id: id.description, from: current.status.rawValue, to: target.rawValue)
            }
            return current
        }
    }

    private static func fetch(_ id: ActionID, _ db: any SQLDatabase) async throws -> StoredAction? {
        try await db.raw("SELECT \(unsafeRaw: columns) FROM actions WHERE id = \(bind: id.rawValue)").first().map(storedAction)
    }

    static func storedAction(_ row: any SQLRow) throws -> StoredAction {
        StoredAction(
            id: ActionID(rawValue: try row.int64("id")), itemID: ItemID(try row.string("item_id")),
            page: PageID(try row.string("page_id")), kind: try row.value("kind", as: ActionKind.self, table: "actions"),
            payloadJSON: try row.string("payload"), idempotencyKey: try row.string("idempotency_key"),
            status: try row.value("status", as: ActionStatus.self, table: "actions"), attempts: try row.int("attempts"),
            lastError: try row.optionalString("last_error"), platformResponse: try row.optionalString("platform_response"),
            approvedBy: try row.optionalString("approved_by"), requestedBy: try row.optionalString("requested_by") ?? "decorum",
            reason: try row.optionalString("reason"), originReceivedAt: try row.optionalDate("origin_received_at"),
            createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
