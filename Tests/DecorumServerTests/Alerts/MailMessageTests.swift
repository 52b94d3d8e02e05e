import Foundation
import Testing
@testable import DecorumServer

/// How an alert e-mail is written: headers no data can break out of, UTF-8 text that survives any mail server.
@Suite("E-mail messages")
struct MailMessageTests {
    static let from = try! MailAddress("decorum@quornmedical.nhs.uk", name: "Decorum")

    static func headers(_ rendered: String) -> [String] {
        let head = rendered.components(separatedBy: "\r\n\r\n")[0]
        return head.components(separatedBy: "\r\n")
    }

    @Test("no CR or LF in a subject, a display name or a message id can start a header of its own", arguments: [
        "Alert\r\nBcc: everyone@example.com",
        "Alert\nBcc: everyone@example.com",
        "Alert\rBcc: everyone@example.com",
        "Alert\u{2028}Bcc: everyone@example.com",
        "Alert\u{85}Bcc: everyone@example.com\r\n\r\nInjected body",
    ])
    func headerInjection(hostile: String) throws {
        let to = try MailAddress("sg.lead@quornmedical.nhs.uk", name: "Lead\r\nBcc: everyone@example.com")
        let message = MailMessage(from: Self.from, to: [to], subject: hostile, body: "Body", messageID: "<id\r\nBcc: x@example.com@x>")
        let headers = Self.headers(message.rendered)
        let names = headers.filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != ":" }) }
        #expect(names == ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Auto-Submitted"])
        #expect(!headers.contains { $0.lowercased().hasPrefix("bcc") })
        #expect(!message.rendered.contains("\nBcc:"))
        // The text is kept, on one line.
        #expect(headers.contains { $0.hasPrefix("Subject: Alert Bcc: everyone@example.com") })
    }

    @Test("an address cannot smuggle a second command or header", arguments: [
        "a@b.nhs.uk\r\nRCPT TO:<x@example.com>", "a@b.nhs.uk>", "<a@b.nhs.uk", "a b@nhs.uk", "a@b.nhs.uk,x@example.com", "nobody", "a@@b", "@b.nhs.uk",
        "a@", "a@b..uk", "a@b.nhs.uk\u{0}", "a\t@b.nhs.uk",
    ])
    func hostileAddresses(address: String) {
        #expect(throws: SMTPError.self) { try MailAddress(address) }
    }

    @Test("ordinary addresses are accepted, an international one marked as needing SMTPUTF8")
    func addresses() throws {
        #expect(try MailAddress("sarah.whitfield+alerts@quornmedical.nhs.uk").needsSMTPUTF8 == false)
        #expect(try MailAddress("søren@exämple.dk").needsSMTPUTF8)
    }

    @Test("a subject outside ASCII is written in RFC 2047 encoded words of at most 75 characters that decode back")
    func encodedSubject() throws {
        let subject = "Décorum alert 42: urgent — for the safeguarding lead, ünïcödé all the way to the end of a long line ✅"
        let message = MailMessage(from: Self.from, to: [Self.from], subject: subject, body: "x")
        let headers = Self.headers(message.rendered)
        let start = try #require(headers.firstIndex { $0.hasPrefix("Subject: ") })
        var lines = [String(headers[start].dropFirst("Subject: ".count))]
        for line in headers[(start + 1)...] where line.hasPrefix(" ") { lines.append(String(line.dropFirst())) }
        var decoded = ""
        for word in lines {
            #expect(word.count <= 75)
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            decoded += String(decoding: try #require(Data(base64Encoded: String(base64))), as: UTF8.self)
        }
        #expect(decoded == subject)
        #expect(headers.allSatisfy { $0.utf8.count <= 78 && $0.utf8.allSatisfy { $0 < 0x80 } })
    }

    @Test("the body is quoted-printable: ASCII lines of at most 76 characters that decode to the text")
    func quotedPrintable() {
        let body = "Urgent alert for the safeguarding lead — raised 1 July.\nA line with = signs and trailing space \n"
            + String(repeating: "é", count: 60) + "\n.\n.starts with a dot\n" + String(repeating: "x", count: 200)
        let encoded = MailMessage.quotedPrintable(body)
        let lines = encoded.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 76 && $0.utf8.allSatisfy { $0 < 0x80 } })
        #expect(!encoded.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(Self.decodeQuotedPrintable(encoded) == body + "\n")
    }

    @Test("the Date header is RFC 5322, in UTC")
    func date() {
        let message = MailMessage(from: Self.from, to: [Self.from], subject: "s", body: "b", date: Date(timeIntervalSince1970: 1_751_364_300))
        #expect(Self.headers(message.rendered).contains("Date: Tue, 01 Jul 2025 10:05:00 +0000"))
        #expect(Self.headers(message.rendered).contains { $0.hasPrefix("Message-ID: <") && $0.hasSuffix("@quornmedical.nhs.uk>") })
    }

    @Test("lines that start with a dot are doubled on the wire, and the message ends in CRLF")
    func dotStuffing() {
        #expect(MailMessage.dotStuffed(".\r\nabc\r\n..x\r\n.y") == "..\r\nabc\r\n...x\r\n..y\r\n")
    }

    /// RFC 2045 decoding, for checking the encoder.
    static func decodeQuotedPrintable(_ text: String) -> String {
        var bytes = [UInt8]()
        let input = Array(text.utf8)
        var i = 0
        while i < input.count {
            if input[i] == UInt8(ascii: "="), i + 2 < input.count, input[i + 1] == 0x0D, input[i + 2] == 0x0A {
                i += 3
            } else if input[i] == UInt8(ascii: "="), i + 2 < input.count, let byte = UInt8(String(decoding: input[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                bytes.append(byte)
                i += 3
            } else if input[i] == 0x0D, i + 1 < input.count, input[i + 1] == 0x0A {
                bytes.append(0x0A)
                i += 2
            } else {
                bytes.append(input[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
