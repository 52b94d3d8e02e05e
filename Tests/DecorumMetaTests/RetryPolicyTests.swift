import DecorumCore
import Testing
@testable import DecorumMeta

// Exponential back-off with "full jitter": sleep = random(0, min(cap, base × 2^attempt)) —
// AWS Architecture Blog, "Exponential Backoff And Jitter",
// https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
@Suite("Retry policy")
struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(100), maxDelay: .seconds(1))
    let transient = GraphError(kind: .transient, message: "timed out")

    @Test("the ceiling doubles from the base and stops at the cap")
    func ceilings() {
        #expect((1...6).map { policy.ceiling(afterAttempt: $0) } == [
            .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800), .seconds(1), .seconds(1),
        ])
    }

    @Test("waits are random within the ceiling, spread out, and repeatable with the same seed")
    func fullJitter() {
        var a = SplitMix64(seed: 42)
        var b = SplitMix64(seed: 42)
        let waits = (0..<200).map { _ in policy.delay(afterAttempt: 3, using: &a) }
        #expect(waits == (0..<200).map { _ in policy.delay(afterAttempt: 3, using: &b) })
        #expect(waits.allSatisfy { $0 >= .zero && $0 <= .milliseconds(400) })
        #expect(waits.contains { $0 < .milliseconds(100) } && waits.contains { $0 > .milliseconds(300) })
    }

    @Test("permanent errors and an expired token are never retried")
    func noRetry() {
        var random = SplitMix64(seed: 1)
        #expect(policy.decision(after: GraphError(kind: .permanent, message: "x"), attempt: 1, using: &random) == .giveUp)
        #expect(policy.decision(after: GraphError(kind: .tokenExpired, message: "x"), attempt: 1, using: &random) == .giveUp)
    }

    @Test("a rate limit waits at least as long as Graph asks, and a long wait is left to the job queue")
    func rateLimitWaits() {
        var random = SplitMix64(seed: 7)
        let short = GraphError(kind: .rateLimited(retryAfter: .milliseconds(900)), message: "x")
        guard case .retry(let wait) = policy.decision(after: short, attempt: 1, using: &random) else {
            Issue.record("expected a retry")
            return
        }
        #expect(wait >= .milliseconds(900))
        let long = GraphError(kind: .rateLimited(retryAfter: .seconds(600)), message: "x")
        #expect(policy.decision(after: long, attempt: 1, using: &random) == .giveUp)
    }

    @Test("run retries transient failures with the injected waits, then succeeds")
    func runRetries() async throws {
        var random = SplitMix64(seed: 3)
        var expected = SplitMix64(seed: 3)
        let slept = Recorder()
        let result = try await policy.run(random: &random, sleep: { await slept.add($0) }) { (attempt: Int) async throws(GraphError) -> Int in
            if attempt < 3 { throw transient }
            return attempt
        }
        #expect(result == 3)
        let waits = await slept.values
        #expect(waits == [policy.delay(afterAttempt: 1, using: &expected), policy.delay(afterAttempt: 2, using: &expected)])
    }

    @Test("run stops at the attempt limit with the last error")
    func runGivesUp() async {
        var random = SplitMix64(seed: 3)
        let calls = Recorder()
        await #expect(throws: transient) {
            try await policy.run(random: &random, sleep: { _ in }) { (_: Int) async throws(GraphError) -> Int in
                await calls.add(.zero)
                throw transient
            }
        }
        #expect(await calls.values.count == 5)
    }
}

actor Recorder {
    var values: [Duration] = []
    func add(_ value: Duration) { values.append(value) }
}
