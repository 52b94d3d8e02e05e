import AsyncHTTPClient
import DecorumCore
import Foundation
import NIOCore
import NIOHTTP1

/// A W3C WebDriver session (https://www.w3.org/TR/webdriver2/) in a browser run by chromedriver:
/// navigation, elements by CSS selector, scripts, cookies, screenshots, and waiting for a page to change.
///
/// Tests get one from `BrowserSession.withBrowser`, which also ends it.
struct WebDriver: Sendable {
    /// The driver's address, `http://127.0.0.1:<port>`.
    let driverURL: String
    /// The session's id, as the driver named it.
    let sessionID: String
    let http: HTTPClient
    /// How long one command may take before its request is abandoned.
    var commandTimeout: Duration = .seconds(60)
    /// chromedriver's process group (its pid), when `BrowserSession` started it: the browser's
    /// processes are in it too.
    var driverProcessGroup: Int32?

    /// The key WebDriver uses for an element reference in JSON.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    // MARK: Sessions

    /// Starts a browser through the driver at `driverURL` and opens a session in it.
    static func startSession(
        at driverURL: String, options: ChromeOptions, http: HTTPClient = .shared, timeout: Duration = .seconds(90)
    ) async throws -> WebDriver {
        let body: JSONValue = .object([("capabilities", .object([("alwaysMatch", options.capabilities)]))])
        let value = try await send(.POST, driverURL + "/session", body: body, command: "New Session", http: http, timeout: timeout)
        guard let id = value["sessionId"]?.string else {
            throw WebDriverError.malformedResponse(command: "New Session", status: 200, body: value.serialized())
        }
        return WebDriver(driverURL: driverURL, sessionID: id, http: http)
    }

    /// Whether the driver at `driverURL` is ready to start a session (`GET /status`).
    static func isReady(at driverURL: String, http: HTTPClient = .shared) async throws -> Bool {
        let value = try await send(.GET, driverURL + "/status", body: nil, command: "Status", http: http, timeout: .seconds(5))
        return value["ready"]?.bool ?? false
    }

    /// Ends the session; the driver closes the browser.
    func quit() async throws {
        _ = try await command(.DELETE, "", command: "Delete Session")
    }

    // MARK: Navigation

    /// Opens `url` and returns once the page has loaded.
    func navigate(to url: String) async throws {
        _ = try await command(.POST, "/url", ["url": .string(url)], command: "Navigate To")
    }

    /// The address of the page shown now (after any redirects).
    func currentURL() async throws -> String {
        try await command(.GET, "/url", command: "Get Current URL").string ?? ""
    }

    /// The page's `<title>`.
    func title() async throws -> String {
        try await command(.GET, "/title", command: "Get Title").string ?? ""
    }

    /// Goes back one page in the history, as the browser's back button does.
    func back() async throws { _ = try await command(.POST, "/back", [:], command: "Back") }
    /// Goes forward one page in the history.
    func forward() async throws { _ = try await command(.POST, "/forward", [:], command: "Forward") }
    /// Reloads the page (a GET again; a page that came from a POST's redirect is not re-posted).
    func refresh() async throws { _ = try await command(.POST, "/refresh", [:], command: "Refresh") }

    /// The page's HTML as the browser now holds it.
    func pageSource() async throws -> String {
        try await command(.GET, "/source", command: "Get Page Source").string ?? ""
    }

    /// Resizes the window (CSS pixels, toolbars included).
    func setWindowSize(width: Int, height: Int) async throws {
        _ = try await command(.POST, "/window/rect", ["width": .int(width), "height": .int(height)], command: "Set Window Rect")
    }

    /// Sizes the window so the page itself gets `width`×`height` CSS pixels: new headless Chromium
    /// draws a window with toolbars (`--window-size=1280,900` leaves a viewport of about 1280×757).
    func fitViewport(width: Int, height: Int) async throws {
        let script = "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]"
        for _ in 0..<3 {
            let frame = try await execute(script).array?.compactMap(\.int) ?? []
            guard frame.count == 2 else { return }
            let inner = try await execute("return [window.innerWidth, window.innerHeight]").array?.compactMap(\.int) ?? []
            if inner == [width, height] { return }
            try await setWindowSize(width: width + frame[0], height: height + frame[1])
        }
    }

    /// A picture of the whole page (up to `maxHeight` CSS pixels tall), not just the viewport: the window is
    /// stretched to the page's height for the shot and put back afterwards.
    func fullPageScreenshot(width: Int = 1280, height: Int = 900, maxHeight: Int = 2400) async throws -> Data {
        let pageHeight = try await execute("return document.documentElement.scrollHeight").int ?? height
        try await fitViewport(width: width, height: min(max(pageHeight, height), maxHeight))
        let png = try await screenshot()
        try await fitViewport(width: width, height: height)
        return png
    }

    // MARK: Elements

    /// The first element matching a CSS selector; throws `no such element` when there is none.
    func element(_ selector: String) async throws -> WebElement {
        let value = try await command(.POST, "/element", Self.locator(selector), command: "Find Element \(selector)")
        return try WebElement(json: value, driver: self, command: "Find Element \(selector)")
    }

    /// Every element matching a CSS selector, in document order (empty when none do).
    func elements(_ selector: String) async throws -> [WebElement] {
        let value = try await command(.POST, "/elements", Self.locator(selector), command: "Find Elements \(selector)")
        return try (value.array ?? []).map { try WebElement(json: $0, driver: self, command: "Find Elements \(selector)") }
    }

    /// The element that has focus.
    func activeElement() async throws -> WebElement {
        try WebElement(json: try await command(.GET, "/element/active", command: "Get Active Element"), driver: self, command: "Get Active Element")
    }

