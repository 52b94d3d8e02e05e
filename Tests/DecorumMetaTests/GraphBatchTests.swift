import DecorumCore
import Foundation
import Testing
@testable import DecorumMeta

/// Graph's batch API (https://developers.facebook.com/docs/graph-api/making-multiple-requests): one request,
/// up to 50 operations, each answered in order with its own status and body.
@Suite("Graph batch requests against the simulator")
struct GraphBatchTests {
    @Test("every action kind in one batch is done, each with its own answer, in order")
    func mixed() async throws {
        try await SimulatorHarness.run { h in
            let a = try await h.comment("first")
            let b = try await h.comment("second", from: "7710000000000002", name: "Margaret Ellis")
            let c = try await h.comment("third", from: "7710000000000003", name: "Gary Nuttall")
            let results = try await h.graph.performBatch([
                .hide(a), .privateReply(to: a, text: "Hello, we have hidden your comment."), .publicReply(to: b, text: "Thank you, 5 stars & all"),
                .delete(c), .block(AuthorID("7710000000000003")), .unhide(a),
            ], page: h.page, token: h.token)
            #expect(results.count == 6)
            for result in results {
                if case .failure(let error) = result { Issue.record("refused: \(error)") }
            }
            if case .success(let reply) = results[2] { #expect(reply.createdID != nil) }
            let kinds = try await h.actions().map(\.0)
            #expect(kinds == ["hide", "private_reply", "public_reply", "delete", "block", "unhide"])
        }
    }

    @Test("one refused operation does not sink the others, and comes back as the same classified error as alone")
    func partialFailure() async throws {
        try await SimulatorHarness.run { h in
            let a = try await h.comment("first")
            _ = try await h.graph.perform(.privateReply(to: a, text: "once"), page: h.page, token: h.token)
            let results = try await h.graph.performBatch([
                .privateReply(to: a, text: "twice"), .hide(a), .hide(ItemID("999_404")),
            ], page: h.page, token: h.token)
            guard case .failure(let twice) = results[0], case .success = results[1], case .failure(let missing) = results[2] else {
                Issue.record("unexpected results: \(results)")
                return
            }
            #expect(twice.isAlreadyReplied)
            #expect(twice.kind == .permanent)
            #expect(missing.isNoSuchObject)
        }
    }

    @Test("a batch with a wrong token is refused as a whole, as an expired token")
    func wrongToken() async throws {
        try await SimulatorHarness.run { h in
            let a = try await h.comment("first")
            await #expect(throws: GraphError.self) {
                _ = try await h.graph.performBatch([.hide(a)], page: h.page, token: PageToken("not-the-token"))
            }
            do throws(GraphError) {
                _ = try await h.graph.performBatch([.hide(a)], page: h.page, token: PageToken("not-the-token"))
            } catch {
                #expect(error.kind == .tokenExpired)
            }
        }
    }

    @Test("each operation of a batch counts against the rate limit")
    func rateLimited() async throws {
        try await SimulatorHarness.run(configure: { $0.rateLimit = SimulatorRateLimit(maxCalls: 2, window: .seconds(60), errorCode: 32) }) { h in
            let a = try await h.comment("first")
            let results = try await h.graph.performBatch([.hide(a), .unhide(a), .hide(a)], page: h.page, token: h.token)
            guard case .failure(let third) = results[2] else { Issue.record("the third was not limited"); return }
            #expect(third.code == 32)
            if case .rateLimited = third.kind {} else { Issue.record("not classified as a rate limit: \(third.kind)") }
        }
    }

    @Test("more than 50 operations are refused before anything is sent")
    func tooMany() async throws {
        try await SimulatorHarness.run { h in
            let a = try await h.comment("first")
            await #expect(throws: GraphError.self) {
                _ = try await h.graph.performBatch(Array(repeating: GraphAction.hide(a), count: 51), page: h.page, token: h.token)
            }
            #expect(try await h.actions().isEmpty)
        }
    }
}
