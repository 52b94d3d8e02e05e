import Crypto

/// SHA-256 in lower-case hex: the form the store keeps its hashes in.
enum SHA256Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The hash of the parts one after another.
    static func of(_ parts: [UInt8]...) -> String {
        var sha = SHA256()
        for part in parts { sha.update(data: part) }
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in sha.finalize() {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
