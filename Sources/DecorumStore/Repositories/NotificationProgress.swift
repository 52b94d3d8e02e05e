/// How far sending one alert on by e-mail and Teams has got, shared by every Decorum instance on the database,
/// so a retry (by this instance or another) sends only to the channels that have not taken it yet.
public struct NotificationProgress: Sendable, Hashable {
    public var alertID: Int64
    /// Rounds of sending tried so far; a round in which some channel failed counts once.
    public var attempts: Int
    /// Channels (`email`, `teams`) that have taken the alert.
    public var delivered: Set<String>

    public init(alertID: Int64, attempts: Int = 0, delivered: Set<String> = []) {
        self.alertID = alertID
        self.attempts = attempts
        self.delivered = delivered
    }

    /// Stored as `attempts delivered,delivered`: short, and never holding anything but counts and channel names.
    var encoded: String { "\(attempts) " + delivered.sorted().joined(separator: ",") }

    init(alertID: Int64, encoded: String) {
        let parts = encoded.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        self.alertID = alertID
        attempts = parts.first.flatMap { Int($0) } ?? 0
        delivered = parts.count > 1 ? Set(parts[1].split(separator: ",").map(String.init)) : []
    }
}
