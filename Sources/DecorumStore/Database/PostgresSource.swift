import Logging
import NIOSSL
import PostgresKit

/// A PostgresNIO client pool; its `run()` loop lives as long as the store and ends in `shutdown()`.
final class PostgresSource: ConnectionSource {
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    init(_ server: DatabaseURL.PostgresServer, logger: Logger) throws {
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

    func withConnection<R: Sendable>(_ body: (any SQLDatabase) async throws -> R) async throws -> R {
        try await client.withConnection { connection in
            try await body(connection.sql(queryLogLevel: nil, logger: logger))
        }
    }

    func shutdown() async throws {
        runner.cancel()
        await runner.value
    }
}
