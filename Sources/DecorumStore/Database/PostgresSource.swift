import Logging
import NIOSSL
import PostgresKit

/// A PostgresNIO client pool; its `run()` loop lives as long as the store and ends in `shutdown()`.
final class PostgresSource: ConnectionSource {
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    /// Opens the pool after one trial connection, so a wrong password or host fails at once, by name.
    static func open(_ url: DatabaseURL, _ server: DatabaseURL.PostgresServer, logger: Logger) async throws -> PostgresSource {
        let tls: PostgresConnection.Configuration.TLS = switch server.tls {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        let trial = PostgresConnection.Configuration(
            host: server.host, port: server.port, username: server.username, password: server.password,
            database: server.database, tls: tls)
        do {
            let connection = try await PostgresConnection.connect(configuration: trial, id: 0, logger: logger)
            try await connection.close()
        } catch let error as PSQLError {
            let reason = error.serverInfo?[.message] ?? error.underlying.map { String(describing: $0) } ?? "\(error.code)"
            throw StoreError.cannotConnect(url.description, reason: reason)
        } catch {
            throw StoreError.cannotConnect(url.description, reason: String(describing: error))
        }
        return PostgresSource(server, logger: logger)
    }

    private init(_ server: DatabaseURL.PostgresServer, logger: Logger) {
        let tls: PostgresClient.Configuration.TLS = switch server.tls {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(
            host: server.host, port: server.port, username: server.username, password: server.password,
            database: server.database, tls: tls)
        configuration.options.maximumConnections = 16
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        runner = Task { await client.run() }
    }

    func withConnection<R: Sendable>(urgent: Bool, _ body: (any SQLDatabase) async throws -> R) async throws -> R {
        try await client.withConnection { connection in
            try await body(connection.sql(queryLogLevel: nil, logger: logger))
        }
    }

    func shutdown() async throws {
        runner.cancel()
        await runner.value
    }
}
