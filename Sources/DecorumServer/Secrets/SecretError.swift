public import DecorumCore
/// Why a secret could not be sealed or opened, or the keys could not be used, each said as a sentence a
/// practice manager can act on. No case ever carries a secret, a key or a whole ciphertext.
public enum SecretError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The secret was sealed with a key Decorum was not given (an older key file, or another installation's).
    case unknownKey(SecretKeyID, context: String, known: [SecretKeyID])
    /// The secret failed its integrity check: it was altered, or copied from another row.
    case tampered(context: String, keyID: SecretKeyID)
    /// The stored text is not a secret Decorum writes.
    case malformed(context: String, reason: String)
    /// A keyring needs at least one key.
    case noKeys
    /// The same key was given twice.
    case duplicateKey(SecretKeyID)
    /// There is no key with this id to retire.
    case noSuchKey(SecretKeyID, known: [SecretKeyID])
    /// The primary key seals every new secret and cannot be retired.
    case cannotRetirePrimary(SecretKeyID)
    /// Stored secrets still need the key.
    case keyInUse(SecretKeyID, secrets: Int)
    /// One of the comma-separated keys in `DECORUM_SECRET_KEY` (counted from 1) is not a key.
    case invalidEnvironmentKey(position: Int, reason: String)
    /// The key file does not exist (and was not to be created).
    case keyFileMissing(path: String)
    /// The key file can be read or written by users other than its owner.
    case keyFileNotPrivate(path: String, mode: Int)
    /// A line of the key file is not `<key id> <base64 key>`.
    case keyFileMalformed(path: String, line: Int, reason: String)
    /// The key file holds no keys.
    case keyFileEmpty(path: String)
    /// The key file could not be read.
    case keyFileUnreadable(path: String, reason: String)
    /// The key file could not be written; the one before, if any, is unchanged.
    case keyFileUnwritable(path: String, reason: String)
    /// The cryptography library refused to seal (not expected in practice).
    case sealFailed(context: String, reason: String)

    public var description: String {
        switch self {
        case .unknownKey(let id, let context, let known):
            "The stored secret \(context) was sealed with key \(id), which is not among Decorum's keys "
                + "(\(Self.list(known))) from the key file or DECORUM_SECRET_KEY. Restore the old key file (or "
                + "DECORUM_SECRET_KEY value) that held key \(id), or reconnect the page so its token is stored again."
        case .tampered(let context, let id):
            "The stored secret \(context) failed its integrity check with key \(id): it was altered, or copied "
                + "from another page's row. Reconnect the page so its token is stored again."
        case .malformed(let context, let reason):
            "The stored secret \(context) is not one Decorum writes (\(reason)); the database may have been edited "
                + "by hand. Reconnect the page so its token is stored again."
        case .noKeys:
            "No secret keys were given: set DECORUM_SECRET_KEY, or let Decorum create its key file."
        case .duplicateKey(let id):
            "Key \(id) is given twice; remove the repeated one from the key file or DECORUM_SECRET_KEY."
        case .noSuchKey(let id, let known):
            "There is no key \(id); the keys are \(Self.list(known)) (decorum keys list shows them)."
        case .cannotRetirePrimary(let id):
            "Key \(id) is the primary key, which seals every new token; run decorum keys rotate first, then retire it."
        case .keyInUse(let id, let secrets):
            "Key \(id) still seals \(secrets) stored \(secrets == 1 ? "token" : "tokens"), which could not be opened "
                + "without it; run decorum keys rotate (it re-encrypts every token with a new key) before retiring it."
        case .invalidEnvironmentKey(let position, let reason):
            "DECORUM_SECRET_KEY's key number \(position) is not usable: \(reason). Set it to base64 of 32 random "
                + "bytes (openssl rand -base64 32); several keys are separated by commas, the first is primary."
        case .keyFileMissing(let path):
            "There is no key file at \(path). decorum serve creates one on first run; set DECORUM_KEY_FILE if it is elsewhere."
        case .keyFileNotPrivate(let path, let mode):
            "The key file \(path) can be read or changed by other users (mode \(Self.octal(mode))). Run chmod 600 \(path) "
                + "and start again; if someone else may have read it, also run decorum keys rotate and reconnect the page."
        case .keyFileMalformed(let path, let line, let reason):
            "The key file \(path), line \(line): \(reason). Each line is \"<key id> <base64 key>\" (the first is "
                + "primary; lines starting with # are comments); restore the file from its backup."
        case .keyFileEmpty(let path):
            "The key file \(path) holds no keys; restore it from its backup. Deleting it makes Decorum create a new "
                + "one, but the tokens already stored could then not be opened and every page must be reconnected."
        case .keyFileUnreadable(let path, let reason):
            "The key file \(path) cannot be read (\(reason)); check that it exists and that Decorum's user owns it."
        case .keyFileUnwritable(let path, let reason):
            "The key file \(path) cannot be written (\(reason)); the previous file, if any, is unchanged. Check that "
                + "Decorum's user may write to its directory."
        case .sealFailed(let context, let reason):
            "The secret \(context) could not be encrypted (\(reason)); nothing was stored."
        }
    }

    private static func list(_ ids: [SecretKeyID]) -> String {
        ids.isEmpty ? "none" : ids.map(\.rawValue).joined(separator: ", ")
    }

    private static func octal(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
