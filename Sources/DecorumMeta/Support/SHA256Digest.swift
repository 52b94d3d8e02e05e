import Crypto

/// SHA-256 of text or bytes, as bytes.
enum SHA256Digest {
    static func of(_ text: String) -> [UInt8] { Array(SHA256.hash(data: Array(text.utf8))) }
    static func of(bytes: some Collection<UInt8>) -> [UInt8] { Array(SHA256.hash(data: Array(bytes))) }
}
