import Foundation

/// A ZIP read back by a reader written for the tests from the format (PKWARE APPNOTE 6.3), sharing no code
/// with the writer: the end record, the central directory, each local header and its data, a CRC-32 worked
/// out bit by bit.
struct ZipEntries {
    struct Entry: Equatable {
        var name: String
        var bytes: [UInt8]
        var flags: UInt16
        var method: UInt16
        var dosTime: UInt16
        var dosDate: UInt16
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    var entries: [Entry]

    subscript(name: String) -> [UInt8]? { entries.first { $0.name == name }?.bytes }
    var names: [String] { entries.map(\.name) }

    init(_ zip: [UInt8]) throws {
        func u16(_ at: Int) throws -> UInt16 {
            guard at >= 0, at + 2 <= zip.count else { throw Malformed(description: "a field at \(at) runs past the end") }
            return UInt16(zip[at]) | UInt16(zip[at + 1]) << 8
        }
        func u32(_ at: Int) throws -> UInt32 { UInt32(try u16(at)) | UInt32(try u16(at + 2)) << 16 }
        let end = zip.count - 22
        guard end >= 0, try u32(end) == 0x0605_4B50 else { throw Malformed(description: "no end-of-central-directory record at the end") }
        let count = Int(try u16(end + 10))
        guard try u16(end + 8) == count else { throw Malformed(description: "entry counts differ") }
        let directorySize = Int(try u32(end + 12))
        var at = Int(try u32(end + 16))
        guard at + directorySize == end else { throw Malformed(description: "the central directory does not end where the end record starts") }
        var entries = [Entry]()
        for _ in 0..<count {
            guard try u32(at) == 0x0201_4B50 else { throw Malformed(description: "no central directory header at \(at)") }
            let flags = try u16(at + 8), method = try u16(at + 10), time = try u16(at + 12), date = try u16(at + 14)
            let crc = try u32(at + 16), compressed = Int(try u32(at + 20)), size = Int(try u32(at + 24))
            let nameLength = Int(try u16(at + 28)), extra = Int(try u16(at + 30)), comment = Int(try u16(at + 32))
            let offset = Int(try u32(at + 42))
            let name = Array(zip[(at + 46)..<(at + 46 + nameLength)])
            at += 46 + nameLength + extra + comment

            guard try u32(offset) == 0x0403_4B50 else { throw Malformed(description: "no local header at \(offset)") }
            guard try u16(offset + 6) == flags, try u16(offset + 8) == method, try u32(offset + 14) == crc,
                  Int(try u32(offset + 18)) == compressed, Int(try u32(offset + 22)) == size
            else { throw Malformed(description: "the local header of \(String(decoding: name, as: UTF8.self)) differs from the directory") }
            let localName = Int(try u16(offset + 26)), localExtra = Int(try u16(offset + 28))
            guard Array(zip[(offset + 30)..<(offset + 30 + localName)]) == name else { throw Malformed(description: "local name differs") }
            let start = offset + 30 + localName + localExtra
            guard method == 0, compressed == size, start + size <= zip.count else { throw Malformed(description: "not a stored entry") }
            let bytes = Array(zip[start..<(start + size)])
            guard Self.crc32(bytes) == crc else { throw Malformed(description: "CRC-32 of \(String(decoding: name, as: UTF8.self)) is wrong") }
            entries.append(Entry(name: String(decoding: name, as: UTF8.self), bytes: bytes, flags: flags, method: method, dosTime: time, dosDate: date))
        }
        self.entries = entries
    }

    /// CRC-32 one bit at a time, straight from the definition.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        }
        return ~crc
    }
}
