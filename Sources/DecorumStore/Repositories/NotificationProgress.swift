/// How far sending one alert on by e-mail and Teams has got, kept on the alert so a retry (by this instance or
/// another, before or after a restart) sends only to the channels that have not taken it yet.
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

    /// `email,teams`: channel names only, in order, or nil for none.
    var storedDelivered: String? { delivered.isEmpty ? nil : delivered.sorted().joined(separator: ",") }

    init(alertID: Int64, attempts: Int, storedDelivered: String?) {
        self.init(alertID: alertID, attempts: attempts, delivered: Set((storedDelivered ?? "").split(separator: ",").map(String.init)))
    }
}
