import DecorumCore
import Foundation
import Logging
import SQLKit
import Testing
@testable import DecorumStore

/// `decorum audit verify`, `decorum hold` and `decorum purge` as an operator runs them, on a database file of their own.
@Suite("decorum audit, hold and purge")
struct GovernanceCommandTests {
    static let words = ["Julie Barker", "Brenda Moss", "Dr Hale"]

    /// A database with three items, settled long ago (two allowed, one actioned), and a few audit entries.
    static func withOldItems(_ body: (String, Store) async throws -> Void) async throws {
        try await UsersCommandTests.withDatabase { database in
            let store = try await Store.openMigrated(try DatabaseURL(database), logger: Logger(label: "governance-tests"))
            do {
                for (id, text, status) in [("400_1", "Saw Julie Barker at the surgery", ItemStatus.allowed),
                                           ("400_2", "Thanks Brenda Moss for the jab", .allowed),
                                           ("400_3", "Dr Hale is a liar", .actioned)] {
                    try await store.items.recordRevision(Item(id: ItemID(id), text: text, author: Author(id: nil, name: "Author \(id)")),
                                                         page: PageID("p1"), kind: .comment, raw: #"{"message":"\#(text)"}"#)
                    try await store.items.setStatus(status, for: ItemID(id))
                    try await store.audit.append(actor: "decorum", event: "judged", itemID: ItemID(id), details: .object([]))
                }
                let old = store.clock.now().addingTimeInterval(-500 * 86_400).storeMillis
                try await store.write { db in try await db.raw("UPDATE items SET last_seen = \(bind: old)").run() }
                try await body(database, store)
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        }
    }

    @Test("audit verify says the chain is intact, then names the event edited behind Decorum's back and exits 1")
    func auditVerify() async throws {
        try await Self.withOldItems { database, store in
            let intact = try await UsersCommandTests.decorum(["audit", "verify"], database: database)
            #expect(intact.status == 0, "\(intact.output)")
            #expect(intact.output.hasPrefix("Audit chain intact (3 events): every event is as it was written. Head hash "))
            let second = try #require(try await store.audit.list(limit: 10, after: nil).dropFirst().first)
            try await store.write { db in try await db.raw("UPDATE audit_log SET event = 'overridden' WHERE id = \(bind: second.id)").run() }
            let broken = try await UsersCommandTests.decorum(["audit", "verify"], database: database)
            #expect(broken.status == 1)
            #expect(broken.output.contains("Audit chain broken (3 events; 1 problem):"))
            #expect(broken.output.contains("first: event \(second.id) (overridden) was altered"))
        }
    }

    @Test("hold keeps an item from the purge; the dry run lists ids and never text; the purge says what went")
    func holdAndPurge() async throws {
        try await Self.withOldItems { database, store in
            let refused = try await UsersCommandTests.decorum(["hold", "400_1"], database: database)
            #expect(refused.status != 0)
            #expect(refused.output.contains("--reason is required"))
            let unknown = try await UsersCommandTests.decorum(["hold", "999_9", "--reason", "complaint"], database: database)
            #expect(unknown.status == 1)
            #expect(unknown.output.contains("There is no item 999_9"))

            let held = try await UsersCommandTests.decorum(["hold", "400_1", "--reason", "complaint C-12", "--by", "practice.manager"], database: database)
            #expect(held.status == 0, "\(held.output)")
            #expect(held.output.contains("Item 400_1 is under legal hold"))
            let list = try await UsersCommandTests.decorum(["hold", "--list"], database: database)
            #expect(list.output.contains("400_1  since "))
            #expect(list.output.contains("by practice.manager: complaint C-12"))

            let dryRun = try await UsersCommandTests.decorum(["purge", "--dry-run"], database: database)
            #expect(dryRun.status == 0, "\(dryRun.output)")
            #expect(dryRun.output.contains("Would purge: 2 items (1 allowed, 1 actioned)"))
            #expect(dryRun.output.contains("400_2"))
            #expect(dryRun.output.contains("400_3"))
            #expect(dryRun.output.contains("Kept under legal hold although past their period: 1 item."))
            #expect(dryRun.output.contains("Nothing was changed"))
            for word in Self.words { #expect(!dryRun.output.contains(word)) }
            #expect(try await store.items.item(ItemID("400_2"))?.item.text == "Thanks Brenda Moss for the jab")

            let purge = try await UsersCommandTests.decorum(["purge", "--by", "practice.manager"], database: database)
            #expect(purge.status == 0, "\(purge.output)")
            #expect(purge.output.contains("Purged: 2 items (1 allowed, 1 actioned)"))
            #expect(purge.output.contains("Kept under legal hold: 1 item."))
            for word in Self.words { #expect(!purge.output.contains(word)) }
            #expect(try await store.items.item(ItemID("400_1"))?.item.text == "Saw Julie Barker at the surgery")
            #expect(try await store.items.item(ItemID("400_2"))?.item.text == "")
            #expect(try await store.items.item(ItemID("400_3"))?.item.text == "")

            let released = try await UsersCommandTests.decorum(["hold", "--release", "400_1", "--reason", "complaint closed"], database: database)
            #expect(released.status == 0, "\(released.output)")
            #expect(released.output.contains("Item 400_1 is no longer under legal hold"))
            let events = try await store.audit.list(for: ItemID("400_1")).map(\.event)
            #expect(events == ["judged", "legal_hold_placed", "legal_hold_released"])
            let verify = try await UsersCommandTests.decorum(["audit", "verify"], database: database)
            #expect(verify.output.hasPrefix("Audit chain intact (6 events)"), "\(verify.output)")
        }
    }
}
