import DecorumCore
import Foundation
import SQLKit
import Testing
@testable import DecorumStore

@Suite("Legal holds")
struct LegalHoldTests {
    static let item = ItemID("104_7")

    static func withItem(_ database: TestDatabase, _ body: (Store) async throws -> Void) async throws {
        try await database.withStore { store, _ in
            try await store.items.recordRevision(Item(id: item, text: "Dr Hale lied about my results"), page: PageID("p1"), kind: .comment, raw: nil)
            try await body(store)
        }
    }

    @Test("placing and releasing a hold are audited with who and why", arguments: TestDatabase.allCases)
    func placeAndRelease(database: TestDatabase) async throws {
        try await Self.withItem(database) { store in
            let hold = try await store.holds.place(on: Self.item, by: "practice.manager", reason: "  Solicitor's letter ref QMC/2026/14 ")
            #expect(hold.reason == "Solicitor's letter ref QMC/2026/14")
            #expect(try await store.holds.hold(on: Self.item) == hold)
            #expect(try await store.holds.held(among: [Self.item, ItemID("other")]) == [Self.item])
            try await store.holds.release(Self.item, by: "information.governance", reason: "Matter settled")
            #expect(try await store.holds.hold(on: Self.item) == nil)
            #expect(try await store.holds.all() == [])

            let audit = try await store.audit.list(for: Self.item)
            #expect(audit.map(\.event) == [SQLLegalHoldRepository.Event.placed, SQLLegalHoldRepository.Event.released])
            #expect(audit.map(\.actor) == ["practice.manager", "information.governance"])
            #expect(audit[0].detailsJSON == #"{"reason":"Solicitor's letter ref QMC/2026/14"}"#)
            #expect(audit[1].detailsJSON.contains(#""reason":"Matter settled","placed_by":"practice.manager""#))
            #expect(try await store.audit.verifyChain().isIntact)
        }
    }

    @Test("a hold inside a transaction commits with it, or not at all", arguments: TestDatabase.allCases)
    func inTransaction(database: TestDatabase) async throws {
        try await Self.withItem(database) { store in
            struct Abandon: Error {}
            await #expect(throws: Abandon.self) {
                try await store.transaction { tx in
                    try await tx.holds.place(on: Self.item, by: "pm", reason: "complaint")
                    throw Abandon()
                }
            }
            #expect(try await store.holds.hold(on: Self.item) == nil)
            #expect(try await store.audit.list(for: Self.item).isEmpty)
            _ = try await store.transaction { tx in try await tx.holds.place(on: Self.item, by: "pm", reason: "complaint") }
            #expect(try await store.holds.hold(on: Self.item)?.placedBy == "pm")
            #expect(try await store.audit.verifyChain() == AuditChainReport(
                events: 1, headHash: try #require(try await store.audit.list(for: Self.item).last?.hash), problems: []))
        }
    }

    @Test("holds that cannot be placed or released say why", arguments: TestDatabase.allCases)
    func refusals(database: TestDatabase) async throws {
        try await Self.withItem(database) { store in
            await #expect(throws: LegalHoldError.noSuchItem(ItemID("nope"))) {
                try await store.holds.place(on: ItemID("nope"), by: "pm", reason: "complaint")
            }
            await #expect(throws: LegalHoldError.reasonRequired) { try await store.holds.place(on: Self.item, by: "pm", reason: " \n") }
            await #expect(throws: LegalHoldError.notHeld(Self.item)) { try await store.holds.release(Self.item, by: "pm", reason: "done") }
            let hold = try await store.holds.place(on: Self.item, by: "pm", reason: "complaint")
            await #expect(throws: LegalHoldError.alreadyHeld(Self.item, by: "pm", since: hold.placedAt)) {
                try await store.holds.place(on: Self.item, by: "someone.else", reason: "again")
            }
            await #expect(throws: LegalHoldError.reasonRequired) { try await store.holds.release(Self.item, by: "pm", reason: "") }
            #expect(try await store.audit.list(for: Self.item).count == 1)
        }
    }

    @Test("a held item's row cannot be deleted, even by hand", arguments: TestDatabase.allCases)
    func notDeletable(database: TestDatabase) async throws {
        try await Self.withItem(database) { store in
            try await store.holds.place(on: Self.item, by: "pm", reason: "complaint")
            await #expect(throws: (any Error).self) {
                try await store.write { db in try await db.raw("DELETE FROM items WHERE id = \(bind: Self.item.rawValue)").run() }
            }
            #expect(try await store.items.item(Self.item) != nil)
        }
    }
}
