import Logging
import ServiceLifecycle

/// The loop both alert services run: a round at once, then one every `interval` until the service group shuts down or
/// the task is cancelled. A round that fails is logged and the next one tried; shutdown ends the wait, never a round.
enum AlertRounds {
    static func run(every interval: Duration, logger: Logger, failure: Logger.Message, _ round: () async throws -> Void) async {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await round()
            } catch {
                logger.error(failure, metadata: ["error": "\(String(describing: error).prefix(300))"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
