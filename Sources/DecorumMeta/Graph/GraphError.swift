/// A failed Graph API call, classified by what the caller should do about it.
public struct GraphError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the caller should do.
    public enum Kind: Sendable, Hashable {
        /// Try again soon: a timeout, a connection failure, a 5xx, Graph codes 1 and 2.
        case transient
        /// Slow down: Graph codes 4, 17, 32, 613, 80001 (and other 800xx), or usage headers at 100%.
        case rateLimited(retryAfter: Duration?)
        /// The Page token no longer works (code 190): stop acting for the Page and alert someone.
        case tokenExpired
        /// Retrying cannot help: bad id, missing permission, private reply already sent or too late…
        case permanent
    }

    public var kind: Kind
    /// Graph's `code`, when Graph answered with an error object.
    public var code: Int?
    /// Graph's `error_subcode`.
    public var subcode: Int?
    /// Graph's `type` (`OAuthException`, `GraphMethodException`…).
    public var type: String?
    /// What went wrong, at most 300 characters.
    public var message: String
    /// The HTTP status, when a response came back.
    public var httpStatus: Int?
    /// Graph's `fbtrace_id`, for Meta support.
    public var traceID: String?
    /// Usage headers that came with the error.
    public var usage: RateLimitUsage?
    /// True when no answer came in time: Graph may still carry the call out, so a repeat should wait for it.
    public var timedOut: Bool

    public init(
        kind: Kind, code: Int? = nil, subcode: Int? = nil, type: String? = nil, message: String,
        httpStatus: Int? = nil, traceID: String? = nil, usage: RateLimitUsage? = nil, timedOut: Bool = false
    ) {
        self.kind = kind
        self.code = code
        self.subcode = subcode
        self.type = type
        self.message = String(message.prefix(300))
        self.httpStatus = httpStatus
        self.traceID = traceID
        self.usage = usage
        self.timedOut = timedOut
    }

    /// Graph's "object does not exist" (code 100, subcode 33): deleted, or never visible to this Page.
    public var isNoSuchObject: Bool { code == 100 && subcode == 33 }

    /// Graph's answer to a second private reply to the same comment (code 10900).
    public var isAlreadyReplied: Bool { code == 10900 }

    /// True for the kinds worth retrying.
    public var isRetryable: Bool {
        switch kind {
        case .transient, .rateLimited: true
        case .tokenExpired, .permanent: false
        }
    }

    public var description: String {
        var text = "Graph API error"
        if let code { text += " \(code)" + (subcode.map { "/\($0)" } ?? "") }
        if let httpStatus { text += " (HTTP \(httpStatus))" }
        text += ": \(message)"
        switch kind {
        case .transient: text += " — temporary; will retry."
        case .rateLimited(let after):
            text += " — rate limited" + (after.map { "; wait \($0.components.seconds) s" } ?? "") + "."
        case .tokenExpired: text += " — the Page access token has expired or was revoked; reconnect the Page."
        case .permanent: text += " — will not retry."
        }
        return text
    }

    /// The kind Graph's documented codes call for.
    ///
    /// `isTransient` is Graph's own `is_transient` flag; `usage` comes from the response headers.
    public static func classify(
        httpStatus: Int?, code: Int?, subcode: Int? = nil, isTransient: Bool = false, usage: RateLimitUsage? = nil
    ) -> Kind {
        switch code {
        case 190?, 102?:
            return .tokenExpired
        case 4?, 17?, 32?, 613?:
            return .rateLimited(retryAfter: usage?.regainAccessAfter)
        case let c? where (80001...80099).contains(c):
            return .rateLimited(retryAfter: usage?.regainAccessAfter)
        case 1?, 2?:
            return .transient
        default:
            break
        }
        if isTransient { return .transient }
        if httpStatus == 429 || (usage?.isThrottled ?? false) { return .rateLimited(retryAfter: usage?.regainAccessAfter) }
        if let status = httpStatus, status >= 500 || status == 408 { return .transient }
        return .permanent
    }
}
