import ArgumentParser
import Configuration
import DecorumCore
import DecorumStore
import Foundation
import Logging

/// What the commands that work on the database alone (`users`, `audit`, `hold`, `purge`, `evidence`) share: the store
/// named by DECORUM_DATABASE_URL, migrated, and errors said as one sentence on standard error.
enum CommandStore {
    /// Opens the migrated database, runs `body`, closes it; an error is written as "decorum `command`: …" with exit status 1.
    static func with(_ command: String, _ body: (Store) async throws -> Void) async throws {
        do {
            try await Store.withOpenMigrated(try databaseURL(), logger: logger, body)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.write("decorum \(command): \(error)")
            throw ExitCode(1)
        }
    }

    /// The policy a running Decorum enforces: the newest saved from the dashboard, else DECORUM_POLICY and
    /// DECORUM_STAFF (or the built-in guidance).
    static func policyInForce(_ store: Store) async throws -> Policy {
        if let saved = try await savedPolicy(store) { return saved.policy }
        return try PolicyFiles.load(policyPath: setting("policy"), staffPath: setting("staff"))
    }

    /// The newest policy saved from the dashboard, loaded, with its version.
    static func savedPolicy(_ store: Store) async throws -> (policy: Policy, version: PolicyVersion)? {
        guard let saved = try await store.policyVersions.latest() else { return nil }
        do {
            return (try PolicyLoader.load(yaml: saved.yaml, staffCSV: saved.staffCSV, file: "policy version \(saved.id)"), saved)
        } catch {
            throw CLIError.invalid("the policy saved from the dashboard (version \(saved.id)) cannot be loaded: \(error)")
        }
    }

    /// Who the audit log says did something from the command line: `--by`, else the account running the command.
    static func actor(_ by: String?) -> String {
        if let by = by?.trimmingCharacters(in: .whitespaces), !by.isEmpty { return by }
        return "command-line (\(ProcessInfo.processInfo.userName))"
    }

    private static func databaseURL() throws -> DatabaseURL {
        let text = setting("database.url") ?? "./decorum.sqlite"
        do { return try DatabaseURL(text) } catch { throw CLIError.invalid("DECORUM_DATABASE_URL: \(error)") }
    }

    private static func setting(_ key: String) -> String? {
        ConfigReader(provider: EnvironmentVariablesProvider()).scoped(to: "decorum").string(forKey: ConfigKey(key)).flatMap { $0.isEmpty ? nil : $0 }
    }

    private static let logger: Logger = {
        var logger = Logger(label: "decorum")
        logger.logLevel = .warning
        return logger
    }()
}
