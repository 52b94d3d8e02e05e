import Foundation

/// A plain-text e-mail, rendered as RFC 5322 with MIME: UTF-8 text in quoted-printable (so it is 7-bit and needs no
/// server extension), a Subject in RFC 2047 encoded words when it is not ASCII, CRLF line endings. No header value
/// can carry a line break: every one is made single-line before it is written.
struct MailMessage: Sendable, Hashable {
    var from: MailAddress
    var to: [MailAddress]
    var subject: String
    var body: String
    var date: Date
    var messageID: String

    init(from: MailAddress, to: [MailAddress], subject: String, body: String, date: Date = Date(), messageID: String? = nil) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        let domain = from.domain.utf8.allSatisfy({ $0 < 0x80 }) ? String(from.domain) : "decorum.invalid"
        self.messageID = messageID ?? "<\(UUID().uuidString.lowercased())@\(domain)>"
    }

    /// The message as sent after DATA, before dot-stuffing: headers, a blank line, the body; every line ends in CRLF.
    var rendered: String {
        var out = ""
        func header(_ name: String, _ value: String) { out += "\(name): \(value)\r\n" }
        header("Date", Self.rfc5322Date(date))
        header("From", Self.mailbox(from))
        header("To", to.map(Self.mailbox).joined(separator: ",\r\n "))
        header("Subject", Self.encodedHeaderText(Self.headerSafe(subject), nameLength: "Subject: ".utf8.count))
        header("Message-ID", Self.headerSafe(messageID).filter { !$0.isWhitespace })
        header("MIME-Version", "1.0")
        header("Content-Type", "text/plain; charset=utf-8")
        header("Content-Transfer-Encoding", "quoted-printable")
        // RFC 3834: an out-of-office reply to an alert helps nobody.
        header("Auto-Submitted", "auto-generated")
        out += "\r\n"
        out += Self.quotedPrintable(body)
        return out
    }

    /// The text on one line: every control character (CR and LF among them) and Unicode line or paragraph
    /// separator becomes a space, runs of spaces become one.
    static func headerSafe(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let breaking = scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator || scalar == "\u{85}"
            let space = breaking || scalar == " "
            if space {
                if !lastWasSpace && !out.isEmpty { out.append(" ") }
            } else {
                out.append(scalar)
            }
            lastWasSpace = space
        }
        var result = String(out)
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// `"Display Name" <address>`, the name quoted when ASCII and encoded (RFC 2047) when not.
    static func mailbox(_ address: MailAddress) -> String {
        guard let name = address.displayName else { return "<\(address.address)>" }
        if name.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\" <\(address.address)>"
        }
        return "\(encodedWords(name, firstLineUsed: 1).joined(separator: " ")) <\(address.address)>"
    }

    /// A header's text, folded to keep lines short: ASCII as it is, anything else as UTF-8 encoded words.
    static func encodedHeaderText(_ text: String, nameLength: Int) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII }) { return fold(text, firstLineUsed: nameLength) }
        return encodedWords(text, firstLineUsed: nameLength).joined(separator: "\r\n ")
    }

    /// RFC 2047 `=?UTF-8?B?…?=` words, each holding whole characters, sized so each line (the first after the
    /// header's name, the others after one space of folding) stays within 76 characters.
    static func encodedWords(_ text: String, firstLineUsed: Int) -> [String] {
        var words = [String]()
        var chunk = [UInt8]()
        // A word is 12 characters of "=?UTF-8?B?" and "?=" around 4 of base64 for every 3 bytes.
        func limit(_ used: Int) -> Int { max(3, (76 - used - 12) / 4 * 3) }
        var bytesAllowed = limit(firstLineUsed)
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > bytesAllowed, !chunk.isEmpty {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk.removeAll()
                bytesAllowed = limit(1)
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words
    }

    /// ASCII header text folded at spaces so lines stay within 78 characters where a space allows.
    static func fold(_ text: String, firstLineUsed: Int) -> String {
        var out = ""
        var lineLength = firstLineUsed
        for (i, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if i > 0 {
                if lineLength + 1 + word.utf8.count > 78 {
                    out += "\r\n "
                    lineLength = 1
                } else {
                    out += " "
                    lineLength += 1
                }
            }
            out += word
            lineLength += word.utf8.count
        }
        return out
    }

    /// RFC 2045 quoted-printable with CRLF line endings: lines of at most 76 characters, soft breaks where needed.
    static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out = [UInt8]()
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            let bytes = Array(line.utf8)
            var length = 0
            for (i, byte) in bytes.enumerated() {
                let last = i == bytes.count - 1
                let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || ((byte == 0x20 || byte == 0x09) && !last)
                let encoded: [UInt8] = literal ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                // Leave room for the "=" of a soft break, unless this is the line's last piece.
                let limit = last ? 76 : 75
                if length + encoded.count > limit {
                    out += Array("=\r\n".utf8)
                    length = 0
                }
                out += encoded
                length += encoded.count
            }
            out += [0x0D, 0x0A]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `Tue, 01 Jul 2025 10:00:00 +0000`.
    static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[(c.weekday ?? 1) - 1]), \(two(c.day)) \(months[(c.month ?? 1) - 1]) \(c.year ?? 1970) "
            + "\(two(c.hour)):\(two(c.minute)):\(two(c.second)) +0000"
    }

    /// CRLF lines with a dot doubled at the start of any line that begins with one (RFC 5321 §4.5.2).
    static func dotStuffed(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var atLineStart = true
        for scalar in text.unicodeScalars {
            if atLineStart && scalar == "." { out.unicodeScalars.append(".") }
            out.unicodeScalars.append(scalar)
            atLineStart = scalar == "\n"
        }
        if !out.hasSuffix("\r\n") { out += "\r\n" }
        return out
    }
}
