import Foundation
import Hummingbird

/// A URL-encoded form with every value of each field (a list of ticked boxes arrives as `items=a&items=b`).
struct FormBody: Sendable {
    private(set) var fields: [(String, String)] = []

    init(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            fields.append((name, parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""))
        }
    }

    /// The form of a request, at most `limit` bytes.
    static func read(_ request: inout Request, limit: Int = 256 * 1024) async throws -> FormBody {
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: limit) } catch {
            throw HTTPError(.contentTooLarge, message: "The form is larger than \(limit / 1024) KB.")
        }
        return FormBody(String(buffer: body))
    }

    subscript(name: String) -> String? { fields.first { $0.0 == name }?.1 }

    func all(_ name: String) -> [String] { fields.filter { $0.0 == name }.map(\.1) }

    /// Every field but the CSRF token, first value of each.
    var dictionary: [String: String] {
        var values = [String: String]()
        for (name, value) in fields where name != "csrf" && values[name] == nil { values[name] = value }
        return values
    }

    private static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
