import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Logging
import Testing

/// Meta's webhook route over a live HTTP server, storing into a real SQLite database. Payload shape as
/// Meta documents the Page `feed` field (https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed):
/// entry[].changes[] with field "feed" and value {item, verb, comment_id, post_id, parent_id, from, message, created_time}.
@Suite("Meta webhooks into the store")
struct WebhookRouteTests {
    static let secret = "app-secret-for-tests"
    static let verify = "verify-token-for-tests"
    static let body = #"{"object":"page","entry":[{"id":"1000000000001","time":1717236000,"changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":"555000111_777000222","post_id":"1000000000001_555000111","parent_id":"1000000000001_555000111","from":{"id":"6483920174625381","name":"Sandra Holt"},"message":"Waited 40 minutes past my appointment time again today.","created_time":1717236000}}]}]}"#

    func withApp(_ test: @escaping @Sendable (any TestClientProtocol, Store) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-webhook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await Store.openMigrated(try DatabaseURL(dir.appendingPathComponent("t.sqlite").path), logger: Logger(label: "test"))
        let settings = ServerSettings(port: 0, metaAppSecret: Self.secret, metaVerifyToken: Self.verify)
        let app = buildApplication(settings, moderator: Moderator(policy: .builtIn), store: store)
        do {
            try await app.test(.live) { client in try await test(client, store) }
        } catch {
            try await store.close()
            throw error
        }
        try await store.close()
    }

    func signed(_ body: String, secret: String = secret) -> HTTPFields {
        var headers = HTTPFields()
        headers[HTTPField.Name("X-Hub-Signature-256")!] = WebhookSignature.sign(body: Array(body.utf8), appSecret: secret)
        headers[.contentType] = "application/json"
        return headers
    }

    @Test("the subscription handshake echoes the challenge only for the right verify token")
    func handshake() async throws {
        try await withApp { client, _ in
            try await client.execute(uri: "/webhooks/meta?hub.mode=subscribe&hub.verify_token=\(Self.verify)&hub.challenge=1158201444", method: .get) { r in
                #expect(r.status == .ok)
                #expect(String(buffer: r.body) == "1158201444")
            }
            try await client.execute(uri: "/webhooks/meta?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444", method: .get) { r in
                #expect(r.status == .forbidden)
            }
        }
    }

    @Test("a signed delivery is stored with a job to judge it, and a repeated delivery adds nothing")
    func storedOnce() async throws {
        try await withApp { client, store in
            for _ in 0..<3 {
                try await client.execute(uri: "/webhooks/meta", method: .post, headers: signed(Self.body), body: ByteBuffer(string: Self.body)) { r in
                    #expect(r.status == .ok)
                }
            }
            #expect(try await store.jobs.depth().queued == 1)
        }
    }

    @Test("a forged or missing signature is rejected and nothing is stored")
    func forged() async throws {
        try await withApp { client, store in
            try await client.execute(uri: "/webhooks/meta", method: .post, headers: signed(Self.body, secret: "not-the-secret"), body: ByteBuffer(string: Self.body)) { r in
                #expect(r.status == .unauthorized)
            }
            try await client.execute(uri: "/webhooks/meta", method: .post, body: ByteBuffer(string: Self.body)) { r in
                #expect(r.status == .unauthorized)
            }
            let tampered = Self.body.replacingOccurrences(of: "40 minutes", with: "4 hours")
            try await client.execute(uri: "/webhooks/meta", method: .post, headers: signed(Self.body), body: ByteBuffer(string: tampered)) { r in
                #expect(r.status == .unauthorized)
            }
            #expect(try await store.jobs.depth().queued == 0)
        }
    }

    @Test("the queued change is judged: decision with its evidence recorded, actions planned and queued, once")
    func ingest() async throws {
        let staffBody = Self.body.replacingOccurrences(of: "Waited 40 minutes past my appointment time again today.",
                                                       with: "Dr Khan was drunk again at my appointment, he should be struck off")
        try await withApp { client, store in
            try await client.execute(uri: "/webhooks/meta", method: .post, headers: signed(staffBody), body: ByteBuffer(string: staffBody)) { r in
                #expect(r.status == .ok)
            }
            let step = IngestStep(moderator: Moderator(policy: .builtIn), modelVersion: "rules only")
            let job = try #require(try await store.jobs.claim(worker: "test", lease: .seconds(30)))
            #expect(job.kind == WebhookController<DecorumRequestContext>.ingestJob)
            let envelope = try ChangeEnvelope.decode(job.payloadJSON)
            let outcome = try await store.transaction { tx in try await step.run(envelope, in: tx) }
            try await store.jobs.complete(job)
            guard case .judged(_, _, _, let action, _) = outcome else { Issue.record("not judged: \(outcome)"); return }
            #expect(action == .hide)
            let item = ItemID("555000111_777000222")
            let decision = try #require(try await store.decisions.latest(for: item))
            #expect(decision.categoriesJSON.contains("defamation"))
            #expect(decision.decisionJSON.contains("Clause 8"))
            let actions = try await store.actions.list(for: item)
            #expect(actions.contains { $0.kind == .hide })
            // The item waits on its actions; the practice manager is alerted (clause 8) without the comment's words.
            #expect(try await store.items.item(item)?.status == .judged)
            let alerts = try await store.alerts.open(limit: 10)
            #expect(alerts.contains { $0.itemID == item && $0.role == "practice_manager" && $0.severity == .urgent })
            #expect(!alerts.contains { $0.message.contains("drunk") || $0.message.contains("Khan") })
            // Judging the same change again (a retried job) stores and plans nothing more.
            let again = try await store.transaction { tx in try await step.run(envelope, in: tx) }
            #expect(again == .unchanged)
            #expect(try await store.actions.list(for: item).count == actions.count)
        }
    }
}
