/// The simulator's rate limit: at most `maxCalls` Graph calls in each fixed `window`.
public struct SimulatorRateLimit: Sendable, Hashable {
    public var maxCalls: Int
    public var window: Duration
    /// The Graph error code a throttled call gets: 80001 (Page, business use case), 32 (Page), 4 (app) or 17 (user).
    public var errorCode: Int

    public init(maxCalls: Int, window: Duration, errorCode: Int = 80001) {
        self.maxCalls = maxCalls
        self.window = window
        self.errorCode = errorCode
    }
}
