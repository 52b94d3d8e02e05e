import Testing
@testable import DecorumCore

@Suite("What a purge keeps of a decision")
struct JudgementRedactionTests {
    static let moderator = Moderator(policy: .builtIn)

    /// Comments whose decisions quote their words, with the words that must go.
    static let examples: [(text: String, words: [String])] = [
        ("Saw Julie Barker from the Co-op in the waiting room, hope her cancer's not back", ["Julie Barker", "cancer's"]),
        ("Dr Whitfeild was drunk again on Tuesday, ring me on 07700 900123", ["Whitfeild", "07700 900123"]),
        ("my neighbour Dave Price at 14 Elm Road had his HIV test here", ["Dave Price", "14 Elm Road", "HIV"]),
    ]

    static func redacted(_ text: String) -> (judgement: Judgement, before: String, categories: String, entities: String, decision: String) {
        let judgement = moderator.judge(Item(id: ItemID("r1"), text: text))
        let json = judgement.json
        func member(_ key: String) -> JSONValue {
            guard case .object(let pairs) = json, let value = pairs.first(where: { $0.0 == key })?.1 else { return .null }
            return value
        }
        let r = JudgementRedaction.redact(categories: member("categories"), entities: member("entities"), decision: member("decision"))
        return (judgement, json.serialized(), r.categories.serialized(), r.entities.serialized(), r.decision.serialized())
    }

    @Test("no word the author wrote is left in the evidence, the entities or the explanation", arguments: examples)
    func wordsGone(text: String, words: [String]) throws {
        let r = Self.redacted(text)
        try #require(!r.judgement.categories.isEmpty, "the example should be flagged")
        #expect(r.judgement.decision.explanation.contains("\""), "the explanation quoted the comment before")
        for word in words {
            #expect(r.before.contains(word), "\(word) was not quoted to begin with")
            for json in [r.categories, r.entities, r.decision] { #expect(!json.contains(word), "\(word) is still in \(json)") }
        }
    }

    @Test("what was decided, and why in general terms, is kept", arguments: examples)
    func metadataKept(text: String, words: [String]) throws {
        let r = Self.redacted(text)
        for category in r.judgement.categories {
            #expect(r.categories.contains(#""category":"\#(category.category.rawValue)""#))
            for evidence in category.evidence {
                #expect(r.categories.contains(#""start":\#(evidence.span.start),"end":\#(evidence.span.end),"text":"""#))
                #expect(r.categories.contains(#""detector":"\#(evidence.detector)""#))
            }
        }
        #expect(r.decision.contains(#""action":"\#(r.judgement.decision.action.rawValue)""#))
        #expect(r.decision.contains(#""policy_version":"quorn-2026.1""#))
        let rule = try #require(r.judgement.decision.rules.first)
        let label = try #require(Policy.builtIn.rule(id: rule)).clauseNumber.map { "Clause \($0)" } ?? "rule"
        #expect(r.decision.contains(label) || r.decision.contains("rule applies"))
    }

    @Test("a quotation inside running text is taken out whole, leaving the sentence readable")
    func explanationReads() {
        let r = Self.redacted("Saw Julie Barker from the Co-op in the waiting room, hope her cancer's not back")
        #expect(r.decision.contains("information that identifies another person."))
        #expect(!r.decision.contains("()"))
    }
}
