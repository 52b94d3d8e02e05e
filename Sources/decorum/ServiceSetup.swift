import Configuration
import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import Logging

/// What the commands that run the service (`serve`, `sync`) share: settings from the environment and an
/// optional file, the engine, the open store, the Graph client and the Page tokens.
struct ServiceSetup {
    var settings: ServerSettings
    let policy: Policy
    let moderator: Moderator
    let model: LinearModel?
    let modelVersion: String
    let store: Store
    let databaseURL: DatabaseURL
    let graph: HTTPGraphClient
    let vault: PageTokenVault
    /// The Pages with a token, for `sync` and the banner.
    let connectedPages: [PageID]
    /// How the dashboard's log-in behaves (TLS, proxy, idle sessions).
    let authSettings: DashboardAuthSettings
    /// The engine to serve with: the newest policy saved from the dashboard if there is one, else the
    /// policy file (or the built-in guidance).
    func engine() async throws -> EngineHolder {
        if let saved = try await CommandStore.savedPolicy(store) {
            return EngineHolder(policy: saved.policy, model: model, modelVersion: modelVersion,
                                policySource: "dashboard version \(saved.version.id), saved by \(saved.version.createdBy)",
                                policyVersionID: saved.version.id)
        }
        return EngineHolder(policy: policy, model: model, modelVersion: modelVersion,
                            policySource: settings.policyPath.map { "file \($0)" } ?? "the built-in guidance")
    }

    /// True when this run made the key file (the banner says to back it up).
    let createdKeyFile: KeyFile?

    /// Reads the settings (`--config` file or `DECORUM_CONFIG`, then the environment), opens and migrates the
    /// store and stores the configured Page's token. `adjust` may change the settings before anything opens.
    static func open(
        configFile: String?, logger: Logger, adjust: (inout ServerSettings) throws -> Void = { _ in }
    ) async throws -> ServiceSetup {
        let path = configFile ?? ProcessInfo.processInfo.environment["DECORUM_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        var settings: ServerSettings
        let authSettings: DashboardAuthSettings
        let reader: ConfigReader
        do {
            reader = try await SettingsSource.reader(configFile: path)
            settings = try ServerSettings(reader: reader)
            authSettings = try DashboardAuthSettings(reader: reader)
        } catch {
            throw CLIError.invalid("\(error)")
        }
        try adjust(&settings)
        let policy = try PolicyFiles.load(policyPath: settings.policyPath, staffPath: settings.staffPath)
        let model = try ModelLocator.find(explicit: settings.modelPath).map(ModelLocator.load)
        let url: DatabaseURL
        do { url = try DatabaseURL(settings.databaseURL) } catch { throw CLIError.invalid("DECORUM_DATABASE_URL: \(error)") }
        let source: SecretKeySource
        let keyring: SecretKeyring
        let created: Bool
        do {
            source = try SecretKeySource.resolve(reader: reader, database: url)
            (keyring, created) = try source.load(createIfMissing: true)
            // Secrets may be written down sealed (`decorum keys seal`); only here, with the key, are they opened.
            settings.metaAppSecret = try settings.metaAppSecret.map { try SealedSetting.open($0, name: "DECORUM_META_APP_SECRET", keyring: keyring) }
            settings.pageToken = try settings.pageToken.map { try SealedSetting.open($0, name: "DECORUM_PAGE_TOKEN", keyring: keyring) }
        } catch {
            throw CLIError.invalid("\(error)")
        }
        let keyFile: KeyFile? = if case .file(let file) = source { file } else { nil }
        let store = try await Store.openMigrated(url, logger: logger)
        let vault = PageTokenVault(keyring: keyring, store: store, keyFile: keyFile)
        let connected: [PageID]
        do {
            if let id = settings.pageID, let token = settings.pageToken {
                // Sealed before it is stored; a different token than before clears an earlier expiry.
                try await vault.store(token: token, for: PageID(id), name: settings.pageName ?? id)
            }
            connected = try await store.pages.all().filter { $0.tokenCiphertext != nil }.map(\.id)
        } catch {
            try? await store.close()
            throw CLIError.invalid("\(error)")
        }
        return ServiceSetup(
            settings: settings, policy: policy, moderator: Moderator(policy: policy, model: model), model: model,
            modelVersion: model?.metadata.version ?? "rules only", store: store, databaseURL: url,
            graph: HTTPGraphClient(baseURL: settings.graphBaseURL, timeout: settings.graphTimeout, logger: logger), vault: vault,
            connectedPages: connected, authSettings: authSettings, createdKeyFile: created ? keyFile : nil)
    }
}
