public import DecorumCore
public import struct Foundation.Date

/// Actions on the platform, planned before they are taken so a crash and retry never takes one twice.
public protocol ActionRepository: Sendable {
    /// Plans the action, or returns the action already planned under `idempotencyKey` (unchanged).
    ///
    /// Derive the key from what makes the action unique (e.g. item id + kind), never from time or chance.
    func plan(_ request: ActionRequest, idempotencyKey: String) async throws -> StoredAction
    /// The action, or nil.
    func action(_ id: ActionID) async throws -> StoredAction?
    /// Several actions at once, by id (unknown ids are left out).
    func actions(_ ids: [ActionID]) async throws -> [ActionID: StoredAction]
    /// Records that the platform carried it out; repeating it changes nothing.
    func markDone(_ id: ActionID, response: String?) async throws -> StoredAction
    /// Counts an attempt about to be made, before the platform is called: an action whose count is above
    /// zero may already have reached the platform (a crash or a timeout), so the caller checks before repeating it.
    func beginAttempt(_ id: ActionID) async throws -> StoredAction
    /// ``beginAttempt(_:)`` for several planned actions in one statement; actions no longer planned are left out.
    func beginAttempts(_ ids: [ActionID]) async throws -> [ActionID: StoredAction]
    /// Records why an attempt failed; it will be retried and the action stays planned.
    func recordAttempt(_ id: ActionID, error: String) async throws -> StoredAction
    /// Records that the action failed for good.
    func markFailed(_ id: ActionID, error: String, response: String?) async throws -> StoredAction
    /// Withdraws a planned or waiting action.
    func cancel(_ id: ActionID) async throws -> StoredAction
    /// A moderator's approval: the waiting action becomes planned.
    func approve(_ id: ActionID, by moderator: String) async throws -> StoredAction
    /// The item's actions, oldest first.
    func list(for item: ItemID) async throws -> [StoredAction]
    /// The actions of several items, each item's oldest first.
    func list(for items: [ItemID]) async throws -> [ItemID: [StoredAction]]
    /// Actions whose cause was received in `from..<to`, with when they were done: the service's latency.
    func timings(receivedFrom from: Date, to: Date) async throws -> [ActionTiming]
    /// Actions waiting for a moderator, oldest first.
    func awaitingApproval(limit: Int) async throws -> [StoredAction]
}
