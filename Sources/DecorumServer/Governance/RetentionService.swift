import DecorumCore
public import DecorumStore
public import Logging
public import ServiceLifecycle

/// The daily retention purge under the policy in force. Every instance runs one: each looks every
/// `checkInterval` (and once at start-up) and purges when no purge has finished in the last `interval`; the
/// store lets only one instance purge at a time, so the practice gets one purge a day however many run.
public struct RetentionService: Service {
    let store: Store
    let engine: EngineHolder
    let name: String
    let interval: Duration
    let checkInterval: Duration
    let logger: Logger

    /// A purge a day, looked for every hour, in the name (`decorum` and the instance) the audit log records it by.
    public init(
        store: Store, engine: EngineHolder, name: String, interval: Duration = .seconds(86_400), checkInterval: Duration = .seconds(3600),
        logger: Logger
    ) {
        self.store = store
        self.engine = engine
        self.name = name
        self.interval = interval
        self.checkInterval = checkInterval
        self.logger = logger
    }

    public func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await purgeIfDue()
                try await Task.sleep(for: checkInterval)
            }
        }
    }

    /// Purges if a purge is due and no other instance is purging; the counts, or nil when it did nothing.
    @discardableResult
    public func purgeIfDue() async -> RetentionCounts? {
        let policy = engine.current.moderator.policy
        do {
            return try await store.retention.purgeIfDue(policy.retention, every: interval, by: name, policyVersion: policy.version)
        } catch {
            logger.error("the retention purge failed; it is tried again within the hour",
                         metadata: ["error": "\(String(describing: error).prefix(300))"])
            return nil
        }
    }
}
