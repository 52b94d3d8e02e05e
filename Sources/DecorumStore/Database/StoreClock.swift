public import struct Foundation.Date

/// Where the store reads the current time (leases, run-at times, timestamps); tests pass a manual clock.
public struct StoreClock: Sendable {
    /// The current time.
    public let now: @Sendable () -> Date

    /// A clock reading `now`.
    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The system's wall clock.
    public static let system = StoreClock { Date() }
}
