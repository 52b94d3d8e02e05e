import DecorumServer
import DecorumStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// Log-in, sessions, CSRF, lock-out and roles over a live HTTP server on a real SQLite database.
@Suite("Dashboard access")
struct DashboardAuthTests {
    @Test("signing in redirects home and sets a session cookie that is HttpOnly, SameSite=Lax, path /, not Secure over plain HTTP")
    func signIn() async throws {
        try await AuthHarness.run { h in
            try await h.addUser("p.shah", role: .practiceManager)
            let before = try await h.openLogin()
            let (response, browser) = try await h.logIn("P.Shah", AuthHarness.password, from: before)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("decorum_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            // A new session id at log-in, and the one from before log-in is gone from the database.
            #expect(browser.cookie != before.cookie)
            let home = try await h.get("/", browser: browser)
            #expect(home.status == .ok)
            #expect(String(buffer: home.body).hasPrefix("home of p.shah"))
            let old = try await h.get("/", browser: before)
            #expect(old.status == .seeOther)
            let user = try #require(try await h.store.users.user(login: "p.shah"))
            #expect(user.lastLoginAt != nil)
            #expect(try await h.store.audit.list(limit: 10, after: nil).map(\.event) == ["user.signed_in"])
        }
    }

    @Test("the cookie is Secure when a trusted proxy says the browser used HTTPS, and not when the proxy is not trusted")
    func secureCookie() async throws {
        let headers: HTTPFields = [HTTPField.Name("X-Forwarded-Proto")!: "https"]
        for trusted in [true, false] {
            let settings = AuthHarness.settings(transport: TransportSecurity(trustProxy: trusted))
            try await AuthHarness.run(settings: settings) { h in
                try await h.client.execute(uri: "/login", method: .get, headers: headers) { response in
                    let cookie = try #require(response.headers[values: .setCookie].first)
                    #expect(cookie.contains("Secure") == trusted)
                    #expect(cookie.contains("HttpOnly"))
                }
            }
        }
    }

    @Test("a wrong password and a login that does not exist get the same message, and neither signs in")
    func sameRefusal() async throws {
        try await AuthHarness.run { h in
            try await h.addUser("j.barker")
            let (wrong, wrongBrowser) = try await h.logIn("j.barker", "not the password at all")
            let (unknown, _) = try await h.logIn("no.such.person", "not the password at all")
            #expect(wrong.status == .ok)
            #expect(unknown.status == .ok)
            let wrongMessage = try #require(AuthHarness.loginError(in: String(buffer: wrong.body)))
            #expect(wrongMessage == AuthHarness.loginError(in: String(buffer: unknown.body)))
            #expect(wrongMessage.contains("The login or password is not right"))
            #expect(String(buffer: wrong.body).contains(#"aria-describedby="login-error""#))
            #expect(try await h.get("/", browser: wrongBrowser).status == .seeOther)
            // Only the failure for a login that exists is counted and audited; the unknown login's text is never stored.
            #expect(try await h.store.users.user(login: "j.barker")?.failedLogins == 1)
            let audit = try await h.store.audit.list(limit: 10, after: nil)
            #expect(audit.map(\.event) == ["user.login_failed"])
            #expect(!audit.contains { $0.detailsJSON.contains("no.such.person") || $0.actor.contains("no.such.person") })
        }
    }

    @Test("five failures in a row lock the account: even the right password is refused until 15 minutes have passed")
    func lockOut() async throws {
        try await AuthHarness.run { h in
            try await h.addUser("mod1")
            var browser = try await h.openLogin()
            for _ in 1...5 {
                let (response, next) = try await h.logIn("mod1", "wrong password number", from: browser)
                #expect(response.status == .ok)
                browser = next
            }
            let (locked, afterLock) = try await h.logIn("mod1", AuthHarness.password, from: browser)
            #expect(locked.status == .ok)
            let message = try #require(AuthHarness.loginError(in: String(buffer: locked.body)))
            #expect(message.contains("locked for 15 minutes"))
            #expect(try await h.get("/", browser: afterLock).status == .seeOther)
            let events = try await h.store.audit.list(limit: 20, after: nil)
            #expect(events.filter { $0.event == "user.locked" }.count == 1)
            #expect(events.first { $0.event == "user.locked" }?.itemID == nil)

            h.clock.advance(by: 14 * 60)
            #expect(try await h.logIn("mod1", AuthHarness.password, from: afterLock).0.status == .ok)
            h.clock.advance(by: 61)
            let (open, _) = try await h.logIn("mod1", AuthHarness.password, from: afterLock)
            #expect(open.status == .seeOther)
            #expect(try await h.store.users.user(login: "mod1")?.failedLogins == 0)
        }
    }

    @Test("a POST with no CSRF token or a wrong one is refused with 403 and changes nothing; the right token passes")
    func csrf() async throws {
        try await AuthHarness.run { h in
            try await h.addUser("mod2")
            let browser = try await h.signedIn("mod2")
            let missing = try await h.post("/notes", [("text", "first")], browser: browser)
            #expect(missing.status == .forbidden)
            #expect(String(buffer: missing.body).contains("This form has expired"))
            // One character changed; never the same character, or one token in 64 would stay right.
            let token = browser.csrf ?? ""
            let forged = (token.first == "A" ? "B" : "A") + String(token.dropFirst())
            #expect(forged != token)
            let wrong = try await h.post("/notes", [("csrf", forged), ("text", "second")], browser: browser)
            #expect(wrong.status == .forbidden)
            var badHeader = HTTPFields()
            badHeader[HTTPField.Name("X-CSRF-Token")!] = "not-the-token"
            #expect(try await h.post("/notes", [("csrf", browser.csrf ?? ""), ("text", "third")], browser: browser, headers: badHeader).status == .forbidden)
            #expect(try await h.store.keyValues.get("test.note") == nil)

            let right = try await h.post("/notes", [("csrf", browser.csrf ?? ""), ("text", "fourth")], browser: browser)
            #expect(right.status == .ok)
            var header = HTTPFields()
            header[HTTPField.Name("X-CSRF-Token")!] = browser.csrf ?? ""
            #expect(try await h.post("/notes", [("text", "fifth")], browser: browser, headers: header).status == .ok)
            #expect(try await h.store.keyValues.get("test.note")?.value == Array("fifth".utf8))
        }
    }

    @Test("the log-in form has its own CSRF token: a log-in posted without it, or without a session, is refused")
    func loginCSRF() async throws {
        try await AuthHarness.run { h in
            try await h.addUser("mod3")
            // An attacker's page posting its own credentials to sign the victim in: no session, no token.
            let forged = try await h.post("/login", [("login", "mod3"), ("password", AuthHarness.password)], browser: .init())
            #expect(forged.status == .forbidden)
            var browser = try await h.openLogin()
            browser.csrf = "guessed"
            #expect(try await h.logIn("mod3", AuthHarness.password, from: browser).0.status == .forbidden)
            #expect(try await h.store.users.user(login: "mod3")?.lastLoginAt == nil)
        }
    }

    @Test("signing out ends the session on the server: the old cookie no longer signs anyone in")
    func signOut() async throws {
        try await AuthHarness.run { h in
            try await h.addUser("mod4")
            let browser = try await h.signedIn("mod4")
            #expect(try await h.get("/", browser: browser).status == .ok)
            let out = try await h.post("/logout", [("csrf", browser.csrf ?? "")], browser: browser)
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/login?signed_out=1")
            let replayed = try await h.get("/", browser: browser)
            #expect(replayed.status == .seeOther)
            #expect(replayed.headers[.location] == "/login")
            #expect(try await h.store.audit.list(limit: 10, after: nil).map(\.event).last == "user.signed_out")
        }
    }

    @Test("a moderator gets a 403 page on an admin page; an admin sees it; an anonymous visitor is sent to log in with next")
    func roles() async throws {
        try await AuthHarness.run { h in
            try await h.addUser("mod5", role: .moderator)
            try await h.addUser("boss", role: .admin)
            let moderator = try await h.signedIn("mod5")
            let refused = try await h.get("/admin/users", browser: moderator)
            #expect(refused.status == .forbidden)
            let page = String(buffer: refused.body)
            #expect(page.contains("This page is for the admin"))
            #expect(page.contains("Test mod5 (Moderator)"))
            #expect(try await h.get("/reports", browser: moderator).status == .forbidden)

            let admin = try await h.signedIn("boss")
            #expect(try await h.get("/admin/users", browser: admin).status == .ok)
            #expect(try await h.get("/reports", browser: admin).status == .forbidden)

            let anonymous = try await h.get("/admin/users?page=2", browser: .init())
            #expect(anonymous.status == .seeOther)
            let location = try #require(anonymous.headers[.location])
            #expect(location.hasPrefix("/login?next="))
            #expect(location.dropFirst("/login?next=".count).removingPercentEncoding == "/admin/users?page=2")
            // Log-in from there goes back to the page asked for.
            let (signedIn, _) = try await h.logIn("boss", AuthHarness.password, next: "/admin/users?page=2")
            #expect(signedIn.headers[.location] == "/admin/users?page=2")
        }
    }

    @Test("after log-in, a next that leads to another site is not followed", arguments: [
        "//evil.example", "https://evil.example/login", "/\\evil.example", "/%2F/evil.example", "///evil.example", " //evil.example",
        "javascript:alert(1)", "/login",
    ])
    func openRedirect(next: String) async throws {
        try await AuthHarness.run { h in
            try await h.addUser("mod6")
            let (response, _) = try await h.logIn("mod6", AuthHarness.password, next: next)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/")
        }
    }

    @Test("the first-run admin is made once, and must change the one-time password before anything else")
    func firstRunAdmin() async throws {
        try await AuthHarness.run { h in
            let (login, password) = try #require(try await FirstRunAdmin.ensure(store: h.store))
            #expect(login == "admin")
            #expect(password.filter { $0 != "-" }.count >= 16)
            #expect(password.allSatisfy { $0 == "-" || OneTimePassword.alphabet.contains($0) })
            #expect(try await FirstRunAdmin.ensure(store: h.store) == nil)
            #expect(try await h.store.users.count() == 1)

            let (response, browser) = try await h.logIn(login, password)
            #expect(response.headers[.location] == "/account/password")
            for path in ["/", "/admin/users"] {
                let blocked = try await h.get(path, browser: browser)
                #expect(blocked.status == .seeOther)
                #expect(blocked.headers[.location] == "/account/password")
            }
            let form = try await h.get("/account/password", browser: browser)
            let html = String(buffer: form.body)
            #expect(html.contains("Choose your own before you go on"))
            let csrf = try #require(AuthHarness.csrf(in: html))

            let weak = try await h.post("/account/password", [("csrf", csrf), ("current", password), ("new", "password1234"), ("confirm", "password1234")], browser: browser)
            #expect(weak.status == .ok)
            #expect(String(buffer: weak.body).contains("one of the first that anyone guessing would try"))
            #expect(String(buffer: weak.body).contains(#"aria-describedby="new-password-hint new-password-error""#))
            let mine = "quiet harbour lantern 42"
            let changed = try await h.post("/account/password", [("csrf", csrf), ("current", password), ("new", mine), ("confirm", mine)], browser: browser)
            #expect(changed.status == .seeOther)
            #expect(changed.headers[.location] == "/")
            var after = browser
            after.take(changed)
            #expect(try await h.get("/admin/users", browser: after).status == .ok)
            #expect(try await h.store.users.user(login: "admin")?.mustChangePassword == false)
            #expect(try await h.logIn("admin", password).0.status == .ok)
            #expect(try await h.logIn("admin", mine).0.status == .seeOther)
        }
    }

    @Test("a new password or a disabled account ends the user's other sessions")
    func sessionsEnd() async throws {
        try await AuthHarness.run { h in
            let user = try await h.addUser("mod7")
            let laptop = try await h.signedIn("mod7")
            let phone = try await h.signedIn("mod7")
            let mine = "seven grey herons fishing"
            let changed = try await h.post("/account/password", [
                ("csrf", laptop.csrf ?? ""), ("current", AuthHarness.password), ("new", mine), ("confirm", mine),
            ], browser: laptop)
            #expect(changed.headers[.location] == "/account/password?changed=1")
            var laptopAfter = laptop
            laptopAfter.take(changed)
            #expect(try await h.get("/", browser: laptopAfter).status == .ok)
            #expect(try await h.get("/", browser: phone).status == .seeOther)

            try await h.store.users.setDisabled(true, for: user.id)
            #expect(try await h.get("/", browser: laptopAfter).status == .seeOther)
            let (disabled, _) = try await h.logIn("mod7", mine)
            #expect(AuthHarness.loginError(in: String(buffer: disabled.body))?.contains("switched off") == true)
        }
    }

    @Test("a session unused for the idle time ends; one in use is kept alive")
    func idleExpiry() async throws {
        try await AuthHarness.run(settings: AuthHarness.settings(sessionIdle: .seconds(3600))) { h in
            try await h.addUser("mod8")
            let browser = try await h.signedIn("mod8")
            h.clock.advance(by: 3000)
            #expect(try await h.get("/", browser: browser).status == .ok)
            h.clock.advance(by: 3000)
            #expect(try await h.get("/", browser: browser).status == .ok)
            h.clock.advance(by: 3601)
            #expect(try await h.get("/", browser: browser).status == .seeOther)
        }
    }

    @Test("a session made by one server is honoured by another sharing the database file")
    func sharedSessions() async throws {
        try await AuthHarness.withDatabaseFile { path in
            let first = try await Store.openMigrated(try DatabaseURL(path), logger: AuthHarness.logger())
            let second = try await Store.openMigrated(try DatabaseURL(path), logger: AuthHarness.logger())
            do {
                let hash = try await PasswordHasher(cost: AuthHarness.testCost).hash(AuthHarness.password)
                _ = try await first.users.create(NewUser(login: "mod9", name: "Mod Nine", role: .moderator, passwordHash: hash, mustChangePassword: false))
                let cookie = Mutex<String?>(nil)
                try await AuthHarness.serve(store: first) { client in
                    let h = AuthHarness(client: client, store: first, clock: AuthTestClock())
                    let browser = try await h.signedIn("mod9")
                    cookie.withLock { $0 = browser.cookie }
                }
                try await AuthHarness.serve(store: second) { client in
                    let h = AuthHarness(client: client, store: second, clock: AuthTestClock())
                    let browser = AuthHarness.Browser(cookie: cookie.withLock { $0 })
                    let home = try await h.get("/", browser: browser)
                    #expect(home.status == .ok)
                    #expect(String(buffer: home.body).hasPrefix("home of mod9"))
                }
            } catch {
                try? await first.close()
                try? await second.close()
                throw error
            }
            try await first.close()
            try await second.close()
        }
    }

    @Test("the log-in and password pages label every field, say what they autocomplete, and are served with the strict headers")
    func accessibleForms() async throws {
        try await AuthHarness.run { h in
            try await h.client.execute(uri: "/login", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains(#"<label for="login">"#) && html.contains(#"id="login""#))
                #expect(html.contains(#"<label for="password">"#) && html.contains(#"id="password""#))
                #expect(html.contains(#"autocomplete="username""#) && html.contains(#"autocomplete="current-password""#))
                #expect(html.contains("Quorn Medical Centre"))
                #expect(response.headers[.contentSecurityPolicy] == HTMLPage.contentSecurityPolicy)
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }
}
