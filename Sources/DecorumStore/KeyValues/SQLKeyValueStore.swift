import struct Foundation.Data
import SQLKit

/// ``KeyValueStore`` in the `kv_entries` table; expiry is read from the store's clock.
public struct SQLKeyValueStore: KeyValueStore {
    let executor: any SQLExecutor

    /// Values in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// Values inside a transaction.
    public init(transaction: Transaction) { executor = transaction }

    public func get(_ key: String) async throws -> KeyValueEntry? {
        let now = executor.nowMillis
        return try await executor.read { db in
            guard let row = try await db.raw("""
                SELECT value, expires_at FROM kv_entries
                WHERE key = \(bind: key) AND (expires_at IS NULL OR expires_at > \(bind: now))
                """).first()
            else { return nil }
            return KeyValueEntry(value: [UInt8](try row.decode(column: "value", as: Data.self)), expiresAt: try row.optionalDate("expires_at"))
        }
    }

    public func set(_ key: String, to value: [UInt8], expiry: KeyValueExpiry) async throws {
        let now = executor.nowMillis
        let expiresAt = Self.expiresAt(expiry, now: now)
        // `unchanged` keeps the old expiry only while the old value lives: an expired value is gone, so its
        // replacement is new.
        let kept: SQLQueryString = switch expiry {
        case .never, .after: "excluded.expires_at"
        case .unchanged: "CASE WHEN kv_entries.expires_at <= \(bind: now) THEN NULL ELSE kv_entries.expires_at END"
        }
        try await executor.write { db in
            try await db.raw("""
                INSERT INTO kv_entries (key, value, expires_at) VALUES (\(bind: key), \(bind: Data(value)), \(bind: expiresAt))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = \(kept)
                """).run()
        }
    }

    public func insert(_ key: String, value: [UInt8], expiry: KeyValueExpiry) async throws -> Bool {
        let now = executor.nowMillis
        let expiresAt = Self.expiresAt(expiry, now: now)
        return try await executor.write { db in
            try await db.raw("""
                INSERT INTO kv_entries (key, value, expires_at) VALUES (\(bind: key), \(bind: Data(value)), \(bind: expiresAt))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
                WHERE kv_entries.expires_at IS NOT NULL AND kv_entries.expires_at <= \(bind: now)
                RETURNING key
                """).first() != nil
        }
    }

    public func remove(_ key: String) async throws {
        try await executor.write { db in
            try await db.raw("DELETE FROM kv_entries WHERE key = \(bind: key)").run()
        }
    }

    @discardableResult
    public func purgeExpired() async throws -> Int {
        let now = executor.nowMillis
        return try await executor.write { db in
            try await db.raw("""
                DELETE FROM kv_entries WHERE expires_at IS NOT NULL AND expires_at <= \(bind: now) RETURNING key
                """).all().count
        }
    }

    private static func expiresAt(_ expiry: KeyValueExpiry, now: Int64) -> Int64? {
        switch expiry {
        case .never, .unchanged: nil
        case .after(let duration): now + duration.storeMillis
        }
    }
}
