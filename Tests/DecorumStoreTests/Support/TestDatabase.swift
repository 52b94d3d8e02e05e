import DecorumStore
import Foundation
import Logging
import SQLKit
import Testing
@testable import DecorumStore

/// The databases every store test runs against: SQLite always, PostgreSQL when
/// `DECORUM_TEST_POSTGRES_URL` names a server (`eval "$(sh .ci/postgres.sh)"` sets one up).
enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let postgresURL = ProcessInfo.processInfo.environment["DECORUM_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    static let logger: Logger = {
        var logger = Logger(label: "decorum.store.tests")
        logger.logLevel = .warning
        return logger
    }()

    /// Runs `body` on a fresh, migrated database of this kind (an SQLite file in a new temporary
    /// directory, or a new PostgreSQL database), removed afterwards; skips PostgreSQL when no server is configured.
    func withStore(
        clock: StoreClock = .system, migrate: Bool = true, _ body: (Store, DatabaseURL) async throws -> Void
    ) async throws {
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let url = try DatabaseURL(directory.appendingPathComponent("decorum.sqlite").path)
            try await run(url, clock: clock, migrate: migrate, body)
        case .postgres:
            guard let base = Self.postgresURL else {
                let reason = "PostgreSQL case skipped: DECORUM_TEST_POSTGRES_URL is unset (eval \"$(sh .ci/postgres.sh)\" to run it)"
                print(reason)
                try Test.cancel(Comment(rawValue: reason))
            }
            let baseURL = try DatabaseURL(base)
            guard case .postgres(var server) = baseURL.location else {
                Issue.record("DECORUM_TEST_POSTGRES_URL is not a postgres:// URL: \(baseURL)")
                return
            }
            let name = "decorum_test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
            let admin = try await Store.open(baseURL, logger: Self.logger)
            try await admin.read { db in try await db.raw("CREATE DATABASE \(ident: name)").run() }
            server.database = name
            let url = DatabaseURL(location: .postgres(server))
            do {
                try await run(url, clock: clock, migrate: migrate, body)
            } catch {
                try? await admin.read { db in try await db.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run() }
                try? await admin.close()
                throw error
            }
            try await admin.read { db in try await db.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run() }
            try await admin.close()
        }
    }

    private func run(
        _ url: DatabaseURL, clock: StoreClock, migrate: Bool, _ body: (Store, DatabaseURL) async throws -> Void
    ) async throws {
        let store = try await Store.open(url, logger: Self.logger, clock: clock)
        do {
            if migrate { try await store.migrate() }
            try await body(store, url)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }
}
