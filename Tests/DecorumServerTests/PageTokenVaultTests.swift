import DecorumCore
import DecorumMeta
import DecorumServer
import DecorumStore
import Foundation
import Logging
import Testing

/// Page tokens sealed into a real SQLite database in a temporary directory.
@Suite("Page token vault")
struct PageTokenVaultTests {
    static let quorn = PageID("104285542158312")
    static let riverside = PageID("204285542158312")
    static let token = "EAAGm0PX4ZCpsBAKZBq7ZCvRWZAuNZCZBq3sZAl5ZCm0ZBPZCH9o1ZA7Yj2KZB8qXZCbZAV3"
    static let otherToken = "EAAGm0PX4ZCpsBANewTokenAfterReconnectingThePageZCbZAV3x9"

    /// Runs `body` with a migrated SQLite store in a new directory, closed afterwards; the directory is
    /// removed too unless the caller wants to read the database file.
    @discardableResult
    func withStore(removingDirectory: Bool = true, _ body: (Store, URL) async throws -> Void) async throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-vault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        do {
            let store = try await Store.openMigrated(try DatabaseURL(directory.appendingPathComponent("decorum.sqlite").path), logger: logger)
            do {
                try await body(store, directory)
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        if removingDirectory { try? FileManager.default.removeItem(at: directory) }
        return directory
    }

    @Test("a stored token reads back as the same token, and the page row holds only its ciphertext")
    func roundTrip() async throws {
        try await withStore { store, _ in
            let vault = PageTokenVault(keyring: .generate(), store: store)
            #expect(try await vault.token(for: Self.quorn) == nil)
            try await vault.store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre")
            #expect(try await vault.token(for: Self.quorn) == PageToken(Self.token))
            let row = try #require(try await store.pages.page(Self.quorn))
            #expect(row.name == "Quorn Medical Centre")
            let sealed = try #require(row.tokenCiphertext)
            #expect(sealed.hasPrefix("v1:\(await vault.keyring.primary.id):"))
            #expect(!sealed.contains(Self.token))
            let fresh = PageTokenVault(keyring: await vault.keyring, store: store)
            #expect(try await fresh.token(for: Self.quorn) == PageToken(Self.token))
            #expect(try await fresh.token(for: row) == PageToken(Self.token))
            try await store.pages.save(Page(id: Self.riverside, name: "Riverside Surgery"))
            #expect(try await vault.token(for: Self.riverside) == nil)
        }
    }

    @Test("the token never reaches the database file in clear")
    func notInDatabaseBytes() async throws {
        let directory = try await withStore(removingDirectory: false) { store, _ in
            let keyring = SecretKeyring.generate()
            let vault = PageTokenVault(keyring: keyring, store: store)
            try await vault.store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre")
            try await vault.store(token: Self.otherToken, for: Self.riverside, name: "Riverside Surgery")
            try await vault.reencryptAll(with: keyring.rotated())
            #expect(try await vault.token(for: Self.quorn) == PageToken(Self.token))
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("decorum.sqlite") }
        #expect(files.contains("decorum.sqlite"))
        var everything = Data()
        for name in files {
            let bytes = try Data(contentsOf: directory.appendingPathComponent(name))
            everything += bytes
            for secret in [Self.token, Self.otherToken, String(Self.token.prefix(16)), String(Self.otherToken.suffix(16))] {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(name) holds part of a token")
            }
        }
        #expect(everything.range(of: Data("Riverside Surgery".utf8)) != nil, "the search would not find text that is there")
    }

    @Test("a new token clears the page's expired mark; storing the same token again keeps it")
    func expiry() async throws {
        try await withStore { store, _ in
            let vault = PageTokenVault(keyring: .generate(), store: store)
            try await vault.store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre")
            let firstSealed = try await store.pages.page(Self.quorn)?.tokenCiphertext
            try await store.pages.setTokenExpired(true, for: Self.quorn)
            try await vault.store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre")
            #expect(try await store.pages.page(Self.quorn)?.tokenExpired == true)
            #expect(try await store.pages.page(Self.quorn)?.tokenCiphertext == firstSealed)
            try await vault.store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre (Quorn, Leicestershire)")
            #expect(try await store.pages.page(Self.quorn)?.tokenExpired == true)
            try await vault.store(token: Self.otherToken, for: Self.quorn, name: "Quorn Medical Centre")
            let renewed = try #require(try await store.pages.page(Self.quorn))
            #expect(!renewed.tokenExpired)
            #expect(try await vault.token(for: Self.quorn) == PageToken(Self.otherToken))
        }
    }

    @Test("a token replaced by another process is read again, not served stale from memory")
    func cacheFollowsTheRow() async throws {
        try await withStore { store, _ in
            let keyring = SecretKeyring.generate()
            let serving = PageTokenVault(keyring: keyring, store: store)
            let reconnecting = PageTokenVault(keyring: keyring, store: store)
            try await serving.store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre")
            #expect(try await serving.token(for: Self.quorn) == PageToken(Self.token))
            try await reconnecting.store(token: Self.otherToken, for: Self.quorn, name: "Quorn Medical Centre")
            #expect(try await serving.token(for: Self.quorn) == PageToken(Self.otherToken))
        }
    }

    @Test("a ciphertext copied into another page's row does not open there")
    func movedCiphertext() async throws {
        try await withStore { store, _ in
            let vault = PageTokenVault(keyring: .generate(), store: store)
            try await vault.store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre")
            let sealed = try await store.pages.page(Self.quorn)?.tokenCiphertext
            try await store.pages.save(Page(id: Self.riverside, name: "Riverside Surgery", tokenCiphertext: sealed))
            let keyID = await vault.keyring.primary.id
            await #expect(throws: SecretError.tampered(context: "page-token:\(Self.riverside)", keyID: keyID)) {
                try await vault.token(for: Self.riverside)
            }
        }
    }

