import ArgumentParser
import Configuration
import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Logging

/// `decorum keys list|rotate|retire`: the keys that encrypt the Page tokens stored in the database.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List, rotate and retire the keys that encrypt the stored Page tokens.",
        discussion: """
            Keys come from DECORUM_SECRET_KEY (base64 of 32 bytes, several separated by commas, the first primary) \
            or else from the key file: DECORUM_KEY_FILE, by default decorum.key next to the database \
            (DECORUM_DATABASE_URL, by default ./decorum.sqlite).
            """,
        subcommands: [List.self, Rotate.self, Retire.self, Seal.self]
    )

    struct Seal: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Encrypt a secret setting read from standard input, to write down sealed instead of in the clear.",
            discussion: "echo -n \"$SECRET\" | decorum keys seal DECORUM_META_APP_SECRET  prints sealed:v1:…; put that in the configuration file or environment. Reading standard input keeps the secret out of the shell's history.")

        @Argument(help: "The setting: DECORUM_META_APP_SECRET or DECORUM_PAGE_TOKEN.")
        var name: String

        func validate() throws {
            guard ["DECORUM_META_APP_SECRET", "DECORUM_PAGE_TOKEN"].contains(name) else {
                throw ValidationError("\(name.prefix(60)) is not a secret setting Decorum seals: DECORUM_META_APP_SECRET or DECORUM_PAGE_TOKEN")
            }
        }

        func run() async throws {
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            let secret = input.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !secret.isEmpty else { throw ValidationError("nothing on standard input: pipe the secret in, e.g. echo -n \"$SECRET\" | decorum keys seal \(name)") }
            guard !secret.hasPrefix(SealedSetting.prefix) else { throw ValidationError("that is sealed already") }
            do {
                let reader = ConfigReader(provider: EnvironmentVariablesProvider())
                let source = try SecretKeySource.resolve(reader: reader, database: try KeysCommand.databaseURL(reader))
                let (keyring, created) = try source.load(createIfMissing: true)
                if created, case .file(let file) = source { StandardError.write("Made the key file \(file.path): back it up; decorum serve needs it to open this.") }
                print(try SealedSetting.seal(secret, name: name, keyring: keyring))
            } catch {
                StandardError.write("decorum keys seal: \(error)")
                throw ExitCode(1)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show each key's id, which is primary, and how many tokens it seals (never the keys).")

        func run() async throws {
            try await KeysCommand.withVault { source, vault in
                let keyring = await vault.keyring
                let counts = try await vault.sealedTokenCounts()
                say("Keys from \(source):")
                for id in keyring.keyIDs {
                    let role = id == keyring.primary.id ? "primary" : "       "
                    say("  \(id)  \(role)  seals \(tokens(counts[id] ?? 0))")
                }
                for (id, count) in counts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where keyring.key(id) == nil {
                    say("  \(id)  missing  seals \(tokens(count)) that cannot be opened: restore the key file that held key \(id), or reconnect the pages.")
                }
            } whenNoKeyFile: { file in
                say("There is no key file at \(file.path) yet: decorum serve creates one on first run.")
            }
        }
    }

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a new primary key and re-encrypt every stored token with it; the old keys are kept.")

        func run() async throws {
            try await KeysCommand.withVault { source, vault in
                // Refused before anything changes if some token does not open now.
                try await vault.verifyAll()
                let next = await vault.keyring.rotated()
                // The new keys are saved (from DECORUM_SECRET_KEY: shown) before any token is re-encrypted
                // with them. A crash before the rename leaves the old file and the old tokens; after it, the
                // file holds the old keys as well as the new, so every token opens whether or not the
                // re-encryption (one transaction) committed. Re-encrypting first could leave tokens sealed
                // with a key that existed only in this process.
                switch source {
                case .file(let file):
                    try file.write(next)
                case .environment:
                    say("Set \(SecretKeySource.secretKeyVariable) to this value (the new primary key first, then the old keys) before Decorum next starts:")
                    say(SecretKeySource.environmentValue(for: next))
                }
                let count = try await vault.reencryptAll(with: next)
                say("New primary key \(next.primary.id); \(tokens(count)) re-encrypted with it.")
                switch source {
                case .file(let file):
                    say("Saved in \(file.path): back it up with the database. A running decorum serve reads it again when it meets the new key.")
                case .environment:
                    say("The stored tokens now need the new value: set it now and restart decorum serve.")
                }
                let old = next.keyIDs.dropFirst().map(\.rawValue)
                if !old.isEmpty {
                    say("The old \(old.count == 1 ? "key" : "keys") (\(old.joined(separator: ", "))) now \(old.count == 1 ? "seals" : "seal") nothing new; decorum keys retire KEYID removes one.")
                }
            }
        }
    }

    struct Retire: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a key that no stored token uses any more.")

        @Argument(help: "The id of the key to remove (decorum keys list shows them).")
        var keyID: String

        func run() async throws {
            try await KeysCommand.withVault { source, vault in
                let id = SecretKeyID(keyID.lowercased())
                let next = try await vault.retiring(id)
                switch source {
                case .file(let file):
                    try file.write(next)
                    say("Key \(id) removed from \(file.path); the keys are now \(next.keyIDs.map(\.rawValue).joined(separator: ", ")).")
                case .environment:
                    say("No stored token uses key \(id). Set \(SecretKeySource.secretKeyVariable) to this value, without it:")
                    say(SecretKeySource.environmentValue(for: next))
                }
            }
        }
    }

    /// Loads the keys (never creating a key file) and opens the migrated database, runs `body`, and says
    /// what went wrong, if anything, as a sentence on standard error.
    static func withVault(
        _ body: (SecretKeySource, PageTokenVault) async throws -> Void,
        whenNoKeyFile: ((KeyFile) -> Void)? = nil
    ) async throws {
        do {
            let reader = ConfigReader(provider: EnvironmentVariablesProvider())
            let url = try databaseURL(reader)
            let source = try SecretKeySource.resolve(reader: reader, database: url)
            guard let keyring = try loadKeyring(source, whenNoKeyFile: whenNoKeyFile) else { return }
            let store = try await Store.openMigrated(url, logger: logger)
            do {
                try await body(source, PageTokenVault(keyring: keyring, store: store))
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        } catch {
            StandardError.write("decorum keys: \(error)")
            throw ExitCode(1)
        }
    }

    private static let logger: Logger = {
        var logger = Logger(label: "decorum")
        logger.logLevel = .warning
        return logger
    }()

    static func databaseURL(_ reader: ConfigReader) throws -> DatabaseURL {
        let text = reader.scoped(to: "decorum").string(forKey: "database.url", default: "./decorum.sqlite")
        do { return try DatabaseURL(text) } catch { throw CLIError.invalid("DECORUM_DATABASE_URL: \(error)") }
    }

    /// The keys, or nil when there is no key file and `whenNoKeyFile` has said so.
    private static func loadKeyring(_ source: SecretKeySource, whenNoKeyFile: ((KeyFile) -> Void)?) throws -> SecretKeyring? {
        if case .file(let file) = source, let whenNoKeyFile, !file.exists {
            whenNoKeyFile(file)
            return nil
        }
        return try source.load(createIfMissing: false).keyring
    }
}

/// Writes a line to standard output at once, so the new key value is out before the re-encryption starts.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

private func tokens(_ count: Int) -> String {
    count == 1 ? "1 token" : "\(count) tokens"
}
