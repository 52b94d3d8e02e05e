import DecorumCore
@testable import DecorumServer
import DecorumStore
import Foundation
import Logging
import Testing

/// A subject access export holds every item of its author, and nothing of anyone else.
@Suite("Subject access requests")
struct SubjectAccessExportTests {
    static let mine = AuthorID("6483920174625381")
    static let theirs = AuthorID("7710000000000009")

    func withStore(_ body: (Store) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-sar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await Store.openMigrated(try DatabaseURL(dir.appendingPathComponent("sar.sqlite").path), logger: Logger(label: "sar-tests"))
        do { try await body(store) } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    @discardableResult
    func comment(_ store: Store, _ id: String, _ text: String, by author: AuthorID, name: String, parent: String? = nil) async throws -> Item {
        let item = Item(id: ItemID(id), text: text, author: Author(id: author, name: name), parentID: parent.map { ItemID($0) })
        try await store.items.recordRevision(item, page: PageID("1000000000001"), kind: parent == nil ? .comment : .reply,
                                             raw: #"{"field":"feed","value":{"comment_id":"\#(id)","from":{"id":"\#(author.rawValue)"}}}"#)
        _ = try await store.decisions.record(Moderator(policy: .builtIn).judge(item), modelVersion: "rules only")
        return item
    }

    @Test("every item of the author, each edit as received, decisions, actions and notes; nothing of anyone else, even a reply to them")
    func onlyTheirs() async throws {
        try await withStore { store in
            try await comment(store, "p_1", "Waited 40 minutes past my appointment time again today", by: Self.mine, name: "Sandra Holt")
            var edited = Item(id: ItemID("p_1"), text: "Waited 40 minutes past my appointment time again today. Edited: 45 minutes",
                              author: Author(id: Self.mine, name: "Sandra Holt"))
            edited.parentID = nil
            try await store.items.recordRevision(edited, page: PageID("1000000000001"), kind: .comment, raw: nil)
            try await comment(store, "p_2", "<script>alert('x')</script> thanks to the nurses \u{202E}", by: Self.mine, name: "Sandra Holt")
            try await comment(store, "p_3", "Dean Whitworth lives at 14 Ashby Road and never pays for his prescriptions", by: Self.theirs, name: "Dean Whitworth")
            try await comment(store, "p_4", "Sandra you are always moaning, give it a rest", by: Self.theirs, name: "Dean Whitworth", parent: "p_1")
            try await store.notes.add("Rang her back; she was happy with the answer", to: ItemID("p_1"), by: "karen")
            try await store.notes.add("Second warning for Dean", to: ItemID("p_3"), by: "karen")

            let export = try await SubjectAccessExport.build(author: Self.mine, store: store, practiceName: "Quorn Medical Centre", now: Date())
            #expect(export.itemCount == 2)
            let json = try JSONSerialization.jsonObject(with: Data(export.json.utf8)) as? [String: Any]
            let items = try #require(json?["items"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == ["p_1", "p_2"])
            let revisions = try #require(items.first?["revisions"] as? [[String: Any]])
            #expect(revisions.map { $0["revision"] as? Int } == [1, 2], "every edit")
            #expect((revisions.first?["as_received"] as? [String: Any])?["field"] as? String == "feed", "the item's own part of the delivery")
            #expect((items.first?["decisions"] as? [Any])?.isEmpty == false)
            #expect((items.first?["notes"] as? [[String: Any]])?.map { $0["text"] as? String } == ["Rang her back; she was happy with the answer"])
            #expect((json?["subject"] as? [String: Any])?["names_seen"] as? [String] == ["Sandra Holt"])

            for other in ["Dean", "Ashby Road", "always moaning", "Second warning", "p_3", "p_4", Self.theirs.rawValue] {
                #expect(!export.json.contains(other), "the JSON holds \"\(other)\"")
                #expect(!export.html.contains(other), "the page holds \"\(other)\"")
            }
            #expect(export.html.contains("&lt;script&gt;") && !export.html.contains("<script>"))
            #expect(!export.html.contains("\u{202E}"), "a direction override is shown by its code")
            #expect(export.html.contains("Edited: 45 minutes"))
        }
    }

    @Test("an author Decorum holds nothing about gets an empty export that says so")
    func nothingHeld() async throws {
        try await withStore { store in
            try await comment(store, "p_3", "Lovely staff", by: Self.theirs, name: "Dean Whitworth")
            let export = try await SubjectAccessExport.build(author: Self.mine, store: store, practiceName: "Quorn Medical Centre", now: Date())
            #expect(export.itemCount == 0)
            #expect(export.html.contains("0 items"))
            #expect(!export.json.contains("Lovely staff"))
        }
    }
}
