import SQLKit

/// One open transaction; its repositories' writes commit together when the closure given to
/// ``Store/transaction(_:)`` returns, and roll back together when it throws.
public struct Transaction: Sendable, SQLExecutor {
    let database: any SQLDatabase
    let dialect: Dialect
    let clock: StoreClock
    let auditEntries = PendingAuditEntries()

    var pendingAudit: PendingAuditEntries? { auditEntries }

    func read<R: Sendable>(_ body: (any SQLDatabase) async throws -> R) async throws -> R {
        try await body(database)
    }

    func write<R: Sendable>(_ body: (any SQLDatabase) async throws -> R) async throws -> R {
        try await body(database)
    }
}
