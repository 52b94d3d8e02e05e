/// The audit log's names for log-in events; the actor is the user's login.
public enum AuthEvent {
    /// A log-in.
    public static let signedIn = "user.signed_in"
    /// A log-out.
    public static let signedOut = "user.signed_out"
    /// A wrong password for a login that exists.
    public static let loginFailed = "user.login_failed"
    /// Too many wrong passwords in a row: the account is locked.
    public static let locked = "user.locked"
    /// The user chose a new password.
    public static let passwordChanged = "user.password_changed"
    /// A user was added.
    public static let created = "user.created"
    /// A one-time password was given (the account unlocked).
    public static let passwordReset = "user.password_reset"
    /// A user was switched off.
    public static let disabled = "user.disabled"
    /// A user was switched back on.
    public static let enabled = "user.enabled"
    /// A user's role was changed.
    public static let roleChanged = "user.role_changed"
}
