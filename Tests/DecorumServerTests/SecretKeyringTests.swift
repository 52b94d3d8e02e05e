import DecorumCore
import DecorumServer
import Foundation
import Testing

/// Sealing and opening secrets: AES-256-GCM, bound to the row they belong to, with rotating keys.
@Suite("Secret keyring")
struct SecretKeyringTests {
    static let token = "EAAGm0PX4ZCpsBAKZBq7ZCvRWZAuNZCZBq3sZAl5ZCm0ZBPZCH9o1ZA7Yj2KZB8qXZCbZAV3"
    static let context = "page-token:104285542158312"

    @Test("a sealed token opens to the same token, for the same page")
    func roundTrip() throws {
        let keyring = SecretKeyring.generate()
        let sealed = try keyring.seal(Self.token, context: Self.context)
        #expect(try keyring.open(sealed, context: Self.context) == Self.token)
        #expect(try keyring.open(keyring.seal("", context: Self.context), context: Self.context) == "")
        #expect(try keyring.open(keyring.seal("Quorn — ünïcode ✓", context: "x"), context: "x") == "Quorn — ünïcode ✓")
    }

    @Test("the sealed text names its key, differs every time and holds no plaintext")
    func sealedText() throws {
        let keyring = SecretKeyring.generate()
        let first = try keyring.seal(Self.token, context: Self.context)
        let second = try keyring.seal(Self.token, context: Self.context)
        #expect(first != second)
        for sealed in [first, second] {
            #expect(sealed.hasPrefix("v1:\(keyring.primary.id):"))
            #expect(!sealed.contains(Self.token))
            #expect(!sealed.contains(Self.token.prefix(12)))
            #expect(!sealed.contains(Data(Self.token.utf8).base64EncodedString().prefix(12)))
        }
        #expect(keyring.primary.id.rawValue.count == 8)
        #expect(SecretKeyring.keyID(ofSealed: first) == keyring.primary.id)
    }

