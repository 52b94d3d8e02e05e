import DecorumServer
import DecorumStore
import Foundation
import Logging
import Testing

/// `decorum users` as an operator runs it, on a database file of its own.
@Suite("decorum users")
struct UsersCommandTests {
    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs `decorum ARGS` on `database` with `input` on standard input, and waits for it to end.
    static func decorum(_ arguments: [String], database: String, input: String? = nil) async throws -> Run {
        let process = Process()
        process.executableURL = try DecorumProcess.executable()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DECORUM_DATABASE_URL"] = database
        process.environment = environment
        let output = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Output is small; it stays in the pipe until the process ends.
        while process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return Run(status: process.terminationStatus, output: text)
    }

    static func withDatabase(_ body: (String) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-users-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try await body(dir.appendingPathComponent("decorum.sqlite").path)
    }

    static func user(_ login: String, in database: String) async throws -> User? {
        let store = try await Store.openMigrated(try DatabaseURL(database), logger: Logger(label: "users-tests"))
        let user = try await store.users.user(login: login)
        try await store.close()
        return user
    }

    @Test("add prints a one-time password the user must change; list shows role and state and never a hash")
    func addAndList() async throws {
        try await Self.withDatabase { database in
            let added = try await Self.decorum(["users", "add", "P.Shah", "--name", "Priya Shah", "--role", "practice_manager",
                                                "--email", "p.shah@example.nhs.uk"], database: database)
            #expect(added.status == 0, "\(added.output)")
            #expect(added.output.contains("Added p.shah (Priya Shah, Practice manager)."))
            let password = try #require(added.output.split(separator: "\n").first { $0.hasPrefix("One-time password: ") })
                .dropFirst("One-time password: ".count)
            #expect(password.count == 23)
            let user = try #require(try await Self.user("p.shah", in: database))
            #expect(user.mustChangePassword && user.email == "p.shah@example.nhs.uk")

            let chosen = try await Self.decorum(["users", "add", "sg", "--name", "Sam Green", "--role", "Safeguarding lead", "--password-stdin"],
                                                database: database, input: "quiet harbour lantern 42\n")
            #expect(chosen.status == 0, "\(chosen.output)")
            #expect(!chosen.output.contains("One-time password"))
            #expect(try await Self.user("sg", in: database)?.mustChangePassword == false)

            let list = try await Self.decorum(["users", "list"], database: database)
            #expect(list.status == 0)
            let lines = list.output.split(separator: "\n")
            #expect(lines.first?.hasPrefix("LOGIN") == true)
            #expect(lines.contains { $0.hasPrefix("p.shah") && $0.contains("practice_manager") && $0.contains("never (one-time password)") })
            #expect(lines.contains { $0.hasPrefix("sg ") && $0.contains("safeguarding_lead") })
            #expect(!list.output.contains("$2b$"))
        }
    }

    @Test("an unknown role, a taken login, a weak password and an unknown login are refused by name")
    func refusals() async throws {
        try await Self.withDatabase { database in
            let role = try await Self.decorum(["users", "add", "x1", "--name", "X", "--role", "superuser"], database: database)
            #expect(role.status == 1)
            #expect(role.output.contains("\"superuser\" is not a role. Roles are: moderator, practice_manager, safeguarding_lead, deputy_safeguarding_lead, information_governance_lead, admin."))
            _ = try await Self.decorum(["users", "add", "mod", "--name", "A Moderator", "--role", "moderator"], database: database)
            let taken = try await Self.decorum(["users", "add", "MOD", "--name", "B", "--role", "moderator"], database: database)
            #expect(taken.status == 1 && taken.output.contains("There is already a user with the login \"mod\""))
            let weak = try await Self.decorum(["users", "add", "weak", "--name", "W", "--role", "moderator", "--password-stdin"],
                                              database: database, input: "password1234\n")
            #expect(weak.status == 1 && weak.output.contains("cannot be used"))
            let unknown = try await Self.decorum(["users", "reset", "nobody"], database: database)
            #expect(unknown.status == 1 && unknown.output.contains("There is no user with the login \"nobody\""))
        }
    }

