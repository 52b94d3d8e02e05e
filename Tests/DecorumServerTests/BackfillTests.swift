import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@Suite("Back-fill through the Graph API")
struct BackfillTests {
    @Test("a back-fill of a Page whose webhooks never arrived stores and judges every post, comment and reply, once")
    func backfillWithoutWebhooks() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-backfill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await Store.openMigrated(try DatabaseURL(dir.appendingPathComponent("b.sqlite").path), logger: Logger(label: "test"))
        // Small pages, so the back-fill has to follow paging.next for posts and for comments.
        let configuration = GraphSimulatorConfiguration(feedPageSize: 2, commentsPageSize: 2)
        do {
            try await buildSimulator(configuration).test(.live) { sim in
                func post(_ path: String, _ json: String) async throws -> String {
                    let response = try await sim.execute(uri: path, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: json))
                    #expect(response.status == .ok)
                    let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                    return try #require(object?["id"] as? String)
                }
                let visitorPost = try await post("/_sim/posts", #"{"message": "Is the surgery open on Boxing Day?", "from": {"id": "7710000000000011", "name": "Hilda Crouch"}}"#)
                var comments = [String]()
                comments.append(try await post("/_sim/comments", #"{"post_id": "\#(visitorPost)", "message": "You lot are a bunch of useless f***ing idiots, absolute scum", "from": {"id": "7710000000000001", "name": "Darren Pike"}}"#))
                comments.append(try await post("/_sim/comments", #"{"post_id": "\#(visitorPost)", "message": "Honestly the best GP surgery I've ever been registered with, five stars from me", "from": {"id": "7710000000000002", "name": "Margaret Ellis"}}"#))
                comments.append(try await post("/_sim/comments", #"{"parent_id": "\#(comments[0])", "message": "Calm down Darren, they do their best", "from": {"id": "7710000000000012", "name": "Pauline Marsh"}}"#))

                let graph = HTTPGraphClient(baseURL: "http://127.0.0.1:\(sim.port!)/\(configuration.apiVersion)")
                let backfill = Backfill(graph: graph, ingest: IngestStep(moderator: Moderator(policy: .builtIn), modelVersion: "rules only"), store: store)
                let first = try await backfill.run(page: configuration.pageID, since: nil, token: configuration.pageToken)
                #expect(first.posts == 2)  // the Page's welcome post and the visitor post
                #expect(first.comments == 3)
                #expect(first.stored == 5)
                #expect(first.flagged >= 2)
                let abusive = try #require(try await store.items.item(ItemID(comments[0])))
                #expect(abusive.status == .judged)
                #expect(try await store.actions.list(for: ItemID(comments[0])).map(\.kind) == [.delete])
                #expect(try await store.items.item(ItemID(comments[2]))?.kind == .reply)
                #expect(try await store.items.item(ItemID(comments[2]))?.item.parentID == ItemID(comments[0]))
                let queued = try await store.jobs.depth().queued

                let second = try await backfill.run(page: configuration.pageID, since: nil, token: configuration.pageToken)
                #expect(second.stored == 0)
                #expect(second.unchanged == 5)
                #expect(second.actionsPlanned == 0)
                #expect(try await store.jobs.depth().queued == queued)
                #expect(try await store.decisions.list(for: ItemID(comments[0])).count == 1)

                // A wrong token is refused with Graph's own error, and nothing is stored by halves.
                await #expect(throws: GraphError.self) {
                    try await backfill.run(page: configuration.pageID, since: nil, token: PageToken("not-the-token"))
                }
            }
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    @Test("after webhooks have brought a comment and it was acted on, a back-fill repeats no decision and no action")
    func backfillAfterWebhooks() async throws {
        try await ServiceHarness.run { h in
            let seen = try await h.comment("You lot are a bunch of useless f***ing idiots, absolute scum", by: "Darren Pike", id: "7710000000000001")
            let review = try await h.comment("Honestly the best GP surgery I've ever been registered with, five stars from me", by: "Margaret Ellis",
                                             id: "7710000000000002")
            _ = try await h.item(seen, reaches: [.actioned])
            _ = try await h.item(review, reaches: [.actioned])
            let graph = HTTPGraphClient(baseURL: "http://127.0.0.1:\(h.simulator.port!)/\(h.configuration.apiVersion)")
            let backfill = Backfill(graph: graph, ingest: IngestStep(moderator: Moderator(policy: .builtIn), modelVersion: "rules only"), store: h.store)
            let report = try await backfill.run(page: h.configuration.pageID, since: nil, token: h.configuration.pageToken)
            // The deleted comment is gone from the feed; the review and the Page's own reply are already stored.
            #expect(report.actionsPlanned == 0)
            #expect(try await h.store.decisions.list(for: review).count == 1)
            #expect(try await h.store.actions.list(for: review).count == 1)
            try await Task.sleep(for: .milliseconds(200))
            #expect(try await h.simulatorActions().done.count == 2)
        }
    }
}
