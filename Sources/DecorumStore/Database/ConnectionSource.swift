import SQLKit

/// Lends a database connection for the length of a closure.
protocol ConnectionSource: Sendable {
    /// `urgent` work is lent the connection before other waiting work, where connections are scarce (SQLite).
    func withConnection<R: Sendable>(urgent: Bool, _ body: (any SQLDatabase) async throws -> R) async throws -> R
    func shutdown() async throws
}
