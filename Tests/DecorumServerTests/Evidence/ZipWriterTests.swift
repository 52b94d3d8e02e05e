import Foundation
import Testing
@testable import DecorumServer

/// The ZIP writer on its own: checked against the CRC-32 check value, read back by Python's `zipfile` and by
/// the tests' own reader, and refusing names an unzip tool could be tricked by.
@Suite("ZIP writer")
struct ZipWriterTests {
    static let modified = ZipWriter.DOSTime(year: 2026, month: 3, day: 29, hour: 1, minute: 30, second: 59)

    @Test("CRC-32 gives the standard check values", arguments: [
        ("", UInt32(0)), ("123456789", 0xCBF4_3926), ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
    func crc(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
        #expect(ZipEntries.crc32(Array(text.utf8)) == expected)
    }

    @Test("an archive of text, binary, empty and non-ASCII-named files reads back the same in Python's zipfile and the tests' reader")
    func readsBack() async throws {
        let files: [(String, [UInt8])] = [
            ("readme.txt", Array("hello\n".utf8)), ("empty", []), ("bytes/all.bin", (0...255).map(UInt8.init)),
            ("café/Ünïcödé — 名前.txt", Array("naïve\n".utf8)),
        ]
        var zip = ZipWriter(modified: Self.modified)
        for (name, bytes) in files { try zip.add(name, bytes) }
        let archive = try zip.finished()
        let entries = try ZipEntries(archive)
        #expect(entries.entries.map(\.name) == files.map(\.0))
        #expect(entries.entries.map(\.bytes) == files.map(\.1))
        #expect(entries.entries.allSatisfy { $0.flags == 0x0800 && $0.method == 0 })
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("t.zip").path
            try Data(archive).write(to: URL(fileURLWithPath: path))
            let python = try ExternalTool.pythonZipfile(path)
            #expect(python.status == 0, "\(python.output)")
            // Two-second steps: 01:30:59 is stored as 01:30:58.
            #expect(python.output == "None\n" + files.map { "\($0.0) 2048 0 2026-03-29 01:30:58\n" }.joined())
        }
    }

    @Test("the same files give the same bytes")
    func sameBytes() throws {
        func archive() throws -> [UInt8] {
            var zip = ZipWriter(modified: Self.modified)
            try zip.add("a.json", Array("{}".utf8))
            try zip.add("b/c.txt", Array("c".utf8))
            return try zip.finished()
        }
        #expect(try archive() == archive())
    }

    @Test("names that are absolute, climb out, use backslashes or control characters, or repeat are refused", arguments: [
        "", "/etc/passwd", "../up.txt", "a/../../b", "a//b", "dir/", "./a", #"a\b.txt"#, "line\nbreak", "nul\u{0}",
    ])
    func badNames(name: String) throws {
        var zip = ZipWriter(modified: Self.modified)
        #expect(throws: ZipError.badName(name)) { try zip.add(name, []) }
    }

    @Test("a name used twice is refused the second time")
    func repeatedName() throws {
        var zip = ZipWriter(modified: Self.modified)
        try zip.add("a.txt", [1])
        #expect(throws: ZipError.badName("a.txt")) { try zip.add("a.txt", [2]) }
    }

    @Test("times before 1980 and after 2107 are held at the ends of what a ZIP can date")
    func clampedTimes() {
        #expect(ZipWriter.DOSTime(year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0) == ZipWriter.DOSTime(time: 0, date: 0x21))
        let late = ZipWriter.DOSTime(year: 2200, month: 1, day: 1, hour: 0, minute: 0, second: 0)
        #expect(late.date >> 9 == 127)
        #expect(EvidenceTime.dos(Date(timeIntervalSince1970: 1_780_000_000)) == ZipWriter.DOSTime(year: 2026, month: 5, day: 28, hour: 20, minute: 26, second: 40))
    }

    @Test("pack times are UTC to the millisecond, the same on every machine")
    func times() {
        let date = Date(timeIntervalSince1970: 1_780_000_000.25)
        #expect(EvidenceTime.iso(date) == "2026-05-28T20:26:40.250Z")
        #expect(EvidenceTime.readable(date) == "2026-05-28 20:26:40 UTC")
        #expect(EvidenceTime.compact(date) == "20260528T202640Z")
        #expect(EvidenceTime.iso(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
    }
}
