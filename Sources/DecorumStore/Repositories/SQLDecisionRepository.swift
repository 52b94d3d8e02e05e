public import DecorumCore
import SQLKit

/// ``DecisionRepository`` in the `decisions` table.
public struct SQLDecisionRepository: DecisionRepository {
    let executor: any SQLExecutor

    /// Decisions in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// Decisions inside a transaction.
    public init(transaction: Transaction) { executor = transaction }

    static let columns = """
        id, item_id, action, needs_approval, categories, entities, decision, policy_version, model_version, created_at
        """

    public func record(_ judgement: Judgement, modelVersion: String) async throws -> StoredDecision {
        let (categories, entities, decision) = Self.parts(judgement)
        let now = executor.nowMillis
        return try await executor.write { db in
            let row = try await db.raw("""
                INSERT INTO decisions (item_id, action, needs_approval, categories, entities, decision,
                                       policy_version, model_version, created_at)
                VALUES (\(bind: judgement.itemID.rawValue), \(bind: judgement.decision.action.rawValue),
                        \(bind: judgement.decision.needsApproval), \(bind: categories), \(bind: entities), \(bind: decision),
                        \(bind: judgement.decision.policyVersion), \(bind: modelVersion), \(bind: now))
                RETURNING \(unsafeRaw: Self.columns)
                """).first()
            guard let row else { throw StoreError.notFound(table: "decisions", id: judgement.itemID.rawValue) }
            return try Self.storedDecision(row)
        }
    }

    public func latest(for item: ItemID) async throws -> StoredDecision? {
        try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM decisions WHERE item_id = \(bind: item.rawValue) ORDER BY id DESC LIMIT 1
                """).first().map(Self.storedDecision)
        }
    }

    public func latest(for items: [ItemID]) async throws -> [ItemID: StoredDecision] {
        guard !items.isEmpty else { return [:] }
        return try await executor.read { db in
            let rows = try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM decisions WHERE id IN (
                    SELECT MAX(id) FROM decisions WHERE item_id IN (\(binds: items.map(\.rawValue))) GROUP BY item_id)
                """).all()
            return Dictionary(uniqueKeysWithValues: try rows.map(Self.storedDecision).map { ($0.itemID, $0) })
        }
    }

    public func list(for item: ItemID) async throws -> [StoredDecision] {
        try await executor.read { db in
            try await db.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM decisions WHERE item_id = \(bind: item.rawValue) ORDER BY id
                """).all().map(Self.storedDecision)
        }
    }

    /// The judgement's categories, entities and decision, each as the public JSON text stored in its column.
    static func parts(_ judgement: Judgement) -> (categories: String, entities: String, decision: String) {
        let json = judgement.json
        return (json.member("categories")?.serialized() ?? "[]", json.member("entities")?.serialized() ?? "[]",
                json.member("decision")?.serialized() ?? "{}")
    }

    static func storedDecision(_ row: any SQLRow) throws -> StoredDecision {
        StoredDecision(
            id: DecisionID(rawValue: try row.int64("id")), itemID: ItemID(try row.string("item_id")),
            action: try row.value("action", as: Action.self, table: "decisions"), needsApproval: try row.bool("needs_approval"),
            categoriesJSON: try row.string("categories"), entitiesJSON: try row.string("entities"),
            decisionJSON: try row.string("decision"), policyVersion: try row.string("policy_version"),
            modelVersion: try row.string("model_version"), createdAt: try row.date("created_at"))
    }
}
