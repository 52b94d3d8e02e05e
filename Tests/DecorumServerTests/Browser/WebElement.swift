import DecorumCore
import Foundation
import NIOHTTP1

/// An element of the page a `WebDriver` session shows, by WebDriver's reference to it. A reference
/// goes stale when the page it came from is replaced; find the element again after navigating.
struct WebElement: Sendable, Hashable {
    /// WebDriver's id for the element.
    let id: String
    let driver: WebDriver

    init(id: String, driver: WebDriver) {
        self.id = id
        self.driver = driver
    }

    /// Reads an element reference from a command's answer (or a script's return value).
    init(json: JSONValue, driver: WebDriver, command: String = "Execute Script") throws {
        guard let id = json[WebDriver.elementKey]?.string else {
            throw WebDriverError.malformedResponse(command: command, status: 200, body: json.serialized())
        }
        self.init(id: id, driver: driver)
    }

    /// The reference as a script argument (`driver.execute("return arguments[0].value", [field.json])`).
    var json: JSONValue { .object([(WebDriver.elementKey, .string(id))]) }

    /// Two references are the same element when WebDriver gave them the same id.
    static func == (lhs: WebElement, rhs: WebElement) -> Bool { lhs.id == rhs.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }

    // MARK: Finding within

    /// The first element inside this one matching a CSS selector.
    func element(_ selector: String) async throws -> WebElement {
        let value = try await command(.POST, "/element", WebDriver.locator(selector), command: "Find Element From Element \(selector)")
        return try WebElement(json: value, driver: driver, command: "Find Element From Element \(selector)")
    }

    /// Every element inside this one matching a CSS selector.
    func elements(_ selector: String) async throws -> [WebElement] {
        let value = try await command(.POST, "/elements", WebDriver.locator(selector), command: "Find Elements From Element \(selector)")
        return try (value.array ?? []).map { try WebElement(json: $0, driver: driver, command: "Find Elements From Element") }
    }

    // MARK: Interaction

    /// Clicks the element's centre, scrolling it into view, as a person would; fails with
    /// `element click intercepted` if something covers it.
    func click() async throws {
        _ = try await command(.POST, "/click", [:], command: "Element Click")
    }

    /// Types `text` into the element, key by key (characters outside the Basic Multilingual Plane
    /// are not supported by chromedriver).
    func sendKeys(_ text: String) async throws {
        _ = try await command(.POST, "/value", ["text": .string(text)], command: "Element Send Keys")
    }

    /// Empties an input or textarea.
    func clear() async throws {
        _ = try await command(.POST, "/clear", [:], command: "Element Clear")
    }

    // MARK: Reading

    /// The text as rendered (CSS `text-transform` and hidden parts applied), like `innerText`.
    func text() async throws -> String {
        try await command(.GET, "/text", command: "Get Element Text").string ?? ""
    }

    /// An HTML attribute as written in the markup, or nil when absent.
    func attribute(_ name: String) async throws -> String? {
        try await command(.GET, "/attribute/\(WebDriver.segment(name))", command: "Get Element Attribute \(name)").string
    }

    /// A DOM property (`value`, `checked`, `textContent`…) as JSON.
    func property(_ name: String) async throws -> JSONValue {
        try await command(.GET, "/property/\(WebDriver.segment(name))", command: "Get Element Property \(name)")
    }

    /// The element's tag name, lower case.
    func tagName() async throws -> String {
        try await command(.GET, "/name", command: "Get Element Tag Name").string ?? ""
    }

    /// Whether a form control can be used (not `disabled`).
    func isEnabled() async throws -> Bool {
        try await command(.GET, "/enabled", command: "Is Element Enabled").bool ?? false
    }

    /// Whether a checkbox, radio button or option is selected.
    func isSelected() async throws -> Bool {
        try await command(.GET, "/selected", command: "Is Element Selected").bool ?? false
    }

    /// Whether a person would see it (chromedriver's `displayed`: not hidden, not zero-sized).
    func isDisplayed() async throws -> Bool {
        try await command(.GET, "/displayed", command: "Is Element Displayed").bool ?? false
    }

    /// The element's box in CSS pixels, relative to the document.
    func rect() async throws -> (x: Double, y: Double, width: Double, height: Double) {
        let value = try await command(.GET, "/rect", command: "Get Element Rect")
        return (value["x"]?.double ?? 0, value["y"]?.double ?? 0, value["width"]?.double ?? 0, value["height"]?.double ?? 0)
    }

    /// Just this element, scrolled into view, as PNG bytes.
    func screenshot() async throws -> Data {
        try WebDriver.png(try await command(.GET, "/screenshot", command: "Take Element Screenshot"), command: "Take Element Screenshot")
    }

    private func command(
        _ method: HTTPMethod, _ path: String, _ body: [String: JSONValue]? = nil, command: String
    ) async throws -> JSONValue {
        try await driver.command(method, "/element/\(id)\(path)", body, command: command)
    }
}
