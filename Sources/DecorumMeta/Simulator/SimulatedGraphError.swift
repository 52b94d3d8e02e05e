import DecorumCore

/// An error the simulator answers with, shaped like Graph's `{"error": {…}}`.
struct SimulatedGraphError: Error, Sendable {
    var status: Int
    var code: Int
    var subcode: Int?
    var type: String
    var message: String
    var isTransient: Bool = false

    var json: JSONValue {
        var fields: [(String, JSONValue)] = [("message", .string(message)), ("type", .string(type)), ("code", .int(code))]
        if let subcode { fields.append(("error_subcode", .int(subcode))) }
        if isTransient { fields.append(("is_transient", .bool(true))) }
        fields.append(("fbtrace_id", .string("Sim" + String(UInt64.random(in: 0...UInt64.max), radix: 36))))
        return .object([("error", .object(fields))])
    }

    static let missingToken = SimulatedGraphError(
        status: 400, code: 104, type: "OAuthException", message: "An access token is required to request this resource.")
    static let invalidToken = SimulatedGraphError(
        status: 400, code: 190, type: "OAuthException", message: "Invalid OAuth access token - Cannot parse access token")
    static let expiredToken = SimulatedGraphError(
        status: 400, code: 190, subcode: 463, type: "OAuthException",
        message: "Error validating access token: Session has expired.")

    static func noSuchObject(_ id: String, method: String) -> SimulatedGraphError {
        SimulatedGraphError(
            status: 400, code: 100, subcode: 33, type: "GraphMethodException",
            message: "Unsupported \(method) request. Object with ID '\(id.prefix(64))' does not exist, cannot be loaded due to missing permissions, or does not support this operation.")
    }

    static func invalidParameter(_ message: String) -> SimulatedGraphError {
        SimulatedGraphError(status: 400, code: 100, type: "OAuthException", message: "(#100) \(message)")
    }

    static let alreadyReplied = SimulatedGraphError(
        status: 400, code: 10900, type: "OAuthException", message: "(#10900) Activity already replied to")
    static let outsideWindow = SimulatedGraphError(
        status: 400, code: 10, subcode: 2_018_278, type: "OAuthException",
        message: "(#10) This message is sent outside of allowed window.")

    static func rateLimited(code: Int) -> SimulatedGraphError {
        let message =
            switch code {
            case 4: "(#4) Application request limit reached"
            case 17: "(#17) User request limit reached"
            case 32: "(#32) Page request limit reached"
            default: "(#\(code)) There have been too many calls to this Page account. Wait a bit and try again."
            }
        return SimulatedGraphError(status: 400, code: code, type: "OAuthException", message: message)
    }
}
