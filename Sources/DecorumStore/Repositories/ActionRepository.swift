public import DecorumCore

/// Actions on the platform, planned before they are taken so a crash and retry never takes one twice.
public protocol ActionRepository: Sendable {
    /// Plans the action, or returns the action already planned under `idempotencyKey` (unchanged).
    ///
    /// Derive the key from what makes the action unique (e.g. item id + kind), never from time or chance.
    func plan(_ request: ActionRequest, idempotencyKey: String) async throws -> StoredAction
    /// The action, or nil.
    func action(_ id: ActionID) async throws -> StoredAction?
    /// Records that the platform carried it out; repeating it changes nothing.
    func markDone(_ id: ActionID, response: String?) async throws -> StoredAction
    /// Records a failed attempt that will be retried: the action stays planned.
    func recordAttempt(_ id: ActionID, error: String) async throws -> StoredAction
    /// Records that the action failed for good.
    func markFailed(_ id: ActionID, error: String, response: String?) async throws -> StoredAction
    /// Withdraws a planned or waiting action.
    func cancel(_ id: ActionID) async throws -> StoredAction
    /// A moderator's approval: the waiting action becomes planned.
    func approve(_ id: ActionID, by moderator: String) async throws -> StoredAction
    /// The item's actions, oldest first.
    func list(for item: ItemID) async throws -> [StoredAction]
    /// Actions waiting for a moderator, oldest first.
    func awaitingApproval(limit: Int) async throws -> [StoredAction]
}
