import DecorumServer
import DecorumStore
import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Logging
import Synchronization
import Testing

/// A clock the tests move by hand: the store reads it for lock-outs and session expiry.
final class AuthTestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_780_000_000))
    var now: Date { current.withLock { $0 } }
    func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
    var storeClock: StoreClock { StoreClock { [self] in now } }
}

/// A live dashboard with only the Access routes and a few test pages, on a real SQLite database in a
/// temporary directory.
struct AuthHarness: Sendable {
    static let practice = "Quorn Medical Centre"
    /// Used by most tests for their users.
    static let password = "correct horse battery"
    /// bcrypt's lowest cost for the tests' own hashes: dozens of tests hashing at cost 12 at once would spend
    /// the machine on bcrypt and time each other out. `PasswordRulesTests` checks the real cost.
    static let testCost: UInt8 = 4

    /// Decorum's settings, with the tests' bcrypt cost.
    static func settings(transport: TransportSecurity = TransportSecurity(), sessionIdle: Duration = .seconds(12 * 3600)) -> DashboardAuthSettings {
        DashboardAuthSettings(transport: transport, sessionIdle: sessionIdle, passwordCost: testCost)
    }

    let client: any TestClientProtocol
    let store: Store
    let clock: AuthTestClock

    /// The test-only router: `/` for anyone signed in, `POST /notes` (changes the store), `/admin/users`
    /// for admins, `/reports` for the practice manager and the information-governance lead.
    static func router(store: Store, settings: DashboardAuthSettings, resources: DashboardResources) -> Router<DecorumRequestContext> {
        let router = Router(context: DecorumRequestContext.self)
        let auth = DashboardAuth(store: store, resources: resources, practiceName: practice, settings: settings) { user, path in
            [DashboardLayout.NavLink(href: "/", label: "Queue", current: path == "/")]
                + (user.role == .admin ? [DashboardLayout.NavLink(href: "/admin/users", label: "Users", current: path == "/admin/users")] : [])
        }
        let pages = auth.addRoutes(to: router)
        pages.get("/") { _, context -> String in
            "home of \(context.user?.login ?? "nobody"), csrf \(context.csrfToken ?? "none")"
        }
        pages.post("notes") { request, context -> String in
            struct Note: Decodable { var text: String }
            let note = try await request.decode(as: Note.self, context: context)
            try await store.keyValues.set("test.note", to: Array(note.text.utf8), expiry: .never)
            return "noted"
        }
        pages.group("admin").add(middleware: auth.requireRoles([.admin])).get("users") { _, _ in "the users page" }
        pages.group("reports").add(middleware: auth.requireRoles([.practiceManager, .informationGovernanceLead])).get { _, _ in "reports" }
        return router
    }

    static func logger() -> Logger {
        var logger = Logger(label: "auth-tests")
        logger.logLevel = .warning
        return logger
    }

    /// Runs `body` against one live server on a new database.
    static func run(
        settings: DashboardAuthSettings = AuthHarness.settings(), _ body: @escaping @Sendable (AuthHarness) async throws -> Void
    ) async throws {
        try await withDatabaseFile { path in
            let clock = AuthTestClock()
            let store = try await Store.openMigrated(try DatabaseURL(path), logger: logger(), clock: clock.storeClock)
            do {
                try await serve(store: store, settings: settings) { client in
                    try await body(AuthHarness(client: client, store: store, clock: clock))
                }
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        }
    }

    /// A database file in a new temporary directory, removed afterwards.
    static func withDatabaseFile(_ body: (String) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-auth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try await body(dir.appendingPathComponent("auth.sqlite").path)
    }

    /// One live server on `store`.
    static func serve(
        store: Store, settings: DashboardAuthSettings = AuthHarness.settings(), _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let resources = try await DashboardResources.load()
        let app = Application(
            router: router(store: store, settings: settings, resources: resources),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger())
        try await app.test(.live) { client in try await body(client) }
    }

    // MARK: - Users

    @discardableResult
    func addUser(_ login: String, role: UserRole = .moderator, password: String = AuthHarness.password, mustChange: Bool = false) async throws -> User {
        let hash = try await PasswordHasher(cost: Self.testCost).hash(password)
        return try await store.users.create(NewUser(login: login, name: "Test \(login)", role: role, passwordHash: hash, mustChangePassword: mustChange))
    }

    // MARK: - Browser

    /// A browser's cookie jar of one: the session cookie.
    struct Browser: Sendable {
        var cookie: String?
        var csrf: String?
    }

    /// Opens the log-in page, as a browser with `browser`'s cookie would, and keeps its cookie and CSRF token.
    func openLogin(_ browser: Browser = Browser(), next: String? = nil) async throws -> Browser {
        var browser = browser
        let uri = next.map { "/login?next=" + Self.encode($0) } ?? "/login"
        try await client.execute(uri: uri, method: .get, headers: browser.headers) { response in
            #expect(response.status == .ok)
            browser.take(response)
            browser.csrf = Self.csrf(in: String(buffer: response.body))
        }
        return browser
    }

    /// Posts the log-in form and returns the response and the browser after it.
    func logIn(_ login: String, _ password: String, next: String? = nil, from start: Browser? = nil) async throws -> (TestResponse, Browser) {
        var browser: Browser
        if let start { browser = start } else { browser = try await openLogin() }
        var fields = [("csrf", browser.csrf ?? ""), ("login", login), ("password", password)]
        if let next { fields.append(("next", next)) }
        let response = try await post("/login", fields, browser: browser)
        browser.take(response)
        if response.status == .ok { browser.csrf = Self.csrf(in: String(buffer: response.body)) ?? browser.csrf }
        return (response, browser)
    }

    /// Logs in with the right password and returns the signed-in browser with its new CSRF token.
    func signedIn(_ login: String, password: String = AuthHarness.password) async throws -> Browser {
        var (response, browser) = try await logIn(login, password)
        #expect(response.status == .seeOther)
        try await client.execute(uri: "/", method: .get, headers: browser.headers) { response in
            let body = String(buffer: response.body)
            browser.csrf = body.components(separatedBy: "csrf ").last
        }
        return browser
    }

    func get(_ uri: String, browser: Browser) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: browser.headers) { $0 }
    }

    func post(_ uri: String, _ fields: [(String, String)], browser: Browser, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = browser.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        headers.append(contentsOf: extra)
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { $0 }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? ""
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The text of the log-in page's error, or nil.
    static func loginError(in html: String) -> String? {
        guard let range = html.range(of: #"<p class="error-text">"#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "<" })
    }
}

extension AuthHarness.Browser {
    var headers: HTTPFields {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = "decorum_session=\(cookie)" }
        return headers
    }

    /// Keeps the session cookie a response sets.
    mutating func take(_ response: TestResponse) {
        for value in response.headers[values: .setCookie] where value.hasPrefix("decorum_session=") {
            cookie = String(value.dropFirst("decorum_session=".count).prefix { $0 != ";" })
        }
    }
}
