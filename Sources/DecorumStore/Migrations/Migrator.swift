import Logging
import SQLKit

/// Applies migrations in order, recording each in `decorum_migrations`, in one transaction.
///
/// On PostgreSQL an advisory lock lets several instances start at once: the first migrates, the others
/// wait and then find nothing to do. On SQLite `BEGIN IMMEDIATE` does the same.
struct Migrator: Sendable {
    let migrations: [Migration]
    let logger: Logger

    /// An arbitrary constant naming Decorum's migration lock among the server's advisory locks.
    static let advisoryLockKey: Int64 = 0x4445_434F_5255_4D00 // "DECORUM\0"

    var knownVersion: Int { migrations.map(\.version).max() ?? 0 }

    func migrate(_ store: Store) async throws {
        let applied: [Migration] = try await store.write { db in
            if let lock = store.dialect.transactionLock(Self.advisoryLockKey) { try await db.raw(lock).run() }
            try await createVersionTable(db)
            let current = try await version(db)
            guard current <= knownVersion else {
                throw StoreError.schemaTooNew(databaseVersion: current, knownVersion: knownVersion)
            }
            // Every migration not yet recorded, in order: one that arrived after a later one (two branches merged)
            // still runs on a database that has the later one.
            let done = try await appliedVersions(db)
            var applied: [Migration] = []
            for migration in migrations.sorted(by: { $0.version < $1.version }) where !done.contains(migration.version) {
                do {
                    for statement in migration.statements(store.dialect) {
                        try await db.raw("\(unsafeRaw: statement)").run()
                    }
                    try await migration.data?(db, store.dialect)
                    try await db.raw("""
                        INSERT INTO decorum_migrations (version, name, applied_at)
                        VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: store.nowMillis))
                        """).run()
                } catch {
                    throw StoreError.migrationFailed(
                        version: migration.version, name: migration.name, reason: String(describing: error))
                }
                applied.append(migration)
            }
            return applied
        }
        for migration in applied {
            logger.info("database migrated", metadata: ["version": "\(migration.version)", "migration": "\(migration.name)"])
        }
    }

    func currentVersion(_ store: Store) async throws -> Int {
        try await store.write { db in
            try await createVersionTable(db)
            return try await version(db)
        }
    }

    private func createVersionTable(_ db: any SQLDatabase) async throws {
        try await db.raw("""
            CREATE TABLE IF NOT EXISTS decorum_migrations (
                version BIGINT PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at BIGINT NOT NULL
            )
            """).run()
    }

    private func appliedVersions(_ db: any SQLDatabase) async throws -> Set<Int> {
        Set(try await db.raw("SELECT version FROM decorum_migrations").all().map { try $0.decode(column: "version", as: Int.self) })
    }

    private func version(_ db: any SQLDatabase) async throws -> Int {
        let row = try await db.raw("SELECT MAX(version) AS version FROM decorum_migrations").first()
        return try row?.decode(column: "version", as: Int?.self) ?? 0
    }
}
