import SQLKit

/// Policy versions saved from the dashboard, in `policy_versions`; the newest is the one in force. Versions
/// are never changed or deleted: restoring an old one saves it again as the newest.
public struct SQLPolicyVersionRepository: Sendable {
    let executor: any SQLExecutor

    /// Versions in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// Versions inside a transaction.
    public init(transaction: Transaction) { executor = transaction }

    static let columns = "id, version, yaml, staff_csv, note, created_by, created_at"

    /// Saves a new version (already validated by the caller) and returns it.
    @discardableResult
    public func save(version: String, yaml: String, staffCSV: String?, note: String?, by person: String) async throws -> PolicyVersion {
        let now = executor.nowMillis
        return try await executor.write { db in
            guard let row = try await db.raw("""
                INSERT INTO policy_versions (version, yaml, staff_csv, note, created_by, created_at)
                VALUES (\(bind: version.storable), \(bind: yaml.storable), \(bind: staffCSV.storable), \(bind: note.storable),
                        \(bind: person.storable), \(bind: now))
                RETURNING \(unsafeRaw: Self.columns)
                """).first()
            else { throw StoreError.notFound(table: "policy_versions", id: "just saved") }
            return try Self.version(row)
        }
    }

    /// The version in force, or nil when the dashboard has never saved one.
    public func latest() async throws -> PolicyVersion? {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM policy_versions ORDER BY id DESC LIMIT 1").first().map(Self.version)
        }
    }

    /// The newest version's id (a cheap check for a change made by another instance).
    public func latestID() async throws -> Int64? {
        try await executor.read { db in
            try await db.raw("SELECT MAX(id) AS id FROM policy_versions").first().flatMap { try $0.decode(column: "id", as: Int64?.self) }
        }
    }

    public func version(_ id: Int64) async throws -> PolicyVersion? {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM policy_versions WHERE id = \(bind: id)").first().map(Self.version)
        }
    }

    /// The newest versions first.
    public func list(limit: Int) async throws -> [PolicyVersion] {
        guard limit > 0 else { throw StoreError.invalidArgument("The number of versions to list must be positive, not \(limit).") }
        return try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM policy_versions ORDER BY id DESC LIMIT \(bind: limit)").all().map(Self.version)
        }
    }

    static func version(_ row: any SQLRow) throws -> PolicyVersion {
        PolicyVersion(
            id: try row.int64("id"), version: try row.string("version"), yaml: try row.string("yaml"),
            staffCSV: try row.optionalString("staff_csv"), note: try row.optionalString("note"), createdBy: try row.string("created_by"),
            createdAt: try row.date("created_at"))
    }
}
