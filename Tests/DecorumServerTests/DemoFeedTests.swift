import DecorumCore
import DecorumMeta
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import ServiceLifecycle
import Synchronization
import Testing
@testable import DecorumServer

/// The demo feed over real loopback HTTP: it plays comments into a running Graph API simulator as
/// visitors would, and the simulator's `GET /_sim/comments` shows what arrived.
@Suite("Demo feed")
struct DemoFeedTests {
    static let few: [DemoComment] = [
        DemoComment("Maureen Tansley", id: "2502111867908113", "Is the flu clinic still on this Saturday?"),
        DemoComment("Dean Whitworth", id: "5380446408282705", "You have to book, I rang Thursday", repliesToPrevious: true),
        DemoComment(
            "Stuart Barlow", id: "4121873304468159", "Dr Marsh fobbed me off again", expected: [.staffIdentification, .complaint],
            edit: .init("Got fobbed off again", expected: [.complaint])),
        DemoComment(
            "Yvonne Castle", id: "6693020517283364", "Waiting room at 10am. Standing room only.", expected: [.photography],
            attachments: [Attachment(type: .photo, url: "https://scontent.example.fbcdn.net/v/demo/waiting-room.jpg")]),
    ]

    /// One comment as `GET /_sim/comments` lists it.
    struct Listed: Decodable {
        struct From: Decodable {
            var id: String
            var name: String
        }
        var id: String
        var post_id: String
        var parent_id: String
        var message: String
        var from: From
    }

    struct Listing: Decodable { var data: [Listed] }

    static func listed(_ client: some TestClientProtocol) async throws -> [Listed] {
        let response = try await client.execute(uri: "/_sim/comments", method: .get)
        return try JSONDecoder().decode(Listing.self, from: Data(String(buffer: response.body).utf8)).data
    }

    /// Runs `feed` against a live simulator until `done` holds for the simulator's comments (or ten seconds pass).
    static func play(
        _ comments: [DemoComment], interval: Duration = .milliseconds(20), logger: Logger = Logger(label: "demo-test"),
        during: @escaping @Sendable (any TestClientProtocol) async throws -> Void = { _ in },
        until done: @escaping @Sendable ([Listed]) -> Bool
    ) async throws -> [Listed] {
        try await buildSimulator(GraphSimulatorConfiguration()).test(.live) { client in
            let feed = DemoFeed(simulatorURL: "http://127.0.0.1:\(client.port!)/", interval: interval, comments: comments, logger: logger)
            return try await withThrowingTaskGroup(of: [Listed]?.self) { group in
                group.addTask {
                    try await feed.run()
                    return nil
                }
                group.addTask {
                    try await during(client)
                    // Generous: the condition ends the wait as soon as it holds; the deadline only bounds a broken feed.
                    let deadline = ContinuousClock.now + .seconds(60)
                    var seen = try await listed(client)
                    while !done(seen) && ContinuousClock.now < deadline {
                        try await Task.sleep(for: .milliseconds(10))
                        seen = try await listed(client)
                    }
                    return seen
                }
                let seen = try await group.next()!
                group.cancelAll()
                // Cancelling the feed must end it: the group waits for it here.
                while let more = try await group.next() { _ = more }
                return seen ?? []
            }
        }
    }

    @Test("comments arrive in order with their authors, a reply under the comment before it, an edit a little later")
    func postsRepliesAndEdits() async throws {
        let seen = try await Self.play(Self.few) { seen in
            seen.count >= 8 && seen.first { $0.from.name == "Stuart Barlow" }?.message == "Got fobbed off again"
        }
        try #require(seen.count >= 8)
        let first = Array(seen.prefix(4))
        #expect(first.map(\.from.name) == Self.few.map(\.authorName))
        #expect(first.map(\.from.id) == Self.few.map(\.authorID.rawValue))
        #expect(first[0].parent_id == first[0].post_id, "a top-level comment is on the post")
        #expect(first[1].parent_id == first[0].id, "the reply is under the comment posted before it")
        #expect(first[3].parent_id == first[3].post_id)
        #expect(first[2].message == "Got fobbed off again", "the edit is applied to the comment it belongs to")
        #expect(first[0].message == Self.few[0].message && first[3].message == Self.few[3].message)
        // The second round: the same comments again under new ids, the reply under the new parent.
        let second = Array(seen[4..<8])
        #expect(second.map(\.from.name) == Self.few.map(\.authorName))
        #expect(second[1].parent_id == second[0].id)
        #expect(Set(seen.map(\.id)).count == seen.count, "no id is used twice")
    }

