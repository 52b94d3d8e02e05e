import Crypto
import Foundation

/// The `X-Hub-Signature-256` header Meta puts on every webhook delivery: `sha256=` and the hex
/// HMAC-SHA256 of the raw body keyed with the app secret.
public enum WebhookSignature {
    /// The header's name.
    public static let headerName = "X-Hub-Signature-256"

    /// True when `header` is the signature of `body` under `appSecret`; the comparison takes the
    /// same time whichever byte differs, so a forger learns nothing from timing.
    public static func verify(body: some Collection<UInt8>, header: String?, appSecret: String) -> Bool {
        guard !appSecret.isEmpty, let header, let claimed = parse(header) else { return false }
        let key = SymmetricKey(data: Array(appSecret.utf8))
        return withBytes(of: body) { bytes in
            HMAC<SHA256>.isValidAuthenticationCode(claimed, authenticating: bytes, using: key)
        }
    }

    /// The header value for `body` under `appSecret`, as Meta sends it.
    public static func sign(body: some Collection<UInt8>, appSecret: String) -> String {
        let key = SymmetricKey(data: Array(appSecret.utf8))
        let mac = withBytes(of: body) { HMAC<SHA256>.authenticationCode(for: $0, using: key) }
        return "sha256=" + Hex.encode(mac)
    }

    /// The 32 signature bytes of a well-formed header, or nil.
    static func parse(_ header: String) -> [UInt8]? {
        let value = header.utf8.drop { $0 == UInt8(ascii: " ") }
        let prefix = "sha256=".utf8
        guard value.count == prefix.count + 64,
              zip(value.prefix(prefix.count), prefix).allSatisfy({ Hex.lowercased($0) == $1 })
        else { return nil }
        return Hex.decode(value.dropFirst(prefix.count))
    }

    private static func withBytes<R>(of body: some Collection<UInt8>, _ body2: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = body.withContiguousStorageIfAvailable({ body2(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(body).withUnsafeBytes(body2)
    }
}
