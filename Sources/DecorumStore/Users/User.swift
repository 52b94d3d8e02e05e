public import struct Foundation.Date

/// A person who signs in to the dashboard.
public struct User: Sendable, Hashable {
    /// The store's identifier.
    public var id: UserID
    /// Lower case, unique: what the person types to sign in.
    public var login: String
    /// The person's name as colleagues know it.
    public var name: String
    /// What they may see and do.
    public var role: UserRole
    /// Where alerts for their role can be sent.
    public var email: String?
    /// A bcrypt hash; nil until a password is set (such a user cannot sign in).
    public var passwordHash: String?
    /// When the user was added.
    public var createdAt: Date
    /// A disabled user cannot sign in and their sessions stop working.
    public var disabled: Bool
    /// Failed log-ins in a row since the last success or lock.
    public var failedLogins: Int
    /// Log-in is refused until this time, after too many failures in a row.
    public var lockedUntil: Date?
    /// The password was set by someone else (first run, a reset): the user must choose their own first.
    public var mustChangePassword: Bool
    /// The last successful log-in, or nil if never.
    public var lastLoginAt: Date?

    /// Whether log-in is refused at `now` because of failed attempts.
    public func isLocked(at now: Date) -> Bool {
        guard let lockedUntil else { return false }
        return lockedUntil > now
    }

    /// The login as stored: trimmed and lower case, 2 to 64 letters, digits, dots, hyphens, underscores or `@`,
    /// starting with a letter or digit. Throws naming what is wrong.
    public static func normalizedLogin(_ text: String) throws(UserError) -> String {
        let login = text.trimmingSpaces().lowercased()
        guard (2...64).contains(login.unicodeScalars.count) else {
            throw UserError.invalidLogin(text, reason: "a login has 2 to 64 characters")
        }
        for scalar in login.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", ".", "-", "_", "@": continue
            default:
                throw UserError.invalidLogin(
                    text, reason: "it contains \"\(scalar.escaped(asASCII: true))\"; use only letters a to z, digits, dots, hyphens, underscores and @")
            }
        }
        guard let first = login.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first) else {
            throw UserError.invalidLogin(text, reason: "it must start with a letter or a digit")
        }
        return login
    }
}

/// A user to add.
public struct NewUser: Sendable, Hashable {
    /// Normalised by ``User/normalizedLogin(_:)`` when stored.
    public var login: String
    /// The person's name.
    public var name: String
    /// What they may see and do.
    public var role: UserRole
    /// Where alerts for their role can be sent, if given.
    public var email: String?
    /// A bcrypt hash, or nil for a user who cannot sign in yet.
    public var passwordHash: String?
    /// True for a password someone else chose (a one-time password).
    public var mustChangePassword: Bool

    /// A user to add.
    public init(login: String, name: String, role: UserRole, email: String? = nil, passwordHash: String?, mustChangePassword: Bool) {
        self.login = login
        self.name = name
        self.role = role
        self.email = email
        self.passwordHash = passwordHash
        self.mustChangePassword = mustChangePassword
    }
}

/// A failed log-in as recorded: the user after it, and whether this failure locked the account.
public struct FailedLogin: Sendable, Hashable {
    /// The user after the failure was counted.
    public var user: User
    /// True when this failure reached the threshold and set `user.lockedUntil`.
    public var lockedNow: Bool
}
