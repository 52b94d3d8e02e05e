public import DecorumCore
import Crypto
import Foundation

/// One 256-bit AES key of a ``SecretKeyring``, known by a short id; it never prints its bytes.
public struct SecretKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The first 8 hex digits of the SHA-256 of the key's bytes, so the same key always has the same id
    /// wherever it is given (key file or environment).
    public let id: SecretKeyID
    let material: SymmetricKey

    init(material: SymmetricKey) {
        self.material = material
        id = Self.id(of: material)
    }

    /// A new key from the system's secure random number generator.
    public static func random() -> SecretKey {
        SecretKey(material: SymmetricKey(size: .bits256))
    }

    /// The key written as base64 of its 32 bytes, or why it cannot be one.
    static func decode(base64 text: some StringProtocol) -> Result<SecretKey, DecodingProblem> {
        guard let bytes = Data(base64Encoded: String(text)) else { return .failure(.notBase64) }
        guard bytes.count == 32 else { return .failure(.wrongLength(bytes.count)) }
        return .success(SecretKey(material: SymmetricKey(data: bytes)))
    }

    /// The key's bytes in base64, for the key file and `DECORUM_SECRET_KEY` only.
    var base64: String {
        material.withUnsafeBytes { Data($0).base64EncodedString() }
    }

    static func id(of material: SymmetricKey) -> SecretKeyID {
        let digest = material.withUnsafeBytes { SHA256.hash(data: Data($0)) }
        let hex = digest.prefix(4).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }
        return SecretKeyID(hex.joined())
    }

    public var description: String { "SecretKey(\(id))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["id": id], displayStyle: .struct) }

    /// Why a text is not a key, as a predicate ("is not base64").
    enum DecodingProblem: Error, CustomStringConvertible {
        case notBase64
        case wrongLength(Int)

        var description: String {
            switch self {
            case .notBase64: "is not base64"
            case .wrongLength(let count): "is \(count) bytes, not 32"
            }
        }
    }
}
