import DecorumCore
import Foundation
import Testing
@testable import DecorumStore

@Suite("Users")
struct UserRepositoryTests {
    static func newUser(_ login: String, role: UserRole = .moderator, email: String? = nil) -> NewUser {
        NewUser(login: login, name: "Priya Shah", role: role, email: email, passwordHash: "$2b$12$notarealhash", mustChangePassword: false)
    }

    @Test("a user is added with the login in lower case, found by id and by login in any case, and listed by login",
          arguments: TestDatabase.allCases)
    func createAndFind(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            #expect(try await store.users.count() == 0)
            let priya = try await store.users.create(Self.newUser("  P.Shah ", role: .practiceManager, email: "p.shah@example.nhs.uk"))
            #expect(priya.login == "p.shah")
            #expect(priya.role == .practiceManager)
            #expect(priya.email == "p.shah@example.nhs.uk")
            #expect(!priya.disabled && !priya.mustChangePassword && priya.failedLogins == 0 && priya.lockedUntil == nil)
            #expect(try await store.users.user(priya.id) == priya)
            #expect(try await store.users.user(login: "P.SHAH") == priya)
            #expect(try await store.users.user(login: "nobody") == nil)
            let admin = try await store.transaction { tx in try await tx.users.create(Self.newUser("admin", role: .admin)) }
            #expect(try await store.users.all().map(\.login) == ["admin", "p.shah"])
            #expect(try await store.users.count() == 2)
            #expect(try await store.users.activeAdminCount() == 1)
            try await store.users.setDisabled(true, for: admin.id)
            #expect(try await store.users.activeAdminCount() == 0)
            #expect(try await store.users.setDisabled(false, for: admin.id).disabled == false)
        }
    }

    @Test("a login taken in another case, a login with spaces or symbols, an empty name and a bad e-mail are refused by name",
          arguments: TestDatabase.allCases)
    func refusals(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            _ = try await store.users.create(Self.newUser("jbarker"))
            await #expect(throws: UserError.loginTaken("jbarker")) { try await store.users.create(Self.newUser("JBarker")) }
            await #expect(throws: UserError.self) { try await store.users.create(Self.newUser("j barker")) }
            await #expect(throws: UserError.self) { try await store.users.create(Self.newUser("j")) }
            await #expect(throws: UserError.self) { try await store.users.create(Self.newUser(".hidden")) }
            var nameless = Self.newUser("nameless")
            nameless.name = "   "
            await #expect(throws: UserError.self) { try await store.users.create(nameless) }
            await #expect(throws: UserError.self) { try await store.users.create(Self.newUser("mail", email: "not an address")) }
            #expect(try await store.users.count() == 1)
            await #expect(throws: StoreError.notFound(table: "users", id: "999")) {
                try await store.users.setRole(.admin, for: UserID(rawValue: 999))
            }
        }
    }

    @Test("the fifth failure in a row locks the account until the lock ends; a success or a new password clears the count",
          arguments: TestDatabase.allCases)
    func lockOut(database: TestDatabase) async throws {
        let clock = ManualClock()
        try await database.withStore(clock: clock.storeClock) { store, _ in
            let user = try await store.users.create(Self.newUser("mod1"))
            for attempt in 1...4 {
                let failure = try await store.users.recordFailedLogin(user.id, lockAfter: 5, lockFor: .seconds(900))
                #expect(failure.user.failedLogins == attempt)
                #expect(!failure.lockedNow)
                #expect(!failure.user.isLocked(at: clock.now))
            }
            let fifth = try await store.users.recordFailedLogin(user.id, lockAfter: 5, lockFor: .seconds(900))
            #expect(fifth.lockedNow)
            #expect(fifth.user.isLocked(at: clock.now))
            let until = try #require(fifth.user.lockedUntil)
            #expect(abs(until.timeIntervalSince(clock.now) - 900) < 0.01)
            clock.advance(by: 899)
            #expect(try #require(try await store.users.user(user.id)).isLocked(at: clock.now))
            clock.advance(by: 2)
            #expect(!(try #require(try await store.users.user(user.id)).isLocked(at: clock.now)))

            _ = try await store.users.recordFailedLogin(user.id, lockAfter: 5, lockFor: .seconds(900))
            let signedIn = try await store.users.recordSuccessfulLogin(user.id)
            #expect(signedIn.failedLogins == 0 && signedIn.lockedUntil == nil)
            #expect(signedIn.lastLoginAt.map { abs($0.timeIntervalSince(clock.now)) < 0.01 } == true)

            for _ in 1...5 { _ = try await store.users.recordFailedLogin(user.id, lockAfter: 5, lockFor: .seconds(900)) }
            let reset = try await store.users.setPasswordHash("$2b$12$another", for: user.id, mustChange: true)
            #expect(reset.lockedUntil == nil && reset.failedLogins == 0)
            #expect(reset.mustChangePassword && reset.passwordHash == "$2b$12$another")
            #expect(try await store.users.setPasswordHash("$2b$12$mine", for: user.id, mustChange: false).mustChangePassword == false)
            #expect(try await store.users.setRole(.safeguardingLead, for: user.id).role == .safeguardingLead)
        }
    }

    @Test("failures recorded at once from many tasks are all counted", arguments: TestDatabase.allCases)
    func concurrentFailures(database: TestDatabase) async throws {
        try await database.withStore { store, _ in
            let user = try await store.users.create(Self.newUser("mod2"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<7 {
                    group.addTask { _ = try await store.users.recordFailedLogin(user.id, lockAfter: 100, lockFor: .seconds(1)) }
                }
                try await group.waitForAll()
            }
            #expect(try #require(try await store.users.user(user.id)).failedLogins == 7)
        }
    }

    @Test("roles parse from their stored names, titles and hyphenated forms; an unknown role lists the roles")
    func roles() throws {
        #expect(try UserRole(parsing: "practice_manager") == .practiceManager)
        #expect(try UserRole(parsing: "Safeguarding lead") == .safeguardingLead)
        #expect(try UserRole(parsing: "information-governance-lead") == .informationGovernanceLead)
        #expect(try UserRole(parsing: "Deputy safeguarding lead") == .deputySafeguardingLead)
        #expect(UserRole.allCases.map(\.rawValue) == ["moderator", "practice_manager", "safeguarding_lead", "deputy_safeguarding_lead", "information_governance_lead", "admin"])
        #expect(throws: UserError.unknownRole("superuser")) { try UserRole(parsing: "superuser") }
        #expect(UserError.unknownRole("superuser").description.contains("moderator, practice_manager, safeguarding_lead"))
    }
}
