import DecorumCore
import Foundation
import Logging
import Mustache
import SQLKit
import Testing
@testable import DecorumServer
@testable import DecorumStore

@Suite("The dashboard shows the audit chain, legal holds and purged text")
struct GovernancePagesTests {
    func withStore(_ body: (Store) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-audit-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await Store.openMigrated(try DatabaseURL(dir.appendingPathComponent("a.sqlite").path), logger: Logger(label: "test"))
        do {
            for n in 1...3 {
                try await store.audit.append(actor: "jo", event: "approved", itemID: ItemID("300_\(n)"), details: .object([("n", .int(n))]))
            }
            try await body(store)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    static let user = DashboardLayout.User(name: "Jo", roleTitle: "practice manager", csrf: "t", nav: [])

    func render(_ store: Store) async throws -> String {
        let view = try await AuditView.build(store: store, query: AuditQuery(), form: [:])
        let resources = try await DashboardResources.load()
        return try #require(resources.library.render(DashboardPage(practiceName: "Quorn Medical Centre", user: Self.user, audit: view), withTemplate: "audit"))
    }

    @Test("an untouched log shows the chain intact with its number of events")
    func intact() async throws {
        try await withStore { store in
            let html = try await render(store)
            #expect(html.contains(#"<p id="audit-chain" class="flash ok"><strong>Tamper check:</strong> chain intact (3 events)</p>"#))
        }
    }

    @Test("a log edited behind Decorum's back shows the first event altered, as an alert")
    func broken() async throws {
        try await withStore { store in
            let second = try #require(try await store.audit.list(limit: 10, after: nil).dropFirst().first)
            try await store.write { db in try await db.raw("UPDATE audit_log SET actor = 'mallory' WHERE id = \(bind: second.id)").run() }
            let html = try await render(store)
            #expect(html.contains(#"class="flash error" role="alert"><strong>Tamper check:</strong> chain broken: event \#(second.id) (approved) was altered"#))
        }
    }

    @Test("an item page says when the item is under legal hold, and when its text was purged")
    func itemPage() async throws {
        try await withStore { store in
            let held = ItemID("300_8")
            let purged = ItemID("300_9")
            for id in [held, purged] {
                try await store.items.recordRevision(Item(id: id, text: "Thanks Brenda Moss"), page: PageID("p"), kind: .comment, raw: nil)
                try await store.items.setStatus(.allowed, for: id)
            }
            try await store.holds.place(on: held, by: "p.shah", reason: "Complaint <C-12>")
            try await store.write { db in try await db.raw("UPDATE items SET last_seen = 0").run() }
            try await store.retention.purge(Retention(), by: "p.shah", policyVersion: "v")
            let resources = try await DashboardResources.load()
            func page(_ id: ItemID) async throws -> String {
                let stored = try #require(try await store.items.item(id))
                let view = try await ItemView.build(stored, store: store, policy: .builtIn, viewer: "jo", now: Date())
                return try #require(resources.library.render(DashboardPage(practiceName: "Q", user: Self.user, item: view), withTemplate: "item"))
            }
            let heldPage = try await page(held)
            #expect(heldPage.contains("placed by p.shah: Complaint &lt;C-12&gt;. It is kept whole until the hold is released."))
            #expect(heldPage.contains("Thanks Brenda Moss"))
            #expect(!heldPage.contains("text-purged"))
            let purgedPage = try await page(purged)
            #expect(purgedPage.contains("were purged on"))
            #expect(!purgedPage.contains("Brenda"))
            #expect(!purgedPage.contains("legal-hold"))
        }
    }
}
