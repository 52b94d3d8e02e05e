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
    let modelVersion: String
    let store: Store
    let databaseURL: DatabaseURL
    let graph: HTTPGraphClient
    let tokens: any PageTokenProvider
    /// The Pages with a token, for `sync` and the banner.
    let connectedPages: [PageID]

    /// Reads the settings (`--config` file or `DECORUM_CONFIG`, then the environment), opens and migrates the
    /// store and stores the configured Page's token. `adjust` may change the settings before anything opens.
    static func open(
        configFile: String?, logger: Logger, adjust: (inout ServerSettings) throws -> Void = { _ in }
    ) async throws -> ServiceSetup {
        let path = configFile ?? ProcessInfo.processInfo.environment["DECORUM_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        var settings: ServerSettings
        do {
            settings = try ServerSettings(reader: try await SettingsSource.reader(configFile: path))
        } catch {
            throw CLIError.invalid("\(error)")
        }
        try adjust(&settings)
        let policy = try PolicyFiles.load(policyPath: settings.policyPath, staffPath: settings.staffPath)
        let model = try ModelLocator.find(explicit: settings.modelPath).map(ModelLocator.load)
        let url: DatabaseURL
        do { url = try DatabaseURL(settings.databaseURL) } catch { throw CLIError.invalid("DECORUM_DATABASE_URL: \(error)") }
        let store = try await Store.openMigrated(url, logger: logger)
        var tokens = [PageID: PageToken]()
        if let id = settings.pageID, let token = settings.pageToken {
            let page = PageID(id)
            tokens[page] = PageToken(token)
            do {
                // A new token clears an earlier expiry: the Page has been reconnected.
                try await store.pages.save(Page(id: page, name: settings.pageName ?? id))
            } catch {
                try? await store.close()
                throw error
            }
        }
        return ServiceSetup(
            settings: settings, policy: policy, moderator: Moderator(policy: policy, model: model),
            modelVersion: model?.metadata.version ?? "rules only", store: store, databaseURL: url,
            graph: HTTPGraphClient(baseURL: settings.graphBaseURL, logger: logger), tokens: FixedPageTokens(tokens),
            connectedPages: Array(tokens.keys))
    }
}
