import DecorumCore
public import Configuration
public import DecorumStore

/// Where Decorum's secret keys come from: `DECORUM_SECRET_KEY` if it is set, otherwise the key file
/// (`DECORUM_KEY_FILE`, by default `decorum.key` next to the database).
public enum SecretKeySource: Sendable, CustomStringConvertible {
    /// Keys given in `DECORUM_SECRET_KEY`: base64 of 32 bytes, several separated by commas, the first primary.
    case environment(SecretKeyring)
    /// Keys kept in a file, created on first run.
    case file(KeyFile)

    /// The variable that gives the keys themselves.
    public static let secretKeyVariable = "DECORUM_SECRET_KEY"
    /// The variable that names the key file.
    public static let keyFileVariable = "DECORUM_KEY_FILE"

    /// The source the settings name: `decorum.secret.key` (`DECORUM_SECRET_KEY`, read as a secret) or
    /// `decorum.key.file` (`DECORUM_KEY_FILE`).
    public static func resolve(reader: ConfigReader, database: DatabaseURL) throws(SecretError) -> SecretKeySource {
        let config = reader.scoped(to: "decorum")
        return try resolve(
            secretKey: config.string(forKey: "secret.key", isSecret: true), keyFilePath: config.string(forKey: "key.file"),
            database: database)
    }

    /// The source for these setting values; an empty value counts as unset, and the keys win over a key file.
    public static func resolve(secretKey: String?, keyFilePath: String?, database: DatabaseURL) throws(SecretError) -> SecretKeySource {
        if let secretKey, !secretKey.allSatisfy(\.isWhitespace) {
            return .environment(try keyring(environmentValue: secretKey))
        }
        if let keyFilePath, !keyFilePath.allSatisfy(\.isWhitespace) {
            return .file(KeyFile(path: keyFilePath))
        }
        return .file(KeyFile(path: KeyFile.defaultPath(nextTo: database)))
    }

    /// The keys in a `DECORUM_SECRET_KEY` value.
    public static func keyring(environmentValue: String) throws(SecretError) -> SecretKeyring {
        var keys = [SecretKey]()
        for (index, field) in environmentValue.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let text = field.filter { !$0.isWhitespace }
            guard !text.isEmpty else { throw .invalidEnvironmentKey(position: index + 1, reason: "it is empty") }
            switch SecretKey.decode(base64: text) {
            case .success(let key): keys.append(key)
            case .failure(let problem): throw .invalidEnvironmentKey(position: index + 1, reason: "it \(problem)")
            }
        }
        return try SecretKeyring(keys)
    }

    /// The `DECORUM_SECRET_KEY` value that gives `keyring`: print it only for the operator to set.
    public static func environmentValue(for keyring: SecretKeyring) -> String {
        keyring.keys.map(\.base64).joined(separator: ",")
    }

    /// The keys; a missing key file is created with one new key when `createIfMissing` (what `decorum serve`
    /// does on first run), and `created` says so.
    public func load(createIfMissing: Bool) throws(SecretError) -> (keyring: SecretKeyring, created: Bool) {
        switch self {
        case .environment(let keyring): return (keyring, false)
        case .file(let file): return createIfMissing ? try file.loadOrCreate() : (try file.load(), false)
        }
    }

    public var description: String {
        switch self {
        case .environment: Self.secretKeyVariable
        case .file(let file): "the key file \(file.path)"
        }
    }
}
