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

    func run() async throws {
        guard (1...64).contains(workers) else { throw CLIError.invalid("--workers must be from 1 to 64, not \(workers)") }
        var logger = Logger(label: "decorum")
        logger.logLevel = verbose ? .debug : .info
        var generatedToken: String?
        let setup = try await ServiceSetup.open(configFile: config, logger: logger) { settings in
            if settings.apiTokens.isEmpty {
                let token = RandomToken.hex(bytes: 24)
                settings.apiTokens = [token]
                generatedToken = token
            }
        }
        let settings = setup.settings
        let signal = WorkSignal()
        let metrics = DecorumMetrics()
        let ingest = IngestStep(moderator: setup.moderator, modelVersion: setup.modelVersion)
        let act = ActStep(graph: setup.graph, tokens: setup.vault, metrics: metrics, timeoutGrace: settings.graphTimeout * 2, logger: logger)
        let host = ProcessInfo.processInfo.hostName
        let pid = ProcessInfo.processInfo.processIdentifier
        let services: [any Service] = (0..<workers).map { n in
            ModerationWorker(store: setup.store, ingest: ingest, act: act, name: "\(host):\(pid):\(n)", lease: settings.jobLease, signal: signal, metrics: metrics,
                             logger: logger)
        }
        let app = buildApplication(settings, moderator: setup.moderator, store: setup.store, services: services, signal: signal,
                                   metrics: metrics, logger: logger)

        let base = "http://\(settings.host):\(settings.port)"
        var banner = [String]()
        banner.append("""
        Decorum is starting on \(base) (policy \(setup.policy.version), \(setup.modelVersion == "rules only" ? "rules only" : "model \(setup.modelVersion)"), database \(setup.databaseURL))
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
        if let keyFile = setup.createdKeyFile {
            banner.append("  Page tokens are encrypted with the new key file \(keyFile.path): back it up; without it the stored tokens cannot be read.")
        }
        banner.append("  The moderators' dashboard (log-in) is not built yet.")
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

/// Random secrets for a run (an API token, a demo's app secret).
enum RandomToken {
    static func hex(bytes count: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<count).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &rng)) }.joined()
    }
}
