public import DecorumCore
import SQLKit

extension SQLDecisionRepository {
    /// ``record(_:modelVersion:)`` for many judgements in one statement.
    public func recordMany(_ judgements: [Judgement], modelVersion: String) async throws {
        guard !judgements.isEmpty else { return }
        let now = executor.nowMillis
        let rows = judgements.map { judgement -> SQLQueryString in
            let parts = Self.parts(judgement)
            return """
                \(bind: judgement.itemID.rawValue), \(bind: judgement.decision.action.rawValue), \(bind: judgement.decision.needsApproval),
                \(bind: parts.categories), \(bind: parts.entities), \(bind: parts.decision), \(bind: judgement.decision.policyVersion),
                \(bind: modelVersion), \(bind: now)
                """
        }
        try await executor.write { db in
            for chunk in BatchRows.chunks(rows) {
                try await db.raw("""
                    INSERT INTO decisions (item_id, action, needs_approval, categories, entities, decision, policy_version, model_version, created_at)
                    VALUES \(BatchRows.values(Array(chunk)))
                    """).run()
            }
        }
    }
}
