import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Logging
import Testing

/// What the platform reports about an item (removed, hidden, shown) against what Decorum had planned.
@Suite("Platform changes: removals and hides reported by webhook")
struct PlatformChangeTests {
    static let page = PageID("1000000000001")

    func withStore(_ body: (Store, IngestStep) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-platform-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await Store.openMigrated(try DatabaseURL(dir.appendingPathComponent("p.sqlite").path), logger: Logger(label: "test"))
        do {
            try await body(store, IngestStep(moderator: Moderator(policy: .builtIn), modelVersion: "rules only"))
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    func envelope(_ verb: String, _ id: ItemID, text: String = "") -> ChangeEnvelope {
        ChangeEnvelope(page: Self.page, kind: .comment, verb: verb, item: Item(id: id, text: text, author: Author(id: AuthorID("7710000000000001"))),
                       raw: "{}")
    }

    @Test("a removal reported while Decorum's delete had not recorded its answer confirms the delete; a block still goes ahead")
    func removalConfirmsDelete() async throws {
        try await withStore { store, ingest in
            let id = ItemID("555_1")
            _ = try await store.transaction { tx in
                try await ingest.run(envelope("add", id, text: "You lot are a bunch of useless f***ing idiots, absolute scum"), in: tx)
            }
            let delete = try #require(try await store.actions.list(for: id).first { $0.kind == .delete })
            _ = try await store.actions.beginAttempt(delete.id)  // sent, then the process died before recording the answer
            let block = try await store.actions.plan(ActionRequest(itemID: id, page: Self.page, kind: .block, requestedBy: "api:Priya"),
                                                     idempotencyKey: "block-1")
            let reply = try await store.actions.plan(ActionRequest(itemID: id, page: Self.page, kind: .publicReply, payloadJSON: #"{"text":"x"}"#),
                                                     idempotencyKey: "reply-1")
            let outcome = try await store.transaction { tx in try await ingest.run(envelope("remove", id), in: tx) }
            #expect(outcome == .platformChange(verb: "remove"))
            #expect(try await store.actions.action(delete.id)?.status == .done)
            #expect(try await store.actions.action(block.id)?.status == .planned)
            #expect(try await store.actions.action(reply.id)?.status == .cancelled)
            let item = try #require(try await store.items.item(id))
            #expect(item.isDeleted)
            #expect(item.status == .judged)  // the block is still to do
            // The same removal reported again changes nothing.
            #expect(try await store.transaction { tx in try await ingest.run(envelope("remove", id), in: tx) } == .unchanged)
        }
    }

    @Test("a hide reported by the platform confirms Decorum's planned hide, and the item counts as actioned")
    func hideConfirmsHide() async throws {
        try await withStore { store, ingest in
            let id = ItemID("555_2")
            _ = try await store.transaction { tx in
                try await ingest.run(envelope("add", id, text: "Saw Julie Barker from the Co-op in the waiting room, hope her cancer's not back"), in: tx)
            }
            let actions = try await store.actions.list(for: id)
            let hide = try #require(actions.first { $0.kind == .hide })
            for action in actions where action.kind != .hide { _ = try await store.actions.markDone(action.id, response: nil) }
            _ = try await store.transaction { tx in try await ingest.run(envelope("hide", id), in: tx) }
            #expect(try await store.actions.action(hide.id)?.status == .done)
            #expect(try await store.items.item(id)?.isHidden == true)
            #expect(try await store.items.item(id)?.status == .actioned)
            // A platform change for an item Decorum never saw is not an error.
            #expect(try await store.transaction { tx in try await ingest.run(envelope("hide", ItemID("unknown")), in: tx) } == .notJudged(verb: "hide"))
        }
    }
}
