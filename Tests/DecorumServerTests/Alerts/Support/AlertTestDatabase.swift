import DecorumStore
import Foundation
import Logging
import SQLKit
import Synchronization
import Testing
@testable import DecorumStore

/// The databases the alert services are tested on: SQLite always, PostgreSQL when `DECORUM_TEST_POSTGRES_URL`
/// names a server (as the store's own tests do).
enum AlertTestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let logger: Logger = {
        var logger = Logger(label: "decorum.alerts.tests")
        logger.logLevel = .warning
        return logger
    }()

    /// Runs `body` on a fresh, migrated database of this kind, removed afterwards; skips PostgreSQL when no server is configured.
    func withStore(clock: StoreClock = .system, _ body: (Store) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-alerts-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let store = try await Store.openMigrated(try DatabaseURL(directory.appendingPathComponent("a.sqlite").path), logger: Self.logger, clock: clock)
            try await Self.run(store, body)
        case .postgres:
            guard let base = ProcessInfo.processInfo.environment["DECORUM_TEST_POSTGRES_URL"], !base.isEmpty else {
                try Test.cancel("PostgreSQL case skipped: DECORUM_TEST_POSTGRES_URL is unset")
            }
            let baseURL = try DatabaseURL(base)
            guard case .postgres(var server) = baseURL.location else {
                Issue.record("DECORUM_TEST_POSTGRES_URL is not a postgres:// URL: \(baseURL)")
                return
            }
            let name = "decorum_alerts_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
            let admin = try await Store.open(baseURL, logger: Self.logger)
            try await admin.read { db in try await db.raw("CREATE DATABASE \(ident: name)").run() }
            server.database = name
            do {
                let store = try await Store.openMigrated(DatabaseURL(location: .postgres(server)), logger: Self.logger, clock: clock)
                try await Self.run(store, body)
            } catch {
                try? await admin.read { db in try await db.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run() }
                try? await admin.close()
                throw error
            }
            try await admin.read { db in try await db.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run() }
            try await admin.close()
        }
    }

    private static func run(_ store: Store, _ body: (Store) async throws -> Void) async throws {
        do {
            try await body(store)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }
}

/// A clock that moves only when a test says so.
final class AlertTestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_750_000_000)) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }

    var storeClock: StoreClock { StoreClock { [self] in now } }
}
