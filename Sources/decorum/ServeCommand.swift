import ArgumentParser
import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `decorum serve`: the HTTP API and Meta's webhooks, with workers that judge and act, on SQLite by
/// default. Settings come from `DECORUM_*` environment variables and an optional YAML file (see README).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run Decorum: the JSON API, Meta's webhooks, and the workers that judge and act."
    )

    @Option(help: "A YAML settings file (default: $DECORUM_CONFIG); environment variables override it.")
    var config: String?

    @Option(help: "Number of workers taking jobs from the queue.")
    var workers = 2

    @Flag(help: "Log each request and job (debug level).")
    var verbose = false

    @Flag(help: "Run a Graph API simulator in-process with a stream of realistic comments, so the whole flow runs with no Meta account (database ./decorum-demo.sqlite unless DECORUM_DATABASE_URL is set).")
    var demo = false

    @Option(help: "With --demo: seconds between demo comments.")
    var demoInterval: Double = 4

    @Option(help: "With --demo: the simulator's port (default: the server's port + 1).")
    var demoPort: Int?

    func validate() throws {
        guard (1...64).contains(workers) else { throw ValidationError("--workers must be from 1 to 64, not \(workers)") }
        guard demoInterval.isFinite, (0.05...3600).contains(demoInterval) else {
            throw ValidationError("--demo-interval must be a number of seconds from 0.05 to 3600, not \(demoInterval)")
        }
        if let demoPort, !(1...65535).contains(demoPort) { throw ValidationError("--demo-port must be from 1 to 65535, not \(demoPort)") }
    }

    func run() async throws {
        var logger = Logger(label: "decorum")
        logger.logLevel = verbose ? .debug : .info
        var generatedToken: String?
        var simulator: GraphSimulatorConfiguration?
        let demo = self.demo
        let demoPort = self.demoPort
        let explicitDatabase = ProcessInfo.processInfo.environment["DECORUM_DATABASE_URL"].map { !$0.isEmpty } ?? false
        let setup = try await ServiceSetup.open(configFile: config, logger: logger) { settings in
            if settings.apiTokens.isEmpty {
                let token = RandomToken.hex(bytes: 24)
                settings.apiTokens = [token]
                generatedToken = token
            }
            if demo {
                simulator = try Self.demoSimulator(&settings, port: demoPort, keepDatabase: explicitDatabase)
            }
        }
        let settings = setup.settings
        let signal = WorkSignal()
        let metrics = DecorumMetrics()
        let engine: EngineHolder
        do { engine = try await setup.engine() } catch {
            try? await setup.store.close()
            throw error
        }
        let ingest = IngestStep(engine: engine)
        let act = ActStep(graph: setup.graph, tokens: setup.vault, metrics: metrics, timeoutGrace: settings.graphTimeout * 2,
                          replyCheck: { engine.current.replyCheck }, logger: logger)
        let host = ProcessInfo.processInfo.hostName
        let pid = ProcessInfo.processInfo.processIdentifier
        // Webhooks are judged as they are stored; their actions go straight to this process's workers.
        let fresh = FreshWork(signal: signal)
        let judging = InlineJudging(ingest: ingest, claimant: "\(host):\(pid):webhooks", lease: settings.jobLease, handoff: fresh)
        var services: [any Service] = (0..<workers).map { n in
            ModerationWorker(store: setup.store, ingest: ingest, act: act, name: "\(host):\(pid):\(n)", lease: settings.jobLease, signal: signal,
                             metrics: metrics, fresh: fresh, logger: logger)
        }
        if var simulator {
            simulator.pageName = setup.policy.practice.name
            let simLogger = Logger(label: "decorum.demo")
            services.append(buildSimulator(simulator, logger: simLogger))
            services.append(DemoFeed(simulatorURL: "http://127.0.0.1:\(simulator.port)", interval: .milliseconds(Int64(demoInterval * 1000)),
                                     logger: simLogger))
        }
        services.append(PolicyWatcher(store: setup.store, engine: engine, logger: logger))
        do { services += try AlertServices.make(settings: settings, store: setup.store, engine: engine, logger: logger) } catch {
            try? await setup.store.close()
            throw error
        }
        // Every instance looks; the store lets one purge a day.
        services.append(RetentionService(store: setup.store, engine: engine, name: "decorum", logger: logger))
        let dashboard: Dashboard
        let firstAdmin: (login: String, password: String)?
        do {
            dashboard = Dashboard(store: setup.store, engine: engine, signal: signal, resources: try await DashboardResources.load(),
                                  settings: setup.authSettings, vault: setup.vault, logger: logger)
            firstAdmin = try await FirstRunAdmin.ensure(store: setup.store, hasher: dashboard.auth.hasher)
        } catch {
            try? await setup.store.close()
            throw error
        }
        let app = buildApplication(settings, moderator: setup.moderator, store: setup.store, services: services, signal: signal,
                                   metrics: metrics, judging: judging, engine: engine, dashboard: dashboard, logger: logger)

        let base = "http://\(settings.host):\(settings.port)"
        var banner = [String]()
        banner.append("""
        Decorum is starting on \(base) (policy \(engine.current.moderator.policy.version) from \(engine.current.policySource), \(setup.modelVersion == "rules only" ? "rules only" : "model \(setup.modelVersion)"), database \(setup.databaseURL))
          Log in:    \(base)/login   (the moderators' dashboard)
          JSON API:  \(base)/api/v1/moderate, /api/v1/items, /api/v1/alerts  (Authorization: Bearer <token>; described at /api/v1/openapi.yaml)
          Health:    \(base)/healthz, \(base)/readyz    Metrics: \(base)/metrics
        """)
        if let generatedToken {
            banner.append("  No DECORUM_API_TOKENS set: this run's API token is \(generatedToken) (shown once; set DECORUM_API_TOKENS to choose your own).")
        }
        if settings.metaAppSecret == nil || settings.metaVerifyToken == nil {
            banner.append("  Meta webhooks are off: set DECORUM_META_APP_SECRET and DECORUM_META_VERIFY_TOKEN to receive them at /webhooks/meta.")
        } else {
            banner.append("  Meta webhooks: \(base)/webhooks/meta")
        }
        if setup.connectedPages.isEmpty {
            banner.append("  Actions are off (comments are judged and recorded, and wait): set DECORUM_PAGE_ID and DECORUM_PAGE_TOKEN to act on the page.")
        } else {
            banner.append("  Acting on page \(setup.connectedPages.map(\.rawValue).joined(separator: ", ")) through \(settings.graphBaseURL)")
        }
        banner.append("  " + AlertServices.summary(settings.alerts, policy: engine.current.moderator.policy))
        if let keyFile = setup.createdKeyFile {
            banner.append("  Page tokens are encrypted with the new key file \(keyFile.path): back it up; without it the stored tokens cannot be read.")
        }
        if let simulator {
            let api = "curl -s -H 'Authorization: Bearer \(settings.apiTokens[0])' \(base)/api/v1"
            banner.append("""
              Demo: a Graph API simulator on http://127.0.0.1:\(simulator.port) holds a pretend Page; a visitor comments every \(demoInterval) s.
                What Decorum decided:   \(api)/items          (awaiting a person: \(api)/items?status=awaiting_approval,in_review)
                Alerts for people:      \(api)/alerts
                What it did on the Page: curl -s http://127.0.0.1:\(simulator.port)/_sim/actions
                Add your own comment:   curl -s -X POST http://127.0.0.1:\(simulator.port)/_sim/comments -H 'Content-Type: application/json' -d '{"message": "…", "from": {"id": "1234567890123456", "name": "You"}}'
            """)
        }
        if let firstAdmin {
            banner.append("""
              First run: log in at \(base)/login as \(firstAdmin.login) with the one-time password \(firstAdmin.password)
                (shown once; you choose your own password at the first log-in; `decorum users reset \(firstAdmin.login)` makes a new one).
            """)
        }
        // Unbuffered, so the operator sees it at once even when standard output is a pipe or a file.
        FileHandle.standardOutput.write(Data((banner.joined(separator: "\n") + "\n").utf8))
        do {
            try await app.runService()
        } catch {
            try? await setup.store.close()
            throw error
        }
        try await setup.store.close()
    }
}

