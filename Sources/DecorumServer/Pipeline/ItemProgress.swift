import DecorumCore
import DecorumStore

/// Works out where an item stands from its latest decision and the actions taken since: the one place
/// an item's status is decided, whether by the workers, a moderator or the platform.
enum ItemProgress {
    /// The status the item should have now.
    static func status(current: ItemStatus, decision: Action?, actions: [StoredAction]) -> ItemStatus {
        if current == .ignored || current == .received { return current }
        if actions.contains(where: { $0.status == .failed }) { return .actionFailed }
        if actions.contains(where: { $0.status == .awaitingApproval }) { return .awaitingApproval }
        if current == .resolved { return .resolved }
        if actions.contains(where: { $0.status == .planned }) { return .judged }
        if decision == .review { return .inReview }
        if actions.contains(where: { $0.status == .done }) { return .actioned }
        return .allowed
    }

    /// ``refresh(_:in:judged:)`` for several items, with three reads in all rather than three an item.
    static func refresh(_ ids: Set<ItemID>, in tx: Transaction) async throws {
        guard !ids.isEmpty else { return }
        let list = Array(ids)
        let items = try await tx.items.items(list)
        let decisions = try await tx.decisions.latest(for: list)
        let actions = try await tx.actions.list(for: list)
        var changed = [ItemID: ItemStatus]()
        for (id, item) in items {
            let decision = decisions[id]
            let since = (actions[id] ?? []).filter { action in decision.map { action.createdAt >= $0.createdAt } ?? true }
            let status = status(current: item.status, decision: decision?.action, actions: since)
            if status != item.status { changed[id] = status }
        }
        try await tx.items.setStatuses(changed)
    }

    /// Recomputes and stores the item's status inside `tx`; returns it (nil for an unknown item).
    ///
    /// A `received` item waits for the judging step, which passes `judged: true`; nothing else moves it on.
    @discardableResult
    static func refresh(_ id: ItemID, in tx: Transaction, judged: Bool = false) async throws -> ItemStatus? {
        guard var item = try await tx.items.item(id) else { return nil }
        if judged { item.status = .judged }
        let decision = try await tx.decisions.latest(for: id)
        let actions = try await tx.actions.list(for: id).filter { action in
            decision.map { action.createdAt >= $0.createdAt } ?? true
        }
        let status = status(current: item.status, decision: decision?.action, actions: actions)
        if status != item.status || judged { try await tx.items.setStatus(status, for: id) }
        return status
    }
}
