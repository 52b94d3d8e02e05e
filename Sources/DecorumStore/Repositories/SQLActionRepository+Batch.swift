import DecorumCore
import SQLKit

extension SQLActionRepository {
    /// ``plan(_:idempotencyKey:)`` for many actions in two statements; the stored actions in the order given,
    /// each with whether it is new (an action already planned under its key is returned unchanged).
    ///
    /// With `countingFirstAttempt`, new actions that need no approval are stored with their first attempt
    /// counted: for a worker that will send them straight after the commit (see ``ActionRepository/beginAttempt(_:)``).
    public func planMany(
        _ requests: [(request: ActionRequest, idempotencyKey: String)], countingFirstAttempt: Bool = false
    ) async throws -> [(action: StoredAction, isNew: Bool)] {
        guard !requests.isEmpty else { return [] }
        if requests.contains(where: { $0.idempotencyKey.isEmpty }) {
            throw StoreError.invalidArgument("An action's idempotency key must not be empty.")
        }
        let now = executor.nowMillis
        return try await executor.write { db in
            var byKey = [String: StoredAction]()
            var new = Set<String>()
            for chunk in BatchRows.chunks(requests) {
                let rows = chunk.map { entry -> SQLQueryString in
                    let r = entry.request
                    let status: ActionStatus = r.needsApproval ? .awaitingApproval : .planned
                    let attempts = countingFirstAttempt && status == .planned ? 1 : 0
                    return """
                        \(bind: r.itemID.rawValue), \(bind: r.page.rawValue), \(bind: r.kind.rawValue), \(bind: r.payloadJSON),
                        \(bind: entry.idempotencyKey), \(bind: status.rawValue), \(bind: attempts), \(bind: r.requestedBy.storable), \(bind: r.reason.storable),
                        \(bind: r.originReceivedAt?.storeMillis), \(bind: now), \(bind: now)
                        """
                }
                for row in try await db.raw("""
                    INSERT INTO actions (item_id, page_id, kind, payload, idempotency_key, status, attempts, requested_by, reason,
                                         origin_received_at, created_at, updated_at)
                    VALUES \(BatchRows.values(rows))
                    ON CONFLICT (idempotency_key) DO NOTHING
                    RETURNING \(unsafeRaw: Self.columns)
                    """).all() {
                    let action = try Self.storedAction(row)
                    byKey[action.idempotencyKey] = action
                    new.insert(action.idempotencyKey)
                }
            }
            let missing = Array(Set(requests.map(\.idempotencyKey)).subtracting(byKey.keys))
            for chunk in BatchRows.chunks(missing) where !chunk.isEmpty {
                for row in try await db.raw("""
                    SELECT \(unsafeRaw: Self.columns) FROM actions WHERE idempotency_key IN (\(binds: Array(chunk)))
                    """).all() {
                    let action = try Self.storedAction(row)
                    byKey[action.idempotencyKey] = action
                }
            }
            return try requests.map { entry in
                guard let action = byKey[entry.idempotencyKey] else {
                    throw StoreError.notFound(table: "actions", id: "with idempotency key \(entry.idempotencyKey)")
                }
                return (action, new.contains(entry.idempotencyKey))
            }
        }
    }

    /// ``markDone(_:response:)`` for many actions in one statement; returns the actions now done
    /// (including any that were done before).
    public func markDoneMany(_ done: [(id: ActionID, response: String?)]) async throws -> [ActionID: StoredAction] {
        guard !done.isEmpty else { return [:] }
        let now = executor.nowMillis
        return try await executor.write { db in
            var result = [ActionID: StoredAction]()
            for chunk in BatchRows.chunks(done) {
                let responses = chunk.map { entry -> SQLQueryString in "WHEN \(bind: entry.id.rawValue) THEN \(bind: entry.response)" }
                let ids = chunk.map(\.id.rawValue)
                for row in try await db.raw("""
                    UPDATE actions SET status = 'done', last_error = NULL, updated_at = \(bind: now),
                        platform_response = CASE id \(responses.joined(separator: " ")) END
                    WHERE id IN (\(binds: ids)) AND status IN ('planned', 'failed')
                    RETURNING \(unsafeRaw: Self.columns)
                    """).all() {
                    let action = try Self.storedAction(row)
                    result[action.id] = action
                }
                let already = ids.filter { result[ActionID(rawValue: $0)] == nil }
                if !already.isEmpty {
                    for row in try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM actions WHERE id IN (\(binds: already))").all() {
                        let action = try Self.storedAction(row)
                        guard action.status == .done else {
                            throw StoreError.invalidTransition(table: "actions", id: action.id.description, from: action.status.rawValue, to: "done")
                        }
                        result[action.id] = action
                    }
                }
            }
            return result
        }
    }
}
