import SQLKit

/// Lends a database connection for the length of a closure.
protocol ConnectionSource: Sendable {
    func withConnection<R: Sendable>(_ body: (any SQLDatabase) async throws -> R) async throws -> R
    func shutdown() async throws
}
