/// What went wrong driving the browser, said so a failing test explains itself.
enum WebDriverError: Error, CustomStringConvertible, Sendable {
    /// The driver answered a command with a WebDriver error (https://www.w3.org/TR/webdriver2/#errors).
    case remote(code: Code, message: String, command: String)
    /// The driver's answer was not WebDriver's JSON: not a driver on that port, or it died mid-answer.
    case malformedResponse(command: String, status: Int, body: String)
    /// A condition polled with `WebDriver.wait(for:)` did not hold in time.
    case timedOut(condition: String, after: Duration, lastError: String?)
    /// chromedriver did not start, or did not become ready; its own words are in `log`.
    case driverNotStarted(reason: String, log: String)

    /// WebDriver's error code (`no such element`, `stale element reference`…), an open set.
    struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        var rawValue: String
        init(rawValue: String) { self.rawValue = rawValue }
        var description: String { rawValue }

        static let noSuchElement = Code(rawValue: "no such element")
        static let staleElementReference = Code(rawValue: "stale element reference")
        static let elementNotInteractable = Code(rawValue: "element not interactable")
        static let elementClickIntercepted = Code(rawValue: "element click intercepted")
        static let invalidSelector = Code(rawValue: "invalid selector")
        static let invalidArgument = Code(rawValue: "invalid argument")
        static let invalidSessionID = Code(rawValue: "invalid session id")
        static let javascriptError = Code(rawValue: "javascript error")
        static let noSuchCookie = Code(rawValue: "no such cookie")
        static let unableToSetCookie = Code(rawValue: "unable to set cookie")
        static let sessionNotCreated = Code(rawValue: "session not created")
        static let timeout = Code(rawValue: "timeout")
        static let unknownError = Code(rawValue: "unknown error")
    }

    /// The WebDriver error code, when the driver sent one.
    var code: Code? {
        if case .remote(let code, _, _) = self { return code }
        return nil
    }

    /// Errors that mean "not yet" while waiting for a page to change.
    var isTransient: Bool {
        switch code {
        case .noSuchElement?, .staleElementReference?, .elementNotInteractable?, .noSuchCookie?: true
        default: false
        }
    }

    var description: String {
        switch self {
        case .remote(let code, let message, let command):
            "WebDriver \(command) failed with \"\(code)\": \(message.split(separator: "\n").first.map(String.init) ?? "")"
        case .malformedResponse(let command, let status, let body):
            "WebDriver \(command) got an answer that is not WebDriver's (HTTP \(status)): \(body.prefix(300))"
        case .timedOut(let condition, let after, let lastError):
            "Waited \(after) for \(condition), in vain" + (lastError.map { "; the last attempt said: \($0)" } ?? "")
        case .driverNotStarted(let reason, let log):
            "chromedriver did not start: \(reason)" + (log.isEmpty ? "" : "\n--- chromedriver's output ---\n\(log.suffix(2000))")
        }
    }
}
