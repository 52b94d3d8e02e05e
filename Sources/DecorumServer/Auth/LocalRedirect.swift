import Foundation
import Hummingbird

/// Where to go after log-in: only a path on this server, so a link to `/login?next=https://evil.example`
/// cannot send a person who just signed in to a look-alike site.
enum LocalRedirect {
    /// `next` if it is a safe local path (`/queue?status=open`), else nil.
    ///
    /// Refused: anything not starting with exactly one `/` (`//evil.example` and `/\evil.example` are
    /// other hosts to a browser), backslashes, control characters and spaces anywhere, the log-in and
    /// log-out pages themselves, and very long values.
    static func safePath(_ next: String?) -> String? {
        guard let next, !next.isEmpty, next.utf8.count <= 2000 else { return nil }
        let decoded = next.removingPercentEncoding ?? next
        for candidate in [next, decoded] {
            guard candidate.hasPrefix("/"), !candidate.hasPrefix("//") else { return nil }
            if candidate.unicodeScalars.contains(where: { $0 == "\\" || $0.value <= 0x20 || $0.value == 0x7F || $0.properties.isWhitespace }) {
                return nil
            }
        }
        let path = next.split(separator: "?", maxSplits: 1).first.map(String.init) ?? next
        if ["/login", "/logout"].contains(path) { return nil }
        return next
    }

    /// `/login?next=…` for the page being asked for (only a GET's page is worth returning to).
    static func loginURL(returningTo request: Request) -> String {
        guard request.method == .get || request.method == .head else { return "/login" }
        var target = request.uri.path
        if let query = request.uri.query, !query.isEmpty { target += "?" + query }
        guard safePath(target) != nil, target != "/" else { return "/login" }
        return "/login?next=" + percentEncoded(target)
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "/"
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
}
