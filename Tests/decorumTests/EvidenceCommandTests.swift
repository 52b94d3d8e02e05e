import DecorumCore
import DecorumStore
import Foundation
import Logging
import Testing

/// `decorum evidence` as the practice manager runs it, on a database file of its own.
@Suite("decorum evidence")
struct EvidenceCommandTests {
    /// A comment with a decision in `category` (evidence quoting its words), stored as the pipeline stores it.
    static func seed(_ id: String, text: String, category: DecorumCore.Category, in database: String) async throws {
        let store = try await Store.openMigrated(try DatabaseURL(database), logger: Logger(label: "evidence-command-tests"))
        let item = Item(id: ItemID(id), text: text, author: Author(id: AuthorID("6483920174625381"), name: "Sandra Holt"),
                        platform: "facebook", parentID: ItemID("1000000000001_555000111"))
        try await store.items.recordRevision(item, page: PageID("1000000000001"), kind: .comment, raw: nil)
        let evidence = Evidence(span: TextSpan(0, 12), text: String(text.prefix(12)), detector: "test", reason: "an allegation")
        _ = try await store.decisions.record(Judgement(
            itemID: item.id, categories: [CategoryResult(category: category, confidence: 0.9, evidence: [evidence])], entities: [],
            decision: Decision(action: .hide, rules: [], replies: [], escalations: [], explanation: "seeded", policyVersion: "quorn-2026.1")),
            modelVersion: "rules only")
        try await store.close()
    }

    @Test("writes the pack for a defamation item where asked, refuses another item by name unless forced, and never overwrites a different file")
    func evidence() async throws {
        try await UsersCommandTests.withDatabase { database in
            let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
            try await Self.seed("555_1", text: "Dr Whitfield was drunk at work", category: .defamation, in: database)
            try await Self.seed("555_2", text: "Lovely nurses, thank you", category: .review, in: database)
            let out = folder.appendingPathComponent("pack.zip").path

            let made = try await UsersCommandTests.decorum(["evidence", "555_1", "--out", out, "--by", "pm.jones"], database: database)
            #expect(made.status == 0, "\(made.output)")
            #expect(made.output.hasPrefix("Wrote \(out): the evidence pack for item 555_1, "))
            let bytes = try #require(FileManager.default.contents(atPath: out))
            #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
            let attributes = try FileManager.default.attributesOfItem(atPath: out)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)

            // The same records give the same pack: made again, it is already there.
            let again = try await UsersCommandTests.decorum(["evidence", "555_1", "--out", out], database: database)
            #expect(again.status == 0, "\(again.output)")
            #expect(FileManager.default.contents(atPath: out) == bytes)

            let refused = try await UsersCommandTests.decorum(["evidence", "555_2", "--out", out], database: database)
            #expect(refused.status == 1)
            #expect(refused.output.contains("decorum evidence: Item 555_2 is not defamation or a threat: Decorum's decisions about it found only review."))

            let clash = try await UsersCommandTests.decorum(["evidence", "555_2", "--force", "--out", out], database: database)
            #expect(clash.status == 1)
            #expect(clash.output.contains("already exists and is not this pack"))
            #expect(FileManager.default.contents(atPath: out) == bytes)

            let forcedPath = folder.appendingPathComponent("forced.zip").path
            let forced = try await UsersCommandTests.decorum(["evidence", "555_2", "--force", "--out", forcedPath], database: database)
            #expect(forced.status == 0, "\(forced.output)")

            let unknown = try await UsersCommandTests.decorum(["evidence", "999_9"], database: database)
            #expect(unknown.status == 1)
            #expect(unknown.output.contains("There is no item 999_9"))

            let store = try await Store.openMigrated(try DatabaseURL(database), logger: Logger(label: "evidence-command-tests"))
            let made1 = try await store.audit.list(for: ItemID("555_1")).filter { $0.event == "evidence_pack_made" }
            let made2 = try await store.audit.list(for: ItemID("555_2")).filter { $0.event == "evidence_pack_made" }
            try await store.close()
            #expect(made1.first?.actor == "pm.jones")
            #expect(made1.count == 2)
            // The pack that clashed with the file on disk was not recorded as made.
            #expect(made2.count == 1)
            #expect(made2.allSatisfy { $0.detailsJSON.contains(#""forced":true"#) })
        }
    }
}
