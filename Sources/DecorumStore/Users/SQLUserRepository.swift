import SQLKit

/// ``UserRepository`` in the `users` table.
public struct SQLUserRepository: UserRepository {
    let executor: any SQLExecutor

    /// Users in the store, each call its own transaction.
    public init(store: Store) { executor = store }
    /// Users inside a transaction.
    public init(transaction: Transaction) { executor = transaction }

    static let columns = """
        id, login, name, role, email, password_hash, created_at, disabled, failed_logins, locked_until,
        must_change_password, last_login_at
        """

    public func create(_ user: NewUser) async throws -> User {
        let login = try User.normalizedLogin(user.login)
        let name = user.name.trimmingSpaces()
        guard !name.isEmpty, name.count <= 200 else {
            throw UserError.invalidDetail("A user's name must have 1 to 200 characters; give the person's name as colleagues know it.")
        }
        let email = user.email.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
        if let email, !Self.looksLikeEmail(email) {
            throw UserError.invalidDetail("\"\(email.prefix(80))\" is not an e-mail address; write it as name@example.nhs.uk, or leave it out.")
        }
        let now = executor.nowMillis
        let row = try await executor.write { db in
            // ON CONFLICT DO NOTHING: two processes adding the same login at once get one user and one clear error.
            try await db.raw("""
                INSERT INTO users (login, name, role, email, password_hash, created_at, disabled, failed_logins, must_change_password)
                VALUES (\(bind: login), \(bind: name.storable), \(bind: user.role.rawValue), \(bind: email.storable),
                        \(bind: user.passwordHash), \(bind: now), FALSE, 0, \(bind: user.mustChangePassword))
                ON CONFLICT (login) DO NOTHING
                RETURNING \(unsafeRaw: Self.columns)
                """).first()
        }
        guard let row else { throw UserError.loginTaken(login) }
        return try Self.user(row)
    }

    public func user(_ id: UserID) async throws -> User? {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM users WHERE id = \(bind: id.rawValue)").first().map(Self.user)
        }
    }

    public func user(login: String) async throws -> User? {
        // Logins are stored in lower case and ASCII only, so SQL's lower() (ASCII in SQLite) agrees with Swift's.
        let folded = login.trimmingSpaces().lowercased()
        return try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM users WHERE lower(login) = \(bind: folded)").first().map(Self.user)
        }
    }

    public func all() async throws -> [User] {
        try await executor.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.columns) FROM users ORDER BY login").all().map(Self.user)
        }
    }

    @discardableResult
    public func setPasswordHash(_ hash: String, for id: UserID, mustChange: Bool) async throws -> User {
        try await update(id, set: """
            password_hash = \(bind: hash), must_change_password = \(bind: mustChange), failed_logins = 0, locked_until = NULL
            """)
    }

    @discardableResult
    public func setRole(_ role: UserRole, for id: UserID) async throws -> User {
        try await update(id, set: "role = \(bind: role.rawValue)")
    }

    @discardableResult
    public func setDisabled(_ disabled: Bool, for id: UserID) async throws -> User {
        try await update(id, set: "disabled = \(bind: disabled)")
    }

    public func recordFailedLogin(_ id: UserID, lockAfter threshold: Int, lockFor duration: Duration) async throws -> FailedLogin {
        guard threshold > 0 else { throw StoreError.invalidArgument("The number of failed log-ins that locks an account must be positive, not \(threshold).") }
        let until = executor.nowMillis + duration.storeMillis
        // One statement, so failures arriving at once from several processes are all counted. Every
        // right-hand side reads the row as it was before the update.
        let user = try await update(id, set: """
            failed_logins = CASE WHEN failed_logins + 1 >= \(bind: threshold) THEN 0 ELSE failed_logins + 1 END,
            locked_until = CASE WHEN failed_logins + 1 >= \(bind: threshold) THEN \(bind: until) ELSE locked_until END
            """)
        // The count is back to 0 after an update only when that update set the lock.
        return FailedLogin(user: user, lockedNow: user.failedLogins == 0)
    }

    @discardableResult
    public func recordSuccessfulLogin(_ id: UserID) async throws -> User {
        let now = executor.nowMillis
        return try await update(id, set: "failed_logins = 0, locked_until = NULL, last_login_at = \(bind: now)")
    }

    public func count() async throws -> Int {
        try await executor.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM users").first()?.int("n") ?? 0
        }
    }

    public func activeAdminCount() async throws -> Int {
        try await executor.read { db in
            try await db.raw("""
                SELECT COUNT(*) AS n FROM users WHERE role = \(bind: UserRole.admin.rawValue) AND disabled = FALSE
                """).first()?.int("n") ?? 0
        }
    }

    private func update(_ id: UserID, set assignments: SQLQueryString) async throws -> User {
        let row = try await executor.write { db in
            try await db.raw("UPDATE users SET \(assignments) WHERE id = \(bind: id.rawValue) RETURNING \(unsafeRaw: Self.columns)").first()
        }
        guard let row else { throw StoreError.notFound(table: "users", id: id.description) }
        return try Self.user(row)
    }

    private static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }

    static func user(_ row: any SQLRow) throws -> User {
        User(
            id: UserID(rawValue: try row.int64("id")), login: try row.string("login"), name: try row.string("name"),
            role: try row.value("role", as: UserRole.self, table: "users"), email: try row.optionalString("email"),
            passwordHash: try row.optionalString("password_hash"), createdAt: try row.date("created_at"),
            disabled: try row.bool("disabled"), failedLogins: try row.int("failed_logins"),
            lockedUntil: try row.optionalDate("locked_until"), mustChangePassword: try row.bool("must_change_password"),
            lastLoginAt: try row.optionalDate("last_login_at"))
    }
}
