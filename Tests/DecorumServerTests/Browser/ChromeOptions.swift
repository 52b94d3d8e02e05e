import DecorumCore

/// How the test browser is started: headless Chromium at a fixed size and language, so pages and
/// screenshots come out the same on every machine.
struct ChromeOptions: Sendable {
    /// The Chromium to run (`DECORUM_TEST_CHROME`); nil lets chromedriver find its own.
    var binary: String?
    /// The window's size in CSS pixels; headless Chromium has no toolbars, so this is the viewport.
    var width = 1280
    /// See `width`.
    var height = 900
    /// The browser's language (`navigator.language`, `Accept-Language`).
    var language = "en-GB"
    /// More command-line switches for a particular test.
    var extraArguments: [String] = []

    /// Chromium's command line. `--no-sandbox` because CI runs as root, where Chromium's sandbox
    /// refuses to start; the pages it opens are the test's own. Everything that would reach out
    /// to Google's services is switched off, and a closed proxy port catches anything left: only
    /// loopback addresses (always bypassed) are reachable, so tests send nothing off the machine.
    var arguments: [String] {
        [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--window-size=\(width),\(height)",
            "--force-device-scale-factor=1",
            "--hide-scrollbars",
            "--lang=\(language)",
            "--no-first-run",
            "--no-default-browser-check",
            "--password-store=basic",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-domain-reliability",
            "--disable-client-side-phishing-detection",
            "--disable-crash-reporter",
            "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater",
            "--proxy-server=http://127.0.0.1:9",
        ] + extraArguments
    }

    /// The W3C capabilities for a new session, with chromedriver's `goog:chromeOptions`.
    var capabilities: JSONValue {
        var chrome: [(String, JSONValue)] = [("args", .array(arguments.map { .string($0) }))]
        if let binary { chrome.append(("binary", .string(binary))) }
        chrome.append(("prefs", .object([("intl.accept_languages", .string(language))])))
        return .object([
            ("browserName", .string("chrome")),
            ("pageLoadStrategy", .string("normal")),
            ("unhandledPromptBehavior", .string("dismiss and notify")),
            ("timeouts", .object([("implicit", .int(0)), ("pageLoad", .int(30_000)), ("script", .int(30_000))])),
            ("goog:chromeOptions", .object(chrome)),
        ])
    }
}
