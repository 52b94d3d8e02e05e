import ArgumentParser
import Configuration
import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `decorum serve`: the HTTP API and Meta's webhooks, with workers that judge and act, on SQLite by
/// default. Settings come from `DECORUM_*` environment variables (see README).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run Decorum: the JSON API, Meta's webhooks, and the workers that judge and act."
    )

    @Option(help: "Number of workers taking jobs from the queue.")
    var workers = 2

    func run() async throws {
        var logger = Logger(label: "decorum")
        logger.logLevel = .info
        let reader = ConfigReader(provider: EnvironmentVariablesProvider())
        var settings: ServerSettings
        do { settings = try ServerSettings(reader: reader) } catch { throw CLIError.invalid("\(error)") }

        var generatedToken: String? = nil
        if settings.apiTokens.isEmpty {
            var bytes = [UInt8](repeating: 0, count: 24)
            var rng = SystemRandomNumberGenerator()
            for i in bytes.indices { bytes[i] = UInt8.random(in: .min ... .max, using: &rng) }
            let token = bytes.map { String(format: "%02x", $0) }.joined()
            settings.apiTokens = [token]
            generatedToken = token
        }
        let policy = try PolicyFiles.load(policyPath: settings.policyPath, staffPath: settings.staffPath)
        let modelPath = ModelLocator.find(explicit: settings.modelPath)
        let model = try modelPath.map(ModelLocator.load)
        let moderator = Moderator(policy: policy, model: model)
        let url: DatabaseURL
        do { url = try DatabaseURL(settings.databaseURL) } catch { throw CLIError.invalid("DECORUM_DATABASE_URL: \(error)") }
        let store = try await Store.openMigrated(url, logger: logger)

        var act: ActStep? = nil
        if let token = settings.pageToken, settings.pageID != nil {
            act = ActStep(graph: HTTPGraphClient(baseURL: settings.graphBaseURL, logger: logger), token: PageToken(token))
        }
        let ingest = IngestStep(moderator: moderator, modelVersion: model?.metadata.version ?? "rules only")
        let services: [any Service] = (0..<max(1, workers)).map { n in
            ModerationWorker(store: store, ingest: ingest, act: act, name: "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(n)", logger: logger)
        }
        let app = buildApplication(settings, moderator: moderator, store: store, services: services, logger: logger)

        var banner = [String]()
        banner.append("""
        Decorum is starting on http://\(settings.host):\(settings.port) (policy \(policy.version), \(model == nil ? "rules only" : "model \(model!.metadata.version)"), database \(url))
          JSON API:  POST http://\(settings.host):\(settings.port)/api/v1/moderate  (Authorization: Bearer <token>; description at /api/v1/openapi.yaml)
        """)
        if let generatedToken {
            banner.append("  No DECORUM_API_TOKENS set: this run's API token is \(generatedToken) (shown once; set DECORUM_API_TOKENS to choose your own).")
        }
        if settings.metaAppSecret == nil || settings.metaVerifyToken == nil {
            banner.append("  Meta webhooks are off: set DECORUM_META_APP_SECRET and DECORUM_META_VERIFY_TOKEN to receive them at /webhooks/meta.")
        } else {
            banner.append("  Meta webhooks: /webhooks/meta")
        }
        if act == nil { banner.append("  Actions are off (comments are judged and recorded only): set DECORUM_PAGE_ID and DECORUM_PAGE_TOKEN to act on the page.") }
        banner.append("  The moderators' dashboard (log-in) is not built yet.")
        // Unbuffered, so the operator sees it at once even when standard output is a pipe or a file.
        FileHandle.standardOutput.write(Data((banner.joined(separator: "\n") + "\n").utf8))
        do {
            try await app.runService()
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }
}
