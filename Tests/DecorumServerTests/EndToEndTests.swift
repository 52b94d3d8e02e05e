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

/// The whole flow over real loopback HTTP: the Graph API simulator holds a page, a visitor comments,
/// the simulator sends Decorum a signed webhook, Decorum stores and judges it, and a worker acts
/// through the Graph client — the simulator records what was done.
@Suite("End to end: simulator → signed webhook → Decorum → action")
struct EndToEndTests {
    static let secret = "e2e-app-secret"
    static let verify = "e2e-verify-token"

    @Test("a comment naming staff is hidden and its author sent one private reply; a duplicate does nothing twice")
    func hideAndReply() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try await Store.openMigrated(try DatabaseURL(dir.appendingPathComponent("e2e.sqlite").path), logger: Logger(label: "e2e"))
        let moderator = Moderator(policy: .builtIn)
        let settings = ServerSettings(port: 0, metaAppSecret: Self.secret, metaVerifyToken: Self.verify)
        let decorum = buildApplication(settings, moderator: moderator, store: store)
        do {
            try await decorum.test(.live) { decorumClient in
                let configuration = GraphSimulatorConfiguration(
                    appSecret: Self.secret, webhookURL: "http://127.0.0.1:\(decorumClient.port!)/webhooks/meta",
                    webhookRetry: RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50)))
                try await buildSimulator(configuration).test(.live) { sim in
                    let graph = HTTPGraphClient(baseURL: "http://127.0.0.1:\(sim.port!)/\(configuration.apiVersion)", timeout: .seconds(5))
                    let worker = ModerationWorker(
                        store: store, ingest: IngestStep(moderator: moderator, modelVersion: "rules only"),
                        act: ActStep(graph: graph, token: configuration.pageToken, page: configuration.pageID), name: "e2e", logger: Logger(label: "e2e"))
                    let comment = #"{"message": "That receptionist Dr Khan's wife, the blonde one, was so rude to me today", "from": {"id": "6483920174625381", "name": "Sandra Holt"}}"#
                    let added = try await sim.execute(uri: "/_sim/comments", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: comment))
                    #expect(added.status == .ok)
                    // Let the webhook arrive, then run the queue dry.
                    var kinds = [String]()
                    for _ in 0..<200 {
                        while try await worker.runOnce() {}
                        let actions = try await sim.execute(uri: "/_sim/actions", method: .get)
                        let json = try JSONSerialization.jsonObject(with: Data(String(buffer: actions.body).utf8)) as? [String: Any]
                        kinds = ((json?["data"] as? [[String: Any]]) ?? []).compactMap { $0["kind"] as? String }
                        if kinds.count >= 2 { break }
                        try await Task.sleep(for: .milliseconds(25))
                    }
                    #expect(kinds.sorted() == ["hide", "private_reply"])
                    // Nothing more happens when the queue is run again.
                    while try await worker.runOnce() {}
                    let again = try await sim.execute(uri: "/_sim/actions", method: .get)
                    #expect(String(buffer: again.body).components(separatedBy: "private_reply").count - 1 == 1)
                }
            }
        } catch {
            try await store.close()
            throw error
        }
        try await store.close()
    }
}
