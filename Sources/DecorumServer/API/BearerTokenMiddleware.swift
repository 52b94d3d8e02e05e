public import Hummingbird
import Crypto

/// Lets a request through only with `Authorization: Bearer <token>` naming one of the configured
/// tokens. Tokens are compared by their SHA-256 in constant time, so timing says nothing of them.
public struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    private let digests: [SHA256Digest]

    public init(tokens: [String]) {
        digests = tokens.map { SHA256.hash(data: Array($0.utf8)) }
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw HTTPError(.unauthorized, message: "This API needs an Authorization: Bearer <token> header.")
        }
        let presented = SHA256.hash(data: Array(header.dropFirst(7).utf8))
        var matched = false
        for digest in digests where Self.constantTimeEqual(digest, presented) { matched = true }
        guard matched else { throw HTTPError(.unauthorized, message: "The bearer token is not one this server accepts.") }
        return try await next(request, context)
    }

    static func constantTimeEqual(_ a: SHA256Digest, _ b: SHA256Digest) -> Bool {
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
