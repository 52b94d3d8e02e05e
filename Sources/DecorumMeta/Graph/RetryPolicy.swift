/// When to try a failed Graph call again: exponential back-off with full jitter, capped, for a
/// bounded number of attempts, and only for errors worth retrying.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The back-off ceiling for the first retry; it doubles with each further retry.
    public var baseDelay: Duration
    /// No wait is longer than this; a rate-limit wait that is longer is left to the caller to schedule.
    public var maxDelay: Duration

    public init(maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30)) {
        precondition(maxAttempts >= 1, "a retry policy needs at least one attempt")
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// What to do after a failure.
    public enum Decision: Sendable, Hashable {
        case retry(after: Duration)
        case giveUp
    }

    /// The back-off ceiling after `attempt` failed attempts: `min(maxDelay, baseDelay × 2^(attempt-1))`.
    public func ceiling(afterAttempt attempt: Int) -> Duration {
        let exponent = min(max(attempt - 1, 0), 62)
        let base = Double(baseDelay.components.seconds) + Double(baseDelay.components.attoseconds) * 1e-18
        let cap = Double(maxDelay.components.seconds) + Double(maxDelay.components.attoseconds) * 1e-18
        return .seconds(min(cap, base * Double(UInt64(1) << exponent)))
    }

    /// A "full jitter" wait after `attempt` failed attempts: uniformly random in `0…ceiling`.
    public func delay(afterAttempt attempt: Int, using random: inout some RandomNumberGenerator) -> Duration {
        let ceilingNanos = ceiling(afterAttempt: attempt).nanoseconds
        guard ceilingNanos > 0 else { return .zero }
        return .nanoseconds(Int64.random(in: 0...ceilingNanos, using: &random))
    }

    /// Whether and when to retry after `error` ended attempt number `attempt`.
    ///
    /// A rate limit with a stated wait waits at least that long; if that is beyond `maxDelay` the
    /// answer is `.giveUp`, and the caller (the durable job queue) reschedules the work instead of sleeping.
    public func decision(after error: GraphError, attempt: Int, using random: inout some RandomNumberGenerator) -> Decision {
        guard error.isRetryable, attempt < maxAttempts else { return .giveUp }
        let jittered = delay(afterAttempt: attempt, using: &random)
        if case .rateLimited(let after?) = error.kind {
            return after > maxDelay ? .giveUp : .retry(after: max(after, jittered))
        }
        return .retry(after: jittered)
    }

    /// Runs `operation` (given the attempt number from 1) until it succeeds, fails for good, or
    /// attempts run out; waits between attempts with `sleep`. Cancellation ends the retries with the last error.
    public func run<T>(
        random: inout some RandomNumberGenerator,
        sleep: (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        _ operation: (Int) async throws(GraphError) -> T
    ) async throws(GraphError) -> T {
        var attempt = 1
        while true {
            do throws(GraphError) {
                return try await operation(attempt)
            } catch let failure {
                guard case .retry(let wait) = decision(after: failure, attempt: attempt, using: &random) else { throw failure }
                do { try await sleep(wait) } catch _ { throw failure }
                attempt += 1
            }
        }
    }
}

extension Duration {
    /// Whole nanoseconds, saturating.
    var nanoseconds: Int64 {
        let (s, atto) = components
        let (ns, overflow) = s.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : ns &+ atto / 1_000_000_000
    }
}
