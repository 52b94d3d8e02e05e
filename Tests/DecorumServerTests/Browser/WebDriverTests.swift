import DecorumCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// The WebDriver client against a real headless Chromium and a real page served by Hummingbird
/// on loopback. Skipped, with the reason printed, on a machine without a browser.
@Suite("A real browser drives a real page")
struct WebDriverTests {
    /// The check site live on loopback, and a browser to point at it (`base` is the site's address).
    func withSiteAndBrowser(
        _ body: @escaping @Sendable (_ driver: WebDriver, _ base: String, _ site: BrowserCheckSite) async throws -> Void
    ) async throws {
        try await BrowserSession.withBrowser { driver in
            let site = BrowserCheckSite()
            try await site.application().test(.live) { client in
                try await body(driver, "http://127.0.0.1:\(try #require(client.port))", site)
            }
        }
    }

    @Test("the browser is headless Chromium with a 1280×900 viewport, in British English")
    func browser() async throws {
        try await withSiteAndBrowser { driver, base, _ in
            try await driver.navigate(to: base + "/about")
            let viewport = try await driver.execute("return [window.innerWidth, window.innerHeight, window.devicePixelRatio]")
            #expect(viewport == .array([.int(1280), .int(900), .int(1)]))
            #expect(try await driver.execute("return navigator.language").string == "en-GB")
            #expect(try await driver.element("#language").text().hasPrefix("en-GB"))
            #expect(try await driver.execute("return navigator.webdriver").bool == true)
            let agent = try await driver.execute("return navigator.userAgent").string ?? ""
            #expect(agent.contains("HeadlessChrome/"), "user agent: \(agent)")
        }
    }

    @Test("a form is filled in and submitted, its redirect followed, and what was typed comes back as text")
    func form() async throws {
        try await withSiteAndBrowser { driver, base, site in
            try await driver.navigate(to: base + "/")
            #expect(try await driver.title() == "Browser check")
            let name = try await driver.element("#name")
            try await name.sendKeys("Someone else")
            try await name.clear()
            #expect(try await name.property("value").string == "")
            try await name.sendKeys("Sandra Holt")
            try await driver.element("#note").sendKeys(BrowserCheckSite.hostile)
            #expect(try await name.property("value").string == "Sandra Holt")
            #expect(try await name.attribute("name") == "name")
            #expect(try await name.attribute("placeholder") == nil)
            #expect(try await driver.element("#save").isEnabled())

            try await driver.element("#save").click()
            try await driver.waitUntil("the note's own page after the 303") { try await driver.currentURL() == base + "/notes/1" }
            #expect(try await driver.title() == "Note 1")
            #expect(try await driver.element("#author").text() == "Sandra Holt")
            #expect(try await driver.element("#text").text() == BrowserCheckSite.hostile)
            #expect(await site.notes.all == [BrowserCheckSite.Note(name: "Sandra Holt", note: BrowserCheckSite.hostile)])
            #expect(try await driver.execute("return document.querySelectorAll('script').length").int == BrowserCheckSite.scriptsPerPage)
        }
    }

    @Test("hostile text is shown as text: no script, image or handler comes of it, and the page's own script runs")
    func hostileText() async throws {
        try await withSiteAndBrowser { driver, base, _ in
            try await driver.navigate(to: base + "/")
            // The site's own script ran (so scripts are on), and it is the only script element.
            try await driver.waitUntil("the page's script to run") {
                try await driver.execute("return document.documentElement.dataset.scripted").string == "yes"
            }
            #expect(try await driver.execute("return document.querySelectorAll('script').length").int == BrowserCheckSite.scriptsPerPage)
            #expect(try await driver.element("script").attribute("src") == "/check.js")
            #expect(try await driver.execute("return document.querySelectorAll('img, b, [onerror]').length").int == 0)
            let hostile = try await driver.element("#hostile")
            #expect(try await hostile.property("textContent").string == BrowserCheckSite.hostile)
            #expect(try await hostile.elements("*").isEmpty)
            #expect(try await driver.title() == "Browser check")
            #expect(try await driver.pageSource().contains("&lt;script&gt;"))
        }
    }

    @Test("an HttpOnly cookie reaches the server but not the page's scripts; cookies are added and deleted")
    func cookies() async throws {
        try await withSiteAndBrowser { driver, base, _ in
            try await driver.navigate(to: base + "/")
            let visible = try await driver.execute("return document.cookie").string ?? ""
            #expect(visible.contains("\(BrowserCheckSite.visibleCookie)=yes"))
            #expect(!visible.contains(BrowserCheckSite.sessionCookie))
            let session = try #require(try await driver.cookie(named: BrowserCheckSite.sessionCookie))
            #expect(session.value == "s3cr3t")
            #expect(session.httpOnly == true)
            #expect(session.sameSite == "Strict")
            #expect(try await driver.cookie(named: BrowserCheckSite.visibleCookie)?.httpOnly == false)
            #expect(try await driver.cookie(named: "never_set") == nil)

            try await driver.addCookie(WebDriverCookie(name: "decorum_check_added", value: "by-webdriver"))
            #expect(try await driver.execute("return document.cookie").string?.contains("decorum_check_added=by-webdriver") == true)
            try await driver.navigate(to: base + "/cookies")
            let sent = try await driver.element("#cookies").text()
            #expect(sent == "decorum_check_added \(BrowserCheckSite.visibleCookie) \(BrowserCheckSite.sessionCookie)")

            try await driver.deleteCookie(named: "decorum_check_added")
            #expect(try await driver.cookie(named: "decorum_check_added") == nil)
            try await driver.refresh()
            let sentAfter = try await driver.element("#cookies").text()
            #expect(sentAfter == "\(BrowserCheckSite.visibleCookie) \(BrowserCheckSite.sessionCookie)")
            try await driver.deleteAllCookies()
            #expect(try await driver.cookies().isEmpty)
        }
    }

