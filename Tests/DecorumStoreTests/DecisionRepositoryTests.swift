import DecorumCore
import Testing
@testable import DecorumStore

@Suite("Decisions")
struct DecisionRepositoryTests {
    static func judgement(_ item: ItemID, action: Action, policy: String) -> Judgement {
        let text = "Dr Smith is a disgrace"
        let evidence = Evidence(span: TextSpan(0, 8), text: "Dr Smith", detector: "people", reason: "a named doctor")
        return Judgement(
            itemID: item,
            categories: [CategoryResult(category: .abusive, confidence: 0.91, evidence: [evidence])],
            entities: [],
            decision: Decision(
                action: action, rules: [RuleID("abuse")], replies: [Reply(channel: .private, text: "Please contact us", rule: "abuse")],
                escalations: [], needsApproval: action == .delete, explanation: "Abusive about \(text.prefix(8))", policyVersion: policy))
    }

    @Test("each judgement is kept with the policy and model versions; the latest is found", arguments: TestDatabase.allCases)
    func record(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let item = ItemID("999_8")
            try await store.items.recordRevision(Item(id: item, text: "Dr Smith is a disgrace"), page: PageID("p"), kind: .comment, raw: nil)
            let first = try await store.decisions.record(Self.judgement(item, action: .hide, policy: "2025-06"), modelVersion: "m1")
            let second = try await store.decisions.record(Self.judgement(item, action: .delete, policy: "2025-07"), modelVersion: "m2")
            #expect(first.action == .hide)
            #expect(first.policyVersion == "2025-06")
            #expect(first.modelVersion == "m1")
            #expect(first.categoriesJSON.contains(#""category":"abusive""#))
            #expect(first.categoriesJSON.contains(#""text":"Dr Smith""#))
            #expect(first.decisionJSON.contains(#""action":"hide""#))
            #expect(first.entitiesJSON == "[]")
            #expect(second.needsApproval)
            #expect(try await store.decisions.latest(for: item) == second)
            #expect(try await store.decisions.list(for: item) == [first, second])
            #expect(try await store.decisions.latest(for: ItemID("other")) == nil)
        }
    }

    @Test("a decision about an item the store never received is refused", arguments: TestDatabase.allCases)
    func unknownItem(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            await #expect(throws: (any Error).self) {
                try await store.decisions.record(Self.judgement(ItemID("ghost"), action: .hide, policy: "v"), modelVersion: "m")
            }
        }
    }
}