    @Test("a reply whose comment has gone (Decorum deleted it) is posted on its own")
    func replyToDeletedComment() async throws {
        let bodies = Mutex<[String]>([])
        let router = Router()
        // A stand-in for the simulator in which the first comment is deleted before its reply comes:
        // a reply to it is refused as Graph refuses one to a deleted object.
        router.post("/_sim/comments") { request, _ -> Response in
            let body = String(buffer: try await request.body.collect(upTo: 1 << 20))
            let n = bodies.withLock { $0.append(body); return $0.count }
            if body.contains("parent_id") {
                return Response(status: .badRequest, body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"error": {"code": 100, "error_subcode": 33}}"#)))
            }
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"id": "post_\#(n)", "post_id": "post"}"#)))
        }
        let stub = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await stub.test(.live) { client in
            let feed = DemoFeed(simulatorURL: "http://127.0.0.1:\(client.port!)", interval: .milliseconds(10), comments: Array(Self.few.prefix(2)),
                                logger: Logger(label: "demo-test"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await feed.run() }
                let deadline = ContinuousClock.now + .seconds(60)
                while bodies.withLock({ $0.count }) < 3 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
                group.cancelAll()
            }
        }
        let sent = try bodies.withLock { $0 }.prefix(3).map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        try #require(sent.count == 3)
        #expect(sent.map { ($0["from"] as? [String: Any])?["name"] as? String } == ["Maureen Tansley", "Dean Whitworth", "Dean Whitworth"])
        #expect(sent[1]["parent_id"] as? String == "post_1", "first tried as a reply")
        #expect(sent[2]["parent_id"] == nil, "then posted as a top-level comment")
    }

    @Test("while the simulator is not answering, the same comment is tried again, and a reply goes under the id the simulator gave")
    func retriesTheSameComment() async throws {
        let bodies = Mutex<[String]>([])
        let router = Router()
        // A stand-in for the simulator that is "still starting" for its first two requests.
        router.post("/_sim/comments") { request, _ -> Response in
            let body = String(buffer: try await request.body.collect(upTo: 1 << 20))
            let n = bodies.withLock { $0.append(body); return $0.count }
            guard n > 2 else { return Response(status: .serviceUnavailable) }
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"id": "post_\#(n)", "post_id": "post"}"#)))
        }
        let stub = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await stub.test(.live) { client in
            let feed = DemoFeed(simulatorURL: "http://127.0.0.1:\(client.port!)", interval: .milliseconds(10), comments: Self.few, logger: Logger(label: "demo-test"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await feed.run() }
                // Generous: it returns as soon as the four requests are in; the bound is for a stuck feed on a busy machine.
                let deadline = ContinuousClock.now + .seconds(60)
                while bodies.withLock({ $0.count }) < 4 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
                group.cancelAll()
            }
        }
        let sent = try bodies.withLock { $0 }.prefix(4).map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        try #require(sent.count == 4)
        let authors = sent.map { ($0["from"] as? [String: Any])?["name"] as? String }
        #expect(authors == ["Maureen Tansley", "Maureen Tansley", "Maureen Tansley", "Dean Whitworth"])
        #expect(sent[3]["parent_id"] as? String == "post_3")
        #expect(sent[0]["parent_id"] == nil)
    }

    @Test("it stops at once on graceful shutdown, even in the middle of a long wait")
    func gracefulShutdown() async throws {
        let feed = DemoFeed(simulatorURL: "http://127.0.0.1:9", interval: .seconds(3600), comments: Self.few, logger: Logger(label: "demo-test"))
        let group = ServiceGroup(services: [feed], logger: Logger(label: "demo-test"))
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await Task.sleep(for: .milliseconds(100))
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        // The feed was an hour from its next comment: stopping well inside that proves it did not wait it out.
        // (Generous, because the whole suite shares two cores; a timed bound tighter than this would measure the machine.)
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    @Test("a log line never holds a comment's words or its author's name")
    func logsNoText() async throws {
        let sink = Lines()
        let logger = Logger(label: "demo-test") { _ in LineCapturingHandler(sink: sink) }
        let long = "Right, I've held off posting this for weeks but I've had enough.\nMy dad is 84 and nobody rang him back about his leg. The system is broken and someone needs to answer for it"
        let comment = DemoComment("Siobhan Carr", id: "3318470046712095", long, expected: [.complaint])
        // Until the feed has logged the comment (it logs once the simulator has answered).
        _ = try await Self.play([comment], logger: logger) { _ in sink.lines.withLock { $0 }.contains { $0.contains("demo comment posted") } }
        let lines = sink.lines.withLock { $0 }
        #expect(lines.contains { $0.contains("demo comment posted") }, "the feed logs a line per comment")
        for fragment in ["Right, I've", "held off", "my dad", "his leg", "Siobhan", "Carr"] {
            #expect(!lines.contains { $0.localizedCaseInsensitiveContains(fragment) }, "a log line holds \"\(fragment)\"")
        }
        #expect(sink.texts.withLock { $0 }.isEmpty)
    }
}

/// Every log line and every `text` metadata value a logger was given.
final class Lines: Sendable {
    let lines = Mutex<[String]>([])
    let texts = Mutex<[String]>([])
}

struct LineCapturingHandler: LogHandler {
    let sink: Lines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        sink.lines.withLock { $0.append("\(event.message) \(event.metadata ?? [:]) \(metadata)") }
        if let text = event.metadata?["text"] { sink.texts.withLock { $0.append("\(text)") } }
    }
}
