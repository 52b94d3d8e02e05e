import DecorumCore
import Foundation
import Testing
@testable import DecorumStore

@Suite("Erasure of one author", .serialized)
struct ErasureTests {
    static let sandra = AuthorID("6483920174625381")
    static let dean = AuthorID("7710000000000009")

    static func comment(_ store: Store, _ id: String, _ text: String, by author: AuthorID, name: String) async throws {
        let item = Item(id: ItemID(id), text: text, author: Author(id: author, name: name))
        try await store.items.recordRevision(item, page: PageID("p1"), kind: .comment, raw: #"{"message":"\#(text)"}"#)
        _ = try await store.webhookEvents.recordDelivery(key: "d-\(id)", itemID: ItemID(id), body: Array(#"{"entry":[{"message":"\#(text)"}]}"#.utf8))
        _ = try await store.decisions.record(Moderator(policy: .builtIn).judge(item), modelVersion: "rules only")
    }

    @Test("every item of the author loses its words, name, id, payloads and notes, except the one under legal hold, which is named with its reason",
          arguments: TestDatabase.allCases)
    func eraseKeepsHeld(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            try await Self.comment(store, "s1", "Waited 40 minutes past my appointment at Ashby Road again", by: Self.sandra, name: "Sandra Holt")
            try await Self.comment(store, "s2", "Dr Hale lied about my smear test results", by: Self.sandra, name: "Sandra Holt")
            try await Self.comment(store, "s3", "Thanks to the nurses for the flu jab", by: Self.sandra, name: "Sandra Holt")
            try await Self.comment(store, "d1", "Sandra is always moaning", by: Self.dean, name: "Dean Whitworth")
            try await store.notes.add("Rang Sandra back", to: ItemID("s1"), by: "karen")
            try await store.holds.place(on: ItemID("s2"), by: "karen", reason: "Solicitor's letter QMC/2026/14")

            let result = try await store.retention.erase(author: Self.sandra, by: "ig.lead")
            #expect(result.erased == 2)
            #expect(result.kept.map(\.item) == [ItemID("s2")] && result.kept.first?.reason == "Solicitor's letter QMC/2026/14")

            for id in ["s1", "s3"] {
                let item = try #require(try await store.items.item(ItemID(id)))
                #expect(item.item.text.isEmpty && item.item.author?.id == nil && item.item.author?.name == nil, "\(id) still holds personal data")
                #expect(try await store.items.revisions(of: ItemID(id)).allSatisfy { $0.text.isEmpty && $0.raw == nil })
                #expect(try await store.webhookEvents.body(forKey: "d-\(id)")?.isEmpty ?? true)
                #expect(try await store.decisions.latest(for: ItemID(id)).map { !$0.categoriesJSON.contains("40 minutes") && !$0.decisionJSON.contains("Ashby") } ?? true)
            }
            #expect(try await store.notes.list(for: ItemID("s1")).isEmpty)
            #expect(try await store.items.item(ItemID("s2"))?.item.text == "Dr Hale lied about my smear test results", "the held item is kept whole")
            #expect(try await store.items.item(ItemID("d1"))?.item.text == "Sandra is always moaning", "nobody else's items change")
            #expect(try await store.items.list(ItemQuery(author: Self.sandra)).map(\.item.id) == [ItemID("s2")])

            let entry = try #require(try await store.audit.search(AuditQuery(event: SQLRetention.erasureEvent, limit: 5)).first)
            #expect(entry.actor == "ig.lead")
            #expect(entry.detailsJSON.contains(#""items_erased":2"#) && entry.detailsJSON.contains("s2"))
            #expect(!entry.detailsJSON.contains("Sandra") && !entry.detailsJSON.contains(Self.sandra.rawValue))
            #expect(try await store.audit.verifyChain().isIntact)
        }
    }
}
