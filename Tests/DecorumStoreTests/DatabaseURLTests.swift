import DecorumStore
import Testing

@Suite("Database URLs")
struct DatabaseURLTests {
    @Test("SQLite is named by a path or an sqlite: URL", arguments: [
        ("./decorum.sqlite", DatabaseURL.Location.sqliteFile(path: "./decorum.sqlite")),
        ("decorum.db", .sqliteFile(path: "decorum.db")),
        ("/var/lib/decorum/decorum.sqlite", .sqliteFile(path: "/var/lib/decorum/decorum.sqlite")),
        ("sqlite:///var/lib/decorum.sqlite", .sqliteFile(path: "/var/lib/decorum.sqlite")),
        ("sqlite:data/decorum.sqlite", .sqliteFile(path: "data/decorum.sqlite")),
        ("  ./decorum.sqlite\n", .sqliteFile(path: "./decorum.sqlite")),
        ("sqlite::memory:", .sqliteMemory),
    ])
    func sqlite(text: String, location: DatabaseURL.Location) throws {
        let url = try DatabaseURL(text)
        #expect(url.location == location)
        #expect(url.dialect == .sqlite)
    }

    @Test("a postgres URL gives the server, user, password, database and TLS mode")
    func postgres() throws {
        let url = try DatabaseURL("postgresql://decorum:s%40cret@db.example.org:6543/moderation?sslmode=require")
        guard case .postgres(let server) = url.location else {
            Issue.record("not PostgreSQL: \(url)")
            return
        }
        #expect(server.host == "db.example.org")
        #expect(server.port == 6543)
        #expect(server.username == "decorum")
        #expect(server.password == "s@cret")
        #expect(server.database == "moderation")
        #expect(server.tls == .require)
        #expect(url.dialect == .postgres)
    }

    @Test("a postgres URL defaults to port 5432 and TLS when offered")
    func postgresDefaults() throws {
        guard case .postgres(let server) = try DatabaseURL("postgres://decorum@localhost/decorum").location else {
            Issue.record("not PostgreSQL")
            return
        }
        #expect(server.port == 5432)
        #expect(server.password == nil)
        #expect(server.tls == .prefer)
    }

    @Test("a bad URL is refused with the reason", arguments: [
        ("", "empty"),
        ("   ", "empty"),
        ("mysql://root:pw@localhost/decorum", "\"mysql\" is not a supported database"),
        ("postgres://localhost/decorum", "user name is missing"),
        ("postgres://decorum:pw@/decorum", "host name is missing"),
        ("postgres://decorum:pw@localhost", "database name is missing"),
        ("postgres://decorum:pw@localhost:5432/", "database name is missing"),
        ("postgres://decorum:pw@localhost/decorum?sslmode=sometimes", "sslmode \"sometimes\""),
        ("postgres://decorum:pw@localhost/decorum?timeout=5", "\"timeout\" is not supported"),
        ("sqlite://relative.sqlite", "absolute path"),
        ("sqlite:", "file path is missing"),
        ("/var/lib/decorum/", "names a directory"),
    ])
    func refused(text: String, reason: String) {
        #expect {
            try DatabaseURL(text)
        } throws: { error in
            String(describing: error).contains(reason)
        }
    }

    @Test("the password never appears in the description or in errors")
    func passwordHidden() throws {
        let url = try DatabaseURL("postgres://decorum:hunter2@localhost/decorum")
        #expect(!url.description.contains("hunter2"))
        #expect(url.description.contains("decorum:***@localhost"))
        #expect {
            try DatabaseURL("mysql://root:hunter2@localhost/decorum")
        } throws: { error in
            !String(describing: error).contains("hunter2") && String(describing: error).contains("root:***@")
        }
        #expect {
            try DatabaseURL("postgres://decorum:hunter2@localhost/decorum?sslmode=maybe")
        } throws: { error in
            !String(describing: error).contains("hunter2")
        }
    }
}
