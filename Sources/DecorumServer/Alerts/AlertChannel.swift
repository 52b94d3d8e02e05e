import DecorumStore

/// Somewhere an alert can be sent on to: e-mail, Teams.
protocol AlertChannel: Sendable {
    /// Recorded in the store when the channel has taken an alert (`email`, `teams`).
    var name: String { get }
    /// Whether the alert has somewhere to go on this channel (an e-mail address for its role, say).
    func accepts(_ alert: Alert) -> Bool
    /// Sends the notification; throws an error that says what to fix, without the notification's content.
    func send(_ notification: AlertNotification, for alert: Alert) async throws
}
