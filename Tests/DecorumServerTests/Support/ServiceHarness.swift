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

/// Decorum and the Graph API simulator, both live on loopback, with a worker running: a visitor's
/// comment goes simulator → signed webhook → Decorum → worker → Graph call → simulator.
struct ServiceHarness: Sendable {
    static let secret = "harness-app-secret"
    static let verify = "harness-verify-token"
    static let apiToken = "harness-api-token-0123456789abcdef"
    static let passwordCost: UInt8 = 4
    static let password = "Sycamore-lantern-42"

    let decorum: any TestClientProtocol
    let simulator: any TestClientProtocol
    let configuration: GraphSimulatorConfiguration
    let store: Store
    let metrics: DecorumMetrics

    struct Options: Sendable {
        var policy: Policy = .builtIn
        var graphTimeout: Duration = .seconds(5)
        var retry = RetryPolicy(maxAttempts: 6, baseDelay: .milliseconds(100), maxDelay: .milliseconds(400))
        var tokenWait: Duration = .milliseconds(200)
        var rateLimit: SimulatorRateLimit?
        /// Puts the rules for `category` (every rule, if nil) in `mode`.
        mutating func setMode(_ mode: DecorumCore.Mode, for category: DecorumCore.Category?) {
            policy.rules = policy.rules.map { rule in
                var rule = rule
                if category.map(rule.categories.contains) ?? true { rule.mode = mode }
                return rule
            }
        }

        /// Mounts the moderators' dashboard at `/` (log-in with bcrypt at the lowest cost, to keep tests quick).
        var dashboard = false
    }

    /// Runs `body` with both servers up and one worker taking jobs; everything stops afterwards.
    static func run(_ options: Options = Options(), _ body: @escaping @Sendable (ServiceHarness) async throws -> Void) async throws {
        await TestGate.harnesses.enter()
        do {
            try await runHolding(options, body)
        } catch {
            await TestGate.harnesses.leave()
            throw error
        }
        await TestGate.harnesses.leave()
    }

