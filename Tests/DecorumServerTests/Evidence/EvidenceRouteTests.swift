import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// `GET /items/:id/evidence.zip` and the item page's button, over the live dashboard on SQLite.
@Suite("Evidence packs from the dashboard")
struct EvidenceRouteTests {
    /// Who may make packs, said here rather than read from the code under test.
    static let makers: [UserRole] = [.practiceManager, .informationGovernanceLead, .admin]
    static let others: [UserRole] = [.moderator, .safeguardingLead, .deputySafeguardingLead]

    static func run(_ body: @escaping @Sendable (AuthHarness, ItemID) async throws -> Void) async throws {
        try await ReportsPageHarness.run(seeding: [], now: Date(timeIntervalSince1970: 1_780_000_000)) { h in
            let (item, _) = try await EvidenceSeed.defamation(in: h.store, clock: h.clock)
            try await body(h, item)
        }
    }

    static func signIn(_ h: AuthHarness, _ role: UserRole) async throws -> AuthHarness.Browser {
        try await ReportsPageTests.signIn(h, role)
    }

    @Test("the roles that make packs download it as an attachment, a ZIP the tests' reader opens, and the download is audited", arguments: makers)
    func served(role: UserRole) async throws {
        try await Self.run { h, item in
            let browser = try await Self.signIn(h, role)
            let page = try await h.get("/items/\(item.rawValue)", browser: browser)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains(#"<a class="button" id="evidence-pack" href="/items/555000111_777000901/evidence.zip" download>"#))

            let response = try await h.get("/items/\(item.rawValue)/evidence.zip", browser: browser)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/zip")
            #expect(response.headers[.contentDisposition] == #"attachment; filename="evidence-555000111_777000901-20260528.zip""#)
            #expect(response.headers[.cacheControl]?.contains("no-store") == true)
            let entries = try ZipEntries(response.body.readableBytesView.map { $0 })
            #expect(entries.names.contains("notice-of-complaint.txt") && entries.names.last == "manifest.sha256")
            let made = try #require(try await h.store.audit.list(for: item).last)
            #expect(made.event == "evidence_pack_made")
            #expect(made.actor == "user.\(role.rawValue)")
        }
    }

    @Test("other roles are refused the pack (403) and see no button", arguments: others)
    func refused(role: UserRole) async throws {
        try await Self.run { h, item in
            let browser = try await Self.signIn(h, role)
            let page = try await h.get("/items/\(item.rawValue)", browser: browser)
            #expect(page.status == .ok)
            #expect(!String(buffer: page.body).contains("evidence.zip"))
            let response = try await h.get("/items/\(item.rawValue)/evidence.zip", browser: browser)
            #expect(response.status == .forbidden)
            #expect(try await h.store.audit.list(for: item).allSatisfy { $0.event != "evidence_pack_made" })
        }
    }

    @Test("signed out, the pack's address sends the browser to log in")
    func signedOut() async throws {
        try await Self.run { h, item in
            let response = try await h.get("/items/\(item.rawValue)/evidence.zip", browser: AuthHarness.Browser())
            #expect(response.status == .seeOther)
            #expect(response.headers[.location]?.hasPrefix("/login") == true)
        }
    }

    @Test("an item with no grounds is refused (409) with the reason, and its page offers to make one anyway, which works")
    func forced() async throws {
        try await Self.run { h, _ in
            let id = "555000111_777000902"
            try await EvidenceSeed.deliver(EvidenceFixtures.envelope(EvidenceFixtures.comment("add", id: id, text: EvidenceFixtures.complaintText)), to: h.store)
            let browser = try await Self.signIn(h, .practiceManager)
            let page = String(buffer: try await h.get("/items/\(id)", browser: browser).body)
            #expect(page.contains(#"href="/items/555000111_777000902/evidence.zip?force=1" download>Make an evidence pack anyway</a>"#))
            let refused = try await h.get("/items/\(id)/evidence.zip", browser: browser)
            #expect(refused.status == .conflict)
            #expect(String(buffer: refused.body).contains("Item 555000111_777000902 is not defamation or a threat"))
            let forced = try await h.get("/items/\(id)/evidence.zip?force=1", browser: browser)
            #expect(forced.status == .ok)
            #expect(try ZipEntries(forced.body.readableBytesView.map { $0 }).names.contains("summary.html"))
        }
    }
}
