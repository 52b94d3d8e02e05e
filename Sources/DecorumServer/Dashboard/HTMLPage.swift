import HTTPTypes
public import Hummingbird
public import Mustache

/// Renders a dashboard page and sends it with the headers every page carries: no script or style from
/// anywhere else, no framing, no caching of patient data, no MIME sniffing.
public enum HTMLPage {
    /// The Content-Security-Policy of every page: only this server's own files, no inline script.
    public static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    public static func render(
        _ template: String, _ context: Any, library: MustacheLibrary, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        guard let html = library.render(context, withTemplate: template) else { throw DashboardError.templateMissing(template) }
        return response(html, status: status)
    }

    public static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The headers every dashboard response carries (pages, downloads and redirects).
    public static var securityHeaders: HTTPFields {
        var headers = HTTPFields()
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return headers
    }

    /// A 303 redirect after a form post (so a reload does not post again).
    public static func redirect(to location: String) -> Response {
        var headers = securityHeaders
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }
}
