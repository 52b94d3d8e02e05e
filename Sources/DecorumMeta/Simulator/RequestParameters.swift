import Foundation
import Hummingbird

/// A Graph request's parameters, which Graph takes from the query string, a form body or a JSON
/// body alike; form values holding JSON text (`recipient={"comment_id":"…"}`) are read as JSON.
struct RequestParameters: Sendable {
    private var values: [String: JSONTree]
    /// The access token, from `Authorization: Bearer`/`OAuth` or the `access_token` parameter.
    let accessToken: String?

    init(request: Request, body: ByteBuffer) throws(SimulatedGraphError) {
        var values: [String: JSONTree] = [:]
        for (key, value) in request.uri.queryParameters { values[String(key)] = .string(String(value)) }
        let bytes = body.readableBytesView
        if !bytes.isEmpty {
            let contentType = request.headers[.contentType]?.lowercased() ?? ""
            if contentType.hasPrefix("application/json") || bytes.first == UInt8(ascii: "{") {
                guard case .object(let fields)? = try? JSONTree.parse(bytes) else {
                    throw .invalidParameter("The request body is not a JSON object")
                }
                values.merge(fields) { _, body in body }
            } else {
                for (key, value) in Self.form(String(decoding: bytes, as: UTF8.self)) { values[key] = .string(value) }
            }
        }
        var token = values["access_token"]?.string
        if let header = request.headers[.authorization] {
            for scheme in ["Bearer ", "OAuth "] where header.hasPrefix(scheme) { token = String(header.dropFirst(scheme.count)) }
        }
        values["access_token"] = nil
        self.values = values
        self.accessToken = token
    }

    /// The parameters of one operation of a batch request: its relative URL's query and its form body.
    init(query: String?, formBody: String?, accessToken: String?) {
        var values: [String: JSONTree] = [:]
        for (key, value) in Self.form(query ?? "") { values[key] = .string(value) }
        for (key, value) in Self.form(formBody ?? "") { values[key] = .string(value) }
        let token = values["access_token"]?.string ?? accessToken
        values["access_token"] = nil
        self.values = values
        self.accessToken = token
    }

    /// A parameter as the parsed JSON tree (for `batch`).
    func tree(_ name: String) -> JSONTree? {
        switch values[name] {
        case .string(let s)?: try? JSONTree.parse(Array(s.utf8))
        case let other: other
        }
    }

    func string(_ name: String) -> String? {
        switch values[name] {
        case .string(let s)?: s
        case .int(let i)?: String(i)
        default: nil
        }
    }

    func int(_ name: String) -> Int? { string(name).flatMap { Int($0) } }

    /// A boolean given as JSON `true`/`false` or the text `true`/`false`/`1`/`0`.
    func bool(_ name: String) throws(SimulatedGraphError) -> Bool? {
        switch values[name] {
        case nil, .null?: return nil
        case .bool(let b)?: return b
        case .int(let i)? where i == 0 || i == 1: return i == 1
        case .string(let s)? where ["true", "1"].contains(s.lowercased()): return true
        case .string(let s)? where ["false", "0"].contains(s.lowercased()): return false
        default: throw .invalidParameter("Param \(name) must be a boolean")
        }
    }

    /// An object given as JSON, or as a form value holding JSON text.
    func object(_ name: String) -> JSONTree? {
        switch values[name] {
        case .object?: return values[name]
        case .string(let s)?:
            if case .object? = try? JSONTree.parse(Array(s.utf8)) { return try? JSONTree.parse(Array(s.utf8)) }
            return nil
        default: return nil
        }
    }

    /// The value as text: strings as they are, arrays of strings as their first element.
    func firstString(_ name: String) -> String? {
        if case .array(let items)? = values[name] { return items.first?.string }
        return string(name)
    }

    static func form(_ text: String) -> [(String, String)] {
        text.split(separator: "&").filter { !$0.isEmpty }.map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
