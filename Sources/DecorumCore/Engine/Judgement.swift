/// Everything Decorum concluded about one item: what it breaks, the evidence, and the decision.
public struct Judgement: Sendable {
    public var itemID: ItemID
    /// Categories at or above the reporting threshold, in contract order.
    public var categories: [CategoryResult]
    public var entities: [Entity]
    public var decision: Decision

    public init(itemID: ItemID, categories: [CategoryResult], entities: [Entity], decision: Decision) {
        self.itemID = itemID
        self.categories = categories
        self.entities = entities
        self.decision = decision
    }

    public var categorySet: Set<Category> { Set(categories.map(\.category)) }
}

/// One category an item falls in, with the combined confidence of every detector's findings and all
/// their evidence: the same shape as a single detector's finding.
public typealias CategoryResult = Finding