    @Test("a flipped byte anywhere in the nonce, ciphertext or tag is caught", arguments: [0, 11, 12, 30, -1])
    func flippedByte(at position: Int) throws {
        let keyring = SecretKeyring.generate()
        let sealed = try keyring.seal(Self.token, context: Self.context)
        let prefix = "v1:\(keyring.primary.id):"
        var bytes = try #require(Data(base64Encoded: String(sealed.dropFirst(prefix.count))))
        let index = position >= 0 ? position : bytes.count + position
        bytes[index] ^= 0x01
        let tampered = prefix + bytes.base64EncodedString()
        #expect(throws: SecretError.tampered(context: Self.context, keyID: keyring.primary.id)) {
            try keyring.open(tampered, context: Self.context)
        }
    }

    @Test("a token moved to another page's row does not open there")
    func wrongContext() throws {
        let keyring = SecretKeyring.generate()
        let sealed = try keyring.seal(Self.token, context: Self.context)
        #expect(throws: SecretError.tampered(context: "page-token:999", keyID: keyring.primary.id)) {
            try keyring.open(sealed, context: "page-token:999")
        }
    }

    @Test("a token sealed with a key not given is refused, saying which key to restore")
    func unknownKey() throws {
        let old = SecretKeyring.generate()
        let sealed = try old.seal(Self.token, context: Self.context)
        let other = SecretKeyring.generate()
        let expected = SecretError.unknownKey(old.primary.id, context: Self.context, known: other.keyIDs)
        #expect(throws: expected) { try other.open(sealed, context: Self.context) }
        let message = expected.description
        #expect(message.contains("sealed with key \(old.primary.id), which is not among Decorum's keys"))
        #expect(message.contains("restore the old key file") || message.contains("Restore the old key file"))
        #expect(message.contains("reconnect the page"))
    }

    @Test("text that is not a sealed secret is named malformed, without echoing it", arguments: [
        "",
        "EAAGm0PX4ZCpsBAKZBq7ZCvRWZAuNZCZBq3",
        "v2:ab12cd34:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1::AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1:ab12 cd34:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "v1:{keyid}:not base64 at all!",
        "v1:{keyid}:QUJD",
    ])
    func malformed(text: String) throws {
        let keyring = SecretKeyring.generate()
        let sealed = text.replacingOccurrences(of: "{keyid}", with: keyring.primary.id.rawValue)
        do throws(SecretError) {
            _ = try keyring.open(sealed, context: Self.context)
            Issue.record("opened \(sealed)")
        } catch {
            guard case .malformed(let context, _) = error else { Issue.record("\(error)"); return }
            #expect(context == Self.context)
            let payload = sealed.split(separator: ":").last.map(String.init) ?? ""
            if payload.count > 4 { #expect(!error.description.contains(payload)) }
        }
    }

    @Test("rotation adds a new primary key; what the old key sealed still opens")
    func rotation() throws {
        let original = SecretKeyring.generate()
        let oldSealed = try original.seal(Self.token, context: Self.context)
        let rotated = original.rotated()
        #expect(rotated.keyIDs == [rotated.primary.id, original.primary.id])
        #expect(rotated.primary.id != original.primary.id)
        #expect(try rotated.open(oldSealed, context: Self.context) == Self.token)
        let newSealed = try rotated.seal(Self.token, context: Self.context)
        #expect(SecretKeyring.keyID(ofSealed: newSealed) == rotated.primary.id)

        let retired = try rotated.retiring(original.primary.id)
        #expect(retired.keyIDs == [rotated.primary.id])
        #expect(try retired.open(newSealed, context: Self.context) == Self.token)
        #expect(throws: SecretError.unknownKey(original.primary.id, context: Self.context, known: retired.keyIDs)) {
            try retired.open(oldSealed, context: Self.context)
        }
    }

    @Test("the primary key, or a key not in the keyring, cannot be retired")
    func retiringRefused() throws {
        let keyring = SecretKeyring.generate().rotated()
        #expect(throws: SecretError.cannotRetirePrimary(keyring.primary.id)) { try keyring.retiring(keyring.primary.id) }
        #expect(throws: SecretError.noSuchKey(SecretKeyID("0badc0de"), known: keyring.keyIDs)) {
            try keyring.retiring(SecretKeyID("0badc0de"))
        }
    }

    @Test("a keyring refuses no keys and the same key twice")
    func keyringChecks() throws {
        #expect(throws: SecretError.noKeys) { try SecretKeyring([]) }
        let key = SecretKey.random()
        #expect(throws: SecretError.duplicateKey(key.id)) { try SecretKeyring([key, SecretKey.random(), key]) }
    }

    @Test("keys and keyrings print their ids, never their bytes")
    func redaction() throws {
        let keyring = SecretKeyring.generate().rotated()
        let value = SecretKeySource.environmentValue(for: keyring)
        for shown in [String(describing: keyring), String(reflecting: keyring), String(describing: keyring.primary),
                      String(reflecting: keyring.primary), "\(keyring.keys)"] {
            #expect(shown.contains(keyring.primary.id.rawValue))
            for key in value.split(separator: ",") { #expect(!shown.contains(key.prefix(16))) }
        }
    }

    @Test("DECORUM_SECRET_KEY holds one key or several, the first primary, and its ids are stable")
    func environmentKeys() throws {
        let keyring = SecretKeyring.generate().rotated()
        let value = SecretKeySource.environmentValue(for: keyring)
        let parsed = try SecretKeySource.keyring(environmentValue: " " + value.replacingOccurrences(of: ",", with: ", ") + "\n")
        #expect(parsed.keyIDs == keyring.keyIDs)
        let sealed = try keyring.seal(Self.token, context: Self.context)
        #expect(try parsed.open(sealed, context: Self.context) == Self.token)

        let one = String(value.split(separator: ",")[0])
        #expect(throws: SecretError.invalidEnvironmentKey(position: 2, reason: "it is 3 bytes, not 32")) {
            try SecretKeySource.keyring(environmentValue: one + ",QUJD")
        }
        #expect(throws: SecretError.invalidEnvironmentKey(position: 1, reason: "it is not base64")) {
            try SecretKeySource.keyring(environmentValue: "not-a-key!")
        }
        #expect(throws: SecretError.invalidEnvironmentKey(position: 2, reason: "it is empty")) {
            try SecretKeySource.keyring(environmentValue: one + ",")
        }
    }
}
