import DecorumCore
import Foundation
import SQLKit
import Testing
@testable import DecorumStore

@Suite("Migrations")
struct MigrationTests {
    static let tables = [
        "decorum_migrations", "pages", "items", "item_revisions", "webhook_events", "decisions", "actions", "jobs",
        "audit_log", "users", "audit_chain", "legal_holds",
    ]

    @Test("migrating creates every table and records the version", arguments: TestDatabase.allCases)
    func createsSchema(database: TestDatabase) async throws {
        try await database.withStore(migrate: false) { store, _ in
            #expect(try await store.schemaVersion() == 0)
            try await store.migrate()
            #expect(try await store.schemaVersion() == Migrations.all.last?.version)
            for table in Self.tables {
                let count = try await store.read { db in
                    try await db.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self)
                }
                #expect(count != nil, "table \(table) is missing")
            }
        }
    }

    @Test("migrating again, or from a second store at the same time, changes nothing", arguments: TestDatabase.allCases)
    func idempotent(database: TestDatabase) async throws {
        try await database.withStore { store, url in
            try await store.items.recordRevision(Item(id: ItemID("c1"), text: "kept across restarts"), page: PageID("p1"), kind: .comment, raw: nil)
            try await store.migrate()
            let other = try await Store.open(url, logger: TestDatabase.logger)
            do {
                async let first: Void = store.migrate()
                async let second: Void = other.migrate()
                _ = try await (first, second)
            } catch {
                // Closed on every path: an unclosed SQLite connection stops the whole test process.
                try? await other.close()
                throw error
            }
            try await other.close()
            #expect(try await store.schemaVersion() == Migrations.all.last?.version)
            let applied = try await store.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM decorum_migrations").first()?.decode(column: "n", as: Int.self)
            }
            #expect(applied == Migrations.all.count)
            #expect(try await store.items.item(ItemID("c1"))?.item.text == "kept across restarts")
        }
    }

    @Test("a database migrated by a newer Decorum is refused with both versions named", arguments: TestDatabase.allCases)
    func newerSchemaRefused(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            try await store.write { db in
                try await db.raw("INSERT INTO decorum_migrations (version, name, applied_at) VALUES (99, 'future', 0)").run()
            }
            await #expect(throws: StoreError.schemaTooNew(databaseVersion: 99, knownVersion: Migrations.all.map(\.version).max() ?? 0)) {
                try await store.migrate()
            }
        }
    }

    @Test("open(_:) then migrate at start-up: openMigrated leaves a usable store", arguments: TestDatabase.allCases)
    func openMigrated(database: TestDatabase) async throws {
        try await database.withStore(migrate: false) { _, url in
            let store = try await Store.openMigrated(url, logger: TestDatabase.logger)
            #expect(try await store.jobs.depth() == QueueDepth())
            #expect(store.dialect == url.dialect)
            try await store.close()
        }
    }

    @Test("an in-memory SQLite store works for demos and tests")
    func inMemory() async throws {
        let store = try await Store.openMigrated(try DatabaseURL("sqlite::memory:"), logger: TestDatabase.logger)
        try await store.items.recordRevision(Item(id: ItemID("m1"), text: "hello"), page: PageID("p1"), kind: .post, raw: nil)
        #expect(try await store.items.item(ItemID("m1"))?.revision == 1)
        try await store.close()
    }
}

@Suite("Opening a database")
struct OpeningTests {
    @Test("an SQLite file in a missing directory is refused with the path")
    func missingDirectory() async throws {
        await #expect {
            try await Store.open(try DatabaseURL("/nonexistent-decorum-dir/sub/decorum.sqlite"), logger: TestDatabase.logger)
        } throws: { error in
            String(describing: error).contains("could not open the database sqlite:///nonexistent-decorum-dir/sub/decorum.sqlite")
        }
    }

    @Test("a PostgreSQL server refusing the password is named at once, without the password")
    func wrongPassword() async throws {
        guard let base = TestDatabase.postgresURL, case .postgres(var server) = try DatabaseURL(base).location else {
            let reason = "PostgreSQL case skipped: DECORUM_TEST_POSTGRES_URL is unset"
            print(reason)
            try Test.cancel(Comment(rawValue: reason))
        }
        server.password = "not-the-password-x9"
        await #expect {
            try await Store.open(DatabaseURL(location: .postgres(server)), logger: TestDatabase.logger)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("password authentication failed") && !text.contains("not-the-password-x9")
        }
    }

    @Test("a PostgreSQL port with no server is named at once")
    func noServer() async throws {
        let url = try DatabaseURL("postgres://decorum:pw@127.0.0.1:1/decorum?sslmode=disable")
        await #expect {
            try await Store.open(url, logger: TestDatabase.logger)
        } throws: { error in
            String(describing: error).contains("could not open the database postgres://decorum:***@127.0.0.1:1/decorum")
        }
    }
}
