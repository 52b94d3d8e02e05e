import DecorumCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import DecorumMeta

// The simulator behaves as Meta documents the Graph API:
// - Comment node: update `is_hidden`, `DELETE /{comment-id}` — https://developers.facebook.com/docs/graph-api/reference/comment
// - Publishing replies: `POST /{object-id}/comments` with `message` — https://developers.facebook.com/docs/graph-api/reference/object/comments
// - Private Replies: `POST /{page-id}/messages` with `recipient: {comment_id}`; only one message per comment,
//   within 7 days of the comment — https://developers.facebook.com/documentation/business-messaging/messenger-platform/discovery/private-replies
// - Blocking: `POST /{page-id}/blocked` with `user` — https://developers.facebook.com/docs/graph-api/reference/page/blocked/
// - The Page feed with comments and cursor paging (`paging.next`) — https://developers.facebook.com/docs/graph-api/reference/page/feed/
//   and https://developers.facebook.com/docs/graph-api/results
// - Errors and rate limits — https://developers.facebook.com/docs/graph-api/guides/error-handling,
//   https://developers.facebook.com/docs/graph-api/overview/rate-limiting/
// - Signed webhook deliveries — https://developers.facebook.com/docs/graph-api/webhooks/getting-started
@Suite("Graph API simulator with HTTPGraphClient over loopback", .timeLimit(.minutes(1)))
struct GraphSimulatorTests {
    @Test("a comment added on the simulator reaches Decorum as a signed feed webhook")
    func commentWebhook() async throws {
        try await SimulatorHarness.run { sim in
            let id = try await sim.comment("Waited 40 minutes past my appointment time again.")
            let changes = await sim.changes(count: 1)
            let change = try #require(changes.first)
            #expect(await sim.inbox.rejected == 0)
            #expect(change.objectID == id && change.kind == .comment && change.verb == .add)
            #expect(change.pageID == sim.page && !change.isFromPage)
            #expect(change.item.text == "Waited 40 minutes past my appointment time again.")
            #expect(change.item.author?.name == "Sandra Holt")
        }
    }

    @Test("every action kind sent by HTTPGraphClient is done and listed by the simulator")
    func everyActionKind() async throws {
        try await SimulatorHarness.run { sim in
            let id = try await sim.comment("You are all useless, I know where the receptionist lives")
            let author = AuthorID("6483920174625381")
            let hidden = try await sim.graph.perform(.hide(id), page: sim.page, token: sim.token)
            #expect(hidden.response == #"{"success":true}"#)
            _ = try await sim.graph.perform(.unhide(id), page: sim.page, token: sim.token)
            let reply = try await sim.graph.perform(.publicReply(to: id, text: "Please call the practice manager."), page: sim.page, token: sim.token)
            let message = try await sim.graph.perform(.privateReply(to: id, text: "We have hidden your comment."), page: sim.page, token: sim.token)
            _ = try await sim.graph.perform(.block(author), page: sim.page, token: sim.token)
            _ = try await sim.graph.perform(.delete(id), page: sim.page, token: sim.token)
            #expect(reply.createdID?.isEmpty == false)
            #expect(message.createdID?.hasPrefix("m_") == true)
            let actions = try await sim.actions()
            #expect(actions.map(\.0) == ["hide", "unhide", "public_reply", "private_reply", "block", "delete"])
            #expect(actions.map(\.1) == [id.rawValue, id.rawValue, id.rawValue, id.rawValue, author.rawValue, id.rawValue])
            // Meta reports the Page's own actions as feed changes too: hide, unhide, the Page's reply, removal.
            // Deliveries run concurrently, as Meta's do: compare without order.
            let changes = await sim.changes(count: 5)
            #expect(changes.map(\.verb.rawValue).sorted() == ["add", "add", "hide", "remove", "unhide"])
            let pageReply = try #require(changes.first { $0.isFromPage })
            #expect(pageReply.isReply && pageReply.parentID == id && pageReply.objectID.rawValue == reply.createdID)
        }
    }

