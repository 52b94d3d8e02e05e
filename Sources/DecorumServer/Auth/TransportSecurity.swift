public import Hummingbird
import Foundation
import HTTPTypes

/// Whether a request reached Decorum over TLS, which decides the session cookie's `Secure` attribute.
///
/// A cookie marked Secure is not sent back over plain HTTP, so marking it when the browser talks plain
/// HTTP (`decorum serve` on a laptop) would make log-in impossible; not marking it behind TLS would let it
/// leak over a plain-HTTP link. `X-Forwarded-Proto` is believed only when a proxy Decorum trusts sets it:
/// otherwise any client could send it.
public struct TransportSecurity: Sendable, Hashable {
    /// Decorum itself terminates TLS (every request is HTTPS).
    public var servedOverTLS: Bool
    /// A reverse proxy in front of Decorum sets `X-Forwarded-Proto` and strips it from clients (`DECORUM_TRUST_PROXY`).
    public var trustProxy: Bool

    /// By default plain HTTP and no trusted proxy: the cookie is never marked Secure.
    public init(servedOverTLS: Bool = false, trustProxy: Bool = false) {
        self.servedOverTLS = servedOverTLS
        self.trustProxy = trustProxy
    }

    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    /// True when the browser's connection is HTTPS.
    public func isSecure(_ request: Request) -> Bool {
        if servedOverTLS || request.head.scheme?.lowercased() == "https" { return true }
        guard trustProxy, let proto = request.headers[Self.forwardedProto] else { return false }
        // A chain of proxies lists one value each; the first is the browser's.
        let first = proto.split(separator: ",").first.map { $0.trimmingCharacters(in: CharacterSet.whitespaces).lowercased() }
        return first == "https"
    }
}
