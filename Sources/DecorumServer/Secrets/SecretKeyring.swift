public import DecorumCore
import Crypto
import Foundation

/// The keys that seal Decorum's secrets at rest (Page access tokens): AES-256-GCM with a random 96-bit
/// nonce and the secret's context (such as `page-token:<page id>`) as authenticated data, so a sealed
/// token opens only in the row it was sealed for.
///
/// The first key is primary and seals everything new; the others only open what they sealed before a
/// rotation. A sealed secret reads `v1:<key id>:<base64 of nonce ‖ ciphertext ‖ tag>`.
public struct SecretKeyring: Sendable, CustomStringConvertible {
    /// Every key, the primary first.
    public let keys: [SecretKey]

    /// The key that seals new secrets.
    public var primary: SecretKey { keys[0] }

    /// The key ids, the primary first.
    public var keyIDs: [SecretKeyID] { keys.map(\.id) }

    static let version = "v1"
    private static let nonceAndTagBytes = 12 + 16

    /// A keyring of these keys, the first primary; refuses none, or the same key twice.
    public init(_ keys: [SecretKey]) throws(SecretError) {
        guard !keys.isEmpty else { throw .noKeys }
        var seen = Set<SecretKeyID>()
        for key in keys where !seen.insert(key.id).inserted { throw .duplicateKey(key.id) }
        self.keys = keys
    }

    /// A keyring of one new random key.
    public static func generate() -> SecretKeyring {
        SecretKeyring(checked: [SecretKey.random()])
    }

    private init(checked keys: [SecretKey]) { self.keys = keys }

    /// The key with this id, if the keyring has it.
    public func key(_ id: SecretKeyID) -> SecretKey? {
        keys.first { $0.id == id }
    }

    /// Encrypts `plaintext` with the primary key, bound to `context`; each call gives a different text.
    public func seal(_ plaintext: String, context: String) throws(SecretError) -> String {
        let box: AES.GCM.SealedBox
        do {
            box = try AES.GCM.seal(
                Data(plaintext.utf8), using: primary.material, nonce: AES.GCM.Nonce(), authenticating: Data(context.utf8))
        } catch {
            throw .sealFailed(context: context, reason: "\(error)")
        }
        guard let combined = box.combined else { throw .sealFailed(context: context, reason: "the nonce is not 12 bytes") }
        return "\(Self.version):\(primary.id):\(combined.base64EncodedString())"
    }

    /// Decrypts a text ``seal(_:context:)`` made with any of the keyring's keys, for the same `context`.
    public func open(_ sealed: String, context: String) throws(SecretError) -> String {
        let (id, payload) = try Self.parse(sealed, context: context)
        guard let key = key(id) else { throw .unknownKey(id, context: context, known: keyIDs) }
        guard let bytes = Data(base64Encoded: String(payload)) else {
            throw .malformed(context: context, reason: "the part after the key id is not base64")
        }
        guard bytes.count >= Self.nonceAndTagBytes else {
            throw .malformed(context: context, reason: "it is \(bytes.count) bytes, too short to hold a nonce and a tag")
        }
        let plaintext: Data
        do {
            let box = try AES.GCM.SealedBox(combined: bytes)
            plaintext = try AES.GCM.open(box, using: key.material, authenticating: Data(context.utf8))
        } catch {
            throw .tampered(context: context, keyID: id)
        }
        guard let text = String(validating: plaintext, as: UTF8.self) else {
            throw .malformed(context: context, reason: "it does not hold text")
        }
        return text
    }

    /// The id of the key that sealed `sealed`, or nil if it is not a sealed secret.
    public static func keyID(ofSealed sealed: String) -> SecretKeyID? {
        try? parse(sealed, context: "").id
    }

    /// The keyring with a new random primary key; the old keys stay, to open what they sealed.
    public func rotated() -> SecretKeyring {
        var key = SecretKey.random()
        while self.key(key.id) != nil { key = SecretKey.random() }
        return SecretKeyring(checked: [key] + keys)
    }

    /// The keyring without the key `id`; the primary key cannot be retired.
    ///
    /// Whether stored secrets still use the key is for the caller to check (``PageTokenVault/retiring(_:)`` does).
    public func retiring(_ id: SecretKeyID) throws(SecretError) -> SecretKeyring {
        guard key(id) != nil else { throw .noSuchKey(id, known: keyIDs) }
        guard id != primary.id else { throw .cannotRetirePrimary(id) }
        return SecretKeyring(checked: keys.filter { $0.id != id })
    }

    public var description: String {
        "SecretKeyring(primary \(primary.id)" + (keys.count > 1 ? ", also \(keyIDs.dropFirst().map(\.rawValue).joined(separator: ", ")))" : ")")
    }

    private static func parse(_ sealed: String, context: String) throws(SecretError) -> (id: SecretKeyID, payload: Substring) {
        let parts = sealed.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].first == "v" else {
            throw .malformed(context: context, reason: "it does not start with a version such as \(version):")
        }
        guard parts[0] == version else {
            throw .malformed(context: context, reason: "it is version \(parts[0]), which this Decorum does not know; run the newer Decorum that wrote it")
        }
        guard !parts[1].isEmpty, parts[1].count <= 64, parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw .malformed(context: context, reason: "the key id is missing or not letters and digits")
        }
        return (SecretKeyID(String(parts[1])), parts[2])
    }
}
