/// Writes a ZIP archive (PKWARE APPNOTE 6.3) of stored (uncompressed) files: a CRC-32 for each, names in
/// UTF-8 (general-purpose flag bit 11), every entry dated with one given time, and nothing else that varies,
/// so the same files always give the same bytes.
struct ZipWriter {
    /// A date and time as ZIP stores them (MS-DOS format: local time, two-second steps, 1980 to 2107).
    struct DOSTime: Sendable, Hashable {
        var time: UInt16
        var date: UInt16

        /// The civil time given (treated as the archive's local time), clamped to the years a ZIP can hold.
        init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
            guard year >= 1980 else {
                self.init(time: 0, date: 1 << 5 | 1)  // 1980-01-01 00:00:00
                return
            }
            guard year <= 2107 else {
                self.init(time: 23 << 11 | 59 << 5 | 29, date: 127 << 9 | 12 << 5 | 31)
                return
            }
            self.init(time: UInt16(hour << 11 | minute << 5 | second / 2), date: UInt16((year - 1980) << 9 | month << 5 | day))
        }

        init(time: UInt16, date: UInt16) {
            self.time = time
            self.date = date
        }
    }

    private struct Entry {
        var name: [UInt8]
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private static let utf8Flag: UInt16 = 1 << 11
    private static let versionNeeded: UInt16 = 20
    /// Made on Unix (3) by version 2.0, so the external attributes carry Unix permissions.
    private static let versionMadeBy: UInt16 = 3 << 8 | 20
    /// A regular file, `rw-r--r--`.
    private static let fileAttributes: UInt32 = 0o100644 << 16

    private let modified: DOSTime
    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    private var names: Set<[UInt8]> = []

    init(modified: DOSTime) {
        self.modified = modified
    }

    /// Adds a file; `name` is a relative path such as `graph/answer-1.json`.
    mutating func add(_ name: String, _ contents: [UInt8]) throws(ZipError) {
        guard Self.isAcceptable(name), names.insert(Array(name.utf8)).inserted else { throw .badName(name) }
        guard entries.count < 0xFFFF else { throw .tooLarge("more than 65,535 files") }
        guard contents.count < 0xFFFF_FFFF, bytes.count + contents.count + name.utf8.count + 30 < 0xFFFF_FFFF else {
            throw .tooLarge("\(name) takes it past 4 GiB")
        }
        let entry = Entry(name: Array(name.utf8), crc: CRC32.checksum(contents), size: UInt32(contents.count), offset: UInt32(bytes.count))
        put32(0x0403_4B50)  // local file header
        put16(Self.versionNeeded)
        put16(Self.utf8Flag)
        put16(0)  // stored
        put16(modified.time)
        put16(modified.date)
        put32(entry.crc)
        put32(entry.size)  // compressed size
        put32(entry.size)
        put16(UInt16(entry.name.count))
        put16(0)  // no extra field
        bytes += entry.name
        bytes += contents
        entries.append(entry)
    }

    /// The archive: the files added, then the central directory and its end record.
    func finished() throws(ZipError) -> [UInt8] {
        var out = self
        let directoryStart = out.bytes.count
        for entry in entries {
            out.put32(0x0201_4B50)  // central directory header
            out.put16(Self.versionMadeBy)
            out.put16(Self.versionNeeded)
            out.put16(Self.utf8Flag)
            out.put16(0)
            out.put16(modified.time)
            out.put16(modified.date)
            out.put32(entry.crc)
            out.put32(entry.size)
            out.put32(entry.size)
            out.put16(UInt16(entry.name.count))
            out.put16(0)  // extra field
            out.put16(0)  // comment
            out.put16(0)  // disk number
            out.put16(0)  // internal attributes
            out.put32(Self.fileAttributes)
            out.put32(entry.offset)
            out.bytes += entry.name
        }
        let directorySize = out.bytes.count - directoryStart
        guard out.bytes.count < 0xFFFF_FFFF else { throw .tooLarge("the central directory takes it past 4 GiB") }
        out.put32(0x0605_4B50)  // end of central directory
        out.put16(0)
        out.put16(0)
        out.put16(UInt16(entries.count))
        out.put16(UInt16(entries.count))
        out.put32(UInt32(directorySize))
        out.put32(UInt32(directoryStart))
        out.put16(0)  // no comment
        return out.bytes
    }

    private mutating func put16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private mutating func put32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }

    /// Relative, `/`-separated, no empty or `.`/`..` parts, no backslash or control characters, under 64 KiB.
    static func isAcceptable(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count < 0xFFFF else { return false }
        guard !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) else { return false }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }
}
