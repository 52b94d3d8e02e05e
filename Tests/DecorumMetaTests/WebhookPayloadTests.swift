import DecorumCore
import Foundation
import Testing
@testable import DecorumMeta

// Shapes: see Fixtures/FeedPayloads.swift for the Meta documentation each fixture follows.
@Suite("Webhook payloads")
struct WebhookPayloadTests {
    func parse(_ values: String...) throws -> [FeedChange] {
        let body = FeedPayloads.envelope(values.first!)
        if values.count == 1 { return try WebhookPayload.parse(Array(body.utf8)) }
        let batch = #"{"object": "page", "entry": [{"id": "1000000000001", "time": 1717236000, "changes": ["#
            + values.map { #"{"field": "feed", "value": \#($0)}"# }.joined(separator: ",") + "]}]}"
        return try WebhookPayload.parse(Array(batch.utf8))
    }

    @Test("a new comment becomes an item with author, text, time and post as parent")
    func commentAdd() throws {
        let changes = try parse(FeedPayloads.commentAdd)
        let change = try #require(changes.first)
        #expect(changes.count == 1)
        #expect(change.kind == .comment && change.verb == .add)
        #expect(change.pageID == PageID("1000000000001"))
        #expect(change.objectID == ItemID("555000111_777000222"))
        #expect(change.postID == ItemID("1000000000001_555000111"))
        #expect(!change.isReply && !change.isFromPage)
        let item = change.item
        #expect(item.text == "Waited 40 minutes past my appointment time again today.")
        #expect(item.author == Author(id: AuthorID("6483920174625381"), name: "Sandra Holt"))
        #expect(item.createdTime == "2024-06-01T10:00:00Z")
        #expect(item.parentID == ItemID("1000000000001_555000111"))
        #expect(item.platform == "facebook")
    }

    @Test("a reply to a comment has the comment as parent")
    func reply() throws {
        let change = try #require(try parse(FeedPayloads.replyAdd).first)
        #expect(change.isReply)
        #expect(change.item.parentID == ItemID("555000111_777000222"))
    }

    @Test("each verb is read", arguments: [
        (FeedPayloads.commentAdd, FeedChange.Verb.add), (FeedPayloads.commentEdited, .edited),
        (FeedPayloads.commentRemove, .remove), (FeedPayloads.commentHide, .hide),
        (FeedPayloads.commentHide.replacingOccurrences(of: #""verb": "hide""#, with: #""verb": "unhide""#), .unhide),
    ])
    func verbs(value: String, verb: FeedChange.Verb) throws {
        #expect(try parse(value).first?.verb == verb)
    }

    @Test("a removal carries no message and still names the comment")
    func removal() throws {
        let change = try #require(try parse(FeedPayloads.commentRemove).first)
        #expect(change.message == nil && change.objectID == ItemID("555000111_777000222"))
    }

    @Test("photos and videos on comments and posts become attachments", arguments: [
        (FeedPayloads.photoComment, DecorumCore.Attachment(type: .photo, url: "https://scontent.xx.fbcdn.net/v/t39.1997-6/queue.jpg")),
        (FeedPayloads.videoComment, DecorumCore.Attachment(type: .video, url: "https://video.xx.fbcdn.net/v/t42.1790-2/reception.mp4")),
        (FeedPayloads.photoPost, DecorumCore.Attachment(type: .photo, url: "https://scontent.xx.fbcdn.net/v/t1.0-9/leaflet.jpg")),
        (FeedPayloads.videoPost, DecorumCore.Attachment(type: .video, url: "https://www.facebook.com/watch/?v=555001101")),
    ])
    func media(value: String, attachment: DecorumCore.Attachment) throws {
        #expect(try parse(value).first?.attachments == [attachment])
    }

    @Test("a visitor post is keyed by its post id and has no parent")
    func visitorPost() throws {
        let change = try #require(try parse(FeedPayloads.visitorPost).first)
        #expect(change.kind == .status && change.objectID == ItemID("1000000000001_555000999"))
        #expect(change.item.parentID == nil)
    }

    @Test("the Page's own reply is marked as from the Page")
    func pageReply() throws {
        let change = try #require(try parse(FeedPayloads.pageReply).first)
        #expect(change.isFromPage && change.item.fromPage)
    }

    @Test("reactions, other fields and other objects are skipped, not refused")
    func skipped() throws {
        #expect(try parse(FeedPayloads.reaction).isEmpty)
        let mention = FeedPayloads.envelope(FeedPayloads.commentAdd, field: "mention")
        #expect(try WebhookPayload.parse(Array(mention.utf8)).isEmpty)
        let user = #"{"object": "user", "entry": [{"id": "1", "time": 1, "changes": [{"field": "photos", "value": {"verb": "update"}}]}]}"#
        #expect(try WebhookPayload.parse(Array(user.utf8)).isEmpty)
        let messaging = #"{"object": "page", "entry": [{"id": "1000000000001", "time": 1, "messaging": []}]}"#
        #expect(try WebhookPayload.parse(Array(messaging.utf8)).isEmpty)
    }

    @Test("a batch keeps every change in order and skips what Decorum does not moderate")
    func batch() throws {
        let changes = try parse(FeedPayloads.commentAdd, FeedPayloads.reaction, FeedPayloads.replyAdd, FeedPayloads.visitorPost)
        #expect(changes.map(\.objectID.rawValue) == ["555000111_777000222", "555000111_777000333", "1000000000001_555000999"])
    }

    @Test("numeric ids, a string time and unknown fields are tolerated")
    func tolerant() throws {
        let change = try #require(try parse(FeedPayloads.looselyTyped).first)
        #expect(change.objectID == ItemID("777000777"))
        #expect(change.from?.id == AuthorID("6483920174625381"))
        #expect(change.createdTime == 1_717_237_500)
    }

    @Test("a wrong type is an error naming the field and the types", arguments: [
        (FeedPayloads.commentAdd.replacingOccurrences(of: #""created_time": 1717236000"#, with: #""created_time": {"t": 1}"#),
         WebhookPayloadError.wrongType(path: "entry[0].changes[0].value.created_time", expected: "a time (Unix seconds)", found: "an object")),
        (FeedPayloads.commentAdd.replacingOccurrences(of: #""message": "Waited 40 minutes past my appointment time again today.""#, with: #""message": 42"#),
         .wrongType(path: "entry[0].changes[0].value.message", expected: "a string", found: "a number")),
        (FeedPayloads.commentAdd.replacingOccurrences(of: #""comment_id": "555000111_777000222""#, with: #""comment_id": null"#),
         .missingField(path: "entry[0].changes[0].value.comment_id")),
        (FeedPayloads.commentAdd.replacingOccurrences(of: #""from": {"id": "6483920174625381", "name": "Sandra Holt"}"#, with: #""from": "Sandra""#),
         .wrongType(path: "entry[0].changes[0].value.from", expected: "an object", found: "a string")),
    ])
    func wrongTypes(value: String, error: WebhookPayloadError) {
        #expect(throws: error) { try parse(value) }
    }

    @Test("a malformed envelope is refused with a sentence")
    func malformed() {
        #expect(throws: WebhookPayloadError.notJSON) { try WebhookPayload.parse(Array("{not json".utf8)) }
        #expect(throws: WebhookPayloadError.missingField(path: "entry")) { try WebhookPayload.parse(Array(#"{"object": "page"}"#.utf8)) }
        #expect(throws: WebhookPayloadError.wrongType(path: "entry", expected: "an array", found: "an object")) {
            try WebhookPayload.parse(Array(#"{"object": "page", "entry": {}}"#.utf8))
        }
        #expect(WebhookPayloadError.missingField(path: "entry").description == "The webhook payload has no entry.")
    }

    @Test("a body over the size limit is refused before it is parsed")
    func sizeLimit() {
        let body = Array(FeedPayloads.envelope(FeedPayloads.commentAdd).utf8)
        #expect(throws: WebhookPayloadError.tooLarge(bytes: body.count, limit: 100)) { try WebhookPayload.parse(body, maxBytes: 100) }
    }

    @Test("the delivery key is stable across deliveries and differs for an edit")
    func deliveryKeys() throws {
        let first = try #require(try parse(FeedPayloads.commentAdd).first)
        let again = try #require(try parse(FeedPayloads.commentAdd).first)
        let edited = try #require(try parse(FeedPayloads.commentEdited).first)
        #expect(first.deliveryKey == again.deliveryKey)
        #expect(first.deliveryKey != edited.deliveryKey)
        let body = Array(FeedPayloads.envelope(FeedPayloads.commentAdd).utf8)
        #expect(WebhookPayload.bodyKey(body) == WebhookPayload.bodyKey(body) && WebhookPayload.bodyKey(body).count == 64)
    }
}

@Suite("Graph timestamps")
struct GraphTimeTests {
    @Test("Unix seconds and Graph's timestamps convert both ways", arguments: [
        (Int64(0), "1970-01-01T00:00:00Z"), (1_717_236_000, "2024-06-01T10:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"),
    ])
    func roundTrip(seconds: Int64, text: String) {
        #expect(GraphTime.iso8601(unixSeconds: seconds) == text)
        #expect(GraphTime.unixSeconds(text) == seconds)
        #expect(GraphTime.unixSeconds(GraphTime.graphString(unixSeconds: seconds)) == seconds)
    }

    @Test("an offset is applied and nonsense is refused")
    func offsets() {
        #expect(GraphTime.unixSeconds("2024-06-01T11:00:00+0100") == 1_717_236_000)
        #expect(GraphTime.unixSeconds("2024-06-01T11:00:00+01:00") == 1_717_236_000)
        #expect(GraphTime.unixSeconds("yesterday") == nil)
        #expect(GraphTime.unixSeconds("2024-13-01T00:00:00Z") == nil)
    }
}