    @Test("after rotation old tokens still open, and re-encryption moves every token to the new key")
    func rotation() async throws {
        try await withStore { store, _ in
            let original = SecretKeyring.generate()
            let vault = PageTokenVault(keyring: original, store: store)
            try await vault.store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre")
            try await vault.store(token: Self.otherToken, for: Self.riverside, name: "Riverside Surgery")
            try await store.pages.setTokenExpired(true, for: Self.riverside)
            try await store.pages.save(Page(id: PageID("304285542158312"), name: "A page without a token"))

            let rotated = original.rotated()
            let restarted = PageTokenVault(keyring: rotated, store: store)
            #expect(try await restarted.token(for: Self.quorn) == PageToken(Self.token))
            #expect(try await restarted.sealedTokenCounts() == [original.primary.id: 2])

            #expect(try await restarted.reencryptAll(with: rotated) == 2)
            #expect(try await restarted.sealedTokenCounts() == [rotated.primary.id: 2])
            #expect(try await store.pages.page(Self.riverside)?.tokenExpired == true, "re-encryption keeps the expired mark")
            #expect(try await store.pages.page(Self.riverside)?.name == "Riverside Surgery")

            let retired = try await restarted.retiring(original.primary.id)
            #expect(retired.keyIDs == [rotated.primary.id])
            let afterRetiring = PageTokenVault(keyring: retired, store: store)
            #expect(try await afterRetiring.token(for: Self.quorn) == PageToken(Self.token))
            #expect(try await afterRetiring.token(for: Self.riverside) == PageToken(Self.otherToken))
        }
    }

    @Test("a key that still seals a stored token cannot be retired")
    func retiringInUse() async throws {
        try await withStore { store, _ in
            let original = SecretKeyring.generate()
            try await PageTokenVault(keyring: original, store: store).store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre")
            let vault = PageTokenVault(keyring: original.rotated(), store: store)
            await #expect(throws: SecretError.keyInUse(original.primary.id, secrets: 1)) {
                try await vault.retiring(original.primary.id)
            }
            #expect(await vault.keyring.keyIDs.count == 2)
            #expect(try await vault.token(for: Self.quorn) == PageToken(Self.token))
        }
    }

    @Test("re-encryption is all or nothing: a token no key opens leaves every row as it was")
    func reencryptionAllOrNothing() async throws {
        try await withStore { store, _ in
            let keyring = SecretKeyring.generate()
            let vault = PageTokenVault(keyring: keyring, store: store)
            try await vault.store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre")
            let stranger = try SecretKeyring.generate().seal(Self.otherToken, context: PageTokenVault.context(for: Self.riverside))
            try await store.pages.save(Page(id: Self.riverside, name: "Riverside Surgery", tokenCiphertext: stranger))
            let before = try await store.pages.all()
            let namesTheRiversideRow: @Sendable (any Error) -> Bool = { error in
                guard case .unknownKey(_, let context, _)? = error as? SecretError else { return false }
                return context == "page-token:\(Self.riverside)"
            }
            await #expect(performing: { try await vault.verifyAll() }, throws: namesTheRiversideRow)
            await #expect(performing: { try await vault.reencryptAll(with: keyring.rotated()) }, throws: namesTheRiversideRow)
            #expect(try await store.pages.all() == before)
            #expect(await vault.keyring.keyIDs == keyring.keyIDs)
        }
    }

    @Test("a serving vault finds a key added to its key file by decorum keys rotate")
    func picksUpRotatedKeyFile() async throws {
        try await withStore { store, directory in
            let file = KeyFile(path: directory.appendingPathComponent("decorum.key").path)
            let (keyring, _) = try file.loadOrCreate()
            let serving = PageTokenVault(keyring: keyring, store: store, keyFile: file)
            try await serving.store(token: Self.token, for: Self.quorn, name: "Quorn Medical Centre")
            #expect(try await serving.token(for: Self.quorn) == PageToken(Self.token))

            let rotated = keyring.rotated()
            try file.write(rotated)
            try await PageTokenVault(keyring: keyring, store: store).reencryptAll(with: rotated)

            #expect(try await serving.token(for: Self.quorn) == PageToken(Self.token))
            #expect(await serving.keyring.primary.id == rotated.primary.id)
        }
    }
}