    @Test("reset gives a new one-time password and unlocks; disable, enable and role change; the last admin is kept")
    func resetDisableRole() async throws {
        try await Self.withDatabase { database in
            _ = try await Self.decorum(["users", "add", "boss", "--name", "The Boss", "--role", "admin"], database: database)
            _ = try await Self.decorum(["users", "add", "mod", "--name", "A Moderator", "--role", "moderator"], database: database)
            let store = try await Store.openMigrated(try DatabaseURL(database), logger: Logger(label: "users-tests"))
            let mod = try #require(try await store.users.user(login: "mod"))
            for _ in 0..<5 { _ = try await store.users.recordFailedLogin(mod.id, lockAfter: 5, lockFor: .seconds(900)) }
            try await store.close()

            let reset = try await Self.decorum(["users", "reset", "mod"], database: database)
            #expect(reset.status == 0 && reset.output.contains("One-time password: "))
            let unlocked = try #require(try await Self.user("mod", in: database))
            #expect(unlocked.lockedUntil == nil && unlocked.mustChangePassword && unlocked.passwordHash != mod.passwordHash)

            let lastAdmin = try await Self.decorum(["users", "disable", "boss"], database: database)
            #expect(lastAdmin.status == 1 && lastAdmin.output.contains("only admin"))
            let demote = try await Self.decorum(["users", "role", "boss", "moderator"], database: database)
            #expect(demote.status == 1)
            let promoted = try await Self.decorum(["users", "role", "mod", "information-governance-lead"], database: database)
            #expect(promoted.status == 0 && promoted.output.contains("information governance lead"))
            #expect(try await Self.decorum(["users", "disable", "mod"], database: database).status == 0)
            #expect(try await Self.user("mod", in: database)?.disabled == true)
            let list = try await Self.decorum(["users", "list"], database: database)
            #expect(list.output.split(separator: "\n").contains { $0.hasPrefix("mod ") && $0.contains("yes") })
            #expect(try await Self.decorum(["users", "enable", "mod"], database: database).status == 0)
            #expect(try await Self.user("mod", in: database)?.disabled == false)
            #expect(try await Self.user("mod", in: database)?.role == .informationGovernanceLead)
        }
    }
}

/// `decorum keys seal`, as an operator runs it to write a secret setting down sealed.
@Suite("decorum keys seal")
struct KeysSealCommandTests {
    @Test("a secret piped in comes out sealed, without the secret in it, and opens with the key file beside the database")
    func seal() async throws {
        try await UsersCommandTests.withDatabase { database in
            let run = try await UsersCommandTests.decorum(["keys", "seal", "DECORUM_META_APP_SECRET"], database: database,
                                                         input: "0123456789abcdef-app-secret\n")
            #expect(run.status == 0, "\(run.output)")
            let sealed = try #require(run.output.split(separator: "\n").first { $0.hasPrefix("sealed:v1:") }.map(String.init))
            #expect(!run.output.contains("0123456789abcdef-app-secret"))
            let keyring = try KeyFile(path: KeyFile.defaultPath(nextTo: try DatabaseURL(database))).load()
            #expect(try SealedSetting.open(sealed, name: "DECORUM_META_APP_SECRET", keyring: keyring) == "0123456789abcdef-app-secret")

            let wrong = try await UsersCommandTests.decorum(["keys", "seal", "DECORUM_API_TOKENS"], database: database, input: "x")
            #expect(wrong.status != 0 && wrong.output.contains("DECORUM_API_TOKENS is not a secret setting"))
            let empty = try await UsersCommandTests.decorum(["keys", "seal", "DECORUM_PAGE_TOKEN"], database: database, input: "")
            #expect(empty.status != 0 && empty.output.contains("nothing on standard input"))
        }
    }
}
