import DecorumCore
public import DecorumStore
public import Logging
public import ServiceLifecycle

/// Puts a policy saved from the dashboard in force in this process, whichever instance saved it: it looks
/// for a newer version every few seconds and swaps the engine when there is one.
public struct PolicyWatcher: Service {
    let store: Store
    let engine: EngineHolder
    let interval: Duration
    let logger: Logger

    public init(store: Store, engine: EngineHolder, interval: Duration = .seconds(5), logger: Logger) {
        self.store = store
        self.engine = engine
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: interval)
            do {
                try await refresh()
            } catch {
                logger.error("could not check for a new policy", metadata: ["error": "\(String(describing: error).prefix(300))"])
            }
        }
    }

    /// Loads the newest saved version if it is not the one in force; true when it changed the engine.
    @discardableResult
    public func refresh() async throws -> Bool {
        guard let latest = try await store.policyVersions.latestID(), latest != engine.current.policyVersionID,
              let version = try await store.policyVersions.version(latest)
        else { return false }
        do {
            let policy = try PolicyLoader.load(yaml: version.yaml, staffCSV: version.staffCSV, file: "policy version \(version.id)")
            engine.replace(with: policy, source: "dashboard version \(version.id) (\(version.createdBy))", versionID: version.id)
            logger.info("a new policy is in force", metadata: ["version": "\(version.version)", "saved_by": "\(version.createdBy)"])
            return true
        } catch {
            // Saved versions are validated first, so this means a newer Decorum wrote something this one cannot read.
            logger.error("a saved policy version cannot be loaded; the previous one stays in force",
                         metadata: ["id": "\(version.id)", "error": "\(String(describing: error).prefix(300))"])
            return false
        }
    }
}
