import DecorumMeta
import DecorumStore
import Foundation
import Logging
import ServiceLifecycle

/// Sends each alert on, once, to the channels configured (e-mail to the role's contact, Teams), after the alert
/// has committed: it reads the alerts not yet sent on and marks them when every channel has taken them. A failed
/// send is logged (without the content) and retried with back-off, by this or any other instance, sending only to
/// the channels that did not take it; it never holds back other alerts. An alert with nowhere to go is simply
/// marked sent on; one raised more than `maxAge` ago (before e-mail or Teams was set up, say) is left to the dashboard.
struct AlertNotifier: Service {
    let store: Store
    let channels: [any AlertChannel]
    let publicURL: String?
    let interval: Duration
    let retry: RetryPolicy
    /// How long one instance holds an alert while it sends it: longer than any send can take.
    let claim: Duration
    /// The longest one channel may take over one alert.
    let sendTimeout: Duration
    /// Alerts sent at the same time.
    let concurrency: Int
    /// How old an alert may be and still be sent on.
    let maxAge: Duration
    let logger: Logger

    init(
        store: Store, channels: [any AlertChannel], publicURL: String?, interval: Duration = .seconds(30),
        retry: RetryPolicy = RetryPolicy(maxAttempts: 12, baseDelay: .seconds(10), maxDelay: .seconds(600)),
        claim: Duration = .seconds(300), sendTimeout: Duration = .seconds(120), concurrency: Int = 4, maxAge: Duration = .seconds(86_400),
        logger: Logger
    ) {
        self.store = store
        self.channels = channels
        self.publicURL = publicURL
        self.interval = interval
        self.retry = retry
        self.claim = claim
        self.sendTimeout = sendTimeout
        self.concurrency = max(1, concurrency)
        self.maxAge = maxAge
        self.logger = logger
    }

    func run() async throws {
        await AlertRounds.run(every: interval, logger: logger, failure: "sending alerts on failed; trying again shortly") {
            try await runOnce()
        }
    }

    /// What became of one alert in a round.
    enum Outcome: Sendable, Hashable {
        /// Every channel that could take it has.
        case sent(channels: [String])
        /// Nothing configured could take it.
        case nowhere
        /// Some channel failed; it will be tried again at this time.
        case retrying(at: Date)
        /// It failed too many times; it stays in the dashboard.
        case gaveUp
        /// Another instance holds it, or it was acknowledged or sent meanwhile.
        case skipped
    }

    /// Sends what is waiting now (one page of alerts); returns what became of each alert by id.
    @discardableResult
    func runOnce() async throws -> [Int64: Outcome] {
        let waiting = try await store.alerts.unnotified(raisedSince: store.clock.now().addingTimeInterval(-maxAge.seconds), limit: 100)
        var outcomes = [Int64: Outcome]()
        let nowhere = waiting.filter { alert in !channels.contains { $0.accepts(alert) } }.map(\.id)
        try await store.alerts.markNotified(nowhere)
        for id in nowhere { outcomes[id] = .nowhere }
        let toSend = waiting.filter { !nowhere.contains($0.id) }
        // A slow mail server holds back at most `concurrency` alerts, never the rest.
        try await withThrowingTaskGroup(of: (Int64, Outcome).self) { group in
            var next = toSend.makeIterator()
            for _ in 0..<concurrency {
                guard let alert = next.next() else { break }
                group.addTask { (alert.id, try await deliver(alert)) }
            }
            while let (id, outcome) = try await group.next() {
                outcomes[id] = outcome
                if let alert = next.next() { group.addTask { (alert.id, try await deliver(alert)) } }
            }
        }
        return outcomes
    }

    private func deliver(_ alert: Alert) async throws -> Outcome {
        guard var progress = try await store.alerts.claimNotification(alert.id, until: store.clock.now().addingTimeInterval(claim.seconds))
        else { return .skipped }
        let notification = AlertNotification(alert: alert, publicURL: publicURL)
        let pending = channels.filter { $0.accepts(alert) && !progress.delivered.contains($0.name) }
        let failures = await withTaskGroup(of: (String, (any Error)?).self) { group in
            for channel in pending {
                group.addTask { [sendTimeout] in
                    do {
                        try await Self.within(sendTimeout) { try await channel.send(notification, for: alert) }
                        return (channel.name, nil)
                    } catch {
                        return (channel.name, error)
                    }
                }
            }
            var failures = [(String, any Error)]()
            for await (name, error) in group {
                if let error { failures.append((name, error)) } else { progress.delivered.insert(name) }
            }
            return failures
        }
        let names = channels.filter { $0.accepts(alert) }.map(\.name)
        guard !failures.isEmpty else {
            try await store.alerts.markNotified([alert.id])
            logger.info("alert sent on", metadata: ["alert": "\(alert.id)", "channels": "\(names.joined(separator: ","))"])
            return .sent(channels: names)
        }
        progress.attempts += 1
        for (name, error) in failures {
            // The error says what failed and what to fix; it never holds the alert's content or a credential.
            logger.error("an alert could not be sent on", metadata: [
                "alert": "\(alert.id)", "channel": "\(name)", "attempt": "\(progress.attempts)", "error": "\(String(describing: error).prefix(400))",
            ])
        }
        if progress.attempts >= retry.maxAttempts {
            try await store.alerts.markNotified([alert.id])
            logger.critical("gave up sending an alert on; it is still open in the dashboard", metadata: [
                "alert": "\(alert.id)", "channels": "\(failures.map(\.0).joined(separator: ","))", "attempts": "\(progress.attempts)",
            ])
            return .gaveUp
        }
        // Half the back-off ceiling plus up to half again at random: instances that failed together do not retry together.
        let ceiling = retry.ceiling(afterAttempt: progress.attempts).seconds
        let wait = ceiling / 2 + Double.random(in: 0...(ceiling / 2))
        let at = store.clock.now().addingTimeInterval(wait)
        try await store.alerts.deferNotification(progress, until: at)
        return .retrying(at: at)
    }

    /// Runs `body`, cancelling it and throwing when it takes longer than `limit`.
    static func within(_ limit: Duration, _ body: @escaping @Sendable () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await body()
                return true
            }
            group.addTask {
                try await Task.sleep(for: limit)
                return false
            }
            let finished = try await group.next() ?? false
            group.cancelAll()
            if !finished { throw AlertSendTimeout(limit: limit) }
        }
    }
}

/// A channel took longer than the notifier allows for one alert.
struct AlertSendTimeout: Error, CustomStringConvertible {
    let limit: Duration
    var description: String { "sending took longer than \(Int(limit.seconds)) s and was abandoned; it will be tried again" }
}
