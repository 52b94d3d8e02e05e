public import Hummingbird
import Foundation
import HTTPTypes
import HummingbirdAuth
import Logging

/// Refuses every POST, PUT, PATCH and DELETE whose CSRF token (form field `csrf`, or header `X-CSRF-Token`)
/// is not its session's, with a 403 page saying the form expired. Runs after the session middleware.
///
/// Only URL-encoded forms are read for the field; a multipart form or a script must send the header.
public struct CSRFMiddleware: RouterMiddleware {
    public typealias Context = DashboardRequestContext

    static let header = HTTPField.Name("X-CSRF-Token")!
    let maxFormBytes: Int
    let pages: AuthPages

    init(maxFormBytes: Int, pages: AuthPages) {
        self.maxFormBytes = maxFormBytes
        self.pages = pages
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        switch request.method {
        case .post, .put, .patch, .delete: break
        default: return try await next(request, context)
        }
        var request = request
        guard let expected = context.sessions.session?.csrf else { return pages.formExpired(context: context) }
        var presented = request.headers[Self.header]
        if presented == nil, request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true {
            // Collected once here; the handler decodes the same bytes again.
            let body = try await request.collectBody(upTo: maxFormBytes)
            presented = FormFields(String(buffer: body))["csrf"]
        }
        guard let presented, CSRFToken.matches(presented, expected) else {
            context.logger.info("form refused: missing or wrong CSRF token", metadata: ["path": "\(request.uri.path)"])
            return pages.formExpired(context: context)
        }
        return try await next(request, context)
    }
}

/// The fields of a URL-encoded form (`a=1&b=two+words`), first value of each name.
struct FormFields {
    private var values: [String: String] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[name] == nil, let value { values[name] = value }
        }
    }

    subscript(name: String) -> String? { values[name] }

    private static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
