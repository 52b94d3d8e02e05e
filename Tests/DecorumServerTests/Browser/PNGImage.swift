import Foundation

/// A PNG file's structure, checked without decoding its pixels: the signature, every chunk's
/// CRC, the header first and the end last (https://www.w3.org/TR/png-3/#5Chunk-layout).
struct PNGImage: Sendable, Hashable {
    /// The eight bytes every PNG file starts with.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    let width: Int
    let height: Int
    let bitDepth: Int
    let colorType: Int
    /// The chunk types in file order (`IHDR`, `IDAT`…, `IEND`).
    let chunks: [String]

    /// Why bytes are not a well-formed PNG.
    enum Problem: Error, Equatable, CustomStringConvertible {
        case noSignature
        case truncated(at: Int)
        case badCRC(chunk: String, at: Int)
        case headerNotFirst
        case noEnd

        var description: String {
            switch self {
            case .noSignature: "not a PNG: the signature is missing"
            case .truncated(let offset): "the PNG is cut short at byte \(offset)"
            case .badCRC(let chunk, let offset): "the PNG's \(chunk) chunk at byte \(offset) fails its CRC"
            case .headerNotFirst: "the PNG does not start with its IHDR chunk"
            case .noEnd: "the PNG has no IEND chunk"
            }
        }
    }

    init(_ data: Data) throws(Problem) {
        let bytes = [UInt8](data)
        guard bytes.starts(with: Self.signature) else { throw .noSignature }
        var offset = Self.signature.count
        var chunks = [String]()
        var header: [UInt8] = []
        while offset < bytes.count {
            guard offset + 12 <= bytes.count else { throw .truncated(at: offset) }
            let length = Int(Self.uint32(bytes, offset))
            let typeStart = offset + 4
            let dataEnd = typeStart + 4 + length
            guard length <= bytes.count, dataEnd + 4 <= bytes.count else { throw .truncated(at: offset) }
            let type = String(decoding: bytes[typeStart..<typeStart + 4], as: UTF8.self)
            guard Self.crc32(bytes[typeStart..<dataEnd]) == Self.uint32(bytes, dataEnd) else { throw .badCRC(chunk: type, at: offset) }
            if chunks.isEmpty {
                guard type == "IHDR", length == 13 else { throw .headerNotFirst }
                header = Array(bytes[typeStart + 4..<dataEnd])
            }
            chunks.append(type)
            offset = dataEnd + 4
            if type == "IEND" { break }
        }
        guard chunks.last == "IEND" else { throw .noEnd }
        width = Int(Self.uint32(header, 0))
        height = Int(Self.uint32(header, 4))
        bitDepth = Int(header[8])
        colorType = Int(header[9])
        self.chunks = chunks
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = crcTable[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
