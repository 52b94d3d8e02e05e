import DecorumCore
import DecorumMeta
import DecorumStore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// `decorum serve` as a real process, killed without warning in the middle of a stream of comments and
/// started again on the same database: every comment must be judged and acted on exactly as if nothing
/// had happened — none lost, no action (above all no reply) sent twice.
@Suite("Crash recovery: decorum serve killed with SIGKILL mid-stream", .serialized)
struct CrashRecoveryTests {
    /// Comments with the actions the built-in policy takes on them.
    static let stream: [(text: String, actions: [String])] = [
        ("You lot are a bunch of useless f***ing idiots, absolute scum", ["delete"]),
        ("Waited 40 minutes past my appointment time again today and nobody even said sorry", ["private_reply"]),
        ("Honestly the best GP surgery I've ever been registered with, five stars from me", ["public_reply"]),
        ("That receptionist Dr Khan's wife, the blonde one, was so rude to me today", ["hide", "private_reply"]),
        ("Does anyone know if the surgery is open on the bank holiday Monday?", []),
    ]

    @Test("no event is lost and no action is repeated")
    func sigkillMidStream() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = try freePort()
        let secret = "crash-test-app-secret"
        let configuration = GraphSimulatorConfiguration(
            appSecret: secret, webhookURL: "http://127.0.0.1:\(port)/webhooks/meta",
            // Meta keeps retrying a delivery that was not answered 200; so does the simulator, long enough to span a restart.
            webhookRetry: RetryPolicy(maxAttempts: 60, baseDelay: .milliseconds(50), maxDelay: .milliseconds(500)))
        let database = dir.appendingPathComponent("decorum.sqlite").path
        try await buildSimulator(configuration).test(.live) { sim in
            let environment = [
                "DECORUM_PORT": String(port), "DECORUM_DATABASE_URL": database, "DECORUM_META_APP_SECRET": secret,
                "DECORUM_META_VERIFY_TOKEN": "crash-verify", "DECORUM_GRAPH_BASE_URL": "http://127.0.0.1:\(sim.port!)/\(configuration.apiVersion)",
                "DECORUM_PAGE_ID": configuration.pageID.rawValue, "DECORUM_PAGE_TOKEN": configuration.pageToken.secret,
                "DECORUM_API_TOKENS": "crash-test-api-token-0123456789", "DECORUM_KEY_FILE": dir.appendingPathComponent("decorum.key").path,
                "DECORUM_GRAPH_TIMEOUT_SECONDS": "1", "DECORUM_JOB_LEASE_SECONDS": "3",
            ]
            let total = 150
            var running = try DecorumProcess(["serve", "--workers", "2"], environment: environment, output: dir.appendingPathComponent("run-0.log"))
            try await Self.waitUntilReady(port: port, process: running)

            var added = [(id: String, actions: [String])]()
            var kills = [(comments: Int, actions: Int)]()
            for n in 0..<total {
                let (text, actions) = Self.stream[n % Self.stream.count]
                let body = #"{"message": "\#(text)", "from": {"id": "77\#(String(format: "%014d", n))", "name": "Visitor \#(n)"}}"#
                let response = try await sim.execute(uri: "/_sim/comments", method: .post, headers: [.contentType: "application/json"],
                                                     body: ByteBuffer(string: body))
                let json = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                added.append((try #require(json?["id"] as? String), actions))
                let doneSoFar = try await Self.actions(sim).done.count
                // Mid-stream, twice: once early while the first actions go out, once with a backlog after a restart.
                if (kills.isEmpty && n >= 5 && doneSoFar >= 8) || (kills.count == 1 && doneSoFar >= kills[0].actions + 15) {
                    await running.kill()
                    kills.append((n + 1, doneSoFar))
                    // Started again at once, without waiting: Meta (here the simulator) keeps retrying meanwhile.
                    running = try DecorumProcess(["serve", "--workers", "2"], environment: environment,
                                                 output: dir.appendingPathComponent("run-\(kills.count).log"))
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            if kills.count == 1 {
                // The restart came up after the last comment: kill it while it works through the backlog.
                let deadline = ContinuousClock.now + .seconds(30)
                while ContinuousClock.now < deadline, try await Self.actions(sim).done.count < kills[0].actions + 15 {
                    try await Task.sleep(for: .milliseconds(20))
                }
                await running.kill()
                kills.append((total, try await Self.actions(sim).done.count))
                running = try DecorumProcess(["serve", "--workers", "2"], environment: environment,
                                             output: dir.appendingPathComponent("run-2.log"))
            }
            #expect(kills.count == 2, "decorum serve was not killed twice mid-stream")
            let second = running
            try await Self.waitUntilReady(port: port, process: second)
            let expected = added.reduce(0) { $0 + $1.actions.count }
            let deadline = ContinuousClock.now + .seconds(90)
            while ContinuousClock.now < deadline, try await Self.actions(sim).done.count < expected {
                try await Task.sleep(for: .milliseconds(200))
            }
            // Anything a worker would repeat has had its lease run out by now.
            try await Task.sleep(for: .seconds(4))
            await second.terminate()

            let (done, refused) = try await Self.actions(sim)
            for (id, actions) in added {
                let kinds = done.filter { $0["object_id"] as? String == id }.compactMap { $0["kind"] as? String }
                #expect(kinds.sorted() == actions.sorted(), "comment \(id): done \(kinds), expected \(actions)")
            }
            let repeatedReplies = refused.filter { ["private_reply", "public_reply"].contains($0["kind"] as? String) }
            #expect(repeatedReplies.isEmpty, "replies tried twice: \(repeatedReplies)")

            let store = try await Store.openMigrated(try DatabaseURL(database), logger: Logger(label: "crash-test"))
            for (id, actions) in added {
                let item = try await store.items.item(ItemID(id))
                #expect(item != nil, "comment \(id) was lost")
                if item?.status != (actions.isEmpty ? .allowed : .actioned) {
                    let stored = try await store.actions.list(for: ItemID(id)).map { "\($0.kind.rawValue) \($0.status.rawValue) at \($0.createdAt.timeIntervalSince1970)" }
                    let decided = try await store.decisions.list(for: ItemID(id)).map { "\($0.action.rawValue) at \($0.createdAt.timeIntervalSince1970)" }
                    let audit = try await store.audit.list(for: ItemID(id)).map { "\($0.event) by \($0.actor)" }
                    Issue.record("comment \(id) is \(String(describing: item?.status)); actions \(stored); decisions \(decided); audit \(audit)")
                }
                #expect(try await store.decisions.list(for: ItemID(id)).count == 1, "comment \(id) judged more than once")
            }
            try await store.close()
            print("crash test: killed at \(kills.map { "comment \($0.comments) (\($0.actions) actions done)" }.joined(separator: " and ")); \(added.count) comments and \(expected) actions in all; none lost, none repeated")
        }
    }

    static func actions(_ sim: some TestClientProtocol) async throws -> (done: [[String: Any]], refused: [[String: Any]]) {
        let response = try await sim.execute(uri: "/_sim/actions", method: .get, headers: [:], body: nil)
        let json = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
        return ((json?["data"] as? [[String: Any]]) ?? [], (json?["refused"] as? [[String: Any]]) ?? [])
    }

    static func waitUntilReady(port: Int, process: DecorumProcess) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            guard process.process.isRunning else {
                Issue.record("decorum serve stopped: \(process.log.suffix(2000))")
                return
            }
            if let (_, response) = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/readyz")!),
               (response as? HTTPURLResponse)?.statusCode == 200 {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("decorum serve did not become ready: \(process.log.suffix(2000))")
    }
}
