import ArgumentParser
import Configuration
import DecorumCore
import DecorumServer
import DecorumStore
import Foundation
import Logging

/// `decorum users add|reset|list|disable|enable|role`: the people who sign in to the dashboard.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Add, list, reset, disable and enable the people who sign in to the dashboard, and change their roles.",
        discussion: """
            Works on the database in DECORUM_DATABASE_URL (by default ./decorum.sqlite). Roles: \
            \(UserRole.allCases.map(\.rawValue).joined(separator: ", ")). Every change is recorded in the audit log.
            """,
        subcommands: [Add.self, Reset.self, List.self, Disable.self, Enable.self, SetRole.self]
    )

    /// Who the audit log says made a change from here.
    static let actor = "command-line"

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user; prints a one-time password they must change at first log-in.")

        @Argument(help: "What they type to sign in: letters, digits, dots, hyphens, underscores or @ (kept in lower case).")
        var login: String
        @Option(help: "Their name as colleagues know it.")
        var name: String
        @Option(help: "Their role: \(UserRole.allCases.map(\.rawValue).joined(separator: ", ")).")
        var role: String
        @Option(help: "Their e-mail address (for alerts).")
        var email: String?
        @Flag(help: "Read their password from standard input (one line) instead of making a one-time password.")
        var passwordStdin = false

        func run() async throws {
            try await UsersCommand.withStore { store in
                let role = try UserRole(parsing: role)
                let normalized = try User.normalizedLogin(login)
                let chosen = passwordStdin ? try UsersCommand.readPassword(login: normalized) : nil
                let password = chosen ?? OneTimePassword.generate()
                let hash = try await PasswordHasher().hash(password)
                let user = try await store.transaction { tx in
                    let user = try await tx.users.create(NewUser(
                        login: normalized, name: name, role: role, email: email, passwordHash: hash, mustChangePassword: chosen == nil))
                    try await tx.audit.append(actor: UsersCommand.actor, event: AuthEvent.created, itemID: nil, details: .object([
                        ("login", .string(user.login)), ("role", .string(user.role.rawValue)),
                    ]))
                    return user
                }
                print("Added \(user.login) (\(user.name), \(user.role.title)).")
                if chosen == nil { UsersCommand.printOneTime(password) }
            }
        }
    }

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a user a new one-time password, unlock them, and end their sessions.")

        @Argument(help: "The user's login.")
        var login: String

        func run() async throws {
            try await UsersCommand.withStore { store in
                let user = try await UsersCommand.user(login, in: store)
                let password = OneTimePassword.generate()
                let hash = try await PasswordHasher().hash(password)
                try await store.transaction { tx in
                    try await tx.users.setPasswordHash(hash, for: user.id, mustChange: true)
                    try await tx.audit.append(actor: UsersCommand.actor, event: AuthEvent.passwordReset, itemID: nil, details: .object([
                        ("login", .string(user.login)),
                    ]))
                }
                print("New one-time password for \(user.login) (\(user.name)); the account is unlocked and signed out everywhere.")
                UsersCommand.printOneTime(password)
                if user.disabled { print("The account is still disabled: decorum users enable \(user.login) switches it back on.") }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every user with their role, state and last log-in (never passwords).")

        func run() async throws {
            try await UsersCommand.withStore { store in
                let users = try await store.users.all()
                guard !users.isEmpty else {
                    print("There are no users yet: decorum serve creates an admin on first run, or use decorum users add.")
                    return
                }
                let now = store.clock.now()
                let rows = [["LOGIN", "NAME", "ROLE", "LOCKED", "DISABLED", "LAST LOG-IN"]] + users.map { user in
                    [
                        user.login, TerminalText.safe(user.name), user.role.rawValue,
                        user.isLocked(at: now) ? "until " + UsersCommand.time(user.lockedUntil!) : "no",
                        user.disabled ? "yes" : "no",
                        user.lastLoginAt.map(UsersCommand.time) ?? (user.mustChangePassword ? "never (one-time password)" : "never"),
                    ]
                }
                for line in ColumnText.lines(rows) { print(line) }
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Switch a user off: they cannot sign in and their sessions end.")

        @Argument(help: "The user's login.")
        var login: String

        func run() async throws {
            try await UsersCommand.withStore { store in
                let user = try await UsersCommand.user(login, in: store)
                if user.role == .admin, !user.disabled, try await store.users.activeAdminCount() <= 1 {
                    throw CLIError.invalid("\(user.login) is the only admin who can sign in; make another user an admin first (decorum users role LOGIN admin).")
                }
                try await UsersCommand.change(user, in: store, event: AuthEvent.disabled) { tx in try await tx.users.setDisabled(true, for: user.id) }
                print("\(user.login) is disabled and signed out everywhere; decorum users enable \(user.login) switches them back on.")
            }
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Switch a disabled user back on.")

        @Argument(help: "The user's login.")
        var login: String

        func run() async throws {
            try await UsersCommand.withStore { store in
                let user = try await UsersCommand.user(login, in: store)
                try await UsersCommand.change(user, in: store, event: AuthEvent.enabled) { tx in try await tx.users.setDisabled(false, for: user.id) }
                print("\(user.login) can sign in again.")
            }
        }
    }

    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "role", abstract: "Change a user's role.")

        @Argument(help: "The user's login.")
        var login: String
        @Argument(help: "The new role: \(UserRole.allCases.map(\.rawValue).joined(separator: ", ")).")
        var role: String

        func run() async throws {
            try await UsersCommand.withStore { store in
                let role = try UserRole(parsing: role)
                let user = try await UsersCommand.user(login, in: store)
                if user.role == .admin, role != .admin, !user.disabled, try await store.users.activeAdminCount() <= 1 {
                    throw CLIError.invalid("\(user.login) is the only admin who can sign in; make another user an admin first.")
                }
                try await UsersCommand.change(user, in: store, event: AuthEvent.roleChanged, details: [
                    ("from", .string(user.role.rawValue)), ("to", .string(role.rawValue)),
                ]) { tx in try await tx.users.setRole(role, for: user.id) }
                print("\(user.login) is now \(role.title.lowercased()) (was \(user.role.title.lowercased())).")
            }
        }
    }

    /// Opens the migrated database, runs `body`, and says what went wrong, if anything, as a sentence on standard error.
    static func withStore(_ body: (Store) async throws -> Void) async throws {
        try await CommandStore.with("users", body)
    }

    static func user(_ login: String, in store: Store) async throws -> User {
        guard let user = try await store.users.user(login: login) else { throw UserError.unknownLogin(login) }
        return user
    }

    /// Changes the user and records it in the audit log, in one transaction.
    static func change(
        _ user: User, in store: Store, event: String, details: [(String, JSONValue)] = [],
        _ body: @Sendable (Transaction) async throws -> User
    ) async throws {
        try await store.transaction { tx in
            _ = try await body(tx)
            try await tx.audit.append(actor: actor, event: event, itemID: nil, details: .object([("login", .string(user.login))] + details))
        }
    }

    /// One line from standard input, checked against the password rules.
    static func readPassword(login: String) throws -> String {
        guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
            throw CLIError.invalid("--password-stdin was given but standard input held no password; send it as one line.")
        }
        let problems = PasswordRules.problems(line, login: login)
        guard problems.isEmpty else {
            throw CLIError.invalid("The password from standard input cannot be used: " + problems.joined(separator: " "))
        }
        return line
    }

    static func printOneTime(_ password: String) {
        print("One-time password: \(password)")
        print("Give it to them in person or by phone. They must choose their own password when they first sign in; it is not shown again.")
    }

    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
