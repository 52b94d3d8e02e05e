import DecorumCore
import DecorumStore
import Foundation
import Logging
import Mustache
import Testing
@testable import DecorumServer

/// The queue and item pages rendered from a real store, with comments written to break a page: every one
/// must come out as inert text.
@Suite("Dashboard pages render hostile comments as inert text")
struct DashboardViewTests {
    static let hostile = [
        ("h1", "Your doctors are useless <script>alert('pwned')</script> idiots"),
        ("h2", #"Absolute scum the lot of you "><img src=x onerror=alert(1)> f***ing useless"#),
        ("h3", "Dr Khan was drunk again \u{202E}gnirts neddih\u{202C} he should be struck off"),
        ("h4", "Saw Julie Barker in the waiting room, hope her cancer's not back {{layout}} {{{user.csrf}}}"),
    ]

    func withJudgedStore(_ body: (Store) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-views-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await Store.openMigrated(try DatabaseURL(dir.appendingPathComponent("v.sqlite").path), logger: Logger(label: "test"))
        do {
            let ingest = IngestStep(moderator: Moderator(policy: .builtIn), modelVersion: "rules only")
            let envelopes = Self.hostile.map { id, text in
                ChangeEnvelope(page: PageID("1000000000001"), kind: .comment, verb: "add",
                               item: Item(id: ItemID(id), text: text, author: Author(id: AuthorID("77100000000000\(id.suffix(1))"), name: "<b>Bold</b> Name"),
                                          attachments: [Attachment(type: .link, url: "javascript:alert(document.cookie)")]),
                               raw: "{}", receivedAt: nil)
            }
            _ = try await store.transaction { tx in try await ingest.run(envelopes, in: tx) }
            // Put every one in the queue, whatever Decorum decided.
            for (id, _) in Self.hostile { try await store.items.setStatus(.inReview, for: ItemID(id)) }
            try await body(store)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    func layoutUser() -> DashboardLayout.User {
        DashboardLayout.User(name: "Jo <Ashworth>", roleTitle: "moderator", csrf: "csrf-token-value", nav: [
            DashboardLayout.NavLink(href: "/queue", label: "Queue", current: true, badge: 4),
        ])
    }

    func assertInert(_ html: String) {
        #expect(!html.contains("<script>alert"), "a comment's <script> became markup")
        #expect(!html.contains("<img src=x"), "a comment's <img> became markup")
        #expect(!html.contains("onerror=alert(1)>"), "an attribute escaped its quotes")
        #expect(!html.contains("\u{202E}"), "a right-to-left override reached the page")
        #expect(!html.contains("href=\"javascript:"), "a javascript: address became a link")
        #expect(!html.contains("<b>Bold</b>"), "an author's name became markup")
        // The page's own script tag is the only one.
        #expect(html.components(separatedBy: "<script").count - 1 == 1)
    }

    @Test("the queue shows each comment once, urgent first, escaped, with the override made visible")
    func queue() async throws {
        let resources = try await DashboardResources.load()
        try await withJudgedStore { store in
            let view = try await QueueView.build(store: store, policy: .builtIn, filter: QueueView.Filter(), viewer: "jo", now: Date())
            #expect(view.count == Self.hostile.count)
            #expect(view.rows.first?.urgent == true)
            let page = DashboardPage(practiceName: "Quorn <Medical> Centre", user: layoutUser(), queue: view)
            let html = try #require(resources.library.render(page, withTemplate: "queue"))
            assertInert(html)
            #expect(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"))
            #expect(html.contains("U+202E"))
            #expect(html.contains("Quorn &lt;Medical&gt; Centre"))
            #expect(html.contains("{{layout}}"), "a comment's mustache tags are shown as typed, not expanded")
            #expect(!html.contains("csrf-token-value\" {{{"), "template syntax in a comment is not evaluated")
            #expect(html.contains("<mark"), "evidence is highlighted")
        }
    }

    @Test("an item page shows the text, the evidence, the clause and the attachment as text, all escaped")
    func item() async throws {
        let resources = try await DashboardResources.load()
        try await withJudgedStore { store in
            for (id, _) in Self.hostile {
                let stored = try #require(try await store.items.item(ItemID(id)))
                let view = try await ItemView.build(stored, store: store, policy: .builtIn, viewer: "jo", now: Date())
                let page = DashboardPage(practiceName: "Quorn Medical Centre", user: layoutUser(), item: view)
                let html = try #require(resources.library.render(page, withTemplate: "item"))
                assertInert(html)
                #expect(html.contains("<code>javascript:alert(document.cookie)</code>"))
                #expect(html.contains("name=\"csrf\" value=\"csrf-token-value\""), "every form carries the CSRF token")
            }
            let defamatory = try #require(try await store.items.item(ItemID("h3")))
            let html = try #require(resources.library.render(
                DashboardPage(practiceName: "Q", user: layoutUser(),
                              item: try await ItemView.build(defamatory, store: store, policy: .builtIn, viewer: "jo", now: Date())),
                withTemplate: "item"))
            #expect(html.contains("Clause 8"))
            #expect(html.contains("<span class=\"control-char\""))
        }
    }

    @Test("evidence marks follow Unicode scalar offsets, and control characters inside a mark stay visible")
    func pieces() {
        let text = "Ring me on 07700 900123\u{202E} now"
        let pieces = HighlightedText.pieces(text, marks: [(11, 24, "a phone number")])
        #expect(pieces.map(\.text) == ["Ring me on ", "07700 900123", "U+202E", " now"])
        #expect(pieces.map(\.marked) == [false, true, true, false])
        #expect(pieces[2].isControl)
        #expect(HighlightedText.pieces("short", marks: [(3, 99, "past the end")]).map(\.text) == ["sho", "rt"])
    }
}
