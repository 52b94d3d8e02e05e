import DecorumCore
public import DecorumStore

/// The first user, made when the store has none, so a new installation can be signed in to.
public enum FirstRunAdmin {
    /// The login the first admin gets.
    public static let login = "admin"

    /// Creates `admin` with a one-time password that must be changed at first log-in, if the store has no
    /// users; returns the login and password to show once, or nil when there were users already.
    ///
    /// Safe when several processes start at once: one creates the admin, the others get nil.
    public static func ensure(store: Store, hasher: PasswordHasher = PasswordHasher()) async throws -> (login: String, password: String)? {
        guard try await store.users.count() == 0 else { return nil }
        let password = OneTimePassword.generate()
        let hash = try await hasher.hash(password)
        do {
            let created = try await store.transaction { tx -> Bool in
                guard try await tx.users.count() == 0 else { return false }
                let admin = try await tx.users.create(NewUser(
                    login: login, name: "Decorum admin", role: .admin, passwordHash: hash, mustChangePassword: true))
                try await tx.audit.append(actor: "decorum", event: AuthEvent.created, itemID: nil, details: .object([
                    ("login", .string(admin.login)), ("role", .string(admin.role.rawValue)), ("first_run", .bool(true)),
                ]))
                return true
            }
            return created ? (login, password) : nil
        } catch UserError.loginTaken {
            return nil
        }
    }
}
