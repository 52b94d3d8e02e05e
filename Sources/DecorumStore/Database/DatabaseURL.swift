import struct Foundation.URLComponents

/// Where the store lives: an SQLite file (the default, `./decorum.sqlite`), an in-memory SQLite database,
/// or a PostgreSQL server.
///
/// Accepted spellings: a plain path (`./decorum.sqlite`, `/var/lib/decorum/decorum.sqlite`),
/// `sqlite:///absolute/path.sqlite`, `sqlite:relative/path.sqlite`, `sqlite::memory:`, and
/// `postgres://user:password@host:5432/database?sslmode=disable|prefer|require` (or `postgresql://`).
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The kind of database and how to reach it.
    public enum Location: Sendable, Hashable {
        /// An SQLite database file, created if missing.
        case sqliteFile(path: String)
        /// An SQLite database that lives only as long as the store (tests, demos).
        case sqliteMemory
        /// A PostgreSQL server.
        case postgres(PostgresServer)
    }

    /// How to reach a PostgreSQL server.
    public struct PostgresServer: Sendable, Hashable {
        /// Whether the connection uses TLS.
        public enum TLSMode: String, Sendable, Hashable {
            /// Never use TLS.
            case disable
            /// Use TLS when the server offers it (the default, as libpq does).
            case prefer
            /// Refuse to connect without TLS, and verify the server's certificate.
            case require
        }
        public var host: String
        public var port: Int
        public var username: String
        public var password: String?
        public var database: String
        public var tls: TLSMode
    }

    /// The kind of database and how to reach it.
    public let location: Location

    /// The database's dialect.
    public var dialect: Dialect {
        switch location {
        case .sqliteFile, .sqliteMemory: .sqlite
        case .postgres: .postgres
        }
    }

    /// A URL for a location built in code.
    public init(location: Location) { self.location = location }

    /// Parses a database URL; the error names what is wrong and never shows the password.
    public init(_ string: String) throws(StoreError) {
        let text = string.trimmingWhitespace
        guard !text.isEmpty else { throw StoreError.invalidDatabaseURL(string, reason: "it is empty") }
        if text == "sqlite::memory:" || text == ":memory:" {
            location = .sqliteMemory
        } else if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            location = .postgres(try Self.parsePostgres(text))
        } else if text.hasPrefix("sqlite://") {
            let path = String(text.dropFirst("sqlite://".count))
            guard path.hasPrefix("/"), path.count > 1 else {
                throw StoreError.invalidDatabaseURL(text, reason: "after sqlite:// comes an absolute path, as in sqlite:///var/lib/decorum.sqlite")
            }
            location = .sqliteFile(path: path)
        } else if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw StoreError.invalidDatabaseURL(text, reason: "the file path is missing") }
            location = .sqliteFile(path: path)
        } else if let colon = text.firstIndex(of: ":"), text[colon...].hasPrefix("://") {
            let scheme = text[..<colon]
            throw StoreError.invalidDatabaseURL(
                Self.redacted(text), reason: "\"\(scheme)\" is not a supported database; use sqlite or postgres")
        } else {
            guard !text.hasSuffix("/") else {
                throw StoreError.invalidDatabaseURL(text, reason: "it names a directory; name the database file, as in ./decorum.sqlite")
            }
            location = .sqliteFile(path: text)
        }
    }

    /// The URL with any password replaced by `***`, safe to log.
    public var description: String {
        switch location {
        case .sqliteMemory: return "sqlite::memory:"
        case .sqliteFile(let path): return path.hasPrefix("/") ? "sqlite://\(path)" : "sqlite:\(path)"
        case .postgres(let server):
            let credentials = server.username + (server.password == nil ? "" : ":***")
            return "postgres://\(credentials)@\(server.host):\(server.port)/\(server.database)?sslmode=\(server.tls.rawValue)"
        }
    }

    private static func parsePostgres(_ text: String) throws(StoreError) -> PostgresServer {
        let shown = redacted(text)
        guard let components = URLComponents(string: text) else {
            throw StoreError.invalidDatabaseURL(shown, reason: "it is not a well-formed URL (percent-encode special characters in the password)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError.invalidDatabaseURL(shown, reason: "the server's host name is missing")
        }
        guard let user = components.user, !user.isEmpty else {
            throw StoreError.invalidDatabaseURL(shown, reason: "the user name is missing (postgres://user:password@host/database)")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw StoreError.invalidDatabaseURL(shown, reason: "the database name is missing or contains a slash")
        }
        let port = components.port ?? 5432
        guard (1...65535).contains(port) else {
            throw StoreError.invalidDatabaseURL(shown, reason: "the port \(port) is out of range")
        }
        var tls = PostgresServer.TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name.lowercased() {
            case "sslmode", "tlsmode", "ssl", "tls":
                switch item.value?.lowercased() ?? "" {
                case "disable", "false": tls = .disable
                case "prefer", "allow", "true": tls = .prefer
                case "require", "verify-ca", "verify-full": tls = .require
                case let other:
                    throw StoreError.invalidDatabaseURL(shown, reason: "sslmode \"\(other)\" is not one of disable, prefer, require")
                }
            default:
                throw StoreError.invalidDatabaseURL(shown, reason: "the parameter \"\(item.name)\" is not supported (only sslmode)")
            }
        }
        return PostgresServer(
            host: host, port: port, username: user, password: components.password, database: database, tls: tls)
    }

    /// Hides the password of a `scheme://user:password@host` URL without parsing the rest.
    static func redacted(_ text: String) -> String {
        guard let schemeEnd = text.firstRange(of: "://"), let at = text[schemeEnd.upperBound...].lastIndex(of: "@") else { return text }
        let userInfo = text[schemeEnd.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
