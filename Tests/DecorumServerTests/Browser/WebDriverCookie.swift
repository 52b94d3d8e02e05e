import DecorumCore

/// A cookie as WebDriver sees it (https://www.w3.org/TR/webdriver2/#dfn-table-for-cookie-conversion),
/// HttpOnly ones included: the browser's view, not the page's.
struct WebDriverCookie: Sendable, Hashable {
    var name: String
    var value: String
    var path: String?
    var domain: String?
    var secure: Bool?
    var httpOnly: Bool?
    /// Seconds since 1970; nil for a session cookie.
    var expiry: Int?
    /// `Strict`, `Lax` or `None`.
    var sameSite: String?

    /// A cookie to add; nil fields take the browser's defaults (the current page's host, not secure…).
    init(name: String, value: String, path: String? = "/", domain: String? = nil, secure: Bool? = nil,
         httpOnly: Bool? = nil, expiry: Int? = nil, sameSite: String? = nil) {
        self.name = name
        self.value = value
        self.path = path
        self.domain = domain
        self.secure = secure
        self.httpOnly = httpOnly
        self.expiry = expiry
        self.sameSite = sameSite
    }

    /// Reads a cookie from WebDriver's JSON; nil if it has no name or value.
    init?(json: JSONValue) {
        guard let name = json["name"]?.string, let value = json["value"]?.string else { return nil }
        self.init(name: name, value: value, path: json["path"]?.string, domain: json["domain"]?.string,
                  secure: json["secure"]?.bool, httpOnly: json["httpOnly"]?.bool, expiry: json["expiry"]?.int,
                  sameSite: json["sameSite"]?.string)
    }

    /// The cookie as WebDriver's JSON, with only the fields that are set.
    var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("name", .string(name)), ("value", .string(value))]
        if let path { pairs.append(("path", .string(path))) }
        if let domain { pairs.append(("domain", .string(domain))) }
        if let secure { pairs.append(("secure", .bool(secure))) }
        if let httpOnly { pairs.append(("httpOnly", .bool(httpOnly))) }
        if let expiry { pairs.append(("expiry", .int(expiry))) }
        if let sameSite { pairs.append(("sameSite", .string(sameSite))) }
        return .object(pairs)
    }
}