    @Test("a second private reply to the same comment is refused as permanent")
    func onePrivateReply() async throws {
        try await SimulatorHarness.run { sim in
            let id = try await sim.comment("Can someone ring me about my results")
            _ = try await sim.graph.perform(.privateReply(to: id, text: "We will call you today."), page: sim.page, token: sim.token)
            let error = await #expect(throws: GraphError.self) {
                try await sim.graph.perform(.privateReply(to: id, text: "Again"), page: sim.page, token: sim.token)
            }
            #expect(error?.kind == .permanent && error?.code == 10900)
            #expect(try await sim.actions().filter { $0.0 == "private_reply" }.count == 1)
        }
    }

    @Test("a private reply more than 7 days after the comment is refused as permanent")
    func privateReplyWindow() async throws {
        try await SimulatorHarness.run { sim in
            let eightDaysAgo = Int(Date().timeIntervalSince1970) - 8 * 86_400
            let old = try await sim.comment("old comment", extra: #", "created_time": \#(eightDaysAgo)"#)
            let error = await #expect(throws: GraphError.self) {
                try await sim.graph.perform(.privateReply(to: old, text: "Sorry for the delay"), page: sim.page, token: sim.token)
            }
            #expect(error?.kind == .permanent && error?.code == 10 && error?.subcode == 2_018_278)
            let sixDaysAgo = Int(Date().timeIntervalSince1970) - 6 * 86_400
            let recent = try await sim.comment("recent comment", extra: #", "created_time": \#(sixDaysAgo)"#)
            _ = try await sim.graph.perform(.privateReply(to: recent, text: "Thanks"), page: sim.page, token: sim.token)
        }
    }

    @Test("a wrong token, and a token the simulator has expired, are classified as an expired token")
    func tokens() async throws {
        try await SimulatorHarness.run { sim in
            let id = try await sim.comment("hello")
            let wrong = await #expect(throws: GraphError.self) {
                try await sim.graph.perform(.hide(id), page: sim.page, token: PageToken("not-the-token"))
            }
            #expect(wrong?.kind == .tokenExpired && wrong?.code == 190)
            try await sim.sim(.post, "/_sim/token", #"{"expired": true}"#)
            let expired = await #expect(throws: GraphError.self) {
                try await sim.graph.perform(.hide(id), page: sim.page, token: sim.token)
            }
            #expect(expired?.kind == .tokenExpired && expired?.subcode == 463)
            #expect(try await sim.actions().isEmpty)
        }
    }

    @Test("unknown ids, empty replies and foreign pages are refused as permanent Graph errors")
    func validation() async throws {
        try await SimulatorHarness.run { sim in
            let id = try await sim.comment("hello")
            let cases: [(GraphAction, PageID, Int)] = [
                (.hide(ItemID("999_999")), sim.page, 100), (.delete(ItemID("999_999")), sim.page, 100),
                (.publicReply(to: id, text: ""), sim.page, 100), (.privateReply(to: id, text: "hi"), PageID("42"), 100),
                (.block(AuthorID("123456")), sim.page, 100),
            ]
            for (action, page, code) in cases {
                let error = await #expect(throws: GraphError.self) { try await sim.graph.perform(action, page: page, token: sim.token) }
                #expect(error?.kind == .permanent && error?.code == code, "\(action)")
            }
            #expect(try await sim.actions().isEmpty)
        }
    }

    @Test("an id that would change the request path is refused before anything is sent")
    func pathInjection() async throws {
        try await SimulatorHarness.run { sim in
            for bad in ["../1000000000001/blocked", "1?is_hidden=false", "a/b", "", "%2e%2e"] {
                let error = await #expect(throws: GraphError.self) { try await sim.graph.perform(.delete(ItemID(bad)), page: sim.page, token: sim.token) }
                #expect(error?.kind == .permanent && error?.httpStatus == nil)
            }
        }
    }

    @Test("calls over the rate limit get code 80001 with the wait from X-Business-Use-Case-Usage")
    func rateLimit() async throws {
        try await SimulatorHarness.run(configure: { $0.rateLimit = SimulatorRateLimit(maxCalls: 3, window: .seconds(120)) }) { sim in
            let id = try await sim.comment("hello")
            for _ in 0..<3 {
                let result = try await sim.graph.perform(.hide(id), page: sim.page, token: sim.token)
                #expect(result.usage != nil)
            }
            let error = await #expect(throws: GraphError.self) { try await sim.graph.perform(.unhide(id), page: sim.page, token: sim.token) }
            #expect(error?.code == 80001)
            #expect(error?.kind == .rateLimited(retryAfter: .seconds(120)))
            #expect(error?.usage?.callCount == 100)
        }
    }

    @Test("injected 5xx failures are transient and the retry policy gets through")
    func injectedFailuresRetried() async throws {
        try await SimulatorHarness.run { sim in
            let id = try await sim.comment("hello")
            try await sim.sim(.post, "/_sim/fail", #"{"operation": "hide", "count": 2, "status": 500, "code": 2, "message": "Service temporarily unavailable"}"#)
            var random = SplitMix64(seed: 9)
            let attempts = AttemptCounter()
            let result = try await RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20))
                .run(random: &random) { (attempt: Int) async throws(GraphError) -> GraphActionResult in
                    await attempts.record(attempt)
                    return try await sim.graph.perform(.hide(id), page: sim.page, token: sim.token)
                }
            #expect(result.action == .hide(id))
            #expect(await attempts.last == 3)
            #expect(try await sim.actions().map(\.0) == ["hide"])
        }
    }

    @Test("a reply slower than the client's timeout is a transient failure")
    func timeout() async throws {
        try await SimulatorHarness.run(timeout: .milliseconds(200)) { sim in
            let id = try await sim.comment("hello")
            try await sim.sim(.post, "/_sim/fail", #"{"operation": "delete", "delay_ms": 1500}"#)
            let error = await #expect(throws: GraphError.self) { try await sim.graph.perform(.delete(id), page: sim.page, token: sim.token) }
            #expect(error?.kind == .transient)
        }
    }

    @Test("a 5xx without a Graph error object is transient; an injected 190 is an expired token")
    func injectedShapes() async throws {
        try await SimulatorHarness.run { sim in
            let id = try await sim.comment("hello")
            try await sim.sim(.post, "/_sim/fail", #"{"operation": "public_reply", "status": 502, "message": "Bad Gateway"}"#)
            try await sim.sim(.post, "/_sim/fail", #"{"operation": "block", "status": 400, "code": 190, "error_subcode": 460}"#)
            let gateway = await #expect(throws: GraphError.self) {
                try await sim.graph.perform(.publicReply(to: id, text: "hi"), page: sim.page, token: sim.token)
            }
            #expect(gateway?.kind == .transient && gateway?.httpStatus == 502)
            let token = await #expect(throws: GraphError.self) {
                try await sim.graph.perform(.block(AuthorID("6483920174625381")), page: sim.page, token: sim.token)
            }
            #expect(token?.kind == .tokenExpired)
        }
    }

    @Test("a back-fill pages through the feed and every post's comments, and cursors carry no token")
    func backfill() async throws {
        try await SimulatorHarness.run(configure: { $0.feedPageSize = 2; $0.commentsPageSize = 4 }) { sim in
            for i in 0..<3 {
                try await sim.sim(.post, "/_sim/posts", #"{"message": "visitor post \#(i)", "from": {"id": "55219877300192\#(i)", "name": "Priya"}}"#)
            }
            var ids: Set<ItemID> = []
            for i in 0..<11 { ids.insert(try await sim.comment("comment \(i)")) }
            let first = try await sim.graph.feed(page: sim.page, since: nil, after: nil, token: sim.token)
            let cursor = try #require(first.next)
            #expect(!cursor.url.contains("access_token") && !cursor.url.contains(sim.token.secret))
            let all = try await sim.graph.backfill(page: sim.page, since: nil, token: sim.token)
            let posts = all.filter { $0.kind == .post }
            let comments = all.filter { $0.kind == .comment }
            #expect(posts.count == 4)
            #expect(Set(comments.map(\.objectID)) == ids && comments.count == 11)
            #expect(posts.filter(\.isFromPage).count == 1)
            #expect(comments.allSatisfy { $0.item.parentID == $0.postID && $0.item.author?.name == "Sandra Holt" })
            let future = try await sim.graph.backfill(page: sim.page, since: Date().addingTimeInterval(3600), token: sim.token)
            #expect(future.isEmpty)
        }
    }

    @Test("a delivery Decorum refuses is retried until it is accepted")
    func webhookRetried() async throws {
        try await SimulatorHarness.run(failFirst: 2) { sim in
            _ = try await sim.comment("hello")
            #expect(await sim.changes(count: 1).count == 1)
            #expect(await sim.inbox.attempts == 3)
            var record: JSONTree?
            for _ in 0..<100 {
                record = try await sim.sim(.get, "/_sim/webhooks").1["data"].flatMap { if case .array(let a) = $0 { a.first } else { nil } }
                if record?["status"]?.string == "delivered" { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(record?["status"]?.string == "delivered")
            #expect(record?["attempts"] == .int(3))
        }
    }

    @Test("edits and removals by the author arrive as edited and remove webhooks")
    func editsAndRemovals() async throws {
        try await SimulatorHarness.run { sim in
            let id = try await sim.comment("first version")
            try await sim.sim(.patch, "/_sim/comments/\(id.rawValue)", #"{"message": "second version"}"#)
            try await sim.sim(.delete, "/_sim/comments/\(id.rawValue)")
            let changes = await sim.changes(count: 3)
            #expect(changes.map(\.verb.rawValue).sorted() == ["add", "edited", "remove"])
            let added = try #require(changes.first { $0.verb == .add })
            let edited = try #require(changes.first { $0.verb == .edited })
            #expect(edited.message == "second version" && added.deliveryKey != edited.deliveryKey)
        }
    }

    @Test("photo comments and photo posts carry their media in the webhook")
    func media() async throws {
        try await SimulatorHarness.run { sim in
            _ = try await sim.comment("look", extra: #", "attachments": [{"type": "photo", "url": "https://example.org/q.jpg"}]"#)
            try await sim.sim(.post, "/_sim/posts", #"{"message": "", "from": {"id": "55", "name": "P"}, "attachments": [{"type": "video", "url": "https://example.org/v.mp4"}]}"#)
            let changes = await sim.changes(count: 2)
            #expect(changes.first { $0.kind == .comment }?.attachments == [DecorumCore.Attachment(type: .photo, url: "https://example.org/q.jpg")])
            #expect(changes.first { $0.kind == .video }?.attachments == [DecorumCore.Attachment(type: .video, url: "https://example.org/v.mp4")])
        }
    }

    @Test("the control API refuses malformed comments with a reason")
    func controlValidation() async throws {
        try await SimulatorHarness.run { sim in
            let (status, json) = try await sim.sim(.post, "/_sim/comments", #"{"message": "no author"}"#)
            #expect(status == .badRequest)
            #expect(json["error"]?["message"]?.string?.contains("from") == true)
            let (notJSON, _) = try await sim.sim(.post, "/_sim/comments", "message=hi")
            #expect(notJSON == .badRequest)
        }
    }
}

actor AttemptCounter {
    var last = 0
    func record(_ attempt: Int) { last = attempt }
}
