public import Logging
import SQLKit
import SQLiteKit

/// Decorum's database: opens SQLite or PostgreSQL, migrates the schema, and lends connections to the
/// repositories (``SQLItemRepository``, ``SQLJobQueue``, …).
///
/// Safe to share between tasks. On PostgreSQL several processes may share one database.
public final class Store: Sendable {
    /// The database's dialect.
    public let dialect: Dialect
    /// Where the database lives (its description hides any password).
    public let url: DatabaseURL
    /// Where the store reads the time.
    public let clock: StoreClock
    let logger: Logger
    private let source: any ConnectionSource

    private init(url: DatabaseURL, source: any ConnectionSource, clock: StoreClock, logger: Logger) {
        self.url = url
        self.dialect = url.dialect
        self.source = source
        self.clock = clock
        self.logger = logger
    }

    /// Opens the database (creating an SQLite file if missing); call ``migrate()`` before use.
    public static func open(_ url: DatabaseURL, logger: Logger, clock: StoreClock = .system) async throws -> Store {
        let source: any ConnectionSource = switch url.location {
        case .sqliteMemory: try await SQLiteSource.open(.memory, url: url, logger: logger)
        case .sqliteFile(let path): try await SQLiteSource.open(.file(path: path), url: url, logger: logger)
        case .postgres(let server): try await PostgresSource.open(url, server, logger: logger)
        }
        logger.info("database opened", metadata: ["database": "\(url)"])
        return Store(url: url, source: source, clock: clock, logger: logger)
    }

    /// Opens the database and brings its schema up to date: what `decorum serve` does at start-up.
    public static func openMigrated(_ url: DatabaseURL, logger: Logger, clock: StoreClock = .system) async throws -> Store {
        let store = try await open(url, logger: logger, clock: clock)
        do {
            try await store.migrate()
        } catch {
            try? await store.close()
            throw error
        }
        return store
    }

    /// Applies the migrations the database has not seen yet; safe to run again and from several processes at once.
    public func migrate() async throws {
        try await Migrator(migrations: Migrations.all, logger: logger).migrate(self)
    }

    /// The schema version the database is at (0 before the first migration).
    public func schemaVersion() async throws -> Int {
        try await Migrator(migrations: Migrations.all, logger: logger).currentVersion(self)
    }

    /// Closes the connections; the store cannot be used afterwards.
    public func close() async throws {
        try await source.shutdown()
    }

    /// Runs `body` in one transaction: every write in it is kept, or none is.
    ///
    /// Use only `transaction`'s repositories inside `body`: on SQLite the store's own connection is busy
    /// until the transaction ends.
    ///
    /// An `urgent` transaction (a webhook delivery, answered only once it commits) is given the connection
    /// before waiting ordinary ones.
    public func transaction<R: Sendable>(urgent: Bool = false, _ body: (Transaction) async throws -> R) async throws -> R {
        try await write(urgent: urgent) { db in
            let transaction = Transaction(database: db, dialect: dialect, clock: clock)
            let result = try await Self.$openTransaction.withValue(ObjectIdentifier(self)) { try await body(transaction) }
            // Linked last, so the chain's head is the last lock the transaction takes.
            try await AuditChainWriter.link(transaction.auditEntries.take(), in: db, dialect: dialect)
            return result
        }
    }

    /// The store whose transaction the current task is inside, if any.
    @TaskLocal static var openTransaction: ObjectIdentifier?

    /// Refuses to use the store from inside its own transaction: on SQLite that would wait forever for the
    /// connection the transaction holds, on PostgreSQL it would silently write outside the transaction.
    private func checkNotInOwnTransaction() throws {
        if Self.openTransaction == ObjectIdentifier(self) {
            throw StoreError.invalidArgument(
                "The store was used inside one of its own transactions; use the transaction's repositories (tx.items, tx.jobs…) there.")
        }
    }
}

extension Store: SQLExecutor {
    var pendingAudit: PendingAuditEntries? { nil }

    func read<R: Sendable>(_ body: (any SQLDatabase) async throws -> R) async throws -> R {
        try checkNotInOwnTransaction()
        return try await source.withConnection(urgent: false, body)
    }

    func write<R: Sendable>(_ body: (any SQLDatabase) async throws -> R) async throws -> R {
        try await write(urgent: false, body)
    }

    func write<R: Sendable>(urgent: Bool, _ body: (any SQLDatabase) async throws -> R) async throws -> R {
        let begin: SQLQueryString = switch dialect {
        // IMMEDIATE takes the write lock at once, so two processes never both read then fail to upgrade.
        case .sqlite: "BEGIN IMMEDIATE"
        case .postgres: "BEGIN"
        }
        try checkNotInOwnTransaction()
        return try await source.withConnection(urgent: urgent) { db in
            try await db.raw(begin).run()
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                do {
                    try await db.raw("ROLLBACK").run()
                } catch let rollbackError {
                    logger.error("rollback failed", metadata: ["error": "\(String(describing: rollbackError).prefix(200))"])
                }
                throw error
            }
        }
    }
}
