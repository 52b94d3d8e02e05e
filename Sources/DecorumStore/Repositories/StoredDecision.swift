public import DecorumCore
public import struct Foundation.Date

/// A judgement as recorded: what was decided about an item, with the evidence and the versions that decided it.
public struct StoredDecision: Sendable, Hashable {
    public var id: DecisionID
    public var itemID: ItemID
    public var action: Action
    public var needsApproval: Bool
    /// The categories with confidences and evidence, in Decorum's public JSON shape.
    public var categoriesJSON: String
    /// The entities found (names, staff, numbers…), in Decorum's public JSON shape.
    public var entitiesJSON: String
    /// The decision (action, rules, replies, escalations, explanation…), in Decorum's public JSON shape.
    public var decisionJSON: String
    public var policyVersion: String
    public var modelVersion: String
    public var createdAt: Date
}