    @Test("a link is followed, and back and forward move through the history")
    func link() async throws {
        try await withSiteAndBrowser { driver, base, _ in
            try await driver.navigate(to: base + "/")
            try await driver.element("#about-link").click()
            try await driver.waitUntil("the about page") { try await driver.currentURL() == base + "/about" }
            #expect(try await driver.element("#about-title").text() == "About")
            try await driver.back()
            #expect(try await driver.currentURL() == base + "/")
            try await driver.forward()
            #expect(try await driver.title() == "About")
        }
    }

    @Test("a screenshot is a valid PNG of the viewport's size, and an element's screenshot is the element's size")
    func screenshots() async throws {
        try await withSiteAndBrowser { driver, base, _ in
            try await driver.navigate(to: base + "/")
            let png = try await driver.screenshot()
            let page = try PNGImage(png)
            #expect((page.width, page.height) == (1280, 900))
            #expect(page.chunks.first == "IHDR" && page.chunks.contains("IDAT") && page.chunks.last == "IEND")
            Attachment.record(png, named: "browser-check-home.png")

            let form = try await driver.element("#note-form")
            let rect = try await form.rect()
            let shot = try PNGImage(try await form.screenshot())
            #expect(abs(Double(shot.width) - rect.width) <= 1 && abs(Double(shot.height) - rect.height) <= 1,
                    "element \(rect.width)×\(rect.height), screenshot \(shot.width)×\(shot.height)")
        }
    }

    @Test("WebDriver's errors come through with their codes, and a wait that never comes true says what it waited for")
    func errors() async throws {
        try await withSiteAndBrowser { driver, base, _ in
            try await driver.navigate(to: base + "/")
            let missing = await #expect(throws: WebDriverError.self) { try await driver.element("#nowhere") }
            #expect(missing?.code == .noSuchElement)
            let invalid = await #expect(throws: WebDriverError.self) { try await driver.element("[[[") }
            #expect(invalid?.code == .invalidSelector)
            let script = await #expect(throws: WebDriverError.self) { try await driver.execute("throw new Error('boom')") }
            #expect(script?.code == .javascriptError)
            #expect(script?.description.contains("boom") == true)

            let field = try await driver.element("#name")
            try await driver.navigate(to: base + "/about")
            let stale = await #expect(throws: WebDriverError.self) { try await field.text() }
            #expect(stale?.code == .staleElementReference || stale?.code == .noSuchElement)

            let clock = ContinuousClock()
            let started = clock.now
            let waited = await #expect(throws: WebDriverError.self) {
                try await driver.waitUntil("a heading that never comes", timeout: .milliseconds(400)) {
                    try await !driver.elements("h2.never").isEmpty
                }
            }
            #expect(clock.now - started >= .milliseconds(400))
            guard case .timedOut(let condition, _, _)? = waited else { Issue.record("not a time-out: \(String(describing: waited))"); return }
            #expect(condition == "a heading that never comes")
            #expect(try await driver.waitForElement("#about-title").text() == "About")
        }
    }
    @Test("a browser test that throws, or is cancelled, still ends its session and leaves no chromedriver or Chromium running")
    func cleanUp() async throws {
        _ = try BrowserSession.require()
        struct Deliberate: Error {}
        let groups = Mutex<[Int32]>([])
        await #expect(throws: Deliberate.self) {
            try await BrowserSession.withBrowser { driver in
                let group = try #require(driver.driverProcessGroup)
                groups.withLock { $0.append(group) }
                try await driver.navigate(to: "about:blank")
                #expect(ProcessGroup.liveMembers(group).count > 1, "chromedriver and Chromium run in one group")
                throw Deliberate()
            }
        }

        let (started, running) = AsyncStream.makeStream(of: Int32.self)
        let task = Task {
            try await BrowserSession.withBrowser { driver in
                running.yield(driver.driverProcessGroup ?? 0)
                try await Task.sleep(for: .seconds(300))
            }
        }
        var sessions = started.makeAsyncIterator()
        let group = try #require(await sessions.next())
        groups.withLock { $0.append(group) }
        task.cancel()
        let outcome = await task.result
        #expect(throws: CancellationError.self) { try outcome.get() }

        for group in groups.withLock({ $0 }) {
            #expect(ProcessGroup.liveMembers(group).isEmpty, "process group \(group) still has \(ProcessGroup.liveMembers(group))")
        }
    }

    @Test("stopping chromedriver with its session still open takes the browser down with it")
    func stopWithSessionOpen() async throws {
        let (chromedriver, chrome) = try BrowserSession.require()
        await TestGate.browsers.enter()
        var started: ChromeDriverService?
        do {
            let service = try await ChromeDriverService.start(executable: chromedriver)
            started = service
            var options = ChromeOptions()
            options.binary = chrome
            let driver = try await WebDriver.startSession(at: service.url, options: options)
            try await driver.navigate(to: "about:blank")
            #expect(ProcessGroup.liveMembers(service.pid).count > 1)
            await service.stop()
            #expect(!service.isRunning)
            #expect(ProcessGroup.liveMembers(service.pid).isEmpty, "left running: \(ProcessGroup.liveMembers(service.pid))")
            // A command to a driver that is gone fails once its time is up (the HTTP client keeps
            // retrying the connection until then).
            var orphan = driver
            orphan.commandTimeout = .seconds(2)
            await #expect(throws: (any Error).self) { try await orphan.title() }
        } catch {
            await started?.stop()
            await TestGate.browsers.leave()
            throw error
        }
        await TestGate.browsers.leave()
    }
}
