/// The dashboard's users and their log-in state. Policy (how many failures lock an account, for how long)
/// is the caller's: the repository only records.
public protocol UserRepository: Sendable {
    /// Adds a user; the login is normalised (``User/normalizedLogin(_:)``) and must not be taken.
    func create(_ user: NewUser) async throws -> User
    /// The user with this id, or nil.
    func user(_ id: UserID) async throws -> User?
    /// The user with this login, matched without regard to case, or nil.
    func user(login: String) async throws -> User?
    /// Every user, in order of login.
    func all() async throws -> [User]
    /// Sets the password hash and whether it must be changed at next log-in; a new password also clears
    /// failed log-ins and any lock.
    @discardableResult
    func setPasswordHash(_ hash: String, for id: UserID, mustChange: Bool) async throws -> User
    @discardableResult
    func setRole(_ role: UserRole, for id: UserID) async throws -> User
    /// Disables (or enables again) the user.
    @discardableResult
    func setDisabled(_ disabled: Bool, for id: UserID) async throws -> User
    /// Counts a failed log-in; the `threshold`-th in a row locks the account for `duration` and starts the count again.
    func recordFailedLogin(_ id: UserID, lockAfter threshold: Int, lockFor duration: Duration) async throws -> FailedLogin
    /// Records a log-in: failures cleared, lock lifted, `lastLoginAt` set to now.
    @discardableResult
    func recordSuccessfulLogin(_ id: UserID) async throws -> User
    /// How many users there are, disabled ones included.
    func count() async throws -> Int
    /// How many admins can still sign in (not disabled).
    func activeAdminCount() async throws -> Int
}
