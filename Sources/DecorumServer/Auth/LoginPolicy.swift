/// How many failed log-ins lock an account and for how long: the one place these numbers live.
public struct LoginPolicy: Sendable, Hashable {
    /// Failed log-ins in a row that lock the account.
    public var maxFailures: Int
    /// How long a locked account refuses every log-in, even with the right password.
    public var lockDuration: Duration

    /// 5 failures in a row lock the account for 15 minutes.
    public static let standard = LoginPolicy(maxFailures: 5, lockDuration: .seconds(15 * 60))

    /// A policy; Decorum uses ``standard``.
    public init(maxFailures: Int, lockDuration: Duration) {
        self.maxFailures = maxFailures
        self.lockDuration = lockDuration
    }

    /// The lock duration in words ("15 minutes").
    var lockDurationText: String {
        let minutes = Int((lockDuration.components.seconds + 59) / 60)
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }
}