    /// A CSS selector as WebDriver's locator strategy.
    static func locator(_ selector: String) -> [String: JSONValue] {
        ["using": .string("css selector"), "value": .string(selector)]
    }

    // MARK: Scripts

    /// Runs `script` as the body of a function in the page and returns what it returns
    /// (`return document.title`); `arguments` are its `arguments[0]`…, elements as `element.json`.
    /// Elements it returns come back as `{"element-6066-…": id}` objects (see `WebElement(json:driver:)`).
    func execute(_ script: String, _ arguments: [JSONValue] = []) async throws -> JSONValue {
        try await command(.POST, "/execute/sync", ["script": .string(script), "args": .array(arguments)], command: "Execute Script")
    }

    // MARK: Cookies

    /// Every cookie the browser would send to the current page, HttpOnly ones included.
    func cookies() async throws -> [WebDriverCookie] {
        (try await command(.GET, "/cookie", command: "Get All Cookies").array ?? []).compactMap(WebDriverCookie.init(json:))
    }

    /// The cookie called `name` for the current page, or nil.
    func cookie(named name: String) async throws -> WebDriverCookie? {
        do {
            return WebDriverCookie(json: try await command(.GET, "/cookie/\(Self.segment(name))", command: "Get Named Cookie"))
        } catch let error as WebDriverError where error.code == .noSuchCookie {
            return nil
        }
    }

    /// Sets a cookie for the current page's site (a page must be open: cookies belong to a domain).
    func addCookie(_ cookie: WebDriverCookie) async throws {
        _ = try await command(.POST, "/cookie", ["cookie": cookie.json], command: "Add Cookie")
    }

    /// Deletes the current page's cookie called `name` (nothing happens if there is none).
    func deleteCookie(named name: String) async throws {
        _ = try await command(.DELETE, "/cookie/\(Self.segment(name))", command: "Delete Cookie")
    }

    /// Deletes every cookie of the current page's site.
    func deleteAllCookies() async throws {
        _ = try await command(.DELETE, "/cookie", command: "Delete All Cookies")
    }

    // MARK: Screenshots

    /// The viewport as PNG bytes.
    func screenshot() async throws -> Data {
        try Self.png(try await command(.GET, "/screenshot", command: "Take Screenshot"), command: "Take Screenshot")
    }

    /// A screenshot answer (base64 PNG) as bytes, checked to be PNG.
    static func png(_ value: JSONValue, command: String) throws -> Data {
        guard let base64 = value.string, let data = Data(base64Encoded: base64), data.starts(with: PNGImage.signature) else {
            throw WebDriverError.malformedResponse(command: command, status: 200, body: String(value.serialized().prefix(100)))
        }
        return data
    }

    // MARK: Waiting

    /// Polls `probe` until it returns a value and returns it; throws `timedOut` naming `condition`
    /// (and the last error seen) if `timeout` passes first. "No such element" and "stale element"
    /// count as "not yet"; other errors end the wait at once.
    func wait<T: Sendable>(
        for condition: String, timeout: Duration = .seconds(10), every interval: Duration = .milliseconds(100),
        _ probe: () async throws -> T?
    ) async throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var lastError: String?
        while true {
            do {
                if let value = try await probe() { return value }
                lastError = nil
            } catch let error as WebDriverError where error.isTransient {
                lastError = error.description
            }
            guard clock.now < deadline else { throw WebDriverError.timedOut(condition: condition, after: timeout, lastError: lastError) }
            try await Task.sleep(for: interval)
        }
    }

    /// Polls `check` until it is true (see `wait(for:timeout:every:_:)`).
    func waitUntil(
        _ condition: String, timeout: Duration = .seconds(10), every interval: Duration = .milliseconds(100),
        _ check: () async throws -> Bool
    ) async throws {
        _ = try await wait(for: condition, timeout: timeout, every: interval) { try await check() ? true : nil }
    }

    /// Waits for an element matching `selector` to be in the page and returns it.
    func waitForElement(_ selector: String, timeout: Duration = .seconds(10)) async throws -> WebElement {
        try await wait(for: "an element matching \(selector)", timeout: timeout) { try await elements(selector).first }
    }

    // MARK: The protocol

    /// Sends one command of this session: `path` is relative to `/session/{id}`.
    func command(
        _ method: HTTPMethod, _ path: String, _ body: [String: JSONValue]? = nil, command: String
    ) async throws -> JSONValue {
        // Every POST carries a JSON object, even an empty one: chromedriver rejects an empty body.
        let json = body.map { JSONValue.object($0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) }
        return try await Self.send(
            method, driverURL + "/session/" + sessionID + path, body: json, command: command, http: http, timeout: commandTimeout)
    }

    /// Sends one WebDriver request and returns its `value`; an HTTP error status becomes
    /// `WebDriverError.remote` with WebDriver's error code and message.
    static func send(
        _ method: HTTPMethod, _ url: String, body: JSONValue?, command: String, http: HTTPClient, timeout: Duration
    ) async throws -> JSONValue {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
            request.body = .bytes(ByteBuffer(string: body.serialized()))
        }
        let response = try await http.execute(request, timeout: TimeAmount(timeout))
        let bytes = try await response.body.collect(upTo: 256 * 1024 * 1024)
        let text = String(buffer: bytes)
        let status = Int(response.status.code)
        guard let json = try? JSONValue.parse(text) else {
            throw WebDriverError.malformedResponse(command: command, status: status, body: text)
        }
        let value = json["value"] ?? .null
        if status >= 400 {
            throw WebDriverError.remote(
                code: WebDriverError.Code(rawValue: value["error"]?.string ?? "unknown error"),
                message: value["message"]?.string ?? text, command: command)
        }
        return value
    }

    /// A URL path segment with anything but unreserved characters percent-encoded.
    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }
}
