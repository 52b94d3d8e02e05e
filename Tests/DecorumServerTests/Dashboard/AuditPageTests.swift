import DecorumCore
import Foundation
import Logging
import Mustache
import SQLKit
import Testing
@testable import DecorumServer
@testable import DecorumStore

@Suite("The audit page checks the hash chain")
struct AuditPageTests {
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

    func render(_ store: Store) async throws -> String {
        let view = try await AuditView.build(store: store, query: AuditQuery(), form: [:])
        let resources = try await DashboardResources.load()
        let user = DashboardLayout.User(name: "Jo", roleTitle: "practice manager", csrf: "t", nav: [])
        return try #require(resources.library.render(DashboardPage(practiceName: "Quorn Medical Centre", user: user, audit: view), withTemplate: "audit"))
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
}
