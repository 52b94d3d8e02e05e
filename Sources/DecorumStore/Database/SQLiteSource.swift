import Logging
import SQLKit
import SQLiteKit

/// One SQLite connection shared by the whole process, held by one task at a time.
///
/// SQLite allows one writer at a time anyway; a single connection avoids busy-waiting between the
/// process's own connections, and `BEGIN IMMEDIATE` with a busy timeout orders it against other processes.
final class SQLiteSource: ConnectionSource {
    private let connection: SQLiteConnection
    private let database: any SQLDatabase
    private let lock = AsyncLock()

    private init(connection: SQLiteConnection, logger: Logger) {
        self.connection = connection
        self.database = connection.sql(queryLogLevel: nil)
    }

    static func open(_ storage: SQLiteConnection.Storage, url: DatabaseURL, logger: Logger) async throws -> SQLiteSource {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: storage, logger: logger)
        } catch {
            throw StoreError.cannotConnect(url.description, reason: "\(error) (does the directory exist and may Decorum write to it?)")
        }
        do {
            let db = connection.sql()
            if case .file = storage {
                // WAL: readers never block the writer, and a commit survives a killed process.
                _ = try await db.raw("PRAGMA journal_mode = WAL").all()
                try await db.raw("PRAGMA synchronous = NORMAL").run()
            }
            // Replaces SQLiteNIO's spinning busy handler with one that sleeps, for other processes' locks.
            _ = try await db.raw("PRAGMA busy_timeout = 10000").all()
            try await db.raw("PRAGMA foreign_keys = ON").run()
        } catch {
            try? await connection.close()
            throw error
        }
        return SQLiteSource(connection: connection, logger: logger)
    }

    func withConnection<R: Sendable>(urgent: Bool, _ body: (any SQLDatabase) async throws -> R) async throws -> R {
        try await lock.withLock(urgent: urgent) { try await body(database) }
    }

    func shutdown() async throws {
        try await lock.withLock { try await connection.close() }
    }
}
