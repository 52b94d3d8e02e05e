@testable import DecorumServer
import Testing

@Suite("Secret settings written down sealed")
struct SealedSettingTests {
    @Test("a sealed setting opens to the secret with the keyring, under its own name only; a plain one is used as it is")
    func roundTrip() throws {
        let keyring = SecretKeyring.generate()
        let sealed = try SealedSetting.seal("a-very-secret-app-secret", name: "DECORUM_META_APP_SECRET", keyring: keyring)
        #expect(sealed.hasPrefix("sealed:v1:"))
        #expect(!sealed.contains("a-very-secret"))
        #expect(try SealedSetting.open(sealed, name: "DECORUM_META_APP_SECRET", keyring: keyring) == "a-very-secret-app-secret")
        #expect(throws: SecretError.self) { try SealedSetting.open(sealed, name: "DECORUM_PAGE_TOKEN", keyring: keyring) }
        #expect(throws: SecretError.self) { try SealedSetting.open(sealed, name: "DECORUM_META_APP_SECRET", keyring: SecretKeyring.generate()) }
        #expect(try SealedSetting.open("plain-secret", name: "DECORUM_META_APP_SECRET", keyring: keyring) == "plain-secret")
        #expect(try SealedSetting.seal("x", name: "DECORUM_PAGE_TOKEN", keyring: keyring) != SealedSetting.seal("x", name: "DECORUM_PAGE_TOKEN", keyring: keyring))
    }
}