    private static func runHolding(_ options: Options, _ body: @escaping @Sendable (ServiceHarness) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-harness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let logger = {
            var logger = Logger(label: "harness")
            logger.logLevel = .warning
            return logger
        }()
        let store = try await Store.openMigrated(try DatabaseURL(dir.appendingPathComponent("h.sqlite").path), logger: logger)
        let moderator = Moderator(policy: options.policy)
        let signal = WorkSignal()
        let metrics = DecorumMetrics()
        let settings = ServerSettings(port: 0, metaAppSecret: secret, metaVerifyToken: verify, apiTokens: [apiToken])
        let engine = EngineHolder(moderator: moderator, modelVersion: "rules only")
        let ingest = IngestStep(engine: engine)
        let fresh = FreshWork(signal: signal)
        let judging = InlineJudging(ingest: ingest, claimant: "harness-webhooks", lease: .seconds(60), handoff: fresh)
        let dashboard = options.dashboard
            ? Dashboard(store: store, engine: engine, signal: signal, resources: try await DashboardResources.load(),
                        settings: DashboardAuthSettings(passwordCost: Self.passwordCost), vault: nil, logger: logger)
            : nil
        let app = buildApplication(settings, moderator: moderator, store: store, signal: signal, metrics: metrics, judging: judging,
                                   engine: engine, dashboard: dashboard, logger: logger)
        do {
            try await app.test(.live) { decorum in
                let configuration = GraphSimulatorConfiguration(
                    appSecret: secret, webhookURL: "http://127.0.0.1:\(decorum.port!)/webhooks/meta",
                    webhookRetry: RetryPolicy(maxAttempts: 8, baseDelay: .milliseconds(20), maxDelay: .milliseconds(200)),
                    rateLimit: options.rateLimit)
                try await buildSimulator(configuration, logger: logger).test(.live) { simulator in
                    let graph = HTTPGraphClient(
                        baseURL: "http://127.0.0.1:\(simulator.port!)/\(configuration.apiVersion)", timeout: options.graphTimeout, logger: logger)
                    let act = ActStep(graph: graph, tokens: FixedPageTokens([configuration.pageID: configuration.pageToken]), metrics: metrics,
                                      retry: options.retry, tokenWait: options.tokenWait,
                                      timeoutGrace: options.graphTimeout * 2, replyCheck: { engine.current.replyCheck }, logger: logger)
                    let worker = ModerationWorker(
                        store: store, ingest: ingest, act: act, name: "harness",
                        idle: .milliseconds(100), retry: options.retry, signal: signal, metrics: metrics, fresh: fresh, logger: logger)
                    let harness = ServiceHarness(decorum: decorum, simulator: simulator, configuration: configuration, store: store, metrics: metrics)
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { try await worker.run() }
                        defer { group.cancelAll() }
                        try await body(harness)
                    }
                }
            }
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    // MARK: - The simulator

    /// A visitor comments on the Page's post (or replies to `parent`); returns the new comment's id.
    @discardableResult
    func comment(_ text: String, by name: String = "Sandra Holt", id: String = "6483920174625381", parent: String? = nil) async throws -> ItemID {
        var fields: [(String, JSONValue)] = [("message", .string(text)), ("from", .object([("id", .string(id)), ("name", .string(name))]))]
        if let parent { fields.append(("parent_id", .string(parent))) }
        let answer = try await sim(.post, "/_sim/comments", .object(fields))
        return ItemID(try #require(answer["id"] as? String))
    }

    /// What the simulator saw Decorum do, and the calls it refused.
    func simulatorActions() async throws -> (done: [[String: Any]], refused: [[String: Any]]) {
        let json = try await sim(.get, "/_sim/actions", nil)
        return ((json["data"] as? [[String: Any]]) ?? [], (json["refused"] as? [[String: Any]]) ?? [])
    }

    /// The kinds of action done to `id`, in order.
    func actionKinds(on id: ItemID) async throws -> [String] {
        try await simulatorActions().done.filter { $0["object_id"] as? String == id.rawValue }.compactMap { $0["kind"] as? String }
    }

    @discardableResult
    func sim(_ method: HTTPRequest.Method, _ path: String, _ body: JSONValue?) async throws -> [String: Any] {
        let response = try await simulator.execute(
            uri: path, method: method, headers: [.contentType: "application/json"], body: body.map { ByteBuffer(string: $0.serialized()) })
        #expect(response.status == .ok, "simulator \(method) \(path): \(String(buffer: response.body))")
        return (try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]) ?? [:]
    }

    // MARK: - Dashboard users

    /// A dashboard user who may log in with ``password`` at once.
    @discardableResult
    func addUser(_ login: String, name: String, role: UserRole) async throws -> User {
        let hash = try await PasswordHasher(cost: Self.passwordCost).hash(Self.password)
        return try await store.users.create(NewUser(login: login, name: name, role: role, passwordHash: hash, mustChangePassword: false))
    }

    /// Where the browser finds Decorum.
    var baseURL: String { "http://127.0.0.1:\(decorum.port!)" }

    // MARK: - Decorum's API

    /// Calls Decorum's API with the bearer token; returns the status and the decoded JSON object.
    func api(_ method: HTTPRequest.Method, _ path: String, _ body: JSONValue? = nil, headers extra: HTTPFields = [:]) async throws
        -> (HTTPResponse.Status, [String: Any])
    {
        var headers: HTTPFields = [.authorization: "Bearer \(Self.apiToken)", .contentType: "application/json"]
        for field in extra { headers.append(field) }
        let response = try await decorum.execute(uri: "/api/v1" + path, method: method, headers: headers,
                                                 body: body.map { ByteBuffer(string: $0.serialized()) })
        let json = (try? JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]) ?? [:]
        return (response.status, json)
    }

    // MARK: - Waiting

    /// Polls `condition` until it holds or `timeout` passes; returns whether it held.
    @discardableResult
    func eventually(_ timeout: Duration = .seconds(30), _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(25))
        }
        return try await condition()
    }

    /// Waits until the item is stored with one of `statuses`; returns it.
    /// Generous by default: it returns as soon as the status is reached; the limit only bounds a stuck pipeline
    /// on a machine whose two cores are busy with the rest of the suite.
    func item(_ id: ItemID, reaches statuses: Set<ItemStatus>, within timeout: Duration = .seconds(30)) async throws -> StoredItem {
        var last: StoredItem?
        try await eventually(timeout) {
            last = try await store.items.item(id)
            return last.map { statuses.contains($0.status) } ?? false
        }
        let item = try #require(last, "item \(id) never arrived")
        #expect(statuses.contains(item.status), "item \(id) is \(item.status), not \(statuses)")
        return item
    }
}