extension ServeCommand {
    /// Points the settings at an in-process simulator: made-up secrets and token, the simulator's Page, a
    /// demo database of its own, and the example staff roster the demo comments name.
    static func demoSimulator(_ settings: inout ServerSettings, port: Int?, keepDatabase: Bool) throws -> GraphSimulatorConfiguration {
        let simPort = port ?? (settings.port == 65535 ? 65534 : settings.port + 1)
        guard simPort != settings.port else { throw CLIError.invalid("--demo-port must differ from DECORUM_PORT (\(settings.port))") }
        let secret = RandomToken.hex(bytes: 24)
        let token = RandomToken.hex(bytes: 24)
        let configuration = GraphSimulatorConfiguration(
            host: "127.0.0.1", port: simPort, pageToken: PageToken(token), appSecret: secret,
            webhookURL: "http://127.0.0.1:\(settings.port)/webhooks/meta")
        settings.metaAppSecret = secret
        settings.metaVerifyToken = RandomToken.hex(bytes: 12)
        settings.pageID = configuration.pageID.rawValue
        settings.pageToken = token
        settings.pageName = "Demo page"
        settings.graphBaseURL = "http://127.0.0.1:\(simPort)/\(configuration.apiVersion)"
        if !keepDatabase { settings.databaseURL = "./decorum-demo.sqlite" }
        if settings.staffPath == nil, let staff = ExampleFiles.find("examples/staff.csv") { settings.staffPath = staff }
        return configuration
    }
}

/// Random secrets for a run (an API token, a demo's app secret).
enum RandomToken {
    static func hex(bytes count: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<count).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &rng)) }.joined()
    }
}
