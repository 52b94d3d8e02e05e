public import DecorumCore

/// Every judgement made about an item, kept (a re-judged edit adds one).
public protocol DecisionRepository: Sendable {
    /// Records the judgement of a stored item.
    func record(_ judgement: Judgement, modelVersion: String) async throws -> StoredDecision
    /// The item's most recent decision.
    func latest(for item: ItemID) async throws -> StoredDecision?
    /// The latest decision of each of several items.
    func latest(for items: [ItemID]) async throws -> [ItemID: StoredDecision]
    /// The item's decisions, oldest first.
    func list(for item: ItemID) async throws -> [StoredDecision]
}
