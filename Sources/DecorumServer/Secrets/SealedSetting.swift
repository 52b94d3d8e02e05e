/// A secret setting (the Meta app secret, a Page token) kept encrypted wherever it is written down: in a
/// configuration file, an environment file or a service definition it reads `sealed:v1:<key id>:<base64>`,
/// made by `decorum keys seal NAME`, and only the running Decorum, holding the key, sees the secret. The
/// setting's name is bound into the seal, so a sealed Page token cannot be passed off as the app secret.
public enum SealedSetting {
    public static let prefix = "sealed:"

    /// Encrypts `secret` for the setting `name` (`DECORUM_META_APP_SECRET`) with the keyring's primary key.
    public static func seal(_ secret: String, name: String, keyring: SecretKeyring) throws(SecretError) -> String {
        prefix + (try keyring.seal(secret, context: context(name)))
    }

    /// The secret itself: `value` opened if it is sealed, as it is otherwise.
    public static func open(_ value: String, name: String, keyring: SecretKeyring) throws(SecretError) -> String {
        guard value.hasPrefix(prefix) else { return value }
        return try keyring.open(String(value.dropFirst(prefix.count)), context: context(name))
    }

    static func context(_ name: String) -> String { "setting:" + name }
}
