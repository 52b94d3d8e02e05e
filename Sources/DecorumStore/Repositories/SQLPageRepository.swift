public import DecorumCore
import SQLKit

/// ``PageRepository`` in the `pages` table.
public struct SQLPageRepository: PageRepository {
    let executor: any SQLExecutor

    /// Pages in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// Pages inside a transaction.
    public init(transaction: Transaction) { executor = transaction }

    public func save(_ page: Page) async throws {
        let now = executor.nowMillis
        try await executor.write { db in
            try await db.raw("""
                INSERT INTO pages (id, name, token_ciphertext, token_expired, created_at, updated_at)
                VALUES (\(bind: page.id.rawValue), \(bind: page.name), \(bind: page.tokenCiphertext),
                        \(bind: page.tokenExpired), \(bind: now), \(bind: now))
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, token_ciphertext = excluded.token_ciphertext,
                    token_expired = excluded.token_expired, updated_at = excluded.updated_at
                """).run()
        }
    }

    public func page(_ id: PageID) async throws -> Page? {
        try await executor.read { db in
            guard let row = try await db.raw("""
                SELECT id, name, token_ciphertext, token_expired FROM pages WHERE id = \(bind: id.rawValue)
                """).first()
            else { return nil }
            return try Self.page(from: row)
        }
    }

    public func all() async throws -> [Page] {
        try await executor.read { db in
            try await db.raw("SELECT id, name, token_ciphertext, token_expired FROM pages ORDER BY id").all().map(Self.page(from:))
        }
    }

    public func markTokenExpired(_ id: PageID) async throws {
        let now = executor.nowMillis
        try await executor.write { db in
            try await db.raw("""
                INSERT INTO pages (id, name, token_expired, created_at, updated_at)
                VALUES (\(bind: id.rawValue), \(bind: id.rawValue), TRUE, \(bind: now), \(bind: now))
                ON CONFLICT (id) DO UPDATE SET token_expired = TRUE, updated_at = excluded.updated_at
                """).run()
        }
    }

    public func setTokenExpired(_ expired: Bool, for id: PageID) async throws {
        let now = executor.nowMillis
        let found = try await executor.write { db in
            try await db.raw("""
                UPDATE pages SET token_expired = \(bind: expired), updated_at = \(bind: now)
                WHERE id = \(bind: id.rawValue) RETURNING id
                """).first() != nil
        }
        guard found else { throw StoreError.notFound(table: "pages", id: id.rawValue) }
    }

    private static func page(from row: any SQLRow) throws -> Page {
        Page(
            id: PageID(try row.string("id")), name: try row.string("name"),
            tokenCiphertext: try row.optionalString("token_ciphertext"), tokenExpired: try row.bool("token_expired"))
    }
}
