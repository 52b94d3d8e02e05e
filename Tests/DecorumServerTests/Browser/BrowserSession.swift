import AsyncHTTPClient
import Foundation
import Testing

/// Real Chromium for a test: `try await BrowserSession.withBrowser { driver in … }` starts chromedriver
/// and a headless browser, runs the body, and ends both whatever happens. On a machine without a
/// browser the test is skipped (cancelled) with the reason printed, never failed; CI installs one
/// (`eval "$(sh .ci/browser.sh)"` sets `DECORUM_TEST_CHROMEDRIVER` and `DECORUM_TEST_CHROME`).
enum BrowserSession {
    /// Where the browser tests find their driver and browser, or why they cannot.
    enum Availability: Sendable, Equatable {
        case available(chromedriver: String, chrome: String?)
        case unavailable(reason: String)
    }

    static let driverVariable = "DECORUM_TEST_CHROMEDRIVER"
    static let chromeVariable = "DECORUM_TEST_CHROME"

    /// Reads `DECORUM_TEST_CHROMEDRIVER` (required) and `DECORUM_TEST_CHROME` (optional) and checks
    /// that each names an executable file.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Availability {
        let hint = "eval \"$(sh .ci/browser.sh)\" installs Chromium and chromedriver and sets it"
        guard let driver = environment[driverVariable], !driver.isEmpty else {
            return .unavailable(reason: "Browser test skipped: \(driverVariable) is unset (\(hint))")
        }
        guard isExecutableFile(driver) else {
            return .unavailable(reason: "Browser test skipped: \(driverVariable) is \(driver), which is not an executable file (\(hint))")
        }
        guard let chrome = environment[chromeVariable], !chrome.isEmpty else { return .available(chromedriver: driver, chrome: nil) }
        guard isExecutableFile(chrome) else {
            return .unavailable(reason: "Browser test skipped: \(chromeVariable) is \(chrome), which is not an executable file (\(hint))")
        }
        return .available(chromedriver: driver, chrome: chrome)
    }

    /// The chromedriver and Chromium to use; skips (cancels) the current test, printing the reason,
    /// when there are none.
    static func require(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> (chromedriver: String, chrome: String?) {
        switch locate(environment: environment) {
        case .available(let chromedriver, let chrome):
            return (chromedriver, chrome)
        case .unavailable(let reason):
            print(reason)
            try Test.cancel(Comment(rawValue: reason))
        }
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// Runs `body` with a new browser session, then ends the session and stops chromedriver, on
    /// every path out (a thrown error, a failed expectation, a cancelled task). Skips the test with
    /// the reason printed when there is no browser; `environment` is for testing that.
    ///
    /// At most two browsers run at once (`TestGate.browsers`); a test waits its turn. Set
    /// `DECORUM_TEST_BROWSER_TIMING=1` to print how long chromedriver and the session took to start.
    @discardableResult
    static func withBrowser<T: Sendable>(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        options: ChromeOptions = ChromeOptions(),
        _ body: (WebDriver) async throws -> T
    ) async throws -> T {
        var options = options
        let (chromedriver, chrome) = try require(environment: environment)
        options.binary = options.binary ?? chrome

        await TestGate.browsers.enter()
        let clock = ContinuousClock()
        let started = clock.now
        let service: ChromeDriverService
        do {
            service = try await ChromeDriverService.start(executable: chromedriver)
        } catch {
            await TestGate.browsers.leave()
            throw error
        }
        let driverReady = clock.now
        var driver: WebDriver
        do {
            driver = try await WebDriver.startSession(at: service.url, options: options)
            driver.driverProcessGroup = service.pid
        } catch {
            let log = service.log
            await service.stop()
            await TestGate.browsers.leave()
            if let error = error as? WebDriverError, case .remote(let code, let message, _) = error {
                throw WebDriverError.driverNotStarted(reason: "no browser session (\(code)): \(message)", log: log)
            }
            throw error
        }
        do {
            try await driver.fitViewport(width: options.width, height: options.height)
        } catch {
            await end(driver, service)
            throw error
        }
        if environment["DECORUM_TEST_BROWSER_TIMING"] == "1" {
            print("browser: chromedriver ready in \(driverReady - started), session started in \(clock.now - driverReady)")
        }
        do {
            let result = try await body(driver)
            await end(driver, service)
            return result
        } catch {
            await end(driver, service)
            throw error
        }
    }

    /// Ends the session and stops chromedriver in a task of its own, so a cancelled test still cleans up.
    private static func end(_ driver: WebDriver, _ service: ChromeDriverService) async {
        await Task {
            try? await driver.quit()
            await service.stop()
            await TestGate.browsers.leave()
        }.value
    }
}
