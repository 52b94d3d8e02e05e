import struct Foundation.Date
import SQLKit

/// Runs a repository's statements: on the store (each call in its own connection, writes in their own
/// transaction) or inside a caller's ``Transaction``.
protocol SQLExecutor: Sendable {
    var dialect: Dialect { get }
    var clock: StoreClock { get }
    /// Where audit entries wait to be linked into the chain as the transaction commits; nil outside a
    /// transaction, where each write links its own.
    var pendingAudit: PendingAuditEntries? { get }
    /// Runs statements that only read.
    func read<R: Sendable>(_ body: (any SQLDatabase) async throws -> R) async throws -> R
    /// Runs statements that write, all or nothing.
    func write<R: Sendable>(_ body: (any SQLDatabase) async throws -> R) async throws -> R
}

extension SQLExecutor {
    var nowMillis: Int64 { clock.now().storeMillis }
}
